/* Tests for the generic readers: read_all at, under and over its cap. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "util/error.h"
#include "util/reader.h"

static void read_all_of(size_t len, size_t max, int want_rc)
{
	char *data = malloc(len + 1);
	assert_non_null(data);
	for (size_t i = 0; i < len; i++)
		data[i] = (char)('a' + i % 26);
	dd_reader *r = NULL;
	assert_int_equal(dd_reader_from_memory(&r, data, len), 0);
	char *out = NULL;
	size_t n = 0;
	assert_int_equal(dd_reader_read_all(r, max, &out, &n), want_rc);
	if (want_rc == 0) {
		assert_int_equal(n, len);
		assert_memory_equal(out, data, len);
		assert_int_equal(out[len], '\0');
	}
	free(out);
	dd_reader_close(r);
	free(data);
}

static void test_read_all_caps(void **state)
{
	(void)state;
	read_all_of(0, 0, 0);
	read_all_of(0, 10, 0);
	read_all_of(10, 10, 0);          /* exactly the cap */
	read_all_of(11, 10, DD_ELIMIT);
	read_all_of(65536, 65536, 0);
	read_all_of(200000, 200000, 0);
	read_all_of(200001, 200000, DD_ELIMIT);
	read_all_of(100, 1 << 20, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_all_caps),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
