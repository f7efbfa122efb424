/*
 * Delivery chains in the SQLite store (issue 15, chains): the chains (a
 * chain is its checked JSON document, kept as text: the API owns its
 * shape) and the steps a chain run finished. A step row is written right
 * after the step's effect, so a run killed at any point resumes where it
 * was: a step found done is not done again (each is idempotent anyway,
 * the record saves the registry requests and keeps the log honest).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_json.h"
#include "store/store_sqlite.h"

static int chain_put_locked(dd_store *s, json_t *c, bool create)
{
	char now[32];
	const char *name = json_string_value(json_object_get(c, "name"));
	char *doc = json_dumps(c, JSON_COMPACT | JSON_SORT_KEYS);
	int changes = 0, rc;
	if (!doc)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	dd_store_time(0, now);
	if (create) {
		rc = dd_sq_run(s, &changes, "INSERT INTO chains (name, doc, created_at, updated_at) VALUES (?, ?, ?, ?)",
			"ssss", name, doc, now, now);
		if (rc == DD_EINVAL)
			rc = dd_store_error(DD_EINVAL, "chain '%s' exists already (PUT /api/v1/chains/%s changes it)", name, name);
	} else {
		rc = dd_sq_run(s, &changes, "UPDATE chains SET doc = ?, updated_at = ? WHERE name = ?", "sss", doc, now, name);
		if (!rc && !changes)
			rc = dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name);
	}
	free(doc);
	return rc;
}

int dd_sq_chain_put(dd_store *base, json_t *c, bool create)
{
	LOCKED_CALL(base, chain_put_locked(base, c, create));
}

int dd_sq_chain_get(dd_store *s, const char *name, json_t **out)
{
	sqlite3_stmt *st;
	json_t *row = NULL;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT doc, created_at, updated_at FROM chains WHERE name = ?", "s", name);
	if (!rc)
		rc = dd_sq_row_one(s, st, &row, "chain");
	dd_sq_unlock(s);
	if (rc == DD_ENOTFOUND)
		return dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name);
	if (!rc && !(*out = dd_store_chain_of(row)))
		rc = dd_store_error(DD_EFORMAT, "store: chain '%s': the stored document is not JSON", name);
	json_decref(row);
	return rc;
}

int dd_sq_chain_list(dd_store *s, const char *after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	json_t *rows = NULL, *r;
	size_t i;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT doc, created_at, updated_at FROM chains WHERE name > ? ORDER BY name LIMIT ?",
		"si", after ? after : "", (int64_t)limit);
	if (!rc)
		rc = dd_sq_rows(s, st, &rows);
	dd_sq_unlock(s);
	if (rc)
		return rc;
	*out = json_array();
	json_array_foreach(rows, i, r) {
		json_t *c = dd_store_chain_of(r);
		if (c)
			json_array_append_new(*out, c);
	}
	json_decref(rows);
	return 0;
}

int dd_sq_chain_delete(dd_store *s, const char *name)
{
	int n = 0;
	dd_sq_lock(s);
	int rc = dd_sq_run(s, &n, "DELETE FROM chains WHERE name = ?", "s", name);
	dd_sq_unlock(s);
	if (!rc && !n)
		rc = dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name);
	return rc;
}

int dd_sq_chain_step_done(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	const char *detail, bool *added)
{
	char now[32];
	int n = 0;
	dd_store_time(0, now);
	dd_sq_lock(s);
	int rc = dd_sq_run(s, &n, "INSERT INTO chain_steps (chain, item, digest, step, detail, at) VALUES (?, ?, ?, ?, ?, ?) "
		"ON CONFLICT (chain, item, digest, step) DO NOTHING", "sissss", chain, item, digest, step, detail, now);
	dd_sq_unlock(s);
	if (added)
		*added = n > 0;
	return rc;
}

int dd_sq_chain_step_get(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	json_t **out)
{
	sqlite3_stmt *st;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT chain, item, digest, step, detail, at FROM chain_steps WHERE chain = ? AND "
		"item = ? AND digest = ? AND step = ?", "siss", chain, item, digest, step);
	if (!rc)
		rc = dd_sq_row_one(s, st, out, "chain step");
	dd_sq_unlock(s);
	return rc;
}

/* ---- chain runs as tasks ---- */

static int chain_run_create_locked(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh)
{
	const char *chain = jstr(run, "chain"), *digest = jstr(run, "digest");
	int64_t item = jint(run, "item"), scan_task = jint(run, "scan_task"), scan = jint(run, "scan");
	char now[32], image[700];
	int rc = dd_store_chain_run_check(run);
	if (rc)
		return rc;
	sqlite3_stmt *q;
	if ((rc = dd_sq_begin(s)) != 0)
		return rc;
	json_t *row = NULL, *items = NULL;
	if ((rc = dd_sq_prep(s, &q, "SELECT task FROM chain_runs WHERE chain = ? AND item = ? AND digest = ?", "sis",
		chain, item, digest)) != 0)
		goto out;
	rc = dd_sq_row_one(s, q, &row, "chain run");
	if (rc == 0) {
		/* a scan item run again (after a kill -9): its runs exist already */
		*task = json_integer_value(json_object_get(row, "task"));
		*fresh = false;
		goto out;
	}
	if (rc != DD_ENOTFOUND)
		goto out;
	if ((rc = dd_store_chain_run_items(run, &items, image)) != 0)
		goto out;
	dd_store_time(0, now);
	if ((rc = dd_sq_task_insert(s, "chain", 0, 0, items, deadline, task)) != 0 ||
	    (rc = dd_sq_run(s, NULL, "UPDATE tasks SET chain = ?, scan_task = ?, image = ? WHERE id = ?", "sisi", chain,
		scan_task, image, *task)) != 0)
		goto out;
	rc = dd_sq_run(s, NULL, "INSERT INTO chain_runs (chain, item, digest, task, scan_task, scan, doc, verdict, created_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "sisiiIsss", chain, item, digest, *task, scan_task, scan, jstr(run, "doc"),
		jstr(run, "verdict"), now);
	*fresh = !rc;
out:
	json_decref(row);
	json_decref(items);
	return dd_sq_end(s, rc);
}

int dd_sq_chain_run_create(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh)
{
	LOCKED_CALL(s, chain_run_create_locked(s, run, deadline, task, fresh));
}

static int chain_run_get_locked(dd_store *s, int64_t task, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT chain, item, digest, task, scan_task, scan, doc, verdict, created_at FROM "
		"chain_runs WHERE task = ?", "i", task);
	return rc ? rc : dd_sq_row_one(s, st, out, "chain run");
}

int dd_sq_chain_run_get(dd_store *s, int64_t task, json_t **out)
{
	*out = NULL;
	LOCKED_CALL(s, chain_run_get_locked(s, task, out));
}
