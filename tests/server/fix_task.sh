#!/bin/bash
# Fix through the API (issue 14 item 4) against a real docker-registry with
# htpasswd auth (the service's registry credentials reach the fix): the
# Alpine 3.20.3 minirootfs, fixed from the local signed APK repository named
# by the config's fix_sources, by POST /images/fix: a task of kind fix whose
# result is the drydock.fix/v1 document listing the upgrades; 3.20_fixed is
# in the registry (patch layer labelled) and scanned by the follow-up task,
# without the fixed CVE; the original keeps its digest and its status shows
# fixed_tag. overwrite: true replaces the tag. A proxy answering 412 to the
# manifest PUT (an immutable tag, as Harbor does) fails the task with that
# reason, the original tag unchanged. Bad bodies are 422, a read token 403.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
need_registry_tools
need_cmd htpasswd
apk_fix_setup
apk_fix_repo "$TMP/www" "$TMP/key.pem" "$APK_KEYNAME"
apk_fix_serve "$TMP/www"
reg_start htpasswd
reg_push "oci:$TMP/img:3.20" team/alpine:3.20
reg_push "oci:$TMP/img:3.20" team/alpine:ow
sk=(--tls-verify=false --creds "$REG_USER:$REG_PASS")
digest_of() { skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:$1" | jq -r .Digest; }
orig=$(digest_of 3.20)

PROXY_PORT_FILE=$TMP/proxy.port
python3 "$DD_SOURCE_DIR/tests/fix/refuse_proxy.py" "$REG_ADDR" "$PROXY_PORT_FILE" 412 > "$TMP/proxy.log" 2>&1 &
cleanup_hooks+=("kill $! 2>/dev/null")
for _ in $(seq 1 100); do [ -s "$PROXY_PORT_FILE" ] && break; sleep 0.1; done
[ -s "$PROXY_PORT_FILE" ] || fail "the refusing proxy did not start"
PROXY=127.0.0.1:$(cat "$PROXY_PORT_FILE")

export DD_TEST_REG_PASS=$REG_PASS
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "advisory_db_poll: off" \
	"fix_sources:" "  apk: $TMP/sources" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR" "    username: $REG_USER" "    password_env: DD_TEST_REG_PASS" \
	"  - name: guarded" "    url: http://$PROXY" "    username: $REG_USER" "    password_env: DD_TEST_REG_PASS"
TOKEN=$(serve_token admin)
READ=$(serve_token reader read)
serve_start "$SRV_CONFIG"
API_RECORD=$TMP/answers.jsonl
# fix_completed goes to an HTTP notifier (signature checked by the receiver)
recv_start http 0 fix-secret
api_ok POST /api/v1/notifiers 201 -d "{\"name\": \"fixes\", \"type\": \"http\", \"url\": \"http://127.0.0.1:$RECV_PORT/\",
	\"secret\": \"fix-secret\", \"events\": [\"fix_completed\"]}"

# the original scanned first, as a user who clicks Fix has it
api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20"}'
wait_task "$(jq -r .task "$TMP/body")" 120
api_ok GET "/api/v1/images/report?registry=local&repository=team/alpine&tag=3.20" 200
jq -e --arg id "$BUSYBOX_IDS" '[.findings[].id] | index($id)' "$TMP/body" >/dev/null || fail "3.20 lacks $BUSYBOX_IDS before the fix"

# bad requests
api_ok POST /api/v1/images/fix 422 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20", "ids": "CVE-1"}'
api_ok POST /api/v1/images/fix 422 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20", "ids": []}'
api_ok POST /api/v1/images/fix 422 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20", "overwrite": "yes"}'
api_ok POST /api/v1/images/fix 422 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20", "force": true}'
api_ok POST /api/v1/images/fix 422 -d '{"registry": "nowhere", "repository": "team/alpine", "tag": "3.20"}'
api_ok POST /api/v1/images/fix 400 -d '{"registry": '
TOKEN=$READ api_ok POST /api/v1/images/fix 403 -d '{"registry": "local", "repository": "team/alpine", "tag": "3.20"}'
echo "ok bad fix requests: 422/400, a read token 403"

# 1. <tag>_fixed
api_ok POST /api/v1/images/fix 202 -d "{\"registry\": \"local\", \"repository\": \"team/alpine\", \"tag\": \"3.20\", \"ids\": [\"$BUSYBOX_IDS\"]}"
t1=$(jq -r .task "$TMP/body")
t0=$(date +%s%N)
wait_task "$t1" 300
fix_ms=$((($(date +%s%N) - t0) / 1000000))
jq -e '.kind == "fix" and .state == "succeeded" and .items[0].state == "succeeded"' "$TMP/body" >/dev/null ||
	{ tail -20 "$SRV_LOG" >&2; fail "fix task: $(jq -c '{kind,state,items,fix}' "$TMP/body")"; }
jq -e --arg r "$REG_ADDR/team/alpine:3.20_fixed" --arg id "$BUSYBOX_IDS" '.result.target.written and
	(.result.target.ref | endswith($r)) and ([.result.upgrades[].name] | index("busybox")) and
	(.result.fixed | index($id)) and .fix.fixed_tag == "3.20_fixed" and (.fix.scan_task | type) == "number"' \
	"$TMP/body" >/dev/null || fail "fix result: $(jq -c '{result: (.result | {target, upgrades: [.upgrades[]?.name], fixed}), fix}' "$TMP/body")"
scan_task=$(jq -r .fix.scan_task "$TMP/body")
echo "ok fix task $t1 in ${fix_ms} ms: upgrades $(jq -c '[.result.upgrades[] | "\(.name) \(.from) -> \(.to)"]' "$TMP/body")"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:3.20_fixed" > "$TMP/fixed.json" || fail "3.20_fixed is not in the registry"
jq -e '.Labels["io.drydock.patch"] != null' "$TMP/fixed.json" >/dev/null || fail "3.20_fixed has no patch label"
[ "$(digest_of 3.20)" = "$orig" ] || fail "3.20 changed"
api_ok GET "/api/v1/tasks/$t1/log" 200
has "fixed: .*upgrade" "$TMP/body" || fail "task log: $(cat "$TMP/body")"
wait_task "$scan_task" 120
jq -e '.kind == "scan" and .state == "succeeded" and .items[0].tag == "3.20_fixed"' "$TMP/body" >/dev/null ||
	fail "scan of the fixed tag: $(jq -c . "$TMP/body")"
api_ok GET "/api/v1/images/status?registry=local&repository=team/alpine&tag=3.20_fixed" 200
jq -e --arg d "$(jq -r .Digest "$TMP/fixed.json")" '.status == "COMPLETE" and .digest == $d' "$TMP/body" >/dev/null ||
	fail "status of 3.20_fixed: $(cat "$TMP/body")"
api_ok GET "/api/v1/images/report?registry=local&repository=team/alpine&tag=3.20_fixed" 200
jq -e --arg id "$BUSYBOX_IDS" '[.findings[].id] | index($id) | not' "$TMP/body" >/dev/null || fail "3.20_fixed still has $BUSYBOX_IDS"
api_ok GET "/api/v1/images/status?registry=local&repository=team/alpine&tag=3.20" 200
jq -e --arg d "$orig" '.status == "COMPLETE" and .digest == $d and .fixed_tag == "3.20_fixed"' "$TMP/body" >/dev/null ||
	fail "status of 3.20: $(cat "$TMP/body")"
echo "ok 3.20_fixed pushed and scanned without $BUSYBOX_IDS; 3.20 unchanged, fixed_tag shown"

# 2. overwrite: the tag itself is replaced
before=$(digest_of ow)
api_ok POST /api/v1/images/fix 202 -d "{\"registry\": \"local\", \"repository\": \"team/alpine\", \"tag\": \"ow\", \"ids\": [\"$BUSYBOX_IDS\"], \"overwrite\": true}"
t2=$(jq -r .task "$TMP/body")
wait_task "$t2" 300
jq -e '.state == "succeeded" and .fix.fixed_tag == "ow" and .fix.overwrite and (.result.target.ref | endswith("/team/alpine:ow"))' \
	"$TMP/body" >/dev/null || fail "overwrite task: $(jq -c '{state, fix, target: .result.target, items}' "$TMP/body")"
after=$(digest_of ow)
[ "$after" != "$before" ] && [ "$after" = "$(jq -r .result.target.digest "$TMP/body")" ] || fail "ow: $before -> $after"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/team/alpine:ow" | jq -e '.Labels["io.drydock.patch"] != null' >/dev/null ||
	fail "ow has no patch layer"
wait_task "$(jq -r .fix.scan_task "$TMP/body")" 120
api_ok GET "/api/v1/images/status?registry=local&repository=team/alpine&tag=ow" 200
jq -e --arg d "$after" '.status == "COMPLETE" and .digest == $d and .fixed_tag == "ow"' "$TMP/body" >/dev/null ||
	fail "status of ow: $(cat "$TMP/body")"
echo "ok overwrite: ow replaced ($before -> $after) and scanned"

# 3. a registry refusing the tag (412): the task fails with that reason, the original stays
api_ok POST /api/v1/images/fix 202 -d "{\"registry\": \"guarded\", \"repository\": \"team/alpine\", \"tag\": \"3.20\", \"ids\": [\"$BUSYBOX_IDS\"], \"overwrite\": true}"
t3=$(jq -r .task "$TMP/body")
wait_task "$t3" 300
jq -e '.state == "failed" and .failed == 1 and (.items[0].error | test("412"))' "$TMP/body" >/dev/null ||
	fail "refused fix: $(jq -c '{state, items, fix}' "$TMP/body")"
jq -e '.result.target.written == false and .fix.fixed_tag == null' "$TMP/body" >/dev/null ||
	fail "refused fix result: $(jq -c '{target: .result.target, fix}' "$TMP/body")"
echo "ok refused: $(jq -r '.items[0].error' "$TMP/body")"
[ "$(digest_of 3.20)" = "$orig" ] || fail "3.20 changed after a refused push"
api_ok GET "/api/v1/images/status?registry=guarded&repository=team/alpine&tag=3.20" 200
jq -e '.fixed_tag == null' "$TMP/body" >/dev/null || fail "a refused fix shows a fixed_tag: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$t3/log" 200
has "failed: .*412" "$TMP/body" || fail "task log: $(cat "$TMP/body")"
echo "ok 412 on the manifest PUT: task failed with the reason, 3.20 unchanged"

# one fix_completed per fix task: two succeeded (3.20_fixed, ow), one failed (the 412)
recv_wait 'map(select(.ok) | .body | fromjson | select(.event == "fix_completed")) | map(.id) | unique | length >= 3' 20
got=$(jq -r -s 'map(select(.ok) | .body | fromjson) | unique_by(.id) | map("\(.image.tag) \(.state) \(.fixed_tag)") | sort | join(", ")' "$RECV_LOG")
[ "$got" = "3.20 failed null, 3.20 succeeded 3.20_fixed, ow succeeded ow" ] || fail "fix_completed events: $got"
jq -e -s 'map(select(.ok) | .body | fromjson | select(.state == "succeeded")) | all(.upgrades | length > 0)' "$RECV_LOG" >/dev/null ||
	fail "a fix_completed event lacks the upgrades"
echo "ok fix_completed notified once per fix task: $got"

python3 "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers do not match docs/openapi.json"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
