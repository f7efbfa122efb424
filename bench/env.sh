# What tests/lib/*.sh expect from ctest (DRYDOCK, DD_SOURCE_DIR, ...), then
# tests/lib/common.sh, for a bench script run by hand: set build (the build
# directory, absolute) first. Sets here (the source tree).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DRYDOCK=$build/drydock DD_SOURCE_DIR=$here DD_SHARED_DIR=${DD_SHARED_DIR:-$here/../shared}
export DD_TEST_DATA=$here/tests/data DD_BUILD_DIR=$build
source "$here/tests/lib/common.sh"
