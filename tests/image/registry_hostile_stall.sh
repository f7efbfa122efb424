#!/bin/bash
# Hostile registry: the server goes silent halfway through the layer. With
# DRYDOCK_HTTP_TIMEOUT=2 the stall is noticed after 2 s of silence and the transfer
# resumed; without a hang.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start stall "$TMP/img" --stall 60
DRYDOCK_HTTP_TIMEOUT=2 HOSTILE_TIMEOUT=30 hostile_scan 0
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ"
grep -q "range=bytes=" "$FAKE_LOG" || fail "no resume after the stall"
[ "$HOSTILE_ELAPSED" -lt 10 ] || fail "stall noticed only after ${HOSTILE_ELAPSED}s (timeout 2 s)"
