#!/bin/bash
# ctest-labels: normal-only
# A registry's speed_limit is a token bucket of burst 1 shared by every
# task: 20 images of distinct digests at speed_limit 3600 (one a second),
# split over two tasks and two workers, take at least 19 s from the first
# pull to the last; scanning the same 20 tags again is served by dedup
# (stored scans, no blob GET in the registry's log) and costs no token, so
# it ends in a few seconds. A harbor registry without speed_limit gets
# Harbor's 10 an hour; others unlimited. Real docker-registry on loopback.
# (normal-only: it measures wall time)
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
serve_alpine_setup
for i in $(seq 1 20); do
	reg_random_image "$TMP/oci" base "b$i" 2000
	reg_push "oci:$TMP/oci:b$i" "library/burst$((i % 2)):$i"
done
echo "ok 20 images of distinct digests pushed"

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/db" "workers: 2" "registries:" \
	"  - name: local" "    url: http://$REG_ADDR" "    speed_limit: 3600"
TOKEN=$(serve_token admin)
serve_start "$SRV_CONFIG"
api_ok POST /api/v1/rules 201 -d '{"name": "even", "registry": "local", "repository": "library/burst0", "scanners": ["vuln"]}'
api_ok POST /api/v1/rules 201 -d '{"name": "odd", "registry": "local", "repository": "library/burst1", "scanners": ["vuln"]}'
# both rules' scans at once, from a new registry log window; t0 when they were asked for
scan_both() {
	reg_log_mark
	t0=$(date +%s.%N)
	api_ok POST /api/v1/rules/1/scan 202
	ta=$(jq -r .task "$TMP/body")
	api_ok POST /api/v1/rules/2/scan 202
	tb=$(jq -r .task "$TMP/body")
}
scan_both
wait_task "$ta" 120
jq -e '.state == "succeeded" and .done == 10' "$TMP/body" >/dev/null || fail "task $ta: $(cat "$TMP/body")"
wait_task "$tb" 120
jq -e '.state == "succeeded" and .done == 10' "$TMP/body" >/dev/null || fail "task $tb: $(cat "$TMP/body")"
secs=$(echo "$(date +%s.%N) - $t0" | bc)
echo "$secs >= 19" | bc | grep -qx 1 || fail "20 pulls at 3600/h took ${secs}s (want >= 19)"
# each image's own layer pulled once
[ "$(reg_blob_gets)" -ge 20 ] || fail "blob GETs: $(reg_blob_gets)"
echo "ok 20 images at speed_limit 3600 took ${secs}s"

scan_both
wait_task "$ta" 60
wait_task "$tb" 60
secs2=$(echo "$(date +%s.%N) - $t0" | bc)
api_ok GET "/api/v1/tasks/$tb/log" 200
[ "$(grep -c ' reuse: ' "$TMP/body")" = 10 ] || fail "second scan not served by dedup: $(cat "$TMP/body")"
[ "$(reg_blob_gets)" = 0 ] || fail "dedup hits pulled: $(reg_blob_gets)"
echo "$secs2 < 8" | bc | grep -qx 1 || fail "20 dedup hits took ${secs2}s: they were charged to the bucket"
echo "ok the same 20 tags again: dedup, no blob GET, ${secs2}s"

api_ok POST /api/v1/registries 201 -d "{\"name\": \"h\", \"url\": \"http://$REG_ADDR\", \"type\": \"harbor\"}"
api_ok GET /api/v1/registries/h 200
jq -e '.speed_limit == 10' "$TMP/body" >/dev/null || fail "harbor default: $(cat "$TMP/body")"
api_ok POST /api/v1/registries 201 -d "{\"name\": \"d\", \"url\": \"http://$REG_ADDR\"}"
api_ok GET /api/v1/registries/d 200
jq -e '.speed_limit == 0' "$TMP/body" >/dev/null || fail "distribution default: $(cat "$TMP/body")"
echo "ok speed_limit defaults: harbor 10, distribution 0 (unlimited)"
