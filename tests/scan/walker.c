/* Tests for the walker on hostile layers and for check-context lookups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/stream.h"
#include "scan/check_ctx.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "testutil.h"
#include "util/error.h"

static const dd_analyzer *const none[] = { NULL };
static const char *const keep[] = { "etc/*", NULL };

static int walk_fixture(const char *name, dd_layer_result **out)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = none, .states = NULL, .keep_globs = keep, .opts = &opts };
	char rel[256];
	snprintf(rel, sizeof(rel), "image/%s", name);
	char *path = dd_test_data_path(rel);
	dd_reader *raw;
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	free(path);
	dd_layer_result *res = dd_layer_result_new("sha256:fixture", NULL);
	int rc = dd_walk_tar(&cfg, raw, 0, res);
	dd_reader_close(raw);
	dd_layer_result_sort_paths(res);
	*out = res;
	return rc;
}

static void test_hardlink_missing(void **state)
{
	(void)state;
	dd_layer_result *res;
	assert_int_equal(walk_fixture("hardlink-missing.tar", &res), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "layer sha256:fixture: hardlink 'etc/hard' points to 'etc/missing'"));
	dd_layer_result_free(res);
	/* a hardlink to a file earlier in the layer is fine */
	assert_int_equal(walk_fixture("gnu.tar", &res), 0);
	dd_layer_result_free(res);
}

static void test_symlink_resolution(void **state)
{
	(void)state;
	dd_layer_result *res;
	assert_int_equal(walk_fixture("gnu.tar", &res), 0);
	dd_final_kept *fk;
	size_t n;
	assert_int_equal(dd_squash_kept(&res, 1, &fk, &n), 0);
	dd_check_ctx c = { .files = fk, .n_files = n };
	/* etc/link -> hello.txt */
	const dd_kept_file *f = dd_check_file(&c, "etc/link");
	assert_non_null(f);
	assert_string_equal((const char *)f->data, "hello world\n");
	assert_string_equal(f->path, "etc/hello.txt");
	free(fk);
	dd_layer_result_free(res);

	/* a loop resolves to nothing, without hanging */
	assert_int_equal(walk_fixture("symlink-loop.tar", &res), 0);
	assert_int_equal(dd_squash_kept(&res, 1, &fk, &n), 0);
	c.files = fk;
	c.n_files = n;
	assert_null(dd_check_file(&c, "etc/os-release"));
	free(fk);
	dd_layer_result_free(res);
}

static void test_special_files(void **state)
{
	(void)state;
	dd_layer_result *res;
	assert_int_equal(walk_fixture("gnu.tar", &res), 0);
	/* usr/bin/su is setuid: recorded as a special entry */
	bool found = false;
	for (size_t i = 0; i < res->n_kept; i++)
		if (!strcmp(res->kept[i].path, "usr/bin/su")) {
			found = true;
			assert_true(res->kept[i].special_only);
			assert_int_equal(res->kept[i].mode & 07777, 04755);
		}
	assert_true(found);
	dd_layer_result_free(res);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hardlink_missing),
		cmocka_unit_test(test_symlink_resolution),
		cmocka_unit_test(test_special_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
