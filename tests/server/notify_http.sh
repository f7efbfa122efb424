#!/bin/bash
# HTTP notifications are delivered at least once, on loopback: a rule over
# 5 tags of a real docker-registry image sends 5 scan_completed events to a
# webhook whose receiver (tests/lib/notify_receiver.py) verifies
# X-Drydock-Signature. The receiver is down for NOTIFY_DOWN seconds (30 by
# default; notify_http_short.sh runs 5 for the ASan pass) with a short
# notify_backoff: the scans do not wait for it, the failures show in the
# API and the task log, and drydock is killed (-9) and restarted while it
# is down. Then the receiver comes up holding the first request without an
# answer while drydock is killed once more. After the last restart every
# event's Idempotency-Key has arrived, each with a valid signature, and
# every duplicate (the held request's, at least) carries the same key and
# the same body bytes. A notifier with the wrong secret is refused by the
# receiver (401).
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
notify_registry library/app:{1..5}
DOWN=${NOTIFY_DOWN:-30}
API_RECORD=$TMP/api.jsonl
SECRET='s3cret: shared with the receiver'
port=$(reg_free_port)   # the receiver's, while nothing listens there

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "notify_backoff: {initial: 1s, max: 3s}" \
	"registries:" "  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
hook() { jq -n --arg n "$1" --arg u "http://127.0.0.1:$port/hook" --arg s "$2" '{name: $n, type: "http", url: $u, secret: $s, events: ["scan_completed"]}'; }
api_ok POST /api/v1/notifiers 201 -d "$(hook hook "$SECRET")"
api_ok POST /api/v1/notifiers 201 -d "$(hook other "$SECRET" | jq '.events = ["image_blocked"]')"
api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app", "notifiers": ["hook", "other"]}'
t0=$(date +%s.%N)
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
wait_task "$task" 120
t1=$(date +%s.%N)
jq -e '.state == "succeeded" and .done == 5' "$TMP/body" > /dev/null || fail "task: $(cat "$TMP/body")"
echo "ok 5 items scanned in $(echo "$t1 - $t0" | bc)s with the receiver down"
down_since=$(date +%s)

for i in $(seq 1 100); do
	api_ok GET /api/v1/notifiers/hook 200
	jq -e '.failing >= 1' "$TMP/body" > /dev/null && break
	sleep 0.1
done
jq -e '.pending == 5 and .delivered == 0 and .failing >= 1 and (.last_error | test("onnect"))' "$TMP/body" > /dev/null ||
	fail "GET /notifiers/hook while the receiver is down: $(cat "$TMP/body")"
cp "$TMP/body" "$TMP/down"
api_ok GET /api/v1/notifiers/other 200
jq -e '.pending == 0' "$TMP/body" > /dev/null || fail "a notifier without scan_completed got rows: $(cat "$TMP/body")"
api_ok GET "/api/v1/notifiers/hook/deliveries?limit=2" 200
jq -e '(.items | length) == 2 and .next_after != null and all(.items[]; .state == "pending" and .event == "scan_completed")' \
	"$TMP/body" > /dev/null || fail "deliveries page: $(cat "$TMP/body")"
api_ok GET /api/v1/notifiers/hook/deliveries 200
jq -r '.items[].event_id' "$TMP/body" | sort > "$TMP/keys"
[ "$(sort -u "$TMP/keys" | wc -l)" = 5 ] || fail "5 distinct event ids expected: $(cat "$TMP/keys")"
api_ok GET "/api/v1/tasks/$task/log" 200
grep -q 'notify: notifier hook: scan_completed not delivered (attempt 1, next try in' "$TMP/body" ||
	fail "task log lacks the failure: $(cat "$TMP/body")"
echo "ok the failures are visible: $(jq -c '{pending, failing, last_error}' "$TMP/down")"

# kill -9 while the receiver is down; the rows survive
kill -9 "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
serve_start "$SRV_CONFIG"
api_ok GET /api/v1/notifiers/hook 200
jq -e '.pending == 5' "$TMP/body" > /dev/null || fail "after kill -9: $(cat "$TMP/body")"
left=$((down_since + DOWN - $(date +%s)))
[ "$left" -gt 0 ] && sleep "$left"
echo "ok the receiver was down $(( $(date +%s) - down_since ))s (a kill -9 and a restart in between)"

# the receiver comes up and holds the first request; drydock dies meanwhile
recv_start http "$port" "$SECRET" --hang 1
recv_wait 'length >= 1' 15
kill -9 "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
held=$(jq -r -s '.[0].key' "$RECV_LOG")
serve_start "$SRV_CONFIG"
recv_wait '[.[] | select(.status == 200) | .key] | unique | length == 5' 30
for i in $(seq 1 50); do
	api_ok GET /api/v1/notifiers/hook 200
	jq -e '.pending == 0' "$TMP/body" > /dev/null && break
	sleep 0.1
done
jq -e '.pending == 0 and .delivered == 5 and .failing == 0' "$TMP/body" > /dev/null || fail "after delivery: $(cat "$TMP/body")"

jq -r -s '.[].key' "$RECV_LOG" | sort -u > "$TMP/got"
cmp -s "$TMP/keys" "$TMP/got" || fail "keys: stored $(cat "$TMP/keys" | tr '\n' ' ') received $(cat "$TMP/got" | tr '\n' ' ')"
jq -e -s 'all(.ok)' "$RECV_LOG" > /dev/null || fail "a signature did not verify: $(jq -c -s 'map({key,why})' "$RECV_LOG")"
jq -e -s 'group_by(.key) | all((map(.sha256) | unique | length) == 1)' "$RECV_LOG" > /dev/null ||
	fail "a duplicate carries another body: $(jq -c -s 'map({key,sha256})' "$RECV_LOG")"
jq -e -s 'all(.body | fromjson | .id == .id and (.event == "scan_completed") and .image.registry == "local"
	and (.image.tag | test("^[1-5]$")) and (.image.digest | startswith("sha256:")) and .blocked == false
	and (.summary | has("critical")) and (.occurred_at | test("Z$"))
	and (.report_url | test("^http://127\\.0\\.0\\.1:[1-9][0-9]*/api/v1/images/report\\?registry=local&repository=library/app&tag=[1-5]&format=html$")))' \
	"$RECV_LOG" > /dev/null ||
	fail "bodies: $(jq -s -c 'map(.body | fromjson | del(.top_findings))' "$RECV_LOG" | head -c 1500)"
jq -e -s 'all(.key == (.body | fromjson | .id))' "$RECV_LOG" > /dev/null || fail "Idempotency-Key is not the body's id"
dups=$(jq -s --arg k "$held" '[.[] | select(.key == $k)] | length' "$RECV_LOG")
[ "$dups" -ge 2 ] || fail "the request held across kill -9 arrived $dups time(s), want a redelivery"
echo "ok all 5 keys arrived ($(jq -s length "$RECV_LOG") requests), signatures valid; the held one $dups times with the same key and body"

curl -s "$SRV_URL/metrics" > "$TMP/metrics"
has -E '^drydock_notifications_total\{type="http",result="delivered"\} [5-9]$' "$TMP/metrics" ||
	fail "metrics: $(grep notifications "$TMP/metrics")"

# the receiver refuses a wrong signature
api_ok POST /api/v1/notifiers 201 -d "$(hook wrong "not the secret")"
api_ok POST /api/v1/notifiers/wrong/test 502
jq -e '.error.message | test("HTTP 401")' "$TMP/body" > /dev/null || fail "wrong secret: $(cat "$TMP/body")"
jq -e -s '[.[] | select(.why == "bad signature")] | length == 1' "$RECV_LOG" > /dev/null || fail "the receiver did not see the bad signature"
echo "ok a wrong secret is refused by the receiver (401)"
"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "drydock serve exited $? on SIGTERM (under ASan: a leak or an error in its log)"
echo "ok SIGTERM: a clean stop"
