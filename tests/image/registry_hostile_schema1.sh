#!/bin/bash
# Hostile registry: a Docker schema 1 manifest: exit 2, 'unsupported (schema 1),
# re-push with a current docker or skopeo'.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start schema1 "$TMP/img"
hostile_scan 2 "test/app:1" "schema 1 manifests are not supported; re-push the image with a current docker or skopeo"
