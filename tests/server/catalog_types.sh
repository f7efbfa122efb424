#!/bin/bash
# The registry `type` picks the lister, proven against a loopback stand-in
# for Harbor's API (tests/data/server/harbor_stub.py, answering as Harbor's
# API documentation says: Basic auth on challenge, projects and
# repositories and artifacts paged by page/page_size with Link headers,
# the catalog refused to a robot account): a rule over the project
# "library" of a `type: harbor` registry lists every tagged artifact's tags
# through the project API in pages of 2; the same stub as `type:
# distribution` fails the rule scan naming the refused catalog.
source "$DD_SOURCE_DIR/tests/lib/common.sh"
source "$DD_SOURCE_DIR/tests/lib/registry.sh"
source "$DD_SOURCE_DIR/tests/lib/serve.sh"
need_cmd curl
need_cmd jq

"$REG_PY" "$DD_TEST_DATA/server/harbor_stub.py" "$TMP/stub.port" "$TMP/stub.log" 'robot$ci:s3cret-robot' &
cleanup_hooks+=("kill $! 2>/dev/null")
for _ in $(seq 1 100); do [ -s "$TMP/stub.port" ] && break; sleep 0.05; done
[ -s "$TMP/stub.port" ] || fail "the Harbor stub did not start"
stub=http://127.0.0.1:$(cat "$TMP/stub.port")

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/nodb" "catalog_page_size: 2" "registries:" \
	"  - name: hb" "    url: $stub" "    type: harbor" "    username: 'robot\$ci'" "    password_env: HB_PASSWORD" \
	"  - name: hbd" "    url: $stub" "    type: distribution" "    username: 'robot\$ci'" "    password_env: HB_PASSWORD"
TOKEN=$(serve_token admin)
export HB_PASSWORD=s3cret-robot
serve_start "$SRV_CONFIG"

api_ok POST /api/v1/rules 201 -d '{"name": "harbor library", "registry": "hb", "namespace": "library"}'
rule=$(jq -r .id "$TMP/body")
api_ok POST "/api/v1/rules/$rule/scan" 202
task=$(jq -r .task "$TMP/body")
api_ok GET "/api/v1/tasks/$task" 200
got=$(jq -r '[.items[] | "\(.registry) \(.repository):\(.tag)"] | sort | join(",")' "$TMP/body")
want="hb library/alpine:3.19,hb library/alpine:3.19.4,hb library/alpine:3.20.3,hb library/base:1.0,hb library/nested/tool:v2"
[ "$got" = "$want" ] || fail "harbor listing: $got, want $want"
grep -q 'GET /api/v2.0/projects/library/repositories?page=2&page_size=2 auth=yes' "$TMP/stub.log" ||
	fail "the repositories' second page was not asked for: $(cat "$TMP/stub.log")"
grep -q 'GET /api/v2.0/projects/library/repositories/nested%252Ftool/artifacts?with_tag=true' "$TMP/stub.log" ||
	fail "a nested repository not encoded twice: $(grep artifacts "$TMP/stub.log")"
! grep -q 'GET /api/v2.0/projects/team' "$TMP/stub.log" || fail "a project outside the namespace was listed"
! grep -q 'GET /v2/_catalog' "$TMP/stub.log" || fail "type harbor asked for /v2/_catalog"
echo "ok type harbor: 5 tags of library/* through the project API, pages of 2, Basic auth, nested names encoded twice"

# all projects when the rule has no namespace
api_ok POST /api/v1/rules 201 -d '{"name": "harbor all", "registry": "hb", "tag_regex": "^(latest|v2)$"}'
api_ok POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan" 202
api_ok GET "/api/v1/tasks/$(jq -r .task "$TMP/body")" 200
got=$(jq -r '[.items[] | "\(.repository):\(.tag)"] | sort | join(",")' "$TMP/body")
[ "$got" = "library/nested/tool:v2,team/app:latest" ] || fail "all projects: $got"
echo "ok type harbor without a namespace: every project's repositories"

# the same stub as a Distribution registry: the catalog is refused
api_ok POST /api/v1/rules 201 -d '{"name": "wrong type", "registry": "hbd", "namespace": "library"}'
code=$(api POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan")
[ "$code" != 202 ] || fail "type distribution listed a Harbor that refuses its catalog: $(cat "$TMP/body")"
jq -e '.error.message | test("catalog|401|auth"; "i")' "$TMP/body" >/dev/null || fail "the error does not say the catalog was refused: $(cat "$TMP/body")"
echo "ok the same stub as type distribution: $code $(jq -r .error.message "$TMP/body")"
