/*
 * Console sessions in the SQLite store (web console, issue 16): the rows
 * behind session.c, so that a session survives a restart and every
 * process sharing the store knows it. A row is keyed by the SHA-256 of the
 * session id: the store never holds anything a browser could present.
 * The table stays bounded: each new session first removes the expired
 * ones and, at the cap, the one that ends first.
 */
#include "store/store_sqlite.h"

static int session_put_locked(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires,
	size_t max)
{
	int rc, changes = 0;
	sqlite3_stmt *st;
	if ((rc = dd_sq_run(s, NULL, "DELETE FROM sessions WHERE expires <= ?", "i", now)) != 0)
		return rc;
	for (;;) {
		json_t *n = NULL;
		if ((rc = dd_sq_prep(s, &st, "SELECT count(*) AS n FROM sessions", "")) != 0 ||
		    (rc = dd_sq_row_one(s, st, &n, "session count")) != 0)
			return rc;
		json_int_t live = json_integer_value(json_object_get(n, "n"));
		json_decref(n);
		if (live < (json_int_t)max)
			break;
		/* at the cap: the session that ends first makes room (a loop, as a lowered cap may need several) */
		if ((rc = dd_sq_run(s, NULL, "DELETE FROM sessions WHERE hash = (SELECT hash FROM sessions "
			"ORDER BY expires, created LIMIT 1)", "")) != 0)
			return rc;
	}
	if ((rc = dd_sq_run(s, &changes, "INSERT INTO sessions (hash, role, name, created, last_seen, expires) "
		"SELECT ?, role, name, ?, ?, ? FROM tokens WHERE hash = ?", "siiis", hash, now, now, expires,
		token_hash)) != 0)
		return rc;
	return changes ? 0 : dd_store_error(DD_ENOTFOUND, "no token opened this session: it was deleted meanwhile");
}

int dd_sq_session_put(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires, size_t max)
{
	dd_sq_lock(s);
	int rc = dd_sq_begin(s);
	if (!rc)
		rc = dd_sq_end(s, session_put_locked(s, hash, token_hash, now, expires, max));
	dd_sq_unlock(s);
	return rc;
}

static int session_get_locked(dd_store *s, const char *hash, int64_t now, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT role, name, created, last_seen, expires FROM sessions "
		"WHERE hash = ? AND expires > ?", "si", hash, now);
	if (rc || (rc = dd_sq_row_one(s, st, out, "session")) != 0)
		return rc;
	/* last_seen is for the operator (who is logged in); a minute's
	 * precision spares a write on every request */
	if (json_integer_value(json_object_get(*out, "last_seen")) <= now - 60) {
		if ((rc = dd_sq_run(s, NULL, "UPDATE sessions SET last_seen = ? WHERE hash = ?", "is", now, hash)) != 0) {
			json_decref(*out);
			*out = NULL;
			return rc;
		}
		json_object_set_new(*out, "last_seen", json_integer(now));
	}
	return 0;
}

int dd_sq_session_get(dd_store *s, const char *hash, int64_t now, json_t **out)
{
	*out = NULL;
	LOCKED_CALL(s, session_get_locked(s, hash, now, out));
}

int dd_sq_session_delete(dd_store *s, const char *hash)
{
	LOCKED_CALL(s, dd_sq_run(s, NULL, "DELETE FROM sessions WHERE hash = ?", "s", hash));
}
