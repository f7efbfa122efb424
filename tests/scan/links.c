/* Links and repeated paths (issue 11): resolution inside the root, entries
 * placed through symlinked parents of the same and lower layers, hardlinks
 * and symlinks to claimed paths analyzed with their target's content, and
 * the last of a repeated path winning. Layers come from testutil's scripts
 * (the fuzz/link_resolution.c format). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "report/model.h"
#include "scan/names.h"
#include "scan/resolve.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "testutil.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_apk;

static const char *lookup(void *ctx, uint64_t hash, const char *path, size_t len)
{
	const dd_name *n = dd_names_get(ctx, hash, path, len);
	return n && n->kind == DD_NAME_SYMLINK ? n->target : NULL;
}

static void link(dd_names *t, const char *path, const char *target)
{
	assert_int_equal(dd_names_put(t, path, strlen(path), DD_NAME_SYMLINK, target), 0);
}

static void test_resolve(void **state)
{
	(void)state;
	dd_names t = { 0 };
	char out[DD_RESOLVE_PATH_MAX];
	link(&t, "evil", "/");
	link(&t, "up", "../../..");
	link(&t, "lib", "usr/lib");
	link(&t, "usr/lib/os-release", "../../etc/os-release");
	link(&t, "a", "b");
	link(&t, "b", "a");
	link(&t, "empty", "");
	/* nothing to follow: 0, and out untouched */
	assert_int_equal(dd_resolve(lookup, &t, "etc/shadow", false, out, sizeof(out)), 0);
	assert_int_equal(dd_resolve(lookup, &t, "evil", false, out, sizeof(out)), 0);
	assert_int_equal(dd_resolve(lookup, &t, "evil/lib/apk/db/installed", false, out, sizeof(out)), 1);
	assert_string_equal(out, "usr/lib/apk/db/installed");
	/* ".." stops at the root */
	assert_int_equal(dd_resolve(lookup, &t, "up/up/etc/../etc/./shadow", false, out, sizeof(out)), 1);
	assert_string_equal(out, "etc/shadow");
	/* the last component only when asked */
	assert_int_equal(dd_resolve(lookup, &t, "lib/os-release", false, out, sizeof(out)), 1);
	assert_string_equal(out, "usr/lib/os-release");
	assert_int_equal(dd_resolve(lookup, &t, "lib/os-release", true, out, sizeof(out)), 1);
	assert_string_equal(out, "etc/os-release");
	assert_int_equal(dd_resolve(lookup, &t, "evil", true, out, sizeof(out)), 1);
	assert_string_equal(out, "");
	/* loops end, empty targets fail */
	assert_int_equal(dd_resolve(lookup, &t, "a/x", false, out, sizeof(out)), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "more than 40 symlinks"));
	assert_int_equal(dd_resolve(lookup, &t, "empty/x", false, out, sizeof(out)), DD_ENOTFOUND);
	/* a target growing the path past the limit */
	char big[3000], path[1600];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	link(&t, "big", big);
	memset(path, 'y', sizeof(path) - 1);
	path[sizeof(path) - 1] = '\0';
	memcpy(path, "big/", 4);
	assert_int_equal(dd_resolve(lookup, &t, path, false, out, sizeof(out)), DD_ELIMIT);
	dd_names_free(&t);
}

typedef struct scanned {
	dd_test_layers l;
	dd_layer_result *res[DD_TEST_MAX_LAYERS];
	dd_report *r;
	dd_final_kept *kept;
	size_t n_kept;
} scanned;

static void run(scanned *s, const char *script)
{
	static const dd_analyzer *const ans[] = { &dd_analyzer_apk, NULL };
	static const char *const keep[] = { "etc/*", NULL };
	static void *states[2];
	static dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	static const dd_walk_config cfg = { .analyzers = ans, .states = states, .keep_globs = keep, .opts = &opts };
	memset(s, 0, sizeof(*s));
	assert_int_equal(dd_test_layers_build(&s->l, script, strlen(script)), 0);
	assert_int_equal(dd_test_layers_walk(&s->l, &cfg, s->res), 0);
	assert_non_null(s->r = calloc(1, sizeof(*s->r)));
	s->r->complete = true;
	assert_int_equal(dd_squash_into_report(s->res, s->l.n, s->r), 0);
	assert_int_equal(dd_squash_kept(s->res, s->l.n, &s->kept, &s->n_kept), 0);
}

static void done(scanned *s)
{
	for (size_t i = 0; i < s->l.n; i++)
		dd_layer_result_free(s->res[i]);
	dd_test_layers_free(&s->l);
	free(s->kept);
	dd_report_free(s->r);
}

/* The packages as "name@path" in order, the kept file's content. */
static void packages_are(const scanned *s, const char *want)
{
	char got[512] = "";
	for (size_t i = 0; i < s->r->n_packages; i++)
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s@%s", i ? " " : "",
			s->r->packages[i].name, s->r->packages[i].path);
	assert_string_equal(got, want);
}

static const char *kept(const scanned *s, const char *path)
{
	for (size_t i = 0; i < s->n_kept; i++)
		if (!strcmp(s->kept[i].kept->path, path))
			return s->kept[i].kept->data;
	return NULL;
}

static unsigned rereads(const scanned *s)
{
	unsigned n = 0;
	for (size_t i = 0; i < s->l.n; i++)
		n += s->res[i]->rereads;
	return n;
}

static void test_parent_same_layer(void **state)
{
	(void)state;
	scanned s;
	run(&s, "f lib/apk/db/installed P:musl|V:1.1|o:musl||\nf etc/shadow root:x:1\ns evil /\n"
		"f evil/lib/apk/db/installed P:zlib|V:1.2|o:zlib||\nf evil/etc/shadow root::1\n");
	packages_are(&s, "zlib@lib/apk/db/installed");
	assert_string_equal(kept(&s, "etc/shadow"), "root::1");
	assert_int_equal(rereads(&s), 0);
	assert_true(s.r->complete);
	done(&s);
}

static void test_hardlinks(void **state)
{
	(void)state;
	scanned s;
	run(&s, "f tmp/x P:musl|V:1.1|o:musl||\nh lib/apk/db/installed tmp/x\nf tmp/s root::1\nh etc/shadow tmp/s\n"
		"h etc/group tmp/s\nf etc/group g\n");
	packages_are(&s, "musl@lib/apk/db/installed");
	assert_string_equal(kept(&s, "etc/shadow"), "root::1");
	/* a later entry of the link's name replaces the link */
	assert_string_equal(kept(&s, "etc/group"), "g");
	assert_int_equal(rereads(&s), 1);
	assert_true(s.r->complete);
	done(&s);
}

static void test_symlinks_across_layers(void **state)
{
	(void)state;
	scanned s;
	run(&s, "f tmp/x P:musl|V:1.1|o:musl||\ns t tmp\nf lib/apk/db/installed P:old|V:0||\n--\n"
		"s lib/apk/db/installed /t/x\ns etc/shadow ../t/../t/s\n--\nf tmp/s root::1\n");
	packages_are(&s, "musl@lib/apk/db/installed");
	assert_string_equal(kept(&s, "etc/shadow"), "root::1");
	/* one read of layer 0 (the DB) and one of layer 2 (the shadow file) */
	assert_int_equal(s.res[0]->rereads, 1);
	assert_int_equal(s.res[2]->rereads, 1);
	assert_true(s.r->complete);
	done(&s);
}

static void test_parent_lower_layer(void **state)
{
	(void)state;
	scanned s;
	run(&s, "f lib/apk/db/installed P:old|V:0||\ns evil ../..\nd x\ns x/up ..\n--\n"
		"f evil/lib/apk/db/installed P:musl|V:1.1|o:musl||\nf x/up/evil/etc/shadow root::1\n");
	packages_are(&s, "musl@lib/apk/db/installed");
	assert_string_equal(kept(&s, "etc/shadow"), "root::1");
	assert_int_equal(s.res[1]->rereads, 1);
	done(&s);
	/* a directory entry replaces the lower symlink (read again all the
	 * same: an entry before the directory's would go through the link) */
	run(&s, "f lib/apk/db/installed P:old|V:0||\ns evil /\n--\nd evil\nf evil/lib/apk/db/installed P:x|V:1||\n");
	packages_are(&s, "old@lib/apk/db/installed");
	done(&s);
	/* and a whiteout written through a lower symlink deletes the real path */
	run(&s, "f lib/apk/db/installed P:old|V:0||\ns evil /\n--\nf evil/lib/apk/db/.wh.installed\n");
	packages_are(&s, "");
	done(&s);
}

static void test_duplicates(void **state)
{
	(void)state;
	scanned s;
	run(&s, "f lib/apk/db/installed P:a|V:1||\nf lib/apk/db/installed P:b|V:2||\n"
		"s etc/shadow x\nf etc/shadow root::1\nf etc/passwd p\nd etc/passwd\n");
	packages_are(&s, "b@lib/apk/db/installed");
	assert_string_equal(kept(&s, "etc/shadow"), "root::1");
	assert_null(kept(&s, "etc/passwd"));
	assert_int_equal(s.res[0]->n_symlinks, 0);
	done(&s);
}

static void test_loops(void **state)
{
	(void)state;
	scanned s;
	run(&s, "s a b\ns b a\nf a/x y\nf lib/apk/db/installed P:z|V:1||\n--\n"
		"s lib/apk/db/installed ../../../lib/apk/db/installed\n");
	packages_are(&s, "");
	assert_false(s.r->complete);
	int loops = 0;
	for (size_t i = 0; i < s.r->notes.count; i++)
		loops += strstr(s.r->notes.items[i], "more than 40 symlinks") != NULL;
	assert_int_equal(loops, 2);
	done(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve),
		cmocka_unit_test(test_parent_same_layer),
		cmocka_unit_test(test_hardlinks),
		cmocka_unit_test(test_symlinks_across_layers),
		cmocka_unit_test(test_parent_lower_layer),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_loops),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
