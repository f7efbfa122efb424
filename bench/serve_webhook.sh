#!/bin/bash
# drydock serve, scan on push, measured in one run against a real
# docker-registry on loopback:
#  1. webhook -> scan start with an idle queue: N (default 200) distinct
#     Distribution push events for an image already scanned, one at a time;
#     the time from sending the POST to the push task leaving "queued"
#     (polled every millisecond): p50/p95/p99 (goal p95 < 100 ms).
#  2. a rule over 1,000 tags of 50 digests (50 small images, 20 tags each,
#     tags made by PUTting the same manifest): POST /rules/{id}/scan, then
#     quota used and the registry's manifest-by-digest and config blob
#     GETs: 50 images pulled, not 1,000.
#   bench/serve_webhook.sh BUILD_DIR [N]
set -euo pipefail
build=$(cd "${1:?usage: serve_webhook.sh BUILD_DIR [N]}" && pwd)
n=${2:-200}
source "$(dirname "$0")/env.sh"
source "$here/tests/lib/registry.sh"
source "$here/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null
reg_alpine_layout "$DD_SHARED_DIR/data/images/alpine/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4"
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "catalog_page_size: 1000" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR" "    type: distribution"
TOKEN=$(serve_token admin)
HOOK=$(serve_token hook webhook)
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d '{"name": "push", "registry": "local", "repository": "library/alpine", "on_push": true}'
api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4"}'
wait_task "$(jq -r .task "$TMP/body")" 120
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=3.19.4" 200
digest=$(jq -r .digest "$TMP/body")

python3 - "$SRV_URL" "$HOOK" "$TOKEN" "$digest" "$n" <<'PY'
import http.client, json, sys, time, urllib.parse
url, hook, token, digest, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
u = urllib.parse.urlparse(url)
c = http.client.HTTPConnection(u.hostname, u.port)
def call(method, path, body=None, tok=token):
    c.request(method, path, body, {"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    r = c.getresponse()
    return r.status, json.loads(r.read() or b"null")
lat = []
for i in range(n):
    ev = {"events": [{"id": "bench-%d" % i, "timestamp": "2026-12-07T12:00:00Z", "action": "push", "target": {
        "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest, "repository": "library/alpine",
        "tag": "3.19.4"}}]}
    t0 = time.perf_counter()
    s, d = call("POST", "/api/v1/webhooks/distribution?registry=local", json.dumps(ev), hook)
    assert s == 202 and len(d["tasks"]) == 1, (s, d)
    task = d["tasks"][0]
    while True:
        s, t = call("GET", "/api/v1/tasks/%d" % task)
        if t["state"] != "queued":
            break
        time.sleep(0.001)
    lat.append((time.perf_counter() - t0) * 1000)
    while t["state"] in ("queued", "running"):   # idle queue before the next push
        time.sleep(0.005)
        s, t = call("GET", "/api/v1/tasks/%d" % task)
lat.sort()
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
print("webhook -> scan start, idle queue, %d pushes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms" %
      (n, p(0.5), p(0.95), p(0.99), lat[-1]))
PY

# ---- 1,000 tags of 50 digests ----
printf 'x' > "$TMP/seed"
for i in $(seq 1 50); do
	mkdir -p "$TMP/l$i/etc"
	echo "bench image $i" > "$TMP/l$i/etc/bench-id"
	tar -C "$TMP/l$i" -cf "$TMP/l$i.tar" etc
	umoci new --image "$TMP/oci:b$i" > /dev/null
	umoci raw add-layer --image "$TMP/oci:b$i" "$TMP/l$i.tar" > /dev/null
	reg_push "oci:$TMP/oci:b$i" "bench/app:d$i-t0"
done
mt=application/vnd.oci.image.manifest.v1+json
for i in $(seq 1 50); do
	curl -sf -H "Accept: $mt" "http://$REG_ADDR/v2/bench/app/manifests/d$i-t0" -o "$TMP/m$i"
	for t in $(seq 1 19); do
		curl -sf -X PUT -H "Content-Type: $mt" --data-binary @"$TMP/m$i" "http://$REG_ADDR/v2/bench/app/manifests/d$i-t$t" -o /dev/null
	done
done
api_ok GET /api/v1/quota 200
q0=$(jq .used "$TMP/body")
api_ok POST /api/v1/rules 201 -d '{"name": "bench", "registry": "local", "repository": "bench/app"}'
reg_log_mark
t0=$(date +%s.%N)
api_ok POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan" 202
task=$(jq -r .task "$TMP/body")
total=$(jq -r .total "$TMP/body")
wait_task "$task" 600
t1=$(date +%s.%N)
api_ok GET /api/v1/quota 200
q1=$(jq .used "$TMP/body")
blobs=$(reg_blob_gets)
echo "rule over $total tags of 50 digests: $(jq -c '{state,done,failed}' <<< "$(api GET /api/v1/tasks/$task > /dev/null; cat "$TMP/body")"), $(echo "$t1 - $t0" | bc) s, quota +$((q1 - q0)), $blobs blob GETs (config and layer per image pulled)"
