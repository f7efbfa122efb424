#!/bin/bash
# Hostile registry: every request answered 401 (Basic challenge). With credentials: exit 3,
# 'refused credentials'; anonymous: exit 3, 'requires credentials'.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 401 "$TMP/img"
hostile_scan 3 "test/app:1" "registry $FAKE_ADDR refused credentials for repository test/app" "--username" -- --username drydock --password wrong
HOME=$TMP/nohome hostile_scan 3 "registry $FAKE_ADDR requires credentials for repository test/app"
[ "$(grep -c "status=401" "$FAKE_LOG")" -le 4 ] || fail "too many attempts against a 401: $(grep -c . "$FAKE_LOG")"
