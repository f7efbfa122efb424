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

# start_stub NAME SCRIPT ARGS...: a stub on a free port; its URL in $stub
start_stub() {
	local name=$1 script=$2
	shift 2
	"$REG_PY" "$DD_TEST_DATA/server/$script" "$TMP/$name.port" "$TMP/$name.log" "$@" &
	cleanup_hooks+=("kill $! 2>/dev/null")
	for _ in $(seq 1 100); do [ -s "$TMP/$name.port" ] && break; sleep 0.05; done
	[ -s "$TMP/$name.port" ] || fail "the $name stub did not start"
	stub=http://127.0.0.1:$(cat "$TMP/$name.port")
}
start_stub stub harbor_stub.py 'robot$ci:s3cret-robot'
harbor=$stub
start_stub quay quay_stub.py quay-oauth-token
quay=$stub
# GitLab: the instance's API and its registry on two hosts, as usual
start_stub glapi gitlab_stub.py ci-bot glpat-secret
glapi=$stub
start_stub glreg gitlab_stub.py ci-bot glpat-secret
glreg=$stub
start_stub acr acr_stub.py 'sp-app:sp-secret'
acr=$stub

SRV_CONFIG=$TMP/drydock.yaml
serve_config "$SRV_CONFIG" "$TMP/data" "$TMP/nodb" "catalog_page_size: 2" "registries:" \
	"  - name: hb" "    url: $harbor" "    type: harbor" "    username: 'robot\$ci'" "    password_env: HB_PASSWORD" \
	"  - name: hbd" "    url: $harbor" "    type: distribution" "    username: 'robot\$ci'" "    password_env: HB_PASSWORD" \
	"  - name: qy" "    url: $quay" "    type: quay" "    api_token_env: QUAY_TOKEN" \
	"  - name: qyanon" "    url: $quay" "    type: quay" \
	"  - name: qybad" "    url: $quay" "    type: quay" "    api_token_env: QUAY_BAD" \
	"  - name: gl" "    url: $glreg" "    type: gitlab" "    api_url: $glapi/" "    api_token_env: GL_TOKEN" \
	"    username: ci-bot" "    password_env: GL_TOKEN" \
	"  - name: gld" "    url: $glreg" "    type: distribution" "    username: ci-bot" "    password_env: GL_TOKEN" \
	"  - name: az" "    url: $acr" "    type: acr" "    username: sp-app" "    password_env: AZ_PASSWORD"
TOKEN=$(serve_token admin)
export HB_PASSWORD=s3cret-robot QUAY_TOKEN=quay-oauth-token QUAY_BAD=expired-token GL_TOKEN=glpat-secret AZ_PASSWORD=sp-secret
serve_start "$SRV_CONFIG"

# rule_items REGISTRY NAMESPACE: the sorted "repository:tag" list of a rule scan's task
rule_items() {
	api_ok POST /api/v1/rules 201 -d "{\"name\": \"$1 $2\", \"registry\": \"$1\", \"namespace\": \"$2\"}"
	api_ok POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan" 202
	api_ok GET "/api/v1/tasks/$(jq -r .task "$TMP/body")" 200
	jq -r '[.items[] | "\(.repository):\(.tag)"] | sort | join(",")' "$TMP/body"
}
stub=$harbor

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

# Quay: a namespace through the API, Bearer token, next_page tokens, only active tags
got=$(rule_items qy acme)
[ "$got" = "acme/db:15,acme/db:16,acme/db:17,acme/web:1.0,acme/web:1.1,acme/worker:2.0" ] || fail "quay listing: $got"
grep -q 'GET /api/v1/repository?namespace=acme&next_page=tok-2 auth=Bearer' "$TMP/quay.log" ||
	fail "quay: the next_page token was not followed with the API token: $(cat "$TMP/quay.log")"
grep -q 'GET /api/v1/repository/acme/db/tag/?onlyActiveTags=true&limit=2&page=2 auth=Bearer' "$TMP/quay.log" ||
	fail "quay: the tags' second page was not asked for"
! grep -q 'GET /v2/_catalog' "$TMP/quay.log" || fail "type quay with a namespace asked for /v2/_catalog"
echo "ok type quay: 6 active tags of acme/* (a private repository with the token, an expired tag left out)"
got=$(rule_items qyanon acme)
[ "$got" = "acme/db:15,acme/db:16,acme/db:17,acme/web:1.0,acme/web:1.1" ] || fail "quay without a token: $got"
grep -q 'auth=none' "$TMP/quay.log" || fail "quay without a token sent an Authorization header"
echo "ok type quay without an API token: the public repositories only"

# GitLab: the group API on the instance (api_url), tags from the registry
got=$(rule_items gl team)
[ "$got" = "team/backend/api:v1,team/backend/api:v2,team/backend/api:v3,team/web/cache:7,team/web:1.0,team/web:2.0" ] ||
	fail "gitlab listing: $got"
grep -q 'GET /api/v4/groups/team/registry/repositories?per_page=2&page=2 auth=Bearer' "$TMP/glapi.log" ||
	fail "gitlab: the group's second page was not asked for on the API host: $(cat "$TMP/glapi.log")"
! grep -q '/api/v4/' "$TMP/glreg.log" || fail "gitlab: the API was asked on the registry host, not api_url"
grep -q 'GET /v2/team/web/cache/tags/list?n=2 auth=Basic' "$TMP/glreg.log" || fail "gitlab: tags were not listed by the registry"
got=$(rule_items gl team/backend)
[ "$got" = "team/backend/api:v1,team/backend/api:v2,team/backend/api:v3" ] || fail "gitlab subgroup: $got"
grep -q 'GET /api/v4/groups/team%2Fbackend/registry/repositories' "$TMP/glapi.log" || fail "gitlab: a subgroup path not URL-encoded"
echo "ok type gitlab: group and subgroup through the instance's API, tags from the registry"
api_ok POST /api/v1/rules 201 -d '{"name": "gl all", "registry": "gl"}'
code=$(api POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan")
[ "$code" != 202 ] && jq -e '.error.message | test("per group")' "$TMP/body" >/dev/null ||
	fail "gitlab without a namespace: $code $(cat "$TMP/body")"
api_ok POST /api/v1/rules 201 -d '{"name": "gld", "registry": "gld", "namespace": "team"}'
code=$(api POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan")
[ "$code" != 202 ] || fail "type distribution listed GitLab's refused catalog"
echo "ok gitlab without a namespace and as type distribution: refused with a reason ($(jq -r .error.message "$TMP/body"))"

# a wrong API token: refused, and the error says so
api_ok POST /api/v1/rules 201 -d '{"name": "qybad", "registry": "qybad", "namespace": "acme"}'
code=$(api POST "/api/v1/rules/$(jq -r .id "$TMP/body")/scan")
[ "$code" != 202 ] && jq -e '.error.message | test("API token was refused")' "$TMP/body" >/dev/null ||
	fail "quay with a wrong token: $code $(cat "$TMP/body")"
echo "ok quay with a wrong API token: $code $(jq -r .error.message "$TMP/body")"

# ACR: the catalog behind the registry:catalog:* token scope, pages with ACR's orderby= links
got=$(rule_items az apps)
[ "$got" = "apps/api:1,apps/api:2,apps/api:3,apps/web:a" ] || fail "acr listing: $got"
grep -q 'GET /oauth2/token?service=127.0.0.1&scope=registry%3Acatalog%3A%2A auth=Basic' "$TMP/acr.log" ||
	grep -q 'GET /oauth2/token?service=127.0.0.1&scope=registry:catalog:\* auth=Basic' "$TMP/acr.log" ||
	fail "acr: no token for the catalog scope: $(cat "$TMP/acr.log")"
grep -q 'GET /v2/_catalog?last=apps/web&n=2&orderby= auth=Bearer' "$TMP/acr.log" || fail "acr: the orderby link was not followed"
echo "ok type acr: the catalog with a registry:catalog:* token, ACR's orderby links, tags with a metadata_read token"
