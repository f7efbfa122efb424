/*
 * Console sessions (src/server/session.c): a session gives back its role
 * and CSRF token; an id one character off, of another length, deleted, or
 * pushed out of the full table is unknown; the table stays bounded
 * (DD_SESSION_MAX) with the oldest session evicted first.
 */
#include <stdlib.h>
#include <string.h>

#include "server/session.h"
#include "testutil.h"

static void test_create_lookup_delete(void **state)
{
	char id[65], csrf[65], role[16], got[65];
	int64_t exp = 0;
	dd_srv_sessions_clear();
	assert_int_equal(dd_srv_session_create("read", id, csrf, &exp), 0);
	assert_int_equal(strlen(id), 64);
	assert_int_equal(strlen(csrf), 64);
	assert_string_not_equal(id, csrf);
	assert_true(exp > 0);
	assert_int_equal(dd_srv_session_lookup(id, role, sizeof(role), got), 0);
	assert_string_equal(role, "read");
	assert_string_equal(got, csrf);
	char off[65];
	memcpy(off, id, 65);
	off[63] = off[63] == '0' ? '1' : '0';
	assert_int_equal(dd_srv_session_lookup(off, role, sizeof(role), got), DD_ENOTFOUND);
	assert_int_equal(dd_srv_session_lookup("abc", role, sizeof(role), got), DD_ENOTFOUND);
	assert_int_equal(dd_srv_session_lookup("", role, sizeof(role), got), DD_ENOTFOUND);
	dd_srv_session_delete(off);   /* another id: nothing */
	assert_int_equal(dd_srv_session_lookup(id, role, sizeof(role), got), 0);
	dd_srv_session_delete(id);
	assert_int_equal(dd_srv_session_lookup(id, role, sizeof(role), got), DD_ENOTFOUND);
}

static void test_bounded(void **state)
{
	char (*ids)[65] = calloc(DD_SESSION_MAX + 1, 65);
	char csrf[65], role[16], got[65];
	int64_t exp;
	assert_non_null(ids);
	dd_srv_sessions_clear();
	for (size_t i = 0; i <= DD_SESSION_MAX; i++)
		assert_int_equal(dd_srv_session_create(i % 2 ? "admin" : "read", ids[i], csrf, &exp), 0);
	size_t live = 0;
	for (size_t i = 0; i <= DD_SESSION_MAX; i++)
		live += dd_srv_session_lookup(ids[i], role, sizeof(role), got) == 0;
	assert_int_equal(live, DD_SESSION_MAX);
	/* the newest is always there */
	assert_int_equal(dd_srv_session_lookup(ids[DD_SESSION_MAX], role, sizeof(role), got), 0);
	dd_srv_sessions_clear();
	assert_int_equal(dd_srv_session_lookup(ids[DD_SESSION_MAX], role, sizeof(role), got), DD_ENOTFOUND);
	free(ids);
}

static void test_secret_equal(void **state)
{
	assert_true(dd_srv_secret_equal("abc", "abc"));
	assert_false(dd_srv_secret_equal("abc", "abd"));
	assert_false(dd_srv_secret_equal("abc", "abcd"));
	assert_false(dd_srv_secret_equal("", "a"));
	assert_true(dd_srv_secret_equal("", ""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_lookup_delete),
		cmocka_unit_test(test_bounded),
		cmocka_unit_test(test_secret_equal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
