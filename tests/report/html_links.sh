#!/bin/bash
# The HTML report read as a browser reads it (python3 html.parser): ids link
# to their advisory, references are links, titles are shortened on a word,
# a vulnerability without a title names its package and id, and names and
# paths wrap only between their parts. On the demo image and on the hostile
# fixture (a javascript: reference, markup in titles), with a long title and
# a missing one added.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd python3
check="$DD_SOURCE_DIR/tests/report/html_links_check.py"

"$DRYDOCK" db import --db "$TMP/demo.db" "$DD_SOURCE_DIR/data/advisories" > /dev/null
ref="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
"$DRYDOCK" scan --no-progress --db "$TMP/demo.db" --scanners vuln --format json -o "$TMP/demo.json" "$ref" || fail "scan: exit $?"
"$DRYDOCK" convert --format html -o "$TMP/demo.html" "$TMP/demo.json" || fail "convert: exit $?"
python3 "$check" "$TMP/demo.json" "$TMP/demo.html" || fail "demo image"

long="Apache Log4j2 2.0-beta9 through 2.15.0 (excluding security releases 2.12.2, 2.12.3, and 2.3.1) JNDI features used in configuration, log messages, and parameters do not protect against an attacker controlled LDAP"
jq --arg long "$long" '(.findings[] | select(.id == "CVE-2021-3712")) |= del(.title)
	| (.findings[] | select(.id == "CVE-2021-44228")) .title = $long' "$DD_TEST_DATA/report/hostile.json" > "$TMP/h.json"
"$DRYDOCK" convert --format json -o "$TMP/h2.json" "$TMP/h.json" || fail "convert json: exit $?"
"$DRYDOCK" convert --format html -o "$TMP/h.html" "$TMP/h.json" || fail "convert html: exit $?"
python3 "$check" "$TMP/h2.json" "$TMP/h.html" || fail "hostile report"
grep -q 'class="notitle">libcrypto1.1: CVE-2021-3712<' "$TMP/h.html" || fail "the finding without a title"
grep -q '…</span>' "$TMP/h.html" || fail "the long title was not shortened"
