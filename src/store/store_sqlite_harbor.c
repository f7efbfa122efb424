/*
 * The SQLite store's part for the Harbor adapter and admission (issue 15):
 * Harbor scan requests by their id, and blocked digests. A block is kept
 * per manifest digest, not per tag: the bytes are what is risky, so the
 * same image under another tag or in a backup repository is blocked too,
 * and a tag moved to a fixed digest is not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_sqlite.h"

int dd_sq_harbor_scan_put(dd_store *s, const char *id, json_t *request)
{
	char now[32];
	char *text = json_dumps(request, JSON_COMPACT);
	if (!text)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	dd_store_time(0, now);
	dd_sq_lock(s);
	int rc = dd_sq_run(s, NULL, "INSERT INTO harbor_scans (id, request, created_at) VALUES (?, ?, ?)", "sss", id, text, now);
	dd_sq_unlock(s);
	free(text);
	return rc;
}

int dd_sq_harbor_scan_get(dd_store *s, const char *id, json_t **out)
{
	sqlite3_stmt *st;
	json_t *row = NULL;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT id, request, created_at FROM harbor_scans WHERE id = ?", "s", id);
	if (!rc)
		rc = dd_sq_row_one(s, st, &row, "harbor scan request");
	dd_sq_unlock(s);
	if (rc)
		return rc;
	/* the request is JSON text in its column; callers see the object */
	json_t *req = json_loads(json_string_value(json_object_get(row, "request")), 0, NULL);
	if (!req) {
		json_decref(row);
		return dd_store_error(DD_EFORMAT, "store: harbor scan %s: the stored request is not JSON", id);
	}
	json_object_set_new(row, "request", req);
	*out = row;
	return 0;
}

int dd_sq_image_block_set(dd_store *s, const char *digest, json_t *info)
{
	char now[32];
	int rc;
	dd_store_time(0, now);
	dd_sq_lock(s);
	if (!info) {
		rc = dd_sq_run(s, NULL, "DELETE FROM image_blocks WHERE digest = ?", "s", digest);
	} else {
		const char *reason = json_string_value(json_object_get(info, "reason"));
		rc = dd_sq_run(s, NULL, "INSERT INTO image_blocks (digest, registry, repository, tag, reason, blocked_at) "
			"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (digest) DO UPDATE SET registry = excluded.registry, "
			"repository = excluded.repository, tag = excluded.tag, reason = excluded.reason, "
			"blocked_at = excluded.blocked_at", "ssssss", digest,
			json_string_value(json_object_get(info, "registry")), json_string_value(json_object_get(info, "repository")),
			json_string_value(json_object_get(info, "tag")), reason ? reason : "blocked", now);
	}
	dd_sq_unlock(s);
	return rc;
}

int dd_sq_image_block_get(dd_store *s, const char *digest, json_t **out)
{
	sqlite3_stmt *st;
	*out = NULL;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT digest, registry, repository, tag, reason, blocked_at FROM image_blocks "
		"WHERE digest = ?", "s", digest);
	if (!rc)
		rc = dd_sq_row_one(s, st, out, "blocked image");
	dd_sq_unlock(s);
	return rc;
}

int dd_sq_image_block_list(dd_store *s, size_t limit, json_t **out, int64_t *count)
{
	sqlite3_stmt *st;
	json_t *one = NULL;
	*out = NULL;
	*count = 0;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT digest, registry, repository, tag, reason, blocked_at FROM image_blocks "
		"ORDER BY blocked_at DESC, digest LIMIT ?", "i", (int64_t)limit);
	if (!rc)
		rc = dd_sq_rows(s, st, out);
	if (!rc && !(rc = dd_sq_prep(s, &st, "SELECT COUNT(*) AS n FROM image_blocks", "")))
		rc = dd_sq_row_one(s, st, &one, "blocked images");
	if (!rc)
		*count = json_integer_value(json_object_get(one, "n"));
	json_decref(one);
	dd_sq_unlock(s);
	if (rc) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}
