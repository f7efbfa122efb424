#!/bin/bash
# DingTalk's 20 messages a minute, and a receiver that hangs: 22 scans
# (POST /images/scan of one image, each its own task and event) notify a
# DingTalk stand-in that answers errcode 130101 "send too fast" past 20
# messages in any 60 s, and an http notifier whose receiver accepts the
# connection and never answers. The 22 scans finish in seconds (emitting
# does not wait for receivers); the robot never sees a 21st message inside
# a minute, yet all 22 arrive (the last two after the minute); the hanging
# receiver's failure is a timeout in GET /notifiers. About 75 s: normal pass only.
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
notify_registry "library/alpine:3.19.4"
RECV_LOG=$TMP/hole.jsonl recv_start blackhole 0 x
hole=$RECV_PORT
RECV_LOG=$TMP/robot.jsonl
recv_start dingtalk 0 SECabc --cert "$TMP/tls/server.crt" --key "$TMP/tls/server.key"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "notify_backoff: {initial: 1s, max: 120s}" \
	"registries:" "  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/notifiers 201 -d "$(jq -n --arg u "https://127.0.0.1:$RECV_PORT/robot/send?access_token=t" --arg ca "$TMP/tls/ca.crt" \
	'{name: "ding", type: "dingtalk", url: $u, secret: "SECabc", ca_file: $ca, events: ["scan_completed"]}')"
api_ok POST /api/v1/notifiers 201 -d "{\"name\": \"hole\", \"type\": \"http\", \"url\": \"http://127.0.0.1:$hole/\", \"events\": [\"scan_completed\"]}"

t0=$(date +%s.%N)
tasks=()
for i in $(seq 1 22); do
	api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4"}'
	tasks+=("$(jq -r .task "$TMP/body")")
done
for t in "${tasks[@]}"; do wait_task "$t" 60; done
secs=$(echo "$(date +%s.%N) - $t0" | bc)
echo "ok 22 scans done in ${secs}s while a receiver hangs"
[ "$(echo "$secs < 15" | bc)" = 1 ] || fail "22 scans took ${secs}s: receivers slowed them"

# the hanging receiver holds its own sender for 15 s, not the robot's deliveries
recv_wait "[.[] | select(.ok)] | length >= 20" 5
sleep 2   # a 21st inside the minute would come now
jq -e -s '[.[] | select(.ok)] | length == 20' "$RECV_LOG" > /dev/null ||
	fail "more than 20 inside the minute: $(jq -c -s 'map({ok, errcode})' "$RECV_LOG")"
echo "ok 20 messages, then drydock holds the rest"
recv_wait '[.[] | select(.ok)] | length == 22' 70
jq -e -s 'all(.errcode == 0)' "$RECV_LOG" > /dev/null || fail "the robot said send too fast: $(jq -c -s 'map(.errcode)' "$RECV_LOG")"
echo "ok all 22 delivered, none refused as too fast"
api_ok GET /api/v1/notifiers/hole 200
jq -e '.pending == 22 and .failing >= 1 and (.last_error | test("timed out"))' "$TMP/body" > /dev/null ||
	fail "the hanging receiver: $(cat "$TMP/body")"
echo "ok the hanging receiver: $(jq -c '{pending, failing, last_error}' "$TMP/body")"
