#!/bin/bash
# cargo-auditable: drydock's crate list for Trivy's Rust binary must equal the
# binary's own audit data, decoded here independently: objcopy dumps the
# .dep-v0 section and python3's zlib inflates its JSON. Crates of kind
# "build" are dev.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
need_shared apps/trivy/rust-binary
need_cmd objcopy
need_cmd python3
need_cmd jq

root=$TMP/root
mkdir -p "$root/usr/local/bin"
install -m 755 "$DD_SHARED_DIR/data/apps/trivy/rust-binary/test.elf" "$root/usr/local/bin/rust-app"
objcopy --dump-section .dep-v0="$TMP/dep" "$root/usr/local/bin/rust-app" "$TMP/stripped" || fail "no .dep-v0 section"
python3 - "$TMP/dep" > "$TMP/want" <<'PY'
import json, sys, zlib
data = json.loads(zlib.decompress(open(sys.argv[1], "rb").read()))
for p in sorted(data["packages"], key=lambda p: (p["name"], p["version"])):
    print(p["name"], p["version"], "dev" if p.get("kind") == "build" else "-")
PY
"$DRYDOCK" sbom --format json -o "$TMP/sbom.json" "dir:$root" || fail "drydock sbom failed"
jq -r '.packages[] | select(.path == "usr/local/bin/rust-app") | "\(.name) \(.version) \(if .dev then "dev" else "-" end)"' \
	"$TMP/sbom.json" | sort > "$TMP/got"
[ -s "$TMP/want" ] || fail "the audit data lists no crates"
diff -u "$TMP/want" "$TMP/got" || fail "drydock differs from the binary's audit data"
jq -e '[.packages[] | select(.type == "cargo") | .purl == ("pkg:cargo/" + .name + "@" + .version)] | all' "$TMP/sbom.json" >/dev/null ||
	fail "a cargo purl is wrong"
echo "ok: $(tr '\n' ';' < "$TMP/got")"
