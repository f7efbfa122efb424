#!/bin/bash
# Hostile registry: the server dies in the middle of the layer: the scan ends with
# exit 3 (never a report), naming the image, the layer and the reason.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start die "$TMP/img"
# (another layer, fetched in parallel, may be the one that reports it)
HOSTILE_TIMEOUT=40 hostile_scan 3 "test/app:1" "layer sha256:[0-9a-f]{64}" "connection lost after [0-9]+ of [0-9]+ bytes|cannot connect"
[ ! -e "$TMP/out.json" ] || fail "a report was written"
