/*
 * Tests for the zip reader on the fixtures of tests/data/util (made by
 * make-zips.py): every layout is read in memory mode and in stream mode
 * (through readers that hand out 1, 7 and 4096 bytes at a time, so window
 * edges fall everywhere), with ISA-L and with zlib.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "testutil.h"
#include "util/error.h"
#include "util/zip.h"

static const char *lorem(void)
{
	static const char line[] = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
	static char buf[sizeof(line) * 200];
	if (!buf[0])
		for (size_t i = 0; i < 200; i++)
			memcpy(buf + (sizeof(line) - 1) * i, line, sizeof(line));
	return buf;
}

static const struct {
	const char *name;
	const char *data;
} expected[] = {
	{ "META-INF/", "" },
	{ "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: make-zips.py\r\n\r\n" },
	{ "hello.txt", "hello, zip\n" },
	{ "data/lorem.txt", NULL },   /* lorem() */
};

static char *load(const char *name, size_t *len)
{
	char *path = NULL;
	assert_true(asprintf(&path, "%s/util/%s", DD_TEST_DATA, name) > 0);
	char *data = dd_test_read_file(path, len);
	free(path);
	assert_non_null(data);
	return data;
}

typedef enum { MEMORY, STREAM_1, STREAM_7, STREAM_4K } mode;
static const size_t chunks[] = { 0, 1, 7, 4096 };

/* run_standard() inflates with zlib instead of ISA-L */
static bool use_zlib;

/* Opens `data` in the given mode; *t must live as long as the handle.
 * lim NULL: the defaults, with use_zlib. */
static dd_zip *open_mode(mode m, const char *data, size_t len, dd_test_trickle *t, const dd_zip_limits *lim)
{
	dd_zip *z = NULL;
	dd_zip_limits def = DD_ZIP_LIMITS_INIT;
	def.zlib = use_zlib;
	if (!lim)
		lim = &def;
	if (m == MEMORY) {
		assert_int_equal(dd_zip_open_memory(&z, data, len, lim, "test.zip"), 0);
	} else {
		dd_test_trickle_init(t, data, len, chunks[m]);
		assert_int_equal(dd_zip_open_stream(&z, &t->base, lim, "test.zip"), 0);
	}
	return z;
}

/* Reads every entry of a fixture holding `expected` and checks names and bytes. */
static void check_standard(const char *file, mode m, bool want_cd)
{
	size_t len;
	char *data = load(file, &len);
	dd_test_trickle t;
	dd_zip *z = open_mode(m, data, len, &t, NULL);
	const dd_zip_entry *e;
	size_t i = 0;
	int rc;
	while ((rc = dd_zip_next(z, &e)) == 0) {
		assert_true(i < 4);
		assert_string_equal(e->name, expected[i].name);
		const char *want = expected[i].data ? expected[i].data : lorem();
		assert_int_equal(e->is_dir, want[0] == '\0' && e->name[e->name_len - 1] == '/');
		char *got = NULL;
		size_t got_len = 0;
		assert_int_equal(dd_zip_read_entry(z, 1 << 20, &got, &got_len), 0);
		assert_int_equal(got_len, strlen(want));
		assert_memory_equal(got, want, got_len);
		free(got);
		i++;
	}
	assert_int_equal(rc, DD_ITEROVER);
	assert_int_equal(i, 4);
	const dd_zip_info *info = dd_zip_info_get(z);
	assert_int_equal(info->entries, 4);
	if (m == MEMORY)
		assert_int_equal(info->central_directory, want_cd);
	dd_zip_free(z);
	free(data);
}

/* Same, but only every other entry is read: the rest are skipped. */
static void check_skipping(const char *file, mode m)
{
	size_t len;
	char *data = load(file, &len);
	dd_test_trickle t;
	dd_zip *z = open_mode(m, data, len, &t, NULL);
	const dd_zip_entry *e;
	size_t i = 0;
	int rc;
	while ((rc = dd_zip_next(z, &e)) == 0) {
		assert_string_equal(e->name, expected[i].name);
		if (i == 3) {
			/* a partial read, then move on */
			char buf[10];
			assert_int_equal(dd_reader_read(dd_zip_content(z), buf, sizeof(buf)), 10);
			assert_memory_equal(buf, "Lorem ipsu", 10);
		} else if (i == 2) {
			char *got = NULL;
			assert_int_equal(dd_zip_read_entry(z, 100, &got, NULL), 0);
			assert_string_equal(got, "hello, zip\n");
			free(got);
		}
		i++;
	}
	assert_int_equal(rc, DD_ITEROVER);
	assert_int_equal(i, 4);
	dd_zip_free(z);
	free(data);
}

static const char *standard_files[] = {
	"stored.zip", "deflated.zip", "descriptor-deflated.zip", "descriptor-stored.zip",
	"zip64.zip", "stub.jar", "stub-adjusted.jar", "absurd-count.zip",
};

static void run_standard(void)
{
	for (size_t f = 0; f < sizeof(standard_files) / sizeof(*standard_files); f++) {
		for (mode m = MEMORY; m <= STREAM_4K; m++) {
			check_standard(standard_files[f], m, true);
			check_skipping(standard_files[f], m);
		}
	}
}

static void test_layouts_isal(void **state)
{
	(void)state;
	use_zlib = false;
	run_standard();
}

static void test_layouts_zlib(void **state)
{
	(void)state;
	use_zlib = true;
	run_standard();
	use_zlib = false;
}

static void test_stub_prefix(void **state)
{
	(void)state;
	size_t len;
	char *data = load("stub.jar", &len);
	size_t stub = (size_t)((char *)memmem(data, len, "PK\x03\x04", 4) - data);
	dd_test_trickle t;
	dd_zip *z = open_mode(MEMORY, data, len, &t, NULL);
	const dd_zip_entry *e;
	assert_int_equal(dd_zip_next(z, &e), 0);
	assert_int_equal(dd_zip_info_get(z)->prefix, stub);
	dd_zip_free(z);
	z = open_mode(STREAM_4K, data, len, &t, NULL);
	assert_int_equal(dd_zip_next(z, &e), 0);
	assert_int_equal(dd_zip_info_get(z)->prefix, stub);
	assert_int_equal(e->offset, 0);
	dd_zip_free(z);
	/* a stub longer than allowed: not a zip for the stream reader */
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	lim.max_prefix = 100;
	z = open_mode(STREAM_4K, data, len, &t, &lim);
	assert_int_equal(dd_zip_next(z, &e), DD_EFORMAT);
	assert_true(dd_zip_info_get(z)->not_zip);
	dd_zip_free(z);
	free(data);
}

/* A STORED entry with a descriptor whose bytes are a zip with descriptors. */
static void test_descriptor_nested(void **state)
{
	(void)state;
	size_t len;
	char *data = load("descriptor-nested.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m++) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		assert_int_equal(dd_zip_next(z, &e), 0);
		assert_string_equal(e->name, "inner.jar");
		if (m != MEMORY)
			assert_int_equal(e->size, DD_ZIP_UNKNOWN);
		/* the inner archive, streamed from the outer entry */
		dd_zip *in = NULL;
		assert_int_equal(dd_zip_open_stream(&in, dd_zip_content(z), NULL, "inner.jar"), 0);
		const dd_zip_entry *ie;
		size_t n = 0;
		int rc;
		while ((rc = dd_zip_next(in, &ie)) == 0) {
			assert_string_equal(ie->name, expected[n].name);
			n++;
		}
		assert_int_equal(rc, DD_ITEROVER);
		assert_int_equal(n, 4);
		dd_zip_free(in);
		assert_int_equal(dd_zip_next(z, &e), 0);
		assert_string_equal(e->name, "hello.txt");
		char *got = NULL;
		assert_int_equal(dd_zip_read_entry(z, 100, &got, NULL), 0);
		assert_string_equal(got, "hello, zip\n");
		free(got);
		assert_int_equal(dd_zip_next(z, &e), DD_ITEROVER);
		dd_zip_free(z);
	}
	free(data);
}

/* An end record for an empty directory after real local headers. */
static void test_empty_directory(void **state)
{
	(void)state;
	for (mode m = MEMORY; m <= STREAM_4K; m++)
		check_standard("empty-directory.zip", m, false);
	size_t len;
	char *data = load("empty-directory.zip", &len);
	dd_test_trickle t;
	dd_zip *z = open_mode(MEMORY, data, len, &t, NULL);
	const dd_zip_entry *e;
	assert_int_equal(dd_zip_next(z, &e), 0);
	assert_true(dd_zip_info_get(z)->fell_back);
	dd_zip_free(z);
	free(data);
}

static void test_empty(void **state)
{
	(void)state;
	size_t len;
	char *data = load("empty.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m++) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		assert_int_equal(dd_zip_next(z, &e), DD_ITEROVER);
		assert_false(dd_zip_info_get(z)->not_zip);
		dd_zip_free(z);
	}
	free(data);
}

static void test_not_zip(void **state)
{
	(void)state;
	size_t len;
	char *data = load("not-a-zip.jar", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m++) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		assert_int_equal(dd_zip_next(z, &e), DD_EFORMAT);
		assert_true(dd_zip_info_get(z)->not_zip);
		assert_int_equal(dd_zip_next(z, &e), DD_EINVAL);
		dd_zip_free(z);
	}
	/* zero bytes */
	dd_test_trickle t;
	dd_zip *z = open_mode(STREAM_4K, data, 0, &t, NULL);
	const dd_zip_entry *e;
	assert_int_equal(dd_zip_next(z, &e), DD_EFORMAT);
	assert_true(dd_zip_info_get(z)->not_zip);
	dd_zip_free(z);
	free(data);
}

static void test_truncated(void **state)
{
	(void)state;
	size_t len;
	char *data = load("truncated.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m++) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		size_t n = 0;
		int rc;
		while ((rc = dd_zip_next(z, &e)) == 0) {
			char *got = NULL;
			rc = dd_zip_read_entry(z, 1 << 20, &got, NULL);
			free(got);
			if (rc)
				break;
			n++;
		}
		/* the first three are whole; the last is cut */
		assert_int_equal(n, 3);
		assert_int_equal(rc, DD_EFORMAT);
		assert_non_null(strstr(dd_error_last(), "data/lorem.txt"));
		if (m == MEMORY) {
			assert_true(dd_zip_info_get(z)->fell_back);
			assert_string_not_equal(dd_zip_info_get(z)->fallback_reason, "");
		}
		dd_zip_free(z);
	}
	free(data);
}

static void test_corrupt_crc(void **state)
{
	(void)state;
	size_t len;
	char *data = load("corrupt-crc.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m++) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		int rc;
		while ((rc = dd_zip_next(z, &e)) == 0 && strcmp(e->name, "hello.txt"))
			;
		assert_int_equal(rc, 0);
		char *got = NULL;
		assert_int_equal(dd_zip_read_entry(z, 100, &got, NULL), DD_EFORMAT);
		assert_non_null(strstr(dd_error_last(), "CRC"));
		/* the next entry is still readable */
		assert_int_equal(dd_zip_next(z, &e), 0);
		assert_string_equal(e->name, "data/lorem.txt");
		dd_zip_free(z);
	}
	free(data);
}

static void test_bomb(void **state)
{
	(void)state;
	size_t len;
	char *data = load("bomb.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m += 3) {
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, NULL);
		const dd_zip_entry *e;
		assert_int_equal(dd_zip_next(z, &e), 0);
		/* declared bigger than the caller's cap: refused without inflating */
		char *got = NULL;
		assert_int_equal(dd_zip_read_entry(z, 1 << 20, &got, NULL), DD_ELIMIT);
		/* read anyway: the ratio check stops it early */
		char buf[65536];
		ssize_t n;
		uint64_t total = 0;
		while ((n = dd_reader_read(dd_zip_content(z), buf, sizeof(buf))) > 0)
			total += (uint64_t)n;
		assert_int_equal(n, DD_ELIMIT);
		assert_non_null(strstr(dd_error_last(), "ratio"));
		assert_true(total < (2u << 20));
		dd_zip_free(z);
	}
	/* a shared budget ends it too */
	uint64_t budget = 1000;
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	lim.budget = &budget;
	lim.max_ratio = UINT64_MAX;
	dd_test_trickle t;
	dd_zip *z = open_mode(MEMORY, data, len, &t, &lim);
	const dd_zip_entry *e;
	assert_int_equal(dd_zip_next(z, &e), 0);
	char buf[4096];
	ssize_t n;
	while ((n = dd_reader_read(dd_zip_content(z), buf, sizeof(buf))) > 0)
		;
	assert_int_equal(n, DD_ELIMIT);
	assert_int_equal(budget, 0);
	dd_zip_free(z);
	free(data);
}

static void test_limits(void **state)
{
	(void)state;
	size_t len;
	char *data = load("deflated.zip", &len);
	for (mode m = MEMORY; m <= STREAM_4K; m += 3) {
		dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
		lim.max_entries = 2;
		dd_test_trickle t;
		dd_zip *z = open_mode(m, data, len, &t, &lim);
		const dd_zip_entry *e;
		assert_int_equal(dd_zip_next(z, &e), 0);
		assert_int_equal(dd_zip_next(z, &e), 0);
		assert_int_equal(dd_zip_next(z, &e), DD_ELIMIT);
		dd_zip_free(z);
		lim = (dd_zip_limits)DD_ZIP_LIMITS_INIT;
		lim.max_name = 12;
		z = open_mode(m, data, len, &t, &lim);
		assert_int_equal(dd_zip_next(z, &e), 0);   /* "META-INF/" */
		assert_int_equal(dd_zip_next(z, &e), DD_ELIMIT);
		dd_zip_free(z);
		lim = (dd_zip_limits)DD_ZIP_LIMITS_INIT;
		lim.max_entry_size = 100;
		z = open_mode(m, data, len, &t, &lim);
		while (dd_zip_next(z, &e) == 0 && strcmp(e->name, "data/lorem.txt"))
			;
		char buf[4096];
		ssize_t n;
		while ((n = dd_reader_read(dd_zip_content(z), buf, sizeof(buf))) > 0)
			;
		assert_int_equal(n, DD_ELIMIT);
		dd_zip_free(z);
	}
	free(data);
}

/* A zip with a 2 GiB STORED entry, generated on the fly: the stream reader
 * steps over it (reading, never holding it) to the entry after it. */
static void test_huge_stored(void **state)
{
	(void)state;
	dd_test_gen_reader b;
	dd_test_gen_init(&b, 2ull << 30, 'x');   /* 2 GiB: fits the 32-bit size field */
	b.head_len = dd_test_zip_local(b.head, "big.bin", (uint32_t)b.body, 0);
	b.tail_len = dd_test_zip_local(b.tail, "after.txt", 2, 0x79dcdd47u /* crc32("ok") */);
	memcpy(b.tail + b.tail_len, "ok", 2);
	b.tail_len += 2;
	b.tail_len += dd_test_zip_end(b.tail + b.tail_len);
	dd_zip *z = NULL;
	assert_int_equal(dd_zip_open_stream(&z, &b.base, NULL, "big.zip"), 0);
	const dd_zip_entry *e;
	clock_t t0 = clock();
	assert_int_equal(dd_zip_next(z, &e), 0);
	assert_string_equal(e->name, "big.bin");
	assert_int_equal(e->size, 2ull << 30);
	assert_int_equal(dd_zip_next(z, &e), 0);
	assert_string_equal(e->name, "after.txt");
	char *got = NULL;
	assert_int_equal(dd_zip_read_entry(z, 10, &got, NULL), 0);
	assert_string_equal(got, "ok");
	free(got);
	assert_int_equal(dd_zip_next(z, &e), DD_ITEROVER);
	/* stepping over inflates nothing */
	assert_int_equal(dd_zip_info_get(z)->inflated, 2);
	print_message("stepped over 2 GiB STORED in %.2f s CPU\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
	dd_zip_free(z);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layouts_isal),
		cmocka_unit_test(test_layouts_zlib),
		cmocka_unit_test(test_stub_prefix),
		cmocka_unit_test(test_descriptor_nested),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_empty_directory),
		cmocka_unit_test(test_not_zip),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_corrupt_crc),
		cmocka_unit_test(test_bomb),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_huge_stored),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
