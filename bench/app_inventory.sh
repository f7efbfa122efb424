#!/bin/bash
# The application-inventory overhead, one machine, one run:
#   bench/app_inventory.sh BUILD_DIR IMAGE_DIR   (image from make_app_image.sh)
# 1. bench_app_inventory on the layer blobs: OS analyzers only vs all of them,
#    same bytes, same pipeline (decompress + tar + walker), best of 3 each
# 2. drydock sbom of the whole image, end to end, with peak RSS
set -euo pipefail
build=${1:?usage: app_inventory.sh BUILD_DIR IMAGE_DIR}
img=${2:?}
blobs=$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1]+"/index.json")); d=i["manifests"][0]["digest"][7:]; m=json.load(open(sys.argv[1]+"/blobs/sha256/"+d)); print(" ".join(sys.argv[1]+"/blobs/sha256/"+l["digest"][7:] for l in m["layers"]))' "$img")
cat $blobs > /dev/null
"$build/bench/bench_app_inventory" --repeat 3 $blobs
/usr/bin/time -f 'sbom end to end: %e s, peak RSS %M KB' "$build/drydock" sbom --format json -o /tmp/dd-app-bench.json "oci:$img"
python3 -c 'import json,collections,sys; r=json.load(open("/tmp/dd-app-bench.json")); print("packages by type:", dict(collections.Counter(p["type"] for p in r["packages"])))'
