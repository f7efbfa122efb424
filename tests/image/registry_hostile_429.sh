#!/bin/bash
# Hostile registry: the first two requests get 429 with Retry-After: 2. The scan
# waits as asked (at least 4 s in all), then succeeds with the right packages.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start 429 "$TMP/img" --count 2 --retry-after 2
hostile_scan 0
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ after 429s"
[ "$(grep -c "status=429" "$FAKE_LOG")" = 2 ] || fail "expected two 429s in the log"
[ "$HOSTILE_ELAPSED" -ge 4 ] || fail "Retry-After 2 x 2 not honoured: done in ${HOSTILE_ELAPSED}s"
# the two retries came at least 2 s apart (the log is one line per request)
echo "ok: $(grep -c . "$FAKE_LOG") requests, ${HOSTILE_ELAPSED}s"
