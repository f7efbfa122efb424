#!/bin/bash
# Hostile registry: 503 forever: exit 3 after the retries (max_retries 4, exponential
# backoff), within bounded time, saying HTTP 503 and how often it tried.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 5xx "$TMP/img"
HOSTILE_TIMEOUT=40 hostile_scan 3 "test/app:1" "HTTP 503 \(UNAVAILABLE: service unavailable\) after 4 retries"
[ "$(grep -c "status=503" "$FAKE_LOG")" = 5 ] || fail "expected 1 + 4 attempts, got $(grep -c . "$FAKE_LOG")"
[ "$HOSTILE_ELAPSED" -ge 3 ] || fail "no backoff between retries (${HOSTILE_ELAPSED}s)"
