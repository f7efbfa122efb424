/*
 * The SQLite store's part for fix through the API and re-evaluation
 * (issue 14 items 4-5, docs/store.md): the `fixes` table (a fix task's
 * request, the tag it wrote, its drydock.fix/v1 result) and `image_changes`
 * (what a rematch against a new advisory DB added to or removed from an
 * image's findings). JSON columns (ids, result, added, removed) are stored
 * as text and parsed back here, so callers see the API's shapes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_json.h"
#include "store/store_sqlite.h"

static char *dump_or_null(json_t *v)
{
	return v && !json_is_null(v) ? json_dumps(v, JSON_COMPACT) : NULL;
}

static int fix_submit_locked(dd_store *s, json_t *req, int64_t deadline, int64_t *id)
{
	const char *reg = json_string_value(json_object_get(req, "registry"));
	const char *repo = json_string_value(json_object_get(req, "repository"));
	const char *tag = json_string_value(json_object_get(req, "tag"));
	json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", reg, "repository", repo, "tag", tag);
	char *ids = dump_or_null(json_object_get(req, "ids"));
	int rc = items ? dd_sq_begin(s) : dd_store_error(DD_ENOMEM, "store: out of memory");
	if (!rc) {
		rc = dd_sq_task_insert(s, "fix", 0, 0, items, deadline, id);
		if (!rc)
			rc = dd_sq_run(s, NULL, "INSERT INTO fixes(task, registry, repository, tag, ids, overwrite, "
				"target_repository) VALUES (?, ?, ?, ?, ?, ?, ?)", "issssis", *id, reg, repo, tag, ids,
				(int64_t)json_is_true(json_object_get(req, "overwrite")),
				json_string_value(json_object_get(req, "target_repository")));
		rc = dd_sq_end(s, rc);
	}
	free(ids);
	json_decref(items);
	return rc;
}

int dd_sq_fix_submit(dd_store *s, json_t *request, int64_t deadline, int64_t *id)
{
	LOCKED_CALL(s, fix_submit_locked(s, request, deadline, id));
}

static int fix_get_locked(dd_store *s, int64_t task, json_t **out)
{
	static const char *const json_fields[] = { "ids", "result", NULL };
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT task, registry, repository, tag, ids, overwrite, fixed_tag, scan_task, result, "
		"finished_at, target_repository FROM fixes WHERE task = ?", "i", task);
	if (rc || (rc = dd_sq_row_one(s, st, out, "fix task")) != 0)
		return rc;
	dd_store_json_fields(*out, json_fields);
	json_object_set_new(*out, "overwrite", json_boolean(json_integer_value(json_object_get(*out, "overwrite"))));
	return 0;
}

int dd_sq_fix_get(dd_store *s, int64_t task, json_t **out)
{
	LOCKED_CALL(s, fix_get_locked(s, task, out));
}

static int fix_finish_locked(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result)
{
	char now[32], *text = dump_or_null(result);
	dd_store_time(0, now);
	int n = 0;
	int rc = dd_sq_run(s, &n, "UPDATE fixes SET fixed_tag = ?, scan_task = ?, result = ?, finished_at = ? WHERE task = ?",
		"sIssi", fixed_tag, scan_task, text, now, task);
	free(text);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "fix task %lld not found", (long long)task) : rc;
}

int dd_sq_fix_finish(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result)
{
	LOCKED_CALL(s, fix_finish_locked(s, task, fixed_tag, scan_task, result));
}

static int fix_tag_locked(dd_store *s, const char *registry, const char *repository, const char *tag, char *out,
	size_t cap)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT fixed_tag FROM fixes WHERE registry = ? AND repository = ? AND tag = ? AND "
		"fixed_tag IS NOT NULL ORDER BY task DESC LIMIT 1", "sss", registry, repository, tag);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		snprintf(out, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (step == SQLITE_ROW)
		return 0;
	return step == SQLITE_DONE ? dd_store_error(DD_ENOTFOUND, "no fixed tag") : dd_store_error(DD_EIO, "store: fixes");
}

int dd_sq_fix_tag(dd_store *s, const char *registry, const char *repository, const char *tag, char *out, size_t cap)
{
	LOCKED_CALL(s, fix_tag_locked(s, registry, repository, tag, out, cap));
}

static int image_scanned_list_locked(dd_store *s, int64_t after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, i.scan, s.scanners, "
		"s.db_built_at FROM images i JOIN scans s ON s.id = i.scan WHERE i.id > ? ORDER BY i.id LIMIT ?", "ii",
		after, (int64_t)limit);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_image_scanned_list(dd_store *s, int64_t after, size_t limit, json_t **out)
{
	LOCKED_CALL(s, image_scanned_list_locked(s, after, limit, out));
}

static int image_by_scan_locked(dd_store *s, int64_t scan, json_t **out)
{
	sqlite3_stmt *st;
	/* bounded: one digest under more tags than this is not a real registry */
	int rc = dd_sq_prep(s, &st, "SELECT registry, repository, tag, digest FROM images WHERE scan = ? ORDER BY id "
		"LIMIT 100000", "i", scan);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_image_by_scan(dd_store *s, int64_t scan, json_t **out)
{
	LOCKED_CALL(s, image_by_scan_locked(s, scan, out));
}

static int change_add_locked(dd_store *s, json_t *c)
{
	char now[32];
	dd_store_time(0, now);
	char *added = dump_or_null(json_object_get(c, "added")), *removed = dump_or_null(json_object_get(c, "removed"));
	int rc = dd_sq_run(s, NULL, "INSERT INTO image_changes(registry, repository, tag, digest, task, db_built_at, added, "
		"removed, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "ssssIssss",
		json_string_value(json_object_get(c, "registry")), json_string_value(json_object_get(c, "repository")),
		json_string_value(json_object_get(c, "tag")), json_string_value(json_object_get(c, "digest")),
		(int64_t)json_integer_value(json_object_get(c, "task")), json_string_value(json_object_get(c, "db_built_at")),
		added ? added : "[]", removed ? removed : "[]", now);
	free(added);
	free(removed);
	return rc;
}

int dd_sq_change_add(dd_store *s, json_t *change)
{
	LOCKED_CALL(s, change_add_locked(s, change));
}

static int change_list_locked(dd_store *s, const char *registry, const char *repository, const char *tag,
	int64_t after, size_t limit, json_t **out)
{
	static const char *const json_fields[] = { "added", "removed", NULL };
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT id, registry, repository, tag, digest, task, db_built_at, added, removed, at "
		"FROM image_changes WHERE registry = ? AND repository = ? AND tag = ? AND id > ? ORDER BY id LIMIT ?", "sssii",
		registry, repository, tag, after, (int64_t)limit);
	if (rc || (rc = dd_sq_rows(s, st, out)) != 0)
		return rc;
	size_t i;
	json_t *row;
	json_array_foreach(*out, i, row)
		dd_store_json_fields(row, json_fields);
	return 0;
}

int dd_sq_change_list(dd_store *s, const char *registry, const char *repository, const char *tag, int64_t after,
	size_t limit, json_t **out)
{
	LOCKED_CALL(s, change_list_locked(s, registry, repository, tag, after, limit, out));
}
