/*
 * GET /api/v1/overview: the console's first page in one answer (web
 * console, issue 16): images by risk level (the highest severity with a
 * finding; "none" when clean, "not_scanned" without a stored scan),
 * findings by severity and by class (each stored scan counted once, however
 * many tags name its digest), a trend (per day of scanned_at, the last
 * `days` days: scans and their findings by severity) and the newest tasks.
 * Counts are what the image pages show: whitelists apply. An image whose
 * repository no live rule touches counts its stored summary; the others
 * have their stored report read and the rules applied (at most
 * MAX_REPORT_READS per answer, past which the stored summaries count and
 * "truncated" is set). A stored scan counts once, as the first image (by
 * id) naming it sees it; what whitelists hide is findings_whitelisted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/api.h"
#include "server/whitelist.h"

#define MAX_IMAGES 100000       /* rows read at most; more sets "truncated" */
#define MAX_DAYS 90
#define MAX_REPORT_READS 2000   /* reports read to apply whitelists, per answer */

static const char *const sevs[] = { "critical", "high", "medium", "low", "unknown" };
static const char *const classes[] = { "os-vuln", "app-vuln", "secret", "baseline", "malware", "build" };

const char *dd_srv_risk_level(json_t *summary)
{
	if (!json_is_object(summary))
		return "not_scanned";
	for (size_t i = 0; i < 5; i++)
		if (json_integer_value(json_object_get(summary, sevs[i])) > 0)
			return sevs[i];
	return "none";
}

static void add(json_t *o, const char *k, json_int_t n)
{
	json_object_set_new(o, k, json_integer(json_integer_value(json_object_get(o, k)) + n));
}

static void overview_get(const dd_api_request *req, dd_api_response *resp)
{
	dd_store *st = req->srv->store;
	int64_t days = 30;
	const char *d = req->query(req, "days");
	if (d) {
		char *end;
		days = strtoll(d, &end, 10);
		if (*end || days < 1 || days > MAX_DAYS) {
			dd_api_error(resp, 400, "bad_request", "days: 1 to %d", MAX_DAYS);
			return;
		}
	}
	json_t *risk = json_object(), *by_sev = json_object(), *by_cls = json_object(), *seen = json_object();
	json_t *trend = json_object(), *recent = NULL;
	for (size_t i = 0; i < 5; i++)
		json_object_set_new(by_sev, sevs[i], json_integer(0));
	for (size_t i = 0; i < 6; i++)
		json_object_set_new(by_cls, classes[i], json_integer(0));
	json_object_set_new(risk, "none", json_integer(0));
	json_object_set_new(risk, "not_scanned", json_integer(0));
	for (size_t i = 0; i < 5; i++)
		json_object_set_new(risk, sevs[i], json_integer(0));
	char since[32];
	dd_store_time((int64_t)time(NULL) - days * 86400, since);
	int64_t after = 0, images = 0, whitelisted = 0, reads = 0, now = (int64_t)time(NULL);
	bool truncated = false;
	dd_srv_whitelists *wl = NULL;
	int rc = dd_srv_whitelists_load(req->srv, &wl);
	if (rc)
		goto fail;
	for (;;) {
		json_t *page = NULL, *row;
		size_t i;
		if ((rc = st->be->image_summaries(st, NULL, NULL, after, 1000, &page)) != 0)
			goto fail;
		json_array_foreach(page, i, row) {
			after = json_integer_value(json_object_get(row, "id"));
			const char *repo = json_string_value(json_object_get(row, "repository"));
			if (json_is_object(json_object_get(row, "summary")) && repo && dd_srv_whitelists_touch(wl, repo, now)) {
				if (reads++ >= MAX_REPORT_READS) {
					truncated = true;
				} else if ((rc = dd_srv_whitelists_summary(req->srv, wl, row)) != 0) {
					json_decref(page);
					goto fail;
				}
			}
			json_t *sum = json_object_get(row, "summary");
			images++;
			add(risk, dd_srv_risk_level(sum), 1);
			/* each stored scan once */
			char key[32];
			snprintf(key, sizeof(key), "%lld", (long long)json_integer_value(json_object_get(row, "scan")));
			if (!json_is_object(sum) || json_object_get(seen, key))
				continue;
			json_object_set_new(seen, key, json_true());
			whitelisted += json_integer_value(json_object_get(row, "whitelisted"));
			for (size_t s = 0; s < 5; s++)
				add(by_sev, sevs[s], json_integer_value(json_object_get(sum, sevs[s])));
			json_t *bc = json_object_get(sum, "by_class");
			for (size_t c = 0; c < 6; c++)
				add(by_cls, classes[c], json_integer_value(json_object_get(bc, classes[c])));
			const char *at = json_string_value(json_object_get(row, "scanned_at"));
			if (at && strlen(at) >= 10 && strcmp(at, since) >= 0) {
				char day[11];
				memcpy(day, at, 10);
				day[10] = '\0';
				json_t *t = json_object_get(trend, day);
				if (!t) {
					t = json_pack("{s:s,s:i}", "date", day, "scans", 0);
					json_object_set_new(trend, day, t);
				}
				add(t, "scans", 1);
				for (size_t s = 0; s < 5; s++)
					add(t, sevs[s], json_integer_value(json_object_get(sum, sevs[s])));
			}
		}
		size_t n = json_array_size(page);
		json_decref(page);
		if (n < 1000)
			break;
		if (images >= MAX_IMAGES) {
			truncated = true;
			break;
		}
	}
	dd_srv_whitelists_free(wl);
	wl = NULL;
	if ((rc = st->be->task_recent(st, 10, &recent)) != 0)
		goto fail;
	/* what chains (or an operator) blocked: admission denies these */
	json_t *blocked = NULL;
	int64_t n_blocked = 0;
	if ((rc = st->be->image_block_list(st, 20, &blocked, &n_blocked)) != 0) {
		json_decref(recent);
		goto fail;
	}
	/* the trend in date order (object keys of jansson are unordered) */
	json_t *days_arr = json_array();
	const char *k;
	json_t *v;
	void *tmp;
	json_object_foreach_safe(trend, tmp, k, v) json_array_append(days_arr, v);
	size_t n = json_array_size(days_arr);
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0; j--) {
			json_t *a = json_array_get(days_arr, j - 1), *b = json_array_get(days_arr, j);
			if (strcmp(json_string_value(json_object_get(a, "date")), json_string_value(json_object_get(b, "date"))) <= 0)
				break;
			json_incref(a);
			json_array_set(days_arr, j - 1, b);
			json_array_set_new(days_arr, j, a);
		}
	json_t *doc = json_pack("{s:I,s:o,s:o,s:o,s:o,s:o,s:b,s:o,s:I,s:I}", "images", (json_int_t)images, "images_by_risk",
		risk, "findings_by_severity", by_sev, "findings_by_class", by_cls, "trend", days_arr, "recent_tasks", recent,
		"truncated", truncated, "blocked_images", blocked, "blocked_count", (json_int_t)n_blocked,
		"findings_whitelisted", (json_int_t)whitelisted);
	json_decref(seen);
	json_decref(trend);
	dd_api_json(resp, 200, doc);
	return;
fail:
	dd_srv_whitelists_free(wl);
	json_decref(risk);
	json_decref(by_sev);
	json_decref(by_cls);
	json_decref(seen);
	json_decref(trend);
	dd_api_fail(resp, rc, "overview");
}

const dd_api_route dd_api_overview_routes[] = {
	{ "GET", "/api/v1/overview", DD_ROLE_READ, overview_get },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
