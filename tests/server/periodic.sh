#!/bin/bash
# Periodic scans, retention and the task cap on the service's injected clock
# (config test_clock_file: the test writes unix seconds, the service never
# waits for real days). A rule with cycle 3d created at day 0 runs at day 3,
# 6 and 9 and not between (every check waits for a full scheduler pass
# after the clock moved, seen in /metrics); a restart on day 4 keeps day 6;
# with time_range_days 10 an image whose config says 2020 is skipped with
# the reason in the task log; with retention_days 5 the day-3 result is gone
# from the API at day 8 (quota kept) and day 9's run scans it again. A task
# over max_task_duration (2s) ends timed_out: the finished item kept, the
# one waiting for its pull (speed_limit 1/h) timed_out, the queued ones
# skipped with the reason; a scan still pulling (a registry trickling its
# layer) is stopped through the engine. Real docker-registry on loopback.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_alpine_setup
T0=$(date +%s)
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
# IMAGE TAG CREATED: the base image with its config's created time (a digest of its own)
image() {
	umoci tag --image "$TMP/oci:base" "$1" >/dev/null
	umoci config --image "$TMP/oci:$1" --created "$2" >/dev/null
}
image new "$(iso "$T0")"
image old 2020-01-01T00:00:00Z
reg_push "oci:$TMP/oci:new" library/app:new
reg_push "oci:$TMP/oci:old" library/app:old
for i in 1 2 3 4; do   # a layer of their own each: the layer cache serves none of them
	reg_random_image "$TMP/oci" base "slow$i" 100000
	reg_push "oci:$TMP/oci:slow$i" "library/slow:$i"
done
echo "ok images pushed"

# a registry that sends layers at 64 bytes a second: a scan that is still pulling
fake_start trickle "$TMP/oci" --trickle 64
CLOCK=$TMP/clock
echo "$T0" > "$CLOCK"
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 1" "max_task_duration: 2s" "test_clock_file: $CLOCK" \
	"registries:" "  - name: local" "    url: http://$REG_ADDR" \
	"  - name: slow" "    url: http://$REG_ADDR" "    speed_limit: 1" "  - name: trickle" "    url: http://$FAKE_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"

passes() { curl -s "$SRV_URL/metrics" | awk '/^drydock_scheduler_passes_total/ { print $2 }' | grep . || echo 0; }
# at DAYS [SECONDS]: the clock to day DAYS (+ SECONDS), then until a
# scheduler pass has begun and ended after the move
at() {
	echo $((T0 + $1 * 86400 + ${2:-0})) > "$CLOCK.new" && mv "$CLOCK.new" "$CLOCK"
	local n0 i
	n0=$(passes)
	for i in $(seq 1 200); do
		[ "$(passes)" -ge $((n0 + 2)) ] && return 0
		sleep 0.05
	done
	fail "no scheduler pass after moving the clock to day $1"
}
# the ids of rule 1's periodic tasks, oldest first
periodic_ids() {
	api_ok GET "/api/v1/tasks?limit=1000" 200
	jq -r '[.items[] | select(.kind == "periodic" and .rule == 1) | .id] | join(" ")' "$TMP/body"
}
expect_runs() {
	local ids
	ids=$(periodic_ids)
	[ "$(echo $ids | wc -w)" = "$1" ] || fail "day $2: want $1 periodic run(s), have [$ids]"
}
# wait_done TASK N: until N items have ended (a task at its cap ends before its running items)
wait_done() {
	local i
	for i in $(seq 1 200); do
		api_ok GET "/api/v1/tasks/$1" 200
		[ "$(jq .done "$TMP/body")" = "$2" ] && return 0
		sleep 0.05
	done
}
status() {
	api_ok GET "/api/v1/images/status?registry=local&repository=library/app&tag=$1" 200
	jq -r .status "$TMP/body"
}

api_ok POST /api/v1/rules 201 -d '{"name": "weekly-ish", "registry": "local", "repository": "library/app",
	"cycle": "3d", "time_range_days": 10, "retention_days": 5, "scanners": ["vuln"]}'
jq -e --arg n "$(iso $((T0 + 3 * 86400)))" '.last_run_at == null and .next_run_at == $n' "$TMP/body" >/dev/null ||
	fail "a new rule's next run is one cycle after its creation: $(cat "$TMP/body")"
at 1; expect_runs 0 1
at 2 86399; expect_runs 0 "3 minus a second"
at 3; expect_runs 1 3
t1=$(periodic_ids)
wait_task "$t1" 60
jq -e '.state == "succeeded" and .total == 2 and .failed == 0 and
	([.items[] | select(.tag == "new")][0].state == "succeeded") and
	([.items[] | select(.tag == "old")][0] | .state == "skipped" and (.error | test("time range.*2020-01-01")))' \
	"$TMP/body" >/dev/null || fail "day 3 run: $(jq -c '{state,items:[.items[]|{tag,state,error}]}' "$TMP/body")"
api_ok GET "/api/v1/tasks/$t1/log" 200
has -E 'library/app:old.*skipped.*time_range_days 10' "$TMP/body" || fail "no skip reason in the log: $(cat "$TMP/body")"
[ "$(status new)" = COMPLETE ] || fail "app:new after day 3: $(cat "$TMP/body")"
[ "$(status old)" = NOT_SCANNED ] || fail "app:old was skipped, yet: $(cat "$TMP/body")"
echo "ok day 3: the first run, 1 scanned, 1 outside the time range skipped (reason in the log)"

# the API says when: last run day 3, next day 6 (from the store: the same after a restart)
next_is() {
	api_ok GET /api/v1/rules/1 200
	jq -e --arg l "$(iso $((T0 + $1 * 86400)))" --arg n "$(iso $((T0 + $2 * 86400)))" \
		'.last_run_at == $l and .next_run_at == $n' "$TMP/body" >/dev/null ||
		fail "want last run day $1, next day $2: $(jq -c '{created_at,last_run_at,next_run_at}' "$TMP/body")"
}
next_is 3 6
at 4; expect_runs 1 4
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on SIGTERM"
serve_start "$SRV_CONFIG"
at 4 3600; expect_runs 1 "4 after a restart"
next_is 3 6
at 5 86399; expect_runs 1 "6 minus a second"
at 6; expect_runs 2 6
t2=$(periodic_ids | awk '{ print $2 }')
wait_task "$t2" 60
jq -e '.state == "succeeded"' "$TMP/body" >/dev/null || fail "day 6 run: $(cat "$TMP/body")"
echo "ok a restart on day 4 keeps day 6: runs at day 3 and 6 only"

api_ok GET /api/v1/quota 200
quota=$(jq .used "$TMP/body")
at 7; [ "$(status new)" = COMPLETE ] || fail "day 7: the day-3 result is within retention: $(cat "$TMP/body")"
at 8 1
[ "$(status new)" = NOT_SCANNED ] || fail "day 8: the day-3 result is past retention_days 5: $(cat "$TMP/body")"
code=$(api GET "/api/v1/images/report?registry=local&repository=library/app&tag=new")
[ "$code" = 404 ] || fail "report past retention: HTTP $code"
api_ok GET /api/v1/quota 200
jq -e --argjson q "$quota" '.used == $q' "$TMP/body" >/dev/null || fail "quota given back: $(cat "$TMP/body") was $quota"
expect_runs 2 8
echo "ok day 8: the result older than retention_days is gone from the API, the quota kept ($quota)"

reg_log_mark
at 9; expect_runs 3 9
t3=$(periodic_ids | awk '{ print $3 }')
wait_task "$t3" 60
jq -e '.state == "succeeded"' "$TMP/body" >/dev/null || fail "day 9 run: $(cat "$TMP/body")"
[ "$(status new)" = COMPLETE ] || fail "day 9 did not scan app:new again: $(cat "$TMP/body")"
[ "$(reg_blob_gets)" -ge 1 ] || fail "day 9 scanned without reading the image"
echo "ok day 9: the third run scans again what retention deleted"

# the cap: slow's bucket (1 an hour) lets the first image through; the
# second waits for a token that comes in an hour; 3 s later the task is over
api_ok POST /api/v1/rules 201 -d '{"name": "slow", "registry": "slow", "repository": "library/slow", "scanners": ["vuln"]}'
rule2=$(jq -r .id "$TMP/body")
api_ok POST "/api/v1/rules/$rule2/scan" 202
t4=$(jq -r .task "$TMP/body")
for i in $(seq 1 600); do
	api_ok GET "/api/v1/tasks/$t4" 200
	[ "$(jq .done "$TMP/body")" -ge 1 ] && break
	sleep 0.05
done
jq -e '.done == 1 and .state == "running"' "$TMP/body" >/dev/null || fail "the slow task: $(cat "$TMP/body")"
at 9 3
wait_task "$t4" 30
wait_done "$t4" 4   # the waiting item sees the end within a poll
jq -e '.state == "timed_out" and .total == 4 and .done == 4 and
	([.items[] | select(.state == "succeeded")] | length) == 1 and
	([.items[] | select(.state == "timed_out")] | length) == 1 and
	([.items[] | select(.state == "skipped" and (.error | test("max_task_duration")))] | length) == 2' "$TMP/body" \
	>/dev/null || fail "the capped task: $(jq -c '{state,done,failed,items:[.items[]|{tag,state,error}]}' "$TMP/body")"
api_ok GET "/api/v1/tasks/$t4/log" 200
[ "$(grep -c 'skipped.*max_task_duration' "$TMP/body")" = 2 ] || fail "the log of the capped task: $(cat "$TMP/body")"
[ "$(status new)" = COMPLETE ] || fail "app:new"
api_ok GET "/api/v1/images/status?registry=slow&repository=library/slow&tag=1" 200
jq -e '.status == "COMPLETE"' "$TMP/body" >/dev/null || fail "the finished item of the capped task: $(cat "$TMP/body")"
echo "ok max_task_duration: timed_out, the finished item kept, the waiting one stopped, 2 skipped with the reason"

# a scan inside the engine (its layer trickling in) is stopped through the
# engine when its task passes the cap: the engine's deadline is the task's
# time left (2 s), its progress callback sees the task's state (which of
# the two comes first depends on what the engine is doing: either way the
# item ends timed_out, and the engine stops within its ~200 ms)
api_ok POST /api/v1/images/scan 202 -d '{"registry": "trickle", "repository": "library/app", "tag": "1"}'
t5=$(jq -r .task "$TMP/body")
for i in $(seq 1 400); do
	api_ok GET "/api/v1/tasks/$t5/log" 200
	has ' scan: pulling' "$TMP/body" && break
	sleep 0.05
done
has ' scan: pulling' "$TMP/body" || fail "the trickle scan did not start: $(cat "$TMP/body")"
SECONDS=0
at 9 6
wait_task "$t5" 20
wait_done "$t5" 1   # the task ended at once; the scan stops at its next progress call
jq -e '.state == "timed_out" and .items[0].state == "timed_out" and (.items[0].error | test("max_task_duration"))' \
	"$TMP/body" >/dev/null || fail "the pulling scan at the cap: $(jq -c '{state,items:[.items[]|{state,error}]}' "$TMP/body")"
[ "$SECONDS" -le 10 ] || fail "the engine took ${SECONDS}s to stop"
echo "ok a scan still pulling when its task reaches the cap is stopped through the engine in ${SECONDS}s ($(jq -r .items[0].error "$TMP/body"))"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "exit $? on the last SIGTERM"
