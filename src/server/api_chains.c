/*
 * Delivery chains: GET, POST /chains; GET, PUT, DELETE /chains/{name}
 * (SERVICE.md `chains`). The checks are chains.c's (dd_srv_chain_check):
 * strict fields, 0 counts refused, globs and regexes compiled before they
 * are stored; a body is stored as checked, defaults filled.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"
#include "server/chains.h"

static const char *const fields[] = { "name", "registry", "repository", "tag_regex", "block_if", "on_block", "on_pass",
	"auto_fix", "notifiers", NULL };

/* the body checked as a chain (name from the path on PUT); NULL when resp is filled */
static json_t *chain_body(const dd_api_request *req, dd_api_response *resp, const char *name)
{
	char err[512];
	json_t *body = dd_api_body_named(req, resp, fields, name, "chain");
	if (body && dd_srv_chain_check(req->srv, body, err, sizeof(err)) != 0) {
		dd_api_error(resp, 422, "invalid", "%s", err);
		json_decref(body);
		return NULL;
	}
	return body;
}

static void chain_reply(const dd_api_request *req, dd_api_response *resp, const char *name, int status)
{
	json_t *c = NULL;
	int rc = req->srv->store->be->chain_get(req->srv->store, name, &c);
	if (rc)
		dd_api_fail(resp, rc, "chain");
	else
		dd_api_json(resp, status, c);
}

static void chains_list(const dd_api_request *req, dd_api_response *resp)
{
	const char *after = req->query(req, "after"), *lim = req->query(req, "limit");
	char *end = NULL;
	long limit = lim ? strtol(lim, &end, 10) : 100;
	if (lim && (!*lim || *end || limit < 1 || limit > 1000)) {
		dd_api_error(resp, 400, "bad_request", "limit: 1 to 1000");
		return;
	}
	json_t *items = NULL;
	int rc = req->srv->store->be->chain_list(req->srv->store, after, (size_t)limit, &items);
	if (rc) {
		dd_api_fail(resp, rc, "chains");
		return;
	}
	size_t n = json_array_size(items);
	json_t *next = n == (size_t)limit ? json_incref(json_object_get(json_array_get(items, n - 1), "name")) : json_null();
	dd_api_json(resp, 200, json_pack("{s:o,s:o}", "items", items, "next_after", next));
}

static void chain_get(const dd_api_request *req, dd_api_response *resp)
{
	chain_reply(req, resp, req->params[0], 200);
}

static void chain_create(const dd_api_request *req, dd_api_response *resp)
{
	json_t *body = chain_body(req, resp, NULL);
	if (!body)
		return;
	int rc = req->srv->store->be->chain_put(req->srv->store, body, true);
	if (rc)
		dd_api_fail(resp, rc, "chain");
	else
		chain_reply(req, resp, json_string_value(json_object_get(body, "name")), 201);
	json_decref(body);
}

static void chain_update(const dd_api_request *req, dd_api_response *resp)
{
	json_t *old = NULL, *body;
	int rc = req->srv->store->be->chain_get(req->srv->store, req->params[0], &old);
	json_decref(old);
	if (rc) {
		dd_api_fail(resp, rc, "chain");
		return;
	}
	if (!(body = chain_body(req, resp, req->params[0])))
		return;
	if ((rc = req->srv->store->be->chain_put(req->srv->store, body, false)) != 0)
		dd_api_fail(resp, rc, "chain");
	else
		chain_reply(req, resp, req->params[0], 200);
	json_decref(body);
}

static void chain_delete(const dd_api_request *req, dd_api_response *resp)
{
	int rc = req->srv->store->be->chain_delete(req->srv->store, req->params[0]);
	if (rc)
		dd_api_fail(resp, rc, "chain");
	else
		dd_api_json(resp, 200, json_pack("{s:b,s:s}", "deleted", 1, "name", req->params[0]));
}

const dd_api_route dd_api_chains_routes[] = {
	{ "GET", "/api/v1/chains", DD_ROLE_READ, chains_list },
	{ "POST", "/api/v1/chains", DD_ROLE_ADMIN, chain_create },
	{ "GET", "/api/v1/chains/{name}", DD_ROLE_READ, chain_get },
	{ "PUT", "/api/v1/chains/{name}", DD_ROLE_ADMIN, chain_update },
	{ "DELETE", "/api/v1/chains/{name}", DD_ROLE_ADMIN, chain_delete },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
