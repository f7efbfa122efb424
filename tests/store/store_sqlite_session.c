/*
 * Console sessions in the SQLite store (src/store/store_sqlite_session.c):
 * a session carries its token's role and name and survives a reopen;
 * expiry holds at the exact second; delete ends it; a session of an
 * unknown token is refused; the table stays at the cap, the session that
 * ends first going first; last_seen moves at most once a minute. Tokens
 * are listed with their live sessions and revoked with them
 * (store_sqlite_token.c; the @pg copy runs the PostgreSQL twins).
 */
#include <string.h>

#include "store_fixture.h"

static const char *H1 = "1111111111111111111111111111111111111111111111111111111111111111";
static const char *H2 = "2222222222222222222222222222222222222222222222222222222222222222";

static void test_put_get_expire_delete(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *row = NULL;
	assert_int_equal(s->be->token_add(s, "alice", "read", "tokhash-a"), 0);
	assert_int_equal(s->be->session_put(s, H1, "tokhash-nope", 1000, 2000, 10), DD_ENOTFOUND);
	assert_int_equal(s->be->session_put(s, H1, "tokhash-a", 1000, 2000, 10), 0);
	assert_int_equal(s->be->session_get(s, H1, 1000, &row), 0);
	assert_string_equal(json_string_value(json_object_get(row, "role")), "read");
	assert_string_equal(json_string_value(json_object_get(row, "name")), "alice");
	assert_int_equal(json_integer_value(json_object_get(row, "expires")), 2000);
	json_decref(row);
	assert_int_equal(s->be->session_get(s, H2, 1000, &row), DD_ENOTFOUND);
	assert_null(row);
	/* last_seen: unchanged within the minute, moved after it */
	assert_int_equal(s->be->session_get(s, H1, 1059, &row), 0);
	assert_int_equal(json_integer_value(json_object_get(row, "last_seen")), 1000);
	json_decref(row);
	assert_int_equal(s->be->session_get(s, H1, 1060, &row), 0);
	json_decref(row);
	dd_store_close(s);
	/* a reopen (a restart) keeps it, with the moved last_seen */
	s = open_store();
	assert_int_equal(s->be->session_get(s, H1, 1061, &row), 0);
	assert_int_equal(json_integer_value(json_object_get(row, "last_seen")), 1060);
	json_decref(row);
	/* expiry holds: live at 1999, gone at 2000 */
	assert_int_equal(s->be->session_get(s, H1, 1999, &row), 0);
	json_decref(row);
	assert_int_equal(s->be->session_get(s, H1, 2000, &row), DD_ENOTFOUND);
	assert_int_equal(s->be->session_delete(s, H1), 0);
	assert_int_equal(s->be->session_get(s, H1, 1500, &row), DD_ENOTFOUND);
	assert_int_equal(s->be->session_delete(s, H1), 0);   /* unknown: nothing */
	dd_store_close(s);
}

static void test_bounded(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *row = NULL;
	char h[8][65];
	assert_int_equal(s->be->token_add(s, "admin", "admin", "tokhash-b"), 0);
	/* 5 sessions at a cap of 3, each ending later than the one before but the third */
	static const int64_t ends[5] = { 5000, 6000, 4000, 7000, 8000 };
	for (int i = 0; i < 5; i++) {
		memset(h[i], 'a' + i, 64);
		h[i][64] = '\0';
		assert_int_equal(s->be->session_put(s, h[i], "tokhash-b", 1000 + i, ends[i], 3), 0);
	}
	/* the 4th evicted the one ending at 4000, the 5th the one at 5000 */
	int live[5];
	for (int i = 0; i < 5; i++) {
		live[i] = s->be->session_get(s, h[i], 1010, &row) == 0;
		json_decref(row);
		row = NULL;
	}
	assert_false(live[0]);
	assert_true(live[1]);
	assert_false(live[2]);
	assert_true(live[3]);
	assert_true(live[4]);
	/* expired sessions go first: at 6500 the one ending at 6000 is dead and
	 * makes room, so the 7000 and 8000 ones stay */
	memset(h[5], 'f', 64);
	h[5][64] = '\0';
	assert_int_equal(s->be->session_put(s, h[5], "tokhash-b", 6500, 9000, 3), 0);
	assert_int_equal(s->be->session_get(s, h[3], 6500, &row), 0);
	json_decref(row);
	assert_int_equal(s->be->session_get(s, h[4], 6500, &row), 0);
	json_decref(row);
	dd_store_close(s);
}

/* token_list counts live sessions only; token_revoke takes the token and
 * its sessions, leaves the others, and says DD_ENOTFOUND for a name no
 * token has. */
static void test_token_list_and_revoke(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *rows = NULL, *row = NULL;
	assert_int_equal(s->be->token_add(s, "ops", "admin", "tokhash-ops"), 0);
	assert_int_equal(s->be->token_add(s, "ci", "read", "tokhash-ci"), 0);
	assert_int_equal(s->be->session_put(s, H1, "tokhash-ops", 1000, 5000, 10), 0);
	assert_int_equal(s->be->session_put(s, H2, "tokhash-ops", 1000, 1500, 10), 0);
	assert_int_equal(s->be->session_put(s, "3333333333333333333333333333333333333333333333333333333333333333",
					     "tokhash-ci", 1000, 5000, 10), 0);
	assert_int_equal(s->be->token_list(s, 2000, &rows), 0);
	assert_int_equal(json_array_size(rows), 2);
	json_t *ci = json_array_get(rows, 0), *ops = json_array_get(rows, 1);
	assert_string_equal(json_string_value(json_object_get(ci, "name")), "ci");
	assert_string_equal(json_string_value(json_object_get(ops, "role")), "admin");
	assert_int_equal(json_integer_value(json_object_get(ops, "sessions")), 1);   /* H2 ended at 1500 */
	assert_int_equal(json_integer_value(json_object_get(ci, "sessions")), 1);
	assert_non_null(json_string_value(json_object_get(ops, "created_at")));
	assert_null(json_object_get(ops, "hash"));
	json_decref(rows);

	size_t ended = 99;
	assert_int_equal(s->be->token_revoke(s, "ops", &ended), 0);
	assert_int_equal(ended, 2);
	assert_int_equal(s->be->session_get(s, H1, 2000, &row), DD_ENOTFOUND);
	char role[16];
	assert_int_equal(s->be->token_role(s, "tokhash-ops", role, sizeof(role)), DD_ENOTFOUND);
	assert_int_equal(s->be->session_get(s, "3333333333333333333333333333333333333333333333333333333333333333", 2000, &row), 0);
	json_decref(row);
	assert_int_equal(s->be->token_revoke(s, "ops", &ended), DD_ENOTFOUND);
	assert_int_equal(ended, 0);
	assert_int_equal(s->be->token_list(s, 2000, &rows), 0);
	assert_int_equal(json_array_size(rows), 1);
	json_decref(rows);
	dd_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_put_get_expire_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_token_list_and_revoke, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
