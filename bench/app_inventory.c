/*
 * What the application analyzers add to an inventory, on the same bytes:
 *   bench_app_inventory [--repeat K] LAYER_BLOB...
 * Each run decompresses and walks every layer blob (gzip/zstd/plain tar, in
 * order, one thread) twice: with the OS analyzers only (os-release, dpkg,
 * apk, rpm) and with every inventory analyzer. Prints the best wall and
 * CPU time of K runs for each (CPU time is the steadier figure on a shared
 * machine), packages found, and the ratios all/os.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "analyzers/analyzer.h"
#include "image/stream.h"
#include "scan/layer_result.h"
#include "scan/walker.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static bool is_os(const char *name)
{
	static const char *const os[] = { "os-release", "os_release", "dpkg", "apk", "rpm", NULL };
	for (size_t i = 0; os[i]; i++)
		if (!strcmp(name, os[i]))
			return true;
	return false;
}

static double cpu(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* One pass over all layers; returns packages found, or -1. */
static long pass(const dd_walk_config *cfg, char **blobs, int n, double *secs, double *cpus)
{
	long pkgs = 0;
	double t0 = now(), c0 = cpu();
	for (int i = 0; i < n; i++) {
		dd_reader *file = NULL, *dec = NULL;
		dd_inflate_limits lim = { .max_output = 64ull << 30, .max_ratio = 0 };
		if (dd_reader_from_file(&file, blobs[i], 0, UINT64_MAX) ||
		    dd_decompress_reader_new(&dec, file, DD_COMPRESSION_AUTO, &lim, blobs[i])) {
			fprintf(stderr, "%s: %s\n", blobs[i], dd_error_last());
			return -1;
		}
		dd_layer_result *r = dd_layer_result_new("sha256:bench", NULL);
		if (dd_walk_tar(cfg, dec, i, r)) {
			fprintf(stderr, "%s: %s\n", blobs[i], dd_error_last());
			return -1;
		}
		pkgs += (long)r->n_packages;
		dd_layer_result_free(r);
		dd_reader_close(dec);
	}
	*secs = now() - t0;
	*cpus = cpu() - c0;
	return pkgs;
}

int main(int argc, char **argv)
{
	int repeat = 3, first = 1;
	if (argc > 2 && !strcmp(argv[1], "--repeat")) {
		repeat = atoi(argv[2]);
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: %s [--repeat K] LAYER_BLOB...\n", argv[0]);
		return 2;
	}
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	const dd_analyzer *os_list[64], *all_list[64];
	void *os_states[64] = { 0 }, *all_states[64] = { 0 };
	size_t nos = 0, nall = 0;
	for (size_t i = 0; dd_analyzers[i] && nall < 63; i++) {
		const dd_analyzer *an = dd_analyzers[i];
		if (!(an->scanners & DD_SCANNER_VULN))
			continue;
		void *st = NULL;
		if (an->init && an->init(&st, &opts))
			return 3;
		all_states[nall] = st;
		all_list[nall++] = an;
		if (is_os(an->name)) {
			os_states[nos] = st;
			os_list[nos++] = an;
		}
	}
	os_list[nos] = all_list[nall] = NULL;
	dd_walk_config os = { .analyzers = os_list, .states = os_states, .opts = &opts },
		       all = { .analyzers = all_list, .states = all_states, .opts = &opts };
	double best_os = 1e30, best_all = 1e30, cpu_os = 1e30, cpu_all = 1e30, t, c;
	long pos = 0, pall = 0;
	for (int k = 0; k < repeat; k++) {
		/* alternate, so a slow moment of a shared machine hits both */
		if ((pos = pass(&os, argv + first, argc - first, &t, &c)) < 0)
			return 3;
		if (t < best_os)
			best_os = t;
		if (c < cpu_os)
			cpu_os = c;
		if ((pall = pass(&all, argv + first, argc - first, &t, &c)) < 0)
			return 3;
		if (t < best_all)
			best_all = t;
		if (c < cpu_all)
			cpu_all = c;
	}
	printf("os-only: %.3f s wall, %.3f s cpu, %ld packages (%zu analyzers)\n", best_os, cpu_os, pos, nos);
	printf("all:     %.3f s wall, %.3f s cpu, %ld packages (%zu analyzers)\n", best_all, cpu_all, pall, nall);
	printf("ratio all/os: wall %.3f (+%.1f%%), cpu %.3f (+%.1f%%), best of %d each\n", best_all / best_os,
		(best_all / best_os - 1) * 100, cpu_all / cpu_os, (cpu_all / cpu_os - 1) * 100, repeat);
	return 0;
}
