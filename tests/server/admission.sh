#!/bin/bash
# Kubernetes admission (POST /admission/validate) over HTTPS with a test CA
# (tls_cert/tls_key), with a real docker-registry: AdmissionReview requests
# built after the Kubernetes API reference (tests/data/admission, each
# validated against its schema before sending, every answer after, the uid
# always echoed). A Pod whose image is blocked (set through PUT
# /api/v1/images/blocked, the path chains use) is denied with a message
# naming the image, the reason and its worst finding, by tag and by digest;
# a scanned, unblocked image is allowed; an unscanned one per
# admission.unscanned (deny, allow with a warning, scan: a scan queued and
# denied until it is done, then allowed); a Deployment template and a
# CronJob; an image of a host no registry serves; unblocking; malformed
# reviews (400 for a body that is no review, a well-formed denial or, with
# failure: open, an allowance for a review whose object cannot be read).
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_need_alpine
need_cmd openssl
fixtures=$DD_SOURCE_DIR/tests/data/admission
schema=$fixtures/admission-review-v1.schema.json

"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_alpine_layout "$imgs/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" 3.20
reg_alpine_layout "$imgs/alpine-minirootfs-3.10.9-x86_64.tar.gz" "$TMP/oci" 3.10
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4"
reg_push "oci:$TMP/oci:3.20" "library/alpine:3.20.3"
reg_push "oci:$TMP/oci:3.10" "library/alpine:3.10.9"
reg_make_ca "$TMP/tls"

SRV_CONFIG=$TMP/drydock.yaml
# config UNSCANNED FAILURE: the service's config with these admission options
config() {
	serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "tls_cert: $TMP/tls/server.crt" "tls_key: $TMP/tls/server.key" \
		"registries:" "  - name: local" "    url: http://$REG_ADDR" "admission:" "  unscanned: $1" "  failure: $2"
}
# stop: SIGTERM, exit 0 and nothing from the sanitizers (an ASan build reports leaks at exit)
stop() {
	kill "$SRV_PID"
	wait "$SRV_PID" || fail "drydock serve exited $? on SIGTERM: $(tail -5 "$SRV_LOG.cur")"
	! grep -q 'Sanitizer' "$SRV_LOG.cur" || fail "sanitizer report: $(grep -A5 Sanitizer "$SRV_LOG.cur" | head -20)"
}
# start UNSCANNED FAILURE: (re)starts the service over HTTPS with these options
start() {
	[ -n "${SRV_PID:-}" ] && stop
	config "$1" "$2"
	serve_start "$SRV_CONFIG"
	SRV_URL=${SRV_URL/http:/https:}
}
config deny closed
TOKEN=$(serve_token admin)
HOOK=$(serve_token kube-apiserver webhook)
READ=$(serve_token reader read)
start deny closed
CURL_TLS=(--cacert "$TMP/tls/ca.crt")
# serve.sh's wait_task calls curl too: the test CA for every curl of this test
export CURL_CA_BUNDLE=$TMP/tls/ca.crt

# review FIXTURE IMAGE [INIT]: sends the fixture with the images filled in;
# the answer in $TMP/body, checked for the echoed uid. Every request sent is
# kept and every answer recorded: both are checked against the schema at the end.
n_reviews=0
review() {
	local f=$fixtures/$1.json
	sed -e "s|@IMAGE@|$2|g" -e "s|@INIT@|${3:-$2}|g" "$f" > "$TMP/review.json"
	send "$TMP/review.json"
	jq -e --slurpfile q "$TMP/review.json" '.response.uid == $q[0].request.uid' "$TMP/body" > /dev/null ||
		fail "the uid is not echoed: $(head -c 400 "$TMP/body")"
}
send() {
	jq -c . "$1" >> "$TMP/requests.jsonl"
	TOKEN=$HOOK api_ok POST /admission/validate 200 "${CURL_TLS[@]}" -H 'Content-Type: application/json' --data-binary "@$1"
	valid_answer
}
valid_answer() {
	jq -c . "$TMP/body" >> "$TMP/answers.jsonl" || fail "the answer is not JSON: $(head -c 300 "$TMP/body")"
	n_reviews=$((n_reviews + 1))
}
allowed() { jq -e '.response.allowed == true' "$TMP/body" > /dev/null || fail "$1: denied: $(jq -c .response "$TMP/body")"; }
denied() {
	jq -e '.response.allowed == false and .response.status.code == 403' "$TMP/body" > /dev/null || fail "$1: not denied: $(jq -c .response "$TMP/body")"
	local want
	for want in "${@:2}"; do
		jq -e --arg w "$want" '.response.status.message | contains($w)' "$TMP/body" > /dev/null ||
			fail "$1: the message lacks '$want': $(jq -r .response.status.message "$TMP/body")"
	done
}

curl -s --max-time 5 "http://${SRV_URL#https://}/healthz" > /dev/null && fail "plain HTTP answered on the TLS listener"
img() { echo "$REG_ADDR/library/alpine:$1"; }

# ---- scanned images; one blocked through the API chains use ----
for t in 3.19.4 3.20.3; do
	api_ok POST /api/v1/images/scan 202 "${CURL_TLS[@]}" -d "{\"registry\": \"local\", \"repository\": \"library/alpine\", \"tag\": \"$t\"}"
	wait_task "$(jq -r .task "$TMP/body")" 120
done
api_ok GET "/api/v1/images/report?registry=local&repository=library/alpine&tag=3.19.4" 200 "${CURL_TLS[@]}"
worst=$(jq -r '.findings[0].id' "$TMP/body")
[ -n "$worst" ] && [ "$worst" != null ] || fail "3.19.4 has no finding to name"
TOKEN=$READ api_ok PUT /api/v1/images/blocked 403 "${CURL_TLS[@]}" -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4", "blocked": true}'
api_ok PUT /api/v1/images/blocked 422 "${CURL_TLS[@]}" -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4"}'
api_ok PUT /api/v1/images/blocked 404 "${CURL_TLS[@]}" -d '{"registry": "local", "repository": "library/alpine", "tag": "9.9", "blocked": true}'
api_ok PUT /api/v1/images/blocked 200 "${CURL_TLS[@]}" \
	-d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4", "blocked": true, "reason": "chain staging: block_if critical >= 1"}'
digest=$(jq -r .digest "$TMP/body")
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=3.19.4" 200 "${CURL_TLS[@]}"
jq -e '.blocked == true and (.blocked_reason | contains("chain staging"))' "$TMP/body" > /dev/null || fail "status: $(cat "$TMP/body")"
echo "ok 3.19.4 blocked through PUT /api/v1/images/blocked (status blocked, with the reason)"

review pod "$(img 3.19.4)" "$(img 3.20.3)"
denied "blocked Pod" "$(img 3.19.4)" "chain staging" "$worst"
jq -e --arg p "$(img 3.20.3)" '.response.status.message | contains($p) | not' "$TMP/body" > /dev/null || fail "the passed init image is named"
echo "ok Pod with a blocked image denied: $(jq -r .response.status.message "$TMP/body" | head -c 200)"
review pod "$REG_ADDR/library/alpine@$digest" "$(img 3.20.3)"
denied "blocked by digest" "$digest"
review pod "$(img 3.20.3)"
allowed "passed Pod"
review deployment "$(img 3.19.4)" "$(img 3.20.3)"
denied "Deployment template" "$(img 3.19.4)"
review deployment "$(img 3.20.3)"
allowed "Deployment of a passed image"
review cronjob "$(img 3.19.4)"
denied "CronJob template" "$(img 3.19.4)"
echo "ok passed Pod allowed; Deployment and CronJob templates judged; a digest reference denied too"

# ---- unscanned: deny (this config), allow, scan ----
review pod "$(img 3.10.9)" "$(img 3.20.3)"
denied "unscanned, deny" "$(img 3.10.9)" "not been scanned"
review pod "nginx:1.25"
denied "unknown registry" "nginx:1.25" "no configured registry"
start allow closed
review pod "$(img 3.10.9)"
allowed "unscanned, allow"
jq -e --arg i "$(img 3.10.9)" '.response.warnings | any(contains($i))' "$TMP/body" > /dev/null || fail "no warning for the unscanned image"
start scan closed
review pod "$(img 3.10.9)"
denied "unscanned, scan" "queued a scan"
task=$(jq -r '.response.status.message' "$TMP/body" | grep -o 'task [0-9]*' | grep -o '[0-9]*')
[ -n "$task" ] || fail "no task named"
wait_task "$task" 120
review pod "$(img 3.10.9)"
allowed "scanned by admission's own request"
echo "ok unscanned: deny, allow with a warning, scan (queued as task $task, denied until done, then allowed)"

# ---- unblocked ----
api_ok PUT /api/v1/images/blocked 200 "${CURL_TLS[@]}" -d "{\"digest\": \"$digest\", \"blocked\": false}"
review pod "$(img 3.19.4)"
allowed "unblocked"
echo "ok unblocked: allowed again"

# ---- malformed reviews ----
bad400() {
	TOKEN=$HOOK api_ok POST /admission/validate 400 "${CURL_TLS[@]}" --data-binary "$1"
	jq -e '.error.message | length > 0' "$TMP/body" > /dev/null || fail "no error message for $1"
}
bad400 'not json'
bad400 '[]'
bad400 '{"apiVersion": "admission.k8s.io/v1beta1", "kind": "AdmissionReview", "request": {"uid": "x"}}'
bad400 '{"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {"uid": ""}}'
bad400 '{"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {"uid": 7}}'
bad400 "$(printf '%.0s[' $(seq 3000))"
TOKEN="" api_ok POST /admission/validate 401 "${CURL_TLS[@]}" --data-binary @"$fixtures/pod.json"
TOKEN=$READ api_ok POST /admission/validate 403 "${CURL_TLS[@]}" --data-binary @"$fixtures/pod.json"
# a review whose object cannot be read: a well-formed answer by the failure policy
broken() { # JQ-EXPR
	jq "$1" "$fixtures/pod.json" > "$TMP/broken.json"
	TOKEN=$HOOK api_ok POST /admission/validate 200 "${CURL_TLS[@]}" --data-binary "@$TMP/broken.json"
	valid_answer
	jq -e '.response.uid == "705ab4f5-6393-11e8-b7cc-42010a800002"' "$TMP/body" > /dev/null || fail "uid not echoed for $1"
}
for e in '.request.object.spec.containers = "x"' '.request.object.spec.containers[0].image = 7' \
	'.request.object.spec = []' '.request.kind.kind = "Deployment"' '.request.object = 5' \
	'.request.object.spec.containers = [range(100) | {name: "c\(.)", image: "r.example/x\(.):1"}]' \
	'.request.object.spec.containers[0].image = ("a" * 600)'; do
	broken "$e"
	denied "$e (failure: closed)" "could not read"
done
broken '.request.object.spec.containers[0].image = "UPPER/Case:!!"'
denied "a bad reference" "not an image reference"
start scan open
broken '.request.object.spec.containers = "x"'
allowed "failure: open"
jq '.request.kind = {"group": "", "version": "v1", "kind": "ConfigMap"} | .request.object = {"kind": "ConfigMap", "data": {}}' \
	"$fixtures/pod.json" > "$TMP/cm.json"
send "$TMP/cm.json"
allowed "a kind without pods"
jq '.request.operation = "DELETE" | .request.object = null' "$fixtures/pod.json" > "$TMP/del.json"
send "$TMP/del.json"
allowed "DELETE without an object"
echo "ok malformed reviews: 400 without a uid, a well-formed denial (closed) or allowance (open) with one"
kill -0 "$SRV_PID" || fail "the service died"
stop
"$REG_PY" - "$schema" "$TMP/requests.jsonl" "$TMP/answers.jsonl" <<-'EOF' || fail "a review does not follow the AdmissionReview schema"
	import json, sys, jsonschema
	v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
	for kind, path in (("request", sys.argv[2]), ("answer", sys.argv[3])):
	    for n, line in enumerate(open(path), 1):
	        doc = json.loads(line)
	        v.validate(doc)
	        assert (kind == "request") == ("request" in doc) and (kind == "answer") == ("response" in doc), (kind, n)
	EOF
echo "ok $(wc -l < "$TMP/requests.jsonl") requests sent and $n_reviews answers follow the AdmissionReview schema"

"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
