/*
 * apk analyzer: the streaming parser of lib/apk/db/installed. The file is
 * read in chunks, so every line and field may be cut anywhere: each case is
 * fed whole, and one byte, a few bytes and an odd number of bytes at a time,
 * and must give the same packages. Then the real installed databases of the
 * Alpine minirootfs tarballs in ../shared/data against the listing made from
 * them independently (packages-from-apkdb.tsv), and the hostile cases:
 * overlong and binary fields, the package cap, the size cap.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "scan/layer_result.h"
#include "testutil.h"

extern const dd_analyzer dd_analyzer_apk;

#define PATH "lib/apk/db/installed"

/* Runs the analyzer with the content arriving `step` bytes per read. */
static dd_layer_result *run_step(const char *text, size_t len, size_t step)
{
	dd_layer_result *res = dd_layer_result_new("sha256:test", "sha256:test");
	DD_TEST_REQUIRE(res);
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_analysis *a = dd_analysis_new(res, &opts);
	if (!a)
		dd_layer_result_free(res);
	DD_TEST_REQUIRE(a);
	dd_file f = { .path = PATH, .mode = S_IFREG | 0644, .size = len, .layer = res->digest };
	dd_test_trickle t;
	dd_test_trickle_init(&t, text, len, step);
	dd_analysis_begin(a, &dd_analyzer_apk, NULL, &f);
	assert_int_equal(dd_analyzer_apk.analyze_stream(a, &f, &t.base), 0);
	dd_analysis_free(a);
	return res;
}

/* "name version arch source license;" for each package, in order */
static char *summary(const dd_layer_result *res)
{
	size_t cap = 64;
	for (size_t i = 0; i < res->n_packages; i++) {
		const dd_package *p = &res->packages[i];
		cap += strlen(p->name) + strlen(p->version) + strlen(p->source_name) + 8 +
			(p->arch ? strlen(p->arch) : 1) + (p->licenses ? strlen(p->licenses) : 1);
	}
	char *out = malloc(cap), *w = out;
	*w = '\0';
	for (size_t i = 0; i < res->n_packages; i++) {
		const dd_package *p = &res->packages[i];
		w += sprintf(w, "%s %s %s %s %s;", p->name, p->version, p->arch ? p->arch : "-", p->source_name,
			p->licenses ? p->licenses : "-");
	}
	return out;
}

/* The same packages (and completeness) whatever the read size. */
static void check(const char *text, size_t len, const char *want, bool incomplete)
{
	static const size_t steps[] = { 1, 2, 3, 7, 64, 4093, 1u << 20 };
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		dd_layer_result *res = run_step(text, len, steps[i]);
		char *got = summary(res);
		if (strcmp(got, want) != 0)
			fail_msg("step %zu: got \"%s\", want \"%s\"", steps[i], got, want);
		assert_int_equal(res->incomplete, incomplete);
		free(got);
		dd_layer_result_free(res);
	}
}

static void test_records(void **state)
{
	(void)state;
	const char *db =
		"C:Q1x=\nP:musl\nV:1.2.4-r2\nA:x86_64\nL:MIT\no:musl\nF:lib\nR:ld-musl.so.1\nZ:Q1y=\n\n"
		/* no o: line: the package is its own source; later lines win */
		"P:busybox\nV:0\nV:1.36.1-r5\nA:x86_64\n\n"
		/* CRLF line ends, white space around values, a CRLF blank line */
		"P:  zlib \r\nV:1.3-r2\r\nA:x86_64\r\nL:Zlib\r\n\r\n"
		/* no version: not a package; a line that is not K:value */
		"P:nover\nbroken line\n\n"
		/* blank lines in a row, and the last record without a final newline */
		"\n\nP:last\nV:9-r0";
	check(db, strlen(db),
		"musl 1.2.4-r2 x86_64 musl MIT;busybox 1.36.1-r5 x86_64 busybox -;zlib 1.3-r2 x86_64 zlib Zlib;last 9-r0 - last -;",
		false);
	check("", 0, "", false);
	check("\n\n\n", 3, "", false);
	/* garbage that parses to no record is a note and an incomplete scan,
	 * never a silent empty database */
	const char junk[] = "\x1f\x8b\x08\x00garbage, no record\nat all\n";
	check(junk, sizeof(junk) - 1, "", true);
	dd_layer_result *res = run_step(junk, sizeof(junk) - 1, 64);
	assert_int_equal(res->notes.count, 1);
	assert_non_null(strstr(res->notes.items[0], "lib/apk/db/installed: apk: no package record could be read"));
	dd_layer_result_free(res);
}

static void test_field_caps(void **state)
{
	(void)state;
	char a1024[1025], a1025[1026], db[4096], want[2200];
	memset(a1024, 'a', 1024);
	a1024[1024] = '\0';
	memset(a1025, 'a', 1025);
	a1025[1025] = '\0';
	/* 1024 bytes of name with white space around it: fits */
	int n = snprintf(db, sizeof(db), "P:   %s \t \nV:1\n\nP:ok\nV:2\n", a1024);
	snprintf(want, sizeof(want), "%s 1 - %s -;ok 2 - ok -;", a1024, a1024);
	check(db, (size_t)n, want, false);
	/* 1025 bytes: the record is skipped, and the scan says so */
	n = snprintf(db, sizeof(db), "P:%s\nV:1\n\nP:ok\nV:2\n", a1025);
	check(db, (size_t)n, "ok 2 - ok -;", true);
	/* a NUL in a value */
	static const char nul[] = "P:a\0b\nV:1\n\nP:ok\nV:2\n";
	check(nul, sizeof(nul) - 1, "ok 2 - ok -;", true);
	/* a long F: line costs nothing and hides nothing */
	size_t big = 3u << 20;
	char *f = malloc(big + 64);
	size_t k = (size_t)sprintf(f, "P:files\nV:1\nF:");
	memset(f + k, 'x', big);
	k += big;
	k += (size_t)sprintf(f + k, "\nA:x86_64\n");
	check(f, k, "files 1 x86_64 files -;", false);
	free(f);
}

static void test_package_cap(void **state)
{
	(void)state;
	size_t n = 100001, len = 0;
	char *db = malloc(n * 16);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(db + len, "P:p%zu\nV:1\n\n", i);
	dd_layer_result *res = run_step(db, len, 65536);
	assert_int_equal(res->n_packages, 100000);
	assert_true(res->incomplete);
	assert_non_null(strstr(res->notes.items[0], "more than 100000 package records"));
	dd_layer_result_free(res);
	free(db);
}

static void test_size_cap(void **state)
{
	(void)state;
	/* over the cap: a note, nothing read (the reader is never touched) */
	dd_layer_result *res = dd_layer_result_new("sha256:test", "sha256:test");
	DD_TEST_REQUIRE(res);
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_analysis *a = dd_analysis_new(res, &opts);
	if (!a)
		dd_layer_result_free(res);
	DD_TEST_REQUIRE(a);
	dd_file f = { .path = PATH, .mode = S_IFREG | 0644, .size = (64u << 20) + 1, .layer = res->digest };
	dd_analysis_begin(a, &dd_analyzer_apk, NULL, &f);
	assert_int_equal(dd_analyzer_apk.analyze_stream(a, &f, NULL), 0);
	dd_analysis_free(a);
	assert_true(res->incomplete);
	assert_int_equal(res->n_packages, 0);
	dd_layer_result_free(res);
}

/* lib/apk/db/installed out of a minirootfs .tar.gz, or NULL */
static char *installed_from(const char *tgz, size_t *len)
{
	gzFile g = gzopen(tgz, "rb");
	if (!g)
		return NULL;
	char hdr[512], *out = NULL;
	while (gzread(g, hdr, 512) == 512 && hdr[0]) {
		size_t size = strtoull(hdr + 124, NULL, 8), padded = (size + 511) / 512 * 512;
		const char *name = hdr + (strncmp(hdr, "./", 2) == 0 ? 2 : 0);
		char *data = malloc(padded + 1);
		if (gzread(g, data, (unsigned)padded) != (int)padded) {
			free(data);
			break;
		}
		if (strcmp(name, PATH) == 0) {
			data[size] = '\0';
			*len = size;
			out = data;
			break;
		}
		free(data);
	}
	gzclose(g);
	return out;
}

/* The listing of one tarball from packages-from-apkdb.tsv, in file order,
 * as "name version arch origin;" */
static char *listed(const char *tsv, const char *tarball)
{
	char *out = calloc(1, strlen(tsv) + 1), *w = out;
	for (const char *line = tsv; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		char tb[128], rel[32], name[256], ver[256], origin[256], arch[64];
		if (line[0] == '#' || sscanf(line, "%127s %31s %255s %255s %255s %63s", tb, rel, name, ver, origin, arch) != 6 ||
		    strcmp(tb, tarball) != 0)
			continue;
		w += sprintf(w, "%s %s %s %s;", name, ver, arch, origin);
	}
	return out;
}

static void test_real_alpine(void **state)
{
	(void)state;
	char *tsv_path = dd_test_shared_path("images/alpine/packages-from-apkdb.tsv");
	size_t tlen;
	char *tsv = tsv_path ? dd_test_read_file(tsv_path, &tlen) : NULL;
	free(tsv_path);
	if (!tsv) {
		print_message("SKIP: ../shared/data/images/alpine is absent\n");
		skip();
	}
	static const char *const versions[] = { "3.10.9", "3.11.13", "3.19.4", "3.20.3", NULL };
	for (size_t v = 0; versions[v]; v++) {
		char tarball[128], rel[160];
		snprintf(tarball, sizeof(tarball), "alpine-minirootfs-%s-x86_64.tar.gz", versions[v]);
		snprintf(rel, sizeof(rel), "images/alpine/%s", tarball);
		char *tgz = dd_test_shared_path(rel);
		size_t len = 0;
		char *db = installed_from(tgz, &len);
		free(tgz);
		assert_non_null(db);
		dd_layer_result *whole = run_step(db, len, len), *bytes = run_step(db, len, 1);
		char *a = summary(whole), *b = summary(bytes), *want = listed(tsv, tarball);
		assert_string_equal(a, b);
		assert_false(whole->incomplete);
		assert_true(whole->n_packages >= 10);
		char *got = calloc(1, strlen(a) + 1), *w = got;
		for (size_t i = 0; i < whole->n_packages; i++) {
			const dd_package *p = &whole->packages[i];
			w += sprintf(w, "%s %s %s %s;", p->name, p->version, p->arch, p->source_name);
		}
		assert_string_equal(got, want);
		free(got);
		free(want);
		free(a);
		free(b);
		dd_layer_result_free(whole);
		dd_layer_result_free(bytes);
		free(db);
	}
	free(tsv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_records),
		cmocka_unit_test(test_field_caps),
		cmocka_unit_test(test_package_cap),
		cmocka_unit_test(test_size_cap),
		cmocka_unit_test(test_real_alpine),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
