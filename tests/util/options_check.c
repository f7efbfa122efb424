/*
 * Every public entry point that takes an options struct refuses a version
 * it does not know (a caller built against other headers, or a struct not
 * set up with its _INIT macro) with DD_EINVAL and a message naming the
 * function and the struct, before it reads any other field.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "drydock/drydock.h"

static void expect_refused(int rc, const char *function, const char *type)
{
	assert_int_equal(rc, DD_EINVAL);
	assert_int_equal(dd_error_last_code(), DD_EINVAL);
	if (!strstr(dd_error_last(), function) || !strstr(dd_error_last(), type) || !strstr(dd_error_last(), "version 99"))
		fail_msg("message does not say which function, struct and version: %s", dd_error_last());
}

static void test_scan(void **state)
{
	(void)state;
	dd_report *r = NULL;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.version = 99;
	expect_refused(dd_scan(&r, "dir:/nonexistent", &o), "dd_scan", "dd_scan_options");
	assert_null(r);
	o = (dd_scan_options)DD_SCAN_OPTIONS_INIT;
	o.image.version = 99;
	expect_refused(dd_scan(&r, "dir:/nonexistent", &o), "dd_scan", "dd_image_options");
	assert_null(r);
	/* version 0: a struct zeroed instead of initialized */
	memset(&o, 0, sizeof(o));
	assert_int_equal(dd_scan(&r, "dir:/nonexistent", &o), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "_INIT"));
}

static void test_db_update(void **state)
{
	(void)state;
	dd_db_update_options o = DD_DB_UPDATE_OPTIONS_INIT;
	o.version = 99;
	o.db_path = "/nonexistent/dir/never-created.db";   /* refused before anything is touched */
	dd_db_update_result res;
	expect_refused(dd_db_update(&o, &res), "dd_db_update", "dd_db_update_options");
}

static void test_report_write(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	dd_report r;
	memset(&r, 0, sizeof(r));
	dd_write_options o = DD_WRITE_OPTIONS_INIT;
	o.version = 99;
	expect_refused(dd_report_write_ext(&r, DD_FORMAT_JSON, fp, &o), "dd_report_write_ext", "dd_write_options");
	fclose(fp);
	assert_int_equal(len, 0);   /* nothing written */
	free(buf);
}

/* The one process-wide setting refuses what it cannot honour. */
static void test_optional_library(void **state)
{
	(void)state;
	assert_int_equal(dd_optional_library_set("libssl", "/x.so"), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "libssl"));
	char long_path[5000];
	memset(long_path, 'a', sizeof(long_path) - 1);
	long_path[sizeof(long_path) - 1] = '\0';
	assert_int_equal(dd_optional_library_set("libcurl", long_path), DD_EINVAL);
	assert_int_equal(dd_optional_library_set("libcurl", NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_db_update),
		cmocka_unit_test(test_report_write),
		cmocka_unit_test(test_optional_library),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
