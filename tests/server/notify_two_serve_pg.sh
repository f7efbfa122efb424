#!/bin/bash
# Two `drydock serve` processes on one PostgreSQL database share one
# notification outbox (store_pg_notify.c: reading due rows claims them):
# a rule over 12 tags is scanned by both (their workers claim the items)
# while the receiver is down, so the dispatchers retry failing rows with a
# 1 s backoff. The receiver comes up holding its first request 5 s (the
# other process's dispatcher reads the outbox meanwhile); every event's key
# then arrives exactly once: no row is sent by both processes, none is lost.
# ctest-store: postgres   (runs once, on the run's cluster; its configs name the shared store)
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
N=12
tags=()
for i in $(seq 1 $N); do tags+=("library/app:$i"); done
notify_registry "${tags[@]}"
source "$DD_SOURCE_DIR/tests/lib/pg.sh"
unset DD_TEST_STORE   # both configs name one database themselves (serve_config would give each its own)
store=$(pg_new_db two_serve)
SECRET='s3cret: shared with the receiver'
port=$(reg_free_port)   # the receiver's, while nothing listens there

common=("store: \"$store\"" "workers: 2" "notify_backoff: {initial: 1s, max: 1s}" "registries:" "  - name: local"
	"    url: http://$REG_ADDR")
serve_config "$TMP/a.yaml" "$TMP/data-a" "$TMP/db" "${common[@]}"
serve_config "$TMP/b.yaml" "$TMP/data-b" "$TMP/db" "${common[@]}"
SRV_CONFIG=$TMP/a.yaml
TOKEN=$(serve_token admin)
SRV_LOG=$TMP/a.log serve_start "$TMP/a.yaml"
A_URL=$SRV_URL
SRV_LOG=$TMP/b.log serve_start "$TMP/b.yaml"
B_URL=$SRV_URL
SRV_URL=$A_URL
api_ok POST /api/v1/notifiers 201 -d "$(jq -n --arg u "http://127.0.0.1:$port/hook" --arg s "$SECRET" \
	'{name: "hook", type: "http", url: $u, secret: $s, events: ["scan_completed"]}')"
api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app", "notifiers": ["hook"]}'
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
SRV_URL=$B_URL wait_task "$task" 120
jq -e --argjson n $N '.state == "succeeded" and .done == $n' "$TMP/body" > /dev/null || fail "task: $(cat "$TMP/body")"
# the dispatchers meet the dead receiver (which process reads a round's
# due rows first is up to their ticks: often one does all the work)
for i in $(seq 1 100); do
	grep -q 'notification not delivered' "$TMP/a.log" "$TMP/b.log" && break
	sleep 0.1
done
fa=$(grep -c 'notification not delivered' "$TMP/a.log" || true)
fb=$(grep -c 'notification not delivered' "$TMP/b.log" || true)
[ $((fa + fb)) -gt 0 ] || fail "no delivery was tried while the receiver is down"
echo "ok $N items scanned by two processes; failed attempts while the receiver is down: a=$fa b=$fb"

# it holds its first request 5 s: the rows its sender read after that one
# stay claimed by that process, and the other one's dispatcher must not
# send them meanwhile
recv_start http "$port" "$SECRET" --hang 1
recv_up=$SECONDS
recv_wait "[.[] | select(.status == 200) | .key] | unique | length == $N" 60
# the held answer comes 5 s after its request: then every row is delivered
SRV_URL=$A_URL
for i in $(seq 1 300); do
	api_ok GET /api/v1/notifiers/hook 200
	jq -e --argjson n $N '.pending == 0 and .delivered == $n' "$TMP/body" > /dev/null && break
	sleep 0.1
done
jq -e --argjson n $N '.pending == 0 and .delivered == $n' "$TMP/body" > /dev/null || fail "GET /notifiers/hook: $(cat "$TMP/body")"
# a second send of a row, if any, comes by the time the held sender is
# answered and goes on: wait that out
while [ $((SECONDS - recv_up)) -lt 8 ]; do sleep 0.5; done
jq -e -s 'all(.[]; .ok)' "$RECV_LOG" > /dev/null || fail "a bad signature: $(jq -c -s 'map({key,ok,why})' "$RECV_LOG")"
dups=$(jq -s '[.[] | select(.status == 200) | .key] | group_by(.) | map(select(length > 1)) | length' "$RECV_LOG")
[ "$dups" = 0 ] || fail "$dups events delivered more than once: $(jq -c -s 'map({key,status})' "$RECV_LOG")"
echo "ok every one of $N events delivered exactly once ($(jq -s length "$RECV_LOG") requests) by two processes"
