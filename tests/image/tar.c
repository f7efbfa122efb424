/* Tests for the tar reader, the decompressor and the digest reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/stream.h"
#include "image/tar.h"
#include "testutil.h"
#include "util/error.h"

typedef struct listing {
	char text[8192];
	int rc;
} listing;

/* Lists "type path size mode [-> link]" lines of a fixture through the full pipeline. */
static void list_fixture(const char *name, const dd_inflate_limits *lim, listing *out)
{
	char rel[256];
	snprintf(rel, sizeof(rel), "image/%s", name);
	char *path = dd_test_data_path(rel);
	dd_reader *raw = NULL, *dec = NULL;
	dd_tar *t = NULL;
	out->text[0] = '\0';
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	free(path);
	out->rc = dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, lim, "layer test");
	if (out->rc)
		return;
	assert_int_equal(dd_tar_open(&t, dec, NULL, "layer test"), 0);
	const dd_tar_entry *e;
	int rc;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		char line[512], content[64] = "";
		if (e->type == DD_TAR_FILE && e->size < sizeof(content)) {
			assert_int_equal(dd_reader_read_full(dd_tar_content(t), content, (size_t)e->size), 0);
			content[e->size] = '\0';
			for (char *c = content; *c; c++)
				if (*c == '\n')
					*c = '|';
		}
		snprintf(line, sizeof(line), "%d %s %llu %o%s%s %s\n", (int)e->type, e->path,
			(unsigned long long)e->size, (unsigned)e->mode, *e->linkname ? " -> " : "", e->linkname,
			e->type == DD_TAR_FILE && e->size < 20 ? content : "");
		strncat(out->text, line, sizeof(out->text) - strlen(out->text) - 1);
	}
	out->rc = rc == DD_ITEROVER ? 0 : rc;
	dd_tar_free(t);
	dd_reader_close(dec);
}

static const char *expected_listing =
	"5 etc 0 40755 \n"
	"0 etc/hello.txt 12 100644 hello world|\n"
	"2 etc/link 0 120644 -> hello.txt \n"
	"0 usr/bin/su 4 104755 \x7f" "ELF\n"
	"0 a/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/name.txt 5 100644 long|\n"
	"1 etc/hard 0 100644 -> etc/hello.txt \n";

static void test_formats(void **state)
{
	(void)state;
	const char *names[] = { "gnu.tar", "pax.tar", "pax.tar.gz", "pax.tar.zst", "multimember.tar.gz" };
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		listing l;
		list_fixture(names[i], NULL, &l);
		if (l.rc)
			fail_msg("%s: %s", names[i], dd_error_last());
		if (strcmp(l.text, expected_listing) != 0)
			fail_msg("%s listing:\n%s", names[i], l.text);
	}
}

static void expect_error(const char *name, int code, const char *needle, const dd_inflate_limits *lim)
{
	listing l;
	list_fixture(name, lim, &l);
	if (l.rc != code)
		fail_msg("%s: expected %s, got %s (%s)", name, dd_error_name(code), dd_error_name(l.rc), dd_error_last());
	if (needle && !strstr(dd_error_last(), needle))
		fail_msg("%s: message '%s' lacks '%s'", name, dd_error_last(), needle);
	assert_non_null(strstr(dd_error_last(), "layer test"));
}

static void test_hostile(void **state)
{
	(void)state;
	expect_error("dotdot.tar", DD_EFORMAT, "climbs out", NULL);
	expect_error("absolute.tar", DD_EFORMAT, "absolute path", NULL);
	expect_error("badsum.tar", DD_EFORMAT, "bad checksum", NULL);
	expect_error("truncated.tar", DD_EFORMAT, NULL, NULL);
	expect_error("truncated.tar.gz", DD_EFORMAT, "truncated gzip", NULL);
	/* the flipped byte may surface as a deflate error, a CRC error or a bad tar header */
	expect_error("corrupt.tar.gz", DD_EFORMAT, NULL, NULL);
}

/* A bomb is caught by the decompressor itself, whatever reads above it. */
static void test_bomb(void **state)
{
	(void)state;
	char *path = dd_test_data_path("image/bomb.gz");
	dd_reader *raw, *dec;
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	dd_inflate_limits small = { .max_output = 100u << 20, .max_ratio = 0 };
	assert_int_equal(dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, &small, "layer bomb"), 0);
	int rc = dd_reader_skip(dec, UINT64_MAX);
	assert_int_equal(rc, DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "layer bomb: decompressed size exceeds"));
	dd_reader_close(dec);

	/* ratio cap: 300 MiB from 300 KiB is ~1000:1 */
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	dd_inflate_limits ratio = { .max_output = 0, .max_ratio = 500 };
	assert_int_equal(dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, &ratio, "layer bomb"), 0);
	assert_int_equal(dd_reader_skip(dec, UINT64_MAX), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "ratio"));
	dd_reader_close(dec);
	free(path);
}

static void test_normalize(void **state)
{
	(void)state;
	char a[] = "./usr//lib/./x/../y";
	assert_int_equal(dd_tar_normalize_path(a), 0);
	assert_string_equal(a, "usr/lib/y");
	char b[] = "a/../../b";
	assert_int_equal(dd_tar_normalize_path(b), DD_EFORMAT);
	char c[] = "./";
	assert_int_equal(dd_tar_normalize_path(c), 0);
	assert_string_equal(c, "");
}

/* A PAX size of 2^64-1: content plus padding wrapped around to 0, so the
 * reader took the entry's content for the next header. */
static void test_huge_size(void **state)
{
	(void)state;
	uint8_t tar[512 * 6] = { 0 };
	const char rec[] = "29 size=18446744073709551615\n";
	size_t n = dd_test_tar_entry(tar, "pax", 'x', rec, strlen(rec));
	n += dd_test_tar_entry(tar + n, "a", '0', NULL, 0);
	/* what a desynchronized reader would have listed next */
	dd_test_tar_entry(tar + n, "smuggled", '0', NULL, 0);
	dd_reader *m;
	dd_tar *t;
	const dd_tar_entry *e;
	assert_int_equal(dd_reader_from_memory(&m, tar, sizeof(tar)), 0);
	assert_int_equal(dd_tar_open(&t, m, NULL, "layer huge"), 0);
	assert_int_equal(dd_tar_next(t, &e), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "layer huge: entry of 18446744073709551615 bytes"));
	dd_tar_free(t);
	dd_reader_close(m);
}

static void test_digest(void **state)
{
	(void)state;
	const char *data = "hello world\n";
	/* sha256 of "hello world\n" */
	const char *good = "sha256:a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447";
	char buf[64];
	dd_reader *m, *d;
	assert_int_equal(dd_reader_from_memory(&m, data, strlen(data)), 0);
	assert_int_equal(dd_digest_reader_new(&d, m, good, strlen(data), "blob x"), 0);
	assert_int_equal(dd_reader_read_full(d, buf, strlen(data)), 0);
	assert_int_equal(dd_reader_read(d, buf, sizeof(buf)), 0);
	dd_reader_close(d);

	const char *bad = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
	assert_int_equal(dd_reader_from_memory(&m, data, strlen(data)), 0);
	assert_int_equal(dd_digest_reader_new(&d, m, bad, 0, "layer sha256:0000"), 0);
	assert_int_equal(dd_reader_read_full(d, buf, strlen(data)), 0);
	assert_int_equal(dd_reader_read(d, buf, sizeof(buf)), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "layer sha256:0000: digest mismatch"));
	dd_reader_close(d);

	/* short blob: size mismatch */
	assert_int_equal(dd_reader_from_memory(&m, data, 5), 0);
	assert_int_equal(dd_digest_reader_new(&d, m, good, strlen(data), "blob y"), 0);
	assert_int_equal(dd_reader_read_full(d, buf, 5), 0);
	assert_int_equal(dd_reader_read(d, buf, sizeof(buf)), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "size mismatch"));
	dd_reader_close(d);
}

/* The real Alpine minirootfs: every entry readable, file count as tar says. */
static void test_alpine_rootfs(void **state)
{
	(void)state;
	char *p = dd_test_shared_path("images/alpine/alpine-minirootfs-3.10.9-x86_64.tar.gz");
	if (!p)
		skip();
	dd_reader *raw, *dec;
	dd_tar *t;
	assert_int_equal(dd_reader_from_file(&raw, p, 0, UINT64_MAX), 0);
	assert_int_equal(dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, NULL, "alpine"), 0);
	assert_int_equal(dd_tar_open(&t, dec, NULL, "alpine"), 0);
	const dd_tar_entry *e;
	int rc, found_installed = 0;
	uint64_t n = 0;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		n++;
		if (!strcmp(e->path, "lib/apk/db/installed"))
			found_installed = 1;
	}
	assert_int_equal(rc, DD_ITEROVER);
	assert_true(found_installed);
	assert_int_equal(n, 482); /* `tar -tzf` lists 483 names, one of them "./" */
	dd_tar_free(t);
	dd_reader_close(dec);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_bomb),
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_huge_size),
		cmocka_unit_test(test_digest),
		cmocka_unit_test(test_alpine_rootfs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
