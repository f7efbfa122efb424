#!/bin/bash
# ctest-labels: normal-only
# Eight scans at once on one engine, in one process built with
# -fsanitize=thread (its own build tree, $DD_BUILD_DIR/tsan, target
# bench_engine_scan only; ccache makes rebuilds cheap): no ThreadSanitizer
# report, and every report equals the first (bench/engine_scan.c checks).
# Three shapes: the demo image matched against a DB, the same with a shared
# layer cache being written by all eight, and a multi-layer image read by
# several threads per scan. No suppressions are needed.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd cmake
cc=$(command -v cc || command -v gcc) || skip "no C compiler"
echo 'int main(void){return 0;}' > "$TMP/t.c"
"$cc" -fsanitize=thread "$TMP/t.c" -o "$TMP/t" 2>/dev/null && "$TMP/t" || skip "this compiler cannot build -fsanitize=thread programs"

tsan=$DD_BUILD_DIR/tsan
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache)
SECONDS=0
cmake -S "$DD_SOURCE_DIR" -B "$tsan" -DDD_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" > "$TMP/cmake.log" 2>&1 ||
	{ tail -20 "$TMP/cmake.log"; fail "configuring the TSan tree failed"; }
cmake --build "$tsan" -j2 --target bench_engine_scan > "$TMP/build.log" 2>&1 ||
	{ tail -30 "$TMP/build.log"; fail "building the TSan tree failed"; }
echo "TSan build: ${SECONDS}s"
bench=$tsan/bench/bench_engine_scan

"$DRYDOCK" db import --db "$TMP/demo.db" "$DD_SOURCE_DIR/data/advisories" >/dev/null || fail "db import failed"
mkdir -p "$TMP/ml/1/etc" "$TMP/ml/2/opt" "$TMP/ml/3/opt" "$TMP/ml/4/srv"
printf 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.10.9\n' > "$TMP/ml/1/etc/os-release"
for l in 2 3 4; do
	head -c 300000 /dev/urandom > "$TMP/ml/$l/noise"
	for i in $(seq 1 15); do printf '#!/bin/sh\necho %s\n' "$i" > "$TMP/ml/$l/run$i.sh"; done
done
mkimage oci "$TMP/multi" "DIR=$TMP/ml/1" "DIR=$TMP/ml/2" "DIR=$TMP/ml/3" "DIR=$TMP/ml/4" --tag 1 >/dev/null

run() {
	local what=$1 rc=0
	shift
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" "$bench" concurrent 8 "$@" \
		> "$TMP/out" 2> "$TMP/tsan" || rc=$?
	cat "$TMP/out"
	if [ "$rc" != 0 ] || has "WARNING: ThreadSanitizer" "$TMP/tsan"; then
		head -80 "$TMP/tsan" >&2
		fail "$what: exit $rc, ThreadSanitizer or a report mismatch (above)"
	fi
}
run "demo image" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10" "$TMP/demo.db"
run "demo image, shared cache" "oci:$DD_SOURCE_DIR/samples/demo-image:3.10" "$TMP/demo.db" "$TMP/cache"
run "four layers" "oci:$TMP/multi:1" "$TMP/demo.db"
