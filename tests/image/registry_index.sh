#!/bin/bash
# A multi-platform index in a real registry (pushed with skopeo copy --all):
# the default linux/amd64 selects the Alpine 3.19.4 image, --platform
# linux/arm64 the 3.10.9 one, linux/arm/v7 a third; a platform the index
# lacks exits 2 listing the ones it has. Then the layer cache: a second
# scan with --cache-dir fetches no layer blob (only the manifests and the
# config, which names the layers' diff_ids), counted in the registry's
# access log.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_shared images/alpine
need_registry_tools
need_cmd umoci
ALP=$DD_SHARED_DIR/data/images/alpine
for v in 3.19.4 3.10.9 3.20.3; do
	[ -f "$ALP/alpine-minirootfs-$v-x86_64.tar.gz" ] || skip "alpine $v tarball is absent"
	mkdir -p "$TMP/root-$v"
	tar -xzf "$ALP/alpine-minirootfs-$v-x86_64.tar.gz" -C "$TMP/root-$v" ./lib/apk/db/installed
	apk_db_tsv "$TMP/root-$v/lib/apk/db/installed" > "$TMP/expected-$v"
done
# the arm images hold x86_64 binaries: only their configs' platform matters here
reg_alpine_layout "$ALP/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" amd64 amd64
reg_alpine_layout "$ALP/alpine-minirootfs-3.10.9-x86_64.tar.gz" "$TMP/oci" arm64 arm64
reg_alpine_layout "$ALP/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" armv7 arm
umoci config --image "$TMP/oci:armv7" --variant v7 >/dev/null 2>&1 || true
reg_make_index "$TMP/oci" multi amd64 linux/amd64 arm64 linux/arm64 armv7 linux/arm/v7
reg_start anonymous
reg_push "oci:$TMP/oci:multi" "test/multi:1" --all
ref=docker://$REG_ADDR/test/multi:1

scan_platform() {   # scan_platform VERSION [options...]
	local v=$1
	shift
	run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http "$@" "$ref" || fail "$* : exit $?"
	packages_tsv "$TMP/out.json" | diff -u "$TMP/expected-$v" - || fail "$*: expected the packages of alpine $v"
	jq -e --arg v "$v" '.complete == true and .artifact.os.version == $v' "$TMP/out.json" >/dev/null ||
		fail "$*: OS is not alpine $v"
	echo "ok ${*:-default platform} -> alpine $v ($(jq -r .artifact.digest "$TMP/out.json"))"
}
scan_platform 3.19.4
scan_platform 3.10.9 --platform linux/arm64
scan_platform 3.10.9 --platform linux/arm64/v8
scan_platform 3.20.3 --platform linux/arm/v7
rc=0
"$DRYDOCK" sbom --plain-http --platform linux/s390x "$ref" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] && grep -q "no image for platform linux/s390x.*linux/amd64, linux/arm64, linux/arm/v7" "$TMP/err" ||
	fail "missing platform: exit $rc: $(cat "$TMP/err")"
echo "ok missing platform: $(cat "$TMP/err")"

# the selected manifest's digest is the index entry's
arm_digest=$(curl -s -H 'Accept: application/vnd.oci.image.index.v1+json' "http://$REG_ADDR/v2/test/multi/manifests/1" |
	jq -r '.manifests[] | select(.platform.architecture == "arm64") | .digest')
run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http --platform linux/arm64 "$ref"
[ "$(jq -r .artifact.digest "$TMP/out.json")" = "$arm_digest" ] || fail "arm64 manifest digest is not the index entry's"

# cold, then cached
mkdir -p "$TMP/cache"
reg_log_mark
run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/cold.json" --plain-http --cache-dir "$TMP/cache" "$ref" || fail "cold: exit $?"
cold_blobs=$(reg_blob_gets)
reg_log_mark
run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/warm.json" --plain-http --cache-dir "$TMP/cache" "$ref" || fail "cached: exit $?"
warm_blobs=$(reg_blob_gets)
warm_manifests=$(reg_requests manifests/)
config=$(jq -r .artifact.config_digest "$TMP/warm.json")
warm_config=$(reg_requests "blobs/$config")
diff <(packages_tsv "$TMP/cold.json") <(packages_tsv "$TMP/warm.json") || fail "cached scan lists other packages"
jq -e '.complete == true and all(.artifact.layers[]; .from_cache == true)' "$TMP/warm.json" >/dev/null ||
	fail "cached scan did not take every layer from the cache"
echo "cold: $cold_blobs blob GETs; cached: $warm_manifests manifest GETs, $warm_blobs blob GETs ($warm_config of them the config)"
[ "$cold_blobs" = 2 ] || fail "cold scan: expected 2 blob GETs (config, layer), got $cold_blobs"
[ "$warm_blobs" = "$warm_config" ] && [ "$warm_blobs" -le 1 ] || fail "cached scan fetched a layer blob"
[ "$warm_manifests" = 2 ] || fail "cached scan: expected 2 manifest GETs (index, manifest), got $warm_manifests"
echo "ok cached rescan fetches no layer blob"
