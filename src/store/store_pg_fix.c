/*
 * The PostgreSQL store's part for fix through the API and re-evaluation
 * (issue 14 items 4-5; store_sqlite_fix.c is its twin): the `fixes` table
 * and `image_changes`. JSON columns (ids, result, added, removed) are text
 * in both backends and parsed back here, so callers see the API's shapes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_pg_call.h"

static int fix_submit_on(dd_store *s, dd_pg_conn *c, json_t *req, int64_t deadline, int64_t *id)
{
	json_t *items = json_pack("[{s:s?,s:s?,s:s?}]", "registry", jstr(req, "registry"), "repository",
		jstr(req, "repository"), "tag", jstr(req, "tag"));
	char *ids = jdump(req, "ids");
	int rc = items ? dd_pg_begin(s, c) : dd_store_error(DD_ENOMEM, "store: out of memory");
	if (!rc) {
		rc = dd_pg_task_insert(s, c, "fix", 0, 0, items, deadline, id);
		if (!rc)
			rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO fixes(task, registry, repository, tag, ids, overwrite, "
				"target_repository) VALUES ($1, $2, $3, $4, $5, $6, $7)", "issssis", *id, jstr(req, "registry"),
				jstr(req, "repository"), jstr(req, "tag"), ids,
				jbool(req, "overwrite"), jstr(req, "target_repository"));
		rc = dd_pg_end(s, c, rc);
	}
	free(ids);
	json_decref(items);
	return rc;
}

int dd_pg_fix_submit(dd_store *s, json_t *request, int64_t deadline, int64_t *id)
{
	PG_CALL(s, c, fix_submit_on(s, c, request, deadline, id));
}

static int fix_get_on(dd_store *s, dd_pg_conn *c, int64_t task, json_t **out)
{
	static const char *const json_fields[] = { "ids", "result", NULL };
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT task, registry, repository, tag, ids, overwrite, fixed_tag, scan_task, "
		"result, finished_at, target_repository FROM fixes WHERE task = $1", "i", task);
	if (rc || (rc = dd_pg_row_one(s, r, out, "fix task")) != 0)
		return rc;
	dd_store_json_fields(*out, json_fields);
	json_object_set_new(*out, "overwrite", json_boolean(json_integer_value(json_object_get(*out, "overwrite"))));
	return 0;
}

int dd_pg_fix_get(dd_store *s, int64_t task, json_t **out)
{
	PG_CALL(s, c, fix_get_on(s, c, task, out));
}

static int fix_finish_on(dd_store *s, dd_pg_conn *c, int64_t task, const char *fixed_tag, int64_t scan_task,
	json_t *result)
{
	char now[32], *text = result && !json_is_null(result) ? json_dumps(result, JSON_COMPACT) : NULL;
	dd_store_time(0, now);
	int n = 0;
	int rc = dd_pg_exec(s, c, NULL, &n, "UPDATE fixes SET fixed_tag = $1, scan_task = $2, result = $3, finished_at = $4 "
		"WHERE task = $5", "sIssi", fixed_tag, scan_task, text, now, task);
	free(text);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "fix task %lld not found", (long long)task) : rc;
}

int dd_pg_fix_finish(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result)
{
	PG_CALL(s, c, fix_finish_on(s, c, task, fixed_tag, scan_task, result));
}

static int fix_tag_on(dd_store *s, dd_pg_conn *c, const char *registry, const char *repository, const char *tag,
	char *out, size_t cap)
{
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT fixed_tag FROM fixes WHERE registry = $1 AND repository = $2 AND "
		"tag = $3 AND fixed_tag IS NOT NULL ORDER BY task DESC LIMIT 1", "sss", registry, repository, tag);
	if (rc)
		return rc;
	bool found = PQntuples(r) > 0;
	if (found)
		snprintf(out, cap, "%s", dd_pg_text(r, 0, 0));
	PQclear(r);
	return found ? 0 : dd_store_error(DD_ENOTFOUND, "no fixed tag");
}

int dd_pg_fix_tag(dd_store *s, const char *registry, const char *repository, const char *tag, char *out, size_t cap)
{
	PG_CALL(s, c, fix_tag_on(s, c, registry, repository, tag, out, cap));
}

int dd_pg_image_scanned_list(dd_store *s, int64_t after, size_t limit, json_t **out)
{
	PGresult *r;
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, "
		"i.scan, s.scanners, s.db_built_at FROM images i JOIN scans s ON s.id = i.scan WHERE i.id > $1 ORDER BY i.id "
		"LIMIT $2", "ii", after, (int64_t)limit), &r, out));
}

int dd_pg_image_by_scan(dd_store *s, int64_t scan, json_t **out)
{
	PGresult *r;
	/* bounded: one digest under more tags than this is not a real registry */
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT registry, repository, tag, digest FROM images "
		"WHERE scan = $1 ORDER BY id LIMIT 100000", "i", scan), &r, out));
}

static int change_add_on(dd_store *s, dd_pg_conn *c, json_t *ch)
{
	char now[32];
	dd_store_time(0, now);
	char *added = jdump(ch, "added"), *removed = jdump(ch, "removed");
	int rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO image_changes(registry, repository, tag, digest, task, "
		"db_built_at, added, removed, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", "ssssIssss",
		jstr(ch, "registry"), jstr(ch, "repository"), jstr(ch, "tag"), jstr(ch, "digest"),
		jint(ch, "task"), jstr(ch, "db_built_at"), added ? added : "[]",
		removed ? removed : "[]", now);
	free(added);
	free(removed);
	return rc;
}

int dd_pg_change_add(dd_store *s, json_t *change)
{
	PG_CALL(s, c, change_add_on(s, c, change));
}

static int change_list_on(dd_store *s, dd_pg_conn *c, const char *registry, const char *repository, const char *tag,
	int64_t after, size_t limit, json_t **out)
{
	static const char *const json_fields[] = { "added", "removed", NULL };
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT id, registry, repository, tag, digest, task, db_built_at, added, "
		"removed, at FROM image_changes WHERE registry = $1 AND repository = $2 AND tag = $3 AND id > $4 ORDER BY id "
		"LIMIT $5", "sssii", registry, repository, tag, after, (int64_t)limit);
	if (rc || (rc = dd_pg_rows(s, r, out)) != 0)
		return rc;
	dd_store_json_fields_rows(*out, json_fields);
	return 0;
}

int dd_pg_change_list(dd_store *s, const char *registry, const char *repository, const char *tag, int64_t after,
	size_t limit, json_t **out)
{
	PG_CALL(s, c, change_list_on(s, c, registry, repository, tag, after, limit, out));
}
