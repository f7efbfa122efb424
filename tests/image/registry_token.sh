#!/bin/bash
# A real docker-registry behind the Bearer-token flow (auth: token:, our
# token server signing RS256 JWTs with the key of the registry's
# rootcertbundle): drydock follows the challenge to the realm, fetches a
# token with Basic credentials (or the authfile's identitytoken, as an
# OAuth2 refresh token), fetches it once per scan for all requests, and
# lists exactly the image's apk packages. A refused token exits 3.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_registry_tools
reg_token_alpine team/alpine:3.19

scan() {   # scan LABEL [options...]
	local label=$1
	shift
	: > "$REG_TOKEN_LOG"
	run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --plain-http "$@" "docker://$REG_ADDR/team/alpine:3.19" ||
		fail "$label: exit $?"
	packages_tsv "$TMP/out.json" | diff -u "$TMP/expected" - || fail "$label: packages differ from lib/apk/db/installed"
	jq -e '.complete == true and .artifact.repository == "team/alpine"' "$TMP/out.json" >/dev/null || fail "$label: report wrong"
	echo "ok $label ($(wc -l < "$TMP/expected") packages; token requests: $(grep -c . "$REG_TOKEN_LOG"))"
}
reg_log_mark
scan "Basic credentials to the realm" --username "$REG_USER" --password "$REG_PASS"
[ "$(grep -c 'scope=repository:team/alpine:pull user=drydock status=200' "$REG_TOKEN_LOG")" = 1 ] ||
	fail "expected exactly one token fetch for scope repository:team/alpine:pull: $(cat "$REG_TOKEN_LOG")"
# one 401 (the challenge), then everything with the token
[ "$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -c '"GET /v2/[^"]*" 401')" = 1 ] || fail "more than one 401 from the registry"

printf '{"auths":{"%s":{"auth":"","identitytoken":"drydock-identity-token"}}}\n' "$REG_ADDR" > "$TMP/idtoken.json"
scan "identitytoken (refresh-token grant)" --authfile "$TMP/idtoken.json"
grep -q '^POST scope=repository:team/alpine:pull status=200' "$REG_TOKEN_LOG" || fail "identitytoken did not use the refresh-token POST"

rc=0
: > "$REG_TOKEN_LOG"
run_bounded 60 "$DRYDOCK" sbom --plain-http --username "$REG_USER" --password nope "docker://$REG_ADDR/team/alpine:3.19" \
	> /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] || fail "wrong password: exit $rc: $(cat "$TMP/err")"
grep -q "registry $REG_ADDR refused credentials for repository team/alpine.*token service.*--username" "$TMP/err" ||
	fail "wrong password: unclear message: $(cat "$TMP/err")"
echo "ok wrong password: $(cat "$TMP/err")"
rc=0
HOME=$TMP/nohome run_bounded 60 "$DRYDOCK" sbom --plain-http "docker://$REG_ADDR/team/alpine:3.19" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] && grep -q "refused anonymous access to repository team/alpine" "$TMP/err" ||
	fail "anonymous: exit $rc: $(cat "$TMP/err")"
echo "ok anonymous: $(cat "$TMP/err")"
