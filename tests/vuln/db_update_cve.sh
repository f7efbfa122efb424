#!/bin/bash
# db update fetches the CVE severity sources, served on 127.0.0.1:
# - the NVD CVE API 2.0 (tests/vuln/https_server.py plays it from the real
#   records of tests/data/vuln/nvd): a 429 first, then 3 pages, the server
#   checking startIndex and resultsPerPage; a second run asks only for what
#   changed (lastModStartDate/lastModEndDate) and keeps the other records;
#   an oversized page is refused with a clear error, the DB left as it was;
# - cvelistV5's daily export found through a GitHub release API answer: a
#   zip holding cves.zip, built here from tests/data/vuln/cve5, of which only
#   cves/**/CVE-*.json is imported.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/https_files.sh"
need_cmd jq
cd "$TMP"
data="$DD_SOURCE_DIR/tests/data/vuln"
mkdir -p www/nvd-api www/repos/CVEProject/cvelistV5/releases www/download
jq -s '[.[].vulnerabilities[]]' "$data"/nvd/CVE-*.json > www/nvd-api/records.json
n_nvd=$(jq length www/nvd-api/records.json)
[ "$n_nvd" -gt 20 ] && [ "$n_nvd" -le 30 ] || fail "expected 21-30 NVD fixture records, have $n_nvd"
echo 10 > www/nvd-api/page_size
echo 429 > www/nvd-api/fail_once
python3 "$DD_SOURCE_DIR/tests/lib/cvelist_zip.py" www/download/2026-12-07_all_CVEs_at_midnight.zip.zip "$data"/cve5/CVE-*.json
https_files_start "$TMP/www"
cat > www/repos/CVEProject/cvelistV5/releases/latest <<JSON
{"tag_name": "cve_2026-12-07_1400Z", "assets": [
 {"name": "2026-12-07_delta_CVEs_at_1400Z.zip", "browser_download_url": "$HTTPS_BASE/download/2026-12-07_delta_CVEs_at_1400Z.zip"},
 {"name": "2026-12-07_all_CVEs_at_midnight.zip.zip", "browser_download_url": "$HTTPS_BASE/download/2026-12-07_all_CVEs_at_midnight.zip.zip"}]}
JSON
# what the same records give through db import: the counts to expect
"$DRYDOCK" db import --db ref.db "$data/nvd" "$data/cve5" > /dev/null || fail "reference import failed"
"$DRYDOCK" db info --db ref.db --format json > ref.json
want_nvd=$(jq '.sources.nvd' ref.json) want_cve=$(jq '.sources.cve' ref.json)

nvd="$HTTPS_BASE/rest/json/cves/2.0"
rel="$HTTPS_BASE/repos/CVEProject/cvelistV5/releases/latest"
update() { "$DRYDOCK" db update --db "$TMP/db" --source "$nvd" --source "$rel" --cacert "$HTTPS_CA" "$@"; }

# 1: a full sync; 429 with Retry-After: 1 first, then three pages
t0=$(date +%s)
update > out 2> err || fail "first update failed: $(cat err)"
grep -q "2 of 2 sources had new data" out || fail "first update: $(cat out)"
grep '/rest/json/cves' "$HTTPS_LOG" | sed 's/^GET //' > nvd1.log
want="/rest/json/cves/2.0?resultsPerPage=2000&startIndex=0 429
/rest/json/cves/2.0?resultsPerPage=2000&startIndex=0 200
/rest/json/cves/2.0?resultsPerPage=2000&startIndex=10 200
/rest/json/cves/2.0?resultsPerPage=2000&startIndex=20 200"
[ "$(cat nvd1.log)" = "$want" ] || fail "NVD requests of the full sync: $(cat nvd1.log)"
[ $(($(date +%s) - t0)) -ge 1 ] || fail "the 429's Retry-After: 1 was not waited for"
grep -q "GET /download/2026-12-07_all_CVEs_at_midnight.zip.zip 200" "$HTTPS_LOG" ||
	fail "the release's daily asset was not fetched: $(cat "$HTTPS_LOG")"
grep -q "delta_CVEs" "$HTTPS_LOG" && fail "the hourly delta asset was fetched instead of the daily export"
"$DRYDOCK" db info --db db --format json > info1.json
jq -e --argjson n "$want_nvd" --argjson c "$want_cve" \
	'.sources.nvd == $n and .sources.cve == $c and (.feeds | length) == 2' info1.json > /dev/null ||
	fail "after the first update: $(jq -c '{sources, feeds}' info1.json), want nvd $want_nvd, cve $want_cve"
jq -e --arg u "$nvd" --argjson n "$want_nvd" '.feeds[] | select(.url == $u) | .records == $n and
	(.last_modified | test("^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]{8}\\.000Z$")) and .fetched_at != null' \
	info1.json > /dev/null || fail "NVD feed after the first sync: $(jq -c .feeds info1.json)"
jq -e --arg u "$rel" --argjson c "$want_cve" '.feeds[] | select(.url == $u) | .records == $c' info1.json > /dev/null ||
	fail "cvelistV5 feed: $(jq -c .feeds info1.json)"
grep -q "files that are not advisory data" out || fail "the delta lists were not counted as ignored: $(cat out)"
"$DRYDOCK" db info --db db > info1.txt
grep -q "^$nvd .* $want_nvd\$" info1.txt || fail "db info does not list the NVD feed with its records: $(cat info1.txt)"

# 2: one record changed since: only it is asked for and replaced; the
# other NVD records stay, the daily export answers 304
sleep 1
now=$(date -u +%Y-%m-%dT%H:%M:%S.000)
jq --arg now "$now" '(.[] | select(.cve.id == "CVE-2011-3374") | .cve) |=
	(.lastModified = $now | .metrics = {cvssMetricV31: [{source: "nvd@nist.gov", type: "Primary",
	  cvssData: {version: "3.1", vectorString: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", baseScore: 9.8}}]})' \
	www/nvd-api/records.json > r.json && mv r.json www/nvd-api/records.json
since=$(jq -r --arg u "$nvd" '.feeds[] | select(.url == $u) | .last_modified' info1.json)
: > "$HTTPS_LOG"
update > out 2> err || fail "incremental update failed: $(cat err)"
grep -q "1 of 2 sources had new data" out && grep -q "imported 1 records (0 new, 1 replaced" out ||
	fail "incremental update: $(cat out)"
grep '/rest/json/cves' "$HTTPS_LOG" > nvd2.log
[ "$(wc -l < nvd2.log)" = 1 ] || fail "incremental NVD requests: $(cat nvd2.log)"
enc=${since%Z}
has_q() { grep -qF "$1" nvd2.log || fail "incremental request lacks $1: $(cat nvd2.log)"; }
has_q "resultsPerPage=2000&startIndex=0&lastModStartDate=${enc}%2B00:00&lastModEndDate="
grep -q " 200$" nvd2.log || fail "incremental request refused: $(cat nvd2.log)"
grep -q "all_CVEs_at_midnight.zip.zip 304" "$HTTPS_LOG" || fail "the unchanged export was downloaded again: $(cat "$HTTPS_LOG")"
"$DRYDOCK" db info --db db --format json > info2.json
jq -e --arg u "$nvd" --argjson n "$want_nvd" --arg s "$since" '.sources.nvd == $n and
	(.feeds[] | select(.url == $u) | .records == $n and .last_modified > $s)' info2.json > /dev/null ||
	fail "after the incremental update: $(jq -c '{sources, feeds}' info2.json)"

# a sync time 200 days back: two windows, none over the API's 120 days
# (the server refuses longer ones), the second ending now
python3 - "$TMP/db" "$nvd" <<'PY'
import datetime, sqlite3, sys
t = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=200)
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE feed SET last_modified = ? WHERE url = ?", (t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), sys.argv[2]))
c.commit()
PY
: > "$HTTPS_LOG"
update > out 2> err || fail "update over 200 days failed: $(cat err)"
grep '/rest/json/cves' "$HTTPS_LOG" > nvd3.log
[ "$(grep -c 'lastModStartDate=.*lastModEndDate=.* 200$' nvd3.log)" = 2 ] && [ "$(wc -l < nvd3.log)" = 2 ] ||
	fail "want two 120-day windows: $(cat nvd3.log)"
sed -n 's/.*lastModStartDate=\([^&]*\)&lastModEndDate=\([^ ]*\) .*/\1 \2/p' nvd3.log > windows
[ "$(sed -n 1p windows | cut -d' ' -f2)" = "$(sed -n 2p windows | cut -d' ' -f1)" ] || fail "the windows do not join: $(cat windows)"

# 3: an oversized page: refused, said so, the DB and its sync time untouched
echo 100000000 > www/nvd-api/oversize
sum=$(sha256sum < db)
update --nvd-api-key 11111111-2222-3333-4444-555555555555 > out 2> err && fail "an oversized page was accepted"
grep -q "NVD CVE API .*page 1.*larger than 64 MB" err || fail "oversized page: unclear error: $(cat err)"
grep -q "was not changed" err || fail "no word about the DB being kept: $(cat err)"
[ "$(sha256sum < db)" = "$sum" ] || fail "the DB changed although the update failed"
grep -q "key=11111111-2222-3333-4444-555555555555" "$HTTPS_LOG" || fail "the API key was not sent: $(cat "$HTTPS_LOG")"
ls "$TMP" | has 'new-\|dl-\|nvd-' && fail "temporary files left: $(ls "$TMP")"
echo "ok: NVD paged (429, 3 pages), incremental, oversize refused; cvelistV5 nested zip via the release API"
