#!/bin/bash
# drydock serve survives its own death: `kill -9` in the middle of a task
# of 10 images (10 digests), then a restart: the task completes, every
# item once (10 items succeeded, 10 stored scans, quota used 10, no item
# run twice but the one that was running); SIGTERM while a task runs exits
# 0 within shutdown_grace, and after a restart the requeued items finish;
# POST /tasks/{id}/cancel stops the running scan and the queued items.
# Real docker-registry on loopback; images are Alpine 3.19.4 plus one layer
# of random bytes each (a distinct digest, and a scan that takes a while).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_alpine_setup
# IMAGES REPO N BYTES: N images REPO:1..N, each with its own random layer
images() {
	local repo=$1 n=$2 bytes=$3 i
	for i in $(seq 1 "$n"); do
		reg_random_image "$TMP/oci" base "$repo-$i" "$bytes"
		reg_push "oci:$TMP/oci:$repo-$i" "library/$repo:$i"
	done
}
images app 10 8000000
images late 6 6000000
images cancel 12 200000
echo "ok 28 images of distinct digests pushed"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 1" "shutdown_grace: 1s" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app", "scanners": ["vuln", "secret"]}'
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$task" 200
	[ "$(jq .done "$TMP/body")" -ge 1 ] && break   # the first scan also compiles the rules: later ones are fast
	sleep 0.02
done
kill -9 "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
done_before=$(jq .done "$TMP/body")
[ "$done_before" -lt 10 ] || fail "the task finished before the kill: make the images bigger"
echo "ok killed with $done_before of 10 done"

serve_start "$SRV_CONFIG"
grep -q 'queued again' "$SRV_LOG.cur" || echo "(no item was running at the kill)"
wait_task "$task" 180
jq -e '.state == "succeeded" and .total == 10 and .done == 10 and .failed == 0 and
	([.items[].state] | all(. == "succeeded")) and ([.items[].attempts] | max) <= 2 and
	([.items[] | select(.attempts == 2)] | length) <= 1' "$TMP/body" >/dev/null ||
	fail "after the restart: $(jq -c '{state,total,done,failed,items:[.items[]|{tag,state,attempts,error}]}' "$TMP/body")"
curl -s "$SRV_URL/metrics" > "$TMP/metrics"
has -E '^drydock_scans_stored 10$' "$TMP/metrics" || fail "stored scans: $(grep stored "$TMP/metrics")"
api_ok GET /api/v1/quota 200
jq -e '.used == 10' "$TMP/body" >/dev/null || fail "quota: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$task/log" 200
[ "$(grep -c ' scanned: complete' "$TMP/body")" = 10 ] || [ "$(grep -cE ' (scanned|reuse): ' "$TMP/body")" = 10 ] ||
	fail "log: $(cat "$TMP/body")"
echo "ok after kill -9 and a restart: 10 items succeeded once, 10 stored scans, quota 10"

# SIGTERM while a scan runs: exit 0 within the grace, the rest finish after
# a restart. shutdown_grace 0s: the running scan is stopped at once and requeued.
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on SIGTERM"
sed -i 's/^shutdown_grace: .*/shutdown_grace: 0s/' "$SRV_CONFIG"
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d '{"name": "late", "registry": "local", "repository": "library/late", "scanners": ["vuln", "secret"]}'
api_ok POST /api/v1/rules/2/scan 202
t2=$(jq -r .task "$TMP/body")
# (once a scan after the first has started and not ended)
seen=""
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$t2/log" 200
	started=$(grep -c ' scan: pulling' "$TMP/body" || true) ended=$(grep -c ' scanned: ' "$TMP/body" || true)
	[ "$started" -ge 2 ] && [ "$started" -gt "$ended" ] && { seen=1; break; }
	sleep 0.02
done
[ -n "$seen" ] || fail "never saw a scan of the second task running"
SECONDS=0
kill -TERM "$SRV_PID"
rc=0
wait "$SRV_PID" || rc=$?
[ "$rc" = 0 ] || fail "exit $rc on SIGTERM"
[ "$SECONDS" -le 5 ] || fail "SIGTERM took ${SECONDS}s with shutdown_grace 0s"
for i in $(seq 1 40); do grep -q '"stopped"\|info stopped' "$SRV_LOG.cur" && break; sleep 0.05; done   # (tee's copy)
requeued=$(grep -c 'step=requeued' "$SRV_LOG.cur" || true)
if grep -q 'shutdown_grace is over' "$SRV_LOG.cur"; then
	# the scan running then is requeued, unless it ended in that same instant (its result stored)
	finished_then=$(sed -n '/shutdown_grace is over/,$p' "$SRV_LOG.cur" | grep -c 'step=scanned' || true)
	[ "$requeued" -ge 1 ] || [ "$finished_then" -ge 1 ] ||
		fail "the grace ended with a scan running, and nothing was requeued: $(tail -5 "$SRV_LOG.cur")"
fi
echo "ok SIGTERM during a scan: exit 0 in ${SECONDS}s, $requeued item(s) requeued"
serve_start "$SRV_CONFIG"
wait_task "$t2" 180
jq -e '.state == "succeeded" and .total == 6 and .done == 6 and .failed == 0 and ([.items[].state] | all(. == "succeeded"))' \
	"$TMP/body" >/dev/null || fail "after SIGTERM and a restart: $(jq -c '{state,total,done,failed,items:[.items[]|{tag,state,attempts,error}]}' "$TMP/body")"
curl -s "$SRV_URL/metrics" | has -E '^drydock_scans_stored 16$' || fail "stored scans after the second task"
echo "ok requeued items finished after the restart (6 of 6, 16 stored scans)"

# cancel through the API at once: the item being scanned stops (or ends),
# the queued items never start
api_ok POST /api/v1/rules 201 -d '{"name": "cancel", "registry": "local", "repository": "library/cancel", "scanners": ["vuln", "secret"]}'
api_ok POST /api/v1/rules/3/scan 202
t3=$(jq -r .task "$TMP/body")
code=$(api POST "/api/v1/tasks/$t3/cancel")
[ "$code" = 200 ] || { api GET "/api/v1/tasks/$t3/log" >/dev/null; fail "cancel: HTTP $code; log: $(cat "$TMP/body")"; }
wait_task "$t3" 30
api_ok GET "/api/v1/tasks/$t3" 200
jq -e '.state == "canceled" and .total == 12 and ([.items[] | select(.state == "canceled")] | length) >= 1 and
	([.items[].state] | all(. == "canceled" or . == "succeeded" or . == "running"))' "$TMP/body" >/dev/null ||
	fail "cancel: $(jq -c '{state,done,failed,items:[.items[]|{tag,state,error}]}' "$TMP/body")"
for i in $(seq 1 300); do   # the running scan sees the cancel within a second (30 s: a loaded machine)
	api_ok GET "/api/v1/tasks/$t3" 200
	[ "$(jq '.done' "$TMP/body")" = 12 ] && break
	sleep 0.1
done
jq -e '.done == 12 and ([.items[].state] | all(. == "canceled" or . == "succeeded"))' "$TMP/body" >/dev/null ||
	fail "after the cancel: $(jq -c '{state,done,items:[.items[]|{tag,state}]}' "$TMP/body")"
scanned=$(jq '[.items[] | select(.state == "succeeded")] | length' "$TMP/body")
api_ok GET /api/v1/quota 200
jq -e --argjson n "$scanned" '.used <= 17 + $n' "$TMP/body" >/dev/null || fail "canceled items claimed quota: $(cat "$TMP/body")"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on the last SIGTERM"
echo "ok cancel while the task runs: canceled, $scanned of 12 scanned, the rest canceled"
