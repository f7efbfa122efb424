#!/bin/bash
# Hostile registry: every request answered 403: exit 3 naming registry, repository and the
# registry error, without retrying.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 403 "$TMP/img"
HOME=$TMP/nohome hostile_scan 3 "test/app:1" "registry $FAKE_ADDR denied access to repository test/app \(HTTP 403 \(DENIED"
[ "$(grep -c . "$FAKE_LOG")" = 1 ] || fail "a 403 was retried"
