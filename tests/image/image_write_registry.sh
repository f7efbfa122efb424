#!/bin/bash
# Registry push (src/image/registry_push.c, via the dd_imgwrite test tool)
# against a real docker-registry behind the Bearer-token flow: the Alpine
# 3.19.4 image plus one new layer is pushed to another repository with the
# base layer mounted (never uploaded; one token asks push on the target and
# pull on the mount source), pulled back by drydock and by skopeo
# (inspect and copy: digests equal), pushed again without a single blob
# sent (HEAD first), pushed in PATCH chunks, and pushed by digest. A
# registry that answers with another digest than ours is an error (exit 3).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_registry_tools
IMGW=$DD_BUILD_DIR/tests/dd_imgwrite
[ -x "$IMGW" ] || fail "$IMGW not built"
reg_token_alpine team/alpine:3.19
creds=(--plain-http --username "$REG_USER" --password "$REG_PASS")
sk=(--tls-verify=false --creds "$REG_USER:$REG_PASS")
base_layer=$(skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.19" | jq -r '.Layers[0]')

printf 'patched by drydock\n' > "$TMP/hello"
head -c 300000 /dev/urandom > "$TMP/noise"
push() { # DEST [options]
	local dest=$1
	shift
	run_bounded 120 "$IMGW" "${creds[@]}" "$@" --created 2026-01-01T00:00:00Z --created-by "drydock test" \
		--add etc/drydock/hello.txt="$TMP/hello" --add opt/noise.bin="$TMP/noise" \
		"docker://$REG_ADDR/team/alpine:3.19" "docker://$REG_ADDR/$dest"
}
uploads_of() { # HEX: PUT/PATCH/POST requests naming a blob since the mark
	tail -n +"$REG_LOG_START" "$REG_LOG" | grep -E '"(PUT|PATCH) /v2/[^ ]*/blobs/uploads/' | grep -c "$1" || true
}

# 1. another repository, base layer mounted from team/alpine
reg_log_mark
: > "$REG_TOKEN_LOG"
push other/app:fixed --mount-from team/alpine > "$TMP/p1.json" || fail "push failed"
jq -e '.mounted == 1 and .uploaded == 2 and .present == 0' "$TMP/p1.json" >/dev/null || fail "push 1: $(cat "$TMP/p1.json")"
[ "$(uploads_of "${base_layer#sha256:}")" = 0 ] || fail "the base layer was uploaded, not mounted"
tail -n +"$REG_LOG_START" "$REG_LOG" | has -E '"POST /v2/other/app/blobs/uploads/\?mount=sha256(:|%3A)'"${base_layer#sha256:}"'&from=team(/|%2F)alpine[^"]*" 201' ||
	fail "no 201 mount in the registry log"
# the writer's one token asks push on the target and pull on the mount source together
[ "$(grep -c 'repository:other/app' "$REG_TOKEN_LOG")" = 1 ] &&
	has 'GET scope=repository:other/app:pull,push,repository:team/alpine:pull user=drydock status=200' "$REG_TOKEN_LOG" ||
	fail "token scopes: $(cat "$REG_TOKEN_LOG")"
m=$(jq -r .manifest "$TMP/p1.json") layer=$(jq -r .layer "$TMP/p1.json")
echo "ok push with mount: $(cat "$TMP/p1.json")"

# 2. pulled back: skopeo (digest-equal, copy verifies every blob) and drydock
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/other/app:fixed" > "$TMP/inspect.json" || fail "skopeo inspect failed"
jq -e --arg m "$m" --arg b "$base_layer" --arg l "$layer" '.Digest == $m and .Layers == [$b, $l]' "$TMP/inspect.json" >/dev/null ||
	fail "skopeo sees $(jq -c '[.Digest, .Layers]' "$TMP/inspect.json"), pushed $m"
skopeo copy -q --src-tls-verify=false --src-creds "$REG_USER:$REG_PASS" "docker://$REG_ADDR/other/app:fixed" "oci:$TMP/pulled:x" ||
	fail "skopeo copy of the pushed image failed"
[ "$(jq -r '.manifests[0].digest' "$TMP/pulled/index.json")" = "$m" ] || fail "skopeo's copy has another manifest digest"
run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "${creds[@]}" "docker://$REG_ADDR/other/app:fixed" ||
	fail "drydock cannot read the pushed image"
packages_tsv "$TMP/sbom.json" | diff -u "$TMP/expected" - || fail "drydock reads other packages from the pushed image"
jq -e --arg m "$m" '.complete == true and .artifact.digest == $m' "$TMP/sbom.json" >/dev/null ||
	fail "drydock: $(jq -c '{complete, d: .artifact.digest}' "$TMP/sbom.json")"
echo "ok pulled back by skopeo and drydock: $m"

# 3. the same push again: HEAD finds every blob, nothing is sent
reg_log_mark
push other/app:fixed --mount-from team/alpine > "$TMP/p2.json" || fail "second push failed"
jq -e '.present == 3 and .uploaded == 0 and .mounted == 0 and .bytes == 0' "$TMP/p2.json" >/dev/null ||
	fail "second push: $(cat "$TMP/p2.json")"
sent=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"(POST|PUT|PATCH) /v2/[^ ]*/blobs/' || true)
[ "$sent" = 0 ] || fail "second push sent $sent blob requests"
echo "ok second push re-sends no blob ($(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -c '"HEAD ') HEAD requests)"

# 4. chunked upload into a fresh repository (no mount: every blob uploaded)
reg_log_mark
push chunked/app:1 --chunk 65536 > "$TMP/p3.json" || fail "chunked push failed"
jq -e --arg m "$m" '.uploaded == 3 and .chunks >= 6 and .manifest == $m' "$TMP/p3.json" >/dev/null || fail "chunked: $(cat "$TMP/p3.json")"
patches=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"PATCH /v2/chunked/app/blobs/uploads/[^"]*" 202' || true)
[ "$patches" = "$(jq .chunks "$TMP/p3.json")" ] || fail "registry saw $patches PATCH, we sent $(jq .chunks "$TMP/p3.json")"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/chunked/app:1" | jq -e --arg m "$m" '.Digest == $m' >/dev/null ||
	fail "chunked image reads back with another digest"
echo "ok chunked upload: $patches PATCH requests"

# 5. manifest by digest
push "bydigest/app@$m" --mount-from team/alpine > "$TMP/p4.json" || fail "push by digest failed"
# (--raw: the repository has no tag to list; the bytes must hash to the digest)
[ "sha256:$(skopeo inspect --raw "${sk[@]}" "docker://$REG_ADDR/bydigest/app@$m" | sha256sum | cut -d' ' -f1)" = "$m" ] ||
	fail "by-digest manifest not there"
set +e
push "bydigest/app@sha256:$(printf '%064d' 1)" > /dev/null 2> "$TMP/err"
rc=$?
set -e
[ "$rc" = 3 ] && has "push it by that digest" "$TMP/err" || fail "wrong digest ref: exit $rc: $(cat "$TMP/err")"
echo "ok manifest by digest"

# 6. wrong credentials: refused with a message (exit 3)
set +e
run_bounded 60 "$IMGW" --plain-http --username "$REG_USER" --password nope --add a="$TMP/hello" \
	"docker://$REG_ADDR/team/alpine:3.19" "docker://$REG_ADDR/x/y:1" > /dev/null 2> "$TMP/err"
rc=$?
set -e
[ "$rc" = 3 ] && has "refused" "$TMP/err" || fail "wrong password: exit $rc: $(cat "$TMP/err")"
echo "ok wrong password refused"

# 7. hostile registries: a digest that is not ours, a short Range
printf 'etc/hello\thi\n' > "$TMP/s.layer"
mkimage oci "$TMP/small" "$TMP/s.layer" --tag 1
for mode in blob-digest manifest-digest range; do
	d=$(mktemp -d "$TMP/fp.XXXXXX")
	"$REG_PY" "$REG_LIB/fake_push_registry.py" --mode "$mode" --port-file "$d/port" --log "$d/log" > "$d/out" 2>&1 &
	cleanup_hooks+=("kill $! 2>/dev/null")
	for _ in $(seq 1 100); do [ -s "$d/port" ] && break; sleep 0.1; done
	[ -s "$d/port" ] || fail "fake push registry did not start"
	extra=()
	[ "$mode" = range ] && extra=(--chunk 65536)
	set +e
	run_bounded 60 "$IMGW" --plain-http "${extra[@]}" --add opt/noise.bin="$TMP/noise" "oci:$TMP/small:1" \
		"docker://127.0.0.1:$(cat "$d/port")/t/app:1" > /dev/null 2> "$TMP/err"
	rc=$?
	set -e
	case $mode in
	range) want="holds" ;;
	*) want="says it stored sha256:0000" ;;
	esac
	[ "$rc" = 3 ] && has "$want" "$TMP/err" || fail "$mode: exit $rc: $(cat "$TMP/err")"
	if [ "$mode" != manifest-digest ]; then
		has 'PUT /v2/t/app/manifests/' "$d/log" && fail "$mode: a manifest was pushed after a bad blob answer"
	fi
	echo "ok hostile $mode: $(cat "$TMP/err")"
done
