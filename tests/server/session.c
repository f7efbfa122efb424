/*
 * Console sessions (src/server/session.c) over a SQLite store: a session
 * gives back its token's role and the CSRF token of the id, the same after
 * the store is closed and reopened (a restart, or another process); an id
 * one character off, of another length or not hex, or deleted, is
 * unknown; the store keeps no id and no CSRF token.
 */
#include <stdlib.h>
#include <string.h>

#include "../store/store_fixture.h"
#include "server/server.h"
#include "server/session.h"

static void test_create_lookup_delete(void **state)
{
	(void)state;
	char id[65], csrf[65], role[16], got[65], thash[65];
	int64_t exp = 0;
	dd_store *s = open_store();
	dd_srv_token_hash("ddt_reader", thash);
	assert_int_equal(s->be->token_add(s, "reader", "read", thash), 0);
	assert_int_equal(dd_srv_session_create(s, thash, id, csrf, &exp), 0);
	assert_int_equal(strlen(id), 64);
	assert_int_equal(strlen(csrf), 64);
	assert_string_not_equal(id, csrf);
	assert_true(exp > dd_srv_now());
	assert_int_equal(dd_srv_session_lookup(s, id, role, sizeof(role), got), 0);
	assert_string_equal(role, "read");
	assert_string_equal(got, csrf);
	dd_store_close(s);
	/* a restart: the same session, the same CSRF token */
	s = open_store();
	memset(got, 0, sizeof(got));
	assert_int_equal(dd_srv_session_lookup(s, id, role, sizeof(role), got), 0);
	assert_string_equal(got, csrf);
	char off[65];
	memcpy(off, id, 65);
	off[63] = off[63] == '0' ? '1' : '0';
	assert_int_equal(dd_srv_session_lookup(s, off, role, sizeof(role), got), DD_ENOTFOUND);
	assert_int_equal(dd_srv_session_lookup(s, "abc", role, sizeof(role), got), DD_ENOTFOUND);
	assert_int_equal(dd_srv_session_lookup(s, "", role, sizeof(role), got), DD_ENOTFOUND);
	char upper[65];
	memset(upper, 'A', 64);
	upper[64] = '\0';
	assert_int_equal(dd_srv_session_lookup(s, upper, role, sizeof(role), got), DD_ENOTFOUND);
	assert_int_equal(dd_srv_session_delete(s, off), 0);   /* another id: nothing */
	assert_int_equal(dd_srv_session_lookup(s, id, role, sizeof(role), got), 0);
	assert_int_equal(dd_srv_session_delete(s, id), 0);
	assert_int_equal(dd_srv_session_lookup(s, id, role, sizeof(role), got), DD_ENOTFOUND);
	dd_store_close(s);
	/* neither the id nor the CSRF token is anywhere in the store's files */
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "grep -r -q -e '%s' -e '%s' '%s'", id, csrf, dir);
	assert_int_not_equal(system(cmd), 0);
}

static void test_unknown_token(void **state)
{
	(void)state;
	char id[65], csrf[65];
	int64_t exp;
	dd_store *s = open_store();
	assert_int_equal(dd_srv_session_create(s, "0000", id, csrf, &exp), DD_ENOTFOUND);
	dd_store_close(s);
}

static void test_secret_equal(void **state)
{
	(void)state;
	assert_true(dd_srv_secret_equal("abc", "abc"));
	assert_false(dd_srv_secret_equal("abc", "abd"));
	assert_false(dd_srv_secret_equal("abc", "abcd"));
	assert_false(dd_srv_secret_equal("", "a"));
	assert_true(dd_srv_secret_equal("", ""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create_lookup_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_token, setup, teardown),
		cmocka_unit_test(test_secret_equal),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
