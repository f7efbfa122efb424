/*
 * The runner: `workers` threads claim task items from the store one at a
 * time and scan them with the process's one engine. The order of one item:
 * resolve tag -> digest (a manifest request, no blob), reuse a stored scan
 * of the same key (digest + scanners + fingerprint; a newer advisory DB
 * means a rematch of the stored inventory, never a pull), else claim the
 * digest against the quota, then scan. Two workers never scan the same key
 * at once: the second waits for the first and reuses its result, which is
 * what makes "a rule over 100 tags of one digest pulls once" true.
 * Cancellation (task canceled or timed out, shutdown) reaches a running
 * scan through the engine's progress callback.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/chains.h"
#include "server/events.h"
#include "server/server.h"

#define MAX_WORKERS 64
#define MAX_ATTEMPTS 3

struct dd_srv_runner {
	dd_srv *srv;
	pthread_t threads[MAX_WORKERS];
	int n_threads;
	pthread_mutex_t lock;
	pthread_cond_t wake;        /* new work, a key released, stopping */
	bool stopping;              /* no new claims */
	atomic_bool abort_running;  /* grace over: cancel running scans */
	int running;                /* items being worked on */
	pthread_cond_t idle;        /* running reached 0 */
	char inflight[MAX_WORKERS][160];   /* keys being scanned */
	bool kicked;
};

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A shared store (PostgreSQL) may be restarting: its calls then fail with
 * DD_EIO having changed nothing, and the connection comes back within
 * seconds. The runner's writes that make an item's result are asked again
 * for up to STORE_RETRY_MS, so a restart in the middle of a task loses no
 * result and fails no item (SQLite's DD_EIO is a disk's: not retried). */
#define STORE_RETRY_MS 60000
#define STORE_RETRY(srv, rc, expr) \
	do { \
		int64_t until_ = now_ms() + STORE_RETRY_MS; \
		long wait_ = 200; \
		while (((rc) = (expr)) == DD_EIO && (srv)->shared && now_ms() < until_) { \
			struct timespec ts_ = { wait_ / 1000, wait_ % 1000 * 1000000L }; \
			nanosleep(&ts_, NULL); \
			wait_ = wait_ < 3200 ? wait_ * 2 : 5000; \
		} \
	} while (0)

typedef struct item_ctx {
	dd_srv_runner *r;
	dd_store_item *it;
	int64_t next_check_ms;
	const char *stop_reason;    /* why the scan was stopped: "canceled", "timed_out", "shutdown" */
} item_ctx;

/* Called every <= 50 ms by the engine on the scanning thread. */
static int on_progress(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	item_ctx *c = payload;
	if (atomic_load(&c->r->abort_running)) {
		c->stop_reason = "shutdown";
		return 1;
	}
	int64_t now = now_ms();
	if (now < c->next_check_ms)
		return 0;
	c->next_check_ms = now + 500;
	char state[32];
	dd_store *st = c->r->srv->store;
	if (st->be->task_state(st, c->it->task, state, sizeof(state)) == 0) {
		if (!strcmp(state, DD_STATE_CANCELED)) {
			c->stop_reason = DD_STATE_CANCELED;
			return 1;
		}
		if (!strcmp(state, DD_STATE_TIMED_OUT)) {
			c->stop_reason = DD_STATE_TIMED_OUT;
			return 1;
		}
	}
	return 0;
}

static void item_log(dd_srv *srv, const dd_store_item *it, const char *step, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void item_log(dd_srv *srv, const dd_store_item *it, const char *step, const char *fmt, ...)
{
	char msg[1024], image[600], task[24];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(image, sizeof(image), "%s/%s:%s", it->registry, it->repository, it->tag);
	snprintf(task, sizeof(task), "%lld", (long long)it->task);
	srv->store->be->task_log_add(srv->store, it->task, image, step, msg);
	dd_srv_log(!strcmp(step, "failed") ? "warn" : "info", msg, "task", task, "image", image, "step", step, NULL);
}

/* A digest a chain (or an operator) blocked already: a rescan does not
 * judge it again (its backup, delete and notification were done when it
 * was blocked, and the source tag may be gone). */
static bool digest_blocked(dd_srv *srv, const char *digest)
{
	json_t *row = NULL;
	bool blocked = digest && srv->store->be->image_block_get(srv->store, digest, &row) == 0;
	json_decref(row);
	return blocked;
}

/* the task log of a chain's verdict and of its steps (chains.h) */
static void chain_log(dd_srv *srv, const dd_store_item *it, const char *step, const char *msg)
{
	item_log(srv, it, step, "%s", msg);
}

/* The failure of an item in words a user can act on. */
static void cause(int rc, const char *msg, char *out, size_t cap)
{
	switch (rc) {
	case DD_EAUTH:
		snprintf(out, cap, "auth refused: %s", msg);
		break;
	case DD_ENOTFOUND:
		snprintf(out, cap, "manifest unknown: %s", msg);
		break;
	case DD_ETIMEOUT:
		snprintf(out, cap, "timed out: %s", msg);
		break;
	case DD_ENET:
		snprintf(out, cap, "registry unreachable: %s", msg);
		break;
	default:
		snprintf(out, cap, "%s", msg);
		break;
	}
}


json_t *dd_srv_report_summary(const dd_report *r)
{
	json_t *o = json_object();
	for (int s = DD_SEV_COUNT - 1; s >= 0; s--)
		json_object_set_new(o, dd_severity_name((dd_severity)s), json_integer((json_int_t)r->summary[s]));
	/* per class too, as the report's summary has it: the console's tabs and
	 * overview count by class without reading every report */
	json_t *cls = json_object();
	for (int c = 0; c < DD_CLASS_COUNT; c++)
		json_object_set_new(cls, dd_class_name((dd_finding_class)c), json_integer((json_int_t)r->class_summary[c]));
	json_object_set_new(o, "by_class", cls);
	return o;
}

static char *summary_json(const dd_report *r)
{
	json_t *o = dd_srv_report_summary(r);
	char *t = o ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	return t;
}

/* Stores report r under key; *scan_id receives the row. */
static int store_report(dd_srv *srv, const char *key, const char *digest, unsigned scanners, const dd_report *r,
	int64_t *scan_id)
{
	dd_store_scan sc;
	memset(&sc, 0, sizeof(sc));
	snprintf(sc.key, sizeof(sc.key), "%s", key);
	snprintf(sc.digest, sizeof(sc.digest), "%s", digest);
	sc.scanners = scanners;
	sc.complete = r->complete;
	snprintf(sc.db_built_at, sizeof(sc.db_built_at), "%s", r->db_built_at ? r->db_built_at : "");
	dd_store_time(0, sc.scanned_at);   /* when stored, by the service's clock: retention counts from it */
	int rc = dd_srv_report_text(r, DD_FORMAT_JSON, NULL, &sc.report, &sc.report_len);
	sc.summary = rc ? NULL : summary_json(r);
	if (!rc && !sc.summary)
		rc = dd_error_set_str(DD_ENOMEM, "out of memory writing the report");
	if (!rc)
		STORE_RETRY(srv, rc, srv->store->be->scan_put(srv->store, &sc, scan_id));
	dd_store_scan_clear(&sc);
	return rc;
}

/* Waits until no other worker scans key, then marks it ours. */
static void key_acquire(dd_srv_runner *r, const char *key)
{
	pthread_mutex_lock(&r->lock);
	for (;;) {
		bool busy = false;
		for (int i = 0; i < MAX_WORKERS; i++)
			if (!strcmp(r->inflight[i], key))
				busy = true;
		if (!busy)
			break;
		pthread_cond_wait(&r->wake, &r->lock);
	}
	for (int i = 0; i < MAX_WORKERS; i++)
		if (!r->inflight[i][0]) {
			snprintf(r->inflight[i], sizeof(r->inflight[i]), "%s", key);
			break;
		}
	pthread_mutex_unlock(&r->lock);
}

static void key_release(dd_srv_runner *r, const char *key)
{
	pthread_mutex_lock(&r->lock);
	for (int i = 0; i < MAX_WORKERS; i++)
		if (!strcmp(r->inflight[i], key)) {
			r->inflight[i][0] = '\0';
			break;
		}
	pthread_cond_broadcast(&r->wake);
	pthread_mutex_unlock(&r->lock);
}

/* The store's lock of key (issue 17): another process that scans the same
 * digest holds it until its result is stored, then this one reuses that
 * result instead of pulling the image again. Polled (the store has no
 * wait), with the item's cancellation asked between polls; bounded by
 * item_timeout, after which this process scans anyway rather than wait on
 * a holder that hangs. *held says whether key_unlock is owed. */
#define KEY_POLL_MS 250
static int store_key_lock(dd_srv *srv, const dd_store_item *it, const char *key, item_ctx *ctx, bool *held)
{
	dd_store *st = srv->store;
	int64_t until = now_ms() + srv->cfg.item_timeout * 1000, said = 0;
	*held = false;
	for (;;) {
		bool got = false;
		int rc = st->be->key_lock(st, key, &got);
		if (rc == 0 && got) {
			*held = true;
			return 0;
		}
		if (on_progress("key", 0, 0, ctx))
			return DD_ECANCELED;
		int64_t now = now_ms();
		if (now >= until) {
			item_log(srv, it, "scan", "gave up waiting for another process's scan of the same digest (%s); scanning here",
				rc ? dd_error_last() : "it holds the key past item_timeout");
			return 0;
		}
		if (!said) {
			item_log(srv, it, "wait", "another process is scanning %.80s: its result is reused when stored", key);
			said = now;
		}
		struct timespec ts = { 0, KEY_POLL_MS * 1000000L };
		nanosleep(&ts, NULL);
	}
}

/* A stored scan of key, brought to the current advisory DB. 0 and
 * *scan_id when there is one, DD_ENOTFOUND when not. */
static int reuse(dd_srv *srv, const dd_store_item *it, const char *key, int64_t *scan_id, bool *rematched)
{
	dd_store_scan sc;
	int rc;
	STORE_RETRY(srv, rc, srv->store->be->scan_find(srv->store, key, &sc));
	*rematched = false;
	if (rc)
		return rc;
	*scan_id = sc.id;
	int64_t age;
	char *built = NULL;
	bool vuln = !sc.scanners || (sc.scanners & DD_SCANNER_VULN);
	if (vuln && dd_db_age(srv->db_path, &age, &built) == 0 && built && strcmp(built, sc.db_built_at)) {
		dd_report *stored = NULL, *fresh = NULL;
		rc = dd_report_read_json_buffer(&stored, sc.report, sc.report_len, "stored scan");
		if (!rc)
			rc = dd_report_rematch(&fresh, stored, srv->db_path);
		if (!rc)
			rc = store_report(srv, key, sc.digest, sc.scanners, fresh, scan_id);
		if (!rc) {
			item_log(srv, it, "rematch", "stored inventory of %s matched against the advisory DB built %s", sc.digest, built);
			dd_srv_findings_rematched(srv, it->task, *scan_id, sc.digest, built, stored, fresh);
			*rematched = true;
		}
		dd_report_free(stored);
		dd_report_free(fresh);
	}
	free(built);
	dd_store_scan_clear(&sc);
	return rc;
}

/* The end of an item stopped through the progress callback: NULL (requeue)
 * on shutdown, else canceled or timed_out with the reason in err. */
static const char *stopped(const item_ctx *ctx, char *err, size_t cap)
{
	if (ctx->stop_reason && !strcmp(ctx->stop_reason, "shutdown"))
		return NULL;
	bool timed_out = ctx->stop_reason && !strcmp(ctx->stop_reason, DD_STATE_TIMED_OUT);
	snprintf(err, cap, "%s", timed_out ? "timed out: the task passed max_task_duration" : "canceled");
	return timed_out ? DD_STATE_TIMED_OUT : DD_STATE_CANCELED;
}

/* every layer came from the layer cache: no blob was pulled (the speed
 * limit's token goes back) */
static bool served_by_cache(const dd_report *rep)
{
	for (size_t i = 0; i < rep->n_layers; i++)
		if (!rep->layers[i].from_cache)
			return false;
	return rep->n_layers > 0;
}

/* The item's lease ran out while it worked (this process renewed too late:
 * a stall, a store outage) and another process took the item: that one
 * finishes it, this end is dropped. Only the service log says so: the task
 * log is the item's, which the other process writes now. */
static void lease_lost(dd_srv *srv, const dd_store_item *it)
{
	char task[24], item[24], image[600];
	snprintf(task, sizeof(task), "%lld", (long long)it->task);
	snprintf(item, sizeof(item), "%lld", (long long)it->id);
	snprintf(image, sizeof(image), "%s/%s:%s", it->registry, it->repository, it->tag);
	dd_srv_log("warn", "lease lost: another process took the item; this result is dropped", "task", task, "item", item,
		"image", image, NULL);
	dd_srv_counter_add("drydock_items_lease_lost_total", "", 1);
}

static void work(dd_srv_runner *r, dd_store_item *it)
{
	dd_srv *srv = r->srv;
	dd_store *st = srv->store;
	json_t *reg = NULL;
	dd_report *rep = NULL;
	char pw[4200], err[1200], key[160] = "", *digest = NULL;
	const char *state = DD_STATE_FAILED;
	int64_t scan_id = 0;
	bool have_key = false, store_key = false;
	item_ctx ctx = { r, it, 0, NULL };
	int rc;
	err[0] = '\0';
	item_log(srv, it, "start", "attempt %d", it->attempts);
	/* an image whose scan took the process down each time must not do so forever */
	if (it->attempts > MAX_ATTEMPTS) {
		snprintf(err, sizeof(err), "gave up after %d attempts: the service stopped during each (see its log)", MAX_ATTEMPTS);
		goto done;
	}
	if (!strcmp(it->kind, "chain")) {
		/* a delivery chain's step: no scan, the image is the one judged */
		state = dd_srv_chain_step(srv, it, chain_log, err, sizeof(err));
		goto done;
	}
	if (!strcmp(it->kind, "rescan")) {
		/* the stored inventory against the new DB: no registry request at all */
		bool rematched = false;
		digest = strdup(it->digest);
		if ((rc = dd_srv_rescan_key(srv, it, key, sizeof(key))) != 0) {
			state = DD_STATE_SKIPPED;
			snprintf(err, sizeof(err), "skipped: %s", dd_error_last());
			goto done;
		}
		key_acquire(r, key);
		have_key = true;
		if (store_key_lock(srv, it, key, &ctx, &store_key) == DD_ECANCELED) {
			state = stopped(&ctx, err, sizeof(err));
			goto done;
		}
		if ((rc = reuse(srv, it, key, &scan_id, &rematched)) != 0) {
			cause(rc, dd_error_last(), err, sizeof(err));
			goto done;
		}
		dd_srv_metrics_scan(&srv->metrics, NULL, -1, rematched ? "rematched" : "reused");
		if (!rematched)
			item_log(srv, it, "reuse", "already matched against the current advisory DB");
		state = DD_STATE_SUCCEEDED;
		goto done;
	}
	dd_catalog_options co;
	if ((rc = dd_srv_registry_find(srv, it->registry, &reg, NULL)) != 0) {
		snprintf(err, sizeof(err), "registry '%s' is not configured", it->registry);
		goto done;
	}
	if ((rc = dd_srv_registry_options(srv, reg, &co, pw, sizeof(pw))) != 0) {
		cause(rc, dd_error_last(), err, sizeof(err));
		goto done;
	}
	if (!strcmp(it->kind, "fix")) {
		item_log(srv, it, "fix", "fixing %s:%s", it->repository, it->tag);
		rc = dd_srv_fix_item(srv, it, reg, &co, on_progress, &ctx, &digest, err, sizeof(err));
		if (rc == DD_ECANCELED)
			state = stopped(&ctx, err, sizeof(err));
		else if (rc == DD_ETIMEOUT)
			state = DD_STATE_TIMED_OUT;
		else if (rc == 0) {
			item_log(srv, it, "fixed", "%s", err);
			err[0] = '\0';
			state = DD_STATE_SUCCEEDED;
		}
		goto done;
	}
	if (it->digest[0]) {
		digest = strdup(it->digest);
	} else if ((rc = dd_catalog_digest(&digest, &co, it->repository, it->tag)) != 0) {
		cause(rc, dd_error_last(), err, sizeof(err));
		goto done;
	} else {
		item_log(srv, it, "resolve", "%s:%s is %s", it->repository, it->tag, digest);
	}
	if (!digest) {
		snprintf(err, sizeof(err), "out of memory");
		goto done;
	}
	if (dd_srv_time_range_skip(srv, it, &co, digest, err, sizeof(err))) {
		state = DD_STATE_SKIPPED;
		goto done;
	}
	unsigned scanners = it->scanners ? it->scanners : srv->cfg.scanners ? srv->cfg.scanners : DD_SCANNER_ALL;
	char fp[65];
	dd_scan_fingerprint(scanners, fp);
	snprintf(key, sizeof(key), "%s|%x|%.16s", digest, scanners, fp);
	key_acquire(r, key);
	have_key = true;
	if (store_key_lock(srv, it, key, &ctx, &store_key) == DD_ECANCELED) {
		state = stopped(&ctx, err, sizeof(err));
		goto done;
	}
	bool rematched = false;
	rc = reuse(srv, it, key, &scan_id, &rematched);
	if (rc == 0) {
		dd_srv_metrics_scan(&srv->metrics, NULL, -1, rematched ? "rematched" : "reused");
		if (!rematched)
			item_log(srv, it, "reuse", "the stored scan of %s is reused (nothing pulled)", digest);
		state = DD_STATE_SUCCEEDED;
		goto done;
	}
	if (rc != DD_ENOTFOUND) {
		cause(rc, dd_error_last(), err, sizeof(err));
		goto done;
	}
	/* quota: before a single blob is read */
	STORE_RETRY(srv, rc, st->be->quota_claim(st, digest, srv->cfg.quota));
	if (rc != 0) {
		snprintf(err, sizeof(err), "%s", rc == DD_ELIMIT ? dd_error_last() : "quota check failed");
		if (rc == DD_ELIMIT && strncmp(err, "quota reached", 13))
			snprintf(err, sizeof(err), "quota reached");
		goto done;
	}
	const char *url = json_string_value(json_object_get(reg, "url"));
	const char *host = strstr(url, "://") ? strstr(url, "://") + 3 : url;
	char ref[800];
	snprintf(ref, sizeof(ref), "docker://%.*s/%s@%s", (int)strcspn(host, "/"), host, it->repository, digest);
	dd_scan_options so = DD_SCAN_OPTIONS_INIT;
	so.image = co.image;
	so.image.plain_http = !strncmp(url, "http://", 7);
	so.scanners = scanners;
	so.cache_dir = srv->cfg.cache_dir;
	so.threads = 2;
	so.progress = on_progress;
	so.progress_payload = &ctx;
	int64_t limit = srv->cfg.item_timeout;
	if (it->task_deadline) {
		int64_t left = it->task_deadline - dd_srv_now();
		if (left < limit)
			limit = left > 1 ? left : 1;
	}
	so.timeout_ms = limit * 1000;
	rc = dd_srv_speed_wait(srv, reg, on_progress, &ctx);
	if (!rc)
		item_log(srv, it, "scan", "pulling and scanning %s", digest);
	int64_t t0 = now_ms();
	if (!rc)
		rc = dd_engine_scan(srv->engine, &rep, ref, &so);
	int64_t ms = now_ms() - t0;
	if (rc == DD_ECANCELED) {
		state = stopped(&ctx, err, sizeof(err));   /* NULL: requeued below */
		goto done;
	}
	if (rc == DD_ETIMEOUT) {
		state = DD_STATE_TIMED_OUT;
		snprintf(err, sizeof(err), "timed out after %llds (item_timeout or the task's max_task_duration)", (long long)limit);
		dd_srv_metrics_scan(&srv->metrics, NULL, ms, "failed");
		goto done;
	}
	if (rc) {
		cause(rc, dd_error_last(), err, sizeof(err));
		dd_srv_metrics_scan(&srv->metrics, NULL, ms, "failed");
		goto done;
	}
	dd_srv_metrics_scan(&srv->metrics, rep, ms, rep->complete ? "complete" : "incomplete");
	if (served_by_cache(rep))
		dd_srv_speed_refund(srv, reg);
	if ((rc = store_report(srv, key, digest, scanners, rep, &scan_id)) != 0) {
		snprintf(err, sizeof(err), "storing the result: %s", dd_error_last());
		goto done;
	}
	if (rep->complete)
		item_log(srv, it, "scanned", "complete: %zu findings in %.1fs", rep->n_findings, (double)ms / 1000.0);
	else
		item_log(srv, it, "scanned", "INCOMPLETE (%s): %zu findings in %.1fs", rep->notes.count ? rep->notes.items[0] :
			"something could not be read", rep->n_findings, (double)ms / 1000.0);
	state = DD_STATE_SUCCEEDED;
done:
	/* the result is stored (or there is none): another process waiting on
	 * the key finds it */
	if (store_key && st->be->key_unlock(st, key) != 0)
		dd_srv_log("warn", "could not release a scan key (the store lets it go with this process's connection)",
			"detail", dd_error_last(), NULL);
	if (have_key)
		key_release(r, key);
	if (!state) {
		STORE_RETRY(srv, rc, st->be->item_requeue(st, it->id));
		if (rc == DD_ECANCELED)
			lease_lost(srv, it);
		else
			item_log(srv, it, "requeued", "stopped by the shutdown; it runs again after the restart");
	} else {
		/* a fix's item is the original image, whose tag an overwrite has
		 * moved (the new tag's own scan task records it); a rescan item
		 * only speaks of a digest the image still holds */
		bool image = strcmp(it->kind, "fix") && strcmp(it->kind, "chain") && (strcmp(it->kind, "rescan") || !strcmp(state, DD_STATE_SUCCEEDED));
		if (image && !strcmp(state, DD_STATE_SUCCEEDED)) {
			STORE_RETRY(srv, rc, st->be->image_put(st, it->registry, it->repository, it->tag, digest, NULL, scan_id));
			/* a scan's end (not a rescan's: its news is new_vulnerabilities),
			 * before the item's end: a crash in between runs the item again,
			 * and the event's id (from the item) keeps it to one notification */
			if (strcmp(it->kind, "rescan")) {
				json_t *img = json_pack("{s:s,s:s,s:s,s:s?}", "registry", it->registry, "repository",
					it->repository, "tag", it->tag, "digest", digest);
				dd_srv_event_scan_completed(srv, it->task, it->id, img, scan_id, rep);
				json_decref(img);
			}
			/* delivery chains judge a pushed image, and judge again what a newer
			 * advisory DB changed (a rescan blocks, it never promotes): each run
			 * is a task of its own (chains.c); one that cannot be created fails
			 * the item */
			if ((!strcmp(it->kind, "push") || (!strcmp(it->kind, "rescan") && !digest_blocked(srv, digest))) &&
				dd_srv_chains_run(srv, it, digest, scan_id, chain_log, err, sizeof(err)))
				state = DD_STATE_FAILED;
		} else if (image && digest)
			STORE_RETRY(srv, rc, st->be->image_put(st, it->registry, it->repository, it->tag, digest, NULL, 0));
		if (err[0])
			item_log(srv, it, !strcmp(state, DD_STATE_SUCCEEDED) ? "done" : !strcmp(state, DD_STATE_SKIPPED) ? "skipped" :
				"failed", "%s", err);
		STORE_RETRY(srv, rc, st->be->item_finish(st, it->id, state, digest, scan_id, err[0] ? err : NULL));
		if (rc == DD_ECANCELED)
			lease_lost(srv, it);
		else if (rc)
			dd_srv_log("error", "could not record an item's end", "detail", dd_error_last(), NULL);
	}
	dd_report_free(rep);
	json_decref(reg);
	free(digest);
	explicit_bzero(pw, sizeof(pw));
}

static void *worker(void *arg)
{
	dd_srv_runner *r = arg;
	dd_store *st = r->srv->store;
	for (;;) {
		pthread_mutex_lock(&r->lock);
		if (r->stopping) {
			pthread_mutex_unlock(&r->lock);
			break;
		}
		r->running++;
		pthread_mutex_unlock(&r->lock);
		size_t expired = 0;
		st->be->task_expire(st, dd_srv_now(), &expired);
		dd_store_item it;
		int rc = st->be->item_claim(st, &it);
		if (rc == 0)
			work(r, &it);
		pthread_mutex_lock(&r->lock);
		r->running--;
		if (!r->running)
			pthread_cond_broadcast(&r->idle);
		if (rc != 0 && !r->stopping && !r->kicked) {
			if (rc != DD_ITEROVER)
				dd_srv_log("error", "the store refused a claim", "detail", dd_error_last(), NULL);
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_sec += 1;
			pthread_cond_timedwait(&r->wake, &r->lock, &ts);
		}
		r->kicked = false;
		pthread_mutex_unlock(&r->lock);
	}
	return NULL;
}

int dd_srv_runner_start(dd_srv *srv, dd_srv_runner **out)
{
	dd_srv_runner *r = calloc(1, sizeof(*r));
	if (!r)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	r->srv = srv;
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->wake, NULL);
	pthread_cond_init(&r->idle, NULL);
	atomic_init(&r->abort_running, false);
	int n = srv->cfg.workers < MAX_WORKERS ? srv->cfg.workers : MAX_WORKERS;
	for (int i = 0; i < n; i++) {
		if (pthread_create(&r->threads[i], NULL, worker, r) != 0) {
			dd_srv_runner_stop(r, 0);
			return dd_error_set_str(DD_ERROR, "cannot start a worker thread");
		}
		r->n_threads++;
	}
	*out = r;
	return 0;
}

int dd_srv_task_submit(dd_srv *srv, const char *kind, int64_t rule, unsigned scanners, json_t *items, int64_t *id)
{
	int64_t deadline = srv->cfg.max_task_duration ? dd_srv_now() + srv->cfg.max_task_duration : 0;
	int rc = srv->store->be->task_create(srv->store, kind, rule, scanners, items, deadline, id);
	if (rc)
		return rc;
	dd_srv_task_queued(srv, kind, *id, json_array_size(items));
	return 0;
}

void dd_srv_task_queued(dd_srv *srv, const char *kind, int64_t id, size_t items)
{
	char t[24], n[24];
	snprintf(t, sizeof(t), "%lld", (long long)id);
	snprintf(n, sizeof(n), "%zu", items);
	dd_srv_log("info", "task queued", "task", t, "kind", kind, "items", n, NULL);
	if (srv->runner)
		dd_srv_runner_kick(srv->runner);
}

void dd_srv_runner_kick(dd_srv_runner *r)
{
	pthread_mutex_lock(&r->lock);
	r->kicked = true;
	pthread_cond_broadcast(&r->wake);
	pthread_mutex_unlock(&r->lock);
}

void dd_srv_runner_stop(dd_srv_runner *r, int64_t grace)
{
	if (!r)
		return;
	pthread_mutex_lock(&r->lock);
	r->stopping = true;
	pthread_cond_broadcast(&r->wake);
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += grace;
	while (r->running > 0) {
		if (pthread_cond_timedwait(&r->idle, &r->lock, &until) == ETIMEDOUT)
			break;
	}
	if (r->running > 0) {
		char n[16];
		snprintf(n, sizeof(n), "%d", r->running);
		dd_srv_log("info", "shutdown_grace is over: running scans stop and go back to the queue", "items", n, NULL);
	}
	atomic_store(&r->abort_running, true);
	pthread_mutex_unlock(&r->lock);
	for (int i = 0; i < r->n_threads; i++)
		pthread_join(r->threads[i], NULL);
	pthread_cond_destroy(&r->wake);
	pthread_cond_destroy(&r->idle);
	pthread_mutex_destroy(&r->lock);
	free(r);
}
