#!/bin/bash
# Re-evaluation when the advisory DB changes (issue 14 item 5), real
# docker-registry: the service scans three images (Alpine 3.19.4, 3.20.3
# under two tags, 3.10.9) against an Alpine secdb lacking one record
# (CVE-2024-58251, busybox, v3.20); then the full DB is imported into the
# configured advisory_db (a rename, as `drydock db update` does) while it
# serves. Within the poll a task of kind rescan rematches every stored
# inventory: the registry's log shows no request at all (no blob, no
# manifest); exactly the two 3.20.3 tags change (their recorded change
# lists the added id, nothing removed), the others record nothing; every
# status carries the new db_built_at and the reports have the id. A
# restart with the same DB queues nothing; the reduced DB put back while
# the service is down is caught up at the next start (the id removed).
# An HTTP notifier for new_vulnerabilities (tests/lib/notify_receiver.py,
# signature checked) gets exactly one event per changed image, naming the
# added id, then the removed one; the unchanged images get none.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
source "$DD_SOURCE_DIR/tests/lib/notify.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
imgs=$DD_SHARED_DIR/data/images/alpine
secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb
CVE=CVE-2024-58251

# the DB without one record
mkdir -p "$TMP/less"
cp -r "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" "$TMP/less/"
chmod -R u+w "$TMP/less"
jq --arg c "$CVE" '.packages |= map(if .pkg.name == "busybox" then .pkg.secfixes |= map_values(map(select(. != $c))) else . end)' \
	"$secdb/v3.20/main.json" > "$TMP/less/v3.20/main.json"
has "$CVE" "$secdb/v3.20/main.json" || fail "$CVE is not in the v3.20 secdb any more: pick another record"
has "$CVE" "$TMP/less/v3.20/main.json" && fail "$CVE still in the reduced secdb"
"$DRYDOCK" db import --db "$TMP/db" "$TMP/less/v3.19" "$TMP/less/v3.20" "$TMP/less/v3.10" > /dev/null || fail "db import (less)"

reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_alpine_layout "$imgs/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" 3.20
reg_alpine_layout "$imgs/alpine-minirootfs-3.10.9-x86_64.tar.gz" "$TMP/oci" 3.10
reg_start anonymous
reg_push "oci:$TMP/oci:3.19" library/alpine:3.19
reg_push "oci:$TMP/oci:3.20" library/alpine:3.20
reg_push "oci:$TMP/oci:3.20" team/app:1.0
reg_push "oci:$TMP/oci:3.10" library/alpine:3.10
images=("library/alpine:3.19" "library/alpine:3.20" "team/app:1.0" "library/alpine:3.10")

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "advisory_db_poll: 1s" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
API_RECORD=$TMP/answers.jsonl
recv_start http 0 hook-secret
api_ok POST /api/v1/notifiers 201 -d "{\"name\": \"hook\", \"type\": \"http\", \"url\": \"http://127.0.0.1:$RECV_PORT/\",
	\"secret\": \"hook-secret\", \"events\": [\"new_vulnerabilities\", \"image_blocked\"]}"
# the events as "repository:tag +added -removed", sorted, from the receiver's log
events() { jq -r -s 'map(select(.ok) | .body | fromjson | select(.event == "new_vulnerabilities") |
	"\(.image.repository):\(.image.tag) +\(.added | join(",")) -\(.removed | join(","))") | unique | sort | join(" ")' "$RECV_LOG"; }
q() { local r=${1%%:*}; echo "registry=local&repository=$r&tag=${1#*:}"; }

for i in "${images[@]}"; do
	api_ok POST /api/v1/images/scan 202 -d "{\"registry\": \"local\", \"repository\": \"${i%%:*}\", \"tag\": \"${i#*:}\"}"
	wait_task "$(jq -r .task "$TMP/body")" 120
	jq -e '.state == "succeeded"' "$TMP/body" >/dev/null || fail "scan of $i: $(jq -c . "$TMP/body")"
done
api_ok GET "/api/v1/images/report?$(q library/alpine:3.20)" 200
jq -e --arg c "$CVE" '[.findings[].id] | index($c) | not' "$TMP/body" >/dev/null || fail "3.20 has $CVE before the update"
echo "ok 4 images of 3 digests scanned against the DB without $CVE"

# a chain over team/* that the image passes now and fails once the DB knows one more finding
n0=$(jq '[.findings[] | select(.class == "os-vuln" and .severity == "unknown" and (.suppressed | not))] | length' "$TMP/body")
[ "$n0" -gt 0 ] || fail "no unrated OS findings in 3.20 to count"
api_ok POST /api/v1/chains 201 -d "{\"name\": \"team\", \"registry\": \"local\", \"repository\": \"team/*\",
	\"block_if\": {\"unknown\": $((n0 + 1)), \"classes\": [\"os-vuln\"]}, \"notifiers\": [\"hook\"]}"

# the full DB into the configured file while serving
sleep 1   # built_at has seconds
"$DRYDOCK" db import --db "$TMP/db.new" "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" > /dev/null || fail "db import (full)"
built=$("$DRYDOCK" db info --db "$TMP/db.new" --format json | jq -r .built_at)
reg_log_mark
t0=$(date +%s%N)
mv "$TMP/db.new" "$TMP/db"
rescan=""
for _ in $(seq 1 100); do
	api_ok GET /api/v1/tasks 200
	rescan=$(jq -r '[.items[] | select(.kind == "rescan")][0].id // empty' "$TMP/body")
	[ -n "$rescan" ] && break
	sleep 0.1
done
[ -n "$rescan" ] || { tail -20 "$SRV_LOG" >&2; fail "no rescan task within 10 s of the DB change"; }
wait_task "$rescan" 120
jq -e '.state == "succeeded" and .total == 4 and .done == 4 and .failed == 0' "$TMP/body" >/dev/null ||
	fail "rescan task: $(jq -c '{state, total, done, failed, items}' "$TMP/body")"
reqs=$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -c '"[A-Z]* /v2/' || true)
[ "$reqs" = 0 ] || fail "the rescan asked the registry $reqs times: $(tail -n +"$REG_LOG_START" "$REG_LOG" | grep '/v2/' | head -3)"
[ "$(reg_blob_gets)" = 0 ] || fail "blob GETs during the rescan"
echo "ok rescan task $rescan: 4 items, no registry request, $((($(date +%s%N) - t0) / 1000000)) ms from the rename to its end (poll 1 s)"

for i in "${images[@]}"; do
	api_ok GET "/api/v1/images/changes?$(q "$i")" 200
	case $i in
	*:3.20|team/app:1.0)
		jq -e --arg c "$CVE" --arg b "$built" --argjson t "$rescan" '(.items | length) == 1 and .items[0].added == [$c] and
			.items[0].removed == [] and .items[0].db_built_at == $b and .items[0].task == $t' "$TMP/body" >/dev/null ||
			fail "changes of $i: $(cat "$TMP/body")"
		;;
	*)
		jq -e '.items == []' "$TMP/body" >/dev/null || fail "$i changed: $(cat "$TMP/body")" ;;
	esac
	api_ok GET "/api/v1/images/status?$(q "$i")" 200
	jq -e --arg b "$built" '.status == "COMPLETE" and .db_built_at == $b' "$TMP/body" >/dev/null ||
		fail "status of $i after the rescan: $(cat "$TMP/body")"
done
api_ok GET "/api/v1/images/report?$(q team/app:1.0)" 200
jq -e --arg c "$CVE" '[.findings[].id] | index($c)' "$TMP/body" >/dev/null || fail "team/app:1.0 lacks $CVE after the rescan"
api_ok GET "/api/v1/images/changes?registry=local&repository=library/alpine" 400
echo "ok exactly the two 3.20.3 tags changed (+$CVE), the others not; statuses at $built"
recv_wait 'map(select(.ok)) | length >= 2' 20
sleep 1   # a third event would have arrived by now
[ "$(events)" = "library/alpine:3.20 +$CVE - team/app:1.0 +$CVE -" ] || fail "new_vulnerabilities events: $(events)"
nv='map(select(.ok and (.body | fromjson | .event) == "new_vulnerabilities")) | map(.key) | unique | length'
[ "$(jq -s "$nv" "$RECV_LOG")" = 2 ] || fail "not one event per changed image: $(jq -c -s 'map(.key)' "$RECV_LOG")"
jq -e -s 'all(.[]; .ok)' "$RECV_LOG" >/dev/null || fail "a delivery was refused: $(jq -c -s 'map({ok, why})' "$RECV_LOG")"
echo "ok new_vulnerabilities notified for the two changed tags only, naming $CVE"
# the chain judged the rescanned team/app:1.0 again: blocked (the digest: library/alpine:3.20 too), notified
api_ok GET "/api/v1/images/status?$(q team/app:1.0)" 200
jq -e '.blocked == true and (.blocked_reason | test("chain team"))' "$TMP/body" >/dev/null || fail "team/app:1.0 not blocked after the rescan: $(cat "$TMP/body")"
api_ok GET "/api/v1/images/status?$(q library/alpine:3.19)" 200
jq -e '.blocked != true' "$TMP/body" >/dev/null || fail "3.19 blocked: $(cat "$TMP/body")"
recv_wait 'map(select(.ok) | .body | fromjson | select(.event == "image_blocked")) | length >= 1' 20
got=$(jq -r -s 'map(select(.ok) | .body | fromjson | select(.event == "image_blocked") | "\(.image.repository):\(.image.tag)") | unique | join(",")' "$RECV_LOG")
[ "$got" = "team/app:1.0" ] || fail "image_blocked events: $got"
api_ok GET "/api/v1/tasks/$rescan/log" 200
grep -q "chain team: block" "$TMP/body" || fail "the rescan's log does not show the chain's verdict: $(grep -i chain "$TMP/body")"
echo "ok the chain over team/* blocked team/app:1.0 on the rescan (limit $((n0 + 1)) unrated OS findings) and notified image_blocked"

# no new DB: a restart queues nothing, and nothing is recorded again
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
serve_start "$SRV_CONFIG"
sleep 2
api_ok GET /api/v1/tasks 200
[ "$(jq '[.items[] | select(.kind == "rescan")] | length' "$TMP/body")" = 1 ] || fail "a restart queued a rescan: $(jq -c '[.items[] | {id, kind}]' "$TMP/body")"
api_ok GET "/api/v1/images/changes?$(q library/alpine:3.20)" 200
[ "$(jq '.items | length' "$TMP/body")" = 1 ] || fail "changes recorded again: $(cat "$TMP/body")"
echo "ok a restart with the same DB: no rescan"

# a DB changed while the service was down: caught up at start
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
sleep 1
"$DRYDOCK" db import --db "$TMP/db.new" "$TMP/less/v3.19" "$TMP/less/v3.20" "$TMP/less/v3.10" > /dev/null || fail "db import (less again)"
mv "$TMP/db.new" "$TMP/db"
serve_start "$SRV_CONFIG"
rescan2=""
for _ in $(seq 1 100); do
	api_ok GET /api/v1/tasks 200
	rescan2=$(jq -r --argjson t "$rescan" '[.items[] | select(.kind == "rescan" and .id != $t)][0].id // empty' "$TMP/body")
	[ -n "$rescan2" ] && break
	sleep 0.1
done
[ -n "$rescan2" ] || fail "no rescan after a start with a changed DB"
wait_task "$rescan2" 120
jq -e '.state == "succeeded" and .total == 4' "$TMP/body" >/dev/null || fail "catch-up rescan: $(jq -c . "$TMP/body")"
api_ok GET "/api/v1/images/changes?$(q team/app:1.0)" 200
jq -e --arg c "$CVE" '(.items | length) == 2 and .items[1].added == [] and .items[1].removed == [$c]' "$TMP/body" >/dev/null ||
	fail "changes after the catch-up: $(cat "$TMP/body")"
api_ok GET "/api/v1/images/changes?$(q library/alpine:3.19)" 200
jq -e '.items == []' "$TMP/body" >/dev/null || fail "3.19 changed: $(cat "$TMP/body")"
echo "ok a DB changed while down: rescan $rescan2 at start, $CVE removed from the two 3.20.3 tags only"
recv_wait "$(printf '%s >= 4' "$nv")" 20
[ "$(events)" = "library/alpine:3.20 + -$CVE library/alpine:3.20 +$CVE - team/app:1.0 + -$CVE team/app:1.0 +$CVE -" ] ||
	fail "new_vulnerabilities after the catch-up: $(events)"
echo "ok the catch-up notified the removal for the same two tags"

python3 "$DD_SOURCE_DIR/tests/server/openapi_check.py" "$DD_SOURCE_DIR/docs/openapi.json" "$API_RECORD" ||
	fail "answers do not match docs/openapi.json"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "serve exited $? on SIGTERM"
