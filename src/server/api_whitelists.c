/*
 * Whitelists: GET (paged), POST (201 with the stored rule and its own id
 * "whitelist"), DELETE /whitelists/{whitelist}. The "id" field is the
 * vulnerability or rule id the rule silences (SERVICE.md). Rules apply to
 * reports as they are served (whitelist_rules.c): a change here changes
 * the next report read, no rescan.
 */
#include <string.h>

#include "server/api.h"
#include "server/whitelist.h"

static void whitelists_list(const dd_api_request *req, dd_api_response *resp)
{
	int64_t after;
	size_t limit;
	json_t *items = NULL;
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	int rc = req->srv->store->be->whitelist_list(req->srv->store, after, limit, &items);
	if (rc) {
		dd_api_fail(resp, rc, "whitelists");
		return;
	}
	size_t n = json_array_size(items);
	json_t *next = n == limit && n ? json_copy(json_object_get(json_array_get(items, n - 1), "whitelist")) : json_null();
	dd_api_json(resp, 200, json_pack("{s:o,s:o}", "items", items, "next_after", next));
}

static void whitelist_create(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const fields[] = { "class", "id", "repositories", "note", "expires", NULL };
	json_t *body = dd_api_body_object(req, resp), *page = NULL;
	int64_t id = 0;
	int rc;
	if (!body)
		return;
	if (!dd_api_fields_known(body, fields, resp))
		goto cleanup;
	if (dd_srv_whitelist_check(body) != 0) {
		dd_api_error(resp, 422, "invalid", "%s", dd_error_last());
		goto cleanup;
	}
	if ((rc = req->srv->store->be->whitelist_add(req->srv->store, body, &id)) != 0 ||
	    (rc = req->srv->store->be->whitelist_list(req->srv->store, id - 1, 1, &page)) != 0) {
		dd_api_fail(resp, rc, "whitelist");
		goto cleanup;
	}
	dd_api_json(resp, 201, json_incref(json_array_get(page, 0)));
cleanup:
	json_decref(page);
	json_decref(body);
}

static void whitelist_delete(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	int rc = req->srv->store->be->whitelist_delete(req->srv->store, id);
	if (rc)
		dd_api_fail(resp, rc, "whitelist");
	else
		dd_api_json(resp, 200, json_pack("{s:I,s:b}", "whitelist", (json_int_t)id, "deleted", 1));
}

const dd_api_route dd_api_whitelists_routes[] = {
	{ "GET", "/api/v1/whitelists", DD_ROLE_READ, whitelists_list },
	{ "POST", "/api/v1/whitelists", DD_ROLE_ADMIN, whitelist_create },
	{ "DELETE", "/api/v1/whitelists/{whitelist}", DD_ROLE_ADMIN, whitelist_delete },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
