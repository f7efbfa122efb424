#!/bin/bash
# Issue 19 item 9: a docker save archive's layer sizes are the real sizes and
# its digest is absent (it has no manifest; config_digest is the image ID);
# the table says "not inventoried" when the vuln scanner is off; the exit
# codes of docs/CLI.md: a malformed or corrupt image is 2, a scan that could
# not finish is 3.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq

# docker-archive: sizes and digests are the archive's own
mkdir -p "$TMP/a/etc" "$TMP/b/opt"
printf 'ID=alpine\nVERSION_ID=3.19.0\n' > "$TMP/a/etc/os-release"
head -c 5000 /dev/urandom > "$TMP/b/opt/blob"
mkimage docker-archive "$TMP/saved.tar" "DIR=$TMP/a" "DIR=$TMP/b" --tag 1.0
run 0 sbom --format json -o "$TMP/r.json" "docker-archive:$TMP/saved.tar"
mkdir "$TMP/x" && tar -C "$TMP/x" -xf "$TMP/saved.tar"
want=$(jq -r '.[0].Layers[]' "$TMP/x/manifest.json" | while read -r l; do stat -c %s "$TMP/x/$l"; done | paste -sd,)
got=$(jq -r '[.artifact.layers[].size] | map(tostring) | join(",")' "$TMP/r.json")
[ "$got" = "$want" ] || fail "docker-archive layer sizes $got, want the files' sizes $want"
jq -e '.artifact.digest == null' "$TMP/r.json" > /dev/null ||
	fail "docker-archive reports a manifest digest it made up: $(jq -r .artifact.digest "$TMP/r.json")"
config=$(jq -r '.[0].Config' "$TMP/x/manifest.json")
[ "$(jq -r .artifact.config_digest "$TMP/r.json")" = "sha256:$(sha256sum "$TMP/x/$config" | cut -d' ' -f1)" ] ||
	fail "config_digest is not the image ID"
jq -r '.artifact.layers[].diff_id' "$TMP/r.json" | has -c "^sha256:" || fail "diff_ids missing"

# the table header: 0 packages only when an inventory was taken
IMG="oci:$DD_SOURCE_DIR/samples/demo-image:3.10"
run 0 scan --scanners secret --no-progress "$IMG"
grep -q "Packages: not inventoried (vuln scanner off)" "$TMP/out" || fail "header: $(grep Packages "$TMP/out")"

# exit 2: malformed or corrupt image
cp -r "$DD_SOURCE_DIR/samples/demo-image" "$TMP/img"
m=$(jq -r '.manifests[0].digest' "$TMP/img/index.json" | cut -d: -f2)
layer=$(jq -r '.layers[0].digest' "$TMP/img/blobs/sha256/$m")
config=$(jq -r '.config.digest' "$TMP/img/blobs/sha256/$m")
lb="$TMP/img/blobs/sha256/${layer#sha256:}"
cp "$lb" "$TMP/layer.bak"
head -c $(($(stat -c %s "$lb") / 2)) "$TMP/layer.bak" > "$lb"           # truncated blob
run 2 scan --scanners secret "oci:$TMP/img:3.10"
err_has "$layer"
cp "$TMP/layer.bak" "$lb"
printf 'x' >> "$TMP/img/blobs/sha256/${config#sha256:}"                    # config not matching its digest
run 2 scan --scanners secret "oci:$TMP/img:3.10"
err_has "config blob does not match its digest"
rm -r "$TMP/img" && cp -r "$DD_SOURCE_DIR/samples/demo-image" "$TMP/img"
printf '{"schemaVersion": 2, "config": 5' > "$TMP/img/blobs/sha256/$m"        # invalid manifest
run 2 scan --scanners secret "oci:$TMP/img:3.10"
err_has "manifest blob does not match its digest"
jq -c ".manifests[0].digest = \"sha256:$(printf '{"schemaVersion": 2' | sha256sum | cut -d' ' -f1)\"" \
	"$DD_SOURCE_DIR/samples/demo-image/index.json" > "$TMP/img/index.json"
printf '{"schemaVersion": 2' > "$TMP/img/blobs/sha256/$(printf '{"schemaVersion": 2' | sha256sum | cut -d' ' -f1)"
run 2 scan --scanners secret "oci:$TMP/img:3.10"
err_has "manifest is not valid JSON"
# exit 3: could not finish (no DB here; registry failures in tests/image/registry*.sh,
# unreadable blobs in messages.sh)
run 3 scan --db "$TMP/none.db" --scanners vuln "$IMG"
err_has "INCOMPLETE"
echo "ok smaller"
