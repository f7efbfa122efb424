#!/bin/bash
# Hostile registry: TLS with a self-signed certificate: exit 3 naming the
# host and suggesting --cacert / --tls-verify=false; --cacert with that
# certificate works.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
need_cmd jq
need_cmd timeout
hostile_image "$TMP/img"

need_cmd openssl
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
	-keyout "$TMP/key.pem" -out "$TMP/cert.pem" >/dev/null 2>&1
fake_start ok "$TMP/img" --tls "$TMP/cert.pem" "$TMP/key.pem"
HOSTILE_TLS=1
hostile_scan 3 "test/app:1" "TLS certificate of 127.0.0.1 not trusted" "--cacert FILE" "--tls-verify=false"
hostile_scan 0 -- --cacert "$TMP/cert.pem"
packages_tsv "$TMP/out.json" | diff -u "$TMP/img.expected" - || fail "packages differ over TLS"
