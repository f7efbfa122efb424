#!/bin/bash
# Hostile registry: the server dies in the middle of the layer: the scan ends with
# exit 3 (never a report), naming the image, the layer and the reason.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start die "$TMP/img"
HOSTILE_TIMEOUT=40 hostile_scan 3 "test/app:1" "layer $HOSTILE_LAYER" "connection lost after [0-9]+ of [0-9]+ bytes|cannot connect"
[ ! -e "$TMP/out.json" ] || fail "a report was written"
