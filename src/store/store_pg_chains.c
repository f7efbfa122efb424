/*
 * Delivery chains in the PostgreSQL store (issue 15, chains;
 * store_sqlite_chains.c is its twin): the chains (each its checked JSON
 * document as text) and the steps chain runs finished. Two processes may
 * run the same chain step for one digest (the auto-fix, item 0): the step
 * row's primary key lets one of them record it, and *added tells the
 * caller which.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_pg_call.h"

static int chain_put_on(dd_store *s, dd_pg_conn *c, json_t *ch, bool create)
{
	char now[32];
	const char *name = jstr(ch, "name");
	char *doc = json_dumps(ch, JSON_COMPACT | JSON_SORT_KEYS);
	int changes = 0, rc;
	if (!doc)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	dd_store_time(0, now);
	if (create) {
		rc = dd_pg_exec(s, c, NULL, &changes, "INSERT INTO chains (name, doc, created_at, updated_at) VALUES "
			"($1, $2, $3, $3)", "sss", name, doc, now);
		if (rc == DD_EINVAL)
			rc = dd_store_error(DD_EINVAL, "chain '%s' exists already (PUT /api/v1/chains/%s changes it)", name, name);
	} else {
		rc = dd_pg_exec(s, c, NULL, &changes, "UPDATE chains SET doc = $1, updated_at = $2 WHERE name = $3", "sss",
			doc, now, name);
		if (!rc && !changes)
			rc = dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name);
	}
	free(doc);
	return rc;
}

int dd_pg_chain_put(dd_store *s, json_t *c, bool create)
{
	PG_CALL(s, conn, chain_put_on(s, conn, c, create));
}

static int chain_get_on(dd_store *s, dd_pg_conn *c, const char *name, json_t **out)
{
	PGresult *r;
	json_t *row = NULL;
	*out = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT doc, created_at, updated_at FROM chains WHERE name = $1", "s", name);
	if (!rc)
		rc = dd_pg_row_one(s, r, &row, "chain");
	if (rc == DD_ENOTFOUND)
		return dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name);
	if (!rc && !(*out = dd_store_chain_of(row)))
		rc = dd_store_error(DD_EFORMAT, "store: chain '%s': the stored document is not JSON", name);
	json_decref(row);
	return rc;
}

int dd_pg_chain_get(dd_store *s, const char *name, json_t **out)
{
	PG_CALL(s, c, chain_get_on(s, c, name, out));
}

/* names in byte order, as SQLite pages them (the database's collation may not) */
static int chain_list_on(dd_store *s, dd_pg_conn *c, const char *after, size_t limit, json_t **out)
{
	PGresult *r;
	json_t *rows = NULL, *row;
	size_t i;
	*out = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT doc, created_at, updated_at FROM chains WHERE name COLLATE \"C\" > $1 "
		"ORDER BY name COLLATE \"C\" LIMIT $2", "si", after ? after : "", (int64_t)limit);
	if (rc || (rc = dd_pg_rows(s, r, &rows)) != 0)
		return rc;
	if (!(*out = json_array())) {
		json_decref(rows);
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	}
	json_array_foreach(rows, i, row) {
		json_t *ch = dd_store_chain_of(row);
		if (ch)
			json_array_append_new(*out, ch);
	}
	json_decref(rows);
	return 0;
}

int dd_pg_chain_list(dd_store *s, const char *after, size_t limit, json_t **out)
{
	PG_CALL(s, c, chain_list_on(s, c, after, limit, out));
}

static int chain_delete_on(dd_store *s, dd_pg_conn *c, const char *name)
{
	int n = 0;
	int rc = dd_pg_exec(s, c, NULL, &n, "DELETE FROM chains WHERE name = $1", "s", name);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "chain '%s' not found", name) : rc;
}

int dd_pg_chain_delete(dd_store *s, const char *name)
{
	PG_CALL(s, c, chain_delete_on(s, c, name));
}

static int step_done_on(dd_store *s, dd_pg_conn *c, const char *chain, int64_t item, const char *digest,
	const char *step, const char *detail, bool *added)
{
	char now[32];
	int n = 0;
	dd_store_time(0, now);
	int rc = dd_pg_exec(s, c, NULL, &n, "INSERT INTO chain_steps (chain, item, digest, step, detail, at) VALUES ($1, $2, "
		"$3, $4, $5, $6) ON CONFLICT (chain, item, digest, step) DO NOTHING", "sissss", chain, item, digest, step,
		detail, now);
	if (added)
		*added = !rc && n > 0;
	return rc;
}

int dd_pg_chain_step_done(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	const char *detail, bool *added)
{
	PG_CALL(s, c, step_done_on(s, c, chain, item, digest, step, detail, added));
}

static int step_get_on(dd_store *s, dd_pg_conn *c, const char *chain, int64_t item, const char *digest,
	const char *step, json_t **out)
{
	PGresult *r;
	*out = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT chain, item, digest, step, detail, at FROM chain_steps WHERE "
		"chain = $1 AND item = $2 AND digest = $3 AND step = $4", "siss", chain, item, digest, step);
	return rc ? rc : dd_pg_row_one(s, r, out, "chain step");
}

int dd_pg_chain_step_get(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	json_t **out)
{
	PG_CALL(s, c, step_get_on(s, c, chain, item, digest, step, out));
}

/* ---- chain runs as tasks (chains2) ----
 * Two processes may judge the same scan item (a lease that ran out): the
 * run's primary key (chain, item, digest) lets one of them create it; the
 * other's INSERT waits for that commit, adds nothing, and its transaction
 * (a task of its own) rolls back, so it reports the winner's task. */

static int run_task_of(dd_store *s, dd_pg_conn *c, const char *chain, int64_t item, const char *digest, int64_t *task)
{
	PGresult *r;
	json_t *row = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT task FROM chain_runs WHERE chain = $1 AND item = $2 AND digest = $3",
		"sis", chain, item, digest);
	if (!rc && (rc = dd_pg_row_one(s, r, &row, "chain run")) == 0)
		*task = json_integer_value(json_object_get(row, "task"));
	json_decref(row);
	return rc;
}

/* inside a transaction; *lost when another process created the run meanwhile */
static int run_create_tx(dd_store *s, dd_pg_conn *c, json_t *run, int64_t deadline, int64_t *task, bool *fresh,
	bool *lost)
{
	const char *chain = jstr(run, "chain"), *digest = jstr(run, "digest");
	int64_t item = jint(run, "item"), scan_task = jint(run, "scan_task"), scan = jint(run, "scan");
	json_t *items;
	char now[32], image[700];
	int rc = run_task_of(s, c, chain, item, digest, task), added = 0;
	if (rc == 0) {
		/* a scan item run again (after a kill -9): its runs exist already */
		*fresh = false;
		return 0;
	}
	if (rc != DD_ENOTFOUND || (rc = dd_store_chain_run_items(run, &items, image)) != 0)
		return rc;
	dd_store_time(0, now);
	rc = dd_pg_task_insert(s, c, "chain", 0, 0, items, deadline, task);
	json_decref(items);
	if (rc || (rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE tasks SET chain = $1, scan_task = $2, image = $3 WHERE id = $4",
		"sisi", chain, scan_task, image, *task)) != 0)
		return rc;
	if ((rc = dd_pg_exec(s, c, NULL, &added, "INSERT INTO chain_runs (chain, item, digest, task, scan_task, scan, doc, "
		"verdict, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (chain, item, digest) DO NOTHING",
		"sisiiIsss", chain, item, digest, *task, scan_task, scan, jstr(run, "doc"), jstr(run, "verdict"), now)) != 0)
		return rc;
	*lost = !added;
	*fresh = added > 0;
	/* a lost race rolls this task back (dd_pg_end with an error) */
	return *lost ? DD_EINVAL : 0;
}

static int run_create_on(dd_store *s, dd_pg_conn *c, json_t *run, int64_t deadline, int64_t *task, bool *fresh)
{
	const char *chain = jstr(run, "chain"), *digest = jstr(run, "digest");
	int64_t item = jint(run, "item");
	bool lost = false;
	int rc = dd_store_chain_run_check(run);
	if (rc)
		return rc;
	if ((rc = dd_pg_begin(s, c)) != 0)
		return rc;
	rc = dd_pg_end(s, c, run_create_tx(s, c, run, deadline, task, fresh, &lost));
	if (!lost)
		return rc;
	*fresh = false;
	return run_task_of(s, c, chain, item, digest, task);
}

int dd_pg_chain_run_create(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh)
{
	PG_CALL(s, c, run_create_on(s, c, run, deadline, task, fresh));
}

int dd_pg_chain_run_get(dd_store *s, int64_t task, json_t **out)
{
	PGresult *r;
	*out = NULL;
	PG_CALL(s, c, dd_pg_exec(s, c, &r, NULL, "SELECT chain, item, digest, task, scan_task, scan, doc, verdict, "
		"created_at FROM chain_runs WHERE task = $1", "i", task) ?: dd_pg_row_one(s, r, out, "chain run"));
}
