/*
 * The SQLite store's delivery chains (src/store/store_sqlite_chains.c):
 * a chain is created once (a taken name is DD_EINVAL), read back as
 * stored with its times, changed (an unknown one is DD_ENOTFOUND), listed
 * by name in pages, deleted; a chain run's step is recorded once however
 * often it is done again, per (chain, item, digest, step), and is still
 * there after a close and reopen (what a run after a kill -9 reads).
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(chains_crud, setup, teardown),
		cmocka_unit_test_setup_teardown(steps_once_and_durable, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
