/*
 * Fix and findings changes (issue 14 items 4-5): POST /images/fix queues a
 * task of kind "fix" (fix_task.c runs it); GET /images/changes lists what
 * rematches against new advisory DBs added to or removed from an image's
 * findings (rescan.c records them).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "server/api.h"

#define MAX_IDS 1000
#define MAX_ID_LEN 256

/* ids: absent or null (every fixable OS vulnerability), else 1..1000
 * non-empty strings; false: 422 filled */
static bool ids_ok(json_t *ids, dd_api_response *resp)
{
	size_t i;
	json_t *v;
	if (!ids || json_is_null(ids))
		return true;
	if (!json_is_array(ids) || !json_array_size(ids) || json_array_size(ids) > MAX_IDS) {
		dd_api_error(resp, 422, "invalid", "ids: a list of 1 to %d vulnerability ids (absent: every fixable OS one)",
			MAX_IDS);
		return false;
	}
	json_array_foreach(ids, i, v) {
		const char *s = json_string_value(v);
		if (!s || !*s || strlen(s) > MAX_ID_LEN || strpbrk(s, " \t\r\n,")) {
			dd_api_error(resp, 422, "invalid", "ids[%zu]: a vulnerability id such as CVE-2024-58251", i);
			return false;
		}
	}
	return true;
}

static void image_fix(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const fields[] = { "registry", "repository", "tag", "ids", "overwrite", NULL };
	json_t *body = dd_api_body_object(req, resp);
	const char *r, *repo, *tag;
	dd_srv *srv = req->srv;
	int64_t id = 0;
	if (!body)
		return;
	json_t *ow = json_object_get(body, "overwrite"), *ids = json_object_get(body, "ids");
	if (!dd_api_fields_known(body, fields, resp) || !dd_api_image_body(srv, body, resp, &r, &repo, &tag) ||
	    !ids_ok(ids, resp)) {
		;
	} else if (ow && !json_is_boolean(ow)) {
		dd_api_error(resp, 422, "invalid", "overwrite: true or false");
	} else if (!json_is_true(ow) && strlen(tag) + strlen("_fixed") > 128) {
		dd_api_error(resp, 422, "invalid", "tag: %s_fixed would pass the 128 characters of a tag; use overwrite", tag);
	} else {
		json_t *request = json_pack("{s:s,s:s,s:s,s:O,s:b}", "registry", r, "repository", repo, "tag", tag, "ids",
			ids ? ids : json_null(), "overwrite", json_is_true(ow));
		int64_t deadline = srv->cfg.max_task_duration ? dd_srv_now() + srv->cfg.max_task_duration : 0;
		int rc = request ? srv->store->be->fix_submit(srv->store, request, deadline, &id) : DD_ENOMEM;
		json_decref(request);
		if (rc) {
			dd_api_fail(resp, rc, "fix");
		} else {
			dd_srv_task_queued(srv, "fix", id, 1);
			dd_api_json(resp, 202, json_pack("{s:I}", "task", (json_int_t)id));
		}
	}
	json_decref(body);
}

static void image_changes(const dd_api_request *req, dd_api_response *resp)
{
	const char *reg = req->query(req, "registry"), *repo = req->query(req, "repository"), *tag = req->query(req, "tag");
	int64_t after;
	size_t limit;
	json_t *items = NULL;
	if (!reg || !repo || !tag) {
		dd_api_error(resp, 400, "bad_request", "registry, repository and tag are required query parameters");
		return;
	}
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	int rc = req->srv->store->be->change_list(req->srv->store, reg, repo, tag, after, limit, &items);
	if (rc)
		dd_api_fail(resp, rc, "image changes");
	else
		dd_api_page_reply(resp, items, limit);
}

const dd_api_route dd_api_fix_routes[] = {
	{ "POST", "/api/v1/images/fix", DD_ROLE_ADMIN, image_fix },
	{ "GET", "/api/v1/images/changes", DD_ROLE_READ, image_changes },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
