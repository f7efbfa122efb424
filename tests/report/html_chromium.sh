#!/usr/bin/env bash
# The HTML report in headless Chromium (Debian's chromium): after our script
# ran, the counts the page shows equal the JSON summary, every finding has a
# row, the hostile "<script>" / onerror strings render as text and never run,
# the page loads nothing from outside, and with JavaScript off everything is
# still shown. Also takes a screenshot (kept as $TMP/report.png while running).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || skip "chromium is not installed"
chrome() {
	local prof
	prof=$(mktemp -d "$TMP/profile.XXXXXX")
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$prof" "$@" 2>>"$TMP/chrome.log"
}

check_page() { # name report.json [convert options]
	local name=$1 in=$2
	shift 2
	local rc=0
	"$DRYDOCK" convert --format html -o "$TMP/$name.html" "$@" "$in" 2>/dev/null || rc=$?
	"$DRYDOCK" convert --format json -o "$TMP/$name.json" "$@" "$in" 2>/dev/null || rc=$?
	case $rc in 0|3) ;; *) fail "$name: drydock convert exited $rc" ;; esac
	chrome --virtual-time-budget=2000 --dump-dom "file://$TMP/$name.html" > "$TMP/$name.dom"
	[ -s "$TMP/$name.dom" ] || fail "$name: chromium produced no DOM (see $TMP/chrome.log)"
	grep -q 'data-js="ready"' "$TMP/$name.dom" || fail "$name: the page script did not run (CSP hash?)"
	grep -q 'PWNED' "$TMP/$name.dom" || fail "$name: the hostile title is missing from the page"
	grep -q '<title>drydock report: ' "$TMP/$name.dom" || fail "$name: the document title changed: a hostile script ran"
	grep -q '<img' "$TMP/$name.dom" && fail "$name: a hostile <img> became an element"
	grep -q '&lt;script&gt;document.title' "$TMP/$name.dom" || fail "$name: the hostile <script> is not shown as text"
	local sev shown want total=0
	for sev in critical high medium low unknown; do
		shown=$(sed -n "s/.*id=\"count-$sev\">\([0-9]*\)<.*/\1/p" "$TMP/$name.dom")
		want=$(jq ".summary.$sev" "$TMP/$name.json")
		[ "$shown" = "$want" ] || fail "$name: page shows $sev=$shown, JSON summary says $want"
		total=$((total + want))
	done
	for cls in os-vuln app-vuln secret baseline malware build; do
		shown=$(sed -n "s/.*id=\"class-$cls\">\([0-9]*\)<.*/\1/p" "$TMP/$name.dom")
		want=$(jq ".summary.by_class[\"$cls\"]" "$TMP/$name.json")
		[ "$shown" = "$want" ] || fail "$name: page shows $cls=$shown, JSON says $want"
	done
	shown=$(sed -n 's/.*id="count-suppressed">\([0-9]*\)<.*/\1/p' "$TMP/$name.dom")
	[ "$shown" = "$(jq .summary.suppressed "$TMP/$name.json")" ] || fail "$name: suppressed count differs"
	# one table row per finding (suppressed ones in their own table)
	rows=$(grep -o '<tr data-sev=' "$TMP/$name.dom" | wc -l)
	[ "$rows" = "$(jq '.findings | length' "$TMP/$name.json")" ] || fail "$name: $rows rows for $(jq '.findings | length' "$TMP/$name.json") findings"
	# the script's row counter agrees: "N of N shown" per table
	grep -q ' of [0-9]* shown' "$TMP/$name.dom" || fail "$name: filter controls were not enabled"
	echo "$name: counts equal the JSON summary ($total findings, $rows rows)"
}

check_page hostile "$DD_TEST_DATA/report/hostile.json" --vex "$DD_TEST_DATA/report/vex/openvex.json"
check_page incomplete "$DD_TEST_DATA/report/incomplete.json"
grep -q 'id="incomplete"' "$TMP/incomplete.dom" || fail "the incomplete report has no INCOMPLETE banner"
grep -q 'id="incomplete"' "$TMP/hostile.dom" && fail "a complete report shows the INCOMPLETE banner"

# Without our script (its CSP hash changed, so Chromium blocks it as it would
# any injected script; --dump-dom needs JavaScript enabled in the browser):
# every row and count is still there and the controls stay hidden
sed "s/script-src 'sha256-[^']*'/script-src 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='/" "$TMP/hostile.html" > "$TMP/nojs.html"
chrome --virtual-time-budget=2000 --dump-dom "file://$TMP/nojs.html" > "$TMP/nojs.dom"
[ -s "$TMP/nojs.dom" ] || fail "chromium produced no DOM for the script-less page"
grep -q 'data-js="ready"' "$TMP/nojs.dom" && fail "a script outside the CSP hash ran"
[ "$(grep -o '<tr data-sev=' "$TMP/nojs.dom" | wc -l)" = "$(jq '.findings | length' "$TMP/hostile.json")" ] ||
	fail "without JavaScript some rows are missing"
grep -q '<div class="controls" hidden' "$TMP/nojs.dom" || fail "without JavaScript the filter controls show"

# self-contained: nothing to fetch (links to advisories are followed only on a click)
grep -Eo '(src|<link[^>]*href)="[^"#][^"]*"' "$TMP/hostile.html" && fail "the page references an external resource"
grep -Eo 'href="[^"]*"' "$TMP/hostile.html" | grep -Ev '^href="https?://' && fail "a link that is not http(s)"
grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$TMP/hostile.html" || fail "no CSP"

chrome --window-size=1400,1600 --screenshot="$TMP/report.png" "file://$TMP/hostile.html" >/dev/null
[ "$(head -c 8 "$TMP/report.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] || fail "no screenshot"
echo "html: rendered in $("$CHROMIUM" --version 2>/dev/null | head -1)"
