#!/bin/bash
# Several drydock processes on one PostgreSQL store (issue 17): 1 API
# process and 2 `drydock serve --worker` processes scan a rule over 60
# images (Alpine 3.19.4 plus a 2 MB random layer each: 60 digests) of a real
# docker-registry. One worker is killed (-9) while it scans: after its
# leases run out (DRYDOCK_STORE_LEASE_MS=3000) its items finish on the
# other processes. Then: the task succeeded with 60 items; each image was
# scanned to the end exactly once (one "scanned:" task-log line per image,
# 60 stored scans, quota 60), items run twice are only those the killed
# worker held; per-image results (digest, status, summary) equal a
# single-process SQLite run of the same rule; every scan_completed
# notification (an HTTP notifier, tests/lib/notify_receiver.py) arrived
# and was accepted once per Idempotency-Key; the API process's console
# event stream follows the task to its end. A worker's listener serves
# /healthz and /metrics (drydock_leader) and nothing else; --worker with
# a SQLite store is refused.
# ctest-store: postgres
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
serve_need_pg
serve_alpine_setup
N=60
t_start=$(date +%s.%N)
"$REG_PY" "$DD_SOURCE_DIR/tests/lib/reg_variants.py" "$TMP/oci" base "$REG_ADDR" library/app $N 2000000 ||
	fail "pushing $N images failed"
echo "ok $N images of distinct digests pushed in $(echo "$(date +%s.%N) - $t_start" | bc)s"
SECRET='shared with the receiver'
recv_start http 0 "$SECRET"
hook=$(jq -n --arg u "http://127.0.0.1:$RECV_PORT/hook" --arg s "$SECRET" \
	'{name: "hook", type: "http", url: $u, secret: $s, events: ["scan_completed"]}')
rule='{"name": "app", "registry": "local", "repository": "library/app", "notifiers": ["hook"]}'
registry=("registries:" "  - name: local" "    url: http://$REG_ADDR")

# the results of the images as the API gives them: {tag: {digest, status, summary}}
results() {
	local out=$1 i
	for i in $(seq 1 $N); do
		api_ok GET "/api/v1/images/status?registry=local&repository=library/app&tag=$i" 200
		jq -c --arg t "$i" '{($t): {digest, status, summary}}' "$TMP/body"
	done | jq -s 'add' > "$out"
}

# ---- the reference: one process, SQLite ----
SRV_CONFIG=$TMP/sqlite.yaml
DD_TEST_STORE=sqlite serve_config "$SRV_CONFIG" "$TMP/sqlite" "$TMP/db" "workers: 2" "${registry[@]}"
TOKEN=$(serve_token admin)
SRV_LOG=$TMP/sqlite.log serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d "$rule"
api_ok POST /api/v1/rules/1/scan 202
wait_task "$(jq -r .task "$TMP/body")" 300
jq -e --argjson n $N '.state == "succeeded" and .done == $n and .failed == 0' "$TMP/body" > /dev/null ||
	fail "SQLite run: $(jq -c '{state,total,done,failed}' "$TMP/body")"
results "$TMP/expected.json"
kill "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
echo "ok the reference run on SQLite: $N images"

# --worker needs a shared store
"$DRYDOCK" serve --config "$SRV_CONFIG" --worker > /dev/null 2> "$TMP/err" && fail "--worker ran on SQLite"
err_has "a worker"

# ---- three processes on one PostgreSQL database ----
serve_pg_store "$TMP/pg"
url=$SERVE_PG_STORE
export DRYDOCK_STORE_LEASE_MS=3000
for p in api w1 w2; do
	DD_TEST_STORE=sqlite serve_config "$TMP/$p.yaml" "$TMP/$p" "$TMP/db" "store: \"$url\"" "workers: 2" "${registry[@]}"
done
SRV_CONFIG=$TMP/api.yaml
TOKEN=$(serve_token admin)
SRV_LOG=$TMP/api.log serve_start "$TMP/api.yaml"
API_URL=$SRV_URL API_PID=$SRV_PID
SRV_LOG=$TMP/w1.log SERVE_OPTS="--worker --listen 127.0.0.1:0" serve_start "$TMP/w1.yaml"
W1_URL=$SRV_URL W1_PID=$SRV_PID
SRV_LOG=$TMP/w2.log SERVE_OPTS="--worker --listen 127.0.0.1:0" serve_start "$TMP/w2.yaml"
W2_URL=$SRV_URL W2_PID=$SRV_PID
SRV_URL=$API_URL

# what a worker serves
for path in /healthz /metrics; do
	[ "$(curl -s -o /dev/null -w '%{http_code}' "$W2_URL$path")" = 200 ] || fail "worker: $path is not 200"
done
for path in /api/v1/tasks /readyz / /api/v1/openapi.json; do
	code=$(curl -s -o "$TMP/body" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$W2_URL$path")
	[ "$code" = 404 ] || fail "worker: $path answered $code, want 404"
done
jq -e '.error.code == "not_found"' "$TMP/body" > /dev/null || fail "worker's 404 body: $(cat "$TMP/body")"
leaders=0
for u in "$API_URL" "$W1_URL" "$W2_URL"; do
	l=$(curl -s "$u/metrics" | awk '$1 == "drydock_leader" {print $2}')
	[ -n "$l" ] || fail "no drydock_leader in $u/metrics"
	leaders=$((leaders + l))
done
[ "$leaders" = 1 ] || fail "$leaders processes say they are the leader, want 1"
echo "ok a worker serves /healthz and /metrics only; one leader of three"

api_ok POST /api/v1/notifiers 201 -d "$hook"
api_ok POST /api/v1/rules 201 -d "$rule"
rule_id=$(jq -r .id "$TMP/body")
# the console's event stream of the API process, while the workers scan
curl -s -N --max-time 120 -H "Authorization: Bearer $TOKEN" -H 'Accept: text/event-stream' "$API_URL/api/v1/events" \
	> "$TMP/events" 2>/dev/null &
EVENTS_PID=$!
cleanup_hooks+=("kill $EVENTS_PID 2>/dev/null")
t0=$(date +%s.%N)
api_ok POST "/api/v1/rules/$rule_id/scan" 202
task=$(jq -r .task "$TMP/body")

# kill worker 1 while it scans (it has begun more scans than it finished;
# 2 MB of random bytes per image keep a scan longer than this check)
killed=""
for i in $(seq 1 600); do
	started=$(grep -c 'pulling and scanning' "$TMP/w1.log" || true)
	ended=$(grep -cE 'step=(scanned|failed)' "$TMP/w1.log" || true)
	if [ "$started" -gt "$ended" ]; then
		kill -9 "$W1_PID"
		killed=$started
		break
	fi
	sleep 0.02
done
[ -n "$killed" ] || fail "worker 1 was never caught scanning: $(tail -5 "$TMP/w1.log")"
wait "$W1_PID" 2>/dev/null || true
api_ok GET "/api/v1/tasks/$task" 200
echo "ok worker 1 killed in a scan, the task at $(jq -r .done "$TMP/body") of $N"

wait_task "$task" 300
t1=$(date +%s.%N)
items=$TMP/items.json
api_ok GET "/api/v1/tasks/$task" 200
cp "$TMP/body" "$items"
jq -e --argjson n $N '.state == "succeeded" and .total == $n and .done == $n and .failed == 0 and
	([.items[].state] | all(. == "succeeded"))' "$items" > /dev/null ||
	fail "task: $(jq -c '{state,total,done,failed,items:[.items[]|select(.state != "succeeded")|{tag,state,error}]}' "$items")"
releases=$(jq '[.items[] | select(.attempts > 1)] | length' "$items")
[ "$(jq '[.items[].attempts] | max' "$items")" -le 2 ] || fail "an item ran more than twice: $(jq -c '[.items[]|select(.attempts>1)|{tag,attempts}]' "$items")"
[ "$releases" -ge 1 ] && [ "$releases" -le 2 ] ||
	fail "$releases items ran twice; want the 1 or 2 the killed worker held (workers: 2)"
grep -hq 'queued again' "$TMP/api.log" "$TMP/w2.log" || fail "nobody put the killed worker's items back in the queue"
echo "ok $N items succeeded in $(echo "$t1 - $t0" | bc)s; $releases re-leased after the kill"

# the API process's stream saw the task's progress to its end, made by every process
for i in $(seq 1 50); do
	grep '^data: ' "$TMP/events" | sed 's/^data: //' | jq -e --argjson t "$task" --argjson n $N \
		'select(.id == $t and .state == "succeeded" and .done == $n)' > /dev/null 2>&1 && break
	sleep 0.1
done
kill "$EVENTS_PID" 2>/dev/null || true
steps=$(grep '^data: ' "$TMP/events" | sed 's/^data: //' | jq -r --argjson t "$task" 'select(.id == $t) | .done' | sort -un | wc -l)
grep '^data: ' "$TMP/events" | sed 's/^data: //' | jq -e --argjson t "$task" --argjson n $N \
	'select(.id == $t and .state == "succeeded" and .done == $n)' > /dev/null ||
	fail "the API's event stream did not see the task end: $(tail -c 600 "$TMP/events")"
[ "$steps" -ge 3 ] || fail "the event stream showed $steps distinct progress values, want several"
echo "ok the API process's event stream followed the task ($steps progress values) to succeeded"

# each image scanned to the end once
api_ok GET "/api/v1/tasks/$task/log" 200
cp "$TMP/body" "$TMP/tasklog"
for i in $(seq 1 $N); do
	c=$(grep -cE "library/app:$i scanned: " "$TMP/tasklog" || true)
	[ "$c" = 1 ] || fail "library/app:$i was scanned $c times: $(grep "library/app:$i " "$TMP/tasklog")"
done
curl -s "$API_URL/metrics" > "$TMP/metrics"
has -E "^drydock_scans_stored $N\$" "$TMP/metrics" || fail "stored scans: $(grep stored "$TMP/metrics")"
api_ok GET /api/v1/quota 200
jq -e --argjson n $N '.used == $n' "$TMP/body" > /dev/null || fail "quota: $(cat "$TMP/body")"
pulls=$(cat "$TMP/api.log" "$TMP/w1.log" "$TMP/w2.log" | grep -c 'pulling and scanning' || true)
echo "ok each image scanned once ($pulls pulls begun, the killed worker's unfinished ones included); 60 stored, quota 60"

# the same results as the SQLite run
results "$TMP/got.json"
diff <(jq -S . "$TMP/expected.json") <(jq -S . "$TMP/got.json") > "$TMP/diff" || fail "results differ from SQLite's: $(head -30 "$TMP/diff")"
echo "ok per-image results equal the single-process SQLite run"

# every notification once
recv_wait "[.[] | select(.ok) | .key] | unique | length == $N" 60
sleep 2   # a late duplicate would come now
dups=$(jq -s '[.[] | select(.ok)] | group_by(.key) | map(select(length > 1)) | length' "$RECV_LOG")
sent=$(jq -s '[.[] | select(.ok)] | length' "$RECV_LOG")
[ "$dups" = 0 ] || fail "$dups events were delivered more than once: $(jq -s -c '[.[] | select(.ok)] | group_by(.key) | map(select(length > 1) | .[0].key)' "$RECV_LOG")"
echo "ok $sent notifications for $N events: each Idempotency-Key accepted once"

kill "$W2_PID" "$API_PID"
wait "$W2_PID" "$API_PID" 2>/dev/null || true
echo "ok scale-out in $(echo "$(date +%s.%N) - $t_start" | bc)s"
