#!/bin/bash
# A real docker-registry behind htpasswd Basic auth: Alpine 3.10.9 and
# 3.19.4 (umoci images of the minirootfs tarballs, pushed with skopeo) list
# exactly the packages of their lib/apk/db/installed, with credentials from
# --username/--password, DRYDOCK_USERNAME/DRYDOCK_PASSWORD, --authfile (base64
# "auth" and username/password forms, URL-shaped keys) and $DOCKER_CONFIG;
# wrong or missing credentials exit 3 with a message saying what to check.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_shared images/alpine
need_registry_tools
need_cmd umoci
need_cmd htpasswd
ALP=$DD_SHARED_DIR/data/images/alpine
reg_start htpasswd
for v in 3.10.9 3.19.4; do
	tgz=$ALP/alpine-minirootfs-$v-x86_64.tar.gz
	[ -f "$tgz" ] || skip "$tgz is absent"
	mkdir -p "$TMP/root-$v"
	tar -xzf "$tgz" -C "$TMP/root-$v" ./lib/apk/db/installed
	apk_db_tsv "$TMP/root-$v/lib/apk/db/installed" > "$TMP/expected-$v"
	reg_alpine_layout "$tgz" "$TMP/oci" "$v"
	reg_push "oci:$TMP/oci:$v" "test/alpine:$v"
done

check() {   # check VERSION LABEL [drydock options...]
	local v=$1 label=$2
	shift 2
	run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http "$@" "docker://$REG_ADDR/test/alpine:$v" ||
		fail "$label ($v): exit $?"
	packages_tsv "$TMP/out.json" > "$TMP/got"
	diff -u "$TMP/expected-$v" "$TMP/got" || fail "$label ($v): packages differ from lib/apk/db/installed"
	jq -e --arg v "$v" '.complete == true and .artifact.repository == "test/alpine" and .artifact.os.version == $v and
		(.artifact.digest | test("^sha256:[0-9a-f]{64}$"))' "$TMP/out.json" >/dev/null ||
		fail "$label ($v): report not complete, or repository/os/digest wrong"
	echo "ok $label $v ($(wc -l < "$TMP/got") packages)"
}

for v in 3.10.9 3.19.4; do
	check "$v" "--username/--password" --username "$REG_USER" --password "$REG_PASS"
done
DRYDOCK_USERNAME=$REG_USER DRYDOCK_PASSWORD=$REG_PASS check 3.19.4 "DRYDOCK_USERNAME/PASSWORD"

# the manifest digest is the registry's own
want=$(curl -s -u "$REG_USER:$REG_PASS" -o /dev/null -D - -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
	"http://$REG_ADDR/v2/test/alpine/manifests/3.19.4" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
[ "$(jq -r .artifact.digest "$TMP/out.json")" = "$want" ] || fail "manifest digest is not the registry's $want"
# and a by-digest reference reads the same image
run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http --username "$REG_USER" --password "$REG_PASS" \
	"docker://$REG_ADDR/test/alpine@$want" || fail "by digest: exit $?"
packages_tsv "$TMP/out.json" | diff -u "$TMP/expected-3.19.4" - || fail "by digest: packages differ"
echo "ok by digest"

auth=$(printf '%s:%s' "$REG_USER" "$REG_PASS" | base64 -w0)
printf '{"auths":{"http://%s/v2/":{"auth":"%s"}}}\n' "$REG_ADDR" "$auth" > "$TMP/auth-b64.json"
check 3.19.4 "--authfile (auth, URL key)" --authfile "$TMP/auth-b64.json"
printf '{"auths":{"other.example":{"auth":"eDp5"},"%s":{"username":"%s","password":"%s"}}}\n' \
	"$REG_ADDR" "$REG_USER" "$REG_PASS" > "$TMP/auth-up.json"
check 3.10.9 "--authfile (username/password)" --authfile "$TMP/auth-up.json"
mkdir -p "$TMP/dockercfg"
cp "$TMP/auth-b64.json" "$TMP/dockercfg/config.json"
DOCKER_CONFIG=$TMP/dockercfg check 3.10.9 "\$DOCKER_CONFIG/config.json"
mkdir -p "$TMP/home/.docker"
cp "$TMP/auth-up.json" "$TMP/home/.docker/config.json"
HOME=$TMP/home check 3.19.4 "~/.docker/config.json"

expect_auth_fail() {   # expect_auth_fail LABEL PATTERN [options...]
	local label=$1 pat=$2 rc=0
	shift 2
	run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/bad.json" --plain-http "$@" "docker://$REG_ADDR/test/alpine:3.19.4" \
		2> "$TMP/err" || rc=$?
	[ "$rc" = 3 ] || fail "$label: exit $rc, expected 3: $(cat "$TMP/err")"
	grep -qE "$pat" "$TMP/err" || fail "$label: message does not say '$pat': $(cat "$TMP/err")"
	[ ! -s "$TMP/bad.json" ] || fail "$label: a report was written"
	echo "ok $label: $(cat "$TMP/err")"
}
expect_auth_fail "wrong password" "registry $REG_ADDR refused credentials for repository test/alpine.*--username" \
	--username "$REG_USER" --password wrong
HOME=$TMP/nohome expect_auth_fail "no credentials" "registry $REG_ADDR requires credentials for repository test/alpine"
rc=0
"$DRYDOCK" sbom --plain-http --authfile "$TMP/missing.json" "docker://$REG_ADDR/test/alpine:3.19.4" 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] && grep -q "missing.json" "$TMP/err" || fail "missing --authfile: exit $rc: $(cat "$TMP/err")"
echo '{"auths":' > "$TMP/broken.json"
rc=0
"$DRYDOCK" sbom --plain-http --authfile "$TMP/broken.json" "docker://$REG_ADDR/test/alpine:3.19.4" 2> "$TMP/err" || rc=$?
[ "$rc" = 2 ] && grep -q "broken.json" "$TMP/err" || fail "malformed --authfile: exit $rc: $(cat "$TMP/err")"
echo "ok bad auth files exit 2"
