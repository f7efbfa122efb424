/*
 * The PostgreSQL store's part of periodic scans, retention and speed limits
 * (issue 14 items 1-3; store_sqlite_sched.c is its twin). Here several
 * processes share the store, so each decision is serialized where SQLite's
 * one connection did it for free: a periodic run takes a transaction-scoped
 * advisory lock on its rule before it looks at the rule's last run, and a
 * registry's token bucket is a row taken FOR UPDATE. Both locks end with
 * the transaction, so a process that dies holds nothing.
 */
#include <stdio.h>
#include <string.h>

#include "store/store_pg_call.h"

/* inside the caller's transaction, if any */
static int last_run_on(dd_store *s, dd_pg_conn *c, int64_t rule, char out[32])
{
	PGresult *r;
	out[0] = '\0';
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT max(created_at) FROM tasks WHERE rule = $1 AND kind IN ('scan', "
		"'periodic')", "i", rule);
	if (rc)
		return rc;
	snprintf(out, 32, "%s", dd_pg_text(r, 0, 0));
	PQclear(r);
	return 0;
}

int dd_pg_rule_last_run(dd_store *s, int64_t rule, char out[32])
{
	PG_CALL(s, c, last_run_on(s, c, rule, out));
}

/* The advisory lock space of periodic runs: (class, rule). The class keeps
 * these apart from other two-key advisory locks; a rule id past 2^31 shares
 * a key with another rule, which only serializes the two. */
#define PERIODIC_LOCK_CLASS "hashtext('drydock.periodic_create')"

static int periodic_on(dd_store *s, dd_pg_conn *c, int64_t rule, const char *last_seen, unsigned scanners,
	json_t *items, int64_t deadline, const char *error, int64_t *id)
{
	char last[32], now[32];
	*id = 0;
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	/* READ COMMITTED: the next statement, run once the lock is ours, sees
	 * the task a racing process committed before letting the lock go */
	rc = dd_pg_exec(s, c, NULL, NULL, "SELECT pg_advisory_xact_lock(" PERIODIC_LOCK_CLASS ", ($1::bigint % "
		"2147483647)::integer)", "i", rule);
	if (rc || (rc = last_run_on(s, c, rule, last)) != 0 || strcmp(last, last_seen ? last_seen : ""))
		return dd_pg_end(s, c, rc);   /* someone else started this run */
	json_t *none = json_array();
	rc = none ? dd_pg_task_insert(s, c, "periodic", rule, scanners, error ? none : items, deadline, id) :
		dd_store_error(DD_ENOMEM, "store: out of memory");
	json_decref(none);
	if (!rc && error) {
		dd_store_time(0, now);
		rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE tasks SET state = 'failed' WHERE id = $1", "i", *id);
		if (!rc)
			rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO task_logs(task, at, image, step, message) VALUES ($1, $2, "
				"NULL, 'failed', $3)", "iss", *id, now, error);
	}
	if (rc)
		*id = 0;
	return dd_pg_end(s, c, rc);
}

int dd_pg_periodic_create(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
	int64_t deadline, const char *error, int64_t *id)
{
	PG_CALL(s, c, periodic_on(s, c, rule, last_seen, scanners, items, deadline, error, id));
}

int dd_pg_retention_list(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
	json_t **out)
{
	PGresult *r;
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT i.id, i.repository, i.tag, i.scan, s.scanned_at "
		"FROM images i JOIN scans s ON s.id = i.scan WHERE i.registry = $1 AND s.scanned_at < $2 AND i.id > $3 "
		"ORDER BY i.id LIMIT $4", "ssii", registry, before, after, (int64_t)limit), &r, out));
}

static int scan_drop_on(dd_store *s, dd_pg_conn *c, int64_t scan)
{
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE images SET scan = NULL WHERE scan = $1", "i", scan);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE task_items SET scan = NULL WHERE scan = $1", "i", scan);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "DELETE FROM scans WHERE id = $1", "i", scan);
	return dd_pg_end(s, c, rc);
}

int dd_pg_scan_drop(dd_store *s, int64_t scan)
{
	PG_CALL(s, c, scan_drop_on(s, c, scan));
}

/* The bucket's row exists (a racing first insert waits for the other's
 * commit, then does nothing) and is locked until the commit, so two
 * processes asking at once take turns and the second sees the first's
 * next_at. */
static int speed_take_on(dd_store *s, dd_pg_conn *c, const char *registry, int64_t now_ms, int64_t interval_ms,
	int64_t *wait_ms)
{
	PGresult *r;
	*wait_ms = 0;
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO speed_buckets(registry, next_at) VALUES ($1, 0) "
		"ON CONFLICT (registry) DO NOTHING", "s", registry);
	if (rc || (rc = dd_pg_exec(s, c, &r, NULL, "SELECT next_at FROM speed_buckets WHERE registry = $1 FOR UPDATE", "s",
		registry)) != 0)
		return dd_pg_end(s, c, rc);
	int64_t next = dd_pg_int(r, 0, 0);
	PQclear(r);
	if (next > now_ms) {
		*wait_ms = next - now_ms;
		return dd_pg_end(s, c, 0);
	}
	return dd_pg_end(s, c, dd_pg_exec(s, c, NULL, NULL, "UPDATE speed_buckets SET next_at = $1 WHERE registry = $2",
		"is", now_ms + interval_ms, registry));
}

int dd_pg_speed_take(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms)
{
	PG_CALL(s, c, speed_take_on(s, c, registry, now_ms, interval_ms, wait_ms));
}

int dd_pg_speed_refund(dd_store *s, const char *registry, int64_t interval_ms)
{
	PG_CALL(s, c, dd_pg_exec(s, c, NULL, NULL, "UPDATE speed_buckets SET next_at = next_at - $1 WHERE registry = $2",
		"is", interval_ms, registry));
}
