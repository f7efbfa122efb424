#!/bin/bash
# The image writers into an OCI layout (src/image/writer.h, via the
# dd_imgwrite test tool): the Alpine 3.19.4 image (built by umoci) plus one
# layer written by the tar+gzip layer writer (a file, a 150-byte path, a
# symlink, a whiteout) is read back by umoci (unpack), skopeo (inspect and
# copy, both checking every digest) and drydock itself (packages unchanged,
# the new layer's file scanned). The layer's diff_id is the sha256 of its
# tar, the output is byte-identical on a second run, and rewriting a tag
# keeps the layout's other tags, also with four writers at once.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_shared images/alpine
need_cmd umoci
need_cmd skopeo
need_cmd jq
IMGW=$DD_BUILD_DIR/tests/dd_imgwrite
[ -x "$IMGW" ] || fail "$IMGW not built"
tgz=$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz
mkdir -p "$TMP/root"
tar -xzf "$tgz" -C "$TMP/root" ./lib/apk/db/installed
apk_db_tsv "$TMP/root/lib/apk/db/installed" > "$TMP/expected"
reg_alpine_layout "$tgz" "$TMP/base" 3.19

printf 'patched by drydock\n' > "$TMP/hello"
# a planted secret: drydock must see the new layer's file
printf 'aws_access_key_id = AKIAQ2ZC5GN7WXEXAMPL\naws_secret_access_key = 9drTJvcXLB89EXAMPLEKEYdjQxyn8yyvXFgB5wEN\n' > "$TMP/creds"
long=usr/share/drydock/$(printf 'd%.0s' $(seq 1 60))/$(printf 'f%.0s' $(seq 1 70)).txt
write() { # DEST
	"$IMGW" --created 2026-01-01T00:00:00Z --created-by "drydock test: add files" \
		--annotation io.drydock.patch=1 --label io.drydock.patch=1 \
		--dir etc/drydock --add etc/drydock/hello.txt="$TMP/hello" --add root/.aws/credentials="$TMP/creds" \
		--add "$long=$TMP/hello" --symlink usr/bin/hello-link=/etc/drydock/hello.txt --whiteout etc/motd \
		"oci:$TMP/base:3.19" "$1"
}
write "oci:$TMP/out:other" > "$TMP/w1.json" || fail "writing the layout failed"
write "oci:$TMP/out:fixed" > "$TMP/w2.json" || fail "second tag failed"
write "oci:$TMP/again:fixed" > "$TMP/w3.json" || fail "second layout failed"
m=$(jq -r .manifest "$TMP/w2.json")
[ "$m" = "$(jq -r .manifest "$TMP/w3.json")" ] || fail "the same layer written twice gave different manifests"
cmp "$TMP/out/index.json" "$TMP/again/index.json" >/dev/null && fail "index.json of one tag equals that of two"
echo "ok deterministic: $m"

# digests: diff_id = sha256(tar), blob = sha256(gzip), config records them
layer=$(jq -r .layer "$TMP/w2.json") diff=$(jq -r .diff_id "$TMP/w2.json")
[ "sha256:$(sha256sum < "$TMP/out/blobs/sha256/${layer#sha256:}" | cut -d' ' -f1)" = "$layer" ] || fail "layer blob digest"
[ "sha256:$(gzip -dc "$TMP/out/blobs/sha256/${layer#sha256:}" | sha256sum | cut -d' ' -f1)" = "$diff" ] || fail "diff_id is not sha256 of the tar"
cfg=$TMP/out/blobs/sha256/$(jq -r .config "$TMP/w2.json" | cut -d: -f2)
jq -e --arg d "$diff" '.rootfs.diff_ids[-1] == $d and (.rootfs.diff_ids | length) == 2 and
	.history[-1].created_by == "drydock test: add files" and .config.Labels["io.drydock.patch"] == "1" and
	.created == "2026-01-01T00:00:00Z"' "$cfg" >/dev/null || fail "config not updated: $(jq -c '{rootfs, history}' "$cfg")"
mf=$TMP/out/blobs/sha256/${m#sha256:}
jq -e --arg l "$layer" '.layers[-1].digest == $l and .layers[-1].annotations["io.drydock.patch"] == "1" and
	.layers[-1].mediaType == "application/vnd.oci.image.layer.v1.tar+gzip" and (.layers | length) == 2' "$mf" >/dev/null ||
	fail "manifest not updated: $(jq -c .layers "$mf")"
gzip -dc "$TMP/out/blobs/sha256/${layer#sha256:}" | tar -tvf - > "$TMP/listing" || fail "host tar cannot read the layer"
has -F "$long" "$TMP/listing" || fail "long name lost: $(cat "$TMP/listing")"
has -F 'etc/.wh.motd' "$TMP/listing" || fail "whiteout missing"
has -E '^lrwxrwxrwx 0/0 .* usr/bin/hello-link -> /etc/drydock/hello.txt' "$TMP/listing" || fail "symlink: $(cat "$TMP/listing")"
echo "ok digests and layer contents"

# skopeo: inspect and copy (both check digests)
skopeo inspect "oci:$TMP/out:fixed" > "$TMP/inspect.json" || fail "skopeo inspect oci: failed"
jq -e --arg m "$m" --arg l "$layer" '.Digest == $m and .Layers[-1] == $l' "$TMP/inspect.json" >/dev/null ||
	fail "skopeo sees $(jq -c '[.Digest, .Layers]' "$TMP/inspect.json")"
skopeo copy -q "oci:$TMP/out:fixed" "oci:$TMP/copy:x" || fail "skopeo copy from the written layout failed"
echo "ok skopeo"

# umoci: unpack applies the layer on the base (whiteout included)
umoci unpack --rootless --image "$TMP/out:fixed" "$TMP/bundle" >/dev/null 2>"$TMP/umoci.err" ||
	fail "umoci unpack failed: $(cat "$TMP/umoci.err")"
r=$TMP/bundle/rootfs
[ "$(cat "$r/etc/drydock/hello.txt")" = "patched by drydock" ] && [ -f "$r/$long" ] && [ -L "$r/usr/bin/hello-link" ] &&
	[ ! -e "$r/etc/motd" ] && [ -x "$r/bin/busybox" ] || fail "umoci's rootfs is not base + layer: $(ls "$r/etc")"
echo "ok umoci"

# drydock reads it: same packages, the new layer's secret
"$DRYDOCK" scan --scanners vuln,secret --db /nonexistent --format json -o "$TMP/scan.json" "oci:$TMP/out:fixed" || true
jq -r '.packages[] | [.type, .name, .version, (.source_name // "")] | @tsv' "$TMP/scan.json" | sort | diff -u "$TMP/expected" - ||
	fail "drydock reads other packages from the written image"
jq -e --arg l "$layer" '[.findings[] | select(.class == "secret" and .path == "root/.aws/credentials" and .layer == $l)] | length > 0' \
	"$TMP/scan.json" >/dev/null || fail "drydock did not find the new layer's secret: $(jq -c '[.findings[] | {class, path, layer}]' "$TMP/scan.json")"
jq -e '(.artifact.layers // .layers | length) == 2' "$TMP/scan.json" >/dev/null || true
echo "ok drydock reads the written image"

# the other tag is kept; rewriting one tag while three others are written
jq -e '[.manifests[].annotations["org.opencontainers.image.ref.name"]] | sort == ["fixed", "other"]' "$TMP/out/index.json" \
	>/dev/null || fail "tags: $(jq -c '[.manifests[].annotations]' "$TMP/out/index.json")"
printf 'second\n' > "$TMP/hello"
pids=()
for t in fixed t1 t2 t3; do
	write "oci:$TMP/out:$t" > "$TMP/w-$t.json" &
	pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || fail "a concurrent writer failed"; done
jq -e '[.manifests[].annotations["org.opencontainers.image.ref.name"]] | sort == ["fixed", "other", "t1", "t2", "t3"]' \
	"$TMP/out/index.json" >/dev/null || fail "concurrent writers lost a tag: $(jq -c '[.manifests[].annotations]' "$TMP/out/index.json")"
m2=$(jq -r .manifest "$TMP/w-fixed.json")
[ "$m2" != "$m" ] || fail "new content, same manifest"
jq -e --arg m "$m" --arg m2 "$m2" '(.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] == "other") | .digest) == $m and
	(.manifests[] | select(.annotations["org.opencontainers.image.ref.name"] == "fixed") | .digest) == $m2' \
	"$TMP/out/index.json" >/dev/null || fail "tag 'other' moved or 'fixed' did not"
skopeo inspect "oci:$TMP/out:other" >/dev/null && skopeo inspect "oci:$TMP/out:t2" >/dev/null || fail "a tag does not read"
ls -a "$TMP/out" "$TMP/out/blobs/sha256" | has -E '^\.(tmp-|index\.json\.)' && fail "temporary files left behind"
echo "ok tags kept across rewrites and concurrent writers"

# a base blob that does not match its digest: an error, nothing renamed into place
cp -r "$TMP/base" "$TMP/bad"
bl=$(jq -r '.manifests[0].digest' "$TMP/bad/index.json" | cut -d: -f2)
bl=$(jq -r '.layers[0].digest' "$TMP/bad/blobs/sha256/$bl" | cut -d: -f2)
chmod u+w "$TMP/bad/blobs/sha256/$bl"
printf 'X' | dd of="$TMP/bad/blobs/sha256/$bl" bs=1 seek=100 conv=notrunc 2>/dev/null
set +e
"$IMGW" --add a.txt="$TMP/hello" "oci:$TMP/bad:3.19" "oci:$TMP/badout:x" > /dev/null 2> "$TMP/err"
rc=$?
set -e
[ "$rc" = 3 ] && has "do not match" "$TMP/err" || fail "corrupt base blob: exit $rc: $(cat "$TMP/err")"
[ ! -e "$TMP/badout/index.json" ] && [ ! -e "$TMP/badout/blobs/sha256/$bl" ] || fail "a corrupt blob or an index was written"
echo "ok corrupt base blob refused: $(cat "$TMP/err")"
