#!/bin/bash
# Hostile registry: the connection drops halfway, and the Range answer is a 206
# that starts at byte 0: drydock refuses that body, restarts without Range,
# and skips what it has.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start bad-range "$TMP/img"
hostile_scan 0
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ"
grep -q "range=bytes=.*status=206" "$FAKE_LOG" && grep -qE "blobs/$HOSTILE_LAYER range=- auth=no status=200 sent=[1-9]" "$FAKE_LOG" ||
	fail "expected a 206 then a full restart: $(cat "$FAKE_LOG")"
