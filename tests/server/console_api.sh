#!/bin/bash
# The API the web console needs, end to end with curl on a real service and
# a real docker-registry: login trades a token for an HttpOnly,
# SameSite=Strict session cookie and a CSRF token; the cookie works beside
# Bearer tokens; a state-changing request with the cookie needs the CSRF
# header (missing or wrong: 403, nothing done); logout ends the session;
# webhook tokens and unknown tokens cannot log in; sessions survive a
# restart (they are in the store) and expire after 12 h (test clock). The console at / is
# served from the binary with a strict Content-Security-Policy, gzip, and a
# first load under 150 KB compressed. Registry connection test (ok against
# docker-registry, the reason when unreachable), the task event stream
# (SSE: a scan's task arrives as events with its progress), the overview's
# counts against the stored report, and /images' risk level; with a
# whitelist both count what the report shows (whitelisted apart). Every JSON
# answer validates against docs/openapi.json.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
API_RECORD=$TMP/api.jsonl
imgs=$DD_SHARED_DIR/data/images/alpine
"$DRYDOCK" db import --db "$TMP/db" "$DD_SHARED_DIR/data/vulndb/alpine-secdb/v3.19" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" "library/alpine:3.19.4"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 1" "test_clock_file: $TMP/clock"
ADMIN=$(serve_token admin)
READ=$(serve_token reader read)
HOOK=$(serve_token hook webhook)
serve_start "$SRV_CONFIG"
TOKEN=$ADMIN

# ---- the console's files ----
curl -s -D "$TMP/h" -o "$TMP/index" "$SRV_URL/" || fail "GET /"
has -i "^content-security-policy: default-src 'none'; script-src 'self'; style-src 'self'" "$TMP/h" || fail "/: no strict CSP: $(cat "$TMP/h")"
has -i '^x-frame-options: DENY' "$TMP/h" || fail "/: no X-Frame-Options"
has '<script defer src="/assets/app.js"></script>' "$TMP/index" || fail "/ does not load /assets/app.js"
grep -c '<script' "$TMP/index" | grep -qx 1 || fail "/ has more than one script tag (inline script?)"
total=0
for p in / /assets/app.js /assets/app.css; do
	n=$(curl -s -H 'Accept-Encoding: gzip' -D "$TMP/h" -o "$TMP/asset" -w '%{size_download}' "$SRV_URL$p")
	has -i '^content-encoding: gzip' "$TMP/h" || fail "$p is not served gzip"
	gzip -t "$TMP/asset" || fail "$p: not gzip"
	total=$((total + n))
done
[ "$total" -lt 153600 ] || fail "first load is $total bytes compressed, over 150 KB"
echo "ok console at / with a strict CSP; first load $total bytes compressed (limit 153600)"
code=$(curl -s -o /dev/null -w '%{http_code}' "$SRV_URL/assets/nope.js")
[ "$code" = 404 ] || fail "unknown asset: HTTP $code"

# ---- sessions ----
TOKEN="" api_ok POST /api/v1/session 401 -d '{"token": "ddt_nope"}'
TOKEN="" api_ok POST /api/v1/session 403 -d "{\"token\": \"$HOOK\"}"
TOKEN="" api_ok POST /api/v1/session 422 -d '{"token": 1}'
TOKEN="" api_ok POST /api/v1/session 422 -d '{"token": "x", "role": "admin"}'
code=$(curl -s -D "$TMP/h" -o "$TMP/body" -w '%{http_code}' -X POST -d "{\"token\": \"$ADMIN\"}" "$SRV_URL/api/v1/session")
[ "$code" = 201 ] || fail "login: HTTP $code $(cat "$TMP/body")"
jq -c -n --argjson b "$(cat "$TMP/body")" '{method: "POST", path: "/api/v1/session", status: 201, body: $b}' >> "$API_RECORD"
cookie=$(grep -i '^set-cookie:' "$TMP/h" | tr -d '\r')
echo "$cookie" | has -E 'dd_session=[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200$' || fail "cookie: $cookie"
sid=$(echo "$cookie" | sed -E 's/.*dd_session=([0-9a-f]+).*/\1/')
csrf=$(jq -r .csrf_token "$TMP/body")
[ ${#csrf} = 64 ] && [ "$csrf" != "$sid" ] || fail "csrf token: $csrf"
jq -e '.role == "admin"' "$TMP/body" >/dev/null || fail "login: $(cat "$TMP/body")"
sess() { # METHOD PATH [curl args]: with the session cookie (no Bearer)
	local m=$1 p=$2
	shift 2
	TOKEN="" api "$m" "$p" -b "dd_session=$sid" "$@"
}
[ "$(sess GET /api/v1/session)" = 200 ] && jq -e --arg c "$csrf" '.csrf_token == $c and .role == "admin"' "$TMP/body" >/dev/null ||
	fail "GET /session with the cookie: $(cat "$TMP/body")"
[ "$(sess GET /api/v1/registries)" = 200 ] || fail "cookie not accepted on a GET"
reg='{"name": "local", "url": "http://'$REG_ADDR'", "type": "distribution", "plain_http": true}'
[ "$(sess POST /api/v1/registries -d "$reg")" = 403 ] && jq -e '.error.code == "csrf"' "$TMP/body" >/dev/null ||
	fail "POST with the cookie and no CSRF header: $(cat "$TMP/body")"
# the right token with its last character changed (a fixed "0" is the right one when it ends in 0)
wrong=${csrf%?}$([ "${csrf: -1}" = 0 ] && echo 1 || echo 0)
[ "$(sess POST /api/v1/registries -H "X-CSRF-Token: $wrong" -d "$reg")" = 403 ] || fail "a wrong CSRF token passed"
api_ok GET /api/v1/registries 200
jq -e '.items | length == 0' "$TMP/body" >/dev/null || fail "a refused request created a registry: $(cat "$TMP/body")"
[ "$(sess POST /api/v1/registries -H "X-CSRF-Token: $csrf" -d "$reg")" = 201 ] || fail "POST with cookie and CSRF: $(cat "$TMP/body")"
# a Bearer token needs no CSRF header, and a read session cannot write
api_ok POST /api/v1/registries 201 -d '{"name": "down", "url": "http://127.0.0.1:9", "type": "distribution", "plain_http": true}'
rsid=$(curl -s -D - -o /dev/null -X POST -d "{\"token\": \"$READ\"}" "$SRV_URL/api/v1/session" | tr -d '\r' |
	sed -nE 's/^[Ss]et-[Cc]ookie: dd_session=([0-9a-f]+).*/\1/p')
rcsrf=$(curl -s -b "dd_session=$rsid" "$SRV_URL/api/v1/session" | jq -r .csrf_token)
[ "$(TOKEN="" api DELETE /api/v1/registries/down -b "dd_session=$rsid" -H "X-CSRF-Token: $rcsrf")" = 403 ] || fail "a read session deleted a registry"
forged=${sid%?}$([ "${sid: -1}" = f ] && echo e || echo f)
[ "$(TOKEN="" api GET /api/v1/session -b "dd_session=$forged")" = 401 ] || fail "a forged session id was accepted"
echo "ok sessions: HttpOnly SameSite=Strict cookie, CSRF required and checked, roles kept, forged ids refused"
# sessions are in the store: a restart keeps them (CSRF token included), as
# another process sharing the store would see them
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
serve_start "$SRV_CONFIG"
[ "$(sess GET /api/v1/session)" = 200 ] && jq -e --arg c "$csrf" '.csrf_token == $c and .role == "admin"' "$TMP/body" >/dev/null ||
	fail "the session did not survive a restart: $(cat "$TMP/body")"
[ "$(sess POST /api/v1/registries -H "X-CSRF-Token: $csrf" -d '{"name": "after", "url": "http://127.0.0.1:9", "type": "distribution"}')" = 201 ] ||
	fail "POST with the session after a restart: $(cat "$TMP/body")"
api_ok DELETE /api/v1/registries/after 200
[ "$(TOKEN="" api GET /api/v1/session -b "dd_session=$rsid")" = 200 ] || fail "the read session did not survive a restart"
grep -r -q -e "$sid" -e "$csrf" "$TMP/data" && fail "a session id or CSRF token is in the data dir"
echo "ok sessions survive a restart; neither the id nor the CSRF token is stored"

# ---- registry connection test ----
api_ok POST /api/v1/registries/local/test 200
jq -e '.ok == true and .repositories == 1' "$TMP/body" >/dev/null || fail "test local: $(cat "$TMP/body")"
api_ok POST /api/v1/registries/down/test 200
jq -e '.ok == false and (.message | test("connect"))' "$TMP/body" >/dev/null || fail "test down: $(cat "$TMP/body")"
echo "ok registry test: down says '$(jq -r .message "$TMP/body")'"
api_ok POST /api/v1/registries/none/test 404
TOKEN=$READ api_ok POST /api/v1/registries/local/test 403

# ---- task events over SSE while a rule scans ----
curl -sN --max-time 60 -b "dd_session=$sid" -H 'Accept: text/event-stream' "$SRV_URL/api/v1/events" > "$TMP/sse" &
sse_pid=$!
cleanup_hooks+=("kill $sse_pid 2>/dev/null")
sleep 0.3
api_ok POST /api/v1/rules 201 -d '{"name": "all", "registry": "local", "namespace": "library"}'
rule=$(jq -r .id "$TMP/body")
api_ok POST "/api/v1/rules/$rule/scan" 202
task=$(jq -r .task "$TMP/body")
wait_task "$task" 120
for i in $(seq 1 30); do
	grep -q "\"id\":$task,.*\"state\":\"succeeded\"" "$TMP/sse" && break
	sleep 0.1
done
kill $sse_pid 2>/dev/null || true
head -1 "$TMP/sse" | has -x 'retry: 1000' || fail "SSE: no retry hint first: $(head -3 "$TMP/sse")"
grep '^data: ' "$TMP/sse" | sed 's/^data: //' | jq -s -e --argjson t "$task" \
	'[.[] | select(.id == $t)] | (map(.state) | index("succeeded")) != null and (.[-1].done == 1) and length >= 1' >/dev/null ||
	fail "SSE: no events of task $task ending succeeded: $(cat "$TMP/sse")"
grep -B1 '^data: ' "$TMP/sse" | grep -v '^data: \|^--$' | sort -u | has -x 'event: task' || fail "SSE: events not named task"
echo "ok SSE: $(grep -c '^event: task' "$TMP/sse") task events, task $task seen to succeeded"
# without Accept: text/event-stream the stream is one snapshot
timeout 5 curl -s -b "dd_session=$sid" "$SRV_URL/api/v1/events" > "$TMP/once" || fail "one-shot events did not end"
has "\"id\":$task" "$TMP/once" || fail "one-shot events: $(cat "$TMP/once")"
[ "$(TOKEN="" api GET /api/v1/events)" = 401 ] || fail "events without a session or token"

# ---- overview and images against the stored report ----
api_ok GET "/api/v1/images/report?registry=local&repository=library/alpine&tag=3.19.4&format=json" 200
cp "$TMP/body" "$TMP/report.json"
api_ok GET /api/v1/overview 200
jq -e --slurpfile r "$TMP/report.json" '
	($r[0].summary) as $s |
	.images == 1 and .findings_by_severity.critical == $s.critical and .findings_by_severity.high == $s.high and
	.findings_by_severity.medium == $s.medium and .findings_by_severity.low == $s.low and
	.findings_by_class["os-vuln"] == $s.by_class["os-vuln"] and .findings_by_class.secret == $s.by_class.secret and
	(.trend | length) == 1 and .trend[0].scans == 1 and (.recent_tasks[0].id | type) == "number"' "$TMP/body" >/dev/null ||
	fail "overview vs report: $(cat "$TMP/body") / $(jq -c .summary "$TMP/report.json")"
level=$(jq -r '.summary | if .critical > 0 then "critical" elif .high > 0 then "high" elif .medium > 0 then "medium"
	elif .low > 0 then "low" elif .unknown > 0 then "unknown" else "none" end' "$TMP/report.json")
jq -e --arg l "$level" '.images_by_risk[$l] == 1' "$TMP/body" >/dev/null || fail "overview risk, want $level: $(cat "$TMP/body")"
api_ok GET "/api/v1/images?registry=local" 200
jq -e --arg l "$level" '.items[0].risk == $l and (.items[0].summary | type) == "object"' "$TMP/body" >/dev/null || fail "images risk: $(cat "$TMP/body")"
api_ok GET "/api/v1/overview?days=0" 400
api_ok GET /api/v1/overview 200
jq -e '.blocked_count == 0 and .blocked_images == []' "$TMP/body" >/dev/null || fail "blocked before any block: $(cat "$TMP/body")"
echo "ok overview: risk $level, counts equal the stored report's summary"
# a block (the path chains take) shows on the overview with its image and reason
api_ok PUT /api/v1/images/blocked 200 -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4", "blocked": true,
	"reason": "chain staging: unknown 3 >= 1"}'
api_ok GET /api/v1/overview 200
jq -e --arg d "$(jq -r .artifact.digest "$TMP/report.json")" '.blocked_count == 1 and (.blocked_images | length) == 1 and
	.blocked_images[0].digest == $d and .blocked_images[0].repository == "library/alpine" and .blocked_images[0].tag == "3.19.4" and
	.blocked_images[0].reason == "chain staging: unknown 3 >= 1"' "$TMP/body" >/dev/null || fail "overview's blocked images: $(jq -c '{blocked_count, blocked_images}' "$TMP/body")"
api_ok PUT /api/v1/images/blocked 200 -d '{"registry": "local", "repository": "library/alpine", "tag": "3.19.4", "blocked": false}'
api_ok GET /api/v1/overview 200
jq -e '.blocked_count == 0' "$TMP/body" >/dev/null || fail "unblocked image still on the overview"
echo "ok overview lists a blocked image with its reason, and not once unblocked"

# ---- whitelists in the counts: the overview and /images count what the report (the image page) shows ----
vid=$(jq -r '[.findings[] | select(.class == "os-vuln")][0].id' "$TMP/report.json")
api_ok POST /api/v1/whitelists 201 -d '{"class": "vuln", "id": "'"$vid"'", "repositories": ["other/*"]}'
other=$(jq -r .whitelist "$TMP/body")
api_ok GET /api/v1/overview 200
jq -e --slurpfile r "$TMP/report.json" '.findings_by_severity.high == $r[0].summary.high and .findings_whitelisted == 0' "$TMP/body" >/dev/null ||
	fail "a whitelist of another repository changed the overview: $(cat "$TMP/body")"
api_ok POST /api/v1/whitelists 201 -d '{"class": "vuln", "id": "'"$vid"'", "repositories": ["library/*"], "note": "console_api"}'
mine=$(jq -r .whitelist "$TMP/body")
api_ok GET "/api/v1/images/report?registry=local&repository=library/alpine&tag=3.19.4&format=json" 200
cp "$TMP/body" "$TMP/report_wl.json"
hidden=$(jq '[.findings[] | select(.suppressed)] | length' "$TMP/report_wl.json")
[ "$hidden" -gt 0 ] || fail "the whitelist of $vid hid nothing"
api_ok GET /api/v1/overview 200
jq -e --slurpfile r "$TMP/report_wl.json" --argjson h "$hidden" '($r[0].summary) as $s |
	([.findings_by_severity[]] | add) == ([$s.critical, $s.high, $s.medium, $s.low, $s.unknown] | add) and
	.findings_by_severity == {critical: $s.critical, high: $s.high, medium: $s.medium, low: $s.low, unknown: $s.unknown} and
	.findings_by_class["os-vuln"] == $s.by_class["os-vuln"] and .findings_whitelisted == $h' "$TMP/body" >/dev/null ||
	fail "overview with a whitelist vs the report: $(jq -c '{findings_by_severity, findings_by_class, findings_whitelisted}' "$TMP/body") / $(jq -c .summary "$TMP/report_wl.json") hidden $hidden"
api_ok GET "/api/v1/images?registry=local" 200
jq -e --slurpfile r "$TMP/report_wl.json" --argjson h "$hidden" '.items[0].summary.high == $r[0].summary.high and
	.items[0].summary.by_class["os-vuln"] == $r[0].summary.by_class["os-vuln"] and .items[0].whitelisted == $h' "$TMP/body" >/dev/null ||
	fail "/images with a whitelist vs the report: $(jq -c '.items[0]' "$TMP/body")"
api_ok DELETE "/api/v1/whitelists/$mine" 200
api_ok DELETE "/api/v1/whitelists/$other" 200
api_ok GET /api/v1/overview 200
jq -e --slurpfile r "$TMP/report.json" '.findings_by_severity.high == $r[0].summary.high and .findings_whitelisted == 0' "$TMP/body" >/dev/null ||
	fail "the overview after the whitelist's delete: $(cat "$TMP/body")"
echo "ok overview and /images leave out the $hidden findings a whitelist of $vid hides (counted as findings_whitelisted), a whitelist elsewhere changes nothing"

# ---- expiry: on the service's clock, 12 h and a second later the read session is gone ----
echo $(($(date +%s) + 43201)) > "$TMP/clock"
[ "$(TOKEN="" api GET /api/v1/session -b "dd_session=$rsid")" = 401 ] || fail "a session lived past its 12 h"
rm -f "$TMP/clock"
[ "$(TOKEN="" api GET /api/v1/session -b "dd_session=$rsid")" = 200 ] || fail "the read session, back on the real clock"
echo "ok a session expires after 12 h"

# ---- logout ----
code=$(curl -s -D "$TMP/h" -o /dev/null -w '%{http_code}' -X DELETE -b "dd_session=$sid" -H "X-CSRF-Token: $csrf" "$SRV_URL/api/v1/session")
[ "$code" = 204 ] || fail "logout: HTTP $code"
grep -i '^set-cookie:' "$TMP/h" | has 'dd_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' || fail "logout kept the cookie"
[ "$(TOKEN="" api GET /api/v1/registries -b "dd_session=$sid")" = 401 ] || fail "the session lives on after logout"
echo "ok logout"

"$REG_PY" "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers that docs/openapi.json does not describe"
