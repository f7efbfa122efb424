#!/bin/bash
# drydock serve's API hygiene, without a registry: 401 without a token or
# with an unknown one, 403 for a read token on a write and for a webhook
# token on the API, 404 for an unknown route, 405 for a known path with
# another method, 400 for malformed JSON, 422 for unknown fields and wrong
# values, 400 naming the position of an invalid tag regex, 413 for a body
# over the bound (10 MB), every error with the {"error": {"code",
# "message"}} body; a token created while the service runs works at once;
# registries: config ones read-only, passwords write-only and sealed in the
# store when secret_key_file is set; a registry in both the config and the
# store stops the start; config errors name the key; --log-format json;
# HTTPS with tls_cert and tls_key.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_cmd curl
need_cmd jq

openssl rand -hex 32 > "$TMP/key" 2>/dev/null || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$TMP/key"
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/no.db" "secret_key_file: $TMP/key" "registries:" \
	"  - name: cfgreg" "    url: http://127.0.0.1:9" "    username: robot" "    password_env: DD_TEST_NO_SUCH_VAR"
ADMIN=$(serve_token admin)
READ=$(serve_token reader read)
HOOK=$(serve_token hook webhook)
SERVE_OPTS="--log-format json" serve_start "$SRV_CONFIG"
head -1 "$SRV_LOG" | jq -e '.level and .msg and .time' >/dev/null || fail "--log-format json: $(head -1 "$SRV_LOG")"
echo "ok JSON log lines"

err_body() { # STATUS CODE-PATTERN
	jq -e --arg c "$1" '.error.code | test($c)' "$TMP/body" >/dev/null && jq -e '.error.message | length > 0' "$TMP/body" >/dev/null ||
		fail "error body: $(head -c 400 "$TMP/body")"
}
TOKEN=""
api_ok GET /api/v1/rules 401; err_body unauthorized
TOKEN=not-a-token
api_ok GET /api/v1/rules 401; err_body unauthorized
TOKEN=$READ
api_ok GET /api/v1/rules 200
api_ok POST /api/v1/rules 403 -d '{}'; err_body forbidden
TOKEN=$HOOK
api_ok GET /api/v1/rules 403; err_body forbidden
TOKEN=$ADMIN
api_ok GET /api/v1/nothing-here 404; err_body not_found
api_ok DELETE /api/v1/quota 405; err_body method
api_ok POST /api/v1/rules 400 -d '{"name": "x",'; err_body malformed_json
api_ok POST /api/v1/rules 400; err_body bad_request
api_ok POST /api/v1/rules 422 -d '[1, 2]'; err_body invalid
api_ok POST /api/v1/rules 422 -d '{"name": "x", "registry": "cfgreg", "tag_regexp": ".*"}'; err_body unknown_field
has "tag_regexp" "$TMP/body" || fail "the unknown field is not named: $(cat "$TMP/body")"
api_ok POST /api/v1/rules 422 -d '{"name": "x", "registry": "nope"}'; err_body invalid
api_ok POST /api/v1/rules 422 -d '{"name": "x", "registry": "cfgreg", "cycle": "daily"}'; err_body invalid
api_ok POST /api/v1/rules 400 -d '{"name": "x", "registry": "cfgreg", "tag_regex": "^3\\.(19|20"}'; err_body bad_regex
has 'position 10' "$TMP/body" || fail "the regex error names no position: $(cat "$TMP/body")"
head -c 10000000 /dev/zero | tr '\0' ' ' > "$TMP/big"
api_ok POST /api/v1/rules 413 --data-binary @"$TMP/big"; err_body body_too_large
api_ok GET "/api/v1/tasks?limit=0" 400; err_body bad_request
api_ok GET /api/v1/tasks/99 404; err_body not_found
api_ok POST /api/v1/tasks/abc/cancel 404
echo "ok 401 403 404 405 400 422 413 with error bodies; the regex error names its position"

# rules CRUD and paging
for n in 1 2 3; do
	api_ok POST /api/v1/rules 201 -d "{\"name\": \"r$n\", \"registry\": \"cfgreg\", \"namespace\": \"team$n\", \"scanners\": [\"vuln\"]}"
done
api_ok GET "/api/v1/rules?limit=2" 200
jq -e '(.items | length) == 2 and .next_after == 2' "$TMP/body" >/dev/null || fail "page 1: $(cat "$TMP/body")"
api_ok GET "/api/v1/rules?limit=2&after=2" 200
jq -e '(.items | length) == 1 and .items[0].name == "r3" and .next_after == null and .items[0].tag_regex == ".*"' \
	"$TMP/body" >/dev/null || fail "page 2: $(cat "$TMP/body")"
api_ok PUT /api/v1/rules/3 200 -d '{"name": "r3b", "registry": "cfgreg", "repository": "team3/app", "tag_regex": "^v"}'
jq -e '.name == "r3b" and .repository == "team3/app"' "$TMP/body" >/dev/null || fail "put: $(cat "$TMP/body")"
api_ok DELETE /api/v1/rules/3 200
api_ok GET /api/v1/rules/3 404
echo "ok rules CRUD, paged"

# registries: config read-only, API ones with write-only sealed passwords
api_ok PUT /api/v1/registries/cfgreg 409 -d '{"url": "http://127.0.0.1:1"}'; err_body read_only
api_ok POST /api/v1/registries 409 -d '{"name": "cfgreg", "url": "http://127.0.0.1:1"}'
api_ok POST /api/v1/registries 422 -d '{"name": "bad name", "url": "http://127.0.0.1:1"}'
api_ok POST /api/v1/registries 422 -d '{"name": "x", "url": "ftp://h"}'
api_ok POST /api/v1/registries 422 -d '{"name": "x", "url": "http://h", "type": "nexus"}'
api_ok POST /api/v1/registries 201 -d '{"name": "apireg", "url": "http://127.0.0.1:1", "username": "u", "password": "Sup3r-Secret-Pw"}'
jq -e '.has_password == true and .source == "api" and (has("password") | not) and (has("secret") | not)' "$TMP/body" >/dev/null ||
	fail "created: $(cat "$TMP/body")"
api_ok GET /api/v1/registries 200
has Sup3r "$TMP/body" && fail "a password came back"
jq -e '[.items[].name] == ["cfgreg", "apireg"] and (.items[0].source == "config")' "$TMP/body" >/dev/null || fail "list: $(cat "$TMP/body")"
store_query "$TMP/data" "select * from registries" > "$TMP/rows"
has Sup3r "$TMP/rows" && fail "the password is in the store in clear"
has "v1:" "$TMP/rows" || fail "no sealed secret: $(cat "$TMP/rows")"
echo "ok registries: config read-only, password write-only and sealed at rest"

# a token made while the service runs works at once
TOKEN=$(serve_token late read)
api_ok GET /api/v1/quota 200
jq -e '.used == 0 and .limit == 10000' "$TMP/body" >/dev/null || fail "quota: $(cat "$TMP/body")"
"$DRYDOCK" token create --config "$SRV_CONFIG" late --role read > /dev/null 2> "$TMP/err" && fail "a second token 'late'"
has "exists already" "$TMP/err" || fail "duplicate token name: $(cat "$TMP/err")"
"$DRYDOCK" token create --config "$SRV_CONFIG" x --role root > /dev/null 2> "$TMP/err" && fail "role root accepted"
echo "ok token create while serving; duplicates and unknown roles refused"

# health: healthz answers, readyz says the advisory DB is missing
curl -s "$SRV_URL/healthz" | jq -e '.status == "ok"' >/dev/null || fail healthz
code=$(curl -s -o "$TMP/body" -w '%{http_code}' "$SRV_URL/readyz")
[ "$code" = 503 ] && err_body no_advisory_db
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on SIGTERM"
echo "ok healthz; readyz 503 without the advisory DB; SIGTERM exits 0"

# start-up errors name the key
bad() { # WANT-TEXT YAML...
	local want=$1 rc=0
	shift
	local store=()
	if [ "${DD_TEST_STORE:-sqlite}" = postgres ]; then   # the same store as the service's (@pg)
		serve_pg_store "$TMP/data"
		store=("store: \"$SERVE_PG_STORE\"")
	fi
	printf '%s\n' "data_dir: $TMP/data" "${store[@]}" "$@" > "$TMP/bad.yaml"
	timeout 20 "$DRYDOCK" serve --config "$TMP/bad.yaml" 2> "$TMP/err" || rc=$?
	[ "$rc" != 0 ] || fail "started with: $*"
	has -F -- "$want" "$TMP/err" || fail "want '$want' in: $(cat "$TMP/err")"
}
bad "workerz: unknown key" "workerz: 2"
bad "workers: must be a whole number" "workers: 0"
bad "max_task_duration: must be a duration" "max_task_duration: soon"
bad "registries[0].url" "registries:" "  - name: r" "    url: nope"
bad "registries[0].tpye: unknown key" "registries:" "  - name: r" "    url: http://h" "    tpye: harbor"
bad "registries[1].name: the same name twice" "registries:" "  - name: r" "    url: http://h" "  - name: r" "    url: http://i"
bad "tls_key" "tls_cert: /x.pem"
bad "registries[0].name: 'apireg' was also created through the API" "registries:" "  - name: apireg" "    url: http://h"
printf 'data_dir: [\n' > "$TMP/bad.yaml"
"$DRYDOCK" serve --config "$TMP/bad.yaml" 2> "$TMP/err" && fail "started with broken YAML"
has "line" "$TMP/err" || fail "YAML error: $(cat "$TMP/err")"
# a worker takes work from a shared store only (tests/server/scaleout.sh runs them on PostgreSQL)
if [ "${DD_TEST_STORE:-sqlite}" = sqlite ]; then
	printf '%s\n' "data_dir: $TMP/data" > "$TMP/worker.yaml"
	rc=0
	timeout 20 "$DRYDOCK" serve --config "$TMP/worker.yaml" --worker --listen 127.0.0.1:0 2> "$TMP/err" || rc=$?
	[ "$rc" != 0 ] || fail "--worker started on SQLite"
	has -F -- "--worker: the config's store is SQLite" "$TMP/err" || fail "--worker on SQLite: $(cat "$TMP/err")"
fi
echo "ok config errors name the key; a registry in both config and store stops the start; --worker needs a shared store"

# HTTPS with tls_cert and tls_key
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd openssl
reg_make_ca "$TMP/tls"
serve_config "$TMP/tls.yaml" "$TMP/data-tls" "$TMP/no.db" "tls_cert: $TMP/tls/server.crt" "tls_key: $TMP/tls/server.key"
SRV_LOG=$TMP/tls.log serve_start "$TMP/tls.yaml"
https=${SRV_URL/http:/https:}
curl -s --max-time 10 --cacert "$TMP/tls/ca.crt" "$https/healthz" | jq -e '.status == "ok"' >/dev/null || fail "no answer over HTTPS"
curl -s --max-time 5 "$SRV_URL/healthz" > /dev/null && fail "plain HTTP answered on the TLS listener"
grep -q 'tls=on' "$TMP/tls.log.cur" || fail "the log does not say TLS is on"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on SIGTERM (TLS)"
echo "ok HTTPS with tls_cert/tls_key"
