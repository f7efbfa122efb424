/*
 * API tokens listed and revoked in the SQLite store (`drydock token list`
 * and `revoke`; store_pg_token.c is its twin). A revoked token's console
 * sessions end with it, in the same transaction: a session copies its
 * token's name, which no other token has, so a cookie opened with a leaked
 * token stops working the moment the token does.
 */
#include "store/store_sqlite.h"

int dd_sq_token_list(dd_store *s, int64_t now, json_t **out)
{
	sqlite3_stmt *st;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT t.name, t.role, t.created_at, (SELECT count(*) FROM sessions x WHERE x.name = "
		"t.name AND x.expires > ?) AS sessions FROM tokens t ORDER BY t.name", "i", now);
	if (!rc)
		rc = dd_sq_rows(s, st, out);
	dd_sq_unlock(s);
	return rc;
}

static int revoke_locked(dd_store *s, const char *name, size_t *sessions)
{
	int rc, gone = 0, ended = 0;
	if ((rc = dd_sq_run(s, &gone, "DELETE FROM tokens WHERE name = ?", "s", name)) != 0)
		return rc;
	if (!gone)
		return dd_store_error(DD_ENOTFOUND, "no token is named '%s' (drydock token list names them)", name);
	if ((rc = dd_sq_run(s, &ended, "DELETE FROM sessions WHERE name = ?", "s", name)) != 0)
		return rc;
	*sessions = (size_t)ended;
	return 0;
}

int dd_sq_token_revoke(dd_store *s, const char *name, size_t *sessions)
{
	*sessions = 0;
	dd_sq_lock(s);
	int rc = dd_sq_begin(s);
	if (!rc)
		rc = dd_sq_end(s, revoke_locked(s, name, sessions));
	dd_sq_unlock(s);
	if (rc)
		*sessions = 0;
	return rc;
}
