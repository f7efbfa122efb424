#!/bin/bash
# Hostile registry: blobs redirect (307) to another origin, as registries do to
# S3 or a CDN: the redirect is followed, and the registry's Authorization
# header is not sent there.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

fake_start redirect "$TMP/img" --user drydock:fake-pass
hostile_scan 0 -- --username drydock --password fake-pass
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ"
grep -q "blobs/$HOSTILE_LAYER .*auth=yes status=307" "$FAKE_LOG" || fail "no redirect: $(cat "$FAKE_LOG")"
grep -q "GET /cdn/$HOSTILE_LAYER range=- auth=no status=200" "$FAKE_LOG" || fail "credentials leaked to the redirect target: $(cat "$FAKE_LOG")"
