#!/bin/bash
# The Harbor Pluggable Scanner API adapter (/harbor/api/v1) as Harbor drives
# it, against a real docker-registry behind htpasswd: the metadata; a
# ScanRequest carrying the registry URL and "Basic" robot credentials (the
# service has no registry configured: everything comes from the request);
# 302 + Refresh-After while the scan runs (a registry that never answers
# keeps one running); the vulnerability report (1.1 and harbor+json 1.0)
# with the same vulnerabilities as `drydock scan` of the image; the SBOM
# report in SPDX and CycloneDX; a request accepted then drydock killed -9
# still gets its report after a restart; wrong credentials end in a 500
# naming the refusal; a "Bearer" registry token (a token-auth registry)
# is used as given, never logged, sealed in the store; malformed requests 400/422/501; 401/403 for tokens.
# Every answer validates against the spec's own OpenAPI document
# (tests/data/harbor, tests/server/harbor_check.py) and, for the drydock
# document, docs/openapi.json.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_need_alpine yaml
need_cmd htpasswd
HARBOR_RECORD=$TMP/harbor.jsonl
spec=$DD_SOURCE_DIR/tests/data/harbor/scanner-adapter-openapi-v1.2.yaml
MT_REQ='application/vnd.scanner.adapter.scan.request+json; version=1.1'
MT_VULN='application/vnd.security.vulnerability.report; version=1.1'
MT_VULN10='application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0'
MT_SBOM='application/vnd.security.sbom.report+json; version=1.0'

"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_start htpasswd
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4" "${REG_SKOPEO_OPTS[@]}"
digest=$(skopeo inspect --tls-verify=false --creds "$REG_USER:$REG_PASS" "docker://$REG_ADDR/library/alpine:3.19.4" |
	jq -r .Digest)
case $digest in sha256:*) ;; *) fail "no digest for the pushed image" ;; esac
basic="Basic $(printf '%s:%s' "$REG_USER" "$REG_PASS" | base64 -w0)"

SRV_CONFIG=$TMP/drydock.yaml
openssl rand -hex 32 > "$TMP/secret.key"
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "shutdown_grace: 1s" "secret_key_file: $TMP/secret.key"
HOOK=$(serve_token harbor webhook)
READ=$(serve_token reader read)
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"

# harbor METHOD PATH [curl args]: like api (status on stdout, body in
# $TMP/body), with the Harbor token, and the answer's Content-Type and
# Refresh-After recorded for harbor_check.py
harbor() {
	local method=$1 path=$2 code
	shift 2
	code=$(curl -s -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' --max-time 30 -X "$method" \
		${HTOKEN:+-H "Authorization: Bearer $HTOKEN"} "$@" "$SRV_URL$path")
	local ct ra
	ct=$(grep -i '^content-type:' "$TMP/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r')
	ra=$(grep -i '^refresh-after:' "$TMP/headers" | tail -1 | cut -d' ' -f2- | tr -d '\r')
	jq -c -n --arg m "$method" --arg p "$path" --argjson s "$code" --arg c "$ct" --arg r "$ra" --slurpfile b "$TMP/body" \
		'{method: $m, path: $p, status: $s, content_type: $c, refresh_after: $r, body: $b[0]}' >> "$HARBOR_RECORD" 2>/dev/null ||
		jq -c -n --arg m "$method" --arg p "$path" --argjson s "$code" --arg c "$ct" --arg r "$ra" \
			'{method: $m, path: $p, status: $s, content_type: $c, refresh_after: $r, text: true}' >> "$HARBOR_RECORD"
	api_record "$method" "$path" "$code"
	echo "$code"
}
harbor_ok() {
	local method=$1 path=$2 want=$3 got
	shift 3
	got=$(harbor "$method" "$path" "$@")
	[ "$got" = "$want" ] || fail "$method $path: HTTP $got, want $want: $(head -c 600 "$TMP/body")"
}
HTOKEN=$HOOK
# scan_request URL AUTH DIGEST [TAG]: a ScanRequest body
scan_request() {
	jq -c -n --arg u "$1" --arg a "$2" --arg d "$3" --arg t "${4:-3.19.4}" '{registry: {url: $u, authorization: $a},
		artifact: {repository: "library/alpine", digest: $d, tag: $t,
			mime_type: "application/vnd.docker.distribution.manifest.v2+json"},
		enabled_capabilities: [{type: "vulnerability", produces_mime_types: ["application/vnd.security.vulnerability.report; version=1.1"]},
			{type: "sbom", parameters: {sbom_media_types: ["application/spdx+json", "application/vnd.cyclonedx+json"]}}]}'
}
# wait_report ID: polls the way Harbor does (honouring Refresh-After, capped at 0.2 s here) until not 302
wait_report() {
	local i code
	for i in $(seq 1 600); do
		code=$(harbor GET "/harbor/api/v1/scan/$1/report" -H "Accept: $MT_VULN")
		[ "$code" = 302 ] || { echo "$code"; return 0; }
		grep -qi '^refresh-after: [0-9]' "$TMP/headers" || fail "302 without Refresh-After"
		sleep 0.2
	done
	fail "report $1 still 302 after 120 s"
}

# ---- metadata and tokens ----
harbor_ok GET /harbor/api/v1/metadata 200
jq -e '[.capabilities[].type] == ["vulnerability", "sbom"] and
	(.capabilities[1].additional_attributes.sbom_media_types | index("application/spdx+json") and index("application/vnd.cyclonedx+json")) and
	(.capabilities[0].produces_mime_types | index("application/vnd.security.vulnerability.report; version=1.1")) and
	.scanner.name == "drydock"' "$TMP/body" > /dev/null || fail "metadata: $(cat "$TMP/body")"
harbor_ok GET /harbor/api/v1/metadata 200 -H 'Accept: application/vnd.scanner.adapter.metadata+json; version=1.0'
grep -qi '^content-type: application/vnd.scanner.adapter.metadata+json; version=1.0' "$TMP/headers" || fail "a 1.0 client did not get 1.0 metadata"
HTOKEN="" harbor_ok GET /harbor/api/v1/metadata 401
HTOKEN=$READ harbor_ok POST /harbor/api/v1/scan 403 -d '{}'
HTOKEN=$TOKEN harbor_ok GET /harbor/api/v1/metadata 200
echo "ok metadata (1.1 and 1.0), 401 without a token, 403 for a read token"

# ---- 302 while running: a registry that accepts and never answers ----
"$REG_PY" -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16)
print(s.getsockname()[1], flush=True)
time.sleep(600)' > "$TMP/silent.port" &
cleanup_hooks+=("kill $! 2>/dev/null")
for _ in $(seq 1 50); do [ -s "$TMP/silent.port" ] && break; sleep 0.1; done
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" \
	-d "$(scan_request "http://127.0.0.1:$(cat "$TMP/silent.port")" "" "sha256:$(printf '1%.0s' $(seq 64))")"
silent=$(jq -r .id "$TMP/body")
sleep 0.3
harbor_ok GET "/harbor/api/v1/scan/$silent/report" 302 -H "Accept: $MT_VULN"
grep -qi '^refresh-after: [0-9]' "$TMP/headers" || fail "302 without Refresh-After"
echo "ok 302 with Refresh-After while the scan runs"

# ---- a scan through the adapter = drydock scan of the image ----
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" -d "$(scan_request "http://$REG_ADDR" "$basic" "$digest")"
grep -qi '^content-type: application/vnd.scanner.adapter.scan.response+json; version=1.0' "$TMP/headers" || fail "scan response media type"
id=$(jq -r .id "$TMP/body")
[ "$(wait_report "$id")" = 200 ] || fail "report: $(head -c 600 "$TMP/body")"
grep -qi "^content-type: $MT_VULN" "$TMP/headers" || fail "report media type: $(cat "$TMP/headers")"
cp "$TMP/body" "$TMP/harbor-report.json"
jq -e --arg d "$digest" '.artifact.digest == $d and .artifact.repository == "library/alpine" and .artifact.tag == "3.19.4" and
	(.vulnerabilities | length > 0) and
	all(.vulnerabilities[]; .severity as $s | ["Unknown", "Low", "Medium", "High", "Critical"] | index($s)) and
	any(.vulnerabilities[]; .fix_version != null and (.links | length > 0) and .layer.digest != null)' \
	"$TMP/harbor-report.json" > /dev/null || fail "vulnerability report: $(head -c 800 "$TMP/harbor-report.json")"
DRYDOCK_PASSWORD=$REG_PASS "$DRYDOCK" scan --plain-http --username "$REG_USER" --db "$TMP/db" --scanners vuln -f json \
	"docker://$REG_ADDR/library/alpine@$digest" > "$TMP/cli.json" 2> "$TMP/err"
[ -s "$TMP/cli.json" ] || fail "drydock scan: $(cat "$TMP/err")"
jq -r '.findings[] | select(.class == "os-vuln" or .class == "app-vuln") | [.id, .package.name // .pkg_name, .package.version // .pkg_version, .fixed_version // ""] | @tsv' \
	"$TMP/cli.json" | sort > "$TMP/cli.tsv"
jq -r '.vulnerabilities[] | [.id, .package, .version, .fix_version // ""] | @tsv' "$TMP/harbor-report.json" | sort > "$TMP/harbor.tsv"
[ -s "$TMP/cli.tsv" ] || fail "drydock scan found no vulnerabilities: $(head -c 400 "$TMP/cli.json")"
diff "$TMP/cli.tsv" "$TMP/harbor.tsv" > "$TMP/diff" || fail "the adapter's vulnerabilities differ from drydock scan: $(head -20 "$TMP/diff")"
# severities map one to one
jq -r '.findings[] | select(.class == "os-vuln") | [.id, (.severity | ascii_downcase)] | @tsv' "$TMP/cli.json" | sort -u > "$TMP/cli.sev"
jq -r '.vulnerabilities[] | [.id, (.severity | ascii_downcase)] | @tsv' "$TMP/harbor-report.json" | sort -u > "$TMP/harbor.sev"
diff "$TMP/cli.sev" "$TMP/harbor.sev" > /dev/null || fail "severities differ: $(diff "$TMP/cli.sev" "$TMP/harbor.sev" | head)"
echo "ok $(wc -l < "$TMP/harbor.tsv") vulnerabilities through the adapter, the same as drydock scan (ids, packages, versions, fixes, severities)"

harbor_ok GET "/harbor/api/v1/scan/$id/report" 200 -H "Accept: $MT_VULN10"
jq -S .vulnerabilities "$TMP/body" > "$TMP/v10"
jq -S .vulnerabilities "$TMP/harbor-report.json" > "$TMP/v11"
cmp -s "$TMP/v10" "$TMP/v11" || fail "the 1.0 report differs from the 1.1 one"
harbor_ok GET "/harbor/api/v1/scan/$id/report" 200
grep -qi "^content-type: $MT_VULN" "$TMP/headers" || fail "no Accept: not the 1.1 report"
# Harbor encodes the query (%2F, %2B); a bare '+' (a space once decoded) is taken too
for q in application%2Fspdx%2Bjson application/vnd.cyclonedx+json; do
	mt=$(printf '%b' "${q//%/\\x}")
	harbor_ok GET "/harbor/api/v1/scan/$id/report?sbom_media_type=$q" 200 -H "Accept: $MT_SBOM"
	jq -e --arg mt "$mt" '.media_type == $mt and (if $mt == "application/spdx+json" then .sbom.spdxVersion != null
		else .sbom.bomFormat == "CycloneDX" end) and ([.sbom.packages // .sbom.components | .[] | select(.name == "musl")] | length >= 1)' \
		"$TMP/body" > /dev/null || fail "SBOM $mt: $(head -c 400 "$TMP/body")"
done
harbor_ok GET "/harbor/api/v1/scan/$id/report" 400 -H "Accept: $MT_SBOM"
harbor_ok GET "/harbor/api/v1/scan/$id/report?sbom_media_type=text/plain" 400 -H "Accept: $MT_SBOM"
harbor_ok GET "/harbor/api/v1/scan/$id/report" 501 -H 'Accept: application/vnd.scanner.adapter.vuln.report.raw'
harbor_ok GET /harbor/api/v1/scan/00000000-0000-4000-8000-000000000000/report 404
harbor_ok GET /harbor/api/v1/scan/..%2F..%2Fetc/report 404
# a request that enabled only the SBOM capability has no vulnerability report
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" \
	-d "$(scan_request "http://$REG_ADDR" "$basic" "$digest" | jq -c '.enabled_capabilities = [{type: "sbom"}]')"
sid=$(jq -r .id "$TMP/body")
for _ in $(seq 1 300); do
	[ "$(harbor GET "/harbor/api/v1/scan/$sid/report?sbom_media_type=application/spdx%2Bjson" -H "Accept: $MT_SBOM")" = 302 ] || break
	sleep 0.2
done
[ "$(jq -r .media_type "$TMP/body")" = application/spdx+json ] || fail "sbom-only request: $(head -c 300 "$TMP/body")"
harbor_ok GET "/harbor/api/v1/scan/$sid/report" 400 -H "Accept: $MT_VULN"
echo "ok reports: 1.0 = 1.1, SBOM SPDX and CycloneDX, 400 without sbom_media_type or for a capability not enabled, 501 raw, 404 unknown id"

# ---- durable: accepted, drydock killed -9 at once, restarted ----
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" -d "$(scan_request "http://$REG_ADDR" "$basic" "$digest" latest-copy)"
kid=$(jq -r .id "$TMP/body")
kill -9 "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
serve_start "$SRV_CONFIG"
[ "$(wait_report "$kid")" = 200 ] || fail "after kill -9 and a restart: $(head -c 400 "$TMP/body")"
jq -r '.vulnerabilities[] | [.id, .package, .version, .fix_version // ""] | @tsv' "$TMP/body" | sort | cmp -s - "$TMP/harbor.tsv" ||
	fail "the report after the restart differs"
echo "ok a request accepted before kill -9 gets its report after the restart"

# ---- failures: wrong credentials (a digest not scanned yet: a stored scan
# of a digest is reused without a pull, so credentials matter for new ones) ----
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" \
	-d "$(scan_request "http://$REG_ADDR" "Basic $(printf '%s:wrong' "$REG_USER" | base64 -w0)" "sha256:$(printf '2%.0s' $(seq 64))" other)"
wid=$(jq -r .id "$TMP/body")
[ "$(wait_report "$wid")" = 500 ] || fail "wrong credentials: $(head -c 400 "$TMP/body")"
jq -e '.error.message | test("auth")' "$TMP/body" > /dev/null || fail "the failure does not name the refusal: $(cat "$TMP/body")"
grep -qi '^content-type: application/vnd.scanner.adapter.error+json; version=1.0' "$TMP/headers" || fail "error media type"
echo "ok wrong credentials: 500 $(jq -r .error.message "$TMP/body" | head -c 160)"

# ---- malformed requests ----
bad() { # WANT BODY
	harbor_ok POST /harbor/api/v1/scan "$1" -H "Content-Type: $MT_REQ" -d "$2"
	jq -e '.error.message | length > 0' "$TMP/body" > /dev/null || fail "no error message for $2"
	grep -qi '^content-type: application/vnd.scanner.adapter.error+json' "$TMP/headers" || fail "error media type for $2"
}
ok_req=$(scan_request "http://$REG_ADDR" "$basic" "$digest")
bad 400 'not json'
bad 400 '[]'
bad 400 '{"registry": {"url": "http://x"}}'
bad 400 "$(jq -c '.artifact.repository = 7' <<< "$ok_req")"
bad 422 "$(jq -c '.artifact.digest = "sha256:xyz"' <<< "$ok_req")"
bad 422 "$(jq -c '.artifact.repository = "../etc"' <<< "$ok_req")"
bad 422 "$(jq -c '.registry.url = "file:///etc/passwd"' <<< "$ok_req")"
bad 422 "$(jq -c '.registry.url = "http://a b"' <<< "$ok_req")"
bad 422 "$(jq -c '.registry.authorization = "Bearer a b"' <<< "$ok_req")"
bad 422 "$(jq -c '.registry.authorization = "Digest abc"' <<< "$ok_req")"
bad 422 "$(jq -c '.registry.authorization = "Basic !!!!"' <<< "$ok_req")"
bad 501 "$(jq -c '.artifact.mime_type = "application/vnd.oci.image.index.v1+json"' <<< "$ok_req")"
bad 501 "$(jq -c '.enabled_capabilities = [{"type": "malware"}]' <<< "$ok_req")"
head -c 70000 /dev/zero | tr '\0' ' ' > "$TMP/big"
bad 400 "$(cat "$TMP/big"){}"
echo "ok malformed ScanRequests: 400, 422, 501 with error bodies"

# ---- a Bearer registry token (Harbor mints one for its registry per scan): a
# docker-registry behind the token server; drydock sends the token as given
# (the token service never hears from drydock), never logs it, seals it in
# the store; a token the registry refuses is a 500 naming the refusal ----
reg_start token
umoci config --image "$TMP/oci:3.19" --tag tok --config.label io.drydock.test=bearer > /dev/null
reg_push "oci:$TMP/oci:tok" "library/alpine:tok" "${REG_SKOPEO_OPTS[@]}"
tdigest=$(skopeo inspect --tls-verify=false --creds "$REG_USER:$REG_PASS" "docker://$REG_ADDR/library/alpine:tok" | jq -r .Digest)
[ "$tdigest" != "$digest" ] && case $tdigest in sha256:*) true ;; *) false ;; esac || fail "no new digest for the token registry"
jwt=$(curl -s -u "$REG_USER:$REG_PASS" \
	"http://127.0.0.1:$(cat "$REG_DIR/token.port")/token?service=drydock-test&scope=repository:library/alpine:pull" | jq -r .token)
[ "${#jwt}" -gt 100 ] || fail "no token from the token server"
n_tok=$(wc -l < "$REG_TOKEN_LOG")
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" -d "$(scan_request "http://$REG_ADDR" "Bearer $jwt" "$tdigest" tok)"
bid=$(jq -r .id "$TMP/body")
[ "$(wait_report "$bid")" = 200 ] || fail "bearer token: $(head -c 400 "$TMP/body")"
jq -r '.vulnerabilities[] | [.id, .package, .version, .fix_version // ""] | @tsv' "$TMP/body" | sort | cmp -s - "$TMP/harbor.tsv" ||
	fail "the report through the bearer token differs"
[ "$(wc -l < "$REG_TOKEN_LOG")" = "$n_tok" ] || fail "drydock asked the token service: $(tail -n +$((n_tok + 1)) "$REG_TOKEN_LOG")"
n_bearer=$(grep -c '"GET /v2/library/alpine/blobs/' "$REG_LOG" || true)
[ "$n_bearer" -ge 2 ] || fail "no blob pulled from the token registry"
harbor_ok POST /harbor/api/v1/scan 202 -H "Content-Type: $MT_REQ" \
	-d "$(scan_request "http://$REG_ADDR" "Bearer not-a-token" "sha256:$(printf '3%.0s' $(seq 64))" other)"
wid=$(jq -r .id "$TMP/body")
[ "$(wait_report "$wid")" = 500 ] || fail "a refused bearer token: $(head -c 400 "$TMP/body")"
jq -e '.error.message | test("auth refused") and test("bearer token")' "$TMP/body" > /dev/null ||
	fail "the failure does not name the refusal: $(cat "$TMP/body")"
! grep -rqF -e "$jwt" -e "not-a-token" "$SRV_LOG" "$TMP/data" || fail "a bearer token is in the log or the data directory"
echo "ok a Bearer registry token: the report ($(wc -l < "$TMP/harbor.tsv") vulnerabilities, $n_bearer blob GETs), no token request, a refused token is a 500 ($(jq -r .error.message "$TMP/body" | head -c 120)), the tokens sealed and never logged"
kill -0 "$SRV_PID" || fail "the service died"
# SIGTERM with the silent registry's scan still running: exit 0, nothing from the sanitizers
kill "$SRV_PID"
wait "$SRV_PID" || fail "drydock serve exited $? on SIGTERM: $(tail -5 "$SRV_LOG.cur")"
! grep -q 'Sanitizer' "$SRV_LOG" || fail "sanitizer report: $(grep -A5 Sanitizer "$SRV_LOG" | head -20)"

"$REG_PY" "$DD_SOURCE_DIR/tests/server/harbor_check.py" "$spec" "$HARBOR_RECORD" || fail "answers the Harbor spec does not describe"
"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
