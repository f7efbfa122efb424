/*
 * What one scanned image costs the store, without any scanning: a task of
 * N items is created, then T threads, each with its own store handle (as T
 * processes would have), loop until the queue is empty: item_claim, what a
 * fresh scan writes besides the queue (runner.c: 5 task log lines, the
 * digest's quota, a stored scan of a 6 KB JSON report, the image), and
 * item_finish. --queue leaves the scan's writes out: the queue's own round
 * trips (bench_store_queue measures those too, with its own loop).
 *   bench_store_item_cost [-n ITEMS] [-t THREADS[,THREADS...]] [--queue] [LOCATION...]
 * LOCATION is a config `store` value: "sqlite" (a fresh store in a temp
 * directory per run) or "postgres://..." (a database the caller made; runs
 * add tasks to it, finished items leave the queue index). Default: sqlite.
 * Prints per location and thread count: items/s, claim and finish latency
 * p50/p99 in ms, and the task_create time of the N items.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"

#define MAX_ITEMS 100000
#define MAX_THREADS 64

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct {
	const char *location, *data_dir;
	bool full;
	double *claim_ms, *finish_ms;   /* per item, indexed by the thread's own count */
	size_t done, cap;
	int rc;
	char err[256];
} worker;

/* what a fresh scan writes besides claim and finish (runner.c), in the same calls */
static int full_item(dd_store *st, const dd_store_item *it)
{
	static const char *const steps[] = {"start", "resolve", "scan", "scanned"};
	char image[560], digest[80], msg[200];
	snprintf(image, sizeof(image), "%s/%s:%s", it->registry, it->repository, it->tag);
	snprintf(digest, sizeof(digest), "sha256:%064lld", (long long)it->id);
	int rc = 0;
	for (size_t i = 0; i < 4 && !rc; i++) {
		snprintf(msg, sizeof(msg), "%s of %s", steps[i], digest);
		rc = st->be->task_log_add(st, it->task, image, steps[i], msg);
	}
	if (!rc)
		rc = st->be->quota_claim(st, digest, 0);
	/* a 6 KB JSON report, which the store compresses as it does real ones */
	char report[6000];
	int len = snprintf(report, sizeof(report), "{\"digest\":\"%s\",\"packages\":[", digest);
	for (int i = 0; len < 5800; i++)
		len += snprintf(report + len, sizeof(report) - (size_t)len, "%s{\"name\":\"p%d-%lld\",\"v\":\"%d.%lld\"}",
			i ? "," : "", i, (long long)it->id * 7919 % 100003, i * 31, (long long)it->id);
	len += snprintf(report + len, sizeof(report) - (size_t)len, "]}");
	dd_store_scan sc;
	memset(&sc, 0, sizeof(sc));
	snprintf(sc.key, sizeof(sc.key), "%s|7fff|0123456789abcdef", digest);
	snprintf(sc.digest, sizeof(sc.digest), "%s", digest);
	sc.scanners = 0x7fff;
	sc.complete = true;
	dd_store_time(0, sc.scanned_at);
	snprintf(sc.db_built_at, sizeof(sc.db_built_at), "%s", sc.scanned_at);
	sc.report = report;
	sc.report_len = (size_t)len;
	sc.summary = "{\"critical\":0,\"high\":2,\"medium\":11,\"low\":3}";
	int64_t scan = 0;
	if (!rc)
		rc = st->be->scan_put(st, &sc, &scan);
	if (!rc)
		rc = st->be->image_put(st, it->registry, it->repository, it->tag, digest, NULL, scan);
	if (!rc)
		rc = st->be->task_log_add(st, it->task, image, "scanned", "complete: 17 findings in 2.4s");
	return rc;
}

static void *work(void *arg)
{
	worker *w = arg;
	dd_store *st = NULL;
	if ((w->rc = dd_store_open(&st, w->location, w->data_dir)) != 0) {
		snprintf(w->err, sizeof(w->err), "%s", dd_error_last());
		return NULL;
	}
	while (w->done < w->cap) {
		dd_store_item it;
		double t0 = now();
		int rc = st->be->item_claim(st, &it);
		double t1 = now();
		if (rc == DD_ITEROVER)
			break;
		if (!rc && w->full)
			rc = full_item(st, &it);
		double t2 = now();
		if (!rc)
			rc = st->be->item_finish(st, it.id, DD_STATE_SUCCEEDED, NULL, 0, NULL);
		double t3 = now();
		if (rc) {
			w->rc = rc;
			snprintf(w->err, sizeof(w->err), "%s", dd_error_last());
			break;
		}
		w->claim_ms[w->done] = (t1 - t0) * 1e3;
		w->finish_ms[w->done] = (t3 - t2) * 1e3;
		w->done++;
	}
	dd_store_close(st);
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double pct(double *v, size_t n, double p)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i];
}

static int run(const char *location, size_t items, int threads, bool full)
{
	char dir[] = "/tmp/drydock-bench-item.XXXXXX";
	int rc = 0;
	if (!mkdtemp(dir)) {
		fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
		return 1;
	}
	dd_store *st = NULL;
	json_t *list = json_array();
	worker w[MAX_THREADS];
	memset(w, 0, sizeof(w));
	pthread_t tid[MAX_THREADS];
	if ((rc = dd_store_open(&st, location, dir)) != 0) {
		fprintf(stderr, "%s: %s\n", location, dd_error_last());
		goto cleanup;
	}
	for (size_t i = 0; i < items; i++) {
		char tag[32];
		snprintf(tag, sizeof(tag), "v1.12.%zu", i);
		if (json_array_append_new(list, json_pack("{s:s,s:s,s:s}", "registry", "harbor-prod", "repository",
			"team-042/service-0421", "tag", tag)) != 0) {
			rc = 1;
			goto cleanup;
		}
	}
	double t0 = now();
	int64_t task = 0;
	if ((rc = st->be->task_create(st, "scan", 0, 0, list, 0, &task)) != 0) {
		fprintf(stderr, "%s: task_create: %s\n", location, dd_error_last());
		goto cleanup;
	}
	double create_s = now() - t0;
	t0 = now();
	for (int i = 0; i < threads; i++) {
		w[i] = (worker){.location = location, .data_dir = dir, .full = full, .cap = items};
		w[i].claim_ms = calloc(items, sizeof(double));
		w[i].finish_ms = calloc(items, sizeof(double));
		if (!w[i].claim_ms || !w[i].finish_ms || pthread_create(&tid[i], NULL, work, &w[i]) != 0) {
			fprintf(stderr, "out of memory or threads\n");
			threads = i;
			rc = 1;
			break;
		}
	}
	for (int i = 0; i < threads; i++)
		pthread_join(tid[i], NULL);
	double wall = now() - t0;
	size_t done = 0;
	for (int i = 0; i < threads; i++) {
		done += w[i].done;
		if (w[i].rc) {
			fprintf(stderr, "%s: thread %d: %s\n", location, i, w[i].err);
			rc = w[i].rc;
		}
	}
	double *claims = calloc(done ? done : 1, sizeof(double)), *finishes = calloc(done ? done : 1, sizeof(double));
	if (!claims || !finishes) {
		free(claims);
		free(finishes);
		rc = 1;
		goto cleanup;
	}
	for (int i = 0, k = 0; i < threads; i++)
		for (size_t j = 0; j < w[i].done; j++, k++) {
			claims[k] = w[i].claim_ms[j];
			finishes[k] = w[i].finish_ms[j];
		}
	char state[32] = "";
	st->be->task_state(st, task, state, sizeof(state));
	if (done != items || strcmp(state, DD_STATE_SUCCEEDED) != 0) {
		fprintf(stderr, "%s: %zu of %zu items finished, task %s\n", location, done, items, state);
		rc = rc ? rc : 1;
	}
	printf("%-10s %-5s %7d %7zu %9.0f %9.3f %9.3f %9.3f %9.3f %9.2f\n", st->be->name, full ? "scan" : "queue",
		threads, done, (double)done / wall, pct(claims, done, 0.5), pct(claims, done, 0.99), pct(finishes, done, 0.5),
		pct(finishes, done, 0.99), create_s);
	fflush(stdout);
	free(claims);
	free(finishes);
cleanup:
	for (int i = 0; i < MAX_THREADS; i++) {
		free(w[i].claim_ms);
		free(w[i].finish_ms);
	}
	json_decref(list);
	dd_store_close(st);
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return rc;
}

int main(int argc, char **argv)
{
	size_t items = 2000;
	int threads[8] = {1, 4}, nthreads = 2;
	bool full = true;
	const char *locations[16];
	int nloc = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc) {
			items = strtoul(argv[++i], NULL, 10);
		} else if (!strcmp(argv[i], "-t") && i + 1 < argc) {
			nthreads = 0;
			for (char *p = argv[++i]; *p && nthreads < 8; p += *p == ',') {
				char *end;
				threads[nthreads++] = (int)strtol(p, &end, 10);
				p = end;
			}
		} else if (!strcmp(argv[i], "--queue")) {
			full = false;
		} else if (argv[i][0] != '-' && nloc < 16) {
			locations[nloc++] = argv[i];
		} else {
			fprintf(stderr, "usage: bench_store_item_cost [-n ITEMS] [-t THREADS[,THREADS...]] [--queue] [LOCATION...]\n");
			return 2;
		}
	}
	if (!items || items > MAX_ITEMS) {
		fprintf(stderr, "-n: 1..%d items\n", MAX_ITEMS);
		return 2;
	}
	for (int i = 0; i < nthreads; i++)
		if (threads[i] < 1 || threads[i] > MAX_THREADS) {
			fprintf(stderr, "-t: 1..%d threads\n", MAX_THREADS);
			return 2;
		}
	if (!nloc)
		locations[nloc++] = "sqlite";
	printf("%-10s %-5s %7s %7s %9s %9s %9s %9s %9s %9s\n", "store", "mode", "threads", "items", "items/s",
		"claim_p50", "claim_p99", "finish_p50", "finish_p99", "create_s");
	int rc = 0;
	for (int l = 0; l < nloc; l++)
		for (int i = 0; i < nthreads; i++)
			if (run(locations[l], items, threads[i], full) != 0)
				rc = 1;
	return rc;
}
