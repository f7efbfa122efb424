#!/bin/bash
# Hostile registry: a 100 MB manifest, announced by Content-Length and, a
# second time, without one: refused (exit 2) without reading it, in bounded
# memory.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

need_cmd /usr/bin/time
for variant in length chunked; do
	extra=()
	[ "$variant" = chunked ] && extra=(--chunked)
	fake_start big-manifest "$TMP/img" "${extra[@]}"
	rc=0
	run_bounded 60 /usr/bin/time -f "%M" -o "$TMP/rss" "$DRYDOCK" sbom --plain-http "docker://$FAKE_ADDR/test/app:1" 2> "$TMP/err" || rc=$?
	[ "$rc" = 2 ] || fail "$variant: exit $rc: $(cat "$TMP/err")"
	grep -q "test/app:1.*manifest of tag .1. is .*over the 4194304-byte limit" "$TMP/err" || fail "$variant: unclear: $(cat "$TMP/err")"
	rss=$(tail -1 "$TMP/rss")
	[ "$rss" -lt 65536 ] || fail "$variant: peak RSS ${rss} KiB"
	sleep 0.5
	sent=$(grep -o "sent=[0-9]*" "$FAKE_LOG" | tail -1 | cut -d= -f2)
	echo "ok $variant: exit 2, peak RSS ${rss} KiB, server wrote ${sent:-?} bytes before the client hung up: $(head -1 "$TMP/err")"
	kill "$FAKE_PID"
done
