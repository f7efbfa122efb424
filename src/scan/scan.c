/*
 * One scan on an engine (dd_scan_run, reached through dd_engine_scan and
 * dd_scan): the one pass. Open the image, read every layer (in parallel,
 * from the cache when it can), squash, detect the OS, match vulnerabilities,
 * run the image-level checks, apply whitelists, sort. See
 * docs/ARCHITECTURE.md for the picture and docs/engine.md for cancellation:
 * every thread of the scan binds its cancel token; the calling thread alone
 * calls the progress callback, and polls it while the workers read.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzers/analyzer.h"
#include "analyzers/os_detect.h"
#include "checks/check.h"
#include "image/image.h"
#include "report/model.h"
#include "report/whitelist.h"
#include "sbom/sbom_input.h"
#include "scan/cache.h"
#include "scan/check_ctx.h"
#include "scan/links.h"
#include "scan/engine.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/ecosystem.h"
#include "vuln/match.h"

#define MAX_ANALYZERS 64
#define MAX_KEEP_GLOBS 512

/* What the progress callback is told: the workers only count (atomics);
 * the calling thread reads the counts when it polls. */
typedef struct scan_progress {
	const dd_scan_options *opts;
	const char *phase;          /* "opening", "layers", "matching", "checks" */
	atomic_size_t layers_done;
	size_t layers_total;
	atomic_uint_fast64_t bytes_live;   /* uncompressed bytes streamed so far, partial layers included */
} scan_progress;

/* The cancel token's poll (calling thread only, no lock held): tells the
 * callback where the scan is; non-zero from it stops the scan. */
static int progress_poll(void *arg)
{
	scan_progress *p = arg;
	const dd_scan_options *o = p->opts;
	if (!o->progress)
		return 0;
	if (strcmp(p->phase, "layers"))
		return o->progress(p->phase, 0, 0, o->progress_payload);
	return o->progress("bytes", atomic_load(&p->bytes_live), 0, o->progress_payload) ||
		o->progress("layers", atomic_load(&p->layers_done), p->layers_total, o->progress_payload);
}

/* A new phase shows at once (and may be where the caller stops us). */
static int phase(scan_progress *p, const char *name)
{
	dd_cancel *c = dd_cancel_current();
	p->phase = name;
	if (c && p->opts->progress) {
		c->last_poll_ms = dd_now_ms();
		if (progress_poll(p))
			dd_cancel_set(c, DD_ECANCELED);
	}
	return dd_cancel_check();
}

typedef struct scan_job {
	dd_image *img;
	const dd_scan_options *opts;
	dd_engine *engine;
	scan_progress *progress;
	dd_cancel *cancel;
	dd_walk_config walk;
	const char *fingerprint;
	dd_layer_result **results;
	atomic_size_t next;
	size_t *order;          /* layers to read (not cached), largest blob first */
	size_t n_todo;
	size_t ncpu;
	atomic_int failed;
	bool analyzers_ready;   /* init() ran (only when some layer is read) */
	int rc;
	char errmsg[1024];
	pthread_mutex_t lock;   /* rc, errmsg, running */
	pthread_cond_t idle;    /* running dropped to 0 */
	size_t running;         /* worker threads not finished */
} scan_job;

/* Between the layer's blob stream and the tar walker: counts the bytes for
 * the progress display and is where a layer read stops when the scan is
 * cancelled or past its deadline (every read is one bounded chunk). */
typedef struct counting_reader {
	dd_reader base;
	dd_reader *inner;
	scan_progress *progress;
} counting_reader;

static ssize_t counting_read(dd_reader *r, void *buf, size_t len)
{
	counting_reader *c = (counting_reader *)r;
	int rc = dd_cancel_check();
	if (rc)
		return rc;
	ssize_t n = dd_reader_read(c->inner, buf, len);
	if (n > 0)
		atomic_fetch_add(&c->progress->bytes_live, (uint64_t)n);
	return n;
}

static void counting_close(dd_reader *r)
{
	counting_reader *c = (counting_reader *)r;
	dd_reader_close(c->inner);
	free(c);
}

static int counting_wrap(scan_job *job, dd_reader **stream)
{
	counting_reader *c = calloc(1, sizeof(*c));
	if (!c) {
		dd_reader_close(*stream);
		*stream = NULL;
		return dd_error_oom();
	}
	c->base.read = counting_read;
	c->base.close = counting_close;
	c->inner = *stream;
	c->progress = job->progress;
	*stream = &c->base;
	return 0;
}

static const char *layer_digest(const dd_image *img, size_t i)
{
	/* docker save archives have no blob digests: the diff_id names the layer */
	return img->verify_diff_ids && img->diff_ids ? img->diff_ids[i] : img->layers[i].digest;
}

/* Layer i from the cache into job->results[i]: 1, or 0 when not cached, or
 * DD_ENOMEM. */
static int load_cached(scan_job *job, size_t i)
{
	dd_image *img = job->img;
	const char *digest = layer_digest(img, i);
	const char *diff_id = img->diff_ids ? img->diff_ids[i] : NULL;
	const char *cache_dir = job->opts->cache_dir;
	char key[65];
	if (cache_dir && diff_id) {
		dd_cache_key(diff_id, job->fingerprint, key);
		dd_layer_result *cached = NULL;
		int rc = dd_cache_load(cache_dir, key, digest, &cached);
		if (rc)
			return rc;
		if (cached) {
			/* the same diff_id may ship under another blob digest: restamp */
			bool oom = false;
			for (size_t k = 0; k < cached->n_packages; k++) {
				free(cached->packages[k].layer);
				oom |= !(cached->packages[k].layer = strdup(digest));
			}
			for (size_t k = 0; k < cached->n_findings; k++) {
				free(cached->findings[k].layer);
				oom |= !(cached->findings[k].layer = strdup(digest));
			}
			cached->from_cache = true;
			job->results[i] = cached;
			return oom ? dd_error_oom() : 1;
		}
	}
	return 0;
}

/* The engine's state of every enabled analyzer, into w->states (built at
 * the engine's first need, then shared). */
static int init_analyzers(scan_job *job)
{
	return dd_engine_states(job->engine, job->walk.analyzers, job->walk.states);
}

/* A second read of layer i (links.h): the blob again, walked as cfg says. */
static int reread_layer(void *ctx, size_t i, const dd_walk_config *cfg, dd_layer_result *res)
{
	scan_job *job = ctx;
	dd_image *img = job->img;
	const char *digest = layer_digest(img, i);
	dd_reader *stream = NULL;
	int rc;
	/* every layer came from the cache: the analyzers start now */
	if (!job->analyzers_ready) {
		if ((rc = init_analyzers(job)) != 0)
			return rc;
		job->analyzers_ready = true;
	}
	rc = dd_image_open_layer_flags(img, i, NULL, 0, &stream);
	if (!rc) {
		rc = dd_walk_tar(cfg, stream, (int)i, res);
		dd_reader_close(stream);
	}
	if (rc && !strstr(dd_error_last(), digest))
		dd_error_prefix(rc, "%s: layer %s (second read, for links)", img->ref, digest);
	return rc;
}

static int read_layer(scan_job *job, size_t i, bool readahead)
{
	dd_image *img = job->img;
	const char *digest = layer_digest(img, i);
	const char *diff_id = img->diff_ids ? img->diff_ids[i] : NULL;
	const char *cache_dir = job->opts->cache_dir;
	char key[65];
	int rc = 0;
	if (cache_dir && diff_id)
		dd_cache_key(diff_id, job->fingerprint, key);
	dd_layer_result *res = dd_layer_result_new(digest, diff_id);
	dd_reader *stream = NULL;
	if (!res)
		return dd_error_oom();
	if ((rc = dd_image_open_layer_flags(img, i, NULL, readahead ? DD_LAYER_READAHEAD : 0, &stream)) != 0 ||
	    (rc = counting_wrap(job, &stream)) != 0)
		goto fail;
	rc = dd_walk_tar(&job->walk, stream, (int)i, res);
	dd_reader_close(stream);
	/* a layer cut short by a cancel is an error whatever the walker made
	 * of the short read: never cached, never in a report */
	if (!rc)
		rc = dd_cancel_peek();
	if (rc) {
		if (rc == DD_ECANCELED || rc == DD_ETIMEOUT)
			goto fail;
		if (!strstr(dd_error_last(), digest))
			dd_error_prefix(rc, "%s: layer %s", img->ref, digest);
		else if (!strstr(dd_error_last(), img->ref))
			dd_error_prefix(rc, "%s", img->ref);
		goto fail;
	}
	/* claimed hardlinks of the layer: their targets' content, read again;
	 * the layer alone decides them, so the result stays cacheable */
	dd_links_io io = { reread_layer, job, &job->walk };
	if ((rc = dd_links_fetch_own(res, i, &io)) != 0)
		goto fail;
	dd_layer_result_sort_paths(res);
	if (cache_dir && diff_id && !res->incomplete && dd_cache_store(cache_dir, key, res) != 0) {
		/* a cache we cannot write only costs speed next time */
		dd_strv_push(&res->notes, dd_error_last());
	}
	job->results[i] = res;
	return 0;
fail:
	dd_layer_result_free(res);
	return rc;
}

static void *layer_worker(void *arg)
{
	scan_job *job = arg;
	dd_cancel *prev = dd_cancel_bind(job->cancel);
	for (;;) {
		if (atomic_load(&job->failed))
			break;
		size_t k = atomic_fetch_add(&job->next, 1), n = job->n_todo;
		if (k >= n)
			break;
		size_t i = job->order[k];
		/* the last layers to be claimed leave cores idle: use one of them to
		 * read and hash ahead of this layer's inflate */
		dd_readahead ra = job->opts->readahead;
		bool readahead = ra == DD_READAHEAD_AUTO ? n - k < job->ncpu : ra == DD_READAHEAD_ON;
		int rc = read_layer(job, i, readahead);
		if (rc < 0) {
			pthread_mutex_lock(&job->lock);
			if (!atomic_exchange(&job->failed, 1)) {
				job->rc = rc;
				snprintf(job->errmsg, sizeof(job->errmsg), "%s", dd_error_last());
			}
			pthread_mutex_unlock(&job->lock);
		} else {
			atomic_fetch_add(&job->progress->layers_done, 1);
		}
	}
	dd_cancel_bind(prev);
	return NULL;
}

/* Thread body: one worker, then the count the waiting caller watches. */
static void *layer_thread(void *arg)
{
	scan_job *job = arg;
	layer_worker(job);
	pthread_mutex_lock(&job->lock);
	if (--job->running == 0)
		pthread_cond_signal(&job->idle);
	pthread_mutex_unlock(&job->lock);
	return NULL;
}

/* The calling thread while workers read: wakes every DD_CANCEL_POLL_MS to
 * poll the progress callback (without the lock) and see the deadline; a
 * cancel reaches the workers through the shared token. */
static void wait_workers(scan_job *job)
{
	pthread_mutex_lock(&job->lock);
	while (job->running) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += DD_CANCEL_POLL_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&job->idle, &job->lock, &ts);
		if (!job->running)
			break;
		pthread_mutex_unlock(&job->lock);
		dd_cancel_check();
		pthread_mutex_lock(&job->lock);
	}
	pthread_mutex_unlock(&job->lock);
}

static int by_size_desc(const void *a, const void *b, void *arg)
{
	const dd_image *img = arg;
	uint64_t x = img->layers[*(const size_t *)a].size, y = img->layers[*(const size_t *)b].size;
	return x < y ? 1 : x > y ? -1 : (*(const size_t *)a > *(const size_t *)b) - (*(const size_t *)a < *(const size_t *)b);
}

static int run_layers(scan_job *job)
{
	size_t n = job->img->n_layers;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	job->ncpu = ncpu > 0 ? (size_t)ncpu : 1;
	/* largest first: the big base layer starts at once instead of last */
	if (!(job->order = malloc((n ? n : 1) * sizeof(size_t))))
		return dd_error_oom();
	for (size_t i = 0; i < n; i++)
		job->order[i] = i;
	qsort_r(job->order, n, sizeof(size_t), by_size_desc, job->img);
	job->progress->layers_total = n;
	int rc;
	if ((rc = phase(job->progress, "layers")) != 0)
		return rc;
	/* cached layers first, on this thread: a rescan whose layers are all
	 * cached starts no thread at all (on a busy machine a new thread can
	 * wait longer for a core than the whole rescan takes) */
	for (size_t k = 0; k < n; k++) {
		if ((rc = dd_cancel_check()) != 0)
			return rc;
		int hit = load_cached(job, job->order[k]);
		if (hit < 0)
			return hit;
		if (hit)
			atomic_fetch_add(&job->progress->layers_done, 1);
		else
			job->order[job->n_todo++] = job->order[k];
	}
	/* analyzers' shared state (compiled user rules, ClamAV signatures) is
	 * built only when some layer must be read: a fully cached rescan never
	 * pays for it, and a bad rule file still fails before any layer is read
	 * (a layer could not have been cached with it: the fingerprint holds
	 * the rule files' digests) */
	if (job->n_todo && (rc = init_analyzers(job)) != 0)
		return rc;
	job->analyzers_ready = job->n_todo != 0;
	size_t threads = job->opts->threads > 0 ? (size_t)job->opts->threads : (size_t)(ncpu > 0 ? ncpu : 1);
	if (threads > job->n_todo)
		threads = job->n_todo;
	if (threads > 16)
		threads = 16;
	if (job->n_todo == 0) {
		/* all from the cache */
	} else if (threads <= 1) {
		layer_worker(job);
	} else {
		pthread_t tids[16];
		size_t started = 0;
		pthread_mutex_lock(&job->lock);
		for (; started < threads; started++, job->running++)
			if (pthread_create(&tids[started], NULL, layer_thread, job) != 0)
				break;
		pthread_mutex_unlock(&job->lock);
		if (started == 0)
			layer_worker(job);
		else
			wait_workers(job);
		for (size_t t = 0; t < started; t++)
			pthread_join(tids[t], NULL);
	}
	if ((rc = dd_cancel_peek()) != 0)
		return rc;
	/* the final counts show, whenever the last poll was */
	if (!job->rc && (rc = phase(job->progress, "layers")) != 0)
		return rc;
	if (job->rc)
		return dd_error_set(job->rc, "%s", job->errmsg);
	return 0;
}

static char *make_fingerprint(const dd_walk_config *w, const dd_scan_options *opts)
{
	dd_buf b = DD_BUF_INIT(1 << 20);
	/* bump when what a layer result means changes (2: oversize package DBs
	 * are incomplete, whiteout names read strictly; 3: entries placed
	 * through symlinks, duplicates replaced, claimed hardlinks followed) */
	dd_buf_printf(&b, "drydock-cache-3;");
	for (size_t i = 0; w->analyzers[i]; i++)
		dd_buf_printf(&b, "%s:%u;", w->analyzers[i]->name, w->analyzers[i]->version);
	for (size_t i = 0; w->keep_globs[i]; i++)
		dd_buf_printf(&b, "keep:%s;", w->keep_globs[i]);
	/* rule content, not just names: editing a rule must not reuse old results */
	dd_buf_printf(&b, "embedded:%016llx;", dd_embedded_digest());
	if (opts->rules_dir)
		dd_buf_printf(&b, "rules:%s:%016llx;", opts->rules_dir, dd_dir_digest(opts->rules_dir));
	if (opts->clamav_db)
		dd_buf_printf(&b, "clamav:%s:%016llx;", opts->clamav_db, dd_dir_digest(opts->clamav_db));
	/* what a layer result holds depends on what was skipped */
	for (size_t i = 0; opts->skip_dirs && opts->skip_dirs[i]; i++)
		dd_buf_printf(&b, "skip-dir:%s;", opts->skip_dirs[i]);
	for (size_t i = 0; opts->skip_files && opts->skip_files[i]; i++)
		dd_buf_printf(&b, "skip-file:%s;", opts->skip_files[i]);
	struct stat st;
	if (opts->secret_config && stat(opts->secret_config, &st) == 0)
		dd_buf_printf(&b, "secret-config:%s:%lld:%lld;", opts->secret_config, (long long)st.st_size, (long long)st.st_mtime);
	for (size_t i = 0; dd_checks[i]; i++)
		dd_buf_printf(&b, "check:%s:%u;", dd_checks[i]->name, dd_checks[i]->version);
	return dd_buf_detach(&b);
}

/* When the report was made: SBOM and SPDX documents carry it as their
 * creation time, so every kind of input sets it. */
static int set_scanned_at(dd_report *r)
{
	time_t now = time(NULL);
	struct tm tm;
	char ts[32];
	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	free(r->scanned_at);
	return (r->scanned_at = strdup(ts)) ? 0 : dd_error_oom();
}

/* *dst = a copy of src (NULL stays NULL); *oom when the copy failed */
static void copy(char **dst, const char *src, bool *oom)
{
	*dst = dd_strdup(src);
	*oom |= src && !*dst;
}

static bool fill_history(dd_report *r, json_t *config)
{
	json_t *hist = json_object_get(config, "history"), *h;
	size_t i;
	bool oom = false;
	if (!json_is_array(hist) || json_array_size(hist) == 0 || json_array_size(hist) > 10000)
		return true;
	r->history = calloc(json_array_size(hist), sizeof(dd_history_entry));
	if (!r->history)
		return false;
	json_array_foreach(hist, i, h) {
		dd_history_entry *e = &r->history[r->n_history++];
		copy(&e->created_by, json_string_value(json_object_get(h, "created_by")), &oom);
		copy(&e->created, json_string_value(json_object_get(h, "created")), &oom);
		e->empty_layer = json_is_true(json_object_get(h, "empty_layer"));
	}
	return !oom;
}

static int fill_artifact(dd_report *r, const dd_image *img)
{
	bool oom = false;
	copy(&r->ref, img->ref, &oom);
	copy(&r->repository, img->repository, &oom);
	copy(&r->digest, img->manifest_digest, &oom);
	copy(&r->config_digest, img->config_digest, &oom);
	copy(&r->architecture, img->arch, &oom);
	if (img->config)
		copy(&r->created, json_string_value(json_object_get(img->config, "created")), &oom);
	if (img->n_layers) {
		if (!(r->layers = calloc(img->n_layers, sizeof(dd_layer_info))))
			return dd_error_oom();
		r->n_layers = img->n_layers;
		for (size_t i = 0; i < img->n_layers; i++) {
			copy(&r->layers[i].digest, layer_digest(img, i), &oom);
			copy(&r->layers[i].diff_id, img->diff_ids ? img->diff_ids[i] : NULL, &oom);
			copy(&r->layers[i].media_type, img->layers[i].media_type, &oom);
			r->layers[i].size = img->layers[i].size;
		}
	}
	oom |= !fill_history(r, img->config);
	for (size_t i = 0; i < img->notes.count; i++)
		dd_report_note(r, false, "%s", img->notes.items[i]);
	if (oom)
		return dd_error_oom();
	return set_scanned_at(r);
}

/* The user's skip globs as the walker matches them: a leading '/' or './'
 * means the image root and a trailing '/' names the directory itself
 * ("/opt/app/" is opt/app); a pattern left empty ("/") names nothing. */
static int normalize_patterns(const char *const *in, dd_strv *out)
{
	for (size_t i = 0; in && in[i]; i++) {
		const char *p = in[i];
		while (*p == '/' || (p[0] == '.' && p[1] == '/'))
			p += *p == '/' ? 1 : 2;
		size_t n = strlen(p);
		while (n && p[n - 1] == '/')
			n--;
		int rc;
		if (n && (rc = dd_strv_push_owned(out, strndup(p, n))) != 0)
			return rc;
	}
	return 0;
}

/* --pkg-types: the packages of the other kind are neither listed nor
 * matched (and the checks never see packages). */
static void keep_pkg_types(dd_report *r, unsigned types)
{
	if (!types || types == (DD_PKG_OS | DD_PKG_LIBRARY))
		return;
	size_t j = 0;
	for (size_t i = 0; i < r->n_packages; i++) {
		bool os = dd_eco_is_os_type(r->packages[i].type);
		if (types & (os ? DD_PKG_OS : DD_PKG_LIBRARY))
			r->packages[j++] = r->packages[i];
		else
			dd_package_clear(&r->packages[i]);
	}
	r->n_packages = j;
}

/* The DB this scan matches against, taken at its start (a scan keeps the
 * DB it started with); no matcher and the reason when there is none. */
typedef struct scan_db {
	dd_engine_db *gen;
	dd_matcher *m;
	int rc;
	char why[1024];
} scan_db;

static void scan_db_acquire(dd_engine *e, scan_db *d)
{
	if ((d->rc = dd_engine_db_acquire(e, &d->gen, &d->m)) != 0)
		snprintf(d->why, sizeof(d->why), "%s", dd_error_last());
}

/* Matches the report's packages against the advisory DB; a missing or
 * unusable DB is a note that makes the report incomplete. */
static int match_vulns(dd_report *r, scan_db *db, scan_progress *p)
{
	int rc;
	if ((rc = phase(p, "matching")) != 0)
		return rc;
	rc = db->m ? dd_vuln_match_with(r, db->m) : dd_error_set(db->rc, "%s", db->why);
	if (rc == DD_ENODB) {
		/* no usable DB: the other scanners' findings still count, and
		 * the report says it is incomplete (exit 3), never clean */
		dd_report_note(r, true, "%s", dd_error_last());
		rc = 0;
	}
	return rc;
}

static int apply_policy(dd_report *r, const dd_scan_options *opts)
{
	int rc;
	if (opts->ignore_file && (rc = dd_whitelist_apply(r, opts->ignore_file)) != 0)
		return rc;
	if (opts->vex_file && (rc = dd_vex_apply(r, opts->vex_file)) != 0)
		return rc;
	dd_finding_filter filter = { opts->severities, opts->ignore_unfixed };
	dd_report_finalize(r, &filter);
	return 0;
}

/* sbom:FILE: the packages of a CycloneDX or SPDX document, matched like an
 * image's; there are no files, so only the vuln scanner applies. */
static int scan_sbom(dd_report *r, const char *ref, const dd_scan_options *opts, scan_db *db, scan_progress *p)
{
	const char *path = ref + 5;
	if (!*path)
		return dd_error_set(DD_EINVAL, "sbom: needs a file (sbom:FILE, a CycloneDX or SPDX JSON document)");
	if (opts->scanners & ~DD_SCANNER_VULN)
		return dd_error_set(DD_EINVAL, "%s: an SBOM lists packages, not files: only the vuln scanner applies "
			"(--scanners vuln)", ref);
	if (!(r->ref = strdup(ref)))
		return dd_error_oom();
	r->scanners = opts->inventory_only ? 0 : DD_SCANNER_VULN;
	int rc = dd_sbom_read(r, path);
	if (rc || (rc = set_scanned_at(r)) != 0)
		return rc;
	keep_pkg_types(r, opts->pkg_types);
	if (opts->inventory_only) {
		dd_report_finalize(r, NULL);
		return 0;
	}
	if ((rc = match_vulns(r, db, p)) != 0)
		return rc;
	return apply_policy(r, opts);
}

int dd_scan_run(dd_engine *e, dd_report **out, const char *ref, const dd_scan_options *opts_in)
{
	dd_scan_options opts = opts_in ? *opts_in : (dd_scan_options)DD_SCAN_OPTIONS_INIT;
	int rc;
	dd_image *img = NULL;
	dd_report *r = NULL;
	const dd_analyzer *enabled[MAX_ANALYZERS + 1];
	void *states[MAX_ANALYZERS + 1];
	const char *keep[MAX_KEEP_GLOBS + 1];
	size_t n_an = 0, n_keep = 0;
	char *fingerprint = NULL;
	dd_strv skip_dirs = { 0 }, skip_files = { 0 };
	dd_layer_result **results = NULL;
	dd_final_kept *final = NULL;
	size_t n_final = 0;
	scan_job job;
	scan_db db;
	scan_progress progress;
	dd_cancel cancel;
	char what[256];
	memset(&job, 0, sizeof(job));
	memset(&db, 0, sizeof(db));
	memset(states, 0, sizeof(states));

	if ((rc = dd_options_check(opts.version, DD_SCAN_OPTIONS_VERSION, "dd_scan", "dd_scan_options")) != 0 ||
	    (rc = dd_options_check(opts.image.version, DD_IMAGE_OPTIONS_VERSION, "dd_scan", "dd_image_options")) != 0)
		return rc;
	if (!ref || !*ref)
		return dd_error_set(DD_EINVAL, "no image reference given");
	/* the engine's rule and DB settings are what this scan uses (and what
	 * the cache fingerprint sees) */
	opts.db_path = e->db_path;
	opts.rules_dir = e->rules_dir;
	opts.clamav_db = e->clamav_db;
	opts.secret_config = e->secret_config;
	bool sbom_input = !strncmp(ref, "sbom:", 5);
	if (!opts.scanners)
		opts.scanners = sbom_input ? DD_SCANNER_VULN : DD_SCANNER_ALL;
	unsigned walk_scanners = opts.inventory_only ? DD_SCANNER_VULN : opts.scanners;

	progress.opts = &opts;
	progress.phase = "opening";
	atomic_init(&progress.layers_done, 0);
	progress.layers_total = 0;
	atomic_init(&progress.bytes_live, 0);
	snprintf(what, sizeof(what), "scan of %.200s", ref);
	dd_cancel_init(&cancel, opts.timeout_ms, progress_poll, &progress, what);
	dd_cancel *prev_cancel = dd_cancel_bind(&cancel);

	if (!(r = calloc(1, sizeof(*r)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	r->complete = true;
	r->scanners = opts.inventory_only ? 0 : opts.scanners;
	if ((rc = phase(&progress, "opening")) != 0)
		goto cleanup;

	/* a malformed whitelist or VEX file is bad input: say so before the
	 * image is read, not after (they are applied to the finished report) */
	if (!opts.inventory_only && (opts.ignore_file || opts.vex_file)) {
		dd_report *probe = calloc(1, sizeof(*probe));
		if (!probe) {
			rc = dd_error_oom();
			goto cleanup;
		}
		rc = opts.ignore_file ? dd_whitelist_apply(probe, opts.ignore_file) : 0;
		if (!rc && opts.vex_file)
			rc = dd_vex_apply(probe, opts.vex_file);
		dd_report_free(probe);
		if (rc)
			goto cleanup;
	}
	/* '' is no cache; a directory that cannot hold one is bad input */
	if (opts.cache_dir && !*opts.cache_dir)
		opts.cache_dir = NULL;
	else if (opts.cache_dir && (rc = dd_cache_dir_check(opts.cache_dir)) != 0)
		goto cleanup;
	/* the DB as it is now: a `db update` during this scan is for the next */
	if (!opts.inventory_only && (opts.scanners & DD_SCANNER_VULN))
		scan_db_acquire(e, &db);
	if (sbom_input) {
		if ((rc = scan_sbom(r, ref, &opts, &db, &progress)) != 0 || (rc = dd_cancel_peek()) != 0)
			goto cleanup;
		*out = r;
		r = NULL;
		goto cleanup;
	}
	if ((rc = normalize_patterns(opts_in ? opts_in->skip_dirs : NULL, &skip_dirs)) != 0 ||
	    (rc = normalize_patterns(opts_in ? opts_in->skip_files : NULL, &skip_files)) != 0)
		goto cleanup;
	opts.skip_dirs = (const char *const *)skip_dirs.items;
	opts.skip_files = (const char *const *)skip_files.items;
	if ((rc = dd_image_open(&img, ref, &opts.image)) != 0)
		goto cleanup;
	if ((rc = fill_artifact(r, img)) != 0)
		goto cleanup;

	for (size_t i = 0; dd_analyzers[i] && n_an < MAX_ANALYZERS; i++)
		if (dd_analyzers[i]->scanners & walk_scanners)
			enabled[n_an++] = dd_analyzers[i];
	enabled[n_an] = NULL;
	if (!opts.inventory_only)
		for (size_t i = 0; dd_checks[i]; i++) {
			const dd_check *c = dd_checks[i];
			if (!(c->scanners & opts.scanners) || !c->files)
				continue;
			for (size_t k = 0; c->files[k] && n_keep < MAX_KEEP_GLOBS; k++)
				keep[n_keep++] = c->files[k];
		}
	keep[n_keep] = NULL;

	job.img = img;
	job.opts = &opts;
	job.engine = e;
	job.progress = &progress;
	job.cancel = &cancel;
	job.walk.analyzers = enabled;
	job.walk.states = states;
	job.walk.keep_globs = keep;
	job.walk.opts = &opts;
	if (!(fingerprint = make_fingerprint(&job.walk, &opts))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	job.fingerprint = fingerprint;
	pthread_mutex_init(&job.lock, NULL);
	pthread_cond_init(&job.idle, NULL);

	size_t n_results = img->rootfs_dir ? 1 : img->n_layers;
	if (!(results = calloc(n_results ? n_results : 1, sizeof(*results)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	job.results = results;
	if (img->rootfs_dir) {
		if ((rc = init_analyzers(&job)) != 0 || (rc = phase(&progress, "layers")) != 0)
			goto cleanup;
		if (!(results[0] = dd_layer_result_new(NULL, NULL))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		if ((rc = dd_walk_dir(&job.walk, img->rootfs_dir, results[0])) != 0 || (rc = dd_cancel_peek()) != 0)
			goto cleanup;
		dd_layer_result_sort_paths(results[0]);
	} else {
		rc = run_layers(&job);
		if (rc)
			goto cleanup;
		dd_links_io io = { reread_layer, &job, &job.walk };
		if ((rc = dd_links_settle(results, n_results, &io)) != 0)
			goto cleanup;
	}

	for (size_t i = 0; i < r->n_layers && i < n_results; i++) {
		r->layers[i].from_cache = results[i] && results[i]->from_cache;
		r->layers[i].rereads = results[i] ? results[i]->rereads : 0;
	}
	if ((rc = dd_squash_into_report(results, n_results, r)) != 0)
		goto cleanup;
	if ((rc = dd_squash_kept(results, n_results, &final, &n_final)) != 0)
		goto cleanup;

	dd_check_ctx ctx = { .files = final, .n_files = n_final, .config = img->config, .report = r, .opts = &opts };
	dd_os_detect(r, dd_check_ctx_lookup, &ctx);
	if ((rc = dd_os_fill_purls(r)) != 0)
		goto cleanup;
	keep_pkg_types(r, opts.pkg_types);

	if (!opts.inventory_only) {
		if ((opts.scanners & DD_SCANNER_VULN) && (rc = match_vulns(r, &db, &progress)) != 0)
			goto cleanup;
		if ((rc = phase(&progress, "checks")) != 0 || (rc = dd_checks_run(&ctx, opts.scanners)) != 0)
			goto cleanup;
		if ((rc = apply_policy(r, &opts)) != 0)
			goto cleanup;
	} else {
		dd_report_finalize(r, NULL);
	}
	/* whatever a cut-short step made of it, a cancelled scan has no report */
	if ((rc = dd_cancel_peek()) != 0)
		goto cleanup;
	*out = r;
	r = NULL;
cleanup:
	if (job.fingerprint) {
		pthread_mutex_destroy(&job.lock);
		pthread_cond_destroy(&job.idle);
	}
	if (results) {
		size_t n_free = img && !img->rootfs_dir ? img->n_layers : 1;
		for (size_t i = 0; i < n_free; i++)
			dd_layer_result_free(results[i]);
		free(results);
	}
	free(final);
	free(job.order);
	free(fingerprint);
	dd_strv_free(&skip_dirs);
	dd_strv_free(&skip_files);
	dd_image_free(img);
	dd_report_free(r);
	dd_engine_db_release(e, db.gen, db.m);
	/* the error the caller sees is the cancel's, not the read it cut */
	if (rc && atomic_load(&cancel.code))
		rc = dd_cancel_peek();
	dd_cancel_bind(prev_cancel);
	return rc;
}
