#!/bin/bash
# Messages that say what failed and what to do (issue 19 item 8): a missing
# --cacert before any connection; a newer DB schema says "upgrade drydock";
# an old DB is warned about (--db-max-age) or refused (--db-require-fresh);
# --quiet keeps the notes of an incomplete scan; an unusable --cache-dir is
# exit 2 ('' is no cache); an unreadable blob is "unreadable", not
# "missing"; without HOME the DB never lands in ./.cache.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
need_cmd sqlite3
IMG="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"

# --cacert names a missing file at once, as bad usage: no connection is
# tried (this port refuses it, and that would be exit 3 "cannot connect"
# after retries)
run 2 scan --cacert "$TMP/none.pem" docker://127.0.0.1:9/app:1
err_has "--cacert $TMP/none.pem: no such file"
grep -q "connect" "$TMP/err" && fail "a connection was tried: $(cat "$TMP/err")"
run 2 sbom --cacert "$TMP" docker://127.0.0.1:9/app:1
err_has "is not a regular file"

# the DB: fresh, old, newer schema
DB=$TMP/db/drydock.db
run 0 db import --db "$DB" "$DD_SOURCE_DIR/data/advisories"
run 0 scan --db "$DB" --scanners vuln "$IMG"
grep -q "advisory DB" "$TMP/err" && fail "a fresh DB was warned about: $(cat "$TMP/err")"
sqlite3 "$DB" "UPDATE meta SET value = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-10 days') WHERE key = 'built_at'"
run 0 scan --db "$DB" --scanners vuln "$IMG"
err_has "warning: advisory DB $DB was built .*, 10 days ago (older than 7 days): vulnerabilities published since are missed; run 'drydock db update'"
run 0 scan --db "$DB" --scanners vuln --db-max-age 2w "$IMG"
grep -q "advisory DB" "$TMP/err" && fail "--db-max-age 2w still warned: $(cat "$TMP/err")"
run 0 scan --db "$DB" --scanners vuln --db-max-age 0 "$IMG"
grep -q "advisory DB" "$TMP/err" && fail "--db-max-age 0 still warned: $(cat "$TMP/err")"
run 0 scan --db "$DB" --scanners secret "$IMG"
grep -q "advisory DB" "$TMP/err" && fail "warned about a DB the scan does not use: $(cat "$TMP/err")"
run 3 scan --db "$DB" --scanners vuln --db-require-fresh -o "$TMP/r.json" "$IMG"
err_has "was built .*, 10 days ago, older than 7 days (--db-require-fresh): run 'drydock db update'"
[ ! -s "$TMP/r.json" ] || fail "a refused scan wrote a report"
run 0 scan --db "$DB" --scanners vuln --db-require-fresh --db-max-age 30d "$IMG"
run 2 scan --db "$DB" --db-max-age 7 "$IMG"
err_has "--db-max-age takes an age like 7d"
sqlite3 "$DB" "PRAGMA user_version = 99"
run 3 scan --db "$DB" --scanners vuln "$IMG"
err_has "has schema 99, newer than this drydock .* reads (schema [0-9]*): upgrade drydock"
grep -q rebuild "$TMP/err" && fail "a newer DB was to be rebuilt: $(cat "$TMP/err")"
sqlite3 "$DB" "PRAGMA user_version = 1"
run 3 scan --db "$DB" --scanners vuln "$IMG"
err_has "has schema 1, this drydock reads schema [0-9]*: rebuild it"

# --quiet: an incomplete scan still says why
run 3 scan --quiet --db "$TMP/none.db" --scanners vuln "$IMG"
err_has "warning: advisory DB $TMP/none.db does not exist"
err_has "INCOMPLETE scan"

# --cache-dir: unusable is bad input, '' is no cache
: > "$TMP/file"
run 2 scan --scanners history --cache-dir "$TMP/file/cache" "$IMG"
err_has "cache directory $TMP/file/cache is unusable (.*Not a directory): name a writable directory, or '' for no cache"
run 2 sbom --cache-dir "$TMP/file" "$IMG"
err_has "cache directory $TMP/file is unusable (not a directory)"
run 0 scan --scanners history --cache-dir '' "$IMG"
run 0 scan --scanners history --cache-dir "$TMP/new/cache" "$IMG"
[ -d "$TMP/new/cache/layers" ] || fail "a new --cache-dir was not created and used"

# an unreadable blob: the reason, not "missing" (root reads anything, so
# the capabilities that let it are dropped for this run)
cp -r "$DD_SOURCE_DIR/samples/demo-image" "$TMP/img"
m=$(jq -r '.manifests[0].digest' "$TMP/img/index.json" | cut -d: -f2)
layer=$(jq -r '.layers[0].digest' "$TMP/img/blobs/sha256/$m")
chmod 000 "$TMP/img/blobs/sha256/${layer#sha256:}"
if [ "$(id -u)" = 0 ]; then
	need_cmd setpriv
	priv=(setpriv --bounding-set -dac_override,-dac_read_search)
else
	priv=()
fi
rc=0
"${priv[@]}" "$DRYDOCK" sbom "oci:$TMP/img:3.10" > "$TMP/out" 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] || fail "unreadable blob: exit $rc, want 3: $(cat "$TMP/err")"
err_has "blob $layer unreadable: .*Permission denied"
grep -q missing "$TMP/err" && fail "an unreadable blob was called missing: $(cat "$TMP/err")"
rm "$TMP/img/blobs/sha256/${layer#sha256:}"
run 2 sbom "oci:$TMP/img:3.10"
err_has "blob $layer missing"

# no HOME: the password database's home, else a clear error; never ./.cache
mkdir "$TMP/cwd"
(cd "$TMP/cwd" && env -u HOME -u XDG_CACHE_HOME -u DRYDOCK_DB "$DRYDOCK" version > "$TMP/out" 2>&1) || fail "version without HOME failed"
grep -q "advisory DB: .*/\.cache/drydock/drydock.db" "$TMP/out" || fail "no DB path without HOME: $(cat "$TMP/out")"
grep -q "\./\.cache\|: \.cache" "$TMP/out" && fail "DB path relative to the working directory: $(cat "$TMP/out")"
if [ "$(id -u)" = 0 ]; then
	# a user the password database does not know, without HOME
	chmod 755 "$TMP" "$TMP/cwd"
	(cd "$TMP/cwd" && env -u HOME -u XDG_CACHE_HOME -u DRYDOCK_DB setpriv --reuid=54321 --regid=54321 --clear-groups \
		"$DRYDOCK" scan --scanners vuln "$IMG" > "$TMP/out" 2> "$TMP/err") && fail "a scan without any DB place passed"
	err_has "no place for the advisory DB: HOME is unset and XDG_CACHE_HOME unset; set one of them, DRYDOCK_DB, or pass --db FILE"
	[ ! -e "$TMP/cwd/.cache" ] || fail "a DB directory appeared in the working directory"
fi
echo "ok messages"
