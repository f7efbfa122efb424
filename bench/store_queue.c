/*
 * The store's queue round trips: claim + finish per second, with one and
 * with K store handles (each its own thread, pool and owner: the processes
 * of a scaled-out service) working one task of N items.
 *   bench_store_queue LOCATION [--items N] [--handles K]
 * LOCATION: a postgres://... URL of an empty (or drydock) database, or
 * "sqlite" (a fresh data dir under /tmp). Prints items/s per run; not a
 * test (bench/README.md).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store.h"

typedef struct worker {
	dd_store *s;
	int done, errors;
} worker;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *work(void *arg)
{
	worker *w = arg;
	dd_store_item it;
	int rc;
	while ((rc = w->s->be->item_claim(w->s, &it)) == 0) {
		if (w->s->be->item_finish(w->s, it.id, DD_STATE_SUCCEEDED, "sha256:bench", 0, NULL))
			w->errors++;
		else
			w->done++;
	}
	if (rc != DD_ITEROVER)
		w->errors++;
	return NULL;
}

static int run(const char *loc, const char *dir, int items, int handles)
{
	worker w[64];
	pthread_t th[64];
	memset(w, 0, sizeof(w));
	for (int i = 0; i < handles; i++)
		if (dd_store_open(&w[i].s, loc, dir)) {
			fprintf(stderr, "open: %s\n", dd_error_last());
			return 1;
		}
	json_t *a = json_array();
	for (int i = 0; i < items; i++) {
		char tag[32];
		snprintf(tag, sizeof(tag), "t%d", i);
		json_array_append_new(a, json_pack("{s:s,s:s,s:s}", "registry", "r", "repository", "bench/app", "tag", tag));
	}
	int64_t task = 0;
	double t0 = now();
	if (w[0].s->be->task_create(w[0].s, "scan", 0, 0, a, 0, &task)) {
		fprintf(stderr, "task: %s\n", dd_error_last());
		return 1;
	}
	double t1 = now();
	json_decref(a);
	for (int i = 0; i < handles; i++)
		pthread_create(&th[i], NULL, work, &w[i]);
	int done = 0, errors = 0;
	for (int i = 0; i < handles; i++) {
		pthread_join(th[i], NULL);
		done += w[i].done;
		errors += w[i].errors;
	}
	double t2 = now();
	printf("%-8s handles=%-2d items=%d task_create=%.1f ms claim+finish: %.0f items/s (%.2f ms each)%s\n",
		strncmp(loc, "postgres", 8) ? "sqlite" : "postgres", handles, done, (t1 - t0) * 1e3, done / (t2 - t1),
		(t2 - t1) * 1e3 / (done ? done : 1), errors ? " ERRORS" : "");
	for (int i = 0; i < handles; i++)
		dd_store_close(w[i].s);
	return errors != 0 || done != items;
}

int main(int argc, char **argv)
{
	int items = 2000, handles = 4;
	if (argc < 2) {
		fprintf(stderr, "usage: bench_store_queue LOCATION [--items N] [--handles K]\n");
		return 2;
	}
	for (int i = 2; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--items"))
			items = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--handles"))
			handles = atoi(argv[i + 1]);
	}
	if (items < 1 || items > 1000000 || handles < 1 || handles > 64) {
		fprintf(stderr, "--items 1..1000000, --handles 1..64\n");
		return 2;
	}
	char dir[] = "/tmp/dd-bench-store.XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	int rc = run(argv[1], dir, items, 1) || run(argv[1], dir, items, handles);
	char cmd[64];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd))
		rc = 1;
	return rc;
}
