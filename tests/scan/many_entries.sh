#!/bin/bash
# ctest-labels: normal-only
# Issue 11 item 6: a layer of 5 million entries (empty files, streamed by
# many_entries_layer.py, never held whole) is inventoried complete under
# 256 MB peak RSS (/usr/bin/time): the per-entry index is 8 bytes an entry,
# duplicates are told by a small set of claimed paths and hardlink targets by
# a Bloom filter. Normal pass only (ASan's shadow memory is not the RSS).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd igzip
need_cmd jq
[ -x /usr/bin/time ] || skip "/usr/bin/time is not installed"
N=${DD_MANY_ENTRIES:-5000000}
oci="$TMP/oci"
mkdir -p "$oci/blobs/sha256"
python3 "$DD_SOURCE_DIR/tests/scan/many_entries_layer.py" "$N" | tee >(sha256sum | cut -c1-64 > "$TMP/diff_id") |
	igzip -1 -c > "$TMP/layer.gz"
sleep 0.2; while [ ! -s "$TMP/diff_id" ]; do sleep 0.2; done
put() { # put FILE: into the blob store, prints its digest and size
	local d; d=$(sha256sum "$1" | cut -c1-64)
	mv "$1" "$oci/blobs/sha256/$d"
	echo "sha256:$d $(stat -c %s "$oci/blobs/sha256/$d")"
}
read -r ldig lsize < <(put "$TMP/layer.gz")
printf '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' \
	"$(cat "$TMP/diff_id")" > "$TMP/config"
read -r cdig csize < <(put "$TMP/config")
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"%s","size":%s}]}' \
	"$cdig" "$csize" "$ldig" "$lsize" > "$TMP/manifest"
read -r mdig msize < <(put "$TMP/manifest")
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"t"}}]}' \
	"$mdig" "$msize" > "$oci/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' > "$oci/oci-layout"
/usr/bin/time -f "%M %e" -o "$TMP/time" "$DRYDOCK" sbom --format json -o "$TMP/r.json" "oci:$oci:t" \
	|| fail "sbom of $N entries: exit $?"
read -r kb secs < "$TMP/time"
jq -e '.complete == true' "$TMP/r.json" > /dev/null || fail "incomplete: $(jq -c .notes "$TMP/r.json")"
echo "$N entries: peak RSS $((kb / 1024)) MB, $secs s"
[ "$kb" -lt $((256 * 1024)) ] || fail "$N entries took $((kb / 1024)) MB, over 256 MB"
