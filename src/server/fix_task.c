/*
 * Fix through the API (issue 14 item 4, SERVICE.md `POST /images/fix`): a
 * task of kind "fix" with one item, claimed by a worker like a scan item.
 * The worker calls the library's dd_engine_fix with the service's engine,
 * the registry's credentials and the config's fix_sources: it pushes
 * <tag>_fixed (or the tag itself with overwrite), and a registry that
 * refuses the manifest fails the task with that reason while the original
 * stays as it was (the library writes the tag last). The drydock.fix/v1
 * document is stored as the task's result whatever the end, so a failed
 * fix still says how far it got; a written tag gets a scan task of its own
 * (dedup and the layer cache make it one new layer's read) and becomes the
 * original's `fixed_tag`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "server/events.h"
#include "server/server.h"

#define MAX_IDS 1000

/* The fix_sources file for a package manager ("apt", "apk"), or NULL. */
static const char *fix_source(dd_srv *srv, const char *pm)
{
	return json_string_value(json_object_get(json_object_get(srv->cfg.doc, "fix_sources"), pm));
}

int dd_srv_fix_sources_check(const dd_srv_config *cfg, char *err, size_t cap)
{
	json_t *fs = json_object_get(cfg->doc, "fix_sources"), *v;
	const char *k;
	if (!fs)
		return 0;
	json_object_foreach(fs, k, v) {
		if (strcmp(k, "apt") && strcmp(k, "apk")) {
			snprintf(err, cap, "config: fix_sources.%.40s: unknown package manager (apt, apk)", k);
			return DD_EINVAL;
		}
		struct stat sb;
		if (!json_is_string(v) || stat(json_string_value(v), &sb) || !S_ISREG(sb.st_mode)) {
			snprintf(err, cap, "config: fix_sources.%s: must name a readable sources file", k);
			return DD_EINVAL;
		}
	}
	return 0;
}

/* The tag of a reference HOST/NAME:TAG (the part after the last ':' past
 * the last '/'), or "" */
static const char *tag_of(const char *ref)
{
	const char *slash = strrchr(ref, '/');
	const char *colon = strrchr(slash ? slash : ref, ':');
	return colon ? colon + 1 : "";
}

static json_t *result_json(const dd_fix_result *res)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp)
		return NULL;
	int rc = dd_fix_result_write(res, DD_FORMAT_JSON, fp, NULL);
	fclose(fp);
	json_t *doc = rc ? NULL : json_loadb(buf, len, 0, NULL);
	free(buf);
	return doc;
}

/* The one place a fix ends (succeeded or not): the store has the result and
 * the fixed tag already. */
static void fix_completed(dd_srv *srv, const dd_store_item *it, const char *state, const char *fixed_tag,
	const json_t *result)
{
	char task[24], id[96];
	snprintf(task, sizeof(task), "%lld", (long long)it->task);
	dd_srv_log("info", "fix completed", "task", task, "state", state, "repository", it->repository, "tag", it->tag,
		"fixed_tag", fixed_tag ? fixed_tag : "", NULL);
	/* one event per fix item: a fix that runs again after a crash sends the same id */
	snprintf(id, sizeof(id), "fix_completed|%lld|%lld", (long long)it->task, (long long)it->id);
	json_t *image = json_pack("{s:s,s:s,s:s,s:s}", "registry", it->registry, "repository", it->repository, "tag",
		it->tag, "digest", it->digest);
	json_t *extra = json_pack("{s:s,s:s,s:I,s:o,s:O}", "id", id, "state", state, "task", (json_int_t)it->task,
		"fixed_tag", fixed_tag ? json_string(fixed_tag) : json_null(), "upgrades",
		json_object_get(result, "upgrades") ? json_object_get(result, "upgrades") : json_null());
	if (!image || !extra || dd_srv_event_emit(srv, "fix_completed", image, extra) != 0)
		dd_srv_log("error", "could not queue the fix_completed event", "task", task, "detail", dd_error_last(), NULL);
	json_decref(image);
	json_decref(extra);
}

int dd_srv_fix_item(dd_srv *srv, const dd_store_item *it, json_t *reg, const dd_catalog_options *co,
	dd_progress_cb progress, void *payload, char **digest, char *err, size_t cap)
{
	dd_store *st = srv->store;
	json_t *req = NULL, *result = NULL;
	dd_fix_result *res = NULL;
	const char **ids = NULL;
	char ref[800], work[2100], fixed_tag[160] = "";
	int64_t scan_task = 0;
	int rc = st->be->fix_get(st, it->task, &req);
	if (rc) {
		snprintf(err, cap, "the fix request of task %lld is not in the store: %s", (long long)it->task, dd_error_last());
		return rc;
	}
	json_t *jids = json_object_get(req, "ids");
	size_t n = json_array_size(jids);
	if (n > MAX_IDS)
		n = MAX_IDS;   /* the API refuses more; a store edited by hand gets no more either */
	if (n && !(ids = calloc(n + 1, sizeof(*ids)))) {
		rc = DD_ENOMEM;
		snprintf(err, cap, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		ids[i] = json_string_value(json_array_get(jids, i));
	const char *url = json_string_value(json_object_get(reg, "url"));
	const char *host = strstr(url, "://") ? strstr(url, "://") + 3 : url;
	snprintf(ref, sizeof(ref), "docker://%.*s/%s:%s", (int)strcspn(host, "/"), host, it->repository, it->tag);
	snprintf(work, sizeof(work), "%.2000s/work", srv->cfg.data_dir);
	mkdir(work, 0700);
	dd_fix_options fo = DD_FIX_OPTIONS_INIT;
	fo.image = co->image;
	fo.image.plain_http = !strncmp(url, "http://", 7);
	fo.ids = ids;
	fo.overwrite = json_is_true(json_object_get(req, "overwrite"));
	/* a chain's auto-fix of a deleted image reads the backup and writes <tag>_fixed where the image was */
	const char *target_repo = json_string_value(json_object_get(req, "target_repository"));
	char to[900];
	if (target_repo && !fo.overwrite) {
		snprintf(to, sizeof(to), "docker://%.*s/%s:%s_fixed", (int)strcspn(host, "/"), host, target_repo, it->tag);
		fo.to = to;
	}
	fo.apt_sources_file = fix_source(srv, "apt");
	fo.apk_sources_file = fix_source(srv, "apk");
	fo.work_dir = work;
	fo.cache_dir = srv->cfg.cache_dir;
	fo.progress = progress;
	fo.progress_payload = payload;
	int64_t limit = srv->cfg.item_timeout;
	if (it->task_deadline) {
		int64_t left = it->task_deadline - dd_srv_now();
		if (left < limit)
			limit = left > 1 ? left : 1;
	}
	fo.timeout_ms = limit * 1000;
	rc = dd_engine_fix(srv->engine, &res, ref, &fo);
	if (rc)
		snprintf(err, cap, "fix of %s/%s:%s: %s", it->registry, it->repository, it->tag, dd_error_last());
	if (res) {
		result = result_json(res);
		if (res->source_digest && *res->source_digest)
			*digest = strdup(res->source_digest);
	}
	if (!rc && res)
		snprintf(err, cap, "%zu upgrade(s), %zu fixed, %zu remaining, %zu new; %s%s", res->n_upgrades,
			res->fixed.count, res->remaining.count, res->new_ids.count, res->written ? "wrote " : "nothing written",
			res->written && res->target_ref ? res->target_ref : "");
	if (!rc && res && res->written) {
		snprintf(fixed_tag, sizeof(fixed_tag), "%s", tag_of(res->target_ref));
		json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", it->registry, "repository",
			target_repo ? target_repo : it->repository, "tag", fixed_tag);
		/* the new tag's scan: its own task, so its status and report are a
		 * scan's like any other (the fix's own rescan is not stored) */
		if (dd_srv_task_submit(srv, "scan", 0, srv->cfg.scanners, items, &scan_task) != 0)
			dd_srv_log("warn", "the fixed tag's scan could not be queued", "detail", dd_error_last(), NULL);
		json_decref(items);
	}
	if (st->be->fix_finish(st, it->task, fixed_tag[0] ? fixed_tag : NULL, scan_task, result) != 0)
		dd_srv_log("error", "could not store a fix's result", "detail", dd_error_last(), NULL);
	fix_completed(srv, it, rc ? DD_STATE_FAILED : DD_STATE_SUCCEEDED, fixed_tag[0] ? fixed_tag : NULL, result);
done:
	dd_fix_result_free(res);
	json_decref(result);
	json_decref(req);
	free(ids);
	return rc;
}
