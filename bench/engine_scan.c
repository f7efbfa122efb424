/*
 * The engine under load (docs/engine.md):
 *   bench_engine_scan loop N REF DB [CACHE]        N scans, one engine, one after the other
 *   bench_engine_scan concurrent K REF DB [CACHE]  K scans at once on one engine; peak RSS
 *   bench_engine_scan cancel N REF DB              N scans cancelled from the callback at random
 *                                                  points; cancel-to-return latency distribution
 *   bench_engine_scan deadline N REF DB            the same with random deadlines (timeout_ms)
 * Every scan's report must equal the first one's (packages, findings) or the
 * run fails (exit 1): tests/scan/engine_tsan.sh runs `concurrent 8` under
 * ThreadSanitizer. CACHE "" means no cache.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "drydock/drydock.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

typedef struct run {
	dd_engine *e;
	const char *ref, *cache;
	dd_report *r;
	int rc;
	/* cancel mode: when the flag goes up, and when the scan returned */
	atomic_int stop;
	double stop_at, returned_at;
} run;

static int on_progress(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	(void)phase, (void)done, (void)total;
	return atomic_load(&((run *)payload)->stop);
}

static void scan_one(run *x, int64_t timeout_ms)
{
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.cache_dir = x->cache && *x->cache ? x->cache : NULL;
	o.progress = on_progress;
	o.progress_payload = x;
	o.timeout_ms = timeout_ms;
	/* every report must equal the first: the weak-password check's time
	 * budget (3 s by default) must not cut it short on a slow run (8 scans
	 * on 2 cores, or under Helgrind) */
	o.password_budget_ms = 600000;
	x->r = NULL;
	x->rc = dd_engine_scan(x->e, &x->r, x->ref, &o);
	x->returned_at = now_ms();
}

static void *scan_thread(void *arg)
{
	scan_one(arg, 0);
	return NULL;
}

static int same(const dd_report *a, const dd_report *b)
{
	if (a->n_packages != b->n_packages || a->n_findings != b->n_findings || a->complete != b->complete)
		return 0;
	for (size_t i = 0; i < a->n_findings; i++)
		if (strcmp(a->findings[i].id, b->findings[i].id))
			return 0;
	return 1;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void print_dist(const char *what, double *v, size_t n)
{
	if (!n) {
		printf("%s: no samples\n", what);
		return;
	}
	qsort(v, n, sizeof(*v), cmp_double);
	printf("%s over %zu: min %.1f  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms\n", what, n, v[0], v[n / 2],
		v[n * 9 / 10], v[n * 99 / 100 < n ? n * 99 / 100 : n - 1], v[n - 1]);
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: %s loop|concurrent|cancel|deadline N REF DB [CACHE]\n", argv[0]);
		return 2;
	}
	const char *mode = argv[1], *ref = argv[3], *cache = argc > 5 ? argv[5] : NULL;
	int n = atoi(argv[2]);
	if (n < 1 || n > 100000)
		return 2;
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	eo.db_path = argv[4];
	double t0 = now_ms();
	if (dd_engine_new(&e, &eo) != 0) {
		fprintf(stderr, "engine: %s\n", dd_error_last());
		return 1;
	}
	double t_engine = now_ms() - t0;
	run first = { .e = e, .ref = ref, .cache = cache };
	scan_one(&first, 0);
	if (first.rc) {
		fprintf(stderr, "scan: %s\n", dd_error_last());
		return 1;
	}
	/* a second scan: how long one takes once the engine is warm */
	run second = { .e = e, .ref = ref, .cache = cache };
	double t1 = now_ms();
	scan_one(&second, 0);
	double t_scan = second.returned_at - t1;
	dd_report_free(second.r);
	long rss_one = peak_rss_kb();
	int bad = 0;
	if (!strcmp(mode, "loop")) {
		t0 = now_ms();
		for (int i = 0; i < n; i++) {
			run x = { .e = e, .ref = ref, .cache = cache };
			scan_one(&x, 0);
			bad |= x.rc || !same(x.r, first.r);
			dd_report_free(x.r);
		}
		double t = now_ms() - t0;
		printf("engine: new %.1f ms; %d scans %.1f ms (%.2f ms per scan)\n", t_engine, n, t, t / n);
	} else if (!strcmp(mode, "concurrent")) {
		run *xs = calloc((size_t)n, sizeof(*xs));
		pthread_t *ts = calloc((size_t)n, sizeof(*ts));
		if (!xs || !ts)
			return 1;
		t0 = now_ms();
		for (int i = 0; i < n; i++) {
			xs[i] = (run){ .e = e, .ref = ref, .cache = cache };
			pthread_create(&ts[i], NULL, scan_thread, &xs[i]);
		}
		for (int i = 0; i < n; i++) {
			pthread_join(ts[i], NULL);
			if (xs[i].rc || !same(xs[i].r, first.r)) {
				if (xs[i].rc)
					fprintf(stderr, "scan %d: %s\n", i, dd_error_last());
				else
					fprintf(stderr, "scan %d: %zu packages, %zu findings, complete %d; the first: %zu, %zu, %d\n", i,
						xs[i].r->n_packages, xs[i].r->n_findings, xs[i].r->complete, first.r->n_packages,
						first.r->n_findings, first.r->complete);
				bad = 1;
			}
			dd_report_free(xs[i].r);
		}
		printf("concurrent: %d scans at once in %.1f ms; peak RSS after one scan %ld KB, after %d at once %ld KB (%.2fx)\n",
			n, now_ms() - t0, rss_one, n, peak_rss_kb(), (double)peak_rss_kb() / (double)rss_one);
		free(xs);
		free(ts);
	} else if (!strcmp(mode, "cancel") || !strcmp(mode, "deadline")) {
		bool deadline = !strcmp(mode, "deadline");
		double *lat = calloc((size_t)n, sizeof(*lat));
		size_t nl = 0, finished = 0;
		unsigned seed = (unsigned)getpid();
		if (!lat)
			return 1;
		for (int i = 0; i < n; i++) {
			run x = { .e = e, .ref = ref, .cache = cache };
			double at = 1 + (double)(rand_r(&seed) % 1000) / 1000.0 * t_scan;
			double start = now_ms();
			if (deadline) {
				scan_one(&x, (int64_t)at);
				x.stop_at = start + (int64_t)at;
			} else {
				pthread_t t;
				pthread_create(&t, NULL, scan_thread, &x);
				while (now_ms() - start < at && !x.returned_at)
					usleep(200);
				x.stop_at = now_ms();
				atomic_store(&x.stop, 1);
				pthread_join(t, NULL);
			}
			if (x.rc == 0) {
				finished++;
				bad |= !same(x.r, first.r);
			} else if (x.rc == (deadline ? DD_ETIMEOUT : DD_ECANCELED)) {
				lat[nl++] = x.returned_at - x.stop_at;
			} else {
				fprintf(stderr, "scan %d: %s\n", i, dd_error_last());
				bad = 1;
			}
			dd_report_free(x.r);
		}
		printf("%s: full scan %.1f ms; %zu stopped, %zu finished first\n", mode, t_scan, nl, finished);
		print_dist(deadline ? "deadline-to-return" : "cancel-to-return", lat, nl);
		free(lat);
	} else {
		return 2;
	}
	dd_report_free(first.r);
	dd_engine_free(e);
	if (bad)
		fprintf(stderr, "FAIL: a scan failed or its report differs from the first\n");
	return bad;
}
