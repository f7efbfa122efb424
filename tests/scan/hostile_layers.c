/*
 * Hostile layers generated on the fly (no disk): a layer with a million
 * entries, a 100 MB one-line file claimed by the real analyzers, 200,000
 * files a check keeps, 150,000 whiteouts, and a 100 MB index.json. Each must
 * finish with bounded work and memory, and say when it left something out.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "analyzers/analyzer.h"
#include "image/image.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "testutil.h"
#include "util/error.h"

/* Streams a tar of `count` entries named NAME-FMT, each `size` bytes of 'a'. */
typedef struct gen_reader {
	dd_reader base;
	const char *fmt;
	uint64_t count, size, index, pos_in_entry;
	unsigned char header[512];
	bool in_header, done;
	int zero_blocks;
} gen_reader;

static void make_header(gen_reader *g)
{
	char name[100];
	snprintf(name, sizeof(name), g->fmt, (unsigned long long)g->index);
	dd_test_tar_header(g->header, name, '0', g->size);
}

static ssize_t gen_read_many(dd_reader *r, void *buf, size_t len)
{
	gen_reader *g = (gen_reader *)r;
	size_t got = 0;
	while (got < len && !g->done) {
		size_t want = len - got;
		/* copy one piece */
		char *dst = (char *)buf + got;
		uint64_t padded = (g->size + 511) / 512 * 512;
		size_t piece;
		if (g->index >= g->count) {
			piece = want < 1024 ? want : 1024;
			memset(dst, 0, piece);
			g->done = true;
		} else if (g->pos_in_entry < 512) {
			if (g->pos_in_entry == 0)
				make_header(g);
			piece = 512 - (size_t)g->pos_in_entry;
			if (piece > want)
				piece = want;
			memcpy(dst, g->header + g->pos_in_entry, piece);
			g->pos_in_entry += piece;
		} else {
			uint64_t off = g->pos_in_entry - 512;
			piece = (size_t)(padded - off < want ? padded - off : want);
			size_t data = off < g->size ? (size_t)(g->size - off < piece ? g->size - off : piece) : 0;
			memset(dst, 'a', data);
			memset(dst + data, 0, piece - data);
			g->pos_in_entry += piece;
		}
		if (!g->done && g->pos_in_entry >= 512 + padded) {
			g->pos_in_entry = 0;
			g->index++;
		}
		got += piece;
	}
	return (ssize_t)got;
}

static void gen_close(dd_reader *r)
{
	(void)r;
}

static long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static int walk_generated(const char *fmt, uint64_t count, uint64_t size, dd_layer_result **out)
{
	gen_reader g = { .base = { gen_read_many, gen_close }, .fmt = fmt, .count = count, .size = size };
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	const dd_analyzer *enabled[64];
	void *states[64] = { 0 };
	size_t n = 0;
	for (size_t i = 0; dd_analyzers[i] && n < 63; i++) {
		if (dd_analyzers[i]->init && dd_analyzers[i]->init(&states[n], &opts) != 0)
			continue;
		enabled[n++] = dd_analyzers[i];
	}
	enabled[n] = NULL;
	const char *const keep[] = { "etc/*", "var/lib/dpkg/status", NULL };
	dd_walk_config cfg = { .analyzers = enabled, .states = states, .keep_globs = keep, .opts = &opts };
	dd_layer_result *res = dd_layer_result_new("sha256:generated", NULL);
	int rc = dd_walk_tar(&cfg, &g.base, 0, res);
	for (size_t i = 0; i < n; i++)
		if (enabled[i]->free && states[i])
			enabled[i]->free(states[i]);
	*out = res;
	return rc;
}

static bool has_note(const dd_layer_result *res, const char *needle)
{
	for (size_t i = 0; i < res->notes.count; i++)
		if (strstr(res->notes.items[i], needle))
			return true;
	return false;
}

static void test_million_entries(void **state)
{
	(void)state;
	dd_layer_result *res;
	int rc = walk_generated("d%07llu", 1000000, 0, &res);
	if (rc)
		fail_msg("%s", dd_error_last());
	assert_int_equal(res->entries, 1000000);
	assert_int_equal(res->n_hashes, 1000000);
	dd_layer_result_free(res);
	/* the index is 8 bytes an entry plus a hash set: well under 200 MB */
	assert_true(peak_rss_kb() < 200 * 1024);
}

static void test_huge_one_line_files(void **state)
{
	(void)state;
	dd_layer_result *res;
	long before = peak_rss_kb();
	/* names every OS analyzer claims; 100 MB each, one line */
	const char *names[] = { "var/lib/dpkg/statu%c", "lib/apk/db/installe%c", "etc/os-releas%c" };
	const char suffix[] = { 's', 'd', 'e' };
	for (size_t i = 0; i < 3; i++) {
		char fmt[64];
		snprintf(fmt, sizeof(fmt), names[i], suffix[i]);
		/* fmt has no conversion left: every entry has the same name */
		int rc = walk_generated(fmt, 1, 100u << 20, &res);
		if (rc)
			fail_msg("%s: %s", fmt, dd_error_last());
		/* a package DB or release file too large to read leaves the
		 * inventory short: the layer says so */
		assert_true(res->incomplete);
		assert_true(has_note(res, "limit; not analyzed"));
		/* kept copies are capped at 1 MiB */
		for (size_t k = 0; k < res->n_kept; k++)
			assert_true(res->kept[k].len <= (1u << 20));
		dd_layer_result_free(res);
	}
	/* analyzers' caps keep a 100 MB file from being buffered whole more than once */
	assert_true(peak_rss_kb() - before < 400 * 1024);
}

static double cpu_seconds(void)
{
	return (double)clock() / CLOCKS_PER_SEC;
}

/* Kept files were found by a linear search per insert: 200,000 names cost
 * 20,000 x 200,000 string compares (minutes under ASan). */
static void test_many_kept_files(void **state)
{
	(void)state;
	dd_layer_result *res;
	double t0 = cpu_seconds();
	int rc = walk_generated("etc/k%07llu", 200000, 0, &res);
	if (rc)
		fail_msg("%s", dd_error_last());
	double spent = cpu_seconds() - t0;
	assert_int_equal(res->n_kept, 20000);
	assert_true(res->incomplete);
	assert_true(has_note(res, "layer sha256:generated: more than 20000 configuration files to keep"));
	/* the index still finds each kept path (a second keep replaces it) */
	dd_file f = { .path = "etc/k0000123", .mode = 0100644 };
	assert_int_equal(dd_layer_result_keep(res, &f, "new", 3, false), 0);
	assert_int_equal(res->n_kept, 20000);
	assert_string_equal(res->kept[123].data, "new");
	dd_layer_result_free(res);
	/* linear, with a wide margin for a loaded machine and sanitizers */
	assert_true(spent < 20.0);
}

/* Whiteouts were unbounded, and the squash compared every item with every
 * later whiteout. */
static void test_many_whiteouts(void **state)
{
	(void)state;
	dd_layer_result *res;
	int rc = walk_generated("d/.wh.f%07llu", 150000, 0, &res);
	if (rc)
		fail_msg("%s", dd_error_last());
	assert_int_equal(res->whiteouts.count, 100000);
	assert_true(res->incomplete);
	assert_true(has_note(res, "layer sha256:generated: deletes more than 100000 paths"));
	dd_layer_result_free(res);
}

static void test_huge_index_json(void **state)
{
	(void)state;
	char dir[] = "/tmp/dd-hugeidx-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	snprintf(path, sizeof(path), "%s/index.json", dir);
	int fd = open(path, O_CREAT | O_WRONLY, 0644);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, 100u << 20), 0);
	close(fd);
	char ref[300];
	snprintf(ref, sizeof(ref), "oci:%s", dir);
	dd_image *img = NULL;
	assert_int_equal(dd_image_open(&img, ref, NULL), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "index.json"));
	unlink(path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_million_entries),
		cmocka_unit_test(test_huge_one_line_files),
		cmocka_unit_test(test_many_kept_files),
		cmocka_unit_test(test_many_whiteouts),
		cmocka_unit_test(test_huge_index_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
