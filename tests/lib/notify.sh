# Notification receivers for shell tests (source after common.sh and
# registry.sh): tests/lib/notify_receiver.py on a loopback port, its
# requests as JSON lines. Stopped by the cleanup hooks of common.sh.
#
#   recv_start MODE PORT SECRET [opts...]   MODE http|dingtalk; PORT 0: a free one;
#                                 opts: --cert C --key K (HTTPS), --hang N;
#                                 sets RECV_PID, RECV_PORT, RECV_LOG (appended to across restarts)
#   recv_wait JQ_FILTER SECONDS   until `jq -s FILTER` of the log is true
recv_start() {
	local mode=$1 port=$2 secret=$3 i
	shift 3
	RECV_LOG=${RECV_LOG:-$TMP/receiver.jsonl}
	touch "$RECV_LOG"
	rm -f "$TMP/recv.port"
	"$REG_PY" "$DD_SOURCE_DIR/tests/lib/notify_receiver.py" "$mode" "$port" "$TMP/recv.port" "$RECV_LOG" "$secret" "$@" &
	RECV_PID=$!
	cleanup_hooks+=("kill $RECV_PID 2>/dev/null")
	for i in $(seq 100); do [ -s "$TMP/recv.port" ] && break; sleep 0.05; done
	[ -s "$TMP/recv.port" ] || fail "the notification receiver did not start"
	RECV_PORT=$(cat "$TMP/recv.port")
}

recv_wait() {
	local filter=$1 secs=$2 i
	for i in $(seq 1 $((secs * 10))); do
		jq -e -s "$filter" "$RECV_LOG" > /dev/null 2>&1 && return 0
		sleep 0.1
	done
	fail "receiver: '$filter' not true after ${secs}s; log: $(jq -c -s 'map({key,ok,why,status})' "$RECV_LOG" | head -c 1500)"
}

# notify_registry REPO:TAG...   what every notify test starts from: skips without the
#   registry tools or ../shared; the Alpine 3.19 secdb in $TMP/db, a docker-registry
#   (REG_ADDR) with Alpine 3.19.4 pushed under each REPO:TAG, a test CA in $TMP/tls
notify_registry() {
	need_registry_tools
	need_cmd umoci
	need_cmd openssl
	need_shared images/alpine
	need_shared vulndb/alpine-secdb
	"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
	reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" base
	reg_start anonymous
	local ref
	for ref in "$@"; do reg_push "oci:$TMP/oci:base" "$ref"; done
	reg_make_ca "$TMP/tls"
}
