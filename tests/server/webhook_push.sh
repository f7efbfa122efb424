#!/bin/bash
# Scan on push end to end on loopback: a real docker-registry whose
# `notifications` endpoint is drydock's /webhooks/distribution with a
# webhook-role token in its Authorization header; a rule on library/* with
# tag regex ^3\.(19|20) and on_push; pushing alpine 3.19.4, 3.20.3 and
# 3.10.9 scans the first two within 5 s of the push and not the third, and
# records the push time. Then: a replayed envelope and a replayed Harbor
# webhook do nothing twice; forged webhooks (no token, a wrong one, a read
# token) are 401/403; malformed, oversized and foreign bodies are 400/413.
# Whitelists: a rule scoped to library/* silences a finding in
# library/alpine but not in other/alpine (the same digest, one stored
# scan), an expired rule does not apply, deleting a rule brings the
# finding back without a rescan; bad whitelist bodies are 422. Every answer
# validates against docs/openapi.json.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
"$REG_PY" -c 'import jsonschema' 2>/dev/null || fail "python3-jsonschema is missing (scripts/deps/server.txt)"
API_RECORD=$TMP/api.jsonl
imgs=$DD_SHARED_DIR/data/images/alpine
secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb

"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_alpine_layout "$imgs/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" 3.20
reg_alpine_layout "$imgs/alpine-minirootfs-3.10.9-x86_64.tar.gz" "$TMP/oci" 3.10

# drydock first (the registry's config needs its address), the registry
# then created through the API
SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2"
TOKEN=$(serve_token admin)
HOOK=$(serve_token registry-hook webhook)
READ=$(serve_token reader read)
serve_start "$SRV_CONFIG"

reg_notify_to "$SRV_URL/api/v1/webhooks/distribution" "$HOOK"
reg_start anonymous
api_ok POST /api/v1/registries 201 -d "{\"name\": \"local\", \"url\": \"http://$REG_ADDR\", \"type\": \"distribution\", \"plain_http\": true}"
api_ok POST /api/v1/rules 201 -d '{"name": "library on push", "registry": "local", "namespace": "library", "tag_regex": "^3\\.(19|20)", "on_push": true}'
rule=$(jq -r .id "$TMP/body")

push_tasks() { # the push tasks so far, as [{id, items...}]
	api_ok GET "/api/v1/tasks?limit=1000" 200
	jq -c '[.items[] | select(.kind == "push")]' "$TMP/body"
}

# one push at a time: the scan must start within 5 s of the push's end
for v in 3.19.4 3.20.3 3.10.9; do
	reg_push "oci:$TMP/oci:${v%.*}" "library/alpine:$v"
	pushed=$(date +%s.%N)
	want=1
	[ "$v" = 3.10.9 ] && want=0
	found=""
	for i in $(seq 1 50); do
		api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=$v" 200
		case $(jq -r .status "$TMP/body") in QUEUED|SCANNING|COMPLETE|INCOMPLETE|FAILED) found=$(date +%s.%N); break ;; esac
		[ "$want" = 0 ] && [ "$i" -ge 30 ] && break # 3 s without anything: enough for a non-match
		sleep 0.1
	done
	if [ "$want" = 1 ]; then
		[ -n "$found" ] || { tail -20 "$SRV_LOG" >&2; fail "library/alpine:$v: no scan 5 s after the push"; }
		echo "ok library/alpine:$v: scan queued $(echo "$found - $pushed" | bc) s after the push"
	else
		[ -z "$found" ] || fail "library/alpine:3.10.9 is outside ^3\\.(19|20) but was queued: $(cat "$TMP/body")"
		jq -e '.status == "NOT_SCANNED"' "$TMP/body" >/dev/null || fail "3.10.9: $(cat "$TMP/body")"
		echo "ok library/alpine:3.10.9: not scanned (outside the regex)"
	fi
done
tasks=$(push_tasks)
[ "$(jq length <<< "$tasks")" = 2 ] || fail "push tasks: $tasks, want 2"
jq -e "all(.rule == $rule)" <<< "$tasks" >/dev/null || fail "push tasks not of rule $rule: $tasks"
for t in $(jq -r '.[].id' <<< "$tasks"); do
	wait_task "$t" 120
	jq -e '.state == "succeeded" and .total == 1' "$TMP/body" >/dev/null || fail "task $t: $(cat "$TMP/body")"
done
for v in 3.19.4 3.20.3; do
	api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=$v" 200
	jq -e '.status == "COMPLETE"' "$TMP/body" >/dev/null || fail "library/alpine:$v: $(cat "$TMP/body")"
done
# the push time is the image's update time
api_ok GET "/api/v1/images?registry=local&repository=library/alpine" 200
jq -e '[.items[] | select(.tag == "3.19.4" or .tag == "3.20.3") | .pushed_at | strings | test("^20[0-9][0-9]-")] | length == 2' \
	"$TMP/body" >/dev/null || fail "pushed_at not recorded: $(cat "$TMP/body")"
echo "ok 3.19.4 and 3.20.3 scanned COMPLETE by 2 push tasks of the rule, push times recorded"

# ---- replays and forgeries ----
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=3.20.3" 200
digest=$(jq -r .digest "$TMP/body")
env='{"events": [{"id": "replayed-event-1", "timestamp": "2026-12-07T10:00:00Z", "action": "push", "target": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "'$digest'", "repository": "library/alpine", "tag": "3.20.3"}, "request": {"host": "'$REG_ADDR'"}}]}'
hook() { TOKEN=$HOOK api POST "$@"; }
[ "$(hook /api/v1/webhooks/distribution -d "$env")" = 202 ] || fail "envelope: $(cat "$TMP/body")"
jq -e '.accepted == 1 and (.tasks | length) == 1' "$TMP/body" >/dev/null || fail "first delivery: $(cat "$TMP/body")"
for i in 1 2 3; do
	[ "$(hook /api/v1/webhooks/distribution -d "$env")" = 202 ] || fail "replay: $(cat "$TMP/body")"
	jq -e '.accepted == 0 and .replays == 1 and (.tasks | length) == 0' "$TMP/body" >/dev/null || fail "replay $i: $(cat "$TMP/body")"
done
harbor='{"type": "PUSH_ARTIFACT", "occur_at": 1796640000, "operator": "admin", "event_data": {"resources": [{"digest": "'$digest'", "tag": "3.20", "resource_url": "'$REG_ADDR'/library/alpine:3.20"}], "repository": {"name": "alpine", "namespace": "library", "repo_full_name": "library/alpine", "repo_type": "private"}}}'
[ "$(hook "/api/v1/webhooks/harbor?registry=local" -d "$harbor")" = 202 ] || fail "harbor: $(cat "$TMP/body")"
jq -e '.accepted == 1 and (.tasks | length) == 1' "$TMP/body" >/dev/null || fail "harbor first: $(cat "$TMP/body")"
[ "$(hook "/api/v1/webhooks/harbor?registry=local" -d "$harbor")" = 202 ] || fail "harbor replay: $(cat "$TMP/body")"
jq -e '.accepted == 0 and .replays == 1' "$TMP/body" >/dev/null || fail "harbor replay: $(cat "$TMP/body")"
[ "$(jq length <<< "$(push_tasks)")" = 4 ] || fail "push tasks after replays: $(push_tasks), want 4"
echo "ok replays (distribution x3, harbor) do nothing twice"

code=$(TOKEN="" api POST /api/v1/webhooks/distribution -d "$env")
[ "$code" = 401 ] && jq -e '.error.code' "$TMP/body" >/dev/null || fail "no token: $code $(cat "$TMP/body")"
code=$(TOKEN=forged-$HOOK api POST /api/v1/webhooks/distribution -d "$env")
[ "$code" = 401 ] || fail "forged token: $code"
code=$(TOKEN=$READ api POST /api/v1/webhooks/harbor -d "$harbor")
[ "$code" = 403 ] || fail "read token on a webhook: $code"
[ "$(hook /api/v1/webhooks/distribution -d '{"events": [')" = 400 ] || fail "malformed: $(cat "$TMP/body")"
[ "$(hook /api/v1/webhooks/harbor -d "$env")" = 400 ] || fail "an envelope to the harbor hook: $(cat "$TMP/body")"
[ "$(hook "/api/v1/webhooks/distribution?registry=nope" -d "$env")" = 422 ] || fail "unknown registry: $(cat "$TMP/body")"
head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' ' ' > "$TMP/big"
code=$(hook /api/v1/webhooks/distribution --data-binary @"$TMP/big")
[ "$code" = 413 ] || fail "10 MB body: $code"
[ "$(jq length <<< "$(push_tasks)")" = 4 ] || fail "forged or bad webhooks made tasks"
kill -0 "$SRV_PID" || fail "the service died"
echo "ok forged webhooks 401/403, malformed 400, 10 MB 413, no task from any"
api_ok GET /metrics 200
grep -q '^drydock_webhook_events_total{source="distribution",result="replayed"} 3$' "$TMP/body" &&
	grep -q '^drydock_webhook_events_total{source="harbor",result="replayed"} 1$' "$TMP/body" &&
	grep -q '^drydock_webhook_events_total{source="distribution",result="rejected"} [1-9]' "$TMP/body" ||
	fail "webhook counters: $(grep webhook "$TMP/body")"
echo "ok /metrics counts webhook events by source and result"

# ---- whitelists ----
# the same digest in a repository outside the rule, scanned on request
# (the stored scan is reused: one scan serves both repositories)
reg_push "oci:$TMP/oci:3.19" "other/alpine:3.19.4"
api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "other/alpine", "tag": "3.19.4"}'
wait_task "$(jq -r .task "$TMP/body")" 60
report() { # unsuppressed finding ids of REPO:3.19.4, sorted
	api_ok GET "/api/v1/images/report?registry=local&repository=$1&tag=3.19.4&format=json" 200
	jq -r '[.findings[] | select(.suppressed != true) | .id] | sort | .[]' "$TMP/body"
}
report library/alpine > "$TMP/lib0"
report other/alpine > "$TMP/oth0"
cmp -s "$TMP/lib0" "$TMP/oth0" || fail "one digest, two different reports before any whitelist"
ids=($(sort -u "$TMP/lib0"))
[ "${#ids[@]}" -ge 2 ] || fail "alpine 3.19.4 has ${#ids[@]} findings against the secdb, need 2 for the whitelist cases"
x=${ids[0]} y=${ids[1]}
api_ok POST /api/v1/whitelists 201 -d '{"class": "vuln", "id": "'$x'", "repositories": ["library/*"], "note": "not reachable here"}'
wl=$(jq -r .whitelist "$TMP/body")
jq -e '.id == "'$x'" and .class == "vuln" and .repositories == ["library/*"]' "$TMP/body" >/dev/null || fail "stored: $(cat "$TMP/body")"
api_ok POST /api/v1/whitelists 201 -d '{"class": "vuln", "id": "'$y'", "expires": "2001-01-01T00:00:00Z"}'
report library/alpine > "$TMP/lib1"
report other/alpine > "$TMP/oth1"
! grep -qx "$x" "$TMP/lib1" || fail "$x is still in library/alpine's report under a library/* whitelist"
grep -qx "$x" "$TMP/oth1" || fail "$x left other/alpine's report: the whitelist is scoped to library/*"
grep -qx "$y" "$TMP/lib1" && grep -qx "$y" "$TMP/oth1" || fail "$y was silenced by an expired whitelist"
api_ok GET "/api/v1/images/report?registry=local&repository=library/alpine&tag=3.19.4&format=json" 200
jq -e '.findings[] | select(.id == "'$x'") | .suppressed_by | test("not reachable here")' "$TMP/body" >/dev/null ||
	fail "the suppressed finding does not say why"
jq -e '.expired_ignores | length == 1' "$TMP/body" >/dev/null || fail "the expired whitelist is not reported"
api_ok DELETE "/api/v1/whitelists/$wl" 200
api_ok DELETE "/api/v1/whitelists/$wl" 404
report library/alpine > "$TMP/lib2"
cmp -s "$TMP/lib0" "$TMP/lib2" || fail "deleting the whitelist did not bring $x back"
api_ok GET /api/v1/whitelists 200
jq -e '.items | length == 1' "$TMP/body" >/dev/null || fail "whitelists: $(cat "$TMP/body")"
echo "ok whitelist scoped to library/* silences $x there only, expired one does not apply, delete re-applies without a rescan"

for bad in '{"class": "vuln"}' '{"class": "os", "id": "CVE-1"}' '{"class": "vuln", "id": "CVE-1", "expires": "soon"}' \
	'{"class": "vuln", "id": "CVE-1", "repositories": "library/*"}' '{"class": "vuln", "id": "CVE-1", "color": "red"}' \
	'{"class": "vuln", "id": "has space"}' '[]'; do
	code=$(api POST /api/v1/whitelists -d "$bad")
	[ "$code" = 422 ] || [ "$code" = 400 ] || fail "whitelist $bad: HTTP $code"
	jq -e '.error.code and .error.message' "$TMP/body" >/dev/null || fail "no error body for $bad"
done
code=$(TOKEN=$READ api POST /api/v1/whitelists -d '{"class": "vuln", "id": "CVE-1"}')
[ "$code" = 403 ] || fail "a read token created a whitelist: $code"
echo "ok bad whitelist bodies 422/400 with error bodies, read token 403"

# every answer above, held to the API's document
"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
