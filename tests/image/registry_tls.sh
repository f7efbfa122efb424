#!/bin/bash
# A real docker-registry over TLS with a certificate from our own CA,
# anonymous: with --cacert the scan lists the image's apk packages; without
# it the scan exits 3 naming the host and suggesting --cacert or
# --tls-verify=false, which also works; plain https never falls back to http.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_shared images/alpine
need_registry_tools
need_cmd umoci
need_cmd openssl
tgz=$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.10.9-x86_64.tar.gz
[ -f "$tgz" ] || skip "$tgz is absent"
mkdir -p "$TMP/root"
tar -xzf "$tgz" -C "$TMP/root" ./lib/apk/db/installed
apk_db_tsv "$TMP/root/lib/apk/db/installed" > "$TMP/expected"
reg_alpine_layout "$tgz" "$TMP/oci" 3.10
reg_start tls
reg_push "oci:$TMP/oci:3.10" "library/alpine:3.10"
ref=docker://$REG_ADDR/library/alpine:3.10

run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --cacert "$REG_CA" "$ref" || fail "--cacert: exit $?"
packages_tsv "$TMP/out.json" | diff -u "$TMP/expected" - || fail "--cacert: packages differ from lib/apk/db/installed"
jq -e '.complete == true and .artifact.repository == "library/alpine"' "$TMP/out.json" >/dev/null || fail "--cacert: report wrong"
echo "ok --cacert ($(wc -l < "$TMP/expected") packages)"

rc=0
run_bounded 60 "$DRYDOCK" sbom "$ref" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] || fail "untrusted: exit $rc: $(cat "$TMP/err")"
grep -q "TLS certificate of 127.0.0.1 not trusted.*--cacert FILE.*--tls-verify=false" "$TMP/err" ||
	fail "untrusted: unclear message: $(cat "$TMP/err")"
echo "ok untrusted: $(cat "$TMP/err")"

run_bounded 60 "$DRYDOCK" sbom --format json -o "$TMP/out.json" --tls-verify=false "$ref" || fail "--tls-verify=false: exit $?"
packages_tsv "$TMP/out.json" | diff -u "$TMP/expected" - || fail "--tls-verify=false: packages differ"
echo "ok --tls-verify=false"

# --plain-http against a TLS registry, and https against a plain one, fail clearly
rc=0
run_bounded 60 "$DRYDOCK" sbom --plain-http "$ref" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] && grep -q "drop --plain-http" "$TMP/err" || fail "--plain-http to TLS: exit $rc: $(cat "$TMP/err")"
echo "ok --plain-http to a TLS registry: exit $rc: $(cat "$TMP/err")"
reg_start anonymous
reg_push "oci:$TMP/oci:3.10" "library/alpine:3.10"
rc=0
run_bounded 60 "$DRYDOCK" sbom "docker://$REG_ADDR/library/alpine:3.10" > /dev/null 2> "$TMP/err" || rc=$?
[ "$rc" = 3 ] && grep -q -- "--plain-http" "$TMP/err" || fail "https to a plain registry: exit $rc: $(cat "$TMP/err")"
echo "ok https to a plain-http registry: $(cat "$TMP/err")"
