/* Two streaming analyzers and a buffering one claiming the same file each
 * get all of its bytes (the second streamer used to be called through its
 * NULL analyze()); a streamed file that a check also keeps is still
 * streamed whole when it is larger than the kept copy, and the layer says
 * the check saw only part of it. */
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

static bool wants_big(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return S_ISREG(mode) && strcmp(path, "etc/big.bin") == 0;
}

static const dd_analyzer an_big = { .name = "big", .version = 1, .max_size = 1 << 20, .wants = wants_big, .analyze_stream = stream_a };

/* A one-entry tar in memory: etc/big.bin of size bytes of 'x'. */
static uint8_t *one_file_tar(size_t size, size_t *len)
{
	*len = 512 + (size + 511) / 512 * 512 + 1024;
	uint8_t *t = calloc(1, *len), *content = malloc(size);
	assert_non_null(t);
	assert_non_null(content);
	memset(content, 'x', size);
	dd_test_tar_entry(t, "etc/big.bin", '0', content, size);
	free(content);
	return t;
}

static void test_kept_and_streamed(void **state)
{
	(void)state;
	/* over the 1 MiB a kept copy holds: the streamer used to be skipped
	 * with a note that did not even mark the layer incomplete */
	size_t size = (3u << 20) + 7, len;
	uint8_t *tar = one_file_tar(size, &len);
	const dd_analyzer *const ans[] = { &an_big, NULL };
	const char *const keep[] = { "etc/*", NULL };
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	void *states[2] = { NULL };
	dd_walk_config cfg = { .analyzers = ans, .states = states, .keep_globs = keep, .opts = &opts };
	dd_reader *in;
	assert_int_equal(dd_reader_from_memory(&in, tar, len), 0);
	dd_layer_result *res = dd_layer_result_new("sha256:fixture", NULL);
	memset(seen, 0, sizeof(seen));
	assert_int_equal(dd_walk_tar(&cfg, in, 0, res), 0);
	assert_int_equal(seen[0], 1);
	/* the only caveat: a check sees just the first MiB of it */
	assert_true(res->incomplete);
	assert_int_equal(res->notes.count, 1);
	assert_non_null(strstr(res->notes.items[0], "etc/big.bin: configuration file of 3145735 bytes; only its first 1048576"));
	assert_int_equal(res->n_kept, 1);
	assert_int_equal(res->kept[0].len, 1u << 20);
	dd_reader_close(in);
	dd_layer_result_free(res);
	free(tar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_streamers),
		cmocka_unit_test(test_kept_and_streamed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
