#!/bin/bash
# Hostile registry: the layer bytes do not match the digest: exit 2 naming the
# image, the layer and the mismatch; no report.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

# a byte the decompressor does not notice: the digest check must
fake_start bad-digest "$TMP/img" --flip header
hostile_scan 2 "test/app:1" "layer $HOSTILE_LAYER" "digest mismatch: expected $HOSTILE_LAYER"
kill "$FAKE_PID"
# a byte inside the compressed data: whichever check notices first, the layer is named
fake_start bad-digest "$TMP/img" --flip middle
hostile_scan 2 "test/app:1" "layer $HOSTILE_LAYER" "digest mismatch|corrupt gzip"
