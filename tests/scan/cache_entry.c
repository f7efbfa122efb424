/* The layer cache's binary entries (cache.c): a layer result round-trips
 * exactly, bytes that are not UTF-8 included (a JSON entry lost them);
 * every truncation, a longer file, bit flips and entries of the older JSON
 * formats are misses (the entry is deleted and the layer read again). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/model.h"
#include "scan/cache.h"
#include "scan/layer_result.h"
#include "scan/squash.h"
#include "testutil.h"

static dd_layer_result *sample(size_t n_paths)
{
	dd_layer_result *a = dd_layer_result_new("sha256:aa", "sha256:diff");
	char p[64];
	for (size_t i = 0; i < n_paths; i++) {
		snprintf(p, sizeof(p), "usr/lib/file%zu", i);
		assert_int_equal(dd_layer_result_add_path(a, p), 0);
	}
	dd_layer_result_sort_paths(a);
	a->entries = 123456789012ull;
	a->bytes = 5ull << 32;
	a->packages = calloc(2, sizeof(dd_package));
	a->cap_packages = a->n_packages = 2;
	a->packages[0] = (dd_package){ .type = strdup("deb"), .name = strdup("libc6"), .version = strdup("2.36-9+deb12u4"),
		.source_name = strdup("glibc"), .path = strdup("var/lib/dpkg/status"), .layer = strdup("sha256:aa") };
	a->packages[1] = (dd_package){ .type = strdup("npm"), .name = strdup("caf\xe9"), .version = strdup("1.0.0"),
		.path = strdup("srv/\xff\xfe/package.json"), .licenses = strdup("MIT"), .dev = true };
	a->findings = calloc(1, sizeof(dd_finding));
	a->cap_findings = a->n_findings = 1;
	dd_finding *f = &a->findings[0];
	dd_finding_init(f);
	f->cls = DD_CLASS_SECRET;
	f->id = strdup("aws-access-key-id");
	f->severity = DD_SEV_CRITICAL;
	f->severity_source = strdup("rule");
	f->title = strdup("AWS access key ID");
	f->remediation = strdup("Rotate it.");
	f->path = strdup("srv/conf\xff.env");
	f->line = 7;
	f->match = strdup("AKIA****");
	f->history_index = -1;
	assert_int_equal(dd_strv_push(&f->aliases, "CIS-DI-0010"), 0);
	assert_int_equal(dd_strv_push(&f->references, "https://example.com/x"), 0);
	dd_file kf = { .path = "etc/passwd", .mode = 0100644, .uid = 0, .gid = 0 };
	assert_int_equal(dd_layer_result_keep(a, &kf, "root:x:0:0::/root:/bin/sh\n\0tail", 31, false), 0);
	dd_file sf = { .path = "usr/bin/su", .mode = 0104755, .uid = 0, .gid = 0 };
	assert_int_equal(dd_layer_result_keep(a, &sf, NULL, 0, true), 0);
	assert_int_equal(dd_strv_push(&a->whiteouts, "etc/old.conf"), 0);
	assert_int_equal(dd_strv_push(&a->opaque_dirs, "var/cache"), 0);
	assert_int_equal(dd_strv_push(&a->notes, "a note"), 0);
	/* the links and directories the squash resolves through */
	assert_int_equal(dd_layer_result_add_symlink(a, "lib/apk/db/installed", "../../../tmp/x"), 0);
	assert_int_equal(dd_layer_result_add_hardlink(a, 7, 9), 0);
	assert_int_equal(dd_layer_result_add_hardlink(a, 3, 9), 0);
	assert_int_equal(dd_layer_result_add_dir(a, dd_path_hash("lib/apk"), false), 0);
	assert_int_equal(dd_layer_result_add_dir(a, dd_path_hash("lib"), true), 0);
	dd_layer_result_sort_paths(a);
	return a;
}

static void same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_true(a == b);
	else
		assert_string_equal(a, b);
}

static void same(const dd_layer_result *a, const dd_layer_result *b)
{
	same_str(a->diff_id, b->diff_id);
	assert_true(a->entries == b->entries && a->bytes == b->bytes);
	assert_int_equal(a->n_packages, b->n_packages);
	for (size_t i = 0; i < a->n_packages; i++) {
		const dd_package *x = &a->packages[i], *y = &b->packages[i];
		same_str(x->type, y->type); same_str(x->name, y->name); same_str(x->version, y->version);
		same_str(x->source_name, y->source_name); same_str(x->source_version, y->source_version);
		same_str(x->arch, y->arch); same_str(x->purl, y->purl); same_str(x->path, y->path);
		same_str(x->layer, y->layer); same_str(x->licenses, y->licenses);
		assert_true(x->dev == y->dev);
	}
	assert_int_equal(a->n_findings, b->n_findings);
	for (size_t i = 0; i < a->n_findings; i++) {
		const dd_finding *x = &a->findings[i], *y = &b->findings[i];
		assert_true(x->cls == y->cls && x->severity == y->severity && x->line == y->line &&
			x->history_index == y->history_index);
		same_str(x->id, y->id); same_str(x->severity_source, y->severity_source); same_str(x->title, y->title);
		same_str(x->description, y->description); same_str(x->remediation, y->remediation);
		same_str(x->path, y->path); same_str(x->match, y->match); same_str(x->layer, y->layer);
		assert_int_equal(x->aliases.count, y->aliases.count);
		assert_int_equal(x->references.count, y->references.count);
		for (size_t k = 0; k < x->aliases.count; k++)
			assert_string_equal(x->aliases.items[k], y->aliases.items[k]);
		for (size_t k = 0; k < x->references.count; k++)
			assert_string_equal(x->references.items[k], y->references.items[k]);
	}
	assert_int_equal(a->n_kept, b->n_kept);
	for (size_t i = 0; i < a->n_kept; i++) {
		const dd_kept *x = &a->kept[i], *y = &b->kept[i];
		assert_string_equal(x->path, y->path);
		assert_int_equal(x->len, y->len);
		if (x->len)
			assert_memory_equal(x->data, y->data, x->len);
		assert_true(x->mode == y->mode && x->uid == y->uid && x->gid == y->gid && x->special_only == y->special_only);
	}
	const dd_strv *va[] = { &a->whiteouts, &a->opaque_dirs, &a->notes }, *vb[] = { &b->whiteouts, &b->opaque_dirs, &b->notes };
	for (size_t v = 0; v < 3; v++) {
		assert_int_equal(va[v]->count, vb[v]->count);
		for (size_t k = 0; k < va[v]->count; k++)
			assert_string_equal(va[v]->items[k], vb[v]->items[k]);
	}
	assert_int_equal(a->n_symlinks, b->n_symlinks);
	for (size_t i = 0; i < a->n_symlinks; i++) {
		same_str(a->symlinks[i].path, b->symlinks[i].path);
		same_str(a->symlinks[i].target, b->symlinks[i].target);
	}
	assert_int_equal(a->n_hardlinks, b->n_hardlinks);
	if (a->n_hardlinks)
		assert_memory_equal(a->hardlinks, b->hardlinks, a->n_hardlinks * sizeof(dd_hardlink));
	assert_int_equal(a->n_dirs, b->n_dirs);
	if (a->n_dirs)
		assert_memory_equal(a->dir_hashes, b->dir_hashes, a->n_dirs * 8);
	assert_int_equal(a->n_hashes, b->n_hashes);
	if (a->n_hashes)
		assert_memory_equal(a->path_hashes, b->path_hashes, a->n_hashes * 8);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	fseek(fp, 0, SEEK_END);
	*len = (size_t)ftell(fp);
	rewind(fp);
	char *b = malloc(*len + 1);
	assert_int_equal(fread(b, 1, *len, fp), *len);
	fclose(fp);
	return b;
}

typedef struct fixture {
	char dir[64], key[65], path[512];
} fixture;

static void setup_dir(fixture *fx)
{
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/dd-cache-entry-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	dd_cache_key("sha256:diff", "fp", fx->key);
	snprintf(fx->path, sizeof(fx->path), "%s/layers/%.2s/%s.entry", fx->dir, fx->key, fx->key);
}

static void remove_dir(fixture *fx)
{
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", fx->dir);
	assert_int_equal(system(cmd), 0);
}

static void test_round_trip(void **state)
{
	(void)state;
	fixture fx;
	setup_dir(&fx);
	size_t sizes[] = { 0, 1, 50000 };
	for (size_t s = 0; s < 3; s++) {
		dd_layer_result *a = sample(sizes[s]);
		assert_int_equal(dd_cache_store(fx.dir, fx.key, a), 0);
		dd_layer_result *b = NULL;
		assert_int_equal(dd_cache_load(fx.dir, fx.key, "sha256:aa", &b), 0);
		assert_non_null(b);
		same(a, b);
		dd_layer_result_free(b);
		dd_layer_result_free(a);
	}
	remove_dir(&fx);
}

/* Every prefix of an entry, a longer one, and each byte flipped: a miss or
 * an entry that parses, never a crash (ASan) or a partial result. */
static void test_damage(void **state)
{
	(void)state;
	fixture fx;
	setup_dir(&fx);
	dd_layer_result *a = sample(100);
	assert_int_equal(dd_cache_store(fx.dir, fx.key, a), 0);
	size_t len = 0;
	char *entry = read_file(fx.path, &len);
	dd_layer_result *b = NULL;
	for (size_t n = 0; n < len; n++) {
		assert_int_equal(dd_cache_parse(entry, n, "sha256:aa", &b), DD_EFORMAT);
		assert_null(b);
	}
	char *longer = malloc(len + 3);
	memcpy(longer, entry, len);
	memset(longer + len, 0, 3);
	assert_int_equal(dd_cache_parse(longer, len + 3, "sha256:aa", &b), DD_EFORMAT);
	free(longer);
	for (size_t i = 0; i < len; i++) {
		for (int bit = 0; bit < 8; bit += 3) {
			entry[i] ^= (char)(1 << bit);
			if (dd_cache_parse(entry, len, "sha256:aa", &b) == 0)
				dd_layer_result_free(b);
			entry[i] ^= (char)(1 << bit);
		}
	}
	assert_int_equal(dd_cache_parse(entry, len, "sha256:aa", &b), 0);
	same(a, b);
	dd_layer_result_free(b);
	/* a hash count whose size in bytes wraps around (found by fuzz/cache_entry.c) */
	unsigned char wrap[8 + 4 + 4 + 16 + 4 * 9 + 8] = "DDLAYER";
	wrap[8] = 4;
	memset(wrap + 12, 0xff, 4);                       /* diff_id: NULL */
	memset(wrap + sizeof(wrap) - 8, 0, 8);
	wrap[sizeof(wrap) - 1] = 0x20;                    /* n_hashes = 2^61: 2^64 bytes */
	assert_int_equal(dd_cache_parse(wrap, sizeof(wrap), "sha256:aa", &b), DD_EFORMAT);
	assert_null(b);
	wrap[sizeof(wrap) - 1] = 0;                       /* and the same with no hashes parses */
	assert_int_equal(dd_cache_parse(wrap, sizeof(wrap), "sha256:aa", &b), 0);
	dd_layer_result_free(b);
	/* on disk: a damaged entry is deleted */
	assert_int_equal(truncate(fx.path, (off_t)len - 8), 0);   /* one hash short */
	assert_int_equal(dd_cache_load(fx.dir, fx.key, "sha256:aa", &b), 0);
	assert_null(b);
	assert_int_not_equal(access(fx.path, F_OK), 0);
	free(entry);
	dd_layer_result_free(a);
	remove_dir(&fx);
}

/* Entries of the JSON formats (1, 2) are not trusted. */
static void test_old_formats(void **state)
{
	(void)state;
	fixture fx;
	setup_dir(&fx);
	dd_layer_result *a = sample(0);
	assert_int_equal(dd_cache_store(fx.dir, fx.key, a), 0);   /* makes the directories */
	dd_layer_result_free(a);
	FILE *fp = fopen(fx.path, "w");
	fputs("{\"format\":2,\"diff_id\":\"sha256:diff\",\"packages\":[],\"findings\":[],\"kept\":[],\"whiteouts\":[],"
	      "\"opaque_dirs\":[],\"notes\":[],\"n_hashes\":0,\"entries\":0,\"bytes\":0}", fp);
	fputc(0, fp);
	fclose(fp);
	dd_layer_result *b = NULL;
	assert_int_equal(dd_cache_load(fx.dir, fx.key, "sha256:aa", &b), 0);
	assert_null(b);
	assert_int_not_equal(access(fx.path, F_OK), 0);
	remove_dir(&fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damage),
		cmocka_unit_test(test_old_formats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
