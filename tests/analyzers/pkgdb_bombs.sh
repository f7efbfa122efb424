#!/bin/bash
# ctest-labels: normal-only
# Memory under hostile package databases (issue 11 item 5): an image of four
# layers, each holding a large but valid database, scanned with --threads 4
# must stay under 256 MB peak RSS and still list exactly the packages in it,
# complete. The databases are made by tests/lib/pkgdb_bomb.py:
#   rpm-sqlite  rpmdb.sqlite whose headers are padded to ~60 MB each (every
#               big header is read while the other layers read theirs: the
#               record budget is what keeps them from adding up)
#   rpm-bdb     a Berkeley DB hash Packages with the same headers
#   apk         a 63 MB lib/apk/db/installed (the analyzer's cap is 64 MiB),
#               most of it file lines of the last package
#   apk-records 63 MB of tiny records in each of 6 layers: millions of
#               packages; the per-database cap and the process-wide budget
#               for package lists stop them (incomplete, exit 3), and memory
#               does not grow with the number of layers
# Before the spill files and the streaming apk parser, the same images cost
# 1-4 GB (the whole file read, then copied for SQLite, per layer thread).
# PKGDB_BOMB_MB sets the rpm databases' size (default 130: two 60 MB
# headers, so the test stays fast; the issue's case is 500).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
[ -x /usr/bin/time ] || skip "/usr/bin/time is not installed (Debian package time)"
LIMIT_KB=$((256 * 1024))
MB=${PKGDB_BOMB_MB:-130}

bomb() {
	local kind=$1 mb=$2 img="$TMP/$1" rss rc=0
	python3 "$DD_SOURCE_DIR/tests/lib/pkgdb_bomb.py" "$kind" "$img" --mb "$mb" --layers 4 --expect "$TMP/$kind.want" ||
		fail "$kind: could not build the image"
	/usr/bin/time -f %M -o "$TMP/$kind.rss" "$DRYDOCK" sbom --threads 4 --no-progress --format json \
		-o "$TMP/$kind.json" "oci:$img:t" 2> "$TMP/$kind.err" || rc=$?
	rss=$(tail -1 "$TMP/$kind.rss")
	[ "$rc" = 0 ] || fail "$kind: drydock exit $rc: $(cat "$TMP/$kind.err")"
	jq -r '.packages[] | [.type, .name, .version] | @tsv' "$TMP/$kind.json" | sort > "$TMP/$kind.got"
	diff -u "$TMP/$kind.want" "$TMP/$kind.got" >&2 || fail "$kind: packages differ from the database's"
	[ "$(jq .complete "$TMP/$kind.json")" = true ] || fail "$kind: incomplete: $(jq -c .notes "$TMP/$kind.json")"
	[ "$rss" -lt "$LIMIT_KB" ] || fail "$kind: peak RSS ${rss} KB is over ${LIMIT_KB} KB"
	echo "ok $kind: $(wc -l < "$TMP/$kind.want") packages, 4 layers of $mb MB, --threads 4: peak RSS $((rss / 1024)) MB"
	rm -rf "$img"
}

bomb rpm-sqlite "$MB"
bomb rpm-bdb "$MB"
bomb apk 63

img="$TMP/apk-records"
python3 "$DD_SOURCE_DIR/tests/lib/pkgdb_bomb.py" apk-records "$img" --mb 63 --layers 6 --expect "$TMP/records.want" ||
	fail "apk-records: could not build the image"
rc=0
/usr/bin/time -f %M -o "$TMP/records.rss" "$DRYDOCK" sbom --threads 4 --no-progress --format json \
	-o "$TMP/records.json" "oci:$img:t" 2> "$TMP/records.err" || rc=$?
rss=$(tail -1 "$TMP/records.rss")
[ "$rc" = 3 ] || fail "apk-records: exit $rc, want 3 (incomplete): $(tail -3 "$TMP/records.err")"
jq -e '.notes | any(test("more than 100000 package records"))' "$TMP/records.json" >/dev/null ||
	fail "apk-records: no note of the package cap: $(jq -c .notes "$TMP/records.json" | cut -c1-500)"
jq -e '.notes | any(test("memory budget; the rest were not recorded"))' "$TMP/records.json" >/dev/null ||
	fail "apk-records: 6 layers of 100000 packages should reach the package-list budget"
[ "$rss" -lt "$LIMIT_KB" ] || fail "apk-records: peak RSS ${rss} KB is over ${LIMIT_KB} KB"
echo "ok apk-records: 6 layers of 63 MB of tiny records, --threads 4: incomplete, peak RSS $((rss / 1024)) MB"
