# Service helpers for shell tests (source after common.sh): start
# `drydock serve` on a free loopback port (listen port 0; the port is read
# from its "listening" log line, so no other process can take it between a
# check and the bind), call its API, stop it.
#
#   serve_config FILE DATA_DIR DB [YAML...]  writes a config (extra lines appended); with
#                             DD_TEST_STORE=postgres its store is a fresh PostgreSQL database
#                             per DATA_DIR (serve_pg_store DATA_DIR sets SERVE_PG_STORE)
#   store_query DATA_DIR SQL  rows of a query on that data_dir's store (SQLite or PostgreSQL)
#   serve_need_pg             the PostgreSQL cluster of the run (DD_TEST_PG) or fail
#   serve_start CONFIG        starts the service; SRV_PID, SRV_URL, SRV_LOG
#                             (SERVE_WRAP: a command before it, e.g. gdb -batch -ex run -ex bt --args)
#   serve_token NAME [ROLE]   prints a new token (drydock token create)
#   api METHOD PATH [curl args...]   status code on stdout, body in $TMP/body
#                             (TOKEN is sent when set; API_RECORD=FILE: each answer
#                             recorded for tests/server/openapi_check.py)
#   api_ok METHOD PATH WANT [curl args...]  fails unless the status is WANT
#   wait_task ID SECONDS      until the task has finished (state other than queued/running)
#   serve_alpine_setup        (registry.sh sourced) skips without the tools or ../shared; the
#                             Alpine 3.19 secdb in $TMP/db, Alpine 3.19.4 as $TMP/oci:base, an
#                             anonymous docker-registry started
#   serve_need_alpine [PYMOD...]  skips without the registry tools, umoci, ../shared's Alpine
#                             images and secdb; fails without python3-jsonschema (and PYMODs);
#                             sets API_RECORD, imgs, secdb

serve_config() {
	local f=$1 dir=$2 db=$3 store=""
	shift 3
	local store=""
	if [ "${DD_TEST_STORE:-sqlite}" = postgres ]; then
		serve_pg_store "$dir"
		store=$SERVE_PG_STORE
	fi
	{
		printf 'listen: "127.0.0.1:0"\ndata_dir: %s\nadvisory_db: %s\n' "$dir" "$db"
		[ -n "$store" ] && printf 'store: "%s"\n' "$store"
		local l
		for l in "$@"; do printf '%s\n' "$l"; done
	} > "$f"
}

# DD_TEST_STORE=postgres (the @pg copy of a service test): the store of
# DATA_DIR is a fresh database of the test run's cluster (pg-core's
# tests/lib/pg.sh), the same one each time the same DATA_DIR is configured
# again (a restart keeps its store, as a data_dir keeps its SQLite file).
# Sets SERVE_PG_STORE (not printed: the URL is remembered in this shell).
declare -A SERVE_PG_URLS
SERVE_PG_N=0
serve_pg_store() {
	local dir=$1
	if [ -z "${SERVE_PG_URLS[$dir]:-}" ]; then
		SERVE_PG_N=$((SERVE_PG_N + 1))
		[ -n "${DD_TEST_PG:-}" ] || fail "DD_TEST_STORE=postgres without DD_TEST_PG (the ctest fixture pg)"
		declare -F pg_new_db > /dev/null || source "$DD_SOURCE_DIR/tests/lib/pg.sh"
		SERVE_PG_URLS[$dir]=$(pg_new_db "$(basename "$0" .sh)_$SERVE_PG_N") || fail "pg_new_db failed"
		[ -n "${SERVE_PG_URLS[$dir]}" ] || fail "pg_new_db printed no URL"
	fi
	SERVE_PG_STORE=${SERVE_PG_URLS[$dir]}
}

# store_query DATA_DIR SQL: the rows of a query on the store of DATA_DIR
# (SQLite's file, or its PostgreSQL database with DD_TEST_STORE=postgres),
# one line per row
store_query() {
	if [ "${DD_TEST_STORE:-sqlite}" = postgres ]; then
		serve_pg_store "$1"
		psql -X -A -t -q "$SERVE_PG_STORE" -c "$2"
	else
		python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print("\n".join(str(r) for r in c.execute(sys.argv[2])))' \
			"$1/drydock-store.db" "$2"
	fi
}

# The tests about PostgreSQL itself (ctest-store: postgres): the run's cluster.
serve_need_pg() {
	[ -f "$DD_SOURCE_DIR/tests/lib/pg_cluster.sh" ] || skip "the PostgreSQL test harness (tests/lib/pg_cluster.sh) is not in this tree yet"
	[ -n "${DD_TEST_PG:-}" ] || fail "DD_TEST_PG is not set: run through ctest (fixture pg)"
}

serve_start() {
	local cfg=$1 i
	SRV_LOG=${SRV_LOG:-$TMP/serve.log}
	: > "$SRV_LOG.cur"
	${SERVE_WRAP:-} "$DRYDOCK" serve --config "$cfg" ${SERVE_OPTS:-} 2> >(tee -a "$SRV_LOG" > "$SRV_LOG.cur") &
	SRV_PID=$!
	cleanup_hooks+=("kill -9 $SRV_PID 2>/dev/null")
	for i in $(seq 1 200); do
		grep -q 'listening' "$SRV_LOG.cur" 2>/dev/null && break
		kill -0 "$SRV_PID" 2>/dev/null || { cat "$SRV_LOG.cur" >&2; fail "drydock serve exited at start"; }
		sleep 0.05
	done
	local port
	# from the listening line: a line before it may name another port (a receiver's, in an error)
	port=$(grep 'listening' "$SRV_LOG.cur" | head -1 | grep -o 'port[=":]*[0-9]*' | head -1 | grep -o '[0-9]*$')
	[ -n "$port" ] || { cat "$SRV_LOG.cur" >&2; fail "drydock serve did not say where it listens"; }
	SRV_URL=http://127.0.0.1:$port
}

serve_token() {
	"$DRYDOCK" token create --config "$SRV_CONFIG" "$1" --role "${2:-admin}" || fail "token create $1 failed"
}

api() {
	local method=$1 path=$2
	shift 2
	local auth=()
	[ -n "${TOKEN:-}" ] && auth=(-H "Authorization: Bearer $TOKEN")
	local code
	code=$(curl -s -o "$TMP/body" -w '%{http_code}' --max-time 30 -X "$method" "${auth[@]}" "$@" "$SRV_URL$path")
	[ -n "${API_RECORD:-}" ] && api_record "$method" "$path" "$code"
	echo "$code"
}

# Appends the last answer to $API_RECORD (JSON lines: method, path, status,
# body when it is JSON) for tests/server/openapi_check.py.
api_record() {
	jq -c -n --arg m "$1" --arg p "$2" --argjson s "$3" --slurpfile b "$TMP/body" '{method: $m, path: $p, status: $s, body: $b[0]}' \
		>> "$API_RECORD" 2>/dev/null ||
		jq -c -n --arg m "$1" --arg p "$2" --argjson s "$3" '{method: $m, path: $p, status: $s, text: true}' >> "$API_RECORD"
}

api_ok() {
	local method=$1 path=$2 want=$3 got
	shift 3
	got=$(api "$method" "$path" "$@")
	[ "$got" = "$want" ] || fail "$method $path: HTTP $got, want $want: $(head -c 600 "$TMP/body")"
}

wait_task() {
	local id=$1 secs=$2 i state
	for i in $(seq 1 $((secs * 10))); do
		api_ok GET "/api/v1/tasks/$id" 200
		state=$(jq -r .state "$TMP/body")
		case $state in queued|running) sleep 0.1 ;; *) return 0 ;; esac
	done
	tail -20 "$SRV_LOG" >&2
	fail "task $id still $state after ${secs}s: $(jq -c '{state,total,done,failed}' "$TMP/body")"
}

serve_alpine_setup() {
	serve_need_alpine_tools
	"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
	reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" base
	reg_start anonymous
}

# the tools and ../shared inputs both need
serve_need_alpine_tools() {
	need_registry_tools
	need_cmd umoci
	need_shared images/alpine
	need_shared vulndb/alpine-secdb
}

serve_need_alpine() {
	serve_need_alpine_tools
	local m
	for m in jsonschema "$@"; do
		"$REG_PY" -c "import $m" 2>/dev/null || fail "python3 module $m is missing (scripts/deps/server.txt)"
	done
	API_RECORD=$TMP/api.jsonl
	imgs=$DD_SHARED_DIR/data/images/alpine
	secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb
}
