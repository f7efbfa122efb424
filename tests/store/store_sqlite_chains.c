/*
 * The SQLite store's delivery chains (src/store/store_sqlite_chains.c):
 * a chain is created once (a taken name is DD_EINVAL), read back as
 * stored with its times, changed (an unknown one is DD_ENOTFOUND), listed
 * by name in pages, deleted; a chain run's step is recorded once however
 * often it is done again, per (chain, item, digest, step), and is still
 * there after a close and reopen (what a run after a kill -9 reads); a
 * chain run is a task of kind chain created once per (chain, item,
 * digest) whose step items are claimed in order, one at a time, before
 * any queued scan, and survive a reopen (recover requeues a running step).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "store_fixture.h"
#include "testutil.h"

static json_t *chain(const char *name, int critical)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:{s:i},s:{s:b,s:s},s:{},s:b}", "name", name, "registry", "local", "repository",
		"staging/*", "tag_regex", ".*", "block_if", "critical", critical, "on_block", "delete", 1, "backup_to",
		"quarantine", "on_pass", "auto_fix", 0);
}

static void chains_crud(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *a = chain("a", 1), *b = chain("b", 2), *got = NULL, *list = NULL;
	assert_int_equal(s->be->chain_put(s, a, true), 0);
	assert_int_equal(s->be->chain_put(s, b, true), 0);
	assert_int_equal(s->be->chain_put(s, a, true), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "exists already"));
	assert_int_equal(s->be->chain_get(s, "a", &got), 0);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(got, "block_if"), "critical")), 1);
	assert_string_equal(json_string_value(json_object_get(json_object_get(got, "on_block"), "backup_to")), "quarantine");
	assert_true(json_is_string(json_object_get(got, "created_at")));
	json_decref(got);
	json_t *a2 = chain("a", 7);
	assert_int_equal(s->be->chain_put(s, a2, false), 0);
	assert_int_equal(s->be->chain_get(s, "a", &got), 0);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(got, "block_if"), "critical")), 7);
	json_decref(got);
	json_t *c = chain("c", 1);
	assert_int_equal(s->be->chain_put(s, c, false), DD_ENOTFOUND);
	assert_int_equal(s->be->chain_list(s, NULL, 1, &list), 0);
	assert_int_equal(json_array_size(list), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "name")), "a");
	json_decref(list);
	assert_int_equal(s->be->chain_list(s, "a", 10, &list), 0);
	assert_int_equal(json_array_size(list), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "name")), "b");
	json_decref(list);
	assert_int_equal(s->be->chain_delete(s, "a"), 0);
	assert_int_equal(s->be->chain_delete(s, "a"), DD_ENOTFOUND);
	assert_int_equal(s->be->chain_get(s, "a", &got), DD_ENOTFOUND);
	json_decref(a);
	json_decref(a2);
	json_decref(b);
	json_decref(c);
	dd_store_close(s);
}

static void steps_once_and_durable(void **state)
{
	(void)state;
	dd_store *s = open_store();
	const char *d = "sha256:0000000000000000000000000000000000000000000000000000000000000001";
	json_t *row = NULL;
	bool added = false;
	assert_int_equal(s->be->chain_step_get(s, "a", 5, d, "backup", &row), DD_ENOTFOUND);
	assert_int_equal(s->be->chain_step_done(s, "a", 5, d, "backup", "quarantine/app:1", &added), 0);
	assert_true(added);
	assert_int_equal(s->be->chain_step_done(s, "a", 5, d, "backup", "again", &added), 0);
	assert_false(added);
	/* another item, chain or step is another record */
	assert_int_equal(s->be->chain_step_done(s, "a", 6, d, "backup", "x", &added), 0);
	assert_true(added);
	assert_int_equal(s->be->chain_step_done(s, "*", 0, d, "auto_fix", "fix", &added), 0);
	assert_true(added);
	dd_store_close(s);
	s = open_store();
	assert_int_equal(s->be->chain_step_get(s, "a", 5, d, "backup", &row), 0);
	assert_string_equal(json_string_value(json_object_get(row, "detail")), "quarantine/app:1");
	json_decref(row);
	assert_int_equal(s->be->chain_step_get(s, "a", 5, d, "delete", &row), DD_ENOTFOUND);
	assert_int_equal(s->be->chain_step_done(s, "*", 0, d, "auto_fix", "fix", &added), 0);
	assert_false(added);
	dd_store_close(s);
}

static json_t *a_run(const char *chain, int64_t item)
{
	return json_pack("{s:s,s:I,s:s,s:I,s:I,s:s,s:s,s:s,s:s,s:s,s:[sss]}", "chain", chain, "item", (json_int_t)item,
		"digest", "sha256:0000000000000000000000000000000000000000000000000000000000000002", "scan_task", (json_int_t)1,
		"scan", (json_int_t)0, "registry", "local", "repository", "staging/app", "tag", "1", "doc", "{\"name\":\"a\"}",
		"verdict", "{\"why\":\"critical 1 >= 1\"}", "steps", "block", "backup", "delete");
}

static void runs_are_ordered_tasks(void **state)
{
	(void)state;
	/* PostgreSQL's recover requeues only what no live process holds: the
	 * dead process's leases must run out first (a short lease, yet long
	 * enough for the claims and finishes before the "kill -9") */
	if (store_is_pg())
		setenv("DRYDOCK_STORE_LEASE_MS", "500", 1);
	dd_store *s = open_store();
	json_t *scan_items = json_pack("[{s:s,s:s,s:s}]", "registry", "local", "repository", "other", "tag", "1");
	json_t *run = a_run("a", 7), *row = NULL, *task = NULL;
	int64_t scan_task = 0, t = 0, t2 = 0;
	bool fresh = false;
	size_t requeued = 0;
	dd_store_item it, it2;
	/* a scan queued first: the steps still come before it */
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, scan_items, 0, &scan_task), 0);
	assert_int_equal(s->be->chain_run_create(s, run, 0, &t, &fresh), 0);
	assert_true(fresh);
	assert_int_equal(s->be->chain_run_create(s, run, 0, &t2, &fresh), 0);
	assert_false(fresh);
	assert_int_equal(t2, t);
	assert_int_equal(s->be->task_get(s, t, 0, 10, &task), 0);
	assert_string_equal(json_string_value(json_object_get(task, "kind")), "chain");
	assert_string_equal(json_string_value(json_object_get(task, "chain")), "a");
	assert_int_equal(json_integer_value(json_object_get(task, "scan_task")), 1);
	assert_string_equal(json_string_value(json_object_get(task, "image")),
		"local/staging/app:1@sha256:0000000000000000000000000000000000000000000000000000000000000002");
	assert_int_equal(json_array_size(json_object_get(task, "items")), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(task, "items"), 2), "step")),
		"delete");
	json_decref(task);
	assert_int_equal(s->be->chain_run_get(s, t, &row), 0);
	assert_int_equal(json_integer_value(json_object_get(row, "item")), 7);
	assert_string_equal(json_string_value(json_object_get(row, "verdict")), "{\"why\":\"critical 1 >= 1\"}");
	json_decref(row);
	assert_int_equal(s->be->chain_run_get(s, scan_task, &row), DD_ENOTFOUND);
	/* the first step; while it runs, the next step waits and the scan is taken */
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_int_equal(it.task, t);
	assert_string_equal(it.kind, "chain");
	assert_string_equal(it.step, "block");
	assert_string_equal(it.digest, "sha256:0000000000000000000000000000000000000000000000000000000000000002");
	assert_int_equal(s->be->item_claim(s, &it2), 0);
	assert_int_equal(it2.task, scan_task);
	assert_string_equal(it2.step, "");
	assert_int_equal(s->be->item_claim(s, &it2), DD_ITEROVER);
	assert_int_equal(s->be->item_finish(s, it.id, DD_STATE_SUCCEEDED, NULL, 0, NULL), 0);
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_string_equal(it.step, "backup");
	/* a kill -9 now: the running step is queued again, the finished one stays */
	dd_store_close(s);
	s = open_store();
	if (store_is_pg())
		usleep(600 * 1000);   /* the dead handle's leases run out */
	assert_int_equal(s->be->recover(s, &requeued), 0);
	assert_int_equal(requeued, 2);
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_string_equal(it.step, "backup");
	assert_int_equal(it.attempts, 2);
	/* the image's status ignores step items */
	assert_int_equal(s->be->image_get(s, "local", "staging/app", "1", &row), DD_ENOTFOUND);
	/* a bad run is refused */
	json_object_set_new(run, "steps", json_array());
	assert_int_equal(s->be->chain_run_create(s, run, 0, &t2, &fresh), DD_EINVAL);
	json_decref(run);
	json_decref(scan_items);
	dd_store_close(s);
	unsetenv("DRYDOCK_STORE_LEASE_MS");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(chains_crud, setup, teardown),
		cmocka_unit_test_setup_teardown(steps_once_and_durable, setup, teardown),
		cmocka_unit_test_setup_teardown(runs_are_ordered_tasks, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
