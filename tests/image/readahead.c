/* The read-ahead reader passes the same bytes and the same errors, in order,
 * and can be closed at any point without hanging. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/stream.h"
#include "testutil.h"
#include "util/error.h"

#define N (3u << 20)

static unsigned char *pattern(void)
{
	unsigned char *d = malloc(N);
	uint32_t x = 12345;
	for (size_t i = 0; i < N; i++) {
		x = x * 1103515245 + 12345;
		d[i] = (unsigned char)(x >> 16);
	}
	return d;
}

/* An inner reader that returns odd-sized pieces and fails after `fail_at`. */
typedef struct jagged {
	dd_reader base;
	const unsigned char *d;
	size_t len, pos, fail_at;
} jagged;

static ssize_t jagged_read(dd_reader *r, void *buf, size_t len)
{
	jagged *j = (jagged *)r;
	if (j->pos >= j->fail_at)
		return dd_error_set(DD_EDIGEST, "layer x: digest mismatch (test)");
	size_t n = j->len - j->pos;
	size_t piece = 1 + (j->pos * 7919) % 50000;
	if (n > piece)
		n = piece;
	if (n > len)
		n = len;
	if (j->pos + n > j->fail_at)
		n = j->fail_at - j->pos;
	memcpy(buf, j->d + j->pos, n);
	j->pos += n;
	return (ssize_t)n;
}

static void jagged_close(dd_reader *r)
{
	free(r);
}

static dd_reader *make_jagged(const unsigned char *d, size_t len, size_t fail_at)
{
	jagged *j = calloc(1, sizeof(*j));
	j->base.read = jagged_read;
	j->base.close = jagged_close;
	j->d = d;
	j->len = len;
	j->fail_at = fail_at;
	return &j->base;
}

static void test_same_bytes(void **state)
{
	(void)state;
	unsigned char *d = pattern(), *out = malloc(N);
	static const size_t reads[] = { 1, 511, 4096, 128 * 1024, 3 << 20 };
	for (size_t k = 0; k < sizeof(reads) / sizeof(reads[0]); k++) {
		dd_reader *ra;
		assert_int_equal(dd_readahead_new(&ra, make_jagged(d, N, SIZE_MAX), 65536, 3), 0);
		size_t got = 0;
		for (;;) {
			size_t want = reads[k] < N - got ? reads[k] : N - got;
			ssize_t n = ra->read(ra, out + got, want ? want : 1);
			assert_true(n >= 0);
			if (n == 0)
				break;
			got += (size_t)n;
		}
		assert_int_equal(got, N);
		assert_memory_equal(out, d, N);
		dd_reader_close(ra);
	}
	free(out);
	free(d);
}

static void test_error_after_bytes(void **state)
{
	(void)state;
	unsigned char *d = pattern(), *out = malloc(N);
	size_t fail_at = 1000003;
	dd_reader *ra;
	assert_int_equal(dd_readahead_new(&ra, make_jagged(d, N, fail_at), 65536, 4), 0);
	size_t got = 0;
	ssize_t n;
	while ((n = ra->read(ra, out + got, 100000)) > 0)
		got += (size_t)n;
	/* every byte before the failure, then the failure with its message */
	assert_int_equal(got, fail_at);
	assert_memory_equal(out, d, fail_at);
	assert_int_equal(n, DD_EDIGEST);
	assert_string_equal(dd_error_last(), "layer x: digest mismatch (test)");
	/* and it stays failed: no end-of-stream after an error */
	assert_int_equal(ra->read(ra, out, 10), DD_EDIGEST);
	dd_reader_close(ra);
	free(out);
	free(d);
}

static void test_close_early(void **state)
{
	(void)state;
	unsigned char *d = pattern(), buf[100];
	for (int k = 0; k < 50; k++) {
		dd_reader *ra;
		assert_int_equal(dd_readahead_new(&ra, make_jagged(d, N, SIZE_MAX), 4096, 2), 0);
		for (int i = 0; i < k; i++)
			assert_true(ra->read(ra, buf, sizeof(buf)) > 0);
		dd_reader_close(ra);
	}
	free(d);
}

/* Through the real digest reader: a wrong digest fails the last read. */
static void test_digest(void **state)
{
	(void)state;
	unsigned char *d = pattern(), *out = malloc(N);
	dd_reader *mem, *dig, *ra;
	const char *bad = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
	assert_int_equal(dd_reader_from_memory(&mem, d, N), 0);
	assert_int_equal(dd_digest_reader_new(&dig, mem, bad, N, "layer y"), 0);
	assert_int_equal(dd_readahead_new(&ra, dig, 1 << 20, 4), 0);
	size_t got = 0;
	ssize_t n;
	while ((n = ra->read(ra, out + got, N - got + 1)) > 0)
		got += (size_t)n;
	assert_int_equal(n, DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "layer y: digest mismatch"));
	dd_reader_close(ra);
	free(out);
	free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_bytes),
		cmocka_unit_test(test_error_after_bytes),
		cmocka_unit_test(test_close_early),
		cmocka_unit_test(test_digest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
