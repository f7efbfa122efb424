#!/bin/sh
# The README's first command: builds drydock (installing its Debian
# dependencies), imports the advisory set bundled in data/advisories into a
# fresh DB, and scans the sample image bundled in samples/demo-image.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" >/dev/null
build=${BUILD_DIR:-$root/build}
db="$build/demo.db"
rm -f "$db"
"$build/drydock" db import --db "$db" "$root/data/advisories" >/dev/null
exec "$build/drydock" scan --db "$db" "$@" "oci:$root/samples/demo-image:3.10"
