/*
 * Tests for the jar analyzer: the hand-made fixtures of
 * tests/data/analyzers/jar (make-jars.py) and Trivy's real ones in
 * ../shared/data/apps/trivy/java-jar, each against its NAME.expected list
 * ("name TAB version TAB path TAB purl", sorted), read both ways: through
 * the central directory and streamed through the local headers
 * (dd_scan_options.jar_stream). Hostile archives must end with notes, bounded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include "testutil.h"
#include "scan/layer_result.h"
#include "util/buf.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_jar;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Packages as sorted lines; caller frees. */
static char *package_lines(const dd_layer_result *r)
{
	char **lines = calloc(r->n_packages + 1, sizeof(char *));
	assert_non_null(lines);
	for (size_t i = 0; i < r->n_packages; i++) {
		const dd_package *p = &r->packages[i];
		assert_string_equal(p->type, "maven");
		assert_string_equal(p->layer, "sha256:test");
		assert_true(asprintf(&lines[i], "%s\t%s\t%s\t%s\n", p->name, p->version, p->path, p->purl) > 0);
	}
	qsort(lines, r->n_packages, sizeof(char *), cmp_str);
	dd_buf b = DD_BUF_INIT(1 << 24);
	for (size_t i = 0; i < r->n_packages; i++) {
		assert_int_equal(dd_buf_puts(&b, lines[i]), 0);
		free(lines[i]);
	}
	free(lines);
	assert_int_equal(dd_buf_puts(&b, ""), 0);   /* "" when there are none */
	return dd_buf_detach(&b);
}

static dd_layer_result *run(const char *image_path, const char *data, size_t len, bool stream)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	opts.jar_stream = stream;
	dd_layer_result *r = NULL;
	assert_int_equal(dd_analyzer_run_on_buffer(&r, &dd_analyzer_jar, image_path, 0, data, len, &opts), 0);
	return r;
}

static char *fixture(const char *name, size_t *len)
{
	char *path = NULL;
	assert_true(asprintf(&path, "%s/analyzers/jar/%s", DD_TEST_DATA, name) > 0);
	char *data = dd_test_read_file(path, len);
	if (!data)
		fail_msg("missing fixture %s", path);
	free(path);
	return data;
}

static void print_notes(const dd_layer_result *r)
{
	for (size_t i = 0; i < r->notes.count; i++)
		print_message("  note: %s\n", r->notes.items[i]);
}

/* Runs one archive both ways and compares with its expected list. */
static void check_against(const char *data, size_t len, const char *image_path, const char *expected_file,
	bool want_incomplete)
{
	size_t elen;
	char *want = fixture(expected_file, &elen);
	for (int stream = 0; stream <= 1; stream++) {
		dd_layer_result *r = run(image_path, data, len, stream);
		char *got = package_lines(r);
		if (strcmp(got, want) || r->incomplete != want_incomplete) {
			print_message("%s (%s): incomplete=%d\n--- got\n%s--- want\n%s", image_path,
				stream ? "stream" : "central directory", r->incomplete, got, want);
			print_notes(r);
			fail();
		}
		free(got);
		dd_layer_result_free(r);
	}
	free(want);
}

static void check_fixture(const char *name, bool want_incomplete)
{
	size_t len;
	char *data = fixture(name, &len);
	char path[256], exp[256];
	snprintf(path, sizeof(path), "opt/app/%s", name);
	snprintf(exp, sizeof(exp), "%s.expected", name);
	check_against(data, len, path, exp, want_incomplete);
	free(data);
}

static void test_single_jars(void **state)
{
	(void)state;
	check_fixture("log4j-core-2.14.1.jar", false);
	check_fixture("log4j-core-2.17.1.jar", false);
	check_fixture("spring-beans-5.3.17.jar", false);
	check_fixture("fastjson-1.2.80.jar", false);
	check_fixture("commons-text-1.9.jar", false);
}

static void test_nested(void **state)
{
	(void)state;
	check_fixture("demo-0.0.1-SNAPSHOT.jar", false);
	check_fixture("shop.war", false);
	check_fixture("store.ear", false);
	check_fixture("descriptors.jar", false);
	check_fixture("launcher.jar", false);
}

static void test_manifest_and_names(void **state)
{
	(void)state;
	check_fixture("uber-1.0.jar", false);
	check_fixture("jackson.jar", false);
	check_fixture("tomcat-embed.jar", false);
	check_fixture("mystery-lib-3.4.5.jar", false);
	check_fixture("placeholders-1.0.jar", false);
	check_fixture("absurd-count.jar", false);
}

static bool has_note(const dd_layer_result *r, const char *a, const char *b)
{
	for (size_t i = 0; i < r->notes.count; i++)
		if (strstr(r->notes.items[i], a) && (!b || strstr(r->notes.items[i], b)))
			return true;
	return false;
}

static void check_hostile(const char *name, const char *note_a, const char *note_b, bool want_incomplete)
{
	check_fixture(name, want_incomplete);
	size_t len;
	char *data = fixture(name, &len);
	char path[256];
	snprintf(path, sizeof(path), "opt/app/%s", name);
	for (int stream = 0; stream <= 1; stream++) {
		clock_t t0 = clock();
		dd_layer_result *r = run(path, data, len, stream);
		double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
		if (!has_note(r, note_a, note_b)) {
			print_message("%s: no note with '%s' '%s'\n", name, note_a, note_b ? note_b : "");
			print_notes(r);
			fail();
		}
		assert_true(secs < 20);
		dd_layer_result_free(r);
	}
	free(data);
}

static void test_hostile(void **state)
{
	(void)state;
	check_hostile("bomb.jar", "opt/app/bomb.jar: entry 'lib/bomb.jar'", "zip bomb", true);
	check_hostile("bomb.jar", "opt/app/bomb.jar!/lib/inner-bomb.jar: entry 'zeros.jar'", "zip bomb", true);
	check_hostile("deep.jar", "!/lib/level-8.jar!/lib/level-9.jar: ", "nested more than 8 deep", true);
	check_hostile("truncated.jar", "opt/app/truncated.jar: entry 'lib/fastjson-1.2.80.jar'", "end", true);
	check_hostile("corrupt.war", "opt/app/corrupt.war: entry 'WEB-INF/lib/fastjson-1.2.80.jar'", "corrupt", true);
	check_hostile("not-a-jar.jar", "opt/app/not-a-jar.jar: not a zip archive", NULL, false);
}

/* A jar whose nested "big.jar" is 2 GiB STORED, generated on the fly. */
static long max_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static void test_huge_stored(void **state)
{
	(void)state;
	static const char pom[] = "groupId=com.example\nartifactId=after\nversion=1.0\n";
	dd_test_gen_reader b;
	dd_test_gen_init(&b, 2ull << 30, 'P');
	b.head_len = dd_test_zip_local(b.head, "lib/big.jar", (uint32_t)b.body, 0);
	b.tail_len = dd_test_zip_local(b.tail, "META-INF/maven/com.example/after/pom.properties", sizeof(pom) - 1,
		(uint32_t)crc32(0, (const unsigned char *)pom, sizeof(pom) - 1));
	memcpy(b.tail + b.tail_len, pom, sizeof(pom) - 1);
	b.tail_len += sizeof(pom) - 1;
	b.tail_len += dd_test_zip_end(b.tail + b.tail_len);
	dd_layer_result *res = dd_layer_result_new("sha256:test", "sha256:test");
	assert_non_null(res);
	dd_analysis *a = dd_analysis_new(res, NULL);
	assert_non_null(a);
	dd_file f = { .path = "opt/big-1.0.jar", .mode = S_IFREG | 0644, .size = dd_test_gen_size(&b),
		.layer = "sha256:test" };
	dd_analysis_begin(a, &dd_analyzer_jar, NULL, &f);
	clock_t t0 = clock();
	long rss0 = max_rss_kb();
	assert_int_equal(dd_analyzer_jar.analyze_stream(a, &f, &b.base), 0);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	/* read, never held */
	assert_true(max_rss_kb() - rss0 < 64 * 1024);
	dd_analysis_free(a);
	char *got = package_lines(res);
	assert_string_equal(got, "com.example:after\t1.0\topt/big-1.0.jar\tpkg:maven/com.example/after@1.0\n");
	free(got);
	/* big.jar is not a zip: looked at (the first 16 MiB), then stepped over */
	assert_true(has_note(res, "opt/big-1.0.jar!/lib/big.jar", "not a zip"));
	assert_false(res->incomplete);
	print_message("2 GiB STORED entry: %.2f s CPU\n", secs);
	dd_layer_result_free(res);
}

/* An endless stream of empty entries: the analyzer stops at its cap. */
typedef struct endless {
	dd_reader base;
	uint64_t n;
	uint8_t rec[64];
	size_t rec_len, rec_pos;
} endless;

static ssize_t endless_read(dd_reader *r, void *buf, size_t len)
{
	endless *e = (endless *)r;
	size_t n = 0;
	while (n < len) {
		if (e->rec_pos == e->rec_len) {
			char name[32];
			snprintf(name, sizeof(name), "x/%09llu", (unsigned long long)e->n++);
			e->rec_len = dd_test_zip_local(e->rec, name, 0, 0);
			e->rec_pos = 0;
		}
		size_t k = e->rec_len - e->rec_pos < len - n ? e->rec_len - e->rec_pos : len - n;
		memcpy((uint8_t *)buf + n, e->rec + e->rec_pos, k);
		e->rec_pos += k;
		n += k;
	}
	return (ssize_t)n;
}

static void test_endless_entries(void **state)
{
	(void)state;
	endless e = { .base = { endless_read, NULL } };
	dd_layer_result *res = dd_layer_result_new("sha256:test", "sha256:test");
	assert_non_null(res);
	dd_analysis *a = dd_analysis_new(res, NULL);
	assert_non_null(a);
	dd_file f = { .path = "opt/endless.jar", .mode = S_IFREG | 0644, .size = 1ull << 40, .layer = "sha256:test" };
	dd_analysis_begin(a, &dd_analyzer_jar, NULL, &f);
	clock_t t0 = clock();
	assert_int_equal(dd_analyzer_jar.analyze_stream(a, &f, &e.base), 0);
	dd_analysis_free(a);
	assert_true(has_note(res, "opt/endless.jar: more than 1000000 entries", NULL));
	assert_true(res->incomplete);
	assert_int_equal(res->n_packages, 0);
	print_message("stopped after %llu entries in %.2f s CPU\n", (unsigned long long)e.n,
		(double)(clock() - t0) / CLOCKS_PER_SEC);
	dd_layer_result_free(res);
}

/* ---- Trivy's fixtures ---- */

static void test_trivy(void **state)
{
	(void)state;
	static const char *const files[] = {
		"maven.war", "gradle.war", "nested.jar", "test.jar", "heuristic-1.0.0-SNAPSHOT.jar",
		"hadoop-shaded-guava-1.1.0-SNAPSHOT.jar", "io.quarkus.gizmo.gizmo-1.1.jar",
		"license-from-jenkins-plugin.jar", "multi-license-1.0.0.jar",
	};
	char *dir = dd_test_shared_path("apps/trivy/java-jar");
	if (!dir)
		skip();
	for (size_t i = 0; i < sizeof(files) / sizeof(*files); i++) {
		char *path = NULL, *exp = NULL, *img = NULL;
		assert_true(asprintf(&path, "%s/%s", dir, files[i]) > 0);
		assert_true(asprintf(&exp, "trivy/%s.expected", files[i]) > 0);
		assert_true(asprintf(&img, "app/%s", files[i]) > 0);
		size_t len;
		char *data = dd_test_read_file(path, &len);
		assert_non_null(data);
		check_against(data, len, img, exp, false);
		free(data);
		free(path);
		free(exp);
		free(img);
	}
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_single_jars),
		cmocka_unit_test(test_nested),
		cmocka_unit_test(test_manifest_and_names),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_huge_stored),
		cmocka_unit_test(test_endless_entries),
		cmocka_unit_test(test_trivy),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
