/*
 * POST /api/v1/registries/{name}/test: can the service reach the registry
 * with its credentials (web console, issue 16)? The same catalog call a
 * rule scan makes (the registry type's lister), capped at a few pages, so
 * the answer says what a scan would meet: 200 {ok, message, repositories,
 * elapsed_ms}, ok false with the reason (auth refused, unreachable...) when
 * it fails. 404 for an unknown registry. Nothing is pulled.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "server/api.h"

#define TEST_ITEMS 1000     /* repositories listed at most: more is still a working registry */

static void registry_test(const dd_api_request *req, dd_api_response *resp)
{
	json_t *reg = NULL;
	char pw[1024];
	dd_catalog_options co;
	dd_strv repos = { 0 };
	int rc = dd_srv_registry_find(req->srv, req->params[0], &reg, NULL);
	if (rc == DD_ENOTFOUND) {
		dd_api_error(resp, 404, "not_found", "no registry named '%.100s'", req->params[0]);
		return;
	}
	if (rc) {
		dd_api_fail(resp, rc, "registry");
		return;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = dd_srv_registry_options(req->srv, reg, &co, pw, sizeof(pw));
	if (!rc) {
		co.max_items = TEST_ITEMS;
		co.image.max_retries = 1;  /* an answer in seconds, not a scan's patience */
		rc = dd_catalog_repositories(&repos, &co, NULL);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	int64_t ms = (int64_t)(t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	char msg[600];
	bool ok = rc == 0 || rc == DD_ELIMIT;
	if (rc == 0)
		snprintf(msg, sizeof(msg), "connected: %zu repositories listed", repos.count);
	else if (rc == DD_ELIMIT)
		snprintf(msg, sizeof(msg), "connected: more than %d repositories", TEST_ITEMS);
	else
		snprintf(msg, sizeof(msg), "%.500s", dd_error_last() ? dd_error_last() : "the registry did not answer");
	dd_api_json(resp, 200, json_pack("{s:s,s:b,s:s,s:I,s:I}", "registry", req->params[0], "ok", ok, "message", msg,
		"repositories", (json_int_t)(ok ? repos.count : 0), "elapsed_ms", (json_int_t)ms));
	memset(pw, 0, sizeof(pw));
	dd_strv_free(&repos);
	json_decref(reg);
}

const dd_api_route dd_api_registry_test_routes[] = {
	{ "POST", "/api/v1/registries/{name}/test", DD_ROLE_ADMIN, registry_test },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
