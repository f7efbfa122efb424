/*
 * Scan rules: CRUD, and POST /rules/{id}/scan, which lists the rule's
 * images from the registry now (one request per catalog page and per
 * repository's tag page; no image is pulled) and queues one task with an
 * item per image: 202 {"task": ID}.
 */
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

static void rules_list(const dd_api_request *req, dd_api_response *resp)
{
	int64_t after;
	size_t limit;
	json_t *items = NULL;
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	int rc = req->srv->store->be->rule_list(req->srv->store, after, limit, &items);
	size_t i;
	json_t *r;
	json_array_foreach(items, i, r)
		dd_srv_rule_schedule(req->srv, r);
	if (rc)
		dd_api_fail(resp, rc, "rules");
	else
		dd_api_page_reply(resp, items, limit);
}

static void rule_get(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id;
	json_t *r = NULL;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	int rc = req->srv->store->be->rule_get(req->srv->store, id, &r);
	if (rc)
		dd_api_fail(resp, rc, "rule");
	else
		dd_api_json(resp, 200, dd_srv_rule_schedule(req->srv, r));
}

static void rule_save(const dd_api_request *req, dd_api_response *resp, int64_t id)
{
	json_t *body = dd_api_body_object(req, resp), *saved = NULL;
	int status = 422;
	if (!body)
		return;
	if (dd_srv_rule_check(req->srv, body, &status) != 0) {
		const char *m = dd_error_last();
		dd_api_error(resp, status, status == 400 ? "bad_regex" : !strncmp(m, "unknown field", 13) ? "unknown_field" : "invalid",
			"%s", m);
		json_decref(body);
		return;
	}
	bool create = id == 0;
	int rc = req->srv->store->be->rule_put(req->srv->store, &id, body);
	if (!rc)
		rc = req->srv->store->be->rule_get(req->srv->store, id, &saved);
	if (rc)
		dd_api_fail(resp, rc, "rule");
	else
		dd_api_json(resp, create ? 201 : 200, dd_srv_rule_schedule(req->srv, saved));
	json_decref(body);
}

static void rule_create(const dd_api_request *req, dd_api_response *resp)
{
	rule_save(req, resp, 0);
}

static void rule_update(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id;
	json_t *r = NULL;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	int rc = req->srv->store->be->rule_get(req->srv->store, id, &r);
	json_decref(r);
	if (rc) {
		dd_api_fail(resp, rc, "rule");
		return;
	}
	rule_save(req, resp, id);
}

static void rule_delete(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	int rc = req->srv->store->be->rule_delete(req->srv->store, id);
	if (rc)
		dd_api_fail(resp, rc, "rule");
	else
		dd_api_json(resp, 200, json_pack("{s:I,s:b}", "id", (json_int_t)id, "deleted", 1));
}

static void rule_scan(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id, task = 0;
	json_t *r = NULL, *items = NULL;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	int rc = req->srv->store->be->rule_get(req->srv->store, id, &r);
	if (rc) {
		dd_api_fail(resp, rc, "rule");
		return;
	}
	rc = dd_srv_rule_enumerate(req->srv, r, &items);
	if (!rc)
		rc = dd_srv_task_submit(req->srv, "scan", id, dd_srv_rule_scanners(r), items, &task);
	if (rc)
		dd_api_fail(resp, rc, "listing the rule's images");
	else
		dd_api_json(resp, 202, json_pack("{s:I,s:I}", "task", (json_int_t)task, "total", (json_int_t)json_array_size(items)));
	json_decref(items);
	json_decref(r);
}

const dd_api_route dd_api_rules_routes[] = {
	{ "GET", "/api/v1/rules", DD_ROLE_READ, rules_list },
	{ "POST", "/api/v1/rules", DD_ROLE_ADMIN, rule_create },
	{ "GET", "/api/v1/rules/{id}", DD_ROLE_READ, rule_get },
	{ "PUT", "/api/v1/rules/{id}", DD_ROLE_ADMIN, rule_update },
	{ "DELETE", "/api/v1/rules/{id}", DD_ROLE_ADMIN, rule_delete },
	{ "POST", "/api/v1/rules/{id}/scan", DD_ROLE_ADMIN, rule_scan },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
