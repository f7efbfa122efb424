/*
 * Images: what the store knows per registry/repository:tag, the status of
 * one (ACR's GetRepoTagScanStatus: NOT_SCANNED, QUEUED, SCANNING,
 * COMPLETE, INCOMPLETE, FAILED; a report that could not read everything is
 * INCOMPLETE, never COMPLETE), its stored report in any CLI format, and
 * POST /images/scan (a task of one item).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"
#include "server/whitelist.h"

/* registry, repository and tag from the query; false: 400 filled */
static bool image_args(const dd_api_request *req, dd_api_response *resp, const char **reg, const char **repo,
	const char **tag)
{
	*reg = req->query(req, "registry");
	*repo = req->query(req, "repository");
	*tag = req->query(req, "tag");
	if (!*reg || !*repo || !*tag) {
		dd_api_error(resp, 400, "bad_request", "registry, repository and tag are required query parameters");
		return false;
	}
	if (!dd_srv_repository_ok(*repo) || !dd_srv_tag_ok(*tag)) {
		dd_api_error(resp, 400, "bad_request", "'%.100s:%.100s' is not a repository:tag a registry can have", *repo, *tag);
		return false;
	}
	return true;
}

static void images_list(const dd_api_request *req, dd_api_response *resp)
{
	int64_t after;
	size_t limit;
	json_t *items = NULL;
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	/* with each stored scan's summary and the risk level it gives (the console sorts and filters by it) */
	int rc = req->srv->store->be->image_summaries(req->srv->store, req->query(req, "registry"),
		req->query(req, "repository"), after, limit, &items);
	/* the summary and risk the image's page shows: whitelists applied */
	dd_srv_whitelists *wl = NULL;
	if (!rc)
		rc = dd_srv_whitelists_load(req->srv, &wl);
	size_t i;
	json_t *it;
	json_array_foreach(items, i, it) {
		if (!rc)
			rc = dd_srv_whitelists_summary(req->srv, wl, it);
		json_object_set_new(it, "risk", json_string(dd_srv_risk_level(json_object_get(it, "summary"))));
		json_object_set_new(it, "blocked", json_boolean(json_integer_value(json_object_get(it, "blocked"))));
	}
	dd_srv_whitelists_free(wl);
	if (rc) {
		json_decref(items);
		dd_api_fail(resp, rc, "images");
	} else
		dd_api_page_reply(resp, items, limit);
}

/* The status document; *scan the stored scan (id > 0) when there is one. */
static int status_of(dd_srv *srv, const char *reg, const char *repo, const char *tag, json_t **out, dd_store_scan *scan)
{
	json_t *img = NULL;
	memset(scan, 0, sizeof(*scan));
	int rc = srv->store->be->image_get(srv->store, reg, repo, tag, &img);
	json_t *doc = json_pack("{s:s,s:s,s:s}", "registry", reg, "repository", repo, "tag", tag);
	if (rc == DD_ENOTFOUND) {
		json_object_set_new(doc, "status", json_string("NOT_SCANNED"));
		*out = doc;
		return 0;
	}
	if (rc) {
		json_decref(doc);
		return rc;
	}
	const char *item_state = json_string_value(json_object_get(img, "item_state"));
	const char *digest = json_string_value(json_object_get(img, "digest"));
	int64_t scan_id = json_integer_value(json_object_get(img, "scan"));
	const char *status = "NOT_SCANNED";
	if (scan_id > 0 && (rc = srv->store->be->scan_get(srv->store, scan_id, scan)) != 0 && rc != DD_ENOTFOUND) {
		json_decref(img);
		json_decref(doc);
		return rc;
	}
	if (item_state && !strcmp(item_state, DD_STATE_QUEUED))
		status = "QUEUED";
	else if (item_state && !strcmp(item_state, DD_STATE_RUNNING))
		status = "SCANNING";
	else if (scan->id > 0)
		status = scan->complete ? "COMPLETE" : "INCOMPLETE";
	else if (item_state && strcmp(item_state, DD_STATE_SUCCEEDED) && strcmp(item_state, DD_STATE_SKIPPED))
		status = "FAILED";
	json_object_set_new(doc, "status", json_string(status));
	json_object_set_new(doc, "digest", digest ? json_string(digest) : json_null());
	if (json_object_get(img, "pushed_at"))
		json_object_set(doc, "pushed_at", json_object_get(img, "pushed_at"));
	if (!strcmp(status, "FAILED") && json_object_get(img, "item_error"))
		json_object_set(doc, "error", json_object_get(img, "item_error"));
	if (scan->id > 0) {
		json_object_set_new(doc, "scanned_at", json_string(scan->scanned_at));
		json_object_set_new(doc, "db_built_at", scan->db_built_at[0] ? json_string(scan->db_built_at) : json_null());
		json_t *sum = scan->summary ? json_loads(scan->summary, 0, NULL) : NULL;
		json_object_set_new(doc, "summary", sum ? sum : json_null());
	}
	/* set by delivery chains or PUT /images/blocked (image_blocks.c) */
	json_t *block = NULL;
	if (digest && srv->store->be->image_block_get(srv->store, digest, &block) == 0) {
		json_object_set_new(doc, "blocked", json_true());
		json_object_set(doc, "blocked_reason", json_object_get(block, "reason"));
		json_decref(block);
	} else {
		json_object_set_new(doc, "blocked", json_false());
	}
	char fixed[160];
	json_object_set_new(doc, "fixed_tag", srv->store->be->fix_tag(srv->store, reg, repo, tag, fixed, sizeof(fixed)) == 0 ?
		json_string(fixed) : json_null());
	json_decref(img);
	*out = doc;
	return 0;
}

static void image_status(const dd_api_request *req, dd_api_response *resp)
{
	const char *reg, *repo, *tag;
	json_t *doc = NULL;
	dd_store_scan scan;
	if (!image_args(req, resp, &reg, &repo, &tag))
		return;
	int rc = status_of(req->srv, reg, repo, tag, &doc, &scan);
	dd_store_scan_clear(&scan);
	if (rc)
		dd_api_fail(resp, rc, "image status");
	else
		dd_api_json(resp, 200, doc);
}

static const char *content_type(dd_format f)
{
	switch (f) {
	case DD_FORMAT_JSON: return "application/json";
	case DD_FORMAT_SARIF: return "application/sarif+json";
	case DD_FORMAT_CYCLONEDX: return "application/vnd.cyclonedx+json";
	case DD_FORMAT_SPDX_JSON: return "application/spdx+json";
	case DD_FORMAT_HTML: return "text/html; charset=utf-8";
	default: return "text/plain; charset=utf-8";
	}
}

static void image_report(const dd_api_request *req, dd_api_response *resp)
{
	const char *reg, *repo, *tag, *fmt_s = req->query(req, "format");
	json_t *doc = NULL;
	dd_store_scan scan;
	dd_format fmt = DD_FORMAT_JSON;
	if (!image_args(req, resp, &reg, &repo, &tag))
		return;
	if (fmt_s && dd_format_parse(fmt_s, &fmt) != 0) {
		dd_api_error(resp, 400, "bad_request", "format '%.40s' is none of table, json, sarif, cyclonedx, spdx-json, html", fmt_s);
		return;
	}
	int rc = status_of(req->srv, reg, repo, tag, &doc, &scan);
	if (rc) {
		dd_api_fail(resp, rc, "image report");
		return;
	}
	if (scan.id <= 0) {
		dd_api_error(resp, 404, "not_scanned", "%s/%s:%s has no stored scan (status %s)", reg, repo, tag,
			json_string_value(json_object_get(doc, "status")));
		json_decref(doc);
		dd_store_scan_clear(&scan);
		return;
	}
	json_decref(doc);
	dd_report *r = NULL;
	char *buf = NULL;
	size_t len = 0;
	rc = dd_report_read_json_buffer(&r, scan.report, scan.report_len, "stored scan");
	dd_store_scan_clear(&scan);
	if (rc) {
		dd_api_fail(resp, rc == DD_EFORMAT ? DD_ERROR : rc, "stored report");
		return;
	}
	/* whitelists apply here, between reading and writing: the stored
	 * report stays as scanned, so a changed rule needs no rescan */
	if ((rc = dd_srv_whitelist_apply(req->srv, r, repo)) != 0) {
		dd_report_free(r);
		dd_api_fail(resp, rc, "whitelists");
		return;
	}
	dd_write_options wo = DD_WRITE_OPTIONS_INIT;
	wo.width = 160;
	rc = dd_srv_report_text(r, fmt, &wo, &buf, &len);
	dd_report_free(r);
	if (rc)
		dd_api_fail(resp, rc, "report");
	else
		dd_api_text(resp, 200, content_type(fmt), buf, len);
	free(buf);
}

bool dd_api_image_body(dd_srv *srv, json_t *body, dd_api_response *resp, const char **reg, const char **repo,
	const char **tag)
{
	json_t *found = NULL;
	*reg = json_string_value(json_object_get(body, "registry"));
	*repo = json_string_value(json_object_get(body, "repository"));
	*tag = json_string_value(json_object_get(body, "tag"));
	if (!*reg || !*repo || !*tag) {
		dd_api_error(resp, 422, "invalid", "registry, repository and tag (strings) are required");
	} else if (!dd_srv_repository_ok(*repo) || !dd_srv_tag_ok(*tag)) {
		dd_api_error(resp, 422, "invalid", "'%.100s:%.100s' is not a repository:tag a registry can have", *repo, *tag);
	} else if (dd_srv_registry_find(srv, *reg, &found, NULL) != 0) {
		dd_api_error(resp, 422, "invalid", "registry '%.64s' is not configured", *reg);
	} else {
		json_decref(found);
		return true;
	}
	return false;
}

static void image_scan(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const fields[] = { "registry", "repository", "tag", NULL };
	json_t *body = dd_api_body_object(req, resp);
	const char *r, *repo, *tag;
	int64_t id = 0;
	if (!body)
		return;
	if (dd_api_fields_known(body, fields, resp) && dd_api_image_body(req->srv, body, resp, &r, &repo, &tag)) {
		json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", r, "repository", repo, "tag", tag);
		int rc = dd_srv_task_submit(req->srv, "scan", 0, req->srv->cfg.scanners, items, &id);
		json_decref(items);
		if (rc)
			dd_api_fail(resp, rc, "scan");
		else
			dd_api_json(resp, 202, json_pack("{s:I}", "task", (json_int_t)id));
	}
	json_decref(body);
}

const dd_api_route dd_api_images_routes[] = {
	{ "GET", "/api/v1/images", DD_ROLE_READ, images_list },
	{ "GET", "/api/v1/images/status", DD_ROLE_READ, image_status },
	{ "GET", "/api/v1/images/report", DD_ROLE_READ, image_report },
	{ "POST", "/api/v1/images/scan", DD_ROLE_ADMIN, image_scan },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
