#!/bin/bash
# Hostile registry: the layer blob is missing: exit 2 naming the image, the layer
# digest and BLOB_UNKNOWN.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 404-blob "$TMP/img"
hostile_scan 2 "test/app:1" "layer $HOSTILE_LAYER" "blob not found \(HTTP 404 \(BLOB_UNKNOWN"
