#!/bin/bash
# The libcurl forwarders (util/curl_lib.c) are dd_curl_* to the linker: a
# program that links drydock and libcurl (the service's notifier) must get
# libcurl's own curl_easy_init, not a forwarder. No curl_* symbol may be
# defined by the library or the binary.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd nm
lib="$DD_BUILD_DIR/libdrydock_core.a"
for f in "$lib" "$DRYDOCK"; do
	[ -f "$f" ] || fail "$f not built"
	nm --defined-only "$f" 2>/dev/null > "$TMP/nm" || fail "nm $f failed"
	# guard against a vacuous pass: the forwarders are there, renamed
	grep -E ' dd_curl_easy_init$' "$TMP/nm" > /dev/null || fail "$f: no dd_curl_easy_init (forwarders renamed? update this test)"
	if grep -E ' [A-TV-Z] curl_' "$TMP/nm" > "$TMP/bad"; then
		sed 's/^/  /' "$TMP/bad" >&2
		fail "$f defines curl_* symbols: a program also linking libcurl would call drydock's forwarders (add the name to util/curl_lib.h's redefine_extname list)"
	fi
	echo "ok $(basename "$f"): no curl_* symbol defined, $(grep -c ' dd_curl_' "$TMP/nm") dd_curl_* forwarders"
done
