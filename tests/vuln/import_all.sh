#!/bin/bash
# Importing all of ../shared/data/vulndb (OSV Go, PyPI, AlmaLinux, Debian,
# Maven, npm; Alpine secdb; CISA KEV) works and holds what it should;
# re-importing gives identical counts; a KEV-listed CVE found in an image
# carries "kev": true.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb
need_cmd jq
v="$DD_SHARED_DIR/data/vulndb"
"$DRYDOCK" db import --db "$TMP/db" "$v" > "$TMP/import1" || fail "import failed"
cat "$TMP/import1"
grep -q "^refused" "$TMP/import1" && fail "records were refused: $(grep refused "$TMP/import1")"
"$DRYDOCK" db info --db "$TMP/db" --format json > "$TMP/info1.json"
src() { jq -r --arg s "$1" '.sources[$s] // 0' "$TMP/info1.json"; }
# record counts per source, from the data itself
n_files() { find "$v/osv/$1" -name '*.json' | wc -l; }
[ "$(src osv:Go)" = "$(($(n_files Go) - $(grep -l '"withdrawn"' "$v"/osv/Go/*.json | wc -l)))" ] || fail "osv:Go: $(src osv:Go) records"
[ "$(src osv:Maven)" = "$(n_files Maven)" ] || fail "osv:Maven: $(src osv:Maven)"
[ "$(src osv:npm)" = "$(n_files npm)" ] || fail "osv:npm: $(src osv:npm)"
[ "$(src osv:Debian)" = 38 ] || fail "osv:Debian: $(src osv:Debian)"
alsa=$(find "$v/osv/AlmaLinux" -name 'ALSA-*.json' | wc -l)
[ "$(jq -r '[.counts[] | select(.source == "osv:AlmaLinux") | .records] | add' "$TMP/info1.json")" -ge "$alsa" ] ||
	fail "osv:AlmaLinux holds fewer records than the $alsa ALSA files"
[ "$(src osv:PyPI)" -gt 2600 ] || fail "osv:PyPI: $(src osv:PyPI)"
[ "$(src alpine-secdb)" -gt 10000 ] || fail "alpine-secdb: $(src alpine-secdb)"
[ "$(jq .kev_entries "$TMP/info1.json")" = "$(jq '.vulnerabilities | length' "$v/kev/known_exploited_vulnerabilities.json")" ] ||
	fail "KEV entries: $(jq .kev_entries "$TMP/info1.json")"
for eco in Go PyPI Maven npm Debian:12 AlmaLinux:8 AlmaLinux:9 Alpine:v3.3 Alpine:v3.11 Alpine:v3.20; do
	jq -e --arg e "$eco" '.ecosystems[$e] > 0' "$TMP/info1.json" >/dev/null || fail "no records for $eco"
done
# idempotent
"$DRYDOCK" db import --db "$TMP/db" "$v" > "$TMP/import2"
grep -q "(0 new" "$TMP/import2" || fail "re-import added records: $(head -1 "$TMP/import2")"
"$DRYDOCK" db info --db "$TMP/db" --format json > "$TMP/info2.json"
diff <(jq -S '{records, affected_packages, kev_entries, counts}' "$TMP/info1.json") \
	<(jq -S '{records, affected_packages, kev_entries, counts}' "$TMP/info2.json") || fail "re-import changed the counts"

# KEV: apache2 2.4.38-r0 on Alpine 3.10 has CVE-2019-0211 (fixed 2.4.39-r0), which CISA lists
mkdir -p "$TMP/root/etc" "$TMP/root/lib/apk/db"
cp "$DD_SOURCE_DIR/samples/demo/base/etc/os-release" "$DD_SOURCE_DIR/samples/demo/base/etc/alpine-release" "$TMP/root/etc/"
printf 'P:apache2\nV:2.4.38-r0\nA:x86_64\no:apache2\n\n' > "$TMP/root/lib/apk/db/installed"
"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/r.json" "dir:$TMP/root" || fail "scan: exit $?"
jq -e '[.findings[] | select(.id == "CVE-2019-0211")] | length == 1 and all(.kev == true and .fixed_version == "2.4.39-r0")' \
	"$TMP/r.json" >/dev/null || fail "CVE-2019-0211 not reported with kev true"
jq -e '[.findings[] | select(.kev == false)] | length > 0' "$TMP/r.json" >/dev/null || fail "every finding is KEV?"
echo "ok $(jq .records "$TMP/info1.json") records, $(jq .kev_entries "$TMP/info1.json") KEV entries, $(jq '.findings | length' "$TMP/r.json") apache2 findings"
