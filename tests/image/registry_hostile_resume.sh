#!/bin/bash
# Hostile registry: the connection drops halfway through the layer; drydock resumes
# with Range: bytes=N- (206), and the digest-verified result is exact.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start drop "$TMP/img"
hostile_scan 0
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ after a resume"
grep -E "GET /v2/test/app/blobs/$HOSTILE_LAYER range=bytes=[1-9][0-9]*- .*status=206" "$FAKE_LOG" ||
	fail "no Range resume in the log: $(cat "$FAKE_LOG")"
half=$(grep "status=200-drop" "$FAKE_LOG" | sed "s/.*sent=//")
grep -q "range=bytes=$half- " "$FAKE_LOG" || fail "resumed at another offset than the $half bytes received"
