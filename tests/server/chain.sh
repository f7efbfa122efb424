#!/bin/bash
# Delivery chains end to end on loopback (issue 15 item 2): a real
# docker-registry (deletes enabled) whose notifications reach drydock's
# webhook; a chain on staging/* counting OS vulnerabilities, backing up to
# quarantine, deleting, auto-fixing from the local signed APK repository
# and promoting to release. Pushing the demo Alpine 3.20.3 image to
# staging/app:1: blocked (status), copied to quarantine/app:1 by blob mount
# (no blob uploaded: registry log), deleted from staging (every tag of the
# digest: app:1 and app:also), HTTP and DingTalk receivers (signatures
# checked) get image_blocked; the
# auto-fix pushes staging/app:1_fixed from the backup, whose push re-runs
# the chain: it passes and is promoted to release/app:1_fixed. Each chain
# run is a task of kind chain (its chain, image and the scan task that
# judged it) whose items are the steps in order, each succeeded with its
# own log lines; a registry refusing deletes fails the delete step (notify
# still runs); a kill -9 in the delete step reruns only that step; on a
# token-auth registry the backup mounts with one token (push on the target,
# pull on the source). API
# checks: 0 counts, bad globs and regexes,
# unknown fields and registries are 422; CRUD; answers validate against
# docs/openapi.json.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
source "$DD_SOURCE_DIR/tests/lib/apk_fix.sh"
need_registry_tools
"$REG_PY" -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is missing (scripts/deps/server.txt)"
apk_fix_setup
# the standard repository plus libcrypto3/libssl3 at the secdb's last fix: every OS vulnerability fixable
python3 "$DD_SOURCE_DIR/tests/fix/apk_repo.py" "$TMP/root" "$TMP/www" "$TMP/key.pem" "$APK_KEYNAME" \
	busybox=1.36.1-r31 busybox-binsh=1.36.1-r31 ssl_client=1.36.1-r31 musl=1.2.5-r3 musl-utils=1.2.5-r3 \
	libcrypto3=3.3.7-r0 libssl3=3.3.7-r0 --drop busybox:etc/securetty --dep 'busybox:musl>=1.2.5-r3' ||
	fail "apk_repo.py failed"
apk_fix_serve "$TMP/www"
# DingTalk over HTTPS with a test CA, checking the signature; then the HTTP receiver
reg_make_ca "$TMP/tls"
RECV_LOG=$TMP/ding.jsonl recv_start dingtalk 0 SECchain-ding --cert "$TMP/tls/server.crt" --key "$TMP/tls/server.key"
DING_PORT=$RECV_PORT
RECV_LOG=$TMP/receiver.jsonl
recv_start http 0 chain-secret

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "advisory_db_poll: off" \
	"notify_backoff: {initial: 1s, max: 2s}" "fix_sources:" "  apk: $TMP/sources"
TOKEN=$(serve_token admin)
HOOK=$(serve_token registry-hook webhook)
READ=$(serve_token reader read)
serve_start "$SRV_CONFIG"
API_RECORD=$TMP/api.jsonl
reg_notify_to "$SRV_URL/api/v1/webhooks/distribution" "$HOOK"
reg_start anonymous
api_ok POST /api/v1/registries 201 -d "{\"name\": \"local\", \"url\": \"http://$REG_ADDR\", \"type\": \"distribution\", \"plain_http\": true}"
api_ok POST /api/v1/notifiers 201 -d "$(jq -n -c --arg u "https://127.0.0.1:$DING_PORT/robot/send?access_token=t" \
	--arg ca "$TMP/tls/ca.crt" '{name: "ding", type: "dingtalk", url: $u, secret: "SECchain-ding", ca_file: $ca, events: ["image_blocked"]}')"
api_ok POST /api/v1/notifiers 201 -d "{\"name\": \"hook\", \"type\": \"http\", \"url\": \"http://127.0.0.1:$RECV_PORT/hook\", \"secret\": \"chain-secret\", \"events\": [\"image_blocked\"]}"

# on a failure: every task with its log, and the service's last lines
task_dump() {
	local t
	api GET "/api/v1/tasks?limit=1000" > /dev/null
	cp "$TMP/body" "$TMP/tasks.json"
	for t in $(jq -r '.items[].id' "$TMP/tasks.json"); do
		api GET "/api/v1/tasks/$t" > /dev/null
		jq -c '{id, kind, state, items: [.items[] | {repository, tag, state, error}]}' "$TMP/body" >&2
		api GET "/api/v1/tasks/$t/log" > /dev/null
		cat "$TMP/body" >&2
	done
	tail -15 "$SRV_LOG" >&2
}
cleanup_hooks=("[ \"\${ok_end:-}\" ] || task_dump" "${cleanup_hooks[@]}")

chain_task() { # SCAN_TASK CHAIN: the id of the chain task the scan task's verdict created (waits up to 60 s)
	local id
	for _ in $(seq 1 600); do
		api_ok GET "/api/v1/tasks?limit=1000" 200
		id=$(jq -r --argjson s "$1" --arg c "$2" '[.items[] | select(.kind == "chain" and .scan_task == $s and
			.chain == $c)][0].id // empty' "$TMP/body")
		[ -n "$id" ] && { echo "$id"; return 0; }
		sleep 0.1
	done
	fail "no chain task of chain $2 for task $1"
}
steps_ok() { # TASK STEPS...: the chain task's items are these steps in order, each succeeded, each with log lines
	local t=$1 want step
	shift
	wait_task "$t" 120
	want=$(printf '%s\n' "$@" | jq -R . | jq -s -c .)
	jq -e --argjson w "$want" '.state == "succeeded" and ([.items[].step] == $w) and
		all(.items[]; .state == "succeeded")' "$TMP/body" > /dev/null || fail "chain task $t: $(jq -c '{state, items}' "$TMP/body")"
	api_ok GET "/api/v1/tasks/$t/log" 200
	for step in "$@"; do
		has " $step: " "$TMP/body" || fail "chain task $t: no log line of the step $step: $(cat "$TMP/body")"
	done
}

# ---- the resource: strict checks
chain='{"name": "staging", "registry": "local", "repository": "staging/*", "tag_regex": "^[0-9]",
	"block_if": {"critical": 1, "unknown": 1, "classes": ["os-vuln"]}, "on_block": {"delete": true, "backup_to": "quarantine"},
	"on_pass": {"promote_to": "release"}, "auto_fix": true, "notifiers": ["hook", "ding"]}'
bad_chain() { # JQ_EDIT WHAT: the chain edited so is refused with 422 naming WHAT
	api_ok POST /api/v1/chains 422 -d "$(jq -c "$1" <<< "$chain")"
	jq -e --arg w "$2" '.error.message | contains($w)' "$TMP/body" > /dev/null || fail "$1: $(cat "$TMP/body")"
}
bad_chain '.block_if.critical = 0' "block_if.critical"
bad_chain '.block_if.high = -1' "block_if.high"
bad_chain '.block_if.classes = []' "block_if.classes"
bad_chain '.block_if.low = "1"' "block_if.low"
bad_chain '.block_if.classes = ["os"]' "block_if.classes"
bad_chain '.block_if.severe = 1' "block_if.severe"
bad_chain '.repository = "staging/[a-"' "repository"
bad_chain '.repository = "Staging/*"' "repository"
bad_chain '.tag_regex = "^(1"' "tag_regex"
bad_chain '.registry = "nowhere"' "registry"
bad_chain '.on_block.backup_to = "../x"' "on_block.backup_to"
bad_chain '.on_block.backup_to = null' "auto_fix"
bad_chain '.auto_fix = "yes"' "auto_fix"
bad_chain '.extra = 1' "extra"
api_ok POST /api/v1/chains 400 -d '{"name": '
TOKEN=$READ api_ok POST /api/v1/chains 403 -d "$chain"
api_ok POST /api/v1/chains 201 -d "$chain"
jq -e '.name == "staging" and .on_block.delete and .auto_fix and .block_if.unknown == 1 and (.created_at | type) == "string"' \
	"$TMP/body" > /dev/null || fail "created: $(cat "$TMP/body")"
api_ok POST /api/v1/chains 409 -d "$chain"
api_ok POST /api/v1/chains 201 -d '{"name": "other", "registry": "local", "repository": "elsewhere/*"}'
jq -e '.tag_regex == ".*" and .auto_fix == false and .on_block.delete == false and .block_if == {}' "$TMP/body" > /dev/null ||
	fail "defaults: $(cat "$TMP/body")"
api_ok PUT /api/v1/chains/other 200 -d '{"registry": "local", "repository": "elsewhere/*", "block_if": {"low": 5}}'
jq -e '.block_if.low == 5' "$TMP/body" > /dev/null || fail "put: $(cat "$TMP/body")"
api_ok PUT /api/v1/chains/other 422 -d '{"registry": "local", "repository": "elsewhere/*", "block_if": {"low": 0}}'
api_ok PUT /api/v1/chains/nochain 404 -d '{"registry": "local", "repository": "x"}'
TOKEN=$READ api_ok GET /api/v1/chains 200
jq -e '[.items[].name] == ["other", "staging"]' "$TMP/body" > /dev/null || fail "list: $(cat "$TMP/body")"
api_ok DELETE /api/v1/chains/other 200
api_ok GET /api/v1/chains/other 404
echo "ok chains API: 0 counts, bad globs/regexes/fields 422; CRUD"

# ---- the chain end to end
sk=(--tls-verify=false)
t0=$(date +%s%N)
reg_push "oci:$TMP/img:3.20" staging/app:1
reg_push "oci:$TMP/img:3.20" staging/app:also
orig=$(skopeo inspect "${sk[@]}" "docker://$REG_ADDR/quarantine/app:1" 2>/dev/null | jq -r .Digest || true)
[ -z "$orig" ] || fail "quarantine/app:1 exists before the push"
digest=$(skopeo inspect --raw "${sk[@]}" "docker://$REG_ADDR/staging/app:1" | sha256sum | cut -d' ' -f1)
digest=sha256:$digest
reg_log_mark
# blocked: status, backup, delete, notification
for _ in $(seq 1 600); do
	api_ok GET "/api/v1/images/status?registry=local&repository=quarantine&tag=1" 200 || true
	skopeo inspect "${sk[@]}" "docker://$REG_ADDR/quarantine/app:1" > "$TMP/q.json" 2>/dev/null && break
	sleep 0.1
done
[ "$(jq -r .Digest "$TMP/q.json")" = "$digest" ] || fail "quarantine/app:1 is not $digest: $(cat "$TMP/q.json")"
recv_wait 'map(select(.ok and (.body | fromjson | .event) == "image_blocked")) | length >= 1' 60
block_ms=$((($(date +%s%N) - t0) / 1000000))
RECV_LOG=$TMP/ding.jsonl recv_wait 'map(select(.ok and (.body | fromjson | .markdown.text | test("staging/app")))) | length >= 1' 30
jq -s -e --arg d "$digest" 'map(select(.ok) | .body | fromjson | select(.event == "image_blocked"))[0] | .blocked and
	.image.repository == "staging/app" and .image.digest == $d and .chain == "staging"' "$RECV_LOG" > /dev/null ||
	fail "image_blocked: $(jq -c -s 'map(.body)' "$RECV_LOG")"
api_ok GET "/api/v1/images/status?registry=local&repository=staging/app&tag=1" 200
jq -e '.blocked == true and (.blocked_reason | contains("chain staging"))' "$TMP/body" > /dev/null ||
	fail "status: $(cat "$TMP/body")"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/staging/app:1" > /dev/null 2>&1 && fail "staging/app:1 is still there"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/staging/app:also" > /dev/null 2>&1 && fail "staging/app:also is still there"
n_up=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"(PUT|PATCH) /v2/quarantine/app/blobs/uploads' || true)
n_mount=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"POST /v2/quarantine/app/blobs/uploads/\?mount=sha256:[0-9a-f]+&from=staging(/|%2F)app' || true)
[ "$n_up" = 0 ] && [ "$n_mount" -ge 2 ] || fail "backup: $n_up uploads, $n_mount mounts in the registry log"
echo "ok blocked in ${block_ms} ms: backed up to quarantine/app:1 ($n_mount blobs mounted, 0 uploaded), staging/app:1 and :also deleted, image_blocked delivered (HTTP and DingTalk)"

# auto_fix: from the backup into staging/app:1_fixed, whose push runs the chain again: promoted
for _ in $(seq 1 1200); do
	skopeo inspect "${sk[@]}" "docker://$REG_ADDR/release/app:1_fixed" > "$TMP/rel.json" 2>/dev/null && break
	sleep 0.1
done
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/staging/app:1_fixed" > "$TMP/fixed.json" || fail "staging/app:1_fixed is not there"
[ "$(jq -r .Digest "$TMP/rel.json")" = "$(jq -r .Digest "$TMP/fixed.json")" ] ||
	fail "release/app:1_fixed is not staging/app:1_fixed: $(jq -r .Digest "$TMP/rel.json")"
jq -e '.Labels["io.drydock.patch"] != null' "$TMP/fixed.json" > /dev/null || fail "1_fixed has no patch layer"
fixed=$(jq -r .Digest "$TMP/fixed.json")
total_ms=$((($(date +%s%N) - t0) / 1000000))
api_ok GET "/api/v1/images/status?registry=local&repository=staging/app&tag=1_fixed" 200
jq -e '.blocked == false' "$TMP/body" > /dev/null || fail "1_fixed status: $(cat "$TMP/body")"
echo "ok auto_fix: staging/app:1_fixed ($fixed) passed and promoted to release/app:1_fixed in ${total_ms} ms from the first push"

# each run is a task of kind chain whose items are its steps, linked to the scan task that judged it
api_ok GET "/api/v1/tasks?limit=1000" 200
push1=$(jq -r '[.items[] | select(.kind == "push")][0].id' "$TMP/body")
push2=$(jq -r '[.items[] | select(.kind == "push")][-1].id' "$TMP/body")
ct=$(chain_task "$push1" staging)
steps_ok "$ct" block backup delete notify auto_fix
api_ok GET "/api/v1/tasks/$ct" 200
jq -e --arg d "$digest" '.chain == "staging" and .image == "local/staging/app:1@" + $d and .total == 5 and
	([.items[] | .repository + ":" + .tag + "@" + .digest] | unique) == ["staging/app:1@" + $d]' "$TMP/body" > /dev/null ||
	fail "chain task fields: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$push1/log" 200
has "chain: chain staging: task $ct runs the steps block, backup, delete, notify, auto_fix" "$TMP/body" ||
	fail "the scan task does not name its chain task: $(cat "$TMP/body")"
steps_ok "$(chain_task "$push2" staging)" promote
echo "ok chain tasks: task $ct has the steps block, backup, delete, notify, auto_fix in order, each succeeded with its log; the 1_fixed run has promote"

# every step in the task logs: the push of 1 (chain, block, backup, delete x2 tags, notify, auto_fix),
# the fix task, the push of 1_fixed (chain pass, promote)
api_ok GET "/api/v1/tasks?limit=1000" 200
cp "$TMP/body" "$TMP/tasks.json"
: > "$TMP/logs.txt"
for t in $(jq -r '.items[].id' "$TMP/tasks.json"); do api_ok GET "/api/v1/tasks/$t/log" 200; cat "$TMP/body" >> "$TMP/logs.txt"; done
for want in "staging/app:1 chain: chain staging: block (critical 0 < 1, unknown [0-9]* >= 1)" "staging/app:1 block: $digest blocked" \
	"staging/app:1 backup: chain staging: .* copied to quarantine/app:1" "delete: chain staging: deleting staging/app:1 " \
	"delete: chain staging: deleting staging/app:also " "staging/app:1 delete: chain staging: deleted the manifest $digest" \
	"staging/app:1 notify: chain staging: image_blocked queued" "staging/app:1 auto_fix: chain staging: task [0-9]*: fix of quarantine/app:1 into staging/app:1_fixed" \
	"quarantine/app:1 fixed: " "staging/app:1_fixed chain: chain staging: pass (critical 0 < 1, unknown 0 < 1)" \
	"staging/app:1_fixed promote: chain staging: .* copied to release/app:1_fixed"; do
	has -e "$want" "$TMP/logs.txt" || fail "task logs lack '$want': $(cat "$TMP/logs.txt")"
done
echo "ok every step in the task logs ($(wc -l < "$TMP/logs.txt") lines)"

# ---- a registry with deletes disabled (a proxy answering 405 to manifest DELETEs, as
# docker-registry does then): the delete step fails saying so, notify still runs, the image stays (blocked)
proxy() { # STATUS [HOLD_FILE]: a refuse_proxy.py for manifest DELETEs in front of the registry; prints its address
	local pf=$TMP/proxy.$RANDOM
	python3 "$DD_SOURCE_DIR/tests/fix/refuse_proxy.py" "$REG_ADDR" "$pf" "$1" DELETE ${2:+"$2"} > /dev/null 2>&1 &
	cleanup_hooks+=("kill $! 2>/dev/null")
	for _ in $(seq 1 100); do [ -s "$pf" ] && break; sleep 0.1; done
	[ -s "$pf" ] || fail "the proxy did not start"
	echo "127.0.0.1:$(cat "$pf")"
}
hook_push() { # REGISTRY REPO TAG DIGEST: the registry's push notification for it, sent by hand
	local env
	env=$(jq -n -c --arg r "$2" --arg t "$3" --arg d "$4" --arg h "$REG_ADDR" '{events: [{id: ($r + ":" + $t),
		timestamp: "2026-12-07T14:11:35Z", action: "push", target: {mediaType: "application/vnd.oci.image.manifest.v1+json",
		digest: $d, repository: $r, tag: $t, url: ("http://" + $h + "/v2/" + $r + "/manifests/" + $d)},
		request: {host: $h, method: "PUT"}}]}')
	TOKEN=$HOOK api_ok POST "/api/v1/webhooks/distribution?registry=$1" 202 \
		-H 'Content-Type: application/vnd.docker.distribution.events.v1+json' -d "$env"
	jq -r '.tasks[0]' "$TMP/body"
}
api_ok POST /api/v1/registries 201 -d "{\"name\": \"nodelete\", \"url\": \"http://$(proxy 405)\", \"plain_http\": true}"
api_ok POST /api/v1/chains 201 -d '{"name": "nodel", "registry": "nodelete", "repository": "gate/*", "block_if": {"unknown": 1},
	"on_block": {"delete": true}}'
reg_push "oci:$TMP/img:3.20" gate/app:2
t=$(hook_push nodelete gate/app 2 "$digest")
wait_task "$t" 60
jq -e '.state == "succeeded"' "$TMP/body" > /dev/null || fail "the scan of gate/app:2: $(jq -c '{state, items}' "$TMP/body")"
t=$(chain_task "$t" nodel)
wait_task "$t" 60
jq -e '.state == "failed" and ([.items[] | .step + " " + .state] == ["block succeeded", "delete failed", "notify succeeded"])
	and (.items[1].error | test("chain nodel: delete: .*HTTP 405.*deletes disabled"))' "$TMP/body" > /dev/null ||
	fail "deletes disabled: $(jq -c '{state, items}' "$TMP/body")"
err=$(jq -r '.items[1].error' "$TMP/body")
api_ok GET "/api/v1/tasks/$t/log" 200
has "failed: chain nodel: delete: .*405" "$TMP/body" || fail "log: $(cat "$TMP/body")"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/gate/app:2" > /dev/null || fail "gate/app:2 went"
api_ok GET "/api/v1/images/status?registry=nodelete&repository=gate/app&tag=2" 200
jq -e '.blocked' "$TMP/body" > /dev/null || fail "gate/app:2 is not blocked: $(cat "$TMP/body")"
echo "ok deletes disabled: the task failed: $err"

# ---- kill -9 in the middle of a chain run: backed up, the DELETE held by the proxy; after the
# restart the item runs again, the backup is not redone (store), the delete is
api_ok POST /api/v1/registries 201 -d "{\"name\": \"slow\", \"url\": \"http://$(proxy 503 "$TMP/hold")\", \"plain_http\": true}"
api_ok POST /api/v1/chains 201 -d '{"name": "resume", "registry": "slow", "repository": "gate/*", "block_if": {"unknown": 1},
	"on_block": {"delete": true, "backup_to": "held"}}'
reg_push "oci:$TMP/img:3.20" gate/app:3
touch "$TMP/hold"
reg_log_mark
t=$(hook_push slow gate/app 3 "$digest")
t=$(chain_task "$t" resume)
for _ in $(seq 1 300); do
	api_ok GET "/api/v1/tasks/$t/log" 200
	has "deleting gate/app:3" "$TMP/body" && break
	sleep 0.1
done
has "deleting gate/app:3" "$TMP/body" || fail "the run did not reach the delete: $(cat "$TMP/body")"
sleep 0.3
kill -9 "$SRV_PID"
wait "$SRV_PID" 2>/dev/null || true
rm -f "$TMP/hold"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/gate/app:3" > /dev/null || fail "gate/app:3 went before the restart"
serve_start "$SRV_CONFIG"
wait_task "$t" 60
jq -e '.state == "succeeded"' "$TMP/body" > /dev/null || fail "after the restart: $(jq -c '{state, items}' "$TMP/body")"
jq -e '[.items[] | .step + " " + .state + " " + (.attempts | tostring)] ==
	["block succeeded 1", "backup succeeded 1", "delete succeeded 2", "notify succeeded 1"]' "$TMP/body" > /dev/null ||
	fail "the steps after the restart: $(jq -c .items "$TMP/body")"
api_ok GET "/api/v1/tasks/$t/log" 200
for want in "backup: chain resume: .* copied to held/app:3" "requeued\\|start: attempt 2" \
	"delete: chain resume: deleted the manifest $digest from gate/app" "notify: chain resume: image_blocked queued"; do
	has -e "$want" "$TMP/body" || fail "log after the restart lacks '$want': $(cat "$TMP/body")"
done
[ "$(grep -c 'copied to held/app:3' "$TMP/body")" = 1 ] || fail "the backup ran twice: $(cat "$TMP/body")"
n_put=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -c '"PUT /v2/held/app/manifests/' || true)
[ "$n_put" = 1 ] || fail "held/app:3 was written $n_put times"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/gate/app:3" > /dev/null 2>&1 && fail "gate/app:3 is still there"
skopeo inspect "${sk[@]}" "docker://$REG_ADDR/held/app:3" > /dev/null || fail "held/app:3 is not there"
echo "ok kill -9 in the delete step: after the restart only the delete step ran again (attempt 2); block and backup were not redone"

# ---- a token-auth registry (docker-registry + tests/lib/token_server.py): the backup
# mounts every blob (no upload), its one token asking push on the target and
# pull on the source together
REG_EXTRA_CONFIG=""
reg_start token
reg_push "oci:$TMP/img:3.20" gate/app:4
api_ok POST /api/v1/registries 201 -d "$(jq -n -c --arg u "http://$REG_ADDR" --arg p "$REG_PASS" --arg n "$REG_USER" \
	'{name: "tok", url: $u, plain_http: true, username: $n, password: $p}')"
api_ok POST /api/v1/chains 201 -d '{"name": "tokchain", "registry": "tok", "repository": "gate/*", "block_if": {"unknown": 1},
	"on_block": {"backup_to": "kept"}}'
reg_log_mark
: > "$REG_TOKEN_LOG"
t=$(hook_push tok gate/app 4 "$digest")
t=$(chain_task "$t" tokchain)
steps_ok "$t" block backup notify
n_up=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"(PUT|PATCH) /v2/kept/app/blobs/uploads' || true)
n_mount=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -cE '"POST /v2/kept/app/blobs/uploads/\?mount=[^"]*" 201' || true)
[ "$n_up" = 0 ] && [ "$n_mount" -ge 2 ] || fail "token registry backup: $n_up uploads, $n_mount mounts: $(tail -n +"$REG_LOG_START" "$REG_LOG" | grep kept)"
[ "$(grep -c 'repository:kept/app' "$REG_TOKEN_LOG")" = 1 ] &&
	has 'scope=repository:kept/app:pull,push,repository:gate/app:pull user=drydock status=200' "$REG_TOKEN_LOG" ||
	fail "token requests of the backup: $(cat "$REG_TOKEN_LOG")"
skopeo inspect --tls-verify=false --creds "$REG_USER:$REG_PASS" "docker://$REG_ADDR/kept/app:4" > /dev/null ||
	fail "kept/app:4 is not there"
echo "ok token-auth registry: backed up by $n_mount mounts (0 uploads), one token request for push on kept/app and pull on gate/app"

python3 "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers do not match docs/openapi.json"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
ok_end=1
