#!/bin/bash
# The application test image (tests/lib/apps_image.sh) scanned against the
# real OSV records in ../shared/data/vulndb/osv/{npm,PyPI,Go}: lodash 4.17.11,
# minimist 1.2.5 and requests 2.19.0 get exactly their CVEs with the records'
# fixed versions, on the file each package was read from; the Go binary's
# stdlib 1.15.2 gets exactly the stdlib advisories whose ranges hold it,
# computed here independently from the records (tests/analyzers/go_osv_expected.py).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared apps/trivy
need_shared vulndb/osv/npm
need_cmd jq
osv=$DD_SHARED_DIR/data/vulndb/osv
"$DRYDOCK" db import --db "$TMP/db" "$osv/npm" > "$TMP/import.out" 2>&1 || fail "db import npm: $(cat "$TMP/import.out")"
"$DRYDOCK" db import --db "$TMP/db" "$osv/PyPI" "$osv/Go" > /dev/null || fail "db import PyPI/Go"
source "$DD_SOURCE_DIR/tests/lib/apps_image.sh"
apps_image
rc=0
"$DRYDOCK" scan --db "$TMP/db" --scanners vuln --format json -o "$TMP/r.json" "$APPS_IMG" || rc=$?
# incomplete (exit 3) for the reason below, and for nothing worse
[ "$rc" = 3 ] || fail "scan: exit $rc, want 3 (incomplete: crates.io not in the DB)"
# no crates.io records in ../shared: the Rust binary's crates cannot be
# checked, which must be the only thing the report says it could not do
jq -e '.notes | length > 0 and all(test("crates.io"))' "$TMP/r.json" >/dev/null ||
	fail "unexpected notes: $(jq -c .notes "$TMP/r.json")"

# the CVE (or the advisory id when it has no CVE alias) of each app finding
jq -r '.findings[] | select(.class == "app-vuln") |
	([.id] + (.aliases // []) | map(select(startswith("CVE-"))) | .[0] // .id) as $cve |
	[.package.name, .package.version, $cve, (.fixed_version // "-"), .package.path] | @tsv' "$TMP/r.json" | sort -u > "$TMP/got"
cat > "$TMP/want" <<'W'
lodash	4.17.11	CVE-2019-10744	4.17.12	usr/src/app/node_modules/lodash/package.json
lodash	4.17.11	CVE-2020-8203	4.17.20	usr/src/app/node_modules/lodash/package.json
lodash	4.17.11	CVE-2021-23337	4.17.21	usr/src/app/node_modules/lodash/package.json
minimist	1.2.5	CVE-2021-44906	1.2.6	usr/src/app/node_modules/minimist/package.json
W
grep -vE '^(stdlib|github.com/|golang.org/)' "$TMP/got" | grep -v '^requests' > "$TMP/got.npm"
diff -u "$TMP/want" "$TMP/got.npm" || fail "npm findings differ"
grep -q $'^requests\t2.19.0\tCVE-2018-18074\t2.20.0\tusr/local/lib/python3.9/site-packages/requests-2.19.0.dist-info/METADATA$' "$TMP/got" ||
	fail "requests 2.19.0: no CVE-2018-18074 fixed in 2.20.0 on its METADATA"
# the Go binary: stdlib findings are exactly the records whose ranges hold 1.15.2
jq -r '.findings[] | select(.class == "app-vuln" and .package.name == "stdlib") |
	[.id] + (.aliases // []) | map(select(startswith("GO-"))) | .[0] // "no GO- id"' "$TMP/r.json" | sort -u > "$TMP/go.got"
python3 "$DD_SOURCE_DIR/tests/analyzers/go_osv_expected.py" "$osv/Go" stdlib 1.15.2 > "$TMP/go.want"
[ -s "$TMP/go.want" ] || fail "no Go stdlib record holds 1.15.2 (data changed?)"
diff -u "$TMP/go.want" "$TMP/go.got" || fail "Go stdlib findings differ from the records"
jq -e '[.findings[] | select(.package.name == "stdlib")] | all(.package.path == "usr/local/bin/goapp")' "$TMP/r.json" >/dev/null ||
	fail "a stdlib finding does not name the Go binary"
echo "ok: $(wc -l < "$TMP/got") app findings, $(wc -l < "$TMP/go.got") on the Go stdlib"
