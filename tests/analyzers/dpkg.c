/*
 * dpkg analyzer details the dpkg-query comparison (dpkg_fixtures.sh) cannot
 * show: which paths it claims, Status in status.d files, malformed stanzas,
 * and every truncation of the status fixture (run under ASan in CI).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/layer_result.h"
#include "testutil.h"

extern const dd_analyzer dd_analyzer_dpkg;

static dd_layer_result *run(const char *path, const char *text, size_t len)
{
	dd_layer_result *res = NULL;
	assert_int_equal(dd_analyzer_run_on_buffer(&res, &dd_analyzer_dpkg, path, 0, text, len, NULL), 0);
	return res;
}

static void test_wants(void **state)
{
	(void)state;
	static const char *const yes[] = { "var/lib/dpkg/status", "var/lib/dpkg/status.d/libc6",
		"var/lib/dpkg/status.d/libssl3", "var/lib/dpkg/status.d/base-files_12.4_amd64", NULL };
	static const char *const no[] = { "var/lib/dpkg/status.d/libc6.md5sums", "var/lib/dpkg/status-old",
		"var/lib/dpkg/available", "var/lib/dpkg/status.d/", "var/lib/dpkg/status.d/x/y",
		"usr/var/lib/dpkg/status", "var/lib/dpkg/info/libc6.list", NULL };
	for (size_t i = 0; yes[i]; i++)
		assert_true(dd_analyzer_dpkg.wants(yes[i], S_IFREG | 0644, 100));
	for (size_t i = 0; no[i]; i++)
		assert_false(dd_analyzer_dpkg.wants(no[i], S_IFREG | 0644, 100));
	assert_false(dd_analyzer_dpkg.wants("var/lib/dpkg/status", S_IFLNK | 0777, 100));
}

static void test_status_d(void **state)
{
	(void)state;
	/* no Status (the usual distroless form): counts */
	const char *a = "Package: libc6\nSource: glibc\nVersion: 2.36-9\nArchitecture: amd64\n";
	dd_layer_result *res = run("var/lib/dpkg/status.d/libc6", a, strlen(a));
	assert_int_equal(res->n_packages, 1);
	assert_string_equal(res->packages[0].name, "libc6");
	assert_string_equal(res->packages[0].source_name, "glibc");
	assert_string_equal(res->packages[0].source_version, "2.36-9");
	assert_string_equal(res->packages[0].path, "var/lib/dpkg/status.d/libc6");
	dd_layer_result_free(res);
	/* a Status that says the files are gone is honoured there too */
	const char *b = "Package: old\nStatus: deinstall ok config-files\nVersion: 1\n\nPackage: new\nStatus: install ok installed\nVersion: 2\n";
	res = run("var/lib/dpkg/status.d/old", b, strlen(b));
	assert_int_equal(res->n_packages, 1);
	assert_string_equal(res->packages[0].name, "new");
	dd_layer_result_free(res);
	/* in the status file a stanza without Status is not installed */
	const char *c = "Package: nostatus\nVersion: 1\n";
	res = run("var/lib/dpkg/status", c, strlen(c));
	assert_int_equal(res->n_packages, 0);
	dd_layer_result_free(res);
}

static void test_malformed(void **state)
{
	(void)state;
	/* no Version: skipped silently (dpkg keeps such records for purged packages) */
	const char *a = "Package: x\nStatus: install ok installed\n\nPackage: y\nStatus: install ok installed\nVersion: 1\n";
	dd_layer_result *res = run("var/lib/dpkg/status", a, strlen(a));
	assert_int_equal(res->n_packages, 1);
	assert_false(res->incomplete);
	dd_layer_result_free(res);
	/* an overlong name: skipped with a note that marks the scan incomplete */
	size_t n = 5000;
	char *big = malloc(n + 200);
	int k = sprintf(big, "Package: ");
	memset(big + k, 'a', n);
	sprintf(big + k + n, "\nStatus: install ok installed\nVersion: 1\n\nPackage: ok\nStatus: install ok installed\nVersion: 2\n");
	res = run("var/lib/dpkg/status", big, strlen(big));
	assert_int_equal(res->n_packages, 1);
	assert_string_equal(res->packages[0].name, "ok");
	assert_true(res->incomplete);
	dd_layer_result_free(res);
	free(big);
	/* a NUL inside a field */
	const char z[] = "Package: a\0b\nStatus: install ok installed\nVersion: 1\n";
	res = run("var/lib/dpkg/status", z, sizeof(z) - 1);
	assert_int_equal(res->n_packages, 0);
	dd_layer_result_free(res);
}

/* A package DB that parses to nothing is a note and an incomplete scan,
 * never a silent empty success; an empty one is simply empty. */
static void test_parses_to_nothing(void **state)
{
	(void)state;
	const char garbage[] = "\x89PNG\r\n\x1a\n\x00\x00garbage without a single field\nmore junk\n";
	dd_layer_result *res = run("var/lib/dpkg/status.d/libssl3", garbage, sizeof(garbage) - 1);
	assert_int_equal(res->n_packages, 0);
	assert_true(res->incomplete);
	assert_int_equal(res->notes.count, 1);
	assert_non_null(strstr(res->notes.items[0], "var/lib/dpkg/status.d/libssl3: dpkg: no package stanza could be read"));
	dd_layer_result_free(res);
	res = run("var/lib/dpkg/status", "\n\n", 2);
	assert_int_equal(res->n_packages, 0);
	assert_false(res->incomplete);
	dd_layer_result_free(res);
}

static void test_truncations(void **state)
{
	(void)state;
	char *path = dd_test_data_path("analyzers/dpkg/status");
	size_t len;
	char *text = dd_test_read_file(path, &len);
	free(path);
	assert_non_null(text);
	dd_layer_result *res = run("var/lib/dpkg/status", text, len);
	assert_int_equal(res->n_packages, 9);
	dd_layer_result_free(res);
	for (size_t cut = 0; cut <= len; cut++) {
		res = run("var/lib/dpkg/status", text, cut);
		assert_true(res->n_packages <= 9);
		dd_layer_result_free(res);
	}
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wants),
		cmocka_unit_test(test_status_d),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_truncations),
		cmocka_unit_test(test_parses_to_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
