#!/bin/bash
# Tokens listed and revoked while the service runs: `drydock token list`
# shows each token's name, role, creation time and live console sessions
# (never a token or its hash); `drydock token revoke NAME` deletes the
# token and ends the console sessions it opened in one transaction, so the
# Bearer token and the session cookie are both refused (401) from the next
# request on, while other tokens and their sessions keep working; an
# unknown name fails naming `token list`; the name can be used again and
# the old token stays dead. Runs on SQLite and, as @pg, on PostgreSQL.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_cmd curl
need_cmd jq

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/no.db"
OPS=$(serve_token ops admin)
CI=$(serve_token ci read)
serve_start "$SRV_CONFIG"

login() { # TOKEN: prints the session id
	curl -s -D - -o /dev/null -X POST -d "{\"token\": \"$1\"}" "$SRV_URL/api/v1/session" | tr -d '\r' |
		sed -nE 's/^[Ss]et-[Cc]ookie: dd_session=([0-9a-f]+).*/\1/p'
}
with_cookie() { TOKEN="" api GET /api/v1/rules -b "dd_session=$1"; }

ops_sid=$(login "$OPS")
ci_sid=$(login "$CI")
[ -n "$ops_sid" ] && [ -n "$ci_sid" ] || fail "console login failed"
[ "$(with_cookie "$ops_sid")" = 200 ] || fail "the ops session is refused before the revoke"

"$DRYDOCK" token list --config "$SRV_CONFIG" --format json > "$TMP/list.json" || fail "token list failed"
jq -e 'length == 2 and (map(.name) == ["ci", "ops"]) and (map(.role) == ["read", "admin"]) and
	all(.sessions == 1 and (.created_at | length) > 0)' "$TMP/list.json" > /dev/null || fail "token list: $(cat "$TMP/list.json")"
"$DRYDOCK" token list --config "$SRV_CONFIG" > "$TMP/list.txt" || fail "token list (table) failed"
head -1 "$TMP/list.txt" | has -E '^NAME +ROLE +CREATED +SESSIONS$' || fail "table header: $(head -1 "$TMP/list.txt")"
has -E '^ops +admin .* 1$' "$TMP/list.txt" || fail "table row: $(cat "$TMP/list.txt")"
! grep -E "ddt_|${OPS#ddt_}|[0-9a-f]{64}" "$TMP/list.txt" "$TMP/list.json" || fail "token list shows a token or a hash"
echo "ok token list: names, roles, creation times, one live session each, no secrets"

"$DRYDOCK" token revoke --config "$SRV_CONFIG" ops 2> "$TMP/revoke.err" || fail "revoke: $(cat "$TMP/revoke.err")"
has "revoked token 'ops'; 1 console session ended" "$TMP/revoke.err" || fail "revoke said: $(cat "$TMP/revoke.err")"
TOKEN=$OPS api_ok GET /api/v1/rules 401
[ "$(with_cookie "$ops_sid")" = 401 ] || fail "the revoked token's session still gets in"
TOKEN=$CI api_ok GET /api/v1/rules 200
[ "$(with_cookie "$ci_sid")" = 200 ] || fail "another token's session was ended"
[ -z "$(login "$OPS")" ] || fail "a revoked token opened a console session"
echo "ok revoked while serving: the Bearer token and its session refused at once, the other token and session kept"

set +e
"$DRYDOCK" token revoke --config "$SRV_CONFIG" nobody 2> "$TMP/unknown.err"
rc=$?
set -e
[ "$rc" != 0 ] || fail "revoking an unknown token succeeded"
has "no token is named 'nobody' (drydock token list names them)" "$TMP/unknown.err" || fail "unknown: $(cat "$TMP/unknown.err")"
"$DRYDOCK" token list --config "$SRV_CONFIG" --format json | jq -e 'map(.name) == ["ci"]' > /dev/null || fail "ops still listed"

OPS2=$(serve_token ops admin)
TOKEN=$OPS2 api_ok GET /api/v1/rules 200
TOKEN=$OPS api_ok GET /api/v1/rules 401
echo "ok an unknown name fails (exit $rc); the name is free again and the old token stays refused"
