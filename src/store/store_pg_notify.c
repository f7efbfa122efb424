/*
 * Notifications in the PostgreSQL store (store_sqlite_notify.c is its twin;
 * docs/notify.md): the notifiers and the outbox.
 *
 * The one idea beyond SQLite's: several processes read one outbox, so
 * reading the due rows claims them. outbox_due locks the rows it returns
 * (FOR UPDATE SKIP LOCKED: a row another process is claiming is passed
 * over, not waited for) and moves their next_at a claim window
 * (DD_STORE_OUTBOX_CLAIM_MS) ahead in the same transaction; until the
 * window is over no other process sees them due. The sender's outbox_result then sets the row's real state; a
 * sender that died says nothing, and the row comes due again when the
 * window ends: still at least once, never twice at the same time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_pg_call.h"

static const char *const events_field[] = { "events", NULL };

/* ---- notifiers ---- */

static int notifier_update_on(dd_store *s, dd_pg_conn *c, json_t *n, const char *events, const char *now)
{
	int changes = 0, rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, NULL, &changes, "UPDATE notifiers SET type = $1, url = $2, secret = $3, ca_file = $4, "
		"events = $5, updated_at = $6 WHERE name = $7", "sssssss", jstr(n, "type"), jstr(n, "url"), jstr(n, "secret"),
		jstr(n, "ca_file"), events, now, jstr(n, "name"));
	if (!rc && !changes)
		rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", jstr(n, "name"));
	/* a fixed url or secret: what waits goes now, not after its backoff */
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE notify_outbox SET next_at = 0 WHERE notifier = $1 AND "
			"state = 'pending'", "s", jstr(n, "name"));
	return dd_pg_end(s, c, rc);
}

static int notifier_put_on(dd_store *s, dd_pg_conn *c, json_t *n, bool create)
{
	char now[32];
	dd_store_time(0, now);
	char *events = json_dumps(json_object_get(n, "events"), JSON_COMPACT | JSON_ENCODE_ANY);
	if (!events)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	int rc;
	if (create)
		rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO notifiers(name, type, url, secret, ca_file, events, created_at, "
			"updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", "ssssssss", jstr(n, "name"), jstr(n, "type"),
			jstr(n, "url"), jstr(n, "secret"), jstr(n, "ca_file"), events, now, now);
	else
		rc = notifier_update_on(s, c, n, events, now);
	if (rc == DD_EINVAL && create)
		rc = dd_store_error(DD_EINVAL, "notifier '%s' exists already (PUT /api/v1/notifiers/%s changes it)",
			jstr(n, "name"), jstr(n, "name"));
	free(events);
	return rc;
}

int dd_pg_notifier_put(dd_store *s, json_t *n, bool create)
{
	PG_CALL(s, c, notifier_put_on(s, c, n, create));
}

#define NOTIFIER_COLS "name, type, url, secret, ca_file, events, created_at, updated_at"

static int notifier_get_on(dd_store *s, dd_pg_conn *c, const char *name, json_t **out)
{
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT " NOTIFIER_COLS " FROM notifiers WHERE name = $1", "s", name);
	if (!rc)
		rc = dd_pg_row_one(s, r, out, "notifier");
	if (rc == DD_ENOTFOUND)
		rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", name);
	if (!rc)
		dd_store_json_fields(*out, events_field);
	return rc;
}

int dd_pg_notifier_get(dd_store *s, const char *name, json_t **out)
{
	PG_CALL(s, c, notifier_get_on(s, c, name, out));
}

/* names in byte order, as SQLite sorts them (the database's collation may not) */
static int notifier_list_on(dd_store *s, dd_pg_conn *c, bool stats, json_t **out)
{
	PGresult *r;
	int rc = !stats ? dd_pg_exec(s, c, &r, NULL, "SELECT " NOTIFIER_COLS " FROM notifiers ORDER BY name COLLATE \"C\" "
		"LIMIT 10000", "") :
		/* the counts come from the notifier's index (notifier, id) */
		dd_pg_exec(s, c, &r, NULL, "SELECT " NOTIFIER_COLS ","
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'pending') AS pending,"
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'delivered') AS delivered,"
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'pending'"
		"   AND o.attempts > 0) AS failing,"
		" (SELECT last_error FROM notify_outbox o WHERE o.notifier = n.name AND o.last_error IS NOT NULL"
		"   ORDER BY o.last_attempt_at DESC, o.id DESC LIMIT 1) AS last_error,"
		" (SELECT last_attempt_at FROM notify_outbox o WHERE o.notifier = n.name AND o.last_error IS NOT NULL"
		"   ORDER BY o.last_attempt_at DESC, o.id DESC LIMIT 1) AS last_error_at,"
		" (SELECT max(delivered_at) FROM notify_outbox o WHERE o.notifier = n.name) AS last_delivered_at"
		" FROM notifiers n ORDER BY name COLLATE \"C\" LIMIT 10000", "");
	if (!rc && !(rc = dd_pg_rows(s, r, out)))
		dd_store_json_fields_rows(*out, events_field);
	return rc;
}

int dd_pg_notifier_list(dd_store *s, bool stats, json_t **out)
{
	PG_CALL(s, c, notifier_list_on(s, c, stats, out));
}

static int notifier_delete_on(dd_store *s, dd_pg_conn *c, const char *name)
{
	int n = 0, rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	if (!(rc = dd_pg_exec(s, c, NULL, &n, "DELETE FROM notifiers WHERE name = $1", "s", name)) && !n)
		rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", name);
	/* undelivered rows would have nowhere to go; delivered ones were history of a name that may come back */
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "DELETE FROM notify_outbox WHERE notifier = $1", "s", name);
	return dd_pg_end(s, c, rc);
}

int dd_pg_notifier_delete(dd_store *s, const char *name)
{
	PG_CALL(s, c, notifier_delete_on(s, c, name));
}

/* ---- the outbox ---- */

static int outbox_add_on(dd_store *s, dd_pg_conn *c, json_t *rows, size_t *added)
{
	char now[32];
	dd_store_time(0, now);
	*added = 0;
	int rc = dd_pg_begin(s, c);
	size_t i;
	json_t *r;
	json_array_foreach(rows, i, r) {
		int n = 0;
		if (rc)
			break;
		rc = dd_pg_exec(s, c, NULL, &n, "INSERT INTO notify_outbox(event_id, notifier, event, task, image, body, "
			"next_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id, notifier) DO NOTHING",
			"sssIssis", jstr(r, "event_id"), jstr(r, "notifier"), jstr(r, "event"),
			jint(r, "task"), jstr(r, "image"), jstr(r, "body"),
			jint(r, "next_at"), now);
		*added += (size_t)n;
	}
	rc = dd_pg_end(s, c, rc);
	if (rc)
		*added = 0;   /* rolled back */
	return rc;
}

int dd_pg_outbox_add(dd_store *s, json_t *rows, size_t *added)
{
	PG_CALL(s, c, outbox_add_on(s, c, rows, added));
}

#define SKIP_MAX 8

/* One statement, so one transaction: choose the due rows (locking them,
 * passing over rows another reader has locked), move them a claim window
 * ahead, and return them oldest first with their notifier's fields. */
static int outbox_due_on(dd_store *s, dd_pg_conn *c, int64_t now_ms, const char *const *skip, size_t limit,
	json_t **out)
{
	PGresult *r;
	const char *k[SKIP_MAX];
	size_t n = 0;
	for (; skip && skip[n] && n < SKIP_MAX; n++)
		k[n] = skip[n];
	for (size_t i = n; i < SKIP_MAX; i++)
		k[i] = "";   /* no notifier has an empty name */
	int rc = dd_pg_exec(s, c, &r, NULL, "WITH due AS ("
		" SELECT o.id, o.next_at FROM notify_outbox o JOIN notifiers n ON n.name = o.notifier"
		" WHERE o.state = 'pending' AND o.next_at <= $1 AND o.notifier NOT IN ($2, $3, $4, $5, $6, $7, $8, $9)"
		" ORDER BY o.next_at, o.id LIMIT $10 FOR UPDATE OF o SKIP LOCKED),"
		" claimed AS (UPDATE notify_outbox o SET next_at = $11 FROM due WHERE o.id = due.id"
		" RETURNING o.id, o.event_id, o.notifier, o.event, o.task, o.image, o.body, o.attempts, due.next_at AS due_at)"
		" SELECT c.id, c.event_id, c.notifier, c.event, c.task, c.image, c.body, c.attempts,"
		" n.type, n.url, n.secret, n.ca_file FROM claimed c JOIN notifiers n ON n.name = c.notifier"
		" ORDER BY c.due_at, c.id", "issssssssii", now_ms, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7],
		(int64_t)limit, now_ms + DD_STORE_OUTBOX_CLAIM_MS);
	return pg_rows_after(s, rc, &r, out);
}

int dd_pg_outbox_due(dd_store *s, int64_t now_ms, const char *const *skip, size_t limit, json_t **out)
{
	PG_CALL(s, c, outbox_due_on(s, c, now_ms, skip, limit, out));
}

#define KEEP_DELIVERED "1000"

static int outbox_delivered_on(dd_store *s, dd_pg_conn *c, int64_t id, const char *now)
{
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE notify_outbox SET state = 'delivered', attempts = attempts + 1,"
		" last_attempt_at = $1, delivered_at = $1 WHERE id = $2 AND state = 'pending'", "si", now, id);
	/* history is bounded: the notifier's last KEEP_DELIVERED delivered rows stay */
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "DELETE FROM notify_outbox WHERE state = 'delivered' AND notifier ="
			" (SELECT notifier FROM notify_outbox WHERE id = $1) AND id <= (SELECT o.id FROM notify_outbox o"
			" WHERE o.notifier = (SELECT notifier FROM notify_outbox WHERE id = $1) AND o.state = 'delivered'"
			" ORDER BY o.id DESC LIMIT 1 OFFSET " KEEP_DELIVERED ")", "i", id);
	return dd_pg_end(s, c, rc);
}

static int outbox_result_on(dd_store *s, dd_pg_conn *c, int64_t id, bool delivered, const char *error,
	int64_t next_at_ms)
{
	char now[32];
	dd_store_time(0, now);
	if (delivered)
		return outbox_delivered_on(s, c, id, now);
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	/* the row itself: its claim ends here, whether or not it was attempted
	 * (the claim moved its next_at past next_at_ms, perhaps) */
	rc = error ? dd_pg_exec(s, c, NULL, NULL, "UPDATE notify_outbox SET attempts = attempts + 1, last_error = $1,"
		" last_attempt_at = $2, next_at = $3 WHERE id = $4 AND state = 'pending'", "ssii", error, now, next_at_ms, id) :
		dd_pg_exec(s, c, NULL, NULL, "UPDATE notify_outbox SET next_at = $1 WHERE id = $2 AND state = 'pending'", "ii",
		next_at_ms, id);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE notify_outbox SET next_at = $1 WHERE state = 'pending' AND next_at < $1"
			" AND notifier = (SELECT notifier FROM notify_outbox WHERE id = $2)", "ii", next_at_ms, id);
	return dd_pg_end(s, c, rc);
}

int dd_pg_outbox_result(dd_store *s, int64_t id, bool delivered, const char *error, int64_t next_at_ms)
{
	PG_CALL(s, c, outbox_result_on(s, c, id, delivered, error, next_at_ms));
}

int dd_pg_outbox_list(dd_store *s, const char *notifier, int64_t after, size_t limit, json_t **out)
{
	PGresult *r;
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT id, event_id, event, task, image, state, attempts, "
		"next_at, last_error, last_attempt_at, created_at, delivered_at FROM notify_outbox WHERE notifier = $1 AND "
		"id > $2 ORDER BY id LIMIT $3", "sii", notifier, after, (int64_t)limit), &r, out));
}
