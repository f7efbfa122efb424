#!/bin/bash
# drydock serve end to end on loopback with a real docker-registry:
# a rule over the namespace "library" (3 repositories x 5 tags, made of 2
# image digests: Alpine 3.19.4 and 3.20.3 minirootfs) scanned through
# POST /rules/{id}/scan pulls each digest once (blob GETs counted in the
# registry's access log), quota used = 2, a repository outside the
# namespace and tags outside the regex are left out (the catalog and tag
# lists asked for in pages of 2; docker-registry 2.8 pages the catalog
# through its Link header, not the tag lists); status and reports
# through the API equal `drydock scan` of the same image (the findings'
# ids, JSON), every CLI format is served; a third digest past `quota: 2`
# fails "quota reached" with nothing pulled; a newer advisory DB means a
# rematch of the stored inventory, not a pull.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_registry_tools
need_cmd umoci
need_shared images/alpine
need_shared vulndb/alpine-secdb
imgs=$DD_SHARED_DIR/data/images/alpine
secdb=$DD_SHARED_DIR/data/vulndb/alpine-secdb

"$DRYDOCK" db import --db "$TMP/db" "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" > /dev/null || fail "db import"
reg_alpine_layout "$imgs/alpine-minirootfs-3.19.4-x86_64.tar.gz" "$TMP/oci" 3.19
reg_alpine_layout "$imgs/alpine-minirootfs-3.20.3-x86_64.tar.gz" "$TMP/oci" 3.20
reg_alpine_layout "$imgs/alpine-minirootfs-3.10.9-x86_64.tar.gz" "$TMP/oci" 3.10
reg_start anonymous
sk=(--src-tls-verify=false --dest-tls-verify=false)
for repo in library/alpine library/base library/tools; do
	reg_push "oci:$TMP/oci:3.19" "$repo:3.19.4"
	reg_push "oci:$TMP/oci:3.20" "$repo:3.20.3"
	for t in 3.19 3.19-ci; do skopeo copy -q "${sk[@]}" "docker://$REG_ADDR/$repo:3.19.4" "docker://$REG_ADDR/$repo:$t" >/dev/null; done
	skopeo copy -q "${sk[@]}" "docker://$REG_ADDR/$repo:3.20.3" "docker://$REG_ADDR/$repo:3.20" >/dev/null
	reg_push "oci:$TMP/oci:3.10" "$repo:old-3.10"   # outside the regex
done
reg_push "oci:$TMP/oci:3.10" "other/app:3.19"       # outside the namespace
echo "ok registry: 3 repositories x 5 matching tags of 2 digests under library/, and decoys"

SRV_CONFIG=$TMP/drydock.yaml
# catalog_page_size 2: the catalog (4 repositories) comes in pages linked
# by the registry's Link headers
# advisory_db_poll off: the newer DB below is rematched by the scan that
# reuses the stored inventory, not by a rescan task (tests/server/rescan.sh)
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "quota: 2" "catalog_page_size: 2" "advisory_db_poll: off" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR" "    type: distribution"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"

api_ok POST /api/v1/rules 201 -d '{"name": "library", "registry": "local", "namespace": "library", "tag_regex": "^3\\.(19|20)"}'
rule=$(jq -r .id "$TMP/body")
reg_log_mark
api_ok POST "/api/v1/rules/$rule/scan" 202
task=$(jq -r .task "$TMP/body")
[ "$(jq -r .total "$TMP/body")" = 15 ] || fail "the rule covers $(jq -r .total "$TMP/body") images, want 15 (3 x 5 matching tags)"
wait_task "$task" 180
jq -e '.state == "succeeded" and .total == 15 and .done == 15 and .failed == 0' "$TMP/body" >/dev/null ||
	fail "task: $(jq -c '{state,total,done,failed}' "$TMP/body")"
jq -e '[.items[].state] | all(. == "succeeded")' "$TMP/body" >/dev/null || fail "items: $(jq -c '[.items[]|{repository,tag,state,error}]' "$TMP/body")"
[ "$(jq '[.items[] | select(.repository | startswith("library/") | not)] | length' "$TMP/body")" = 0 ] || fail "an item outside library/"
gets=$(reg_blob_gets)
# two digests of two blobs each (config, one layer): four blob GETs
[ "$gets" = 4 ] || { tail -n +"$REG_LOG_START" "$REG_LOG" | grep '"GET /v2/[^ ]*/blobs/' >&2; fail "$gets blob GETs, want 4 (each digest pulled once)"; }
api_ok GET /api/v1/quota 200
jq -e '.used == 2 and .limit == 2' "$TMP/body" >/dev/null || fail "quota: $(cat "$TMP/body")"
[ "$(tail -n +"$REG_LOG_START" "$REG_LOG" | grep -c '"GET /v2/_catalog' || true)" -ge 2 ] || fail "the catalog was not read in pages"
echo "ok rule scan: 15 images, 2 digests pulled once each (4 blob GETs), quota used 2"

api_ok GET "/api/v1/tasks/$task/log" 200
has -E 'library/base:3\.19-ci reuse: the stored scan of sha256:' "$TMP/body" || fail "log: $(head -20 "$TMP/body")"
has -E 'library/[a-z]+:3\.20(\.3)? scan: pulling' "$TMP/body" || fail "log: $(head -20 "$TMP/body")"

# status and report through the API = drydock scan of the same image
for ref in library/tools:3.19 library/alpine:3.20.3; do
	repo=${ref%:*} tag=${ref##*:}
	q="registry=local&repository=$repo&tag=$tag"
	api_ok GET "/api/v1/images/status?$q" 200
	jq -e '.status == "COMPLETE" and (.digest | startswith("sha256:")) and .summary != null and .db_built_at != null' \
		"$TMP/body" >/dev/null || fail "status of $ref: $(cat "$TMP/body")"
	digest=$(jq -r .digest "$TMP/body")
	api_ok GET "/api/v1/images/report?$q&format=json" 200
	cp "$TMP/body" "$TMP/api.json"
	rc=0
	"$DRYDOCK" scan --db "$TMP/db" --plain-http --format json -o "$TMP/cli.json" "docker://$REG_ADDR/$ref" || rc=$?
	[ "$rc" = 0 ] || [ "$rc" = 1 ] || fail "drydock scan $ref: exit $rc"
	ids() { jq -c '[.findings[] | [.class, .id, (.package.name // .pkg_name // "")]] | sort' "$1"; }
	[ "$(ids "$TMP/api.json")" = "$(ids "$TMP/cli.json")" ] || fail "$ref: the API's findings differ from drydock scan's"
	[ "$(jq '.findings | length' "$TMP/api.json")" -gt 0 ] || fail "$ref: no findings to compare"
	jq -e --arg d "$digest" '.complete == true and .artifact.digest == $d' "$TMP/api.json" >/dev/null ||
		fail "$ref: report $(jq -c '{complete, d: .artifact.digest}' "$TMP/api.json"), status digest $digest"
	echo "ok $ref: COMPLETE, $(jq '.findings | length' "$TMP/api.json") findings, the same ids as drydock scan"
done
for f in table sarif cyclonedx spdx-json html; do
	api_ok GET "/api/v1/images/report?registry=local&repository=library/base&tag=3.20&format=$f" 200
	[ -s "$TMP/body" ] || fail "empty $f report"
done
api_ok GET "/api/v1/images/report?registry=local&repository=library/base&tag=3.20&format=pdf" 400
api_ok GET "/api/v1/images/status?registry=local&repository=library/base&tag=never" 200
jq -e '.status == "NOT_SCANNED"' "$TMP/body" >/dev/null || fail "unknown tag: $(cat "$TMP/body")"
api_ok GET "/api/v1/images?registry=local&repository=library/base&limit=2" 200
jq -e '(.items | length) == 2 and .next_after != null' "$TMP/body" >/dev/null || fail "images page: $(cat "$TMP/body")"
echo "ok every format served; NOT_SCANNED; images paged"

# quota: a third digest fails before anything is pulled
reg_log_mark
api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "library/alpine", "tag": "old-3.10"}'
t2=$(jq -r .task "$TMP/body")
wait_task "$t2" 60
jq -e '.state == "failed" and .failed == 1 and (.items[0].error | test("quota reached"))' "$TMP/body" >/dev/null ||
	fail "quota: $(jq -c . "$TMP/body")"
[ "$(reg_blob_gets)" = 0 ] || fail "a blob was pulled past the quota"
api_ok GET "/api/v1/images/status?registry=local&repository=library/alpine&tag=old-3.10" 200
jq -e '.status == "FAILED" and (.error | test("quota reached"))' "$TMP/body" >/dev/null || fail "status: $(cat "$TMP/body")"
api_ok GET "/api/v1/tasks/$t2/log" 200
has 'library/alpine:old-3.10 failed: quota reached' "$TMP/body" || fail "log: $(cat "$TMP/body")"
echo "ok quota reached: item failed, nothing pulled, status FAILED"

# a newer advisory DB: the stored inventory is matched again, nothing pulled
sleep 1   # built_at has seconds
"$DRYDOCK" db import --db "$TMP/db.new" "$secdb/v3.19" "$secdb/v3.20" "$secdb/v3.10" > /dev/null || fail "db import"
mv "$TMP/db.new" "$TMP/db"
built=$("$DRYDOCK" db info --db "$TMP/db" --format json | jq -r .built_at)
reg_log_mark
api_ok POST /api/v1/images/scan 202 -d '{"registry": "local", "repository": "library/tools", "tag": "3.19"}'
t3=$(jq -r .task "$TMP/body")
wait_task "$t3" 60
jq -e '.state == "succeeded"' "$TMP/body" >/dev/null || fail "rescan: $(jq -c . "$TMP/body")"
[ "$(reg_blob_gets)" = 0 ] || fail "a newer DB pulled the image again"
api_ok GET "/api/v1/tasks/$t3/log" 200
has "rematch: stored inventory of sha256:" "$TMP/body" || fail "no rematch: $(cat "$TMP/body")"
api_ok GET "/api/v1/images/status?registry=local&repository=library/tools&tag=3.19" 200
jq -e --arg b "$built" '.status == "COMPLETE" and .db_built_at == $b' "$TMP/body" >/dev/null ||
	fail "after the rematch: $(cat "$TMP/body"), DB built $built"
echo "ok a newer advisory DB: rematched, nothing pulled, db_built_at $built"
api_ok POST "/api/v1/tasks/$t3/cancel" 409

curl -s "$SRV_URL/metrics" > "$TMP/metrics"
has -E '^drydock_scans_total\{result="complete"\} 2$' "$TMP/metrics" || fail "metrics: $(grep scans_total "$TMP/metrics")"
has -E '^drydock_scans_total\{result="reused"\} 13$' "$TMP/metrics" || fail "metrics: $(grep scans_total "$TMP/metrics")"
has -E '^drydock_scans_total\{result="rematched"\} 1$' "$TMP/metrics" || fail "metrics: $(grep scans_total "$TMP/metrics")"
has -E '^drydock_scans_stored 2$' "$TMP/metrics" || fail "metrics: $(grep stored "$TMP/metrics")"
kill -TERM "$SRV_PID"
wait "$SRV_PID" || fail "drydock serve exited $? on SIGTERM"
echo "ok metrics; SIGTERM exits 0"
