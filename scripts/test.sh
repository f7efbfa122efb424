#!/bin/sh
# Builds drydock and runs every test (unit and integration) with ctest.
# Tests that need ../shared/data or network-only inputs skip cleanly.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh"
cd "${BUILD_DIR:-$root/build}"
ctest --output-on-failure -j"$(nproc)" "$@"
