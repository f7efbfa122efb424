/*
 * Re-evaluation when the advisory DB changes (issue 14 item 5). A watcher
 * thread stats the configured advisory_db every `advisory_db_poll` (a
 * `drydock db update` renames a new file into place: the inode, mtime or
 * size changes) and reads its built_at only then. A new built_at queues a
 * task of kind "rescan" with one item per image whose stored scan was
 * matched against another DB. A worker runs such an item like a reuse
 * (runner.c): the stored inventory is matched again (dd_report_rematch),
 * nothing is pulled, not even a manifest, and the scan row changes in
 * place. What the rematch added to or removed from the findings is
 * recorded per image (`image_changes`, GET /images/changes) in
 * dd_srv_findings_rematched, for every rematch, the runner's lazy ones
 * included, so that no change is seen twice or lost between the two.
 *
 * At start the same check runs once: a DB updated while the service was
 * down is caught up.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "server/events.h"
#include "server/server.h"

#define DEFAULT_POLL 30            /* seconds */
#define MAX_RESCAN_ITEMS 1000000   /* images one rescan task may hold */
#define PAGE 1000

struct dd_srv_rescan {
	dd_srv *srv;
	dd_srv_ticker *ticker;
	int64_t poll;               /* seconds; 0: off */
	char built[64];             /* the built_at the stored scans were last brought to */
	struct stat last;           /* the DB file when last checked */
	bool have, started;
};

/* ---- what a rematch changed ---- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The vulnerability ids of a report, sorted and unique (pointers into r). */
static const char **vuln_ids(const dd_report *r, size_t *n)
{
	const char **v = calloc(r->n_findings + 1, sizeof(*v));
	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < r->n_findings; i++)
		if ((r->findings[i].cls == DD_CLASS_OS_VULN || r->findings[i].cls == DD_CLASS_APP_VULN) && r->findings[i].id)
			v[(*n)++] = r->findings[i].id;
	qsort(v, *n, sizeof(*v), cmp_str);
	size_t u = 0;
	for (size_t i = 0; i < *n; i++)
		if (!u || strcmp(v[u - 1], v[i]))
			v[u++] = v[i];
	*n = u;
	return v;
}

/* Ids in a (sorted) that are not in b (sorted), as a JSON array. */
static json_t *minus(const char **a, size_t na, const char **b, size_t nb)
{
	json_t *out = json_array();
	size_t j = 0;
	for (size_t i = 0; i < na; i++) {
		while (j < nb && strcmp(b[j], a[i]) < 0)
			j++;
		if (j >= nb || strcmp(b[j], a[i]))
			json_array_append_new(out, json_string(a[i]));
	}
	return out;
}

/* The one place where an image's findings changed: the change is in the
 * store already ({registry, repository, tag, digest, task, db_built_at,
 * added, removed}). */
static void findings_changed(dd_srv *srv, json_t *change)
{
	const char *repo = json_string_value(json_object_get(change, "repository"));
	const char *tag = json_string_value(json_object_get(change, "tag"));
	const char *reg = json_string_value(json_object_get(change, "registry"));
	const char *digest = json_string_value(json_object_get(change, "digest"));
	const char *built = json_string_value(json_object_get(change, "db_built_at"));
	char n_add[16], n_rm[16], id[1024];
	snprintf(n_add, sizeof(n_add), "%zu", json_array_size(json_object_get(change, "added")));
	snprintf(n_rm, sizeof(n_rm), "%zu", json_array_size(json_object_get(change, "removed")));
	dd_srv_log("info", "findings changed by a new advisory DB", "repository", repo, "tag", tag, "added", n_add,
		"removed", n_rm, NULL);
	/* the same image, digest and DB give the same event: a rematch that runs
	 * again after a crash is delivered once */
	snprintf(id, sizeof(id), "new_vulnerabilities|%s|%s|%s|%s|%s", reg ? reg : "", repo ? repo : "", tag ? tag : "",
		digest ? digest : "", built ? built : "");
	json_t *image = json_pack("{s:O,s:O,s:O,s:O}", "registry", json_object_get(change, "registry"), "repository",
		json_object_get(change, "repository"), "tag", json_object_get(change, "tag"), "digest",
		json_object_get(change, "digest"));
	json_t *extra = json_pack("{s:s,s:O,s:O,s:O,s:O}", "id", id, "added", json_object_get(change, "added"), "removed",
		json_object_get(change, "removed"), "task", json_object_get(change, "task"), "db_built_at",
		json_object_get(change, "db_built_at"));
	if (!image || !extra || dd_srv_event_emit(srv, "new_vulnerabilities", image, extra) != 0)
		dd_srv_log("error", "could not queue the new_vulnerabilities event", "repository", repo, "detail",
			dd_error_last(), NULL);
	json_decref(image);
	json_decref(extra);
}

void dd_srv_findings_rematched(dd_srv *srv, int64_t task, int64_t scan_id, const char *digest, const char *db_built_at,
	const dd_report *before, const dd_report *after)
{
	size_t nb = 0, na = 0;
	const char **b = vuln_ids(before, &nb), **a = vuln_ids(after, &na);
	json_t *added = a && b ? minus(a, na, b, nb) : NULL, *removed = a && b ? minus(b, nb, a, na) : NULL;
	json_t *images = NULL, *img;
	size_t i;
	if (!added || !removed) {
		dd_srv_log("error", "out of memory comparing a rematch", "digest", digest, NULL);
		goto cleanup;
	}
	if (!json_array_size(added) && !json_array_size(removed))
		goto cleanup;
	if (srv->store->be->image_by_scan(srv->store, scan_id, &images) != 0) {
		dd_srv_log("error", "could not list the images of a rematched scan", "detail", dd_error_last(), NULL);
		goto cleanup;
	}
	json_array_foreach(images, i, img) {
		json_t *c = json_pack("{s:O,s:O,s:O,s:s,s:I,s:s,s:O,s:O}", "registry", json_object_get(img, "registry"),
			"repository", json_object_get(img, "repository"), "tag", json_object_get(img, "tag"), "digest", digest,
			"task", (json_int_t)task, "db_built_at", db_built_at ? db_built_at : "", "added", added, "removed", removed);
		if (!c || srv->store->be->change_add(srv->store, c) != 0)
			dd_srv_log("error", "could not record an image's findings change", "detail", dd_error_last(), NULL);
		else
			findings_changed(srv, c);
		json_decref(c);
	}
cleanup:
	json_decref(images);
	json_decref(added);
	json_decref(removed);
	free(b);
	free(a);
}

/* ---- a rescan item ---- */

int dd_srv_rescan_key(dd_srv *srv, const dd_store_item *it, char *key, size_t cap)
{
	json_t *img = NULL;
	dd_store_scan sc;
	int rc = srv->store->be->image_get(srv->store, it->registry, it->repository, it->tag, &img);
	int64_t scan = rc ? 0 : json_integer_value(json_object_get(img, "scan"));
	const char *digest = rc ? NULL : json_string_value(json_object_get(img, "digest"));
	if (!rc && (scan <= 0 || !digest || strcmp(digest, it->digest)))
		rc = dd_error_set_str(DD_ENOTFOUND, "the image has no stored scan of this digest any more (pushed again?)");
	json_decref(img);
	if (rc)
		return rc;
	if ((rc = srv->store->be->scan_get(srv->store, scan, &sc)) != 0)
		return rc;
	snprintf(key, cap, "%s", sc.key);
	dd_store_scan_clear(&sc);
	return 0;
}

/* ---- the watcher ---- */

/* Queues a rescan of every image whose stored vulnerability scan was
 * matched against another DB than `built`. */
static void queue_rescan(dd_srv *srv, const char *built)
{
	json_t *items = json_array(), *page = NULL, *img;
	int64_t after = 0, id = 0;
	size_t i, n = 0;
	bool capped = false;
	for (;;) {
		if (srv->store->be->image_scanned_list(srv->store, after, PAGE, &page) != 0) {
			dd_srv_log("error", "rescan: cannot list the stored images", "detail", dd_error_last(), NULL);
			json_decref(items);
			return;
		}
		json_array_foreach(page, i, img) {
			after = json_integer_value(json_object_get(img, "id"));
			unsigned scanners = (unsigned)json_integer_value(json_object_get(img, "scanners"));
			const char *b = json_string_value(json_object_get(img, "db_built_at"));
			if ((scanners && !(scanners & DD_SCANNER_VULN)) || (b && !strcmp(b, built)))
				continue;
			if (n >= MAX_RESCAN_ITEMS) {
				capped = true;
				break;
			}
			json_array_append_new(items, json_pack("{s:O,s:O,s:O,s:O}", "registry", json_object_get(img, "registry"),
				"repository", json_object_get(img, "repository"), "tag", json_object_get(img, "tag"), "digest",
				json_object_get(img, "digest")));
			n++;
		}
		size_t got = json_array_size(page);
		json_decref(page);
		if (got < PAGE || capped)
			break;
	}
	if (capped)
		dd_srv_log("warn", "rescan: more stored images than one task holds; the rest are matched when next scanned",
			"limit", "1000000", NULL);
	if (n && dd_srv_task_submit(srv, "rescan", 0, 0, items, &id) != 0)
		dd_srv_log("error", "rescan: the task could not be queued", "detail", dd_error_last(), NULL);
	json_decref(items);
}

static bool same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
		a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* A new built_at of the DB (other than w->built): rescan. */
static void check(dd_srv_rescan *w)
{
	int64_t age;
	char *built = NULL;
	if (dd_db_age(w->srv->db_path, &age, &built) != 0 || !built || !*built || !strcmp(built, w->built)) {
		free(built);
		return;
	}
	char previous[sizeof(w->built)];
	memcpy(previous, w->built, sizeof(previous));
	snprintf(w->built, sizeof(w->built), "%s", built);
	/* processes sharing a store see the same DB change: the leader queues
	 * the one rescan (the others' workers run its items); a process that
	 * becomes leader later leaves this DB to the rescan that was queued,
	 * or to the lazy rematch of the next scan */
	if (w->srv->shared && !atomic_load(&w->srv->metrics.leader)) {
		dd_srv_log("info", "the advisory DB changed: the leader queues the rescan", "built_at", built, NULL);
		free(built);
		return;
	}
	dd_srv_log("info", "the advisory DB changed: stored inventories are matched again", "built_at", built,
		"previous", previous[0] ? previous : "(start)", NULL);
	queue_rescan(w->srv, built);
	free(built);
}

/* At start, then every poll: a DB file changed is looked into. */
static void watch(void *arg)
{
	dd_srv_rescan *w = arg;
	struct stat now;
	if (!w->started) {
		w->started = true;
		w->have = stat(w->srv->db_path, &w->last) == 0;
		check(w);
		return;
	}
	if (stat(w->srv->db_path, &now) == 0 && (!w->have || !same_file(&now, &w->last))) {
		w->last = now;
		w->have = true;
		check(w);
	}
}

int dd_srv_rescan_poll(const dd_srv_config *cfg, int64_t *seconds, char *err, size_t cap)
{
	json_t *v = json_object_get(cfg->doc, "advisory_db_poll");
	*seconds = DEFAULT_POLL;
	if (!v)
		return 0;
	const char *s = json_string_value(v);
	if (s && !strcmp(s, "off")) {
		*seconds = 0;
		return 0;
	}
	int64_t d = json_is_integer(v) ? json_integer_value(v) : s ? dd_srv_duration_parse(s) : -1;
	if (d < 1 || d > 86400) {
		snprintf(err, cap, "config: advisory_db_poll: must be a duration from 1s to 1d (e.g. 30s), or off");
		return DD_EINVAL;
	}
	*seconds = d;
	return 0;
}

int dd_srv_rescan_start(dd_srv *srv, dd_srv_rescan **out)
{
	char err[160];
	int64_t poll;
	*out = NULL;
	if (dd_srv_rescan_poll(&srv->cfg, &poll, err, sizeof(err)) != 0)
		return dd_error_set_str(DD_EINVAL, err);
	if (!poll)
		return 0;
	dd_srv_rescan *w = calloc(1, sizeof(*w));
	if (!w)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	w->srv = srv;
	w->poll = poll;
	int rc = dd_srv_ticker_start(&w->ticker, watch, w, (long)poll * 1000, "advisory DB watcher");
	if (rc) {
		free(w);
		return rc;
	}
	*out = w;
	return 0;
}

void dd_srv_rescan_stop(dd_srv_rescan *w)
{
	if (!w)
		return;
	dd_srv_ticker_stop(w->ticker);
	free(w);
}
