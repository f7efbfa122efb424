#!/bin/bash
# One engine vs one process per scan (docs/engine.md), on the demo image
# (samples/demo-image) against the bundled advisories:
#   1. 100 scans through one engine in one process vs 100 `drydock scan`
#      runs, the same cache state on both sides (no layer cache, then a warm
#      --cache-dir on both); prints the ratio
#   2. peak RSS of 8 concurrent scans vs one (goal < 3x)
#   3. cancel-to-return and deadline-to-return latency (goal < 200 ms)
# usage: BUILD_DIR=build bench/engine_vs_cli.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
n=${1:-100}
tmp=$(mktemp -d /tmp/drydock-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ref="oci:$root/samples/demo-image:3.10"
"$build/drydock" db import --db "$tmp/demo.db" "$root/data/advisories" >/dev/null
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

for cache in "" "$tmp/cache"; do
	copts=()
	[ -n "$cache" ] && copts=(--cache-dir "$cache") && "$build/drydock" scan --db "$tmp/demo.db" "${copts[@]}" \
		--format json "$ref" >/dev/null 2>&1 || true
	t=$(date +%s%N)
	for _ in $(seq 1 "$n"); do
		"$build/drydock" scan --db "$tmp/demo.db" "${copts[@]}" --format json --no-progress "$ref" >/dev/null
	done
	cli=$(ms "$t")
	out=$("$build/bench/bench_engine_scan" loop "$n" "$ref" "$tmp/demo.db" "$cache")
	eng=$(echo "$out" | sed -n 's/.*scans \([0-9.]*\) ms.*/\1/p')
	label="no layer cache"
	[ -n "$cache" ] && label="warm --cache-dir"
	echo "$label: $n CLI runs ${cli} ms; $out"
	awk -v c="$cli" -v e="$eng" 'BEGIN { printf "  ratio CLI/engine: %.2fx\n", c / e }'
done
"$build/bench/bench_engine_scan" concurrent 8 "$ref" "$tmp/demo.db"
"$build/bench/bench_engine_scan" cancel "$n" "$ref" "$tmp/demo.db"
"$build/bench/bench_engine_scan" deadline "$n" "$ref" "$tmp/demo.db"
