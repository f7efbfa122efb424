#!/bin/bash
# The web console's timings and looks (normal pass only): an image with
# 5,000 findings opens interactive in under 1 s and its filters answer in
# under 100 ms (Performance API in Chromium); the first load is under
# 150 KB; every page at 390 and 1440 px, light and dark, is screenshotted
# into BUILD/test-artifacts/web/ and axe-core finds no serious or critical
# violation. Details: tests/web/console.cjs.
# ctest-labels: normal-only
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/console.sh"
console_setup
reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
console_layout alpine "$TMP/oci:3.19" library/alpine:3.19.4
console_big_image "$TMP/big" 5000
console_layout big "$TMP/big:1" big/secrets:1
console_run perf
