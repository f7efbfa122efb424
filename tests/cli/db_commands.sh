#!/bin/bash
# drydock db import / info, version and scan around the advisory DB: usage
# errors, where the DB lives by default ($DRYDOCK_DB, $XDG_CACHE_HOME,
# ~/.cache), what db info shows (table and JSON), and what a missing or
# foreign DB file does (exit 3, never a clean report).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
expect() {
	local want=$1 needle=$2; shift 2
	set +e
	"$DRYDOCK" "$@" > "$TMP/out" 2> "$TMP/err"
	local rc=$?
	set -e
	[ "$rc" = "$want" ] || fail "drydock $*: exit $rc, want $want: $(cat "$TMP/err")"
	grep -q -- "$needle" "$TMP/out" "$TMP/err" || fail "drydock $*: output lacks '$needle': $(cat "$TMP/out" "$TMP/err")"
}
adv="$DD_SOURCE_DIR/data/advisories"
expect 2 "usage: drydock db" db
expect 2 "unknown command" db frob
expect 2 "nothing to import" db import --db "$TMP/x.db"
expect 2 "unknown option" db import --nope x
expect 2 "not an OSV record" db import --db "$TMP/x.db" "$DD_SOURCE_DIR/samples/demo-image/index.json"
expect 2 "cannot read $TMP/missing" db import --db "$TMP/x.db" "$adv" "$TMP/missing"
expect 2 "not valid JSON" db import --db "$TMP/x.db" "$DD_TEST_DATA/vuln/bad.json"
# a refused first import leaves no DB behind (an empty one would pass for usable)
[ ! -e "$TMP/x.db" ] || fail "a refused import left $TMP/x.db behind"
# a refused import into an existing DB leaves its records as they were
"$DRYDOCK" db import --db "$TMP/y.db" "$adv" > /dev/null
expect 2 "not valid JSON" db import --db "$TMP/y.db" "$adv" "$DD_TEST_DATA/vuln/bad.json"
"$DRYDOCK" db info --db "$TMP/y.db" --format json | jq -e '.records == 35' >/dev/null || fail "a refused import changed the DB"
expect 3 "does not exist" db info --db "$TMP/none.db"
printf 'not a database at all, just text\n%.0s' $(seq 200) > "$TMP/garbage.db"
expect 3 "not a drydock advisory DB" db info --db "$TMP/garbage.db"
expect 2 "unknown format" db info --db "$TMP/garbage.db" --format xml

# default location: $DRYDOCK_DB, then $XDG_CACHE_HOME, then ~/.cache
export HOME="$TMP/home"
unset DRYDOCK_DB XDG_CACHE_HOME
expect 0 "imported 35 records" db import "$adv"
[ -f "$HOME/.cache/drydock/drydock.db" ] || fail "default DB not under ~/.cache/drydock"
XDG_CACHE_HOME="$TMP/xdg" "$DRYDOCK" db import "$adv" > /dev/null
[ -f "$TMP/xdg/drydock/drydock.db" ] || fail "XDG_CACHE_HOME not honoured"
DRYDOCK_DB="$TMP/env.db" "$DRYDOCK" db import "$adv" > /dev/null
[ -f "$TMP/env.db" ] || fail "DRYDOCK_DB not honoured"

expect 0 "advisory DB: $HOME/.cache/drydock/drydock.db, built 20" version
DRYDOCK_DB="$TMP/none.db" "$DRYDOCK" version > "$TMP/v" && grep -q "none usable" "$TMP/v" || fail "version without a DB: $(cat "$TMP/v")"

expect 0 "alpine-secdb" db info
grep -q "^schema: *2" "$TMP/out" || fail "db info: no schema line"
grep -q "Alpine:v3.10 *alpine-secdb" "$TMP/out" || fail "db info: no Alpine:v3.10 row"
"$DRYDOCK" db info --format json > "$TMP/info.json"
jq -e --arg p "$HOME/.cache/drydock/drydock.db" '.path == $p and .schema_version == 2 and .records == 35 and .kev_entries == 2
	and .file_size > 0 and .bytes_per_record > 0 and (.built_at | test("^20[0-9-]+T[0-9:]+Z$")) and .age_seconds >= 0
	and .sources["osv:Maven"] == 3 and .sources["osv:npm"] == 3 and .sources["alpine-secdb"] == 28
	and .ecosystems["Alpine:v3.10"] == 28' "$TMP/info.json" >/dev/null || fail "db info json: $(jq -c . "$TMP/info.json")"

# scan: a missing DB is exit 3 and says what to do; a DB is used and named in the report
expect 3 "drydock db update" scan --db "$TMP/none.db" --scanners vuln --format json "oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
"$DRYDOCK" scan --scanners vuln --format json -o "$TMP/r.json" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10" || fail "scan: exit $?"
jq -e '.db.built_at != null and (.db.sources | index("alpine-secdb")) and
	([.findings[] | select(.id == "CVE-2021-36159")] | length == 1 and all(.severity == "critical" and .severity_source == "cvss:3.1"
	and .fixed_version == "2.10.7-r0" and .package.name == "apk-tools" and .layer != null and (.references | length) > 0))' \
	"$TMP/r.json" >/dev/null || fail "demo scan: $(jq -c '{db, findings: [.findings[] | {id, severity, fixed_version}]}' "$TMP/r.json")"
echo "ok db commands"
