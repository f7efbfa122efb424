#!/usr/bin/env bash
# Gates and filters that must not hide things silently: --fail-on none never
# fails (exit 0, or 3 when incomplete); a gate above "unknown" says how many
# unrated findings it did not judge (stderr and a report note); a --severity
# filter that hides findings says how many, and a report it emptied is not
# "clean" (table, JSON, HTML, and through convert of a filtered report).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
R=$DD_TEST_DATA/report

# --fail-on none: never the gate's exit 1
run 0 convert --fail-on none "$R/hostile.json"
run 0 convert --fail-on NONE --format json "$R/hostile.json"
run 3 convert --fail-on none "$R/incomplete.json"

# unrated findings and a gate above unknown (hostile.json has one unknown)
run 1 convert --fail-on high "$R/hostile.json"
grep -q "warning: 1 unrated finding (severity unknown) not gated by --fail-on high" "$TMP/err" ||
	fail "no word on stderr about the unrated finding: $(cat "$TMP/err")"
grep -q "1 unrated finding (severity unknown) is not gated by --fail-on high" "$TMP/out" ||
	fail "no note in the table: $(tail -5 "$TMP/out")"
run 1 convert --fail-on critical --format json "$R/hostile.json"
jq -e '.notes | any(test("^1 unrated finding .* not gated by --fail-on critical"))' "$TMP/out" > /dev/null ||
	fail "no note in the JSON report: $(jq -c .notes "$TMP/out")"
run 1 convert --fail-on unknown "$R/hostile.json"       # gating on unknown judges them: no warning
grep -q "unrated" "$TMP/err" "$TMP/out" && fail "--fail-on unknown still warns about unrated findings"

# --severity hides: counted, said, never "clean"
run 0 convert --severity critical "$R/hostile.json"
grep -q "^drydock: 10 findings hidden by --severity" "$TMP/err" || fail "stderr: $(cat "$TMP/err")"
grep -q "^Hidden: 10 findings by --severity" "$TMP/out" || fail "table: $(tail -5 "$TMP/out")"
run 0 convert --format json --severity low,unknown -o "$TMP/low.json" "$R/hostile.json"
[ "$(jq .summary.hidden_by_severity "$TMP/low.json")" = 11 ] || fail "JSON summary: $(jq -c .summary "$TMP/low.json")"
# a report the filter empties: nothing shown, and not clean
run 0 convert --severity critical "$TMP/low.json"
grep -q "Result: clean" "$TMP/out" && fail "a report emptied by --severity says clean"
grep -q "^Hidden: 13 findings by --severity" "$TMP/out" && grep -q "not a clean result" "$TMP/out" ||
	fail "emptied report: $(tail -6 "$TMP/out")"
run 0 convert --severity critical --format html "$TMP/low.json"
grep -q 'id="clean"' "$TMP/out" && fail "the HTML report of an emptied report says clean"
grep -q 'id="count-hidden-severity">13<' "$TMP/out" || fail "HTML does not count the hidden findings"
# the clean report stays clean
run 0 convert --severity critical "$R/clean.json"
grep -q "Result: clean" "$TMP/out" || fail "a clean report no longer says so"
echo "ok: --fail-on none, unrated findings, --severity hiding"
