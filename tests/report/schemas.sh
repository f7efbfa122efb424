#!/usr/bin/env bash
# SARIF, CycloneDX and SPDX output validate against the official schemas
# (tests/data/report/schemas, see PROVENANCE.md there) with ajv from npm,
# installed once per build dir; and a broken document is rejected, so the
# check can fail. Our OpenVEX test fixtures validate against OpenVEX 0.2.0.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd node
need_cmd npm
schemas=$DD_TEST_DATA/report/schemas
mods=$DD_BUILD_DIR/npm-validators
if [ ! -f "$mods/.installed-v1" ]; then
	mkdir -p "$mods"
	# flock: several tests (and engineers) may share the build dir
	if ! ( flock 9
		[ -f "$mods/.installed-v1" ] && exit 0
		cd "$mods" && [ -f package.json ] || echo '{"name":"drydock-validators","private":true}' > package.json
		timeout 300 npm install --no-audit --no-fund --loglevel=error ajv@8 ajv-draft-04@1 ajv-formats@3 >"$TMP/npm.log" 2>&1 &&
			touch "$mods/.installed-v1" ) 9>"$DD_BUILD_DIR/npm-validators.lock"; then
		sed 's/^/  npm: /' "$TMP/npm.log" | tail -5
		skip "npm install of ajv failed (registry unreachable?)"
	fi
fi
validate() { node "$DD_SOURCE_DIR/tests/report/lib/validate.js" "$mods" "$schemas" "$@" 2>"$TMP/ajv.err"; }

n=0
for fixture in hostile incomplete clean; do
	in=$DD_TEST_DATA/report/$fixture.json
	"$DRYDOCK" convert --format sarif -o "$TMP/$fixture.sarif" "$in" || [ $? = 3 ]
	"$DRYDOCK" convert --format cyclonedx -o "$TMP/$fixture.cdx.json" "$in" || [ $? = 3 ]
	"$DRYDOCK" convert --format spdx-json -o "$TMP/$fixture.spdx.json" "$in" || [ $? = 3 ]
	# with suppressions (whitelist + VEX) the documents carry suppressions and analysis
	"$DRYDOCK" convert --format sarif --vex "$DD_TEST_DATA/report/vex/openvex.json" -o "$TMP/$fixture.vex.sarif" "$in" || [ $? = 3 ]
	"$DRYDOCK" convert --format cyclonedx --vex "$DD_TEST_DATA/report/vex/cyclonedx-vex.json" -o "$TMP/$fixture.vex.cdx.json" "$in" || [ $? = 3 ]
	n=$((n + 1))
done
# the inventory form (drydock sbom): no scanners ran
jq '.scanners = [] | .findings = []' "$DD_TEST_DATA/report/hostile.json" > "$TMP/sbom.json"
"$DRYDOCK" convert --format cyclonedx -o "$TMP/sbom.cdx.json" "$TMP/sbom.json"
[ "$(jq 'has("vulnerabilities")' "$TMP/sbom.cdx.json")" = false ] || fail "sbom CycloneDX has a vulnerabilities section"
grep -q '"analysis"' "$TMP/hostile.vex.cdx.json" || fail "VEX-suppressed findings have no CycloneDX analysis"
grep -q '"suppressions"' "$TMP/hostile.vex.sarif" || fail "VEX-suppressed findings have no SARIF suppressions"

# and the real thing: drydock sbom / scan of the bundled demo image
img="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
"$DRYDOCK" sbom --format cyclonedx -o "$TMP/demo.cdx.json" "$img"
"$DRYDOCK" sbom --format spdx-json -o "$TMP/demo.spdx.json" "$img"
rc=0; "$DRYDOCK" scan --no-progress --format sarif -o "$TMP/demo.sarif" "$img" 2>/dev/null || rc=$?
case $rc in 0|1|3) ;; *) fail "scan of the demo image exited $rc" ;; esac
[ "$(jq '.components | length' "$TMP/demo.cdx.json")" -gt 1 ] || fail "demo sbom has no components"

validate sarif "$TMP"/*.sarif || { cat "$TMP/ajv.err" >&2; fail "SARIF output does not validate"; }
validate cyclonedx "$TMP"/*.cdx.json || fail "CycloneDX output does not validate"
validate spdx "$TMP"/*.spdx.json || fail "SPDX output does not validate"
validate openvex "$DD_TEST_DATA"/report/vex/openvex.json || fail "OpenVEX fixture does not validate"

# the validator rejects what consumers would reject
jq 'del(.version)' "$TMP/hostile.sarif" > "$TMP/bad.sarif"
jq '.runs[0].results[0].level = "fatal"' "$TMP/hostile.sarif" > "$TMP/bad2.sarif"
jq '.vulnerabilities[0].ratings[0].severity = "severe"' "$TMP/hostile.cdx.json" > "$TMP/bad.cdx.json"
jq '.serialNumber = "urn:uuid:not-a-uuid"' "$TMP/hostile.cdx.json" > "$TMP/bad2.cdx.json"
jq 'del(.packages[1].downloadLocation)' "$TMP/hostile.spdx.json" > "$TMP/bad.spdx.json"
for k in sarif:bad.sarif sarif:bad2.sarif cyclonedx:bad.cdx.json cyclonedx:bad2.cdx.json spdx:bad.spdx.json; do
	if validate "${k%%:*}" "$TMP/${k#*:}" >/dev/null; then fail "the validator accepted the broken ${k#*:}"; fi
done
echo "schemas: $n fixtures x (SARIF 2.1.0, CycloneDX 1.5, SPDX 2.3) valid; 5 broken documents rejected"
