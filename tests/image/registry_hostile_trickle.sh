#!/bin/bash
# ctest-labels: normal-only
# Hostile registry: the layer arrives a few bytes per second, never silent
# long enough for the stall check. --timeout (Trivy's) ends the scan on
# time anyway: exit 3 with a message that says so, no report, no partial
# cache entry; sbom and scan both take it. Timing checks: normal pass only
# (ctest label; the engine unit test covers the deadline under ASan).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start trickle "$TMP/img" --trickle 64
HOSTILE_TIMEOUT=30 hostile_scan 3 "timed out" "--timeout 2s" -- --timeout 2s --cache-dir "$TMP/cache"
[ "$HOSTILE_ELAPSED" -le 5 ] || fail "--timeout 2s returned only after ${HOSTILE_ELAPSED}s"
[ ! -e "$TMP/out.json" ] || fail "a timed-out scan left a report"
if [ -d "$TMP/cache" ]; then
	find "$TMP/cache" -name '*.tmp.*' | has . && fail "a temporary cache file was left behind"
fi
# the server logs the trickle when its next write finds the connection
# closed (up to a quarter second after the scan gave up)
for _ in $(seq 1 30); do grep -q "200-trickle" "$FAKE_LOG" && break; sleep 0.1; done
grep -q "200-trickle" "$FAKE_LOG" || fail "the registry never trickled"

# scan too, and the forms Go durations take
for t in 1500ms 0.02m; do
	rc=0
	SECONDS=0
	run_bounded 30 "$DRYDOCK" scan --plain-http --timeout "$t" --format json "docker://$FAKE_ADDR/test/app:1" \
		> "$TMP/scan.out" 2> "$TMP/scan.err" || rc=$?
	[ "$rc" = 3 ] || { cat "$TMP/scan.err" >&2; fail "scan --timeout $t: exit $rc, expected 3"; }
	[ "$SECONDS" -le 5 ] || fail "scan --timeout $t returned after ${SECONDS}s"
	grep -q "timed out" "$TMP/scan.err" || fail "scan --timeout $t: no timeout message: $(cat "$TMP/scan.err")"
done
for bad in 5 5x -1s ""; do
	rc=0
	"$DRYDOCK" scan --timeout "$bad" "docker://$FAKE_ADDR/test/app:1" 2> "$TMP/bad.err" || rc=$?
	[ "$rc" = 2 ] || fail "--timeout '$bad' accepted (exit $rc)"
	grep -q "duration" "$TMP/bad.err" || fail "--timeout '$bad': unclear message: $(cat "$TMP/bad.err")"
done
