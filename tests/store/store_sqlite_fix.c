/*
 * The SQLite store's fix and re-evaluation part (src/store/store_sqlite_fix.c):
 * a fix task and its request made together, the claimed item carrying its
 * task's kind, a fix's item not taken for a scan of the image, the result
 * and fixed tag stored and served back as JSON, the stored images a rescan
 * lists (with their scan's DB) and the images of one scan, and findings
 * changes recorded and paged per image.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "store_fixture.h"
#include "testutil.h"

static void fix_task_and_result(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *req = json_pack("{s:s,s:s,s:s,s:[s],s:b}", "registry", "local", "repository", "team/app", "tag", "1.2",
		"ids", "CVE-2024-58251", "overwrite", 1);
	int64_t id = 0;
	assert_int_equal(s->be->fix_submit(s, req, 0, &id), 0);
	json_decref(req);
	assert_true(id > 0);

	/* the worker sees the kind; the image's status does not count the fix item */
	dd_store_item it;
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_int_equal(it.task, id);
	assert_string_equal(it.kind, "fix");
	assert_string_equal(it.tag, "1.2");
	json_t *img = NULL;
	assert_int_equal(s->be->image_get(s, "local", "team/app", "1.2", &img), DD_ENOTFOUND);

	json_t *f = NULL;
	char tag[160];
	assert_int_equal(s->be->fix_get(s, id, &f), 0);
	assert_true(json_is_true(json_object_get(f, "overwrite")));
	assert_string_equal(json_string_value(json_array_get(json_object_get(f, "ids"), 0)), "CVE-2024-58251");
	assert_null(json_object_get(f, "result"));
	json_decref(f);
	assert_int_equal(s->be->fix_tag(s, "local", "team/app", "1.2", tag, sizeof(tag)), DD_ENOTFOUND);

	json_t *result = json_pack("{s:s,s:[{s:s}]}", "schema", "drydock.fix/v1", "upgrades", "name", "busybox");
	assert_int_equal(s->be->fix_finish(s, id, "1.2", 7, result), 0);
	assert_int_equal(s->be->fix_finish(s, id + 100, "x", 0, result), DD_ENOTFOUND);
	json_decref(result);
	assert_int_equal(s->be->fix_get(s, id, &f), 0);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(json_object_get(f, "result"),
		"upgrades"), 0), "name")), "busybox");
	assert_int_equal(json_integer_value(json_object_get(f, "scan_task")), 7);
	json_decref(f);
	assert_int_equal(s->be->fix_tag(s, "local", "team/app", "1.2", tag, sizeof(tag)), 0);
	assert_string_equal(tag, "1.2");

	/* a failed fix later does not hide the tag the last good one wrote;
	 * a fix without ids keeps them null */
	req = json_pack("{s:s,s:s,s:s,s:n,s:b}", "registry", "local", "repository", "team/app", "tag", "1.2", "ids",
		"overwrite", 0);
	int64_t id2 = 0;
	assert_int_equal(s->be->fix_submit(s, req, 0, &id2), 0);
	json_decref(req);
	assert_int_equal(s->be->fix_finish(s, id2, NULL, 0, NULL), 0);
	assert_int_equal(s->be->fix_get(s, id2, &f), 0);
	assert_null(json_object_get(f, "ids"));
	assert_false(json_is_true(json_object_get(f, "overwrite")));
	json_decref(f);
	assert_int_equal(s->be->fix_tag(s, "local", "team/app", "1.2", tag, sizeof(tag)), 0);
	assert_string_equal(tag, "1.2");

	/* another kind of task is no fix */
	json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", "local", "repository", "team/app", "tag", "2");
	int64_t scan_task = 0;
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, items, 0, &scan_task), 0);
	json_decref(items);
	assert_int_equal(s->be->fix_get(s, scan_task, &f), DD_ENOTFOUND);
	dd_store_close(s);
}

static void put_scan(dd_store *s, const char *key, const char *built, int64_t *id)
{
	dd_store_scan sc;
	memset(&sc, 0, sizeof(sc));
	snprintf(sc.key, sizeof(sc.key), "%s", key);
	snprintf(sc.digest, sizeof(sc.digest), "%.*s", (int)strcspn(key, "|"), key);
	snprintf(sc.scanned_at, sizeof(sc.scanned_at), "2026-12-07T00:00:00Z");
	snprintf(sc.db_built_at, sizeof(sc.db_built_at), "%s", built);
	sc.scanners = 1;
	sc.complete = true;
	sc.report = (char *)"{}";
	sc.report_len = 2;
	sc.summary = (char *)"{}";
	assert_int_equal(s->be->scan_put(s, &sc, id), 0);
}

static void scanned_images_and_changes(void **state)
{
	(void)state;
	dd_store *s = open_store();
	int64_t a = 0, b = 0;
	put_scan(s, "sha256:a|1|f", "2026-12-01T00:00:00Z", &a);
	put_scan(s, "sha256:b|1|f", "2026-12-02T00:00:00Z", &b);
	assert_int_equal(s->be->image_put(s, "r", "lib/x", "1", "sha256:a", NULL, a), 0);
	assert_int_equal(s->be->image_put(s, "r", "lib/y", "1", "sha256:a", NULL, a), 0);
	assert_int_equal(s->be->image_put(s, "r", "lib/z", "1", "sha256:b", NULL, b), 0);
	assert_int_equal(s->be->image_put(s, "r", "lib/none", "1", "sha256:c", NULL, 0), 0);   /* never scanned */
	json_t *l = NULL;
	assert_int_equal(s->be->image_scanned_list(s, 0, 2, &l), 0);
	assert_int_equal(json_array_size(l), 2);
	int64_t after = json_integer_value(json_object_get(json_array_get(l, 1), "id"));
	assert_string_equal(json_string_value(json_object_get(json_array_get(l, 0), "db_built_at")), "2026-12-01T00:00:00Z");
	json_decref(l);
	assert_int_equal(s->be->image_scanned_list(s, after, 2, &l), 0);
	assert_int_equal(json_array_size(l), 1);   /* lib/none has no scan */
	assert_string_equal(json_string_value(json_object_get(json_array_get(l, 0), "repository")), "lib/z");
	assert_int_equal(json_integer_value(json_object_get(json_array_get(l, 0), "scanners")), 1);
	json_decref(l);
	assert_int_equal(s->be->image_by_scan(s, a, &l), 0);
	assert_int_equal(json_array_size(l), 2);
	json_decref(l);

	for (int i = 0; i < 3; i++) {
		json_t *c = json_pack("{s:s,s:s,s:s,s:s,s:i,s:s,s:[s],s:[]}", "registry", "r", "repository", i == 2 ? "lib/y" : "lib/x",
			"tag", "1", "digest", "sha256:a", "task", 4 + i, "db_built_at", "2026-12-03T00:00:00Z", "added", "CVE-1", "removed");
		assert_int_equal(s->be->change_add(s, c), 0);
		json_decref(c);
	}
	assert_int_equal(s->be->change_list(s, "r", "lib/x", "1", 0, 1, &l), 0);
	assert_int_equal(json_array_size(l), 1);
	json_t *c0 = json_array_get(l, 0);
	assert_string_equal(json_string_value(json_array_get(json_object_get(c0, "added"), 0)), "CVE-1");
	assert_true(json_is_array(json_object_get(c0, "removed")));
	assert_int_equal(json_integer_value(json_object_get(c0, "task")), 4);
	assert_non_null(json_object_get(c0, "at"));
	after = json_integer_value(json_object_get(c0, "id"));
	json_decref(l);
	assert_int_equal(s->be->change_list(s, "r", "lib/x", "1", after, 10, &l), 0);
	assert_int_equal(json_array_size(l), 1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(l, 0), "task")), 5);
	json_decref(l);
	assert_int_equal(s->be->change_list(s, "r", "lib/z", "1", 0, 10, &l), 0);
	assert_int_equal(json_array_size(l), 0);
	json_decref(l);
	dd_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(fix_task_and_result, setup, teardown),
		cmocka_unit_test_setup_teardown(scanned_images_and_changes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
