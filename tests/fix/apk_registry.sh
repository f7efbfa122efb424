#!/bin/bash
# drydock fix against a real docker-registry with token auth (issue 12):
# the Alpine image pushed as team/alpine:3.20 is fixed into
# team/alpine:3.20_fixed with its base layers never uploaded again (the
# registry log has blob PUT/PATCH requests for the patch layer and the
# config only), read back by skopeo; --overwrite replaces 3.20 itself, and
# a second fix of it keeps exactly one patch layer; a registry that refuses
# the tag (a proxy answering 403 to the manifest PUT, as an immutable
# repository does) gives exit 3 and leaves the original tag untouched.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
need_registry_tools
python3 -c 'import cryptography' 2>/dev/null || skip "python3-cryptography is not installed"
apk_fix_setup
apk_fix_repo "$TMP/www" "$TMP/key.pem" "$APK_KEYNAME"
apk_fix_serve "$TMP/www"
reg_start token
reg_push "oci:$TMP/img:3.20" team/alpine:3.20
sk=(--tls-verify=false --creds "$REG_USER:$REG_PASS")
creds=(--plain-http --username "$REG_USER" --password "$REG_PASS")
fix=(fix --db "$TMP/db" --sources "$TMP/sources" "${creds[@]}" --ids "$BUSYBOX_IDS" --format json)
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20" > "$TMP/orig.json" || fail "skopeo inspect"
orig=$(jq -r .Digest "$TMP/orig.json")
mapfile -t base < <(jq -r '.Layers[]' "$TMP/orig.json")
uploads() { tail -n +"$REG_LOG_START" "$REG_LOG" | grep -E '"(PUT|PATCH) /v2/[^ ]*/blobs/uploads/' | grep -c "${1:-}" || true; }

# 1. <tag>_fixed: base layers present, only the patch layer and config sent
reg_log_mark
run_bounded 300 "$DRYDOCK" "${fix[@]}" "$REG_ADDR/team/alpine:3.20" > "$TMP/f1.json" || fail "fix 1: exit $?"
jq -e --arg r "$REG_ADDR/team/alpine:3.20_fixed" '.target.ref == $r and .target.written and .new == []' "$TMP/f1.json" >/dev/null ||
	fail "fix 1: $(jq -c '.target' "$TMP/f1.json")"
for l in "${base[@]}"; do
	[ "$(uploads "${l#sha256:}")" = 0 ] || fail "base layer $l was uploaded again"
done
n=$(uploads)
[ "$n" -ge 2 ] && [ "$n" -le 4 ] || fail "$n blob upload requests (want the patch layer and the config)"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20_fixed" > "$TMP/fixed.json" || fail "skopeo inspect fixed"
jq -e --arg d "$(jq -r .target.digest "$TMP/f1.json")" '.Digest == $d and (.Layers | length) == 3 and
	.Labels["io.drydock.patch"] != null' "$TMP/fixed.json" >/dev/null || fail "fixed image: $(jq -c '{Digest, Layers, Labels}' "$TMP/fixed.json")"
[ "$(skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20" | jq -r .Digest)" = "$orig" ] || fail "3.20 changed"
echo "ok pushed 3.20_fixed with $n blob uploads, base layers not re-sent"

# 2. a registry that refuses the tag: exit 3, the original untouched
PROXY_PORT_FILE=$TMP/proxy.port
python3 "$DD_SOURCE_DIR/tests/fix/refuse_proxy.py" "$REG_ADDR" "$PROXY_PORT_FILE" > "$TMP/proxy.log" 2>&1 &
cleanup_hooks+=("kill $! 2>/dev/null")
for _ in $(seq 1 100); do [ -s "$PROXY_PORT_FILE" ] && break; sleep 0.1; done
PROXY=127.0.0.1:$(cat "$PROXY_PORT_FILE")
rc=0
run_bounded 300 "$DRYDOCK" "${fix[@]}" --overwrite "$PROXY/team/alpine:3.20" > "$TMP/f2.json" 2> "$TMP/f2.err" || rc=$?
[ "$rc" = 3 ] || fail "refused push: exit $rc: $(cat "$TMP/f2.err")"
has -i "denied\|403" "$TMP/f2.err" || fail "the refusal is not named: $(cat "$TMP/f2.err")"
[ "$(skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20" | jq -r .Digest)" = "$orig" ] || fail "3.20 changed after a refused push"
echo "ok refused tag: exit 3, original untouched"

# 3. --overwrite, then a fix of the overwritten tag: still one patch layer
run_bounded 300 "$DRYDOCK" "${fix[@]}" --overwrite "$REG_ADDR/team/alpine:3.20" > "$TMP/f3.json" || fail "overwrite: exit $?"
jq -e --arg r "$REG_ADDR/team/alpine:3.20" '.target.ref == $r and .target.written' "$TMP/f3.json" >/dev/null || fail "overwrite target"
[ "$(skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20" | jq '.Layers | length')" = 3 ] || fail "overwrite: not 3 layers"
run_bounded 300 "$DRYDOCK" fix --db "$TMP/db" --sources "$TMP/sources" "${creds[@]}" --ids CVE-2025-26519 --format json \
	--overwrite "$REG_ADDR/team/alpine:3.20" > "$TMP/f4.json" || fail "re-fix: exit $?"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20" > "$TMP/refixed.json"
jq -e --argjson b "$(printf '%s\n' "${base[@]}" | jq -R . | jq -s .)" '(.Layers | length) == 3 and .Layers[0:2] == $b' \
	"$TMP/refixed.json" >/dev/null || fail "re-fix layers: $(jq -c .Layers "$TMP/refixed.json")"
jq -e '[.upgrades[].name] | sort == ["busybox","busybox-binsh","musl","musl-utils","ssl_client"]' "$TMP/f4.json" >/dev/null ||
	fail "re-fix upgrades: $(jq -c '[.upgrades[].name]' "$TMP/f4.json")"
echo "ok --overwrite and a re-fix keep one patch layer"
