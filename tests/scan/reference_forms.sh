#!/bin/bash
# Every local reference form lists exactly the packages in the image's own
# lib/apk/db/installed, for every Alpine minirootfs in ../shared/data; Trivy's
# real docker save archive gives Trivy's expected package list.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared images/alpine
need_cmd jq
for tgz in "$DD_SHARED_DIR"/data/images/alpine/alpine-minirootfs-*.tar.gz; do
	name=$(basename "$tgz" .tar.gz)
	mkdir -p "$TMP/$name/rootfs"
	tar -xzf "$tgz" -C "$TMP/$name/rootfs"
	apk_db_tsv "$TMP/$name/rootfs/lib/apk/db/installed" > "$TMP/$name/expected"
	[ -s "$TMP/$name/expected" ] || fail "$name: no packages in its apk DB?"
	mkimage oci "$TMP/$name/oci" "$tgz" --tag t
	mkimage oci-archive "$TMP/$name/oci.tar" "$tgz" --tag t
	mkimage docker-archive "$TMP/$name/docker.tar" "$tgz" --tag t
	for ref in "oci:$TMP/$name/oci:t" "oci-archive:$TMP/$name/oci.tar" "docker-archive:$TMP/$name/docker.tar" \
		"docker-archive:$TMP/$name/docker.tar:test/image:t" "dir:$TMP/$name/rootfs"; do
		"$DRYDOCK" sbom --format json -o "$TMP/out.json" "$ref" || fail "$ref: exit $?"
		packages_tsv "$TMP/out.json" > "$TMP/got"
		diff -u "$TMP/$name/expected" "$TMP/got" || fail "$ref: package list differs from lib/apk/db/installed"
		jq -e '.complete == true' "$TMP/out.json" >/dev/null || fail "$ref: report not complete"
		# images say their architecture; a root filesystem does not, and
		# the default platform must not be reported as if it did
		case $ref in
		dir:*) jq -e '.artifact.architecture == null' "$TMP/out.json" >/dev/null || fail "$ref: made-up architecture" ;;
		*) jq -e '.artifact.architecture == "amd64"' "$TMP/out.json" >/dev/null || fail "$ref: architecture not amd64" ;;
		esac
	done
	# the same as plain paths: the transport is detected, the packages the same
	for path in "$TMP/$name/oci:t" "$TMP/$name/oci.tar" "$TMP/$name/docker.tar" "$TMP/$name/rootfs"; do
		"$DRYDOCK" sbom --format json -o "$TMP/out.json" "$path" || fail "$path: exit $?"
		packages_tsv "$TMP/out.json" > "$TMP/got"
		diff -u "$TMP/$name/expected" "$TMP/got" || fail "plain path $path: package list differs"
	done
	echo "ok $name ($(wc -l < "$TMP/$name/expected") packages, 5 reference forms and 4 plain paths)"
done

# Trivy's docker save archive: the packages its own tests expect
need_shared images/trivy
"$DRYDOCK" sbom --format json -o "$TMP/trivy.json" "docker-archive:$DD_SHARED_DIR/data/images/trivy/alpine-311.tar.gz"
grep -v '^#' "$DD_SHARED_DIR/data/images/trivy/expected-alpine-311.tsv" | awk -F'\t' '{print "apk\t" $1 "\t" $2 "\t" $3}' | sort > "$TMP/exp311"
packages_tsv "$TMP/trivy.json" > "$TMP/got311"
diff -u "$TMP/exp311" "$TMP/got311" || fail "alpine-311.tar.gz differs from Trivy's expected packages"
jq -e '.artifact.os.family == "alpine" and .artifact.os.version == "3.11.5"' "$TMP/trivy.json" >/dev/null || fail "alpine-311: OS not detected as alpine 3.11.5"
# as a plain path (a gzip-compressed docker save): detected, same packages,
# layer sizes those of the archive's layer files, no made-up manifest digest
"$DRYDOCK" sbom --format json -o "$TMP/plain.json" "$DD_SHARED_DIR/data/images/trivy/alpine-311.tar.gz"
jq -e '.artifact.ref | startswith("docker-archive:")' "$TMP/plain.json" >/dev/null || fail "alpine-311.tar.gz not detected as docker-archive"
packages_tsv "$TMP/plain.json" | diff -u "$TMP/exp311" - || fail "alpine-311.tar.gz as a plain path differs"
mkdir "$TMP/x311" && tar -xzf "$DD_SHARED_DIR/data/images/trivy/alpine-311.tar.gz" -C "$TMP/x311"
want=$(jq -r '.[0].Layers[]' "$TMP/x311/manifest.json" | while read -r l; do stat -L -c %s "$TMP/x311/$l"; done | paste -sd,)
[ "$(jq -r '[.artifact.layers[].size] | map(tostring) | join(",")' "$TMP/plain.json")" = "$want" ] ||
	fail "alpine-311 layer sizes $(jq -c '[.artifact.layers[].size]' "$TMP/plain.json"), want $want"
jq -e '.artifact.digest == null' "$TMP/plain.json" >/dev/null || fail "alpine-311: a manifest digest for a docker save archive"
echo "ok alpine-311.tar.gz ($(wc -l < "$TMP/exp311") packages; as a plain path too)"
