#!/bin/bash
# --pkg-types os,library (Trivy's option): only the packages of the named
# kinds are listed and matched; the other scanners are untouched. On the
# demo image (14 apk packages, a log4j jar and lodash) and on an SBOM.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
img="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
"$DRYDOCK" db import --db "$TMP/db" "$DD_SOURCE_DIR/data/advisories" > /dev/null || fail "db import failed"
scan() { "$DRYDOCK" scan --no-progress --format json --db "$TMP/db" "$@" > "$TMP/out.json" || fail "scan $*: exit $?"; }
count() { jq "$@" "$TMP/out.json"; }
scan "$img"
all_pkgs=$(count '.packages | length'); os_pkgs=$(count '[.packages[] | select(.type == "apk")] | length')
others=$(count '[.findings[] | select(.class | test("vuln") | not)] | length')
[ "$os_pkgs" -gt 0 ] && [ "$all_pkgs" -gt "$os_pkgs" ] && [ "$(count '.summary.by_class["os-vuln"]')" -gt 0 ] &&
	[ "$(count '.summary.by_class["app-vuln"]')" -gt 0 ] || fail "the demo image lacks OS or app packages and findings"
for ref in "$img" "sbom:$TMP/demo.cdx.json"; do
	[ "$ref" = "$img" ] || "$DRYDOCK" sbom --format cyclonedx -o "$TMP/demo.cdx.json" "$img" || fail "sbom failed"
	scan --pkg-types os "$ref"
	[ "$(count '.packages | length')" = "$os_pkgs" ] && [ "$(count '[.packages[] | select(.type != "apk")] | length')" = 0 ] ||
		fail "$ref --pkg-types os: packages $(count '[.packages[].type] | unique')"
	[ "$(count '.summary.by_class["app-vuln"]')" = 0 ] && [ "$(count '.summary.by_class["os-vuln"]')" -gt 0 ] ||
		fail "$ref --pkg-types os: $(count -c .summary.by_class)"
	scan --pkg-types library "$ref"
	[ "$(count '.packages | length')" = $((all_pkgs - os_pkgs)) ] || fail "$ref --pkg-types library: $(count '.packages | length') packages"
	[ "$(count '.summary.by_class["os-vuln"]')" = 0 ] && [ "$(count '.summary.by_class["app-vuln"]')" -gt 0 ] ||
		fail "$ref --pkg-types library: $(count -c .summary.by_class)"
	jq -e '.complete' "$TMP/out.json" > /dev/null || fail "$ref --pkg-types library: incomplete: $(count -c .notes)"
	scan --pkg-types library,os "$ref"
	[ "$(count '.packages | length')" = "$all_pkgs" ] || fail "$ref --pkg-types library,os dropped packages"
	echo "ok --pkg-types on $ref"
done
scan --pkg-types os "$img"
[ "$(count '[.findings[] | select(.class | test("vuln") | not)] | length')" = "$others" ] ||
	fail "--pkg-types changed the non-package findings"
rc=0
"$DRYDOCK" scan --pkg-types os,apps "$img" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] && grep -q "unknown package kind" "$TMP/err" || fail "--pkg-types os,apps: exit $rc: $(cat "$TMP/err")"
echo "ok other findings untouched; unknown kinds are usage errors"
