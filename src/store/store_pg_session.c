/*
 * Console sessions in the PostgreSQL store (web console, issue 16;
 * store_sqlite_session.c is its twin): the rows behind session.c, shared
 * by every API process on the database. A row is keyed by the SHA-256 of
 * the session id; the table stays bounded: each new session first removes
 * the expired ones and, at the cap, the one that ends first. Times are
 * BIGINT unix seconds (the 'i' parameters are sent typed int8).
 */
#include "store/store_pg_call.h"

static int session_put_tx(dd_store *s, dd_pg_conn *c, const char *hash, const char *token_hash, int64_t now,
	int64_t expires, size_t max)
{
	PGresult *r = NULL;
	int rc, changes = 0, gone = 0;
	if ((rc = dd_pg_exec(s, c, NULL, NULL, "DELETE FROM sessions WHERE expires <= $1", "i", now)) != 0)
		return rc;
	for (;;) {
		if ((rc = dd_pg_exec(s, c, &r, NULL, "SELECT count(*) FROM sessions", "")) != 0)
			return rc;
		int64_t live = dd_pg_int(r, 0, 0);
		PQclear(r);
		if (live < (int64_t)max)
			break;
		/* at the cap: the session that ends first makes room (a loop, as a
		 * lowered cap may need several); one a concurrent put is deleting
		 * is skipped, and when every candidate is, the cap is left to that
		 * put rather than spinning here */
		if ((rc = dd_pg_exec(s, c, NULL, &gone, "DELETE FROM sessions WHERE hash = (SELECT hash FROM sessions "
			"ORDER BY expires, created LIMIT 1 FOR UPDATE SKIP LOCKED)", "")) != 0)
			return rc;
		if (!gone)
			break;
	}
	if ((rc = dd_pg_exec(s, c, NULL, &changes, "INSERT INTO sessions (hash, role, name, created, last_seen, expires) "
		"SELECT $1, role, name, $2, $2, $3 FROM tokens WHERE hash = $4", "siis", hash, now, expires, token_hash)) != 0)
		return rc;
	return changes ? 0 : dd_store_error(DD_ENOTFOUND, "no token opened this session: it was deleted meanwhile");
}

static int session_put_on(dd_store *s, dd_pg_conn *c, const char *hash, const char *token_hash, int64_t now,
	int64_t expires, size_t max)
{
	int rc = dd_pg_begin(s, c);
	return rc ? rc : dd_pg_end(s, c, session_put_tx(s, c, hash, token_hash, now, expires, max));
}

int dd_pg_session_put(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires, size_t max)
{
	PG_CALL(s, c, session_put_on(s, c, hash, token_hash, now, expires, max));
}

static int session_get_on(dd_store *s, dd_pg_conn *c, const char *hash, int64_t now, json_t **out)
{
	PGresult *r = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT role, name, created, last_seen, expires FROM sessions "
		"WHERE hash = $1 AND expires > $2", "si", hash, now);
	if (rc || (rc = dd_pg_row_one(s, r, out, "session")) != 0)
		return rc;
	/* a minute's precision spares a write on every request */
	if (json_integer_value(json_object_get(*out, "last_seen")) <= now - 60) {
		if ((rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE sessions SET last_seen = $1 WHERE hash = $2", "is", now,
			hash)) != 0) {
			json_decref(*out);
			*out = NULL;
			return rc;
		}
		json_object_set_new(*out, "last_seen", json_integer(now));
	}
	return 0;
}

int dd_pg_session_get(dd_store *s, const char *hash, int64_t now, json_t **out)
{
	*out = NULL;
	PG_CALL(s, c, session_get_on(s, c, hash, now, out));
}

int dd_pg_session_delete(dd_store *s, const char *hash)
{
	PG_CALL(s, c, dd_pg_exec(s, c, NULL, NULL, "DELETE FROM sessions WHERE hash = $1", "s", hash));
}
