#!/bin/bash
# Hostile token server: a 100 MB token answer, announced by Content-Length
# and, a second time, without one: the same refusal (exit 2, one message
# naming the limit) either way, without reading it, in bounded memory.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd timeout
need_cmd /usr/bin/time
hostile_image "$TMP/img"
msgs=()
for variant in length chunked; do
	extra=()
	[ "$variant" = chunked ] && extra=(--chunked)
	fake_start big-token "$TMP/img" "${extra[@]}"
	rc=0
	run_bounded 60 /usr/bin/time -f "%M" -o "$TMP/rss" "$DRYDOCK" sbom --plain-http "docker://$FAKE_ADDR/test/app:1" 2> "$TMP/err" || rc=$?
	[ "$rc" = 2 ] || fail "$variant: exit $rc: $(cat "$TMP/err")"
	msg=$(grep -o "token request is over the [0-9]*-byte limit; refusing it" "$TMP/err") || fail "$variant: unclear: $(cat "$TMP/err")"
	msgs+=("$msg")
	rss=$(tail -1 "$TMP/rss")
	[ "$rss" -lt 65536 ] || fail "$variant: peak RSS ${rss} KiB"
	echo "ok $variant: exit 2, peak RSS ${rss} KiB: $msg"
	kill "$FAKE_PID"
done
[ "${msgs[0]}" = "${msgs[1]}" ] || fail "two messages for one refusal: '${msgs[0]}' / '${msgs[1]}'"
