/*
 * The PostgreSQL store's part for the Harbor adapter and admission (issue
 * 15; store_sqlite_harbor.c is its twin): Harbor scan requests by their
 * id, and blocked digests (per manifest digest, not per tag: the bytes are
 * what is risky).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_pg_call.h"

int dd_pg_harbor_scan_put(dd_store *s, const char *id, json_t *request)
{
	char now[32];
	char *text = json_dumps(request, JSON_COMPACT);
	if (!text)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	dd_store_time(0, now);
	dd_pg_conn *c;
	int rc = dd_pg_acquire(s, &c);
	if (!rc) {
		rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO harbor_scans (id, request, created_at) VALUES ($1, $2, $3)",
			"sss", id, text, now);
		dd_pg_release(s, c);
	}
	free(text);
	return rc;
}

static int harbor_scan_get_on(dd_store *s, dd_pg_conn *c, const char *id, json_t **out)
{
	PGresult *r;
	json_t *row = NULL;
	*out = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT id, request, created_at FROM harbor_scans WHERE id = $1", "s", id);
	if (rc || (rc = dd_pg_row_one(s, r, &row, "harbor scan request")) != 0)
		return rc;
	/* the request is JSON text in its column; callers see the object */
	json_t *req = json_loads(jstr(row, "request") ?: "", 0, NULL);
	if (!req) {
		json_decref(row);
		return dd_store_error(DD_EFORMAT, "store: harbor scan %s: the stored request is not JSON", id);
	}
	json_object_set_new(row, "request", req);
	*out = row;
	return 0;
}

int dd_pg_harbor_scan_get(dd_store *s, const char *id, json_t **out)
{
	PG_CALL(s, c, harbor_scan_get_on(s, c, id, out));
}

static int block_set_on(dd_store *s, dd_pg_conn *c, const char *digest, json_t *info)
{
	char now[32];
	dd_store_time(0, now);
	if (!info)
		return dd_pg_exec(s, c, NULL, NULL, "DELETE FROM image_blocks WHERE digest = $1", "s", digest);
	const char *reason = jstr(info, "reason");
	return dd_pg_exec(s, c, NULL, NULL, "INSERT INTO image_blocks (digest, registry, repository, tag, reason, "
		"blocked_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (digest) DO UPDATE SET registry = excluded.registry, "
		"repository = excluded.repository, tag = excluded.tag, reason = excluded.reason, "
		"blocked_at = excluded.blocked_at", "ssssss", digest, jstr(info, "registry"), jstr(info, "repository"),
		jstr(info, "tag"), reason ? reason : "blocked", now);
}

int dd_pg_image_block_set(dd_store *s, const char *digest, json_t *info)
{
	PG_CALL(s, c, block_set_on(s, c, digest, info));
}

static int block_get_on(dd_store *s, dd_pg_conn *c, const char *digest, json_t **out)
{
	PGresult *r;
	*out = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT digest, registry, repository, tag, reason, blocked_at FROM image_blocks "
		"WHERE digest = $1", "s", digest);
	return rc ? rc : dd_pg_row_one(s, r, out, "blocked image");
}

int dd_pg_image_block_get(dd_store *s, const char *digest, json_t **out)
{
	PG_CALL(s, c, block_get_on(s, c, digest, out));
}

static int block_list_on(dd_store *s, dd_pg_conn *c, size_t limit, json_t **out, int64_t *count)
{
	PGresult *r;
	*out = NULL;
	*count = 0;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT digest, registry, repository, tag, reason, blocked_at FROM image_blocks "
		"ORDER BY blocked_at DESC, digest COLLATE \"C\" LIMIT $1", "i", (int64_t)limit);
	if (rc || (rc = dd_pg_rows(s, r, out)) != 0)
		return rc;
	if ((rc = dd_pg_exec(s, c, &r, NULL, "SELECT count(*) FROM image_blocks", "")) != 0) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	*count = dd_pg_int(r, 0, 0);
	PQclear(r);
	return 0;
}

int dd_pg_image_block_list(dd_store *s, size_t limit, json_t **out, int64_t *count)
{
	PG_CALL(s, c, block_list_on(s, c, limit, out, count));
}
