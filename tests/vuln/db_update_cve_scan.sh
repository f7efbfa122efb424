#!/bin/bash
# What db update's CVE severity sources are for: a real Alpine 3.19.4
# rootfs against the real secdb, which rates nothing, before and after a
# `db update` that fetched cvelistV5's export (built from the real records
# of tests/data/vuln/cve5, served on 127.0.0.1): musl's CVE-2025-26519 goes
# from unknown to high, the CNA's CVSS 3.1 (8.1), and the findings stay the
# same ones.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/https_files.sh"
need_shared vulndb/alpine-secdb
need_shared images/alpine
need_cmd jq
cd "$TMP"
data="$DD_SHARED_DIR/data"
mkdir -p www root
python3 "$DD_SOURCE_DIR/tests/lib/cvelist_zip.py" www/cvelist.zip.zip "$DD_SOURCE_DIR"/tests/data/vuln/cve5/CVE-*.json
tar -xzf "$data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" -C root 2>/dev/null
"$DRYDOCK" db import --db db "$data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "secdb import failed"
scan() {
	"$DRYDOCK" scan --db db --scanners vuln --format json -o "$1.json" dir:root || fail "$1: scan exit $?"
	jq -e '.complete == true' "$1.json" > /dev/null || fail "$1: report incomplete"
	jq -r '.findings[] | [.package.name, .id, (.fixed_version // "-")] | @tsv' "$1.json" | sort > "$1.tsv"
}
scan before
jq -e '[.findings[] | select(.id == "CVE-2025-26519")] | length > 0 and all(.severity == "unknown")' before.json \
	> /dev/null || fail "before: want musl CVE-2025-26519 found and unrated by the secdb"
https_files_start "$TMP/www"
"$DRYDOCK" db update --db db --source "$HTTPS_BASE/cvelist.zip.zip" --cacert "$HTTPS_CA" > out 2> err ||
	fail "update failed: $(cat err)"
scan after
diff -u before.tsv after.tsv || fail "the CVE records changed which findings there are"
jq -e '[.findings[] | select(.id == "CVE-2025-26519")] | length > 0 and
	all(.severity == "high" and .severity_source == "cna:cvss_v3.1")' after.json > /dev/null ||
	fail "after: musl CVE-2025-26519: $(jq -c '[.findings[] | select(.id == "CVE-2025-26519") | {severity, severity_source}]' after.json)"
rated() { jq '[.findings[] | select(.severity != "unknown")] | length' "$1"; }
echo "ok: rated Alpine 3.19.4 findings $(rated before.json) before, $(rated after.json) after, of $(jq '.findings | length' after.json)"
