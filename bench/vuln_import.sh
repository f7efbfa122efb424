#!/bin/bash
# Advisory import benchmarks (run by hand; figures go in reports):
#   bench/vuln_import.sh [BUILD_DIR]
# 1. all of ../shared/data/vulndb into a fresh DB (and a re-import);
# 2. a synthetic 500k-record osv.dev-like set (bench/gen_osv.py, cached in
#    bench/out/osv-500k) into a fresh DB, with the file size per record;
# 3. matching 1,000 packages against both DBs once open (bench_vuln_match).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
dd="$build/drydock"
out="$root/bench/out"
mkdir -p "$out"
shared="$root/../shared/data/vulndb"
t() { local s=$(date +%s.%N); "$@" > "$out/last.log"; echo "$(echo "$(date +%s.%N) - $s" | bc)"; }
if [ -d "$shared" ]; then
	rm -f "$out/shared.db"
	s1=$(t "$dd" db import --db "$out/shared.db" "$shared")
	s2=$(t "$dd" db import --db "$out/shared.db" "$shared")
	recs=$("$dd" db info --db "$out/shared.db" --format json | jq .records)
	size=$(stat -c %s "$out/shared.db")
	printf 'shared vulndb: import %.2f s, re-import %.2f s, %d records, %d bytes (%d bytes/record)\n' "$s1" "$s2" "$recs" "$size" $((size / recs))
	"$build/bench/bench_vuln_match" "$out/shared.db" --repeat 30
	"$build/bench/bench_vuln_match" "$out/shared.db" --repeat 30 --version-mode current
fi
[ -d "$out/osv-500k" ] || python3 "$root/bench/gen_osv.py" "$out/osv-500k" 500000 > "$out/gen.log"
rm -f "$out/500k.db"
s=$(t "$dd" db import --db "$out/500k.db" "$out/osv-500k")
recs=$("$dd" db info --db "$out/500k.db" --format json | jq .records)
size=$(stat -c %s "$out/500k.db")
zsize=$(du -cb "$out"/osv-500k/*/all.zip | tail -1 | cut -f1)
printf 'synthetic: import %.1f s, %d records, %d bytes (%d bytes/record; the zips: %d bytes)\n' "$s" "$recs" "$size" $((size / recs)) "$zsize"
"$build/bench/bench_vuln_match" "$out/500k.db" --os debian 12 --repeat 30
"$build/bench/bench_vuln_match" "$out/500k.db" --os debian 12 --repeat 30 --version-mode current
