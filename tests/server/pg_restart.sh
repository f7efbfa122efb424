#!/bin/bash
# PostgreSQL restarted (pg_ctl restart) in the middle of a task (issue 17):
# an API process and a worker on one database scan a rule over 24 images
# (Alpine 3.19.4 plus a random layer each); the cluster is restarted once
# some items are done. The task still succeeds with every item once: 24
# items succeeded, none run twice, 24 stored scans, quota 24; the
# processes reconnect (the API answers again, both keep their leases).
# The cluster restarted is this test's own (tests/lib/pg.sh starts one in
# $TMP without DD_TEST_PG): restarting the run's shared cluster cut the
# connections of every @pg test running beside it.
# ctest-store: postgres
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_need_pg
unset DD_TEST_PG
source "$DD_SOURCE_DIR/tests/lib/pg.sh"
DD_TEST_PG=$pg_dir
serve_alpine_setup
N=24
"$REG_PY" "$DD_SOURCE_DIR/tests/lib/reg_variants.py" "$TMP/oci" base "$REG_ADDR" library/app $N 2000000 ||
	fail "pushing $N images failed"

serve_pg_store "$TMP/pg"
for p in api w1; do
	DD_TEST_STORE=sqlite serve_config "$TMP/$p.yaml" "$TMP/$p" "$TMP/db" "store: \"$SERVE_PG_STORE\"" "workers: 1" \
		"registries:" "  - name: local" "    url: http://$REG_ADDR"
done
SRV_CONFIG=$TMP/api.yaml
TOKEN=$(serve_token admin)
SRV_LOG=$TMP/w1.log SERVE_OPTS="--worker --listen 127.0.0.1:0" serve_start "$TMP/w1.yaml"
W1_PID=$SRV_PID
SRV_LOG=$TMP/api.log serve_start "$TMP/api.yaml"
api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app"}'
api_ok POST /api/v1/rules/1/scan 202
task=$(jq -r .task "$TMP/body")
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$task" 200
	[ "$(jq .done "$TMP/body")" -ge 3 ] && break
	sleep 0.05
done
before=$(jq .done "$TMP/body")
[ "$before" -lt $N ] || fail "the task finished before the restart: make the images bigger"
bash "$DD_SOURCE_DIR/tests/lib/pg_cluster.sh" restart "$DD_TEST_PG" > "$TMP/restart.out" 2>&1 ||
	fail "pg_cluster.sh restart: $(cat "$TMP/restart.out")"
echo "ok PostgreSQL restarted with $before of $N done"

# the API comes back (its pool reconnects)
for i in $(seq 1 300); do
	[ "$(api GET "/api/v1/tasks/$task")" = 200 ] && break
	sleep 0.1
done
wait_task "$task" 300
jq -e --argjson n $N '.state == "succeeded" and .total == $n and .done == $n and .failed == 0 and
	([.items[].state] | all(. == "succeeded")) and ([.items[].attempts] | max) == 1' "$TMP/body" > /dev/null ||
	fail "after the restart: $(jq -c '{state,total,done,failed,items:[.items[]|select(.state != "succeeded" or .attempts > 1)|{tag,state,attempts,error}]}' "$TMP/body")"
curl -s "$SRV_URL/metrics" > "$TMP/metrics"
has -E "^drydock_scans_stored $N\$" "$TMP/metrics" || fail "stored scans: $(grep stored "$TMP/metrics")"
api_ok GET /api/v1/quota 200
jq -e --argjson n $N '.used == $n' "$TMP/body" > /dev/null || fail "quota: $(cat "$TMP/body")"
kill -0 "$W1_PID" || fail "the worker died in the restart: $(tail -5 "$TMP/w1.log")"
! grep -h "lease lost" "$TMP/api.log" "$TMP/w1.log" || { grep -h -i "lease\|store\|reconnect\|postgres" "$TMP/api.log" "$TMP/w1.log" | tail -30 >&2; fail "a lease was lost over the restart"; }
echo "ok the task completed over the restart: $N items once each, $N stored scans, quota $N"
