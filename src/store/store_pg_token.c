/*
 * API tokens listed and revoked in the PostgreSQL store (twin of
 * store_sqlite_token.c): the token row and the console sessions it opened
 * go in one transaction, so no API process lets the session in after the
 * revoke returns.
 */
#include "store/store_pg_call.h"

static int list_on(dd_store *s, dd_pg_conn *c, int64_t now, json_t **out)
{
	PGresult *r = NULL;
	return pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT t.name, t.role, t.created_at, (SELECT count(*) FROM "
		"sessions x WHERE x.name = t.name AND x.expires > $1) AS sessions FROM tokens t ORDER BY t.name", "i", now),
		&r, out);
}

int dd_pg_token_list(dd_store *s, int64_t now, json_t **out)
{
	*out = NULL;
	PG_CALL(s, c, list_on(s, c, now, out));
}

static int revoke_tx(dd_store *s, dd_pg_conn *c, const char *name, size_t *sessions)
{
	int rc, gone = 0, ended = 0;
	if ((rc = dd_pg_exec(s, c, NULL, &gone, "DELETE FROM tokens WHERE name = $1", "s", name)) != 0)
		return rc;
	if (!gone)
		return dd_store_error(DD_ENOTFOUND, "no token is named '%s' (drydock token list names them)", name);
	if ((rc = dd_pg_exec(s, c, NULL, &ended, "DELETE FROM sessions WHERE name = $1", "s", name)) != 0)
		return rc;
	*sessions = (size_t)ended;
	return 0;
}

static int revoke_on(dd_store *s, dd_pg_conn *c, const char *name, size_t *sessions)
{
	int rc = dd_pg_begin(s, c);
	return rc ? rc : dd_pg_end(s, c, revoke_tx(s, c, name, sessions));
}

int dd_pg_token_revoke(dd_store *s, const char *name, size_t *sessions)
{
	*sessions = 0;
	PG_CALL(s, c, revoke_on(s, c, name, sessions));
}
