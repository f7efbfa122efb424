#!/bin/bash
# An OCI image with application packages in three layers: lodash 4.17.11 and
# minimist 1.2.5 installed in node_modules (their real package.json, from
# `npm pack`, see tests/data/analyzers/apps/registry/fetch.sh), requests
# 2.19.0 as a dist-info, and Trivy's Go and cargo-auditable Rust binaries.
# `drydock sbom --format json` must list each with its path, layer and purl.
# A second image adds a layer of hostile files (a 50 MB package.json, a
# truncated Go binary, a corrupt lock file): the same packages are still
# listed, the report says what it could not read and is marked incomplete.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared apps/trivy
need_cmd jq
data=$DD_TEST_DATA/analyzers/apps
trivy=$DD_SHARED_DIR/data/apps/trivy

source "$DD_SOURCE_DIR/tests/lib/apps_image.sh"
apps_image
bad=$TMP/l3
mkdir -p "$bad/usr/src/app/node_modules/big" "$bad/usr/local/bin" "$bad/srv"
python3 -c 'import sys; sys.stdout.write("{\"name\":\"big\",\"version\":\"1.0.0\",\"readme\":\"" + "x" * (50 << 20) + "\"}")' \
	> "$bad/usr/src/app/node_modules/big/package.json"
head -c 1700000 "$trivy/golang-binary/test.elf" > "$bad/usr/local/bin/truncated"
chmod 755 "$bad/usr/local/bin/truncated"
cp "$data/hand/broken.json" "$bad/srv/package-lock.json"

mkimage oci "$TMP/bad" "DIR=$APPS_L0" "DIR=$APPS_L1" "DIR=$APPS_L2" "DIR=$bad" --tag apps
"$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "$APPS_IMG" || fail "sbom failed"
[ "$(jq -r .complete "$TMP/sbom.json")" = true ] || fail "incomplete: $(jq -c .notes "$TMP/sbom.json")"

# type name version path purl, and the layer each came from (by index)
cat > "$TMP/want" <<'W'
cargo	crate_with_features	0.1.0	usr/local/bin/rustapp	pkg:cargo/crate_with_features@0.1.0	2
cargo	library_crate	0.1.0	usr/local/bin/rustapp	pkg:cargo/library_crate@0.1.0	2
golang	github.com/aquasecurity/go-pep440-version	v0.0.0-20210121094942-22b2f8951d46	usr/local/bin/goapp	pkg:golang/github.com/aquasecurity/go-pep440-version@v0.0.0-20210121094942-22b2f8951d46	2
golang	github.com/aquasecurity/go-version	v0.0.0-20210121072130-637058cfe492	usr/local/bin/goapp	pkg:golang/github.com/aquasecurity/go-version@v0.0.0-20210121072130-637058cfe492	2
golang	golang.org/x/xerrors	v0.0.0-20200804184101-5ec99f83aff1	usr/local/bin/goapp	pkg:golang/golang.org/x/xerrors@v0.0.0-20200804184101-5ec99f83aff1	2
golang	stdlib	1.15.2	usr/local/bin/goapp	pkg:golang/stdlib@1.15.2	2
npm	lodash	4.17.11	usr/src/app/node_modules/lodash/package.json	pkg:npm/lodash@4.17.11	0
npm	minimist	1.2.5	usr/src/app/node_modules/minimist/package.json	pkg:npm/minimist@1.2.5	0
pypi	requests	2.19.0	usr/local/lib/python3.9/site-packages/requests-2.19.0.dist-info/METADATA	pkg:pypi/requests@2.19.0	1
W
got() {
	jq -r '(.artifact.layers | map(.digest)) as $l | .packages[] |
		[.type, .name, .version, .path, .purl, (.layer as $d | $l | index($d) | tostring)] | @tsv' "$1" | sort
}
got "$TMP/sbom.json" > "$TMP/got"
diff -u "$TMP/want" "$TMP/got" || fail "package list differs"
[ "$(jq -r '.packages[] | select(.name == "lodash") | .licenses' "$TMP/sbom.json")" = MIT ] || fail "lodash license"

# the hostile layer: everything above still listed, and the report says why it is incomplete
rc=0
"$DRYDOCK" sbom --format json -o "$TMP/bad.json" "oci:$TMP/bad:apps" 2>"$TMP/bad.err" || rc=$?
[ "$rc" = 3 ] || fail "hostile image: exit $rc, expected 3 (incomplete): $(cat "$TMP/bad.err")"
got "$TMP/bad.json" > "$TMP/got.bad"
diff -u "$TMP/want" "$TMP/got.bad" || fail "hostile layer changed the package list"
[ "$(jq -r .complete "$TMP/bad.json")" = false ] || fail "hostile image reported complete"
notes=$(jq -r '.notes[]' "$TMP/bad.json")
echo "$notes"
grep -q "node_modules/big/package.json.*not analyzed" <<<"$notes" || fail "no note about the 50 MB package.json"
grep -q "usr/local/bin/truncated.*truncated" <<<"$notes" || fail "no note about the truncated binary"
grep -q "srv/package-lock.json.*not valid JSON" <<<"$notes" || fail "no note about the corrupt lock file"
echo ok
