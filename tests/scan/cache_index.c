/* The layer cache keeps a layer's path index as raw words after the JSON
 * (cache.c): an entry whose trailer does not match its n_hashes, or an
 * entry of the older all-JSON format, is dropped and the layer read again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scan/cache.h"
#include "scan/layer_result.h"
#include "scan/squash.h"
#include "testutil.h"

static void store(const char *dir, const char *key, size_t n)
{
	dd_layer_result *a = dd_layer_result_new("sha256:aa", "sha256:diff");
	char p[64];
	for (size_t i = 0; i < n; i++) {
		snprintf(p, sizeof(p), "usr/lib/file%zu", i);
		assert_int_equal(dd_layer_result_add_path(a, p), 0);
	}
	dd_layer_result_sort_paths(a);
	assert_int_equal(dd_cache_store(dir, key, a), 0);
	dd_layer_result *b = NULL;
	assert_int_equal(dd_cache_load(dir, key, "sha256:aa", &b), 0);
	assert_non_null(b);
	assert_int_equal(b->n_hashes, a->n_hashes);
	assert_memory_equal(b->path_hashes, a->path_hashes, n * 8);
	dd_layer_result_free(b);
	dd_layer_result_free(a);
}

static void damaged(const char *dir, const char *key, const char *path, long size)
{
	assert_int_equal(truncate(path, size), 0);
	dd_layer_result *b = NULL;
	assert_int_equal(dd_cache_load(dir, key, "sha256:aa", &b), 0);
	assert_null(b);
	assert_int_not_equal(access(path, F_OK), 0);
}

static void test_trailer(void **state)
{
	(void)state;
	char dir[] = "/tmp/dd-cache-index-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char key[65], path[512];
	dd_cache_key("sha256:diff", "fp", key);
	snprintf(path, sizeof(path), "%s/layers/%.2s/%s.json", dir, key, key);
	store(dir, key, 50000);
	FILE *fp = fopen(path, "rb");
	fseek(fp, 0, SEEK_END);
	long size = ftell(fp);
	fclose(fp);
	damaged(dir, key, path, size - 8);       /* one hash short */
	store(dir, key, 50000);
	damaged(dir, key, path, size + 3);       /* extra bytes */
	store(dir, key, 50000);
	damaged(dir, key, path, size - 50000 * 8 - 1); /* no NUL, no trailer */
	store(dir, key, 0);                      /* an empty index round-trips */
	/* the format-1 entry (index as a base64 string) is not trusted */
	fp = fopen(path, "w");
	fputs("{\"format\":1,\"diff_id\":\"sha256:diff\",\"packages\":[],\"findings\":[],\"kept\":[],\"whiteouts\":[],"
	      "\"opaque_dirs\":[],\"notes\":[],\"path_hashes\":\"\",\"n_hashes\":0}", fp);
	fclose(fp);
	dd_layer_result *b = NULL;
	assert_int_equal(dd_cache_load(dir, key, "sha256:aa", &b), 0);
	assert_null(b);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trailer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
