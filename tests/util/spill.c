/*
 * Spill files: the stream's bytes come back exactly, offsets from a hostile
 * file past the end are errors, the file is gone from the directory at once,
 * the spill budget is held while the file lives, and an unwritable TMPDIR
 * is an error that says what to do.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "util/budget.h"
#include "util/error.h"
#include "util/spill.h"

static size_t entries(const char *dir)
{
	size_t n = 0;
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

static void test_round_trip(void **state)
{
	(void)state;
	char dir[] = "/tmp/drydock-spill-test.XXXXXX";
	assert_non_null(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	size_t len = 300000;
	uint8_t *data = malloc(len), back[1000];
	for (size_t i = 0; i < len; i++)
		data[i] = (uint8_t)(i * 7 + i / 256);
	/* arriving a few bytes per read, as a layer stream may */
	dd_test_trickle t;
	dd_test_trickle_init(&t, data, len, 4093);
	dd_spill s = DD_SPILL_INIT;
	assert_int_equal(dd_spill_from_reader(&s, &t.base, len, "test file"), 0);
	assert_int_equal(entries(dir), 0); /* unlinked (or never named) */
	assert_int_equal(dd_budget_used(&dd_budget_spill), len);
	assert_int_equal(dd_spill_read(&s, 0, back, sizeof(back)), 0);
	assert_memory_equal(back, data, sizeof(back));
	assert_int_equal(dd_spill_read(&s, len - 10, back, 10), 0);
	assert_memory_equal(back, data + len - 10, 10);
	assert_int_equal(dd_spill_read(&s, len - 10, back, 11), DD_EFORMAT);
	assert_int_equal(dd_spill_read(&s, UINT64_MAX - 5, back, 10), DD_EFORMAT);
	dd_spill_close(&s);
	assert_int_equal(dd_budget_used(&dd_budget_spill), 0);
	/* the stream ends early: an error, nothing held */
	dd_test_trickle_init(&t, data, 100, 100);
	assert_int_not_equal(dd_spill_from_reader(&s, &t.base, 200, "short file"), 0);
	assert_int_equal(s.fd, -1);
	assert_int_equal(dd_budget_used(&dd_budget_spill), 0);
	free(data);
	rmdir(dir);
	unsetenv("TMPDIR");
}

static void test_bad_tmpdir(void **state)
{
	(void)state;
	setenv("TMPDIR", "/nonexistent/drydock-test", 1);
	dd_reader *in = NULL;
	assert_int_equal(dd_reader_from_memory(&in, "abc", 3), 0);
	dd_spill s = DD_SPILL_INIT;
	assert_int_equal(dd_spill_from_reader(&s, in, 3, "rpm database"), DD_EIO);
	assert_non_null(strstr(dd_error_last(), "rpm database: cannot create a temporary file in /nonexistent/drydock-test"));
	assert_non_null(strstr(dd_error_last(), "set TMPDIR"));
	assert_int_equal(dd_budget_used(&dd_budget_spill), 0);
	dd_reader_close(in);
	unsetenv("TMPDIR");
}

static void test_over_budget(void **state)
{
	(void)state;
	dd_reader *in = NULL;
	assert_int_equal(dd_reader_from_memory(&in, "", 0), 0);
	dd_spill s = DD_SPILL_INIT;
	uint64_t too_big = dd_budget_capacity(&dd_budget_spill) + 1;
	assert_int_equal(dd_spill_from_reader(&s, in, too_big, "rpm database"), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "temporary-file budget"));
	dd_reader_close(in);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_bad_tmpdir),
		cmocka_unit_test(test_over_budget),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
