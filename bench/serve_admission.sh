#!/bin/bash
# drydock serve as a Kubernetes admission webhook and a Harbor scanner,
# measured in one run against a real docker-registry on loopback, over HTTPS
# with a test CA (one kept-alive TLS connection, as the kube-apiserver keeps):
#  1. N (default 1000) AdmissionReviews of a Pod with two images (one
#     blocked, one passed; both resolved through the store): p50/p95/p99 of
#     the answer time (goal: p99 well under the apiserver's 10 s default
#     webhook timeout; a webhook should answer in milliseconds).
#  2. a Harbor ScanRequest of the Alpine 3.19.4 image, cold (nothing stored):
#     the time from POST /scan to the report's 200 (Harbor polls; here every
#     50 ms), and of a second request for the same digest (the stored scan reused).
#   bench/serve_admission.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "${1:?usage: serve_admission.sh BUILD_DIR [N]}" && pwd)
n=${2:-1000}
source "$(dirname "$0")/env.sh"
source "$here/tests/lib/registry.sh"
source "$here/tests/lib/serve.sh"
serve_need_alpine
need_cmd openssl
"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" "$secdb/v3.20" > /dev/null
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_alpine_layout "$imgs/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" 3.20
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4"
reg_push "oci:$TMP/oci:3.20" "library/alpine:3.20.3"
reg_make_ca "$TMP/tls"
export CURL_CA_BUNDLE=$TMP/tls/ca.crt
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "tls_cert: $TMP/tls/server.crt" "tls_key: $TMP/tls/server.key" \
	"registries:" "  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
HOOK=$(serve_token hook webhook)
serve_start "$SRV_CONFIG"
SRV_URL=${SRV_URL/http:/https:}

# 2 first: the cold Harbor scan is what stores 3.19.4
digest=$(skopeo inspect --tls-verify=false "docker://$REG_ADDR/library/alpine:3.19.4" | jq -r .Digest)
"$REG_PY" - "$SRV_URL" "$HOOK" "$REG_ADDR" "$digest" "$TMP/tls/ca.crt" <<-'EOF'
	import json, ssl, sys, time, http.client, urllib.parse
	url, token, reg, digest, ca = sys.argv[1:6]
	u = urllib.parse.urlparse(url)
	ctx = ssl.create_default_context(cafile=ca)
	c = http.client.HTTPSConnection(u.hostname, u.port, context=ctx)
	h = {"Authorization": "Bearer " + token}
	body = json.dumps({"registry": {"url": "http://" + reg}, "artifact": {"repository": "library/alpine",
		"digest": digest, "tag": "3.19.4", "mime_type": "application/vnd.docker.distribution.manifest.v2+json"}})
	for what in ("cold", "stored"):
	    t0 = time.monotonic()
	    c.request("POST", "/harbor/api/v1/scan", body, dict(h, **{"Content-Type": "application/vnd.scanner.adapter.scan.request+json; version=1.1"}))
	    r = c.getresponse(); sid = json.loads(r.read())["id"]
	    polls = 0
	    while True:
	        c.request("GET", "/harbor/api/v1/scan/%s/report" % sid, headers=h)
	        r = c.getresponse(); data = r.read(); polls += 1
	        if r.status != 302:
	            break
	        time.sleep(0.05)
	    assert r.status == 200, (r.status, data[:300])
	    print("harbor %s: POST /scan -> report 200 in %.0f ms (%d polls, %d vulnerabilities)" % (
	        what, (time.monotonic() - t0) * 1000, polls, len(json.loads(data)["vulnerabilities"])))
	EOF

for t in 3.19.4 3.20.3; do   # 3.19.4: the stored scan reused under the registry "local"
	api_ok POST /api/v1/images/scan 202 -d "{\"registry\": \"local\", \"repository\": \"library/alpine\", \"tag\": \"$t\"}"
	wait_task "$(jq -r .task "$TMP/body")" 120
done
api_ok PUT /api/v1/images/blocked 200 -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4", "blocked": true, "reason": "bench"}'
sed -e "s|@IMAGE@|$REG_ADDR/library/alpine:3.19.4|" -e "s|@INIT@|$REG_ADDR/library/alpine:3.20.3|" \
	"$here/tests/data/admission/pod.json" > "$TMP/review.json"
"$REG_PY" - "$SRV_URL" "$HOOK" "$TMP/review.json" "$n" "$TMP/tls/ca.crt" <<-'EOF'
	import json, ssl, sys, time, http.client, urllib.parse
	url, token, path, n, ca = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
	u = urllib.parse.urlparse(url)
	c = http.client.HTTPSConnection(u.hostname, u.port, context=ssl.create_default_context(cafile=ca))
	body = open(path, "rb").read()
	h = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
	ms = []
	for i in range(n):
	    t0 = time.monotonic()
	    c.request("POST", "/admission/validate", body, h)
	    r = c.getresponse(); doc = json.loads(r.read())
	    ms.append((time.monotonic() - t0) * 1000)
	    assert r.status == 200 and doc["response"]["allowed"] is False and "is blocked" in doc["response"]["status"]["message"], doc
	ms.sort()
	q = lambda p: ms[min(len(ms) - 1, int(p * len(ms)))]
	print("admission: %d reviews (a Pod, 2 images, one blocked), one TLS connection: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms"
	      % (n, q(0.5), q(0.95), q(0.99), ms[-1]))
	EOF
