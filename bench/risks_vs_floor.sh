#!/bin/bash
# The risk scanners' share of a scan, against the decompress-and-hash floor,
# in one run on one machine (bench/make_large_image.sh builds the image):
#   floor      igzip -dc + sha256sum of every layer blob, nproc at a time
#   sbom       drydock sbom (the package inventory pass)
#   risks      drydock scan --scanners baseline,malware,history
#   default    drydock scan with the default scanners (all analyzers; the
#              vulnerability match needs a DB in $DRYDOCK_DB and is skipped,
#              with the report marked incomplete, when there is none)
#   bench/risks_vs_floor.sh BUILD_DIR IMAGE_DIR
set -euo pipefail
build=${1:?usage: risks_vs_floor.sh BUILD_DIR IMAGE_DIR}
img=${2:?}
dd="$build/drydock"
blobs=$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1]+"/index.json")); d=i["manifests"][0]["digest"][7:]; m=json.load(open(sys.argv[1]+"/blobs/sha256/"+d)); print(" ".join(sys.argv[1]+"/blobs/sha256/"+l["digest"][7:] for l in m["layers"]))' "$img")
now() { date +%s.%N; }
cat $blobs > /dev/null
t0=$(now); printf '%s\n' $blobs | xargs -P "$(nproc)" -I{} sh -c 'igzip -dc "{}" > /dev/null; sha256sum "{}" > /dev/null'; t1=$(now)
/usr/bin/time -f '%M' -o /tmp/dd-risks-rss1 "$dd" sbom --format json -o /dev/null "oci:$img"; t2=$(now)
/usr/bin/time -f '%M' -o /tmp/dd-risks-rss2 "$dd" scan --no-progress --format json -o /tmp/dd-risks.json --scanners baseline,malware,history "oci:$img" || true; t3=$(now)
scn="(default scanners)"
/usr/bin/time -f '%M' -o /tmp/dd-risks-rss3 "$dd" scan --no-progress --format json -o /dev/null "oci:$img" 2>/dev/null || true; t4=$(now)
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$(tail -1 /tmp/dd-risks-rss1)" "$(tail -1 /tmp/dd-risks-rss2)" "$(tail -1 /tmp/dd-risks-rss3)" "$scn" <<'PY'
import sys
t = list(map(float, sys.argv[1:6])); r = [int(x) / 1024 for x in sys.argv[6:9]]
floor = t[1] - t[0]
print(f"floor (igzip -dc + sha256sum per layer): {floor:.2f} s")
for name, d, rss in (("sbom", t[2] - t[1], r[0]), ("scan baseline,malware,history", t[3] - t[2], r[1]),
                     ("scan " + sys.argv[9], t[4] - t[3], r[2])):
    print(f"{name:40s} {d:6.2f} s  ratio {d / floor:.2f}x  peak RSS {rss:.1f} MB")
PY
jq -r '"findings: \(.findings | length), complete: \(.complete)"' /tmp/dd-risks.json
