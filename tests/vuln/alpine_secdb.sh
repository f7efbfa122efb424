#!/bin/bash
# Every Alpine minirootfs in ../shared/data against the real secdb: drydock
# reports exactly the (package, CVE, fixed version) triples that an
# independent computation (alpine_expected.py: its own apk version order,
# checked first against apk-tools' vectors) derives from the secdb and the
# image's own lib/apk/db/installed, and nothing else. Half the images go
# through an OCI image (mkimage.py), half through dir:.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared vulndb/alpine-secdb
need_shared images/alpine
need_cmd jq
need_cmd python3
secdb="$DD_SHARED_DIR/data/vulndb/alpine-secdb"
"$DRYDOCK" db import --db "$TMP/db" "$secdb" > "$TMP/import.out" || fail "db import of the secdb failed"
total=0 n=0
for tgz in "$DD_SHARED_DIR"/data/images/alpine/alpine-minirootfs-*.tar.gz; do
	ver=$(basename "$tgz" | sed 's/alpine-minirootfs-\(.*\)-x86_64.tar.gz/\1/')
	mkdir -p "$TMP/$ver"
	tar -xzf "$tgz" -C "$TMP/$ver" 2>/dev/null
	python3 "$DD_SOURCE_DIR/tests/vuln/alpine_expected.py" "$secdb" "$TMP/$ver/lib/apk/db/installed" "$ver" \
		"$DD_SHARED_DIR/data/versions/apk.tsv" > "$TMP/expected-$ver" || fail "$ver: expected set not computable"
	if [ $((n % 2)) = 0 ]; then
		mkimage oci "$TMP/oci-$ver" "$tgz" --tag t
		ref="oci:$TMP/oci-$ver:t"
	else
		ref="dir:$TMP/$ver"
	fi
	n=$((n + 1))
	"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/r-$ver.json" "$ref" || fail "$ref: exit $?"
	jq -e '.complete == true' "$TMP/r-$ver.json" >/dev/null || fail "$ver: report incomplete: $(jq -c .notes "$TMP/r-$ver.json")"
	jq -r '.findings[] | [.package.name, .id, .fixed_version] | @tsv' "$TMP/r-$ver.json" | sort > "$TMP/got-$ver"
	diff -u "$TMP/expected-$ver" "$TMP/got-$ver" || fail "$ver: findings differ from the secdb"
	jq -e '[.findings[] | select(.class != "os-vuln" or .status != "fixed" or .kev != false)] | length == 0' \
		"$TMP/r-$ver.json" >/dev/null || fail "$ver: a finding is not a fixed os-vuln"
	jq -e '.db.sources == ["alpine-secdb"]' "$TMP/r-$ver.json" >/dev/null || fail "$ver: db.sources wrong"
	c=$(wc -l < "$TMP/expected-$ver")
	total=$((total + c))
	echo "ok $ver: $c findings ($ref)"
done
# hand-checked: musl 1.1.18-r3 in 3.7.3 is fixed for CVE-2019-14697 in 1.1.18-r4 (secdb v3.7)
grep -qx $'musl\tCVE-2019-14697\t1.1.18-r4' "$TMP/got-3.7.3" || fail "3.7.3: musl CVE-2019-14697 missing"
# libcrypto3 3.1.7-r0 in 3.19.4 is past openssl's last v3.19 fix (CVE-2023-6237, 3.1.4-r4)
grep -q $'^libcrypto3\tCVE-2023-6237' "$TMP/got-3.19.4" && fail "3.19.4: libcrypto3 3.1.7-r0 is already fixed for CVE-2023-6237"
grep -qx $'musl\tCVE-2026-40200\t1.2.4_git20230717-r6' "$TMP/got-3.19.4" || fail "3.19.4: musl CVE-2026-40200 missing"
[ "$total" -ge 50 ] || fail "only $total findings over all images: the secdb or the images are not what this test expects"

# a release the DB has no data for: said so, report incomplete, exit 3
"$DRYDOCK" db import --db "$TMP/only310" "$secdb/v3.10/main.json" >/dev/null
set +e
"$DRYDOCK" scan --db "$TMP/only310" --scanners vuln --format json -o "$TMP/unknown.json" "dir:$TMP/3.19.4" 2>"$TMP/unknown.err"
rc=$?
set -e
[ "$rc" = 3 ] || fail "unknown release: exit $rc, want 3"
jq -e '.complete == false and (.notes | any(test("no data for Alpine:v3.19")))' "$TMP/unknown.json" >/dev/null ||
	fail "unknown release: no note: $(jq -c .notes "$TMP/unknown.json")"
echo "ok unknown release: incomplete, exit 3"
echo "ok $total findings over $n images"
