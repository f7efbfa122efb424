/*
 * Tests for the walker's whiteout handling, the squash rules and the layer
 * cache, on Trivy's real whiteout layer and on layers built here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "image/stream.h"
#include "report/model.h"
#include "scan/cache.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "testutil.h"
#include "util/error.h"

static const dd_analyzer *const no_analyzers[] = { NULL };
static const char *const keep_etc[] = { "etc/*", NULL };

static dd_layer_result *walk_file(const char *path, const char *digest)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = no_analyzers, .states = NULL, .keep_globs = keep_etc, .opts = &opts };
	dd_reader *raw, *dec;
	assert_int_equal(dd_reader_from_file(&raw, path, 0, UINT64_MAX), 0);
	assert_int_equal(dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, NULL, digest), 0);
	dd_layer_result *res = dd_layer_result_new(digest, digest);
	assert_non_null(res);
	int rc = dd_walk_tar(&cfg, dec, 0, res);
	if (rc)
		fail_msg("%s", dd_error_last());
	dd_reader_close(dec);
	dd_layer_result_sort_paths(res);
	return res;
}

/* Trivy's walker fixture: etc/ is opaque, foo/foo is deleted. */
static void test_trivy_whiteouts(void **state)
{
	(void)state;
	char *p = dd_test_shared_path("images/trivy/walker/test.tar");
	if (!p)
		skip();
	dd_layer_result *r = walk_file(p, "sha256:walker");
	assert_int_equal(r->opaque_dirs.count, 1);
	assert_string_equal(r->opaque_dirs.items[0], "etc");
	assert_int_equal(r->whiteouts.count, 1);
	assert_string_equal(r->whiteouts.items[0], "foo/foo");
	/* non-directory entries: app/myweb/index.html, baz, vendor/bar */
	assert_int_equal(r->n_hashes, 3);
	dd_layer_result_free(r);
	free(p);
}

static dd_layer_result *fake_layer(const char *digest, const char *const *files, const char *const *whiteouts,
	const char *const *opaque)
{
	dd_layer_result *r = dd_layer_result_new(digest, digest);
	for (size_t i = 0; files && files[i]; i++) {
		dd_file f = { .path = files[i], .mode = 0100644 };
		assert_int_equal(dd_layer_result_add_path(r, files[i]), 0);
		assert_int_equal(dd_layer_result_keep(r, &f, digest, strlen(digest), false), 0);
		dd_package p = { .type = "apk", .name = (char *)files[i], .version = "1", .path = (char *)files[i] };
		r->packages = realloc(r->packages, (r->n_packages + 1) * sizeof(dd_package));
		assert_int_equal(dd_package_copy(&r->packages[r->n_packages++], &p), 0);
		dd_finding fi;
		dd_finding_init(&fi);
		fi.cls = DD_CLASS_SECRET;
		fi.id = "test-secret";
		fi.path = (char *)files[i];
		r->findings = realloc(r->findings, (r->n_findings + 1) * sizeof(dd_finding));
		assert_int_equal(dd_finding_copy(&r->findings[r->n_findings++], &fi), 0);
	}
	for (size_t i = 0; whiteouts && whiteouts[i]; i++)
		dd_strv_push(&r->whiteouts, whiteouts[i]);
	for (size_t i = 0; opaque && opaque[i]; i++)
		dd_strv_push(&r->opaque_dirs, opaque[i]);
	dd_layer_result_sort_paths(r);
	return r;
}

/* Layer 2 deletes a/secret, makes dir d opaque, replaces etc/x and turns
 * directory opt/app into a file. */
static void test_squash_rules(void **state)
{
	(void)state;
	const char *l1[] = { "a/secret", "a/keep", "d/old", "etc/x", "opt/app/lib.jar", "dd/other", NULL };
	const char *l2[] = { "etc/x", "d/new", "opt/app", NULL };
	const char *wh[] = { "a/secret", NULL };
	const char *op[] = { "d", NULL };
	dd_layer_result *layers[2] = { fake_layer("sha256:l1", l1, NULL, NULL), fake_layer("sha256:l2", l2, wh, op) };
	/* a malware sample in the deleted file, and baseline findings on a dead
	 * and a live file of layer 1 */
	const struct { dd_finding_class cls; const char *id, *path; } extra[] = {
		{ DD_CLASS_MALWARE, "test-malware", "a/secret" },
		{ DD_CLASS_BASELINE, "test-baseline-dead", "a/secret" },
		{ DD_CLASS_BASELINE, "test-baseline-live", "a/keep" },
	};
	for (size_t i = 0; i < 3; i++) {
		dd_finding fi;
		dd_finding_init(&fi);
		fi.cls = extra[i].cls;
		fi.id = (char *)extra[i].id;
		fi.path = (char *)extra[i].path;
		fi.layer = "sha256:l1";
		layers[0]->findings = realloc(layers[0]->findings, (layers[0]->n_findings + 1) * sizeof(dd_finding));
		assert_int_equal(dd_finding_copy(&layers[0]->findings[layers[0]->n_findings++], &fi), 0);
	}
	assert_false(dd_squash_alive(layers, 2, 0, "a/secret"));
	assert_true(dd_squash_alive(layers, 2, 0, "a/keep"));
	assert_false(dd_squash_alive(layers, 2, 0, "d/old"));
	assert_true(dd_squash_alive(layers, 2, 1, "d/new"));
	assert_true(dd_squash_alive(layers, 2, 0, "dd/other"));
	assert_false(dd_squash_alive(layers, 2, 0, "etc/x"));
	assert_true(dd_squash_alive(layers, 2, 1, "etc/x"));
	assert_false(dd_squash_alive(layers, 2, 0, "opt/app/lib.jar"));
	assert_false(dd_squash_alive(layers, 2, 0, "opt/app/lib.jar!/BOOT-INF/lib/x.jar"));

	dd_report *r = calloc(1, sizeof(*r));
	assert_int_equal(dd_squash_into_report(layers, 2, r), 0);
	/* packages: a/keep, dd/other from l1; etc/x, d/new, opt/app from l2 */
	assert_int_equal(r->n_packages, 5);
	/* secret and malware findings all stay, the dead ones marked; the
	 * baseline finding of the deleted file goes, the live one stays */
	assert_int_equal(r->n_findings, 9 + 2);
	int removed = 0;
	bool malware = false, live_baseline = false;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		assert_string_not_equal(f->id, "test-baseline-dead");
		if (!strcmp(f->id, "test-baseline-live")) {
			live_baseline = true;
			assert_false(f->removed_in_final);
		}
		if (!strcmp(f->id, "test-malware")) {
			malware = true;
			assert_true(f->removed_in_final);
			assert_string_equal(f->layer, "sha256:l1"); /* the layer that holds the bytes */
		}
		if (f->removed_in_final) {
			removed++;
			assert_true(f->cls == DD_CLASS_SECRET || f->cls == DD_CLASS_MALWARE);
		}
	}
	assert_true(malware && live_baseline);
	assert_int_equal(removed, 5); /* a/secret (secret, malware), d/old, etc/x (l1), opt/app/lib.jar */
	dd_report_free(r);

	dd_final_kept *fk;
	size_t n;
	assert_int_equal(dd_squash_kept(layers, 2, &fk, &n), 0);
	assert_int_equal(n, 5);
	for (size_t i = 0; i < n; i++)
		if (!strcmp(fk[i].kept->path, "etc/x"))
			assert_string_equal(fk[i].kept->data, "sha256:l2");
	free(fk);
	dd_layer_result_free(layers[0]);
	dd_layer_result_free(layers[1]);
}

/* A later layer with many unrelated whiteouts: every lookup is exact, so
 * 30,000 items against 30,000 whiteouts is quick (it was a full scan of the
 * whiteouts per item), and deletions of a file, a parent and an opaque
 * parent still apply at any depth. */
static void test_squash_many_whiteouts(void **state)
{
	(void)state;
	enum { N = 30000 };
	dd_layer_result *l1 = dd_layer_result_new("sha256:l1", NULL), *l2 = dd_layer_result_new("sha256:l2", NULL);
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	assert_true(l1 && l2);
	dd_analysis *a = dd_analysis_new(l1, &opts);
	assert_non_null(a);
	char p[64];
	for (unsigned i = 0; i < N; i++) {
		snprintf(p, sizeof(p), "f/%05u/x", i);
		dd_package pk = { .type = "apk", .name = p, .version = "1", .path = p };
		assert_int_equal(dd_analysis_add_package(a, &pk), 0);
		snprintf(p, sizeof(p), "w/%05u", i);
		assert_int_equal(dd_strv_push(&l2->whiteouts, p), 0);
	}
	dd_analysis_free(a);
	dd_strv_push(&l2->whiteouts, "f/00007/x");   /* the file itself */
	dd_strv_push(&l2->whiteouts, "f/00011");     /* its parent */
	dd_strv_push(&l2->opaque_dirs, "f/00013");   /* an opaque parent */
	dd_strv_push(&l2->opaque_dirs, "f/00017/x"); /* opaque: only what is below goes */
	dd_layer_result_sort_paths(l1);
	dd_layer_result_sort_paths(l2);
	dd_layer_result *layers[2] = { l1, l2 };
	clock_t t0 = clock();
	dd_report *r = calloc(1, sizeof(*r));
	assert_int_equal(dd_squash_into_report(layers, 2, r), 0);
	double spent = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_int_equal(r->n_packages, N - 3);
	for (size_t i = 0; i < r->n_packages; i++) {
		const char *path = r->packages[i].path;
		assert_true(strcmp(path, "f/00007/x") && strcmp(path, "f/00011/x") && strcmp(path, "f/00013/x"));
	}
	assert_true(dd_squash_alive(layers, 2, 0, "f/00017/x"));
	assert_false(dd_squash_alive(layers, 2, 0, "f/00017/x/y"));
	assert_false(dd_squash_alive(layers, 2, 0, "f/00011/x/deep/er/still!/in/archive"));
	assert_true(dd_squash_alive(layers, 2, 0, "f/000111/x"));
	assert_true(dd_squash_alive(layers, 2, 0, "w"));
	assert_false(dd_squash_alive(layers, 2, 0, "w/00001/below"));
	dd_report_free(r);
	dd_layer_result_free(l1);
	dd_layer_result_free(l2);
	/* 7.7 s with the old scan of every whiteout, 0.02 s now */
	assert_true(spent < 2.0);
}

/* ".wh." alone names nothing: at the root it used to white out "", which
 * deleted every lower layer's results (a container sees all of them); aufs
 * bookkeeping names are not deletions either. */
static void test_whiteout_names(void **state)
{
	(void)state;
	uint8_t tar[512 * 8] = { 0 };
	size_t n = 0;
	n += dd_test_tar_entry(tar + n, ".wh.", '0', NULL, 0);
	n += dd_test_tar_entry(tar + n, "a/.wh.", '0', NULL, 0);
	n += dd_test_tar_entry(tar + n, ".wh..wh.plnk", '5', NULL, 0);
	n += dd_test_tar_entry(tar + n, "b/.wh..wh..opq", '0', NULL, 0);
	n += dd_test_tar_entry(tar + n, ".wh..wh..opq", '0', NULL, 0);
	n += dd_test_tar_entry(tar + n, "c/.wh.gone", '0', NULL, 0);
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = no_analyzers, .states = NULL, .keep_globs = keep_etc, .opts = &opts };
	dd_reader *in;
	assert_int_equal(dd_reader_from_memory(&in, tar, sizeof(tar)), 0);
	dd_layer_result *r = dd_layer_result_new("sha256:wh", NULL);
	assert_int_equal(dd_walk_tar(&cfg, in, 0, r), 0);
	dd_reader_close(in);
	dd_layer_result_sort_paths(r);
	assert_int_equal(r->whiteouts.count, 1);
	assert_string_equal(r->whiteouts.items[0], "c/gone");
	assert_int_equal(r->opaque_dirs.count, 2);
	assert_string_equal(r->opaque_dirs.items[0], "");
	assert_string_equal(r->opaque_dirs.items[1], "b");
	dd_layer_result_free(r);
}

static void test_cache_roundtrip(void **state)
{
	(void)state;
	char dir[] = "/tmp/dd-cache-test-XXXXXX";
	assert_non_null(mkdtemp(dir));
	const char *files[] = { "etc/passwd", "usr/lib/x", NULL };
	const char *wh[] = { "tmp/gone", NULL };
	dd_layer_result *a = fake_layer("sha256:aa", files, wh, NULL);
	char key[65];
	dd_cache_key("sha256:diff", "fp1", key);
	assert_int_equal(dd_cache_store(dir, key, a), 0);
	dd_layer_result *b = NULL;
	assert_int_equal(dd_cache_load(dir, key, "sha256:aa", &b), 0);
	assert_non_null(b);
	assert_int_equal(b->n_packages, 2);
	assert_string_equal(b->packages[1].path, "usr/lib/x");
	assert_int_equal(b->n_findings, 2);
	assert_int_equal(b->n_kept, 2);
	assert_string_equal(b->kept[0].data, "sha256:aa");
	assert_int_equal(b->whiteouts.count, 1);
	assert_int_equal(b->n_hashes, 2);
	assert_memory_equal(b->path_hashes, a->path_hashes, 16);
	dd_layer_result_free(b);

	/* a different fingerprint misses */
	char key2[65];
	dd_cache_key("sha256:diff", "fp2", key2);
	assert_int_equal(dd_cache_load(dir, key2, "sha256:aa", &b), 0);
	assert_null(b);

	/* a corrupt entry is discarded, never trusted */
	char path[512];
	snprintf(path, sizeof(path), "%s/layers/%.2s/%s.entry", dir, key, key);
	FILE *fp = fopen(path, "w");
	fputs("DDLC not a cache entry", fp);
	fclose(fp);
	assert_int_equal(dd_cache_load(dir, key, "sha256:aa", &b), 0);
	assert_null(b);
	assert_int_not_equal(access(path, F_OK), 0);
	dd_layer_result_free(a);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trivy_whiteouts),
		cmocka_unit_test(test_squash_rules),
		cmocka_unit_test(test_squash_many_whiteouts),
		cmocka_unit_test(test_whiteout_names),
		cmocka_unit_test(test_cache_roundtrip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
