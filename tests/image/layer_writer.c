/* Tests for the tar+gzip layer writer: what it writes reads back through
 * drydock's own layer pipeline (decompressor, digest reader, tar reader)
 * with the names, modes, owners, times and contents given; both digests are
 * those of the bytes; output is reproducible; bad input is refused. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "image/image.h"
#include "image/stream.h"
#include "image/tar.h"
#include "image/writer.h"
#include "testutil.h"
#include "util/error.h"

static int tmpfd(char *path)
{
	strcpy(path, "/tmp/dd-layer-test.XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	return fd;
}

/* Writes the fixed entry set; returns the digests. */
static void write_sample(int fd, const dd_layer_writer_options *o, dd_layer_digests *d, const char *long_name,
	uint64_t big)
{
	dd_layer_writer *w = NULL;
	dd_reader *r = NULL;
	assert_int_equal(dd_layer_writer_new(&w, fd, o), 0);
	assert_int_equal(dd_layer_writer_add_dir(w, "etc/app", 0750), 0);
	assert_int_equal(dd_reader_from_memory(&r, "hello\n", 6), 0);
	assert_int_equal(dd_layer_writer_add_file(w, "etc/app/hello.txt", 0640, r, 6), 0);
	dd_reader_close(r);
	assert_int_equal(dd_reader_from_memory(&r, "x", 1), 0);
	assert_int_equal(dd_layer_writer_add_file(w, long_name, 0755, r, 1), 0);
	dd_reader_close(r);
	dd_test_gen_reader g;
	dd_test_gen_init(&g, big, 'z');
	assert_int_equal(dd_layer_writer_add_file(w, "opt/big.bin", 0644, &g.base, dd_test_gen_size(&g)), 0);
	assert_int_equal(dd_layer_writer_add_symlink(w, "usr/bin/app", "/etc/app/hello.txt"), 0);
	assert_int_equal(dd_layer_writer_add_whiteout(w, "etc/motd"), 0);
	assert_int_equal(dd_layer_writer_finish(w, d), 0);
	dd_layer_writer_free(w);
}

static void test_round_trip(void **state)
{
	(void)state;
	char path[64], long_name[400];
	snprintf(long_name, sizeof(long_name), "usr/share/%0200d/%0120d.txt", 0, 0);
	dd_layer_writer_options o = DD_LAYER_WRITER_OPTIONS_INIT;
	o.mtime = 1700000000;
	o.uid = 1000;
	o.gid = 100;
	int fd = tmpfd(path);
	dd_layer_digests d;
	write_sample(fd, &o, &d, long_name, 3u << 20);
	close(fd);

	/* blob digest and size are those of the file */
	size_t len = 0;
	char *blob = dd_test_read_file(path, &len);
	assert_non_null(blob);
	assert_int_equal(len, d.size);
	assert_true(dd_sha256_matches(blob, len, d.digest));
	assert_true(d.size < 64 * 1024);   /* 3 MiB of one byte compresses */
	free(blob);

	/* through the pipeline: gunzip, diff_id check, tar entries */
	dd_reader *raw = NULL, *dec = NULL, *dig = NULL;
	dd_tar *t = NULL;
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	assert_int_equal(dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, NULL, "test"), 0);
	assert_int_equal(dd_digest_reader_new(&dig, dec, d.diff_id, 0, "test"), 0);
	assert_int_equal(dd_tar_open(&t, dig, NULL, "test"), 0);
	const dd_tar_entry *e;
	char got[2048] = "";
	while (dd_tar_next(t, &e) == 0) {
		char line[600], content[8] = "";
		if (e->type == DD_TAR_FILE && e->size < sizeof(content)) {
			assert_int_equal(dd_reader_read_full(dd_tar_content(t), content, (size_t)e->size), 0);
			content[e->size] = '\0';
		}
		assert_int_equal(e->uid, 1000);
		assert_int_equal(e->gid, 100);
		assert_int_equal(e->mtime, 1700000000);
		snprintf(line, sizeof(line), "%d %.40s %llu %o %s%s|", (int)e->type,
			strlen(e->path) > 300 ? "LONG" : e->path, (unsigned long long)e->size, e->mode & 07777,
			e->linkname, content);
		if (strlen(e->path) > 300)
			assert_string_equal(e->path, long_name);
		strncat(got, line, sizeof(got) - strlen(got) - 1);
	}
	/* the rest (end-of-archive blocks) read to the end: the digest reader
	 * fails the last read when the diff_id does not match */
	char rest[512];
	ssize_t n;
	while ((n = dd_reader_read(dig, rest, sizeof(rest))) > 0) {
	}
	assert_int_equal(n, 0);
	assert_string_equal(got, "5 etc/app 0 750 |0 etc/app/hello.txt 6 640 hello\n|0 LONG 1 755 x|"
		"0 opt/big.bin 3145728 644 |2 usr/bin/app 0 777 /etc/app/hello.txt|0 etc/.wh.motd 0 0 |");
	dd_tar_free(t);
	dd_reader_close(dig);
	unlink(path);
}

static void test_reproducible(void **state)
{
	(void)state;
	char p1[64], p2[64];
	dd_layer_digests a, b, c;
	dd_layer_writer_options o = DD_LAYER_WRITER_OPTIONS_INIT;
	int f1 = tmpfd(p1), f2 = tmpfd(p2);
	write_sample(f1, &o, &a, "a/b", 1000);
	write_sample(f2, &o, &b, "a/b", 1000);
	assert_string_equal(a.digest, b.digest);
	assert_string_equal(a.diff_id, b.diff_id);
	close(f2);
	f2 = tmpfd(p2);
	o.mtime = 1;   /* another time is another layer */
	write_sample(f2, &o, &c, "a/b", 1000);
	assert_string_not_equal(a.diff_id, c.diff_id);
	close(f1);
	close(f2);
	unlink(p1);
	unlink(p2);
}

static void test_refuses(void **state)
{
	(void)state;
	char path[64];
	int fd = tmpfd(path);
	dd_layer_writer *w = NULL;
	dd_reader *r = NULL;
	dd_layer_writer_options bad = DD_LAYER_WRITER_OPTIONS_INIT;
	bad.version = 99;
	assert_int_equal(dd_layer_writer_new(&w, fd, &bad), DD_EINVAL);
	assert_int_equal(dd_layer_writer_new(&w, fd, NULL), 0);
	assert_int_equal(dd_layer_writer_add_dir(w, "/abs", 0755), DD_EINVAL);
	assert_int_equal(dd_layer_writer_add_dir(w, "a/../../etc", 0755), DD_EINVAL);
	assert_int_equal(dd_layer_writer_add_dir(w, "a/./b", 0755), DD_EINVAL);
	assert_int_equal(dd_layer_writer_add_symlink(w, "a", ""), DD_EINVAL);
	/* content shorter or longer than announced */
	assert_int_equal(dd_reader_from_memory(&r, "abc", 3), 0);
	assert_int_equal(dd_layer_writer_add_file(w, "short", 0644, r, 4), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "short"));
	dd_reader_close(r);
	/* a failed writer stays failed: no layer with a half entry */
	assert_int_equal(dd_reader_from_memory(&r, "abc", 3), 0);
	assert_int_not_equal(dd_layer_writer_add_file(w, "ok", 0644, r, 3), 0);
	dd_reader_close(r);
	dd_layer_writer_free(w);
	assert_int_equal(dd_layer_writer_new(&w, fd, NULL), 0);
	assert_int_equal(dd_reader_from_memory(&r, "abcd", 4), 0);
	assert_int_equal(dd_layer_writer_add_file(w, "long", 0644, r, 3), DD_EFORMAT);
	dd_reader_close(r);
	dd_layer_writer_free(w);
	close(fd);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_reproducible),
		cmocka_unit_test(test_refuses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
