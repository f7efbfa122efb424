#!/bin/bash
# One scheduler among processes sharing a PostgreSQL store (issue 17), on
# the injected clock (test_clock_file, as tests/server/periodic.sh): of
# two processes exactly one says drydock_leader 1; a rule with cycle 3d
# runs once at day 3; the leader is killed (-9), the other process takes
# the role within seconds (its log says so) and starts the day-6 run on
# time (created at day 6 by the store's clock, in the first passes after
# the clock moved) and only once.
# ctest-store: postgres
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_need_pg
serve_alpine_setup
reg_push "oci:$TMP/oci:base" library/app:1
T0=$(date +%s)
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
CLOCK=$TMP/clock
echo "$T0" > "$CLOCK"
export DRYDOCK_STORE_LEASE_MS=3000
serve_pg_store "$TMP/pg"
for p in a b; do
	DD_TEST_STORE=sqlite serve_config "$TMP/$p.yaml" "$TMP/$p" "$TMP/db" "store: \"$SERVE_PG_STORE\"" "workers: 1" \
		"test_clock_file: $CLOCK" "registries:" "  - name: local" "    url: http://$REG_ADDR"
done
SRV_CONFIG=$TMP/a.yaml
TOKEN=$(serve_token admin)
SRV_LOG=$TMP/a.log serve_start "$TMP/a.yaml"
A_URL=$SRV_URL A_PID=$SRV_PID
SRV_LOG=$TMP/b.log serve_start "$TMP/b.yaml"
B_URL=$SRV_URL B_PID=$SRV_PID

leader_of() { curl -s --max-time 5 "$1/metrics" | awk '$1 == "drydock_leader" { print $2 }'; }
passes() { curl -s --max-time 5 "$1/metrics" | awk '/^drydock_scheduler_passes_total/ { print $2 }' | grep . || echo 0; }
# at DAYS URL: the clock to day DAYS, then until URL's scheduler has made two passes
at() {
	echo $((T0 + $1 * 86400)) > "$CLOCK.new" && mv "$CLOCK.new" "$CLOCK"
	local n0 i
	n0=$(passes "$2")
	for i in $(seq 1 200); do
		[ "$(passes "$2")" -ge $((n0 + 2)) ] && return 0
		sleep 0.05
	done
	fail "no scheduler pass of $2 after moving the clock to day $1"
}
periodic() {
	api_ok GET "/api/v1/tasks?limit=1000" 200
	jq -c '[.items[] | select(.kind == "periodic") | {id, created_at}] | sort_by(.id)' "$TMP/body"
}

for i in $(seq 1 100); do
	la=$(leader_of "$A_URL") lb=$(leader_of "$B_URL")
	[ "$((la + lb))" = 1 ] && break
	sleep 0.1
done
[ "$((la + lb))" = 1 ] || fail "leaders: a=$la b=$lb, want exactly one"
if [ "$la" = 1 ]; then
	LEADER_PID=$A_PID OTHER_URL=$B_URL OTHER_LOG=$TMP/b.log
else
	LEADER_PID=$B_PID OTHER_URL=$A_URL OTHER_LOG=$TMP/a.log
fi
SRV_URL=$OTHER_URL
echo "ok one leader of two (a=$la b=$lb)"

api_ok POST /api/v1/rules 201 -d '{"name": "app", "registry": "local", "repository": "library/app", "cycle": "3d"}'
at 2 "$OTHER_URL"
[ "$(periodic)" = "[]" ] || fail "a periodic run before day 3: $(periodic)"
at 3 "$OTHER_URL"
for i in $(seq 1 100); do [ "$(periodic | jq length)" = 1 ] && break; sleep 0.1; done
[ "$(periodic | jq -r '.[0].created_at')" = "$(iso $((T0 + 3 * 86400)))" ] || fail "day 3: $(periodic)"
echo "ok the day-3 run started once"

kill -9 "$LEADER_PID"
wait "$LEADER_PID" 2>/dev/null || true
for i in $(seq 1 100); do
	[ "$(leader_of "$OTHER_URL")" = 1 ] && break
	sleep 0.1
done
[ "$(leader_of "$OTHER_URL")" = 1 ] || fail "the other process did not take the leader role: $(grep leader "$OTHER_LOG")"
grep -q 'leader: this process schedules' "$OTHER_LOG" || fail "the new leader's log does not say so"
echo "ok the other process took over as leader"

at 5 "$OTHER_URL"
[ "$(periodic | jq length)" = 1 ] || fail "a run before day 6: $(periodic)"
at 6 "$OTHER_URL"
for i in $(seq 1 20); do [ "$(periodic | jq length)" -ge 2 ] && break; sleep 0.1; done
runs=$(periodic)
[ "$(echo "$runs" | jq length)" = 2 ] || fail "day 6: want 2 periodic runs, have $runs"
[ "$(echo "$runs" | jq -r '.[1].created_at')" = "$(iso $((T0 + 6 * 86400)))" ] || fail "the day-6 run is late: $runs"
at 6 "$OTHER_URL"
[ "$(periodic | jq length)" = 2 ] || fail "the day-6 run was started twice: $(periodic)"
echo "ok the new leader started the day-6 run on time, once"
