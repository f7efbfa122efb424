#!/bin/bash
# drydock serve survives its own death: `kill -9` in the middle of a task
# of 10 images (10 digests), then a restart: the task completes, every
# item once (10 items succeeded, 10 stored scans, quota used 10, no item
# run twice but the one that was running); SIGTERM while a task runs exits
# 0 within shutdown_grace, and after a restart the requeued items finish.
# Real docker-registry on loopback; images are Alpine 3.19.4 plus one layer
# of random bytes each (a distinct digest, and a scan that takes a while).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb

"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" base
reg_start anonymous
# IMAGES REPO N BYTES: N images REPO:1..N, each with its own random layer
images() {
	local repo=$1 n=$2 bytes=$3 i
	for i in $(seq 1 "$n"); do
		umoci tag --image "$TMP/oci:base" "$repo-$i" >/dev/null
		mkdir -p "$TMP/l/opt"
		head -c "$bytes" /dev/urandom > "$TMP/l/opt/blob.bin"
		tar -C "$TMP/l" -cf "$TMP/l.tar" opt
		umoci raw add-layer --image "$TMP/oci:$repo-$i" "$TMP/l.tar" >/dev/null
		reg_push "oci:$TMP/oci:$repo-$i" "library/$repo:$i"
	done
}
images app 10 1000000
# bigger, and scanned for secrets: the scan SIGTERM interrupts takes a while
images late 6 6000000
echo "ok 16 images of distinct digests pushed"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 1" "shutdown_grace: 1s" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app", "scanners": ["vuln"]}'
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$task" 200
	[ "$(jq .done "$TMP/body")" -ge 3 ] && break
	sleep 0.1
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
# (until the second image's scan has started and not ended)
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$t2/log" 200
	[ "$(grep -c ' scan: pulling' "$TMP/body")" = 2 ] && [ "$(grep -c ' scanned: ' "$TMP/body")" = 1 ] && break
	sleep 0.02
done
SECONDS=0
kill -TERM "$SRV_PID"
rc=0
wait "$SRV_PID" || rc=$?
[ "$rc" = 0 ] || fail "exit $rc on SIGTERM"
[ "$SECONDS" -le 5 ] || fail "SIGTERM took ${SECONDS}s with shutdown_grace 0s"
requeued=$(grep -c 'step=requeued' "$SRV_LOG.cur" || true)
if grep -q 'shutdown_grace is over' "$SRV_LOG.cur"; then
	[ "$requeued" -ge 1 ] || fail "the grace ended with a scan running, and nothing was requeued: $(tail -5 "$SRV_LOG.cur")"
fi
echo "ok SIGTERM during a scan: exit 0 in ${SECONDS}s, $requeued item(s) requeued"
serve_start "$SRV_CONFIG"
wait_task "$t2" 180
jq -e '.state == "succeeded" and .total == 6 and .done == 6 and .failed == 0 and ([.items[].state] | all(. == "succeeded"))' \
	"$TMP/body" >/dev/null || fail "after SIGTERM and a restart: $(jq -c '{state,total,done,failed,items:[.items[]|{tag,state,attempts,error}]}' "$TMP/body")"
curl -s "$SRV_URL/metrics" | has -E '^drydock_scans_stored 16$' || fail "stored scans after the second task"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on the last SIGTERM"
echo "ok requeued items finished after the restart (6 of 6, 16 stored scans)"
