#!/bin/bash
# Docker credential helpers against a real docker-registry behind the
# Bearer-token flow: a config.json naming a helper (credHelpers for the
# registry, else credsStore) makes drydock run `docker-credential-NAME get`
# from PATH with the registry on stdin, as docker does; Username/Secret
# answers are Basic credentials for the token realm, a "<token>" username
# is an identity token (OAuth2 refresh-token grant). A helper that has
# nothing for the registry falls back to the auths entry; a missing,
# failing, hanging or badly named helper is a clear error, never a silent
# anonymous scan.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_registry_tools
reg_token_alpine team/alpine:3.19

# fake helpers: each logs its argument and stdin, then answers
bin=$TMP/bin
mkdir -p "$bin"
helper() {   # helper NAME BODY
	printf '#!/bin/sh\nread -r server\necho "$0 $1 $server" >> %s/helper.log\n%s\n' "$TMP" "$2" > "$bin/docker-credential-$1"
	chmod 755 "$bin/docker-credential-$1"
}
helper basic "printf '{\"ServerURL\":\"%s\",\"Username\":\"$REG_USER\",\"Secret\":\"$REG_PASS\"}' \"\$server\""
helper idtoken "printf '{\"ServerURL\":\"%s\",\"Username\":\"<token>\",\"Secret\":\"drydock-identity-token\"}' \"\$server\""
helper none "echo 'credentials not found in native keychain'; exit 1"
helper broken "echo 'keychain is locked' >&2; exit 4"
helper hang "sleep 30 & echo \$! > $TMP/hang.pid; wait"
helper huge "head -c 70000 /dev/zero | tr '\\\\0' x"
helper wrong "printf '{\"Username\":\"$REG_USER\",\"Secret\":\"nope\"}'"
export PATH="$bin:$PATH"

cfg() {   # cfg JSON: writes $TMP/cfg/config.json
	mkdir -p "$TMP/cfg"
	printf '%s\n' "$1" > "$TMP/cfg/config.json"
}
scan() {   # scan LABEL [options...]
	local label=$1
	shift
	: > "$REG_TOKEN_LOG"
	: > "$TMP/helper.log"
	DOCKER_CONFIG=$TMP/cfg run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http "$@" \
		"docker://$REG_ADDR/team/alpine:3.19" 2> "$TMP/err" || fail "$label: exit $?: $(cat "$TMP/err")"
	packages_tsv "$TMP/out.json" | diff -u "$TMP/expected" - || fail "$label: packages differ from lib/apk/db/installed"
	jq -e '.complete == true' "$TMP/out.json" >/dev/null || fail "$label: report incomplete"
	echo "ok $label (helper calls: $(grep -c . "$TMP/helper.log"))"
}
fails() {   # fails LABEL EXIT PATTERN [options...]
	local label=$1 want=$2 pat=$3 rc=0
	shift 3
	: > "$TMP/helper.log"
	DOCKER_CONFIG=$TMP/cfg run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/bad.json" --plain-http "$@" \
		"docker://$REG_ADDR/team/alpine:3.19" 2> "$TMP/err" || rc=$?
	[ "$rc" = "$want" ] || fail "$label: exit $rc, expected $want: $(cat "$TMP/err")"
	grep -qE -- "$pat" "$TMP/err" || fail "$label: message does not say '$pat': $(cat "$TMP/err")"
	[ ! -s "$TMP/bad.json" ] || fail "$label: a report was written"
	echo "ok $label: $(cat "$TMP/err")"
}

cfg "{\"credHelpers\":{\"$REG_ADDR\":\"basic\"},\"credsStore\":\"broken\"}"
scan "credHelpers for the registry (Basic credentials to the realm)"
[ "$(cat "$TMP/helper.log")" = "$bin/docker-credential-basic get $REG_ADDR" ] ||
	fail "the helper was not run once as 'docker-credential-basic get' with the registry on stdin: $(cat "$TMP/helper.log")"
grep -q 'scope=repository:team/alpine:pull user=drydock status=200' "$REG_TOKEN_LOG" ||
	fail "the helper's credentials did not reach the token realm: $(cat "$REG_TOKEN_LOG")"

cfg "{\"credHelpers\":{\"other.example\":\"broken\"},\"credsStore\":\"idtoken\"}"
scan "credsStore answering an identity token"
grep -q '^POST scope=repository:team/alpine:pull status=200' "$REG_TOKEN_LOG" ||
	fail "the helper's identity token did not use the refresh-token POST: $(cat "$REG_TOKEN_LOG")"

auth=$(printf '%s:%s' "$REG_USER" "$REG_PASS" | base64 -w0)
cfg "{\"credsStore\":\"none\",\"auths\":{\"$REG_ADDR\":{\"auth\":\"$auth\"}}}"
scan "a helper without credentials for the registry falls back to auths"
[ "$(grep -c . "$TMP/helper.log")" = 1 ] || fail "the helper was not asked first"

cfg "{\"credsStore\":\"broken\"}"
scan "--username/--password win over the helper" --username "$REG_USER" --password "$REG_PASS"
[ ! -s "$TMP/helper.log" ] || fail "a helper ran although --username was given"

cfg "{\"credsStore\":\"none\"}"
fails "a helper with nothing and no auths entry: anonymous, refused" 3 "refused anonymous access to repository team/alpine"
cfg "{\"credsStore\":\"absent\"}"
fails "a helper not on PATH" 2 "docker-credential-absent is not on PATH .*install it"
cfg "{\"credsStore\":\"broken\"}"
fails "a failing helper" 3 "credential helper docker-credential-broken failed for $REG_ADDR \(exit 4\): keychain is locked"
cfg "{\"credsStore\":\"wrong\"}"
fails "a helper with a wrong password" 3 "refused credentials for repository team/alpine"
cfg "{\"credsStore\":\"huge\"}"
fails "a helper answering more than 64 KiB" 3 "docker-credential-huge answered more than 65536 bytes"
cfg "{\"credHelpers\":{\"$REG_ADDR\":\"../../bin/sh\"}}"
fails "a helper name with a path" 2 "is not a plain name"
[ ! -s "$TMP/helper.log" ] || fail "something ran for a path-shaped helper name"
cfg "{\"credsStore\":\"hang\"}"
start=$(date +%s)
DRYDOCK_CREDENTIAL_HELPER_TIMEOUT=1 fails "a hanging helper is killed" 3 "did not answer for $REG_ADDR within 1 s"
[ $(($(date +%s) - start)) -lt 10 ] || fail "the hanging helper held the scan for $(($(date +%s) - start)) s"
sleep 0.5
[ -s "$TMP/hang.pid" ] || fail "the hanging helper did not start its child"
# gone, or a zombie waiting for init to reap it
state=$(ps -o stat= -p "$(cat "$TMP/hang.pid")" 2>/dev/null || true)
[ -z "$state" ] || [[ $state == Z* ]] || fail "the hanging helper's child outlived the scan (state $state)"
echo "ok the hanging helper's process group is gone"
