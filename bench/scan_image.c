/*
 * Times dd_scan() on one image reference, without writing a report:
 *   bench_scan_image REF [--inventory] [--cache-dir DIR] [--threads N] [--repeat K]
 * Prints wall time per run, packages, layers from cache, and peak RSS.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "drydock/drydock.h"

#pragma weak dd_scanners_parse

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s REF [--inventory] [--cache-dir DIR] [--threads N] [--repeat K] [--scanners LIST]\n", argv[0]);
		return 2;
	}
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	int repeat = 1;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--inventory"))
			opts.inventory_only = true;
		else if (!strcmp(argv[i], "--cache-dir") && i + 1 < argc)
			opts.cache_dir = argv[++i];
		else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
			opts.threads = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--db") && i + 1 < argc)
			opts.db_path = argv[++i];
		else if (!strcmp(argv[i], "--scanners") && i + 1 < argc && dd_scanners_parse) {
			if (dd_scanners_parse(argv[++i], &opts.scanners) != 0)
				return 2;
		}
	}
	for (int k = 0; k < repeat; k++) {
		dd_report *r = NULL;
		double t0 = now();
		int rc = dd_scan(&r, argv[1], &opts);
		double t1 = now();
		if (rc) {
			fprintf(stderr, "scan failed: %s\n", dd_error_last());
			return 3;
		}
		size_t cached = 0;
		for (size_t i = 0; i < r->n_layers; i++)
			cached += r->layers[i].from_cache;
		printf("run %d: %.3f s, %zu packages, %zu findings, %zu layers (%zu from cache), complete=%d\n", k + 1,
			t1 - t0, r->n_packages, r->n_findings, r->n_layers, cached, r->complete);
		dd_report_free(r);
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("peak RSS: %.1f MB\n", ru.ru_maxrss / 1024.0);
	return 0;
}
