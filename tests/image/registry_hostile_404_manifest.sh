#!/bin/bash
# Hostile registry: the tag does not exist: exit 2, 'manifest of tag ... not
# found (MANIFEST_UNKNOWN)'.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 404-manifest "$TMP/img"
hostile_scan 2 "docker://$FAKE_ADDR/test/app:1" "repository test/app: manifest of tag .1. not found \(HTTP 404 \(MANIFEST_UNKNOWN"
