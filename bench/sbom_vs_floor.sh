#!/bin/bash
# The foundation's performance check, all in one run on one machine:
#   floor  = for every layer blob: `igzip -dc` (discarded) and `sha256sum` of
#            the compressed bytes, the layers run in parallel as drydock runs
#            them (nproc at a time)
#   sbom   = `drydock sbom --format json` of the same OCI layout (no cache)
#   cached = the same with a warm --cache-dir
# The machine is shared, so floor and sbom run back to back, REPEAT times,
# and the ratio quoted is the median of the per-round ratios. Page cache is
# warmed first so both sides read from memory.
#   bench/sbom_vs_floor.sh BUILD_DIR IMAGE_DIR [REPEAT]
# Targets: sbom/floor <= 1.1, peak RSS < 64 MB, cached rescan < 50 ms.
set -euo pipefail
build=${1:?usage: sbom_vs_floor.sh BUILD_DIR IMAGE_DIR [REPEAT]}
img=${2:?usage: sbom_vs_floor.sh BUILD_DIR IMAGE_DIR [REPEAT]}
repeat=${3:-3}
drydock="$build/drydock"
command -v igzip >/dev/null || { echo "igzip missing (Debian package isal)" >&2; exit 2; }
[ -c /dev/null ] || { echo "/dev/null is not the null device (ls -l /dev/null; mknod -m 666 /dev/null c 1 3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing (Debian package time)" >&2; exit 2; }
blobs=$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1]+"/index.json")); d=i["manifests"][0]["digest"][7:]; m=json.load(open(sys.argv[1]+"/blobs/sha256/"+d)); print(" ".join(sys.argv[1]+"/blobs/sha256/"+l["digest"][7:] for l in m["layers"]))' "$img")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat $blobs > /dev/null
nlayers=$(echo $blobs | wc -w)
compressed=$(du -cb $blobs | tail -1 | cut -f1)
echo "image: $img, $nlayers layers, $((compressed >> 20)) MB compressed; $(nproc) CPUs; repeat $repeat"
now() { date +%s.%N; }
for k in $(seq 1 "$repeat"); do
	t0=$(now)
	printf '%s\n' $blobs | xargs -P "$(nproc)" -I{} sh -c 'igzip -dc "{}" > /dev/null; sha256sum "{}" > /dev/null'
	t1=$(now)
	/usr/bin/time -f '%e %M' -o "$work/time" "$drydock" sbom --format json -o /dev/null "oci:$img"
	t2=$(now)
	read -r _ rss < "$work/time"
	echo "$t0 $t1 $t2 $rss" >> "$work/rounds"
done
cache="$work/cache"
"$drydock" sbom --format json -o /dev/null --cache-dir "$cache" "oci:$img"
for k in $(seq 1 "$repeat"); do
	t0=$(now)
	/usr/bin/time -f '%e %M' -o "$work/time" "$drydock" sbom --format json -o /dev/null --cache-dir "$cache" "oci:$img"
	t1=$(now)
	read -r _ rss < "$work/time"
	echo "$t0 $t1 $rss" >> "$work/cached"
done
python3 - "$work/rounds" "$work/cached" <<'PY'
import statistics, sys
rounds = [list(map(float, l.split())) for l in open(sys.argv[1])]
cached = [list(map(float, l.split())) for l in open(sys.argv[2])]
ratios = []
for i, (t0, t1, t2, rss) in enumerate(rounds, 1):
    floor, sbom = t1 - t0, t2 - t1
    ratios.append(sbom / floor)
    print(f"round {i}: floor {floor:.2f} s, drydock sbom {sbom:.2f} s, ratio {sbom / floor:.2f}x, peak RSS {rss / 1024:.1f} MB")
cms = [(t1 - t0) * 1000 for t0, t1, _ in cached]
print(f"median ratio sbom/floor: {statistics.median(ratios):.2f}x (target <= 1.10)")
print(f"peak RSS (max over rounds): {max(r[3] for r in rounds) / 1024:.1f} MB (target < 64)")
print(f"cached rescan: median {statistics.median(cms):.0f} ms, max {max(cms):.0f} ms, peak RSS {max(c[2] for c in cached) / 1024:.1f} MB (target < 50 ms)")
PY
