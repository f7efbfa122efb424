#!/bin/bash
# db update over HTTPS against a local server (self-signed CA made here,
# passed with --cacert) serving an osv.dev-style zip with an ETag and the
# KEV catalog: the first update builds the DB; the second gets 304s and
# changes nothing; a truncated zip and an interrupted download each fail,
# say why, and leave the old DB in place and in use.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd openssl
need_cmd python3
need_cmd jq
cd "$TMP"
# a CA and a server certificate for 127.0.0.1
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=drydock test CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout srv.key -out srv.csr -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' > ext.cnf
openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out srv.pem -days 2 -extfile ext.cnf 2>/dev/null

# what it serves: the repo's demo npm + Maven records as <ECOSYSTEM>/all.zip, and the KEV excerpt
mkdir -p www/npm
python3 - "$DD_SOURCE_DIR/data/advisories/osv" www/npm/all.zip <<'PY'
import glob, os, sys, zipfile
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    for f in sorted(glob.glob(sys.argv[1] + "/*/GHSA-*.json")):
        z.write(f, os.path.basename(f))
PY
cp "$DD_SOURCE_DIR/data/advisories/kev/known_exploited_vulnerabilities.json" www/kev.json
python3 "$DD_SOURCE_DIR/tests/vuln/https_server.py" www srv.pem srv.key port log &
srv=$!
cleanup_hooks+=("kill $srv")
for _ in $(seq 100); do [ -s port ] && break; sleep 0.1; done
[ -s port ] || fail "test server did not start"
base="https://127.0.0.1:$(cat port)"
db="$TMP/cache/drydock.db"
src=(--source "$base/npm/all.zip" --source "$base/kev.json")

# no CA: the TLS failure is reported and no DB appears
if "$DRYDOCK" db update --db "$db" "${src[@]}" > out 2> err; then fail "update without --cacert succeeded"; fi
grep -qi "certificate" err || fail "no certificate error: $(cat err)"
[ ! -e "$db" ] || fail "a DB appeared after a failed first update"
# plain http is refused
if "$DRYDOCK" db update --db "$db" --source "http://127.0.0.1:1/x.zip" 2> err; then fail "http:// accepted"; fi
grep -q "only https://" err || fail "http:// refusal unclear: $(cat err)"

"$DRYDOCK" db update --db "$db" "${src[@]}" --cacert ca.pem > out 2> err || fail "update failed: $(cat err)"
grep -q "2 of 2 sources had new data" out || fail "unexpected: $(cat out)"
"$DRYDOCK" db info --db "$db" --format json > info1.json
jq -e '.records == 6 and .kev_entries == 2 and (.feeds | length) == 2 and all(.feeds[]; .etag != null)' info1.json >/dev/null ||
	fail "DB after update: $(jq -c '{records, kev_entries, feeds}' info1.json)"
sum1=$(sha256sum "$db" | cut -d' ' -f1)
ino1=$(stat -c %i "$db")

# second run: conditional requests, 304, nothing changes
: > log
"$DRYDOCK" db update --db "$db" "${src[@]}" --cacert ca.pem > out 2> err || fail "second update failed: $(cat err)"
grep -q "up to date" out || fail "second update not up to date: $(cat out)"
[ "$(grep -c ' 304$' log)" = 2 ] || fail "server did not answer 304 twice: $(cat log)"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$sum1" ] && [ "$(stat -c %i "$db")" = "$ino1" ] || fail "304 update changed the DB"
# with no --source, the sources recorded in the DB are used again
"$DRYDOCK" db update --db "$db" --list-sources > listed
diff <(printf '%s\n' "$base/npm/all.zip" "$base/kev.json") listed || fail "recorded sources differ"

# a truncated zip (new content, new ETag): refused, the old DB stays
head -c 1500 www/npm/all.zip > www/npm/cut.zip && mv www/npm/cut.zip www/npm/all.zip
if "$DRYDOCK" db update --db "$db" "${src[@]}" --cacert ca.pem > out 2> err; then fail "truncated zip accepted"; fi
grep -q "npm/all.zip" err && grep -qi "truncated\|not a complete zip" err || fail "truncated zip: unclear error: $(cat err)"
grep -q "was not changed" err || fail "no word about the DB being kept: $(cat err)"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$sum1" ] || fail "the DB changed after a failed update"
ls "$TMP/cache" | has 'new-\|dl-' && fail "temporary files left: $(ls "$TMP/cache")"

# an interrupted download (the server hangs up halfway)
if "$DRYDOCK" db update --db "$db" --source "$base/cut/kev.json" --cacert ca.pem > out 2> err; then fail "interrupted download accepted"; fi
grep -qi "interrupted\|partial" err || fail "interrupted download: unclear error: $(cat err)"
[ "$(sha256sum "$db" | cut -d' ' -f1)" = "$sum1" ] || fail "the DB changed after an interrupted download"

# the old DB is still the one in use
"$DRYDOCK" db info --db "$db" --format json > info2.json
diff <(jq -S '{records, counts}' info1.json) <(jq -S '{records, counts}' info2.json) || fail "DB content changed"
ls "$TMP/cache" | has 'new-\|dl-' && fail "temporary files left: $(ls "$TMP/cache")"
echo "ok update, 304, truncated zip and interrupted download"
