#!/bin/bash
# The OpenAPI document against a live service: GET /api/v1/openapi.json
# is docs/openapi.json; every documented operation answers (never the
# router's 404 "no such path" or 405) with its path parameters filled from
# real objects; every answer validates against the document's schemas
# (tests/server/openapi_check.py). Then 1000 concurrent connections
# delivering distinct push events (tests/server/concurrent_hooks.py): every
# one answered 202 (after retries of refused connections), exactly one task
# per event, nothing twice, the service alive.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
"$REG_PY" -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is missing (scripts/deps/server.txt)"
API_RECORD=$TMP/api.jsonl
imgs=$DD_SHARED_DIR/data/images/alpine
secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb
doc=$DD_SOURCE_DIR/docs/openapi.json

"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4"
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR" "    type: distribution"
TOKEN=$(serve_token admin)
HOOK=$(serve_token hook webhook)
serve_start "$SRV_CONFIG"

api_ok GET /api/v1/openapi.json 200
cmp -s "$TMP/body" "$doc" || fail "/api/v1/openapi.json is not docs/openapi.json"
TOKEN="" api_ok GET /api/v1/openapi.json 401

# objects for the path parameters
api_ok POST /api/v1/rules 201 -d '{"name": "all", "registry": "local", "namespace": "library", "on_push": true}'
rule=$(jq -r .id "$TMP/body")
api_ok POST "/api/v1/rules/$rule/scan" 202
task=$(jq -r .task "$TMP/body")
wait_task "$task" 120
api_ok POST /api/v1/registries 201 -d '{"name": "extra", "url": "http://127.0.0.1:9", "type": "distribution"}'
api_ok POST /api/v1/whitelists 201 -d '{"class": "secret", "id": "generic-password"}'
wl=$(jq -r .whitelist "$TMP/body")

bodies() { # a valid body per operation that takes one
	case "$1 $2" in
	"POST /api/v1/registries") echo '{"name": "more", "url": "http://127.0.0.1:9"}' ;;
	"PUT /api/v1/registries/{name}") echo '{"name": "extra", "url": "http://127.0.0.1:10", "type": "distribution"}' ;;
	"POST /api/v1/rules"|"PUT /api/v1/rules/{id}") echo '{"name": "r", "registry": "local", "repository": "library/alpine", "on_push": true}' ;;
	"POST /api/v1/images/scan") echo '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4"}' ;;
	"POST /api/v1/whitelists") echo '{"class": "vuln", "id": "CVE-2000-1"}' ;;
	"POST /api/v1/webhooks/distribution") echo '{"events": []}' ;;
	"POST /api/v1/webhooks/harbor") echo '{"type": "PULL_ARTIFACT"}' ;;
	*) echo '' ;;
	esac
}
n=0
# deletes last, so that the other operations find their objects
while read -r method path; do
	url=${path//\{name\}/extra}
	url=${url//\{whitelist\}/$wl}
	case $path in */tasks/*) url=${url//\{id\}/$task} ;; *) url=${url//\{id\}/$rule} ;; esac
	case $path in /api/v1/images/status|/api/v1/images/report) url="$url?registry=local&repository=library/alpine&tag=3.19.4" ;;
	/api/v1/images) url="$url?registry=local" ;; esac
	tok=$TOKEN
	case $path in /api/v1/webhooks/*) tok=$HOOK ;; esac
	body=$(bodies "$method" "$path")
	args=()
	[ -n "$body" ] && args=(-d "$body")
	code=$(TOKEN=$tok api "$method" "$url" "${args[@]}")
	if [ "$code" = 405 ] || { [ "$code" = 404 ] && jq -e '.error.message | startswith("no such path")' "$TMP/body" >/dev/null 2>&1; }; then
		fail "documented $method $path ($url) is not served: $code $(head -c 300 "$TMP/body")"
	fi
	n=$((n + 1))
done < <(jq -r '.paths | to_entries[] | .key as $p | .value | keys[] | select(. != "parameters") | "\(ascii_upcase) \($p)"' "$doc" |
	sort -k1,1 -s | awk '$1 != "DELETE"' ; jq -r '.paths | to_entries[] | .key as $p | .value | keys[] | select(. == "delete") | "DELETE \($p)"' "$doc")
[ "$n" -ge 28 ] || fail "only $n documented operations"
echo "ok all $n documented operations answer"

# ---- 1000 concurrent connections, each a distinct push event ----
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=3.19.4" 200
digest=$(jq -r .digest "$TMP/body")
api_ok GET "/api/v1/tasks?limit=1000" 200
before=$(jq '[.items[] | select(.kind == "push")] | length' "$TMP/body")
"$REG_PY" "$DD_SOURCE_DIR/tests/server/concurrent_hooks.py" "$SRV_URL" "$HOOK" 1000 "$digest" "$TMP/hooks.json" ||
	fail "concurrent webhooks: $(head -c 600 "$TMP/hooks.json")"
kill -0 "$SRV_PID" || fail "the service died under 1000 connections"
tasks=()
after=0
while :; do
	api_ok GET "/api/v1/tasks?limit=1000&after=$after" 200
	jq -r '.items[] | select(.kind == "push") | .id' "$TMP/body" >> "$TMP/push_ids"
	next=$(jq -r .next_after "$TMP/body")
	[ "$next" = null ] && break
	after=$next
done
total=$(sort -u "$TMP/push_ids" | wc -l)
[ "$total" = $((before + 1000)) ] || fail "$total push tasks after 1000 distinct events (had $before): lost or doubled"
jq -e '.tasks | length == 1000 and (unique | length) == 1000' "$TMP/hooks.json" >/dev/null || fail "task ids: not 1000 distinct"
echo "ok 1000 concurrent webhook deliveries: $(jq -r .summary "$TMP/hooks.json")"
api_ok GET /healthz 200

"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$doc" "$API_RECORD" || fail "answers that docs/openapi.json does not describe"
