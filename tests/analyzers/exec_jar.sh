#!/bin/bash
# Executable jars (mode 0755, common for Spring Boot and launcher jars) are
# wanted by two streaming analyzers, jar and executable: jar (first in the
# table) streams it, executable gets it from a buffer up to its max_size and
# finds no executable headers, so the jar's packages are listed and nothing
# is reported unreadable. An ELF next to it is still probed.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_cmd jq
root=$TMP/root
mkdir -p "$root/opt/app" "$root/usr/local/bin"
install -m 755 "$DD_TEST_DATA/analyzers/jar/commons-text-1.9.jar" "$root/opt/app/commons-text-1.9.jar"
"$DRYDOCK" sbom --format json -o "$TMP/s.json" "dir:$root" || fail "sbom failed"
jq -e '.complete' "$TMP/s.json" >/dev/null || fail "incomplete: $(jq -c .notes "$TMP/s.json")"
jq -e '[.packages[] | select(.type == "maven" and .name == "org.apache.commons:commons-text" and .version == "1.9")] | length == 1' \
	"$TMP/s.json" >/dev/null || fail "executable jar not analyzed: $(jq -c '[.packages[] | .name]' "$TMP/s.json")"
if [ -d "$DD_SHARED_DIR/data/apps/trivy/rust-binary" ]; then
	install -m 755 "$DD_SHARED_DIR/data/apps/trivy/rust-binary/test.elf" "$root/usr/local/bin/rust-app"
	"$DRYDOCK" sbom --format json -o "$TMP/s2.json" "dir:$root" || fail "sbom failed"
	jq -e '[.packages[] | select(.type == "cargo")] | length == 2' "$TMP/s2.json" >/dev/null || fail "ELF beside the jar not probed"
	jq -e '[.packages[] | select(.type == "maven")] | length >= 1' "$TMP/s2.json" >/dev/null || fail "jar lost"
fi
echo ok
