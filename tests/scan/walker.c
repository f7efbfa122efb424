/* Tests for the walker on hostile layers and for check-context lookups. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* Makes `levels` nested directories named `name` under dir (by fd: the
 * path would be too long for one mkdir). */
static void nest(const char *dir, int levels, const char *name)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	assert_true(fd >= 0);
	for (int i = 0; i < levels; i++) {
		assert_int_equal(mkdirat(fd, name, 0755), 0);
		int sub = openat(fd, name, O_RDONLY | O_DIRECTORY);
		assert_true(sub >= 0);
		close(fd);
		fd = sub;
	}
	close(fd);
}

static int open_fds(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* dir: trees a hostile container could hold: deeper than the walk goes, and
 * names nested past the path buffer. Both are notes on an incomplete
 * result; the walk goes on, and leaks no descriptor (the too-deep directory
 * was never closed, and an over-long path ended the whole scan with "buffer
 * limit exceeded"). */
static void test_dir_hostile_trees(void **state)
{
	(void)state;
	char dir[] = "/tmp/dd-walkdir-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char sub[64];
	snprintf(sub, sizeof(sub), "%s/deep", dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	nest(sub, 140, "d");
	snprintf(sub, sizeof(sub), "%s/long", dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	char name[251];
	memset(name, 'n', 250);
	name[250] = '\0';
	nest(sub, 70, name);
	snprintf(sub, sizeof(sub), "%s/etc", dir);
	assert_int_equal(mkdir(sub, 0755), 0);
	snprintf(sub, sizeof(sub), "%s/etc/passwd", dir);
	FILE *fp = fopen(sub, "w");
	fputs("root:x:0:0::/root:/bin/sh\n", fp);
	fclose(fp);

	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = none, .states = NULL, .keep_globs = keep, .opts = &opts };
	int before = open_fds();
	dd_layer_result *res = dd_layer_result_new(NULL, NULL);
	if (dd_walk_dir(&cfg, dir, res) != 0)
		fail_msg("%s", dd_error_last());
	assert_int_equal(open_fds(), before);
	assert_true(res->incomplete);
	bool deep = false, longp = false;
	for (size_t i = 0; i < res->notes.count; i++) {
		deep |= strstr(res->notes.items[i], "deeper than 128 levels") != NULL;
		longp |= strstr(res->notes.items[i], "path longer than 16384 bytes") != NULL;
	}
	assert_true(deep);
	assert_true(longp);
	assert_int_equal(res->n_kept, 1); /* the rest of the tree was still read */
	dd_layer_result_free(res);
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hardlink_missing),
		cmocka_unit_test(test_symlink_resolution),
		cmocka_unit_test(test_special_files),
		cmocka_unit_test(test_dir_hostile_trees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
