/*
 * The console's reads (web console, issue 16): images with their stored
 * scan's summary (the Images page sorts and filters by risk, the Overview
 * counts them) and the newest tasks (Overview, the task event stream).
 * Read-only queries over the existing tables: no migration. Called by the
 * wrappers at the end of store_sqlite.c, which hold the store's lock.
 */
#include <jansson.h>
#include <sqlite3.h>
#include <string.h>

#include "store/store.h"
#include "store/store_sqlite.h"

/* One row as an object: NULL columns left out, `summary` parsed. */
static json_t *row(sqlite3_stmt *st)
{
	json_t *o = json_object();
	for (int i = 0; i < sqlite3_column_count(st); i++) {
		const char *name = sqlite3_column_name(st, i);
		json_t *v = NULL;
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_INTEGER:
			v = json_integer(sqlite3_column_int64(st, i));
			break;
		case SQLITE_TEXT: {
			const char *t = (const char *)sqlite3_column_text(st, i);
			if (!strcmp(name, "summary"))
				v = json_loads(t, 0, NULL);
			if (!v)
				v = json_string(t);
			break;
		}
		default:
			continue;
		}
		if (!strcmp(name, "complete"))
			json_object_set_new(o, name, json_boolean(json_integer_value(v)));
		else
			json_object_set(o, name, v);
		json_decref(v);
	}
	return o;
}

static int rows(sqlite3 *db, sqlite3_stmt *st, json_t **out)
{
	json_t *a = json_array();
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, row(st));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return dd_store_error(DD_EIO, "store: reading the console's rows: %s", sqlite3_errmsg(db));
	}
	*out = a;
	return 0;
}

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		return dd_store_error(DD_EIO, "store: preparing the console's query: %s", sqlite3_errmsg(db));
	return 0;
}

int dd_sq_console_image_summaries(sqlite3 *db, const char *registry, const char *repository, int64_t after,
	size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prepare(db, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, i.pushed_at, i.updated_at, "
		"i.scan, s.scanned_at, s.complete, s.summary FROM images i LEFT JOIN scans s ON s.id = i.scan "
		"WHERE i.id > ?1 AND (?2 IS NULL OR i.registry = ?2) AND (?3 IS NULL OR i.repository = ?3) "
		"ORDER BY i.id LIMIT ?4", &st);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, after);
	if (registry)
		sqlite3_bind_text(st, 2, registry, -1, SQLITE_TRANSIENT);
	if (repository)
		sqlite3_bind_text(st, 3, repository, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, (int64_t)limit);
	return rows(db, st, out);
}

int dd_sq_console_task_recent(sqlite3 *db, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prepare(db, "SELECT id, kind, state, rule, total, done, failed, created_at, started_at, finished_at "
		"FROM tasks ORDER BY id DESC LIMIT ?1", &st);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, (int64_t)limit);
	return rows(db, st, out);
}
