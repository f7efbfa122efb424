#!/bin/bash
# ctest-labels: normal-only
# Scans at once on one engine, in one process, under Valgrind's Helgrind
# (the issue-10 check beside engine_tsan.sh: Helgrind sees the lock order and
# the happens-before of the uninstrumented libraries too, TSan only of the
# instrumented code). The normal build's bench_engine_scan runs: eight scans
# of the demo image, then four sharing one layer cache being written. No
# Helgrind report, every report equal to the first. Suppressions
# (helgrind.supp) cover two glibc-internal patterns only, each explained
# there. ISA-L's first-call dispatch was a real race (util/isal_ready.h).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd valgrind
bench=$DD_BUILD_DIR/bench/bench_engine_scan
[ -x "$bench" ] || skip "bench_engine_scan is not built"
"$DRYDOCK" db import --db "$TMP/demo.db" "$DD_SOURCE_DIR/data/advisories" >/dev/null || fail "db import failed"
run() {
	local what=$1 rc=0
	shift
	valgrind --tool=helgrind --suppressions="$DD_SOURCE_DIR/tests/scan/helgrind.supp" --error-exitcode=66 \
		"$bench" concurrent "$@" > "$TMP/out" 2> "$TMP/hg" || rc=$?
	cat "$TMP/out"
	grep 'ERROR SUMMARY' "$TMP/hg" || true
	if [ "$rc" != 0 ]; then
		grep -v '^==[0-9]*== *$' "$TMP/hg" | head -120 >&2
		fail "$what: exit $rc: a Helgrind report or a report mismatch (above)"
	fi
}
run "8 scans of the demo image" 8 "oci:$DD_SOURCE_DIR/samples/demo-image:3.10" "$TMP/demo.db"
run "4 scans sharing a layer cache" 4 "oci:$DD_SOURCE_DIR/samples/demo-image:3.10" "$TMP/demo.db" "$TMP/cache"
