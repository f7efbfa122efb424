#!/bin/bash
# A real multi-layer image built by buildah from tests/data/checks/secrets/
# secrets.Dockerfile on an Alpine minirootfs base: every planted case is
# found with the right rule, path, line and layer; the key written in layer 2
# and deleted in layer 3 is reported from layer 2 with removed_in_final; the
# otherwise identical clean image gives no secret finding.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared images/alpine
need_cmd buildah
need_cmd jq
[ "$(id -u)" = 0 ] || skip "buildah with vfs storage needs root here"
ctx="$DD_TEST_DATA/checks/secrets"
B=(buildah --root "$TMP/storage" --runroot "$TMP/run" --storage-driver vfs)
cleanup_hooks+=("${B[*]} rmi -a -f >/dev/null 2>&1")

# base: the Alpine 3.20 minirootfs as a one-layer image
ctr=$("${B[@]}" from scratch) || skip "buildah cannot create containers here"
"${B[@]}" add "$ctr" "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.20.3-x86_64.tar.gz" / >/dev/null
"${B[@]}" commit -q "$ctr" localhost/drydock-test-alpine >/dev/null
"${B[@]}" rm "$ctr" >/dev/null

for img in secrets clean; do
	"${B[@]}" bud -q --layers --isolation chroot -f "$ctx/$img.Dockerfile" -t "localhost/drydock-test-$img" "$ctx" >/dev/null \
		|| fail "buildah bud $img.Dockerfile failed"
	"${B[@]}" push -q "localhost/drydock-test-$img" "oci:$TMP/$img:t" >/dev/null 2>&1 || fail "buildah push $img failed"
	"$DRYDOCK" scan --scanners secret --format json -o "$TMP/$img.json" "oci:$TMP/$img:t" || fail "scan of $img image: exit $?"
	jq -e '.complete == true and (.artifact.layers | length) == 4' "$TMP/$img.json" >/dev/null \
		|| fail "$img: report incomplete or not 4 layers"
done

# expected: path rule line layer-index removed_in_final
grep -v '^#' "$ctx/expected.tsv" | awk -F'\t' '{ print $1 "\t" $2 "\t" $3 "\t" ($4 == "deleted" ? 2 : 1) "\t" ($4 == "deleted" ? "true" : "false") }' \
	| sort > "$TMP/want"
jq -r '.artifact.layers as $l | .findings[] | select(.class == "secret") | . as $f
	| [.path, .id, (.line | tostring), ([range(0; $l | length) | select($l[.].digest == $f.layer)][0] // "?" | tostring),
	   (.removed_in_final | tostring)] | @tsv' "$TMP/secrets.json" | sort > "$TMP/got"
diff -u "$TMP/want" "$TMP/got" || fail "secrets image: findings differ from expected.tsv (path rule line layer removed)"
jq -e '[.findings[] | select(.class == "secret") | .match | test("^[^*]{0,4}[*]+$")] | all' "$TMP/secrets.json" >/dev/null \
	|| fail "a match is not redacted"
echo "ok secrets image: $(wc -l < "$TMP/want") findings with rule, path, line and layer"

n=$(jq '[.findings[] | select(.class == "secret")] | length' "$TMP/clean.json")
[ "$n" = 0 ] || { jq -c '.findings[] | [.id, .path, .line]' "$TMP/clean.json" >&2; fail "clean image: $n secret findings"; }
echo "ok clean image: no secret finding"
