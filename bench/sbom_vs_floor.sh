#!/bin/bash
# Issue 2's performance check, all in one run on one machine:
#   floor  = for every layer blob: igzip -dc | (discard) and sha256sum of the
#            compressed bytes, run one layer after another and in parallel as
#            drydock does (2 at a time on this 2-core machine)
#   sbom   = drydock sbom of the same OCI layout (cold, no cache)
#   cached = drydock sbom again with a warm --cache-dir
# Prints wall times, the sbom/floor ratio and drydock's peak RSS.
#   bench/sbom_vs_floor.sh BUILD_DIR IMAGE_DIR
set -euo pipefail
build=${1:?usage: sbom_vs_floor.sh BUILD_DIR IMAGE_DIR}
img=${2:?}
drydock="$build/drydock"
blobs=$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1]+"/index.json")); d=i["manifests"][0]["digest"][7:]; m=json.load(open(sys.argv[1]+"/blobs/sha256/"+d)); print(" ".join(sys.argv[1]+"/blobs/sha256/"+l["digest"][7:] for l in m["layers"]))' "$img")
now() { date +%s.%N; }
# warm the page cache so both sides read from memory
cat $blobs > /dev/null
t0=$(now)
printf '%s\n' $blobs | xargs -P "$(nproc)" -I{} sh -c 'igzip -dc "{}" > /dev/null; sha256sum "{}" > /dev/null'
t1=$(now)
/usr/bin/time -f '%M' -o /tmp/dd-bench-rss "$drydock" sbom --format json -o /dev/null "oci:$img" 
t2=$(now)
cache=$(mktemp -d)
"$drydock" sbom --format json -o /dev/null --cache-dir "$cache" "oci:$img"
t3=$(now)
/usr/bin/time -f '%M' -o /tmp/dd-bench-rss2 "$drydock" sbom --format json -o /dev/null --cache-dir "$cache" "oci:$img"
t4=$(now)
rm -rf "$cache"
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$(cat /tmp/dd-bench-rss)" "$(cat /tmp/dd-bench-rss2)" <<'PY'
import sys
t0, t1, t2, t3, t4 = map(float, sys.argv[1:6]); rss, rss2 = int(sys.argv[6]), int(sys.argv[7])
floor, sbom, cached = t1 - t0, t2 - t1, t4 - t3
print(f"floor (igzip -dc + sha256sum per layer): {floor:.2f} s")
print(f"drydock sbom (cold):                     {sbom:.2f} s  ratio {sbom / floor:.2f}x  peak RSS {rss / 1024:.1f} MB")
print(f"drydock sbom (all layers cached):        {cached * 1000:.0f} ms  peak RSS {rss2 / 1024:.1f} MB")
PY
