/* Unit tests of the fix's materialised tree (src/fix/rootfs.c): hostile
 * layers stay inside the directory (a symlink to /etc or climbing out with
 * ../ is followed only inside it, a hard link out of the root is refused),
 * whiteouts and opaque directories delete, the entry cap holds, and a
 * snapshot diff names exactly what was created, changed or removed. */
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fix/rootfs.h"
#include "testutil.h"
#include "util/error.h"

typedef struct fixture {
	char dir[64];
	char root[96];
	dd_fix_rootfs r;
	dd_test_layers l;
} fixture;

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/dd-rootfs-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->root, sizeof(f->root), "%s/root", f->dir);
	f->r.fd = -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	dd_fix_rootfs_close(&f->r);
	dd_test_layers_free(&f->l);
	nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return 0;
}

/* Builds the layers and applies each; returns the first error. */
static int apply(fixture *f, const char *script)
{
	dd_test_layers_free(&f->l);
	memset(&f->l, 0, sizeof(f->l));
	if (dd_test_layers_build(&f->l, script, strlen(script)) < 0)
		return DD_ENOMEM;
	for (size_t i = 0; i < f->l.n; i++) {
		dd_reader *r = NULL;
		int rc = dd_reader_from_memory(&r, f->l.tar[i], f->l.len[i]);
		if (rc == 0)
			rc = dd_fix_rootfs_apply(&f->r, r, "test layer");
		dd_reader_close(r);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static char *slurp(const char *dir, const char *path)
{
	static char buf[256];
	char full[512];
	snprintf(full, sizeof(full), "%s/%s", dir, path);
	FILE *fp = fopen(full, "r");
	if (!fp)
		return NULL;
	size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = 0;
	return buf;
}

static void test_confined(void **state)
{
	fixture *f = *state;
	assert_int_equal(dd_fix_rootfs_open(&f->r, f->root), 0);
	int rc = apply(f, "d etc\nd tmp\n"
			  "s evil /etc\n"
			  "s up ../../../../../../tmp\n"
			  "f usr/a hello\n"
			  "--\n"
			  "f evil/dd-rootfs-test pwned\n"
			  "f up/dd-rootfs-test climbed\n"
			  "h usr/b usr/a\n");
	if (rc)
		fprintf(stderr, "%s\n", dd_error_last());
	assert_int_equal(rc, 0);
	/* both landed inside the tree, as the container would see them */
	assert_string_equal(slurp(f->root, "etc/dd-rootfs-test"), "pwned");
	assert_string_equal(slurp(f->root, "tmp/dd-rootfs-test"), "climbed");
	assert_null(slurp("/etc", "dd-rootfs-test"));
	assert_null(slurp("/tmp", "dd-rootfs-test"));
	struct stat a, b;
	char pa[256], pb[256];
	snprintf(pa, sizeof(pa), "%s/usr/a", f->root);
	snprintf(pb, sizeof(pb), "%s/usr/b", f->root);
	assert_int_equal(stat(pa, &a), 0);
	assert_int_equal(stat(pb, &b), 0);
	assert_true(a.st_ino == b.st_ino);
	/* a hard link to a file not in the tree */
	assert_int_equal(apply(f, "h usr/c usr/missing\n"), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "usr/c"));
}

static void test_whiteouts(void **state)
{
	fixture *f = *state;
	assert_int_equal(dd_fix_rootfs_open(&f->r, f->root), 0);
	assert_int_equal(apply(f, "f usr/a 1\n"
				  "f usr/keep 2\n"
				  "f etc/x 3\n"
				  "f etc/sub/y 4\n"
				  "--\n"
				  "f usr/.wh.a x\n"
				  "f etc/.wh..wh..opq x\n"
				  "f etc/z 5\n"),
		0);
	assert_null(slurp(f->root, "usr/a"));
	assert_string_equal(slurp(f->root, "usr/keep"), "2");
	assert_null(slurp(f->root, "etc/x"));
	assert_null(slurp(f->root, "etc/sub/y"));
	assert_string_equal(slurp(f->root, "etc/z"), "5");
}

static void test_limits(void **state)
{
	fixture *f = *state;
	assert_int_equal(dd_fix_rootfs_open(&f->r, f->root), 0);
	f->r.max_entries = 3;
	assert_int_equal(apply(f, "f a 1\nf b 2\nf c 3\nf d 4\n"), DD_ELIMIT);
	f->r.max_entries = 100;
	f->r.max_bytes = 4;
	assert_int_equal(apply(f, "f big 0123456789\n"), DD_ELIMIT);
}

static void test_snapshot_diff(void **state)
{
	fixture *f = *state;
	assert_int_equal(dd_fix_rootfs_open(&f->r, f->root), 0);
	assert_int_equal(apply(f, "f etc/same 1\nf etc/changed 2\nf etc/gone 3\nd proc\nf tmp/scratch 4\n"), 0);
	dd_fix_snap a = { 0 }, b = { 0 };
	assert_int_equal(dd_fix_snap_take(&f->r, &a), 0);
	char p[256];
	snprintf(p, sizeof(p), "%s/etc/changed", f->root);
	FILE *fp = fopen(p, "w");
	assert_non_null(fp);
	fputs("two", fp);
	fclose(fp);
	snprintf(p, sizeof(p), "%s/etc/gone", f->root);
	assert_int_equal(unlink(p), 0);
	snprintf(p, sizeof(p), "%s/etc/new", f->root);
	assert_int_equal(symlink("same", p), 0);
	snprintf(p, sizeof(p), "%s/tmp/other", f->root); /* a mount point's content: not the image's */
	assert_int_equal(mkdir(p, 0755), 0);
	assert_int_equal(dd_fix_snap_take(&f->r, &b), 0);
	dd_strv d = { 0 };
	assert_int_equal(dd_fix_snap_diff(&a, &b, &d), 0);
	assert_int_equal(d.count, 3);
	assert_string_equal(d.items[0], "etc/changed");
	assert_string_equal(d.items[1], "etc/gone");
	assert_string_equal(d.items[2], "etc/new");
	assert_non_null(dd_fix_snap_get(&b, "etc/same"));
	assert_null(dd_fix_snap_get(&b, "tmp/scratch"));
	dd_strv_free(&d);
	dd_fix_snap_free(&a);
	dd_fix_snap_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_confined, setup, teardown),
		cmocka_unit_test_setup_teardown(test_whiteouts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_snapshot_diff, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
