#!/bin/bash
# sbom:FILE (trivy sbom / grype sbom:): the packages of a CycloneDX or SPDX
# JSON document are matched as an image's would be.
#  - Trivy-style CycloneDX and Syft-style SPDX fixtures (tests/data/sbom):
#    exactly the expected packages (source packages from Trivy properties
#    and purl upstream=, the OS from an operating-system entry or the purls'
#    distro=, a Go module's case from the document's name) and findings.
#  - Round trip: drydock's own CycloneDX and SPDX of an image, scanned as
#    sbom:, give exactly the image scan's vulnerabilities (the demo image;
#    with ../shared, Alpine minirootfs images against the real secdb).
#  - Gate and policy options apply; hostile documents exit 2 or 3 with a
#    message, never a silent clean result.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
D=$DD_TEST_DATA/sbom
db=$TMP/db
"$DRYDOCK" db import --db "$db" "$DD_SOURCE_DIR/data/advisories" "$D/advisories" > /dev/null || fail "db import failed"
vulns() { jq -r '.findings[] | select(.class | test("vuln")) | "\(.class) \(.id) \(.package.name) \(.package.version) \(.fixed_version)"' "$1" | LC_ALL=C sort; }
pkgs() { jq -r '.packages[] | "\(.type) \(.name) \(.version)"' "$1" | LC_ALL=C sort; }

for f in trivy-style.cdx.json syft-style.spdx.json; do
	"$DRYDOCK" scan --no-progress --format json --db "$db" -o "$TMP/out.json" "sbom:$D/$f" 2> "$TMP/err" ||
		fail "$f: exit $?: $(cat "$TMP/err")"
	diff -u <(cut -d' ' -f1-3 "$D/expected-packages.txt") <(pkgs "$TMP/out.json") || fail "$f: packages differ"
	[ "$(jq -r '.packages[] | select(.name == "libcrypto1.1") | .source_name' "$TMP/out.json")" = openssl ] ||
		fail "$f: libcrypto1.1's source package is not openssl"
	diff -u "$D/expected-findings.txt" <(vulns "$TMP/out.json") || fail "$f: findings differ"
	jq -e '.complete == true and .artifact.os.family == "alpine" and .artifact.os.version == "3.10.9"' "$TMP/out.json" > /dev/null ||
		fail "$f: incomplete or wrong OS: $(jq -c '[.complete, .artifact.os, .notes]' "$TMP/out.json")"
	echo "ok $f: $(wc -l < "$D/expected-findings.txt") findings as expected"
done
# the file entry of the SPDX document is not a package without a purl; the
# CycloneDX application component is not one either
jq -e '(.notes // []) | length == 0' "$TMP/out.json" > /dev/null || fail "notes on the SPDX fixture: $(jq -c .notes "$TMP/out.json")"

# policy and gate options apply as to an image
rc=0
"$DRYDOCK" scan --no-progress --db "$db" --fail-on critical "sbom:$D/trivy-style.cdx.json" > /dev/null 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "--fail-on critical: exit $rc"
printf 'vulnerabilities:\n  - id: CVE-2021-44228\n    reason: test\n' > "$TMP/ignore.yaml"
"$DRYDOCK" scan --no-progress --format json --db "$db" --ignore-file "$TMP/ignore.yaml" --severity critical \
	"sbom:$D/trivy-style.cdx.json" > "$TMP/p.json" || fail "policy scan: exit $?"
jq -e '.summary.suppressed == 1 and ([.findings[] | select(.severity != "critical")] | length == 0)' "$TMP/p.json" > /dev/null ||
	fail "--ignore-file/--severity did not apply: $(jq -c .summary "$TMP/p.json")"
echo "ok --fail-on, --ignore-file, --severity"

# every writer renders an SBOM scan; sbom of an sbom converts between formats
for fmt in table json sarif cyclonedx spdx-json html; do
	"$DRYDOCK" scan --no-progress --db "$db" --format "$fmt" "sbom:$D/syft-style.spdx.json" > "$TMP/w.$fmt" || fail "--format $fmt: exit $?"
	[ -s "$TMP/w.$fmt" ] || fail "--format $fmt wrote nothing"
done
grep -q '^SBOM: ' "$TMP/w.table" || fail "the table does not say it scanned an SBOM"
"$DRYDOCK" sbom --format cyclonedx "sbom:$D/syft-style.spdx.json" > "$TMP/conv.cdx.json" || fail "sbom conversion: exit $?"
"$DRYDOCK" scan --no-progress --format json --db "$db" "sbom:$TMP/conv.cdx.json" > "$TMP/conv.json" || fail "scan of the converted SBOM: exit $?"
diff -u "$D/expected-findings.txt" <(vulns "$TMP/conv.json") || fail "SPDX -> CycloneDX conversion lost findings"
# an SBOM converted to SPDX is created now, not in 1970
"$DRYDOCK" sbom --format spdx-json "sbom:$TMP/conv.cdx.json" > "$TMP/conv.spdx.json" || fail "CycloneDX -> SPDX: exit $?"
created=$(jq -r .creationInfo.created "$TMP/conv.spdx.json")
age=$(( $(date +%s) - $(date -d "$created" +%s) ))
[ "$age" -ge 0 ] && [ "$age" -lt 600 ] || fail "SPDX creation time of a converted SBOM is $created"
echo "ok every format; SPDX -> CycloneDX -> scan keeps every finding; SPDX creation time $created"

# round trip: an image, its SBOMs, the same vulnerabilities
roundtrip() {   # roundtrip LABEL DB REF
	local label=$1 rdb=$2 ref=$3
	"$DRYDOCK" scan --no-progress --scanners vuln --format json --db "$rdb" -o "$TMP/img.json" "$ref" ||
		[ $? = 3 ] || fail "$label: image scan failed"
	for fmt in cyclonedx spdx-json json; do
		"$DRYDOCK" sbom --format "$fmt" -o "$TMP/rt-sbom.$fmt" "$ref" || fail "$label: sbom --format $fmt failed"
		"$DRYDOCK" scan --no-progress --format json --db "$rdb" -o "$TMP/rt.json" "sbom:$TMP/rt-sbom.$fmt" ||
			[ $? = 3 ] || fail "$label: scan of its $fmt failed"
		diff -u <(vulns "$TMP/img.json") <(vulns "$TMP/rt.json") || fail "$label: sbom:$fmt findings differ from the image's"
		[ "$(jq .complete "$TMP/img.json")" = "$(jq .complete "$TMP/rt.json")" ] || fail "$label: completeness differs via $fmt"
	done
	[ "$(vulns "$TMP/img.json" | wc -l)" -ge "${MIN_VULNS:-1}" ] || fail "$label: the image scan found fewer than ${MIN_VULNS:-1} vulnerabilities"
	echo "ok round trip $label: $(vulns "$TMP/img.json" | wc -l) vulnerabilities, the same via CycloneDX, SPDX and drydock JSON"
}
roundtrip "demo image" "$db" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
if [ -d "$DD_SHARED_DIR/data/vulndb/alpine-secdb" ] && [ -d "$DD_SHARED_DIR/data/images/alpine" ]; then
	"$DRYDOCK" db import --db "$TMP/alpine.db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb" > /dev/null || fail "secdb import failed"
	for v in 3.7.3 3.20.3; do   # 2 and 56 vulnerabilities (tests/vuln/alpine_secdb.sh)
		mkdir -p "$TMP/alpine-$v"
		tar -xzf "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-$v-x86_64.tar.gz" -C "$TMP/alpine-$v"
		roundtrip "alpine $v (real secdb)" "$TMP/alpine.db" "dir:$TMP/alpine-$v"
	done
else
	echo "note: ../shared/data is absent; the real-secdb round trips are not run"
fi
if [ -d "$DD_SHARED_DIR/data/vulndb/debian" ] && [ -d "$DD_SHARED_DIR/data/vulndb/osv/Debian" ]; then
	# Debian findings hang on source packages: they must survive the purls' upstream=
	fx=$DD_SHARED_DIR/data/vulndb/debian
	"$DRYDOCK" db import --db "$TMP/debian.db" "$DD_SHARED_DIR/data/vulndb/osv/Debian" > /dev/null || fail "Debian import failed"
	mkdir -p "$TMP/deb/var/lib/dpkg" "$TMP/deb/etc"
	cp "$fx/bookworm-minbase.status" "$TMP/deb/var/lib/dpkg/status"
	cp "$fx/os-release" "$TMP/deb/etc/os-release"
	MIN_VULNS=50 roundtrip "debian 12 minbase (real OSV)" "$TMP/debian.db" "dir:$TMP/deb"
	jq -e '[.packages[] | select(.source_name != null and .source_name != .name)] | length > 10' "$TMP/rt.json" > /dev/null ||
		fail "debian: source packages did not come through the SBOM"
else
	echo "note: ../shared/data is absent; the Debian round trip is not run"
fi

# hostile and wrong input
expect() {   # expect EXIT PATTERN ARGS...
	local want=$1 pat=$2 rc=0
	shift 2
	"$DRYDOCK" "$@" > "$TMP/h.out" 2> "$TMP/h.err" || rc=$?
	[ "$rc" = "$want" ] || fail "drydock $*: exit $rc, want $want: $(cat "$TMP/h.err")"
	grep -qE -- "$pat" "$TMP/h.err" || fail "drydock $*: message lacks '$pat': $(cat "$TMP/h.err")"
	echo "ok exit $want: $(head -c 200 "$TMP/h.err" | head -1)"
}
python3 -c '
import json
c = {"type": "library", "name": "x", "version": "1", "purl": "pkg:npm/x@1"}
for _ in range(40):
    c = {"type": "application", "name": "nest", "components": [c]}
print(json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [c]}))' > "$TMP/deep.json"
expect 2 "nested deeper than 32 levels" scan --no-progress --db "$db" "sbom:$TMP/deep.json"
jq '.components += [{"type": "library", "name": "bad", "purl": "pkg:npm"}, {"type": "library", "name": "nover", "purl": "pkg:npm/nover"}]' \
	"$D/trivy-style.cdx.json" > "$TMP/badpurl.json"
expect 3 "INCOMPLETE" scan --no-progress --db "$db" "sbom:$TMP/badpurl.json"
grep -q "2 package URLs do not parse" "$TMP/h.err" || fail "no note on the bad purls: $(cat "$TMP/h.err")"
echo '{"bomFormat": "CycloneDX", "components": [' > "$TMP/trunc.json"
expect 2 "not a JSON document" scan --no-progress --db "$db" "sbom:$TMP/trunc.json"
echo '{"SPDXID": "x"}' > "$TMP/other.json"
expect 2 "neither CycloneDX JSON .*, SPDX JSON .* nor a drydock JSON report" scan --no-progress --db "$db" "sbom:$TMP/other.json"
expect 2 "only the vuln scanner applies" scan --no-progress --db "$db" --scanners secret "sbom:$D/trivy-style.cdx.json"
expect 2 "No such file" scan --no-progress --db "$db" "sbom:$TMP/missing.json"
expect 2 "needs a file" scan --no-progress --db "$db" "sbom:"
# no DB: incomplete, never clean
expect 3 "INCOMPLETE" scan --no-progress --db "$TMP/nodb.db" "sbom:$D/trivy-style.cdx.json"
