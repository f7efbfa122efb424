#!/bin/bash
# Hostile registry: a 100 MB manifest, and a 100 MB token answer, each
# announced by Content-Length and, a second time, without one: refused
# (exit 2, one message naming the limit whether the length was announced or
# not) without reading it, in bounded memory.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

need_cmd /usr/bin/time
for mode in big-manifest big-token; do
	pattern="test/app:1.*manifest of tag .1. is over the 4194304-byte limit; refusing it"
	[ "$mode" = big-token ] && pattern="token request is over the [0-9]*-byte limit; refusing it"
	msgs=()
	for variant in length chunked; do
		extra=()
		[ "$variant" = chunked ] && extra=(--chunked)
		fake_start "$mode" "$TMP/img" "${extra[@]}"
		rc=0
		run_bounded 60 /usr/bin/time -f "%M" -o "$TMP/rss" "$DRYDOCK" sbom --plain-http "docker://$FAKE_ADDR/test/app:1" 2> "$TMP/err" || rc=$?
		[ "$rc" = 2 ] || fail "$mode $variant: exit $rc: $(cat "$TMP/err")"
		msg=$(grep -o "$pattern" "$TMP/err") || fail "$mode $variant: unclear: $(cat "$TMP/err")"
		msgs+=("${msg//$FAKE_ADDR/ADDR}")
		rss=$(tail -1 "$TMP/rss")
		# the bound is the normal build's: ASan's shadow memory and quarantine add their own
		[ "${DD_SANITIZED:-0}" = 1 ] || [ "$rss" -lt 65536 ] || fail "$mode $variant: peak RSS ${rss} KiB"
		sleep 0.5
		sent=$(grep -o "sent=[0-9]*" "$FAKE_LOG" | tail -1 | cut -d= -f2)
		echo "ok $mode $variant: exit 2, peak RSS ${rss} KiB, server wrote ${sent:-?} bytes before the client hung up: $(head -1 "$TMP/err")"
		kill "$FAKE_PID"
	done
	[ "${msgs[0]}" = "${msgs[1]}" ] || fail "$mode: two messages for one refusal: '${msgs[0]}' / '${msgs[1]}'"
done
