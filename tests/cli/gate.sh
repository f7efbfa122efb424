#!/usr/bin/env bash
# The CI gate of docs/CLI.md: --fail-on with each severity (exit 0 / 1),
# suppressed findings (whitelist, VEX) never trip it, an incomplete scan is
# exit 3 whatever the gate says, malformed or missing ignore / VEX files are
# exit 2 naming the file and line. Runs on stored reports (drydock convert)
# and through a real scan of the bundled demo image.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
R=$DD_TEST_DATA/report

# hostile.json: critical findings -> every threshold trips
for sev in critical high medium low unknown; do
	run 1 convert --fail-on "$sev" "$R/hostile.json"
done
grep -q "at or above unknown (--fail-on): exit 1" "$TMP/err" || fail "no gate message: $(cat "$TMP/err")"
run 0 convert "$R/hostile.json"                      # no --fail-on: findings alone never fail

# only low and unknown reported (--severity): thresholds above low pass
for sev in critical high medium; do run 0 convert --severity low,unknown --fail-on "$sev" "$R/hostile.json"; done
for sev in low unknown; do run 1 convert --severity low,unknown --fail-on "$sev" "$R/hostile.json"; done
run 0 convert --severity unknown --fail-on low "$R/hostile.json"
run 0 convert --format json --severity low,unknown "$R/hostile.json"
[ "$(jq '[.findings[].severity] | unique | join(",")' -r "$TMP/out")" = "low,unknown" ] || fail "--severity did not filter"

# a whitelist takes every critical and high finding out: the gate sees medium at most
cat > "$TMP/ignore.yaml" <<'YAML'
vulnerabilities:
  - id: CVE-2021-3711
    reason: SM2 unused
  - id: GHSA-jfh8-c2jp-5v3q      # log4shell, by its alias
    repositories: ["library/*"]
    reason: JNDI disabled
  - id: CVE-2021-3712
    packages: [libcrypto1.1]
  - id: CVE-2020-8203            # the lodash GHSA, by alias
files:
  - class: secret
    rule: alibaba-access-key-id
    paths: ["app/**"]
    reason: rotated
  - class: baseline
  - class: malware
    paths: ["var/www/**"]
YAML
for sev in critical high; do run 0 convert --ignore-file "$TMP/ignore.yaml" --fail-on "$sev" "$R/hostile.json"; done
for sev in medium low unknown; do run 1 convert --ignore-file "$TMP/ignore.yaml" --fail-on "$sev" "$R/hostile.json"; done
run 0 convert --format json --ignore-file "$TMP/ignore.yaml" "$R/hostile.json"
[ "$(jq '.summary.suppressed' "$TMP/out")" = 8 ] || fail "suppressed count: $(jq .summary "$TMP/out")"
[ "$(jq '.summary.critical + .summary.high' "$TMP/out")" = 0 ] || fail "suppressed findings still counted"
[ "$(jq '[.findings[] | select(.suppressed)] | length' "$TMP/out")" = 8 ] || fail "suppressed findings left the report"
[ "$(jq -r '.findings[] | select(.id == "CVE-2021-44228") | .suppressed_by' "$TMP/out")" = "ignore file: JNDI disabled" ] ||
	fail "suppressed_by missing"
# the same whitelist for another repository leaves log4shell live
jq '.artifact.repository = "team/app"' "$R/hostile.json" > "$TMP/team.json"
run 1 convert --ignore-file "$TMP/ignore.yaml" --fail-on critical "$TMP/team.json"

# an expired entry stops applying, and says so
printf 'vulnerabilities:\n  - id: CVE-2021-3711\n    expires: 2001-01-01\n' > "$TMP/expired.yaml"
run 1 convert --severity critical --ignore-file "$TMP/expired.yaml" --fail-on critical --format json "$R/hostile.json"
grep -q "expired ignore entry no longer applies: .*expired.yaml:2: CVE-2021-3711 (expired 2001-01-01)" "$TMP/err" ||
	fail "expired entry not reported: $(cat "$TMP/err")"
[ "$(jq '.expired_ignores | length' "$TMP/out")" = 1 ] || fail "expired_ignores missing from JSON"

# VEX: not_affected / fixed suppress; affected annotates and still gates
run 1 convert --vex "$R/vex/openvex.json" --fail-on critical "$R/hostile.json"   # log4j under_investigation
run 0 convert --format json --vex "$R/vex/openvex.json" "$R/hostile.json"
[ "$(jq '.summary.suppressed' "$TMP/out")" = 2 ] || fail "OpenVEX suppressed $(jq .summary.suppressed "$TMP/out")"
run 0 convert --format json --vex "$R/vex/cyclonedx-vex.json" "$R/hostile.json"
[ "$(jq -r '.findings[] | select(.id == "CVE-2020-28928") | .vex_status' "$TMP/out")" = false_positive ] ||
	fail "CycloneDX VEX not applied"
# medium: the musl finding is VEX-suppressed, two medium file findings remain
run 1 convert --vex "$R/vex/cyclonedx-vex.json" --severity medium --fail-on medium "$R/hostile.json"
grep -q "^drydock: 2 findings at or above medium" "$TMP/err" || fail "suppressed finding counted by the gate"

# --ignore-unfixed (Trivy) / --only-fixed (Grype): the two vulnerabilities
# without a fixed version go, every other finding stays
run 0 convert --format json "$R/hostile.json"
jq '[.findings[] | select((.class | test("vuln")) and ((.fixed_version // "") == "")) | .id] | sort | join(",")' -r \
	"$TMP/out" | has -x "CVE-2022-28391,CVE-2099-0001" || fail "hostile.json no longer has the two unfixed vulnerabilities"
all=$(jq '.findings | length' "$TMP/out")
for opt in --ignore-unfixed --only-fixed; do
	run 0 convert --format json $opt "$R/hostile.json"
	[ "$(jq '[.findings[] | select((.class | test("vuln")) and ((.fixed_version // "") == ""))] | length' "$TMP/out")" = 0 ] ||
		fail "$opt kept a vulnerability without a fix"
	[ "$(jq '.findings | length' "$TMP/out")" = $((all - 2)) ] || fail "$opt dropped more than the two unfixed vulnerabilities"
	[ "$(jq '.summary.low + .summary.unknown' "$TMP/out")" = "$(jq '[.findings[] | select(.severity == "low" or .severity == "unknown")] | length' "$TMP/out")" ] ||
		fail "$opt: the summary counts findings that were dropped"
done
# the low and unknown findings of hostile.json are the two unfixed
# vulnerabilities: they trip the gate, and without them nothing does
run 1 convert --severity low,unknown --fail-on unknown "$R/hostile.json"
run 0 convert --ignore-unfixed --severity low,unknown --fail-on unknown "$R/hostile.json"

# an incomplete report never passes, with or without a gate, and never says clean
run 3 convert "$R/incomplete.json"
run 3 convert --fail-on critical --format json "$R/incomplete.json"
grep -q INCOMPLETE "$TMP/err" || fail "no INCOMPLETE message"
jq '.findings = []' "$R/incomplete.json" > "$TMP/incomplete-empty.json"
run 3 convert --fail-on unknown "$TMP/incomplete-empty.json"
grep -q "Result: clean" "$TMP/out" && fail "an incomplete report says clean"
run 0 convert --fail-on unknown "$R/clean.json"
grep -q "Result: clean" "$TMP/out" || fail "a clean complete report does not say so"

# malformed inputs: exit 2 naming the file and the line
printf 'vulnerabilities:\n  - id: CVE-1\n    expire: 2030-01-01\n' > "$TMP/typo.yaml"
run 2 convert --ignore-file "$TMP/typo.yaml" "$R/hostile.json"
grep -q "typo.yaml line 3: unknown key 'expire'" "$TMP/err" || fail "no line in: $(cat "$TMP/err")"
printf 'vulnerabilities:\n  - id: "CVE-1\n' > "$TMP/syntax.yaml"
run 2 convert --ignore-file "$TMP/syntax.yaml" "$R/hostile.json"
grep -q "syntax.yaml line [0-9]" "$TMP/err" || fail "no line in: $(cat "$TMP/err")"
run 2 convert --ignore-file "$TMP/missing.yaml" "$R/hostile.json"
run 2 convert --vex "$R/vex/bad-syntax.json" "$R/hostile.json"
grep -q "bad-syntax.json line 3" "$TMP/err" || fail "no line in: $(cat "$TMP/err")"
run 2 convert --vex "$R/vex/bad-status.json" "$R/hostile.json"
run 2 convert --vex "$TMP/missing.json" "$R/hostile.json"
echo '{"schema": "something/else"}' > "$TMP/other.json"
run 2 convert "$TMP/other.json"
run 2 convert --fail-on severe "$R/hostile.json"

# the same through a real scan (policy files are read by dd_scan)
img="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
run 2 scan --no-progress --scanners secret,history --ignore-file "$TMP/typo.yaml" "$img"
grep -q "typo.yaml line 3" "$TMP/err" || fail "scan: no line in: $(cat "$TMP/err")"
run 2 scan --no-progress --scanners secret,history --vex "$R/vex/bad-status.json" "$img"
# whatever the scanners found, the exit code agrees with the report
for gate in critical unknown; do
	rc=0
	"$DRYDOCK" scan --no-progress --format json --fail-on "$gate" "$img" >"$TMP/scan.json" 2>"$TMP/err" || rc=$?
	complete=$(jq .complete "$TMP/scan.json")
	max=$(jq -r '[.findings[] | select(.suppressed | not) | .severity] | map({"unknown":0,"low":1,"medium":2,"high":3,"critical":4}[.]) | max // -1' "$TMP/scan.json")
	lvl=$(jq -n "{\"unknown\":0,\"low\":1,\"medium\":2,\"high\":3,\"critical\":4}[\"$gate\"]")
	if [ "$complete" = false ]; then want=3; elif [ "$max" -ge "$lvl" ]; then want=1; else want=0; fi
	[ "$rc" = "$want" ] || fail "scan --fail-on $gate: exit $rc, report complete=$complete max=$max wants $want"
done
# --ignore-unfixed through a real scan of the demo image: its unfixed
# vulnerabilities go, the fixed ones stay
# the bundled advisories fix everything they name in the demo image, so an
# advisory without a fix is added for its lodash (npm)
mkdir -p "$TMP/unfixed"
cat > "$TMP/unfixed/DRYDOCK-TEST-0001.json" <<'JSON'
{"schema_version": "1.6.0", "id": "DRYDOCK-TEST-0001", "modified": "2026-01-01T00:00:00Z",
 "summary": "test advisory with no fixed version",
 "affected": [{"package": {"ecosystem": "npm", "name": "lodash"},
   "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}
JSON
"$DRYDOCK" db import --db "$TMP/demo.db" "$DD_SOURCE_DIR/data/advisories" "$TMP/unfixed" >/dev/null ||
	fail "db import of data/advisories failed"
run 0 scan --no-progress --format json --db "$TMP/demo.db" "$img"
mv "$TMP/out" "$TMP/all.json"
run 0 scan --no-progress --format json --db "$TMP/demo.db" --ignore-unfixed "$img"
mv "$TMP/out" "$TMP/fixed.json"
[ "$(jq '[.findings[] | select((.class | test("vuln")) and ((.fixed_version // "") == ""))] | length' "$TMP/all.json")" -gt 0 ] ||
	fail "the demo image has no unfixed vulnerability to drop"
want=$(jq '[.findings[] | select((.class | test("vuln") | not) or ((.fixed_version // "") != ""))] | length' "$TMP/all.json")
[ "$want" -gt 0 ] && [ "$(jq '.findings | length' "$TMP/fixed.json")" = "$want" ] ||
	fail "scan --ignore-unfixed: $(jq '.findings | length' "$TMP/fixed.json") findings, want $want"
run 2 sbom --ignore-unfixed "$img"
echo "gate: exit codes agree with --fail-on, whitelists, VEX and completeness"
