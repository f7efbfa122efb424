#!/bin/bash
# DingTalk notifications end to end, on loopback: a robot stand-in over
# HTTPS with a throwaway CA (tests/lib/notify_receiver.py) checks the
# signature exactly as DingTalk's robot documentation states, computed
# there independently (timestamp + sign = urlencode(base64(HMAC-SHA256(
# secret, "timestamp\nsecret")))), and the markdown message. A scan of a
# real docker-registry image with a notifier holding a wrong secret: the
# robot refuses (errcode 310000 in an HTTP 200 body), the failure shows in
# GET /notifiers, the deliveries and the task log, and is retried; after a
# PUT with the right secret the same event (same id) goes through at once
# (not after its backoff, notify_backoff 3s..60s here), and its
# markdown carries the image, digest, counts by severity and class, top
# findings, blocked and the report link. Also: API checks (422/409/404), the
# test message, and an `https` notifier without ca_file failing certificate
# verification.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
notify_registry "library/alpine:3.19.4"
API_RECORD=$TMP/api.jsonl   # every answer, validated against docs/openapi.json at the end
SECRET=SEC0123456789abcdef+/=test
recv_start dingtalk 0 "$SECRET" --cert "$TMP/tls/server.crt" --key "$TMP/tls/server.key"
ROBOT="https://127.0.0.1:$RECV_PORT/robot/send?access_token=tok123"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 1" "notify_backoff: {initial: 3s, max: 60s}" \
	"public_url: https://drydock.example:8740/" "registries:" "  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
READ=$(serve_token reader read)
serve_start "$SRV_CONFIG"

# ---- the resource's checks ----
nt() { jq -n --arg u "$1" --arg s "$2" --arg ca "$TMP/tls/ca.crt" '{name: "ding", type: "dingtalk", url: $u, secret: $s, ca_file: $ca, events: ["scan_completed"]}'; }
api_ok POST /api/v1/notifiers 422 -d "$(nt "http://127.0.0.1:$RECV_PORT/robot/send" x)"
jq -e '.error.message | test("url")' "$TMP/body" > /dev/null || fail "http url for dingtalk: $(cat "$TMP/body")"
api_ok POST /api/v1/notifiers 422 -d "$(nt "$ROBOT" x | jq '.events = ["scan_done"]')"
jq -e '.error.message | test("scan_done")' "$TMP/body" > /dev/null || fail "unknown event: $(cat "$TMP/body")"
api_ok POST /api/v1/notifiers 422 -d "$(nt "$ROBOT" x | jq '.ca_file = "/nonexistent/ca.pem"')"
api_ok POST /api/v1/notifiers 422 -d "$(nt "$ROBOT" x | jq '.colour = "red"')"
TOKEN=$READ api_ok POST /api/v1/notifiers 403 -d "$(nt "$ROBOT" x)"
# a wrong secret first
api_ok POST /api/v1/notifiers 201 -d "$(nt "$ROBOT" SECwrong)"
jq -e '.has_secret == true and (has("secret") | not) and .pending == 0' "$TMP/body" > /dev/null || fail "created: $(cat "$TMP/body")"
api_ok POST /api/v1/notifiers 409 -d "$(nt "$ROBOT" SECwrong)"
api_ok POST /api/v1/notifiers/ding/test 502
jq -e '.error.code == "delivery_failed" and (.error.message | test("310000"))' "$TMP/body" > /dev/null ||
	fail "test message with a wrong secret: $(cat "$TMP/body")"
echo "ok notifier checks; the test message with a wrong secret is refused by the robot (310000)"

# ---- a scan: refused, visible, retried ----
api_ok POST /api/v1/rules 201 -d '{"name": "alp", "registry": "local", "repository": "library/alpine", "notifiers": ["ding"]}'
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
wait_task "$task" 120
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=3.19.4" 200
cp "$TMP/body" "$TMP/status"
digest=$(jq -r .digest "$TMP/status")
recv_wait '[.[] | select(.errcode == 310000 and .key != null and (.key | startswith("test-") | not))] | length >= 2' 30
key=$(jq -r -s '[.[] | select(.key != null and (.key | startswith("test-") | not))][0].key' "$RECV_LOG")
jq -e -s --arg k "$key" '[.[] | select(.key != null and (.key | startswith("test-") | not))] | all(.key == $k)' "$RECV_LOG" > /dev/null ||
	fail "retries carry another key: $(jq -c -s 'map(.key)' "$RECV_LOG")"
api_ok GET /api/v1/notifiers 200
jq -e '.items[0] | .pending == 1 and .failing == 1 and .delivered == 0 and (.last_error | test("310000"))' "$TMP/body" > /dev/null ||
	fail "failure not visible in GET /notifiers: $(cat "$TMP/body")"
api_ok GET /api/v1/notifiers/ding/deliveries 200
jq -e --arg k "$key" '.items | length == 1 and .[0].event_id == $k and .[0].state == "pending" and .[0].attempts >= 2 and .[0].task > 0' \
	"$TMP/body" > /dev/null || fail "deliveries: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$task/log" 200
grep -q 'notify: notifier ding: scan_completed not delivered (attempt 1, .*310000' "$TMP/body" ||
	fail "task log lacks the failure: $(cat "$TMP/body")"
echo "ok refused event $key retried $(jq -s '[.[] | select(.key != null and (.key | startswith("test-") | not))] | length' "$RECV_LOG") times, visible in the API and the task log"

# ---- the secret fixed: the same event goes through ----
# the row's next try is 3-6 s away (backoff); a changed notifier is tried at once
api_ok PUT /api/v1/notifiers/ding 200 -d "$(nt "$ROBOT" "$SECRET" | jq 'del(.name)')"
recv_wait '[.[] | select(.ok)] | length >= 1' 2
jq -s -c --arg k "$key" '[.[] | select(.ok and .key == $k)][0]' "$RECV_LOG" > "$TMP/good"
[ -s "$TMP/good" ] && [ "$(cat "$TMP/good")" != null ] || fail "the accepted message is not event $key"
jq -r '.body | fromjson | .markdown.text' "$TMP/good" > "$TMP/md"
jq -r '.body | fromjson | .markdown.title' "$TMP/good" > "$TMP/title"
grep -q 'drydock: scan completed local/library/alpine:3.19.4' "$TMP/title" || fail "title: $(cat "$TMP/title")"
grep -qF "**Image:** local/library/alpine:3.19.4" "$TMP/md" || fail "markdown image: $(cat "$TMP/md")"
grep -qF "**Digest:** $digest" "$TMP/md" || fail "markdown digest: $(cat "$TMP/md")"
sev=$(jq -r '.summary | "critical \(.critical), high \(.high), medium \(.medium), low \(.low), unknown \(.unknown)"' "$TMP/status")
grep -qF "**Severity:** $sev" "$TMP/md" || fail "markdown counts, want '$sev': $(cat "$TMP/md")"
grep -qE '^\*\*Classes:\*\* os-vuln [0-9]+, app-vuln [0-9]+, secret [0-9]+' "$TMP/md" || fail "markdown classes: $(cat "$TMP/md")"
total=$(jq '[.summary | del(.by_class)[]] | add' "$TMP/status")
if [ "$total" -gt 0 ]; then
	worst=$(jq -r '[.summary | del(.by_class) | to_entries[] | select(.value > 0)][0].key' "$TMP/status")
	grep -qE "^- $worst [^ ]+" "$TMP/md" || fail "markdown top findings (worst $worst): $(cat "$TMP/md")"
fi
grep -qF '**Blocked:** no' "$TMP/md" || fail "markdown blocked: $(cat "$TMP/md")"
grep -qF '[Report](https://drydock.example:8740/api/v1/images/report?registry=local&repository=library/alpine&tag=3.19.4&format=html)' "$TMP/md" ||
	fail "markdown link: $(cat "$TMP/md")"
sleep 1.5   # a delivered row is not sent again
[ "$(jq -s '[.[] | select(.ok)] | length' "$RECV_LOG")" = 1 ] || fail "delivered more than once: $(jq -c -s 'map({key,ok})' "$RECV_LOG")"
api_ok GET /api/v1/notifiers/ding 200
jq -e '.pending == 0 and .delivered == 1 and .has_secret and .last_delivered_at != null' "$TMP/body" > /dev/null ||
	fail "after the fix: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$task/log" 200
grep -q 'notify: notifier ding: scan_completed delivered (event '"$key"') after [0-9]* attempts' "$TMP/body" ||
	fail "task log lacks the delivery: $(cat "$TMP/body")"
echo "ok after PUT with the right secret: event $key delivered once; markdown: $sev, blocked no, report link"
api_ok POST /api/v1/notifiers/ding/test 200
recv_wait '[.[] | select(.ok and (.body | fromjson | .markdown.title | test("test message")))] | length == 1' 10

# ---- https: certificate verification is on ----
api_ok POST /api/v1/notifiers 201 -d "{\"name\": \"hook\", \"type\": \"https\", \"url\": \"https://127.0.0.1:$RECV_PORT/hook\", \"events\": [\"image_blocked\"]}"
api_ok POST /api/v1/notifiers/hook/test 502
jq -e '.error.message | test("TLS: .*ca_file")' "$TMP/body" > /dev/null || fail "https without ca_file: $(cat "$TMP/body")"
api_ok PUT /api/v1/notifiers/hook 422 -d "{\"type\": \"http\", \"url\": \"https://127.0.0.1:$RECV_PORT/hook\"}"
api_ok DELETE /api/v1/notifiers/hook 200
api_ok GET /api/v1/notifiers/hook 404
api_ok DELETE /api/v1/notifiers/hook 404
echo "ok https without the CA fails verification; delete"
"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
echo "ok $(wc -l < "$API_RECORD") answers validate against docs/openapi.json"

kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "drydock serve exited $? on SIGTERM (under ASan: a leak or an error in its log)"
echo "ok SIGTERM: a clean stop"

# ---- config: notify_backoff is checked at start ----
serve_config "$TMP/bad.yaml" "$TMP/data2" "$TMP/db" "notify_backoff: {initial: 10s, max: 2s}"
run 2 serve --config "$TMP/bad.yaml"
err_has "notify_backoff"
serve_config "$TMP/bad.yaml" "$TMP/data2" "$TMP/db" "notify_backoff: {first: 1s}"
run 2 serve --config "$TMP/bad.yaml"
err_has "notify_backoff"
echo "ok a bad notify_backoff stops the start, naming the key"
