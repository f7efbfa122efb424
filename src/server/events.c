/*
 * Events out: an event becomes outbox rows in the store, one per
 * interested notifier, and nothing else happens on the caller's thread
 * (the delivery thread is woken). The body is built here, once, and
 * stored: every retry and every redelivery after a crash sends the same
 * bytes under the same id, which is what lets a receiver deduplicate.
 */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "server/events.h"
#include "server/notify.h"

#define TOP_FINDINGS 5

static const char *const event_names[] = { "scan_completed", "image_blocked", "fix_completed", "new_vulnerabilities", NULL };

bool dd_srv_event_known(const char *event)
{
	for (size_t i = 0; event && event_names[i]; i++)
		if (!strcmp(event, event_names[i]))
			return true;
	return false;
}

static bool list_has(json_t *list, const char *s)
{
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), s))
			return true;
	return false;
}

/* A UUID-shaped id: random, or the hash of `seed` (a stable event). */
static void event_id(const char *seed, char out[37])
{
	static atomic_uint_fast64_t counter;
	unsigned char b[32];
	unsigned int n = 0;
	char fallback[96];
	if (!seed && RAND_bytes(b, 16) != 1) {
		/* no entropy source: the time, the process and a counter are unique enough */
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		snprintf(fallback, sizeof(fallback), "%lld.%09ld|%ld|%llu", (long long)ts.tv_sec, ts.tv_nsec, (long)getpid(),
			(unsigned long long)atomic_fetch_add(&counter, 1));
		seed = fallback;
	}
	if (seed && !EVP_Digest(seed, strlen(seed), b, &n, EVP_sha256(), NULL))
		memset(b, 0, sizeof(b));
	b[6] = (unsigned char)((b[6] & 0x0f) | (seed ? 0x50 : 0x40));   /* v5-like (hashed) or v4 (random) */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3],
		b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* The HTML report of the image on this service (SERVICE.md: GET /images/report). */
static json_t *report_url(dd_srv *srv, json_t *image)
{
	const char *reg = json_string_value(json_object_get(image, "registry"));
	const char *repo = json_string_value(json_object_get(image, "repository"));
	const char *tag = json_string_value(json_object_get(image, "tag"));
	if (!reg || !repo || !tag)
		return json_null();
	char url[2048];
	/* "listen: HOST:0" (the default public_url's port) took its port at start */
	size_t n = strlen(srv->cfg.public_url);
	int port = atomic_load(&srv->http_port);
	bool zero = n > 2 && !strcmp(srv->cfg.public_url + n - 2, ":0") && port > 0;
	snprintf(url, sizeof(url), "%.*s%.0d/api/v1/images/report?registry=%s&repository=%s&tag=%s&format=html",
		(int)(zero ? n - 1 : n), srv->cfg.public_url, zero ? port : 0, reg, repo, tag);
	return json_string(url);
}

int dd_srv_event_emit(dd_srv *srv, const char *event, json_t *image, json_t *extra)
{
	json_t *notifiers = NULL, *rows = NULL, *body = NULL, *n;
	char *text = NULL;
	int rc;
	size_t i, added = 0;
	if (!dd_srv_event_known(event))
		return dd_error_set_str(DD_EINVAL, "dd_srv_event_emit: unknown event (scan_completed, image_blocked, "
			"fix_completed, new_vulnerabilities)");
	if (!json_is_object(image) || (extra && !json_is_object(extra)))
		return dd_error_set_str(DD_EINVAL, "dd_srv_event_emit: image and extra must be objects");
	json_t *only = json_object_get(extra, "notifiers");
	if ((rc = srv->store->be->notifier_list(srv->store, false, &notifiers)) != 0)
		return rc;
	rows = json_array();
	json_array_foreach(notifiers, i, n) {
		const char *name = json_string_value(json_object_get(n, "name"));
		if (!list_has(json_object_get(n, "events"), event) || (json_is_array(only) && !list_has(only, name)))
			continue;
		json_array_append_new(rows, json_pack("{s:s}", "notifier", name));
	}
	if (!json_array_size(rows))
		goto cleanup;   /* nobody listens: nothing to store */

	char id[37], now[32];
	/* a caller's stable id is hashed into the same shape as a random one */
	event_id(json_string_value(json_object_get(extra, "id")), id);
	dd_store_time(0, now);
	body = json_pack("{s:s,s:s,s:s,s:O,s:n,s:b}", "id", id, "event", event, "occurred_at", now, "image", image,
		"summary", "blocked", 0);
	json_object_set_new(body, "report_url", report_url(srv, image));
	const char *k;
	json_t *v;
	json_object_foreach(extra, k, v)
		if (strcmp(k, "id") && strcmp(k, "notifiers") && strcmp(k, "event") && strcmp(k, "occurred_at"))
			json_object_set(body, k, v);
	if (!(text = json_dumps(body, JSON_COMPACT))) {
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		goto cleanup;
	}
	char img[700];
	snprintf(img, sizeof(img), "%s/%s:%s", json_string_value(json_object_get(image, "registry")) ?: "",
		json_string_value(json_object_get(image, "repository")) ?: "", json_string_value(json_object_get(image, "tag")) ?: "");
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	json_int_t due = (json_int_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	json_array_foreach(rows, i, n) {
		json_object_set_new(n, "event_id", json_string(id));
		json_object_set_new(n, "event", json_string(event));
		json_object_set_new(n, "task", json_integer(json_integer_value(json_object_get(extra, "task"))));
		json_object_set_new(n, "image", json_string(img));
		json_object_set_new(n, "body", json_string(text));
		json_object_set_new(n, "next_at", json_integer(due));
	}
	if ((rc = srv->store->be->outbox_add(srv->store, rows, &added)) == 0 && added && srv->notify)
		dd_srv_notify_kick(srv->notify);
cleanup:
	free(text);
	json_decref(body);
	json_decref(rows);
	json_decref(notifiers);
	return rc;
}

/* ---- scan_completed (the runner's hook) ---- */

static bool wanted(dd_srv *srv, const char *event)
{
	json_t *all = NULL, *n;
	size_t i;
	bool yes = false;
	if (srv->store->be->notifier_list(srv->store, false, &all) != 0)
		return true;   /* let emit say what is wrong */
	json_array_foreach(all, i, n)
		yes = yes || list_has(json_object_get(n, "events"), event);
	json_decref(all);
	return yes;
}

static int by_severity(const void *a, const void *b)
{
	const dd_finding *x = *(const dd_finding *const *)a, *y = *(const dd_finding *const *)b;
	return (int)y->severity - (int)x->severity;
}

/* summary, classes and top_findings of a report into extra */
static void report_facts(const dd_report *r, json_t *extra)
{
	size_t sev[DD_SEV_COUNT] = { 0 }, cls[DD_CLASS_COUNT] = { 0 }, n = 0;
	const dd_finding **top = calloc(r->n_findings + 1, sizeof(*top));
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (f->suppressed)
			continue;
		if ((unsigned)f->severity < DD_SEV_COUNT)
			sev[f->severity]++;
		if ((unsigned)f->cls < DD_CLASS_COUNT)
			cls[f->cls]++;
		if (top)
			top[n++] = f;
	}
	json_t *summary = json_object(), *classes = json_object(), *list = json_array();
	for (int s = DD_SEV_COUNT - 1; s >= 0; s--)
		json_object_set_new(summary, dd_severity_name((dd_severity)s), json_integer((json_int_t)sev[s]));
	for (int c = 0; c < DD_CLASS_COUNT; c++)
		json_object_set_new(classes, dd_class_name((dd_finding_class)c), json_integer((json_int_t)cls[c]));
	if (top) {
		qsort(top, n, sizeof(*top), by_severity);
		for (size_t i = 0; i < n && i < TOP_FINDINGS; i++) {
			const dd_finding *f = top[i];
			json_t *o = json_pack("{s:s?,s:s,s:s}", "id", f->id, "class", dd_class_name(f->cls), "severity",
				dd_severity_name(f->severity));
			if (f->pkg_name)
				json_object_set_new(o, "package", json_string(f->pkg_name));
			if (f->pkg_version)
				json_object_set_new(o, "version", json_string(f->pkg_version));
			if (f->fixed_version)
				json_object_set_new(o, "fixed_version", json_string(f->fixed_version));
			if (f->path)
				json_object_set_new(o, "path", json_string(f->path));
			json_array_append_new(list, o);
		}
	}
	free(top);
	json_object_set_new(extra, "summary", summary);
	json_object_set_new(extra, "classes", classes);
	json_object_set_new(extra, "top_findings", list);
	json_object_set_new(extra, "complete", json_boolean(r->complete));
}

void dd_srv_event_scan_completed(dd_srv *srv, int64_t task, int64_t item, json_t *image, int64_t scan_id,
	const dd_report *rep)
{
	dd_store *st = srv->store;
	json_t *t = NULL, *rule = NULL, *extra = NULL;
	dd_report *stored = NULL;
	dd_store_scan sc;
	memset(&sc, 0, sizeof(sc));
	int rc = 0;
	if (!wanted(srv, "scan_completed"))
		return;
	if ((rc = st->be->task_get(st, task, 0, 0, &t)) != 0)
		goto cleanup;
	extra = json_pack("{s:I}", "task", (json_int_t)task);
	int64_t rid = json_integer_value(json_object_get(t, "rule"));
	if (rid && st->be->rule_get(st, rid, &rule) == 0 && json_is_array(json_object_get(rule, "notifiers")))
		json_object_set(extra, "notifiers", json_object_get(rule, "notifiers"));
	if (rid)
		json_object_set_new(extra, "rule", json_integer(rid));
	if (!rep && scan_id) {
		if ((rc = st->be->scan_get(st, scan_id, &sc)) != 0 ||
		    (rc = dd_report_read_json_buffer(&stored, sc.report, sc.report_len, "stored scan")) != 0)
			goto cleanup;
		rep = stored;
	}
	if (rep)
		report_facts(rep, extra);
	/* one event per item, whatever happens to the process in between */
	char seed[160];
	snprintf(seed, sizeof(seed), "scan_completed|%lld|%lld|%s", (long long)task, (long long)item,
		json_string_value(json_object_get(t, "created_at")) ?: "");
	json_object_set_new(extra, "id", json_string(seed));
	rc = dd_srv_event_emit(srv, "scan_completed", image, extra);
cleanup:
	if (rc) {
		char tk[24];
		snprintf(tk, sizeof(tk), "%lld", (long long)task);
		dd_srv_log("error", "could not queue the scan_completed notification", "task", tk, "detail", dd_error_last(), NULL);
	}
	dd_store_scan_clear(&sc);
	dd_report_free(stored);
	json_decref(extra);
	json_decref(rule);
	json_decref(t);
}
