/*
 * The SQLite store's part of periodic scans, retention and speed limits
 * (issue 14 items 1-3). The one idea: every decision the scheduler and the
 * speed limit make is read from and written to the store in one
 * transaction, so a restart neither skips nor doubles a periodic run, and
 * two processes (the PostgreSQL backend, later) share one token bucket.
 * The SQL is kept portable (no strftime; ON CONFLICT, which PostgreSQL has).
 */
#include <stdio.h>
#include <string.h>

#include "store/store_sqlite.h"

/* The first column of the one row of st as int64 (*found false: no row);
 * finalizes st. */
static int one_value(sqlite3_stmt *st, int64_t *v, bool *found, char *text, size_t cap)
{
	int step = sqlite3_step(st);
	*found = step == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL;
	if (*found && v)
		*v = sqlite3_column_int64(st, 0);
	if (*found && text)
		snprintf(text, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return step == SQLITE_ROW || step == SQLITE_DONE ? 0 : dd_store_error(DD_EIO, "store: read failed (step %d)", step);
}

/* inside the lock */
static int last_run_locked(dd_store *s, int64_t rule, char out[32])
{
	sqlite3_stmt *st;
	bool found;
	out[0] = '\0';
	int rc = dd_sq_prep(s, &st, "SELECT max(created_at) FROM tasks WHERE rule = ? AND kind IN ('scan', 'periodic')",
		"i", rule);
	return rc ? rc : one_value(st, NULL, &found, out, 32);
}

int dd_sq_rule_last_run(dd_store *s, int64_t rule, char out[32])
{
	LOCKED_CALL(s, last_run_locked(s, rule, out));
}

static int periodic_locked(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
	int64_t deadline, const char *error, int64_t *id)
{
	char last[32], now[32];
	*id = 0;
	int rc = dd_sq_begin(s);
	if (rc)
		return rc;
	if ((rc = last_run_locked(s, rule, last)) != 0 || strcmp(last, last_seen ? last_seen : ""))
		return dd_sq_end(s, rc);   /* someone else started this run */
	json_t *none = json_array();
	rc = dd_sq_task_insert(s, "periodic", rule, scanners, error ? none : items, deadline, id);
	json_decref(none);
	if (!rc && error) {
		dd_store_time(0, now);
		rc = dd_sq_run(s, NULL, "UPDATE tasks SET state = 'failed' WHERE id = ?", "i", *id);
		if (!rc)
			rc = dd_sq_run(s, NULL, "INSERT INTO task_logs(task, at, image, step, message) VALUES (?, ?, NULL, 'failed', ?)",
				"iss", *id, now, error);
	}
	if (rc)
		*id = 0;
	return dd_sq_end(s, rc);
}

int dd_sq_periodic_create(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
	int64_t deadline, const char *error, int64_t *id)
{
	LOCKED_CALL(s, periodic_locked(s, rule, last_seen, scanners, items, deadline, error, id));
}

static int retention_list_locked(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
	json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT i.id, i.repository, i.tag, i.scan, s.scanned_at FROM images i JOIN scans s ON "
		"s.id = i.scan WHERE i.registry = ? AND s.scanned_at < ? AND i.id > ? ORDER BY i.id LIMIT ?", "ssii",
		registry, before, after, (int64_t)limit);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_retention_list(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
	json_t **out)
{
	LOCKED_CALL(s, retention_list_locked(s, registry, before, after, limit, out));
}

static int scan_drop_locked(dd_store *s, int64_t scan)
{
	int rc = dd_sq_begin(s);
	if (rc)
		return rc;
	rc = dd_sq_run(s, NULL, "UPDATE images SET scan = NULL WHERE scan = ?", "i", scan);
	if (!rc)
		rc = dd_sq_run(s, NULL, "UPDATE task_items SET scan = NULL WHERE scan = ?", "i", scan);
	if (!rc)
		rc = dd_sq_run(s, NULL, "DELETE FROM scans WHERE id = ?", "i", scan);
	return dd_sq_end(s, rc);
}

int dd_sq_scan_drop(dd_store *s, int64_t scan)
{
	LOCKED_CALL(s, scan_drop_locked(s, scan));
}

static int speed_take_locked(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms)
{
	sqlite3_stmt *st;
	int64_t next = 0;
	bool found;
	*wait_ms = 0;
	int rc = dd_sq_begin(s);
	if (rc)
		return rc;
	if ((rc = dd_sq_prep(s, &st, "SELECT next_at FROM speed_buckets WHERE registry = ?", "s", registry)) != 0 ||
	    (rc = one_value(st, &next, &found, NULL, 0)) != 0)
		return dd_sq_end(s, rc);
	if (found && next > now_ms) {
		*wait_ms = next - now_ms;
		return dd_sq_end(s, 0);
	}
	return dd_sq_end(s, dd_sq_run(s, NULL, "INSERT INTO speed_buckets(registry, next_at) VALUES (?, ?) "
		"ON CONFLICT(registry) DO UPDATE SET next_at = excluded.next_at", "si", registry, now_ms + interval_ms));
}

int dd_sq_speed_take(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms)
{
	LOCKED_CALL(s, speed_take_locked(s, registry, now_ms, interval_ms, wait_ms));
}

int dd_sq_speed_refund(dd_store *s, const char *registry, int64_t interval_ms)
{
	LOCKED_CALL(s, dd_sq_run(s, NULL, "UPDATE speed_buckets SET next_at = next_at - ? WHERE registry = ?", "is",
		interval_ms, registry));
}
