/*
 * Tasks: the list, one task with its progress and a page of its items,
 * its log as text (one line per step: time, image, step, cause), cancel.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

static void tasks_list(const dd_api_request *req, dd_api_response *resp)
{
	int64_t after;
	size_t limit;
	json_t *items = NULL;
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	int rc = req->srv->store->be->task_list(req->srv->store, after, limit, &items);
	if (rc)
		dd_api_fail(resp, rc, "tasks");
	else
		dd_api_page_reply(resp, items, limit);
}

static void task_get(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id, after = 0;
	size_t limit = 1000;
	json_t *task = NULL;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	const char *ia = req->query(req, "items_after"), *il = req->query(req, "items_limit");
	if (ia)
		after = strtoll(ia, NULL, 10);
	if (il) {
		long long v = strtoll(il, NULL, 10);
		if (v < 1 || v > 10000) {
			dd_api_error(resp, 400, "bad_request", "'items_limit' must be a number from 1 to 10000");
			return;
		}
		limit = (size_t)v;
	}
	int rc = req->srv->store->be->task_get(req->srv->store, id, after, limit, &task);
	if (rc) {
		dd_api_fail(resp, rc, "task");
		return;
	}
	json_t *fix = NULL;
	/* a fix task's result is its drydock.fix/v1 document (null until it ends) */
	if (!strcmp(json_string_value(json_object_get(task, "kind")), "fix") &&
	    req->srv->store->be->fix_get(req->srv->store, id, &fix) == 0) {
		json_object_set(task, "result", json_object_get(fix, "result") ? json_object_get(fix, "result") : json_null());
		json_object_set_new(task, "fix", json_pack("{s:O,s:O,s:O,s:O}", "ids", json_object_get(fix, "ids") ?
			json_object_get(fix, "ids") : json_null(), "overwrite", json_object_get(fix, "overwrite"), "fixed_tag",
			json_object_get(fix, "fixed_tag") ? json_object_get(fix, "fixed_tag") : json_null(), "scan_task",
			json_object_get(fix, "scan_task") ? json_object_get(fix, "scan_task") : json_null()));
		json_decref(fix);
	}
	json_t *items = json_object_get(task, "items");
	size_t n = json_array_size(items);
	json_object_set_new(task, "items_next_after", n == limit ?
		json_integer(json_integer_value(json_object_get(json_array_get(items, n - 1), "id"))) : json_null());
	dd_api_json(resp, 200, task);
}

static void task_log(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id, after;
	size_t limit;
	json_t *lines = NULL;
	char state[32];
	if (!dd_api_param_id(req, 0, resp, &id) || !dd_api_page(req, resp, &after, &limit))
		return;
	if (!req->query(req, "limit"))
		limit = 10000;
	dd_store *st = req->srv->store;
	int rc = st->be->task_state(st, id, state, sizeof(state));
	if (!rc)
		rc = st->be->task_log(st, id, after, limit, &lines);
	if (rc) {
		dd_api_fail(resp, rc, "task log");
		return;
	}
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp) {
		json_decref(lines);
		dd_api_fail(resp, DD_ENOMEM, "task log");
		return;
	}
	size_t i;
	json_t *l;
	json_array_foreach(lines, i, l) {
		const char *image = json_string_value(json_object_get(l, "image"));
		fprintf(fp, "%s %s %s: %s\n", json_string_value(json_object_get(l, "at")), image ? image : "-",
			json_string_value(json_object_get(l, "step")), json_string_value(json_object_get(l, "message")));
	}
	fclose(fp);
	json_decref(lines);
	dd_api_text(resp, 200, "text/plain; charset=utf-8", buf ? buf : "", buf ? len : 0);
	free(buf);
}

static void task_cancel(const dd_api_request *req, dd_api_response *resp)
{
	int64_t id;
	if (!dd_api_param_id(req, 0, resp, &id))
		return;
	dd_store *st = req->srv->store;
	int rc = st->be->task_cancel(st, id);
	if (rc == DD_EINVAL) {
		dd_api_error(resp, 409, "conflict", "task %lld has already finished", (long long)id);
		return;
	}
	if (rc) {
		dd_api_fail(resp, rc, "cancel");
		return;
	}
	st->be->task_log_add(st, id, NULL, "cancel", "canceled through the API");
	dd_api_json(resp, 200, json_pack("{s:I,s:s}", "id", (json_int_t)id, "state", DD_STATE_CANCELED));
}

const dd_api_route dd_api_tasks_routes[] = {
	{ "GET", "/api/v1/tasks", DD_ROLE_READ, tasks_list },
	{ "GET", "/api/v1/tasks/{id}", DD_ROLE_READ, task_get },
	{ "GET", "/api/v1/tasks/{id}/log", DD_ROLE_READ, task_log },
	{ "POST", "/api/v1/tasks/{id}/cancel", DD_ROLE_ADMIN, task_cancel },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
