/*
 * Notifications in the SQLite store: the notifiers and the outbox.
 *
 * The one idea: an event becomes rows (one per interested notifier) in
 * notify_outbox before anything is sent, and a row leaves the `pending`
 * state only when its receiver said yes. So a delivery thread that dies
 * at any point leaves the row pending, and the next process sends it
 * again with the same event id and the same body: at least once. The
 * UNIQUE (event_id, notifier) makes a second emit of the same event (a
 * worker that stopped after emitting and ran the item again) a no-op.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_json.h"
#include "store/store_sqlite.h"

/* text columns that hold JSON (the events list) */
static const char *const events_field[] = { "events", NULL };

/* ---- notifiers ---- */

static int notifier_put_locked(dd_store *s, json_t *n, bool create)
{
	char now[32];
	dd_store_time(0, now);
	char *events = json_dumps(json_object_get(n, "events"), JSON_COMPACT | JSON_ENCODE_ANY);
	if (!events)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	int changes = 0, rc;
	if (create)
		rc = dd_sq_run(s, &changes, "INSERT INTO notifiers(name, type, url, secret, ca_file, events, created_at, "
			"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "ssssssss", jstr(n, "name"), jstr(n, "type"),
			jstr(n, "url"), jstr(n, "secret"), jstr(n, "ca_file"), events, now, now);
	else if (!(rc = dd_sq_begin(s))) {
		rc = dd_sq_run(s, &changes, "UPDATE notifiers SET type = ?, url = ?, secret = ?, ca_file = ?, events = ?, "
			"updated_at = ? WHERE name = ?", "sssssss", jstr(n, "type"), jstr(n, "url"), jstr(n, "secret"),
			jstr(n, "ca_file"), events, now, jstr(n, "name"));
		if (!rc && !changes)
			rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", jstr(n, "name"));
		/* a fixed url or secret: what waits goes now, not after its backoff */
		if (!rc)
			rc = dd_sq_run(s, NULL, "UPDATE notify_outbox SET next_at = 0 WHERE notifier = ? AND state = 'pending'",
				"s", jstr(n, "name"));
		rc = dd_sq_end(s, rc);
	}
	if (rc == DD_EINVAL && create)
		rc = dd_store_error(DD_EINVAL, "notifier '%s' exists already (PUT /api/v1/notifiers/%s changes it)",
			jstr(n, "name"), jstr(n, "name"));
	free(events);
	return rc;
}

int dd_sq_notifier_put(dd_store *base, json_t *n, bool create)
{
	LOCKED_CALL(base, notifier_put_locked(base, n, create));
}

#define NOTIFIER_COLS "name, type, url, secret, ca_file, events, created_at, updated_at"

static int notifier_get_locked(dd_store *s, const char *name, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT " NOTIFIER_COLS " FROM notifiers WHERE name = ?", "s", name);
	if (!rc)
		rc = dd_sq_row_one(s, st, out, "notifier");
	if (rc == DD_ENOTFOUND)
		rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", name);
	if (!rc)
		dd_store_json_fields(*out, events_field);
	return rc;
}

int dd_sq_notifier_get(dd_store *base, const char *name, json_t **out)
{
	LOCKED_CALL(base, notifier_get_locked(base, name, out));
}

static int notifier_list_locked(dd_store *s, bool stats, json_t **out)
{
	sqlite3_stmt *st;
	int rc = !stats ? dd_sq_prep(s, &st, "SELECT " NOTIFIER_COLS " FROM notifiers ORDER BY name LIMIT 10000", "") :
		/* the counts come from the notifier's index (notifier, id) */
		dd_sq_prep(s, &st, "SELECT " NOTIFIER_COLS ","
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'pending') AS pending,"
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'delivered') AS delivered,"
		" (SELECT count(*) FROM notify_outbox o WHERE o.notifier = n.name AND o.state = 'pending'"
		"   AND o.attempts > 0) AS failing,"
		" (SELECT last_error FROM notify_outbox o WHERE o.notifier = n.name AND o.last_error IS NOT NULL"
		"   ORDER BY o.last_attempt_at DESC, o.id DESC LIMIT 1) AS last_error,"
		" (SELECT last_attempt_at FROM notify_outbox o WHERE o.notifier = n.name AND o.last_error IS NOT NULL"
		"   ORDER BY o.last_attempt_at DESC, o.id DESC LIMIT 1) AS last_error_at,"
		" (SELECT max(delivered_at) FROM notify_outbox o WHERE o.notifier = n.name) AS last_delivered_at"
		" FROM notifiers n ORDER BY name LIMIT 10000", "");
	if (!rc && !(rc = dd_sq_rows(s, st, out)))
		dd_store_json_fields_rows(*out, events_field);
	return rc;
}

int dd_sq_notifier_list(dd_store *base, bool stats, json_t **out)
{
	LOCKED_CALL(base, notifier_list_locked(base, stats, out));
}

static int notifier_delete_locked(dd_store *s, const char *name)
{
	int n = 0, rc = dd_sq_begin(s);
	if (rc)
		return rc;
	if (!(rc = dd_sq_run(s, &n, "DELETE FROM notifiers WHERE name = ?", "s", name)) && !n)
		rc = dd_store_error(DD_ENOTFOUND, "notifier '%s' not found", name);
	/* undelivered rows would have nowhere to go; delivered ones were history of a name that may come back */
	if (!rc)
		rc = dd_sq_run(s, NULL, "DELETE FROM notify_outbox WHERE notifier = ?", "s", name);
	return dd_sq_end(s, rc);
}

int dd_sq_notifier_delete(dd_store *base, const char *name)
{
	LOCKED_CALL(base, notifier_delete_locked(base, name));
}

/* ---- the outbox ---- */

static int outbox_add_locked(dd_store *s, json_t *rows, size_t *added)
{
	char now[32];
	dd_store_time(0, now);
	*added = 0;
	int rc = dd_sq_begin(s);
	size_t i;
	json_t *r;
	json_array_foreach(rows, i, r) {
		int n = 0;
		if (rc)
			break;
		rc = dd_sq_run(s, &n, "INSERT INTO notify_outbox(event_id, notifier, event, task, image, body, next_at, "
			"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, notifier) DO NOTHING", "sssIssis",
			jstr(r, "event_id"), jstr(r, "notifier"), jstr(r, "event"),
			(int64_t)json_integer_value(json_object_get(r, "task")), jstr(r, "image"), jstr(r, "body"),
			(int64_t)json_integer_value(json_object_get(r, "next_at")), now);
		*added += (size_t)n;
	}
	return dd_sq_end(s, rc);
}

int dd_sq_outbox_add(dd_store *base, json_t *rows, size_t *added)
{
	LOCKED_CALL(base, outbox_add_locked(base, rows, added));
}

#define SKIP_MAX 8

static int outbox_due_locked(dd_store *s, int64_t now_ms, const char *const *skip, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	const char *k[SKIP_MAX];
	size_t n = 0;
	for (; skip && skip[n] && n < SKIP_MAX; n++)
		k[n] = skip[n];
	for (size_t i = n; i < SKIP_MAX; i++)
		k[i] = "";   /* no notifier has an empty name */
	int rc = dd_sq_prep(s, &st, "SELECT o.id, o.event_id, o.notifier, o.event, o.task, o.image, o.body, o.attempts,"
		" n.type, n.url, n.secret, n.ca_file FROM notify_outbox o JOIN notifiers n ON n.name = o.notifier"
		" WHERE o.state = 'pending' AND o.next_at <= ? AND o.notifier NOT IN (?, ?, ?, ?, ?, ?, ?, ?)"
		" ORDER BY o.next_at, o.id LIMIT ?", "issssssssi", now_ms, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7],
		(int64_t)limit);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_outbox_due(dd_store *base, int64_t now_ms, const char *const *skip, size_t limit, json_t **out)
{
	LOCKED_CALL(base, outbox_due_locked(base, now_ms, skip, limit, out));
}

#define KEEP_DELIVERED "1000"

static int outbox_result_locked(dd_store *s, int64_t id, bool delivered, const char *error, int64_t next_at_ms)
{
	char now[32];
	dd_store_time(0, now);
	if (delivered) {
		int rc = dd_sq_run(s, NULL, "UPDATE notify_outbox SET state = 'delivered', attempts = attempts + 1,"
			" last_attempt_at = ?, delivered_at = ? WHERE id = ? AND state = 'pending'", "ssi", now, now, id);
		/* history is bounded: the notifier's last KEEP_DELIVERED delivered rows stay */
		if (!rc)
			rc = dd_sq_run(s, NULL, "DELETE FROM notify_outbox WHERE state = 'delivered' AND notifier ="
				" (SELECT notifier FROM notify_outbox WHERE id = ?1) AND id <= (SELECT o.id FROM notify_outbox o"
				" WHERE o.notifier = (SELECT notifier FROM notify_outbox WHERE id = ?1) AND o.state = 'delivered'"
				" ORDER BY o.id DESC LIMIT 1 OFFSET " KEEP_DELIVERED ")", "i", id);
		return rc;
	}
	int rc = error ? dd_sq_run(s, NULL, "UPDATE notify_outbox SET attempts = attempts + 1, last_error = ?,"
		" last_attempt_at = ?, next_at = ? WHERE id = ? AND state = 'pending'", "ssii", error, now, next_at_ms, id) : 0;
	if (!rc)
		rc = dd_sq_run(s, NULL, "UPDATE notify_outbox SET next_at = ? WHERE state = 'pending' AND next_at < ?"
			" AND notifier = (SELECT notifier FROM notify_outbox WHERE id = ?)", "iii", next_at_ms, next_at_ms, id);
	return rc;
}

int dd_sq_outbox_result(dd_store *base, int64_t id, bool delivered, const char *error, int64_t next_at_ms)
{
	LOCKED_CALL(base, outbox_result_locked(base, id, delivered, error, next_at_ms));
}

static int outbox_list_locked(dd_store *s, const char *notifier, int64_t after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT id, event_id, event, task, image, state, attempts, next_at, last_error,"
		" last_attempt_at, created_at, delivered_at FROM notify_outbox WHERE notifier = ? AND id > ?"
		" ORDER BY id LIMIT ?", "sii", notifier, after, (int64_t)limit);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_outbox_list(dd_store *base, const char *notifier, int64_t after, size_t limit, json_t **out)
{
	LOCKED_CALL(base, outbox_list_locked(base, notifier, after, limit, out));
}
