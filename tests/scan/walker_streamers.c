/* Two streaming analyzers and a buffering one claiming the same file each
 * get all of its bytes (the second streamer used to be called through its
 * NULL analyze()). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/walker.h"
#include "testutil.h"
#include "util/error.h"

static bool wants_hello(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return S_ISREG(mode) && strcmp(path, "etc/hello.txt") == 0;
}

static int seen[3];

static int count_stream(dd_analysis *a, const dd_file *f, dd_reader *in, int who)
{
	(void)a;
	char buf[64];
	size_t got = 0;
	ssize_t n;
	while ((n = in->read(in, buf, sizeof(buf))) > 0)
		got += (size_t)n;
	if (n < 0 || got != f->size)
		return dd_error_set(DD_EFORMAT, "short stream");
	seen[who]++;
	return 0;
}

static int stream_a(dd_analysis *a, const dd_file *f, dd_reader *in) { return count_stream(a, f, in, 0); }
static int stream_b(dd_analysis *a, const dd_file *f, dd_reader *in) { return count_stream(a, f, in, 1); }
static int buffered(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)a;
	(void)f;
	if (len == 12 && memcmp(data, "hello world\n", 12) == 0)
		seen[2]++;
	return 0;
}

static const dd_analyzer an_a = { .name = "a", .version = 1, .max_size = 1 << 20, .wants = wants_hello, .analyze_stream = stream_a };
static const dd_analyzer an_b = { .name = "b", .version = 1, .max_size = 1 << 20, .wants = wants_hello, .analyze_stream = stream_b };
static const dd_analyzer an_c = { .name = "c", .version = 1, .max_size = 1 << 20, .wants = wants_hello, .analyze = buffered };

static void walk(const dd_analyzer *const *ans)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	void *states[4] = { NULL };
	dd_walk_config cfg = { .analyzers = ans, .states = states, .keep_globs = NULL, .opts = &opts };
	char *path = dd_test_data_path("image/gnu.tar");
	dd_reader *raw;
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	free(path);
	dd_layer_result *res = dd_layer_result_new("sha256:fixture", NULL);
	assert_int_equal(dd_walk_tar(&cfg, raw, 0, res), 0);
	assert_false(res->incomplete);
	dd_reader_close(raw);
	dd_layer_result_free(res);
}

static void test_two_streamers(void **state)
{
	(void)state;
	const dd_analyzer *const two[] = { &an_a, &an_b, NULL };
	memset(seen, 0, sizeof(seen));
	walk(two);
	assert_int_equal(seen[0], 1);
	assert_int_equal(seen[1], 1);
	const dd_analyzer *const three[] = { &an_a, &an_c, &an_b, NULL };
	memset(seen, 0, sizeof(seen));
	walk(three);
	assert_int_equal(seen[0], 1);
	assert_int_equal(seen[1], 1);
	assert_int_equal(seen[2], 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_streamers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
