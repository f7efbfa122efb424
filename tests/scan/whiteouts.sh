#!/bin/bash
# A two-layer image whose top layer makes lib/apk/db opaque and writes a new
# installed DB, and one whose top layer deletes the DB: the inventory follows
# the final view. Built from the bundled demo base (no ../shared needed).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
base="$DD_SOURCE_DIR/samples/demo/base"
printf 'lib\t-\nlib/apk\t-\nlib/apk/db\t-\nlib/apk/db/.wh..wh..opq\t\nlib/apk/db/installed\tP:musl\\nV:1.1.22-r4\\no:musl\\n\\nP:zlib\\nV:1.2.11-r1\\no:zlib\\n\\n\n' > "$TMP/opaque.layer"
printf 'lib\t-\nlib/apk\t-\nlib/apk/db\t-\nlib/apk/db/.wh.installed\t\n' > "$TMP/delete.layer"
mkimage oci "$TMP/opaque" "DIR=$base" "$TMP/opaque.layer" --tag t
mkimage oci "$TMP/delete" "DIR=$base" "$TMP/delete.layer" --tag t
"$DRYDOCK" sbom --format json -o "$TMP/o.json" "oci:$TMP/opaque:t"
got=$(jq -r '[.packages[] | .name + "@" + .version] | sort | join(" ")' "$TMP/o.json")
[ "$got" = "musl@1.1.22-r4 zlib@1.2.11-r1" ] || fail "opaque dir: got '$got'"
"$DRYDOCK" sbom --format json -o "$TMP/d.json" "oci:$TMP/delete:t"
n=$(jq '.packages | length' "$TMP/d.json")
[ "$n" = 0 ] || fail "deleted DB: expected no packages, got $n"
# the lower layer alone has the full list
mkimage oci "$TMP/base" "DIR=$base" --tag t
"$DRYDOCK" sbom --format json -o "$TMP/b.json" "oci:$TMP/base:t"
n=$(jq '.packages | length' "$TMP/b.json")
[ "$n" -gt 10 ] || fail "base: expected the full package list, got $n"
echo "ok whiteouts (opaque: 2 packages, deleted: 0, base: $n)"
