/*
 * The scale-out members (store.h, issue 17) as one process sees them:
 * SQLite's (store_sqlite_scale.c) say that this process is the leader,
 * holds every scan key, never loses a lease and finds none expired, so
 * the runner and scheduler behave as they did before scale-out. A running
 * item renewed is still this process's: its end is recorded.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "store_fixture.h"

static void one_process(void **state)
{
	(void)state;
	dd_store *s = open_store();
	bool leader = false, got = false;
	size_t lost = 9, requeued = 9;
	assert_int_equal(s->be->leader_try(s, "scheduler", &leader), 0);
	assert_true(leader);
	leader = false;
	assert_int_equal(s->be->leader_try(s, "scheduler", &leader), 0);   /* asked every pass: still held */
	assert_true(leader);
	assert_int_equal(s->be->key_lock(s, "sha256:aa|ff|0123456789abcdef", &got), 0);
	assert_true(got);
	assert_int_equal(s->be->key_unlock(s, "sha256:aa|ff|0123456789abcdef"), 0);

	json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", "r", "repository", "a/b", "tag", "1");
	int64_t task = 0;
	dd_store_item it;
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, items, 0, &task), 0);
	json_decref(items);
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_int_equal(s->be->lease_renew(s, &lost), 0);
	assert_int_equal(lost, 0);
	assert_int_equal(s->be->lease_expire(s, &requeued), 0);
	assert_int_equal(requeued, 0);   /* a live process's item stays its own */
	assert_int_equal(s->be->item_finish(s, it.id, DD_STATE_SUCCEEDED, "sha256:aa", 0, NULL), 0);
	char st[32];
	assert_int_equal(s->be->task_state(s, task, st, sizeof(st)), 0);
	assert_string_equal(st, DD_STATE_SUCCEEDED);
	dd_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(one_process, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
