# An HTTPS file server for the db update tests (source after common.sh):
# tests/vuln/https_server.py on a free loopback port with a certificate of a
# CA made here. Stopped by the cleanup hooks of common.sh.
#
#   https_files_start ROOT   serves ROOT; sets HTTPS_BASE (https://127.0.0.1:PORT),
#                            HTTPS_CA (the CA to pass with --cacert), HTTPS_LOG
source "$DD_SOURCE_DIR/tests/lib/registry.sh"

https_files_start() {
	need_cmd openssl
	need_cmd python3
	local d="$TMP/https"
	reg_make_ca "$d"
	HTTPS_CA="$d/ca.crt"
	HTTPS_LOG="$d/log"
	python3 "$DD_SOURCE_DIR/tests/vuln/https_server.py" "$1" "$d/server.crt" "$d/server.key" "$d/port" "$HTTPS_LOG" &
	cleanup_hooks+=("kill $!")
	local i
	for i in $(seq 100); do [ -s "$d/port" ] && break; sleep 0.1; done
	[ -s "$d/port" ] || fail "HTTPS test server did not start"
	HTTPS_BASE="https://127.0.0.1:$(cat "$d/port")"
}
