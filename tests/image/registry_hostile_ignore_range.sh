#!/bin/bash
# Hostile registry: the connection drops halfway, and the server ignores Range
# (200 with the whole blob): drydock drops the bytes it already has and
# finishes with the right digest and packages.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start ignore-range "$TMP/img"
hostile_scan 0
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ"
grep -qE "range=bytes=[0-9]+- auth=no status=200 " "$FAKE_LOG" || fail "server did not ignore Range? $(cat "$FAKE_LOG")"
