#!/bin/bash
# Registry pull cost, measured in one run on this machine:
#   1. Alpine 3.19.4 from a local docker-registry: drydock sbom cold (no
#      cache), then twice with --cache-dir (first fills it, second is the
#      cached rescan), with the registry's request counts for the rescan.
#   2. A large gzip image (bench/make_large_image.sh, default 512 MB in 4
#      layers) pushed to the same registry: drydock sbom over docker://
#      against the same image as an oci: layout, and against a floor of
#      "curl every blob to /dev/null, 2 at a time" (what the network part
#      alone costs). Peak RSS of the registry scan too.
#   bench/registry_pull.sh BUILD_DIR [TOTAL_MB] [LAYERS]
set -euo pipefail
build=$(cd "${1:?usage: registry_pull.sh BUILD_DIR [TOTAL_MB] [LAYERS]}" && pwd)
source "$(dirname "$0")/env.sh"
source "$here/tests/lib/registry.sh"
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
reg_start anonymous
tgz=$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz
reg_alpine_layout "$tgz" "$TMP/alpine" 3.19
reg_push "oci:$TMP/alpine:3.19" library/alpine:3.19
ref=docker://$REG_ADDR/library/alpine:3.19
t0=$(now); "$DRYDOCK" sbom --plain-http --format json -o /dev/null "$ref"; t1=$(now)
"$DRYDOCK" sbom --plain-http --format json -o /dev/null --cache-dir "$TMP/cache" "$ref"
reg_log_mark
t2=$(now); "$DRYDOCK" sbom --plain-http --format json -o /dev/null --cache-dir "$TMP/cache" "$ref"; t3=$(now)
echo "alpine 3.19.4: cold $(secs "$t0" "$t1") s, cached rescan $(secs "$t2" "$t3") s;" \
	"rescan requests: $(reg_requests manifests/) manifest, $(reg_requests blobs/) blob (the config)"

mb=${2:-512}
layers=${3:-4}
bash "$here/bench/make_large_image.sh" "$TMP/large" "$mb" "$layers" > /dev/null
skopeo copy -q --dest-tls-verify=false "oci:$TMP/large" "docker://$REG_ADDR/bench/large:1" > /dev/null 2>&1 ||
	skopeo copy -q --dest-tls-verify=false "oci:$TMP/large:latest" "docker://$REG_ADDR/bench/large:1" > /dev/null
ref=docker://$REG_ADDR/bench/large:1
man=$(curl -s -H 'Accept: application/vnd.oci.image.manifest.v1+json' "http://$REG_ADDR/v2/bench/large/manifests/1")
blobs=$(echo "$man" | jq -r '.layers[].digest')
bytes=$(echo "$man" | jq '[.layers[].size] | add')
cat "$TMP"/large/blobs/sha256/* "$REG_DIR"/data/docker/registry/v2/blobs/sha256/*/*/data > /dev/null 2>&1 || true
t0=$(now)
echo "$blobs" | xargs -P 2 -I{} curl -s -o /dev/null "http://$REG_ADDR/v2/bench/large/blobs/{}"
t1=$(now)
"$DRYDOCK" sbom --format json -o /dev/null "oci:$TMP/large" > /dev/null 2>&1 || "$DRYDOCK" sbom --format json -o /dev/null "oci:$TMP/large:latest"
t2=$(now)
/usr/bin/time -f %M -o "$TMP/rss" "$DRYDOCK" sbom --plain-http --format json -o /dev/null "$ref"
t3=$(now)
floor=$(secs "$t0" "$t1"); local_s=$(secs "$t1" "$t2"); reg_s=$(secs "$t2" "$t3")
echo "large image: $((bytes / 1048576)) MiB compressed in $layers layers"
echo "  curl floor (2 parallel): $floor s; oci: layout sbom: $local_s s; docker:// sbom: $reg_s s; peak RSS $(tail -1 "$TMP/rss") KiB"
echo "  docker:// / oci: = $(echo "scale=2; $reg_s / $local_s" | bc); docker:// / curl floor = $(echo "scale=2; $reg_s / $floor" | bc)"
