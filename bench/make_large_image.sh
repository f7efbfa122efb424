#!/bin/bash
# Builds a large multi-layer gzip OCI image from this machine's own /usr
# (real binaries, libraries and text, so compression ratios are realistic).
#   bench/make_large_image.sh OUTDIR [TOTAL_MB] [LAYERS]
# Default: about 2048 MB uncompressed in 8 layers. Layers are tars of /usr
# subtrees cut to size, gzip-compressed with igzip -1 (as fast registries do).
set -euo pipefail
out=${1:?usage: make_large_image.sh OUTDIR [TOTAL_MB] [LAYERS]}
total_mb=${2:-2048}
layers=${3:-8}
per_layer=$(( total_mb * 1024 * 1024 / layers ))
rm -rf "$out"
mkdir -p "$out/blobs/sha256"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one file list, shuffled deterministically, split into layer-sized chunks
find /usr -xdev -type f -size -64M -printf '%s %p\n' 2>/dev/null | sort -k2 > "$work/files"
layer=0; acc=0; : > "$work/list0"
while read -r size path; do
	if [ $acc -ge $per_layer ] && [ $layer -lt $((layers - 1)) ]; then
		layer=$((layer + 1)); acc=0; : > "$work/list$layer"
	fi
	echo "${path#/}" >> "$work/list$layer"
	acc=$((acc + size))
	[ $layer -eq $((layers - 1)) ] && [ $acc -ge $per_layer ] && break
done < "$work/files"
diff_ids=(); descs=(); raw_total=0
for i in $(seq 0 $((layers - 1))); do
	tar -C / --no-recursion -cf "$work/layer.tar" -T "$work/list$i" 2>/dev/null || true
	diff_ids+=("sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)")
	raw_total=$((raw_total + $(stat -c %s "$work/layer.tar")))
	igzip -1 -c "$work/layer.tar" > "$work/layer.tgz"
	d=$(sha256sum "$work/layer.tgz" | cut -d' ' -f1)
	mv "$work/layer.tgz" "$out/blobs/sha256/$d"
	descs+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$d\",\"size\":$(stat -c %s "$out/blobs/sha256/$d")}")
	rm -f "$work/layer.tar"
done
ids=$(printf '"%s",' "${diff_ids[@]}"); ids=${ids%,}
config="{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[$ids]},\"history\":[]}"
printf '%s' "$config" > "$work/config"
cd_=$(sha256sum "$work/config" | cut -d' ' -f1); mv "$work/config" "$out/blobs/sha256/$cd_"
ls_=$(printf '%s,' "${descs[@]}"); ls_=${ls_%,}
manifest="{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"sha256:$cd_\",\"size\":${#config}},\"layers\":[$ls_]}"
printf '%s' "$manifest" > "$work/manifest"
md=$(sha256sum "$work/manifest" | cut -d' ' -f1); mv "$work/manifest" "$out/blobs/sha256/$md"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%d}]}' "$md" "${#manifest}" > "$out/index.json"
printf '{"imageLayoutVersion":"1.0.0"}' > "$out/oci-layout"
echo "built $out: $layers layers, $((raw_total >> 20)) MB uncompressed, $(du -sm "$out" | cut -f1) MB compressed"
