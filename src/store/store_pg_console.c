/*
 * The console's reads in the PostgreSQL store (web console, issue 16;
 * store_sqlite_console.c is its twin): images with their stored scan's
 * summary and its block, and the newest tasks. Read-only queries.
 */
#include "store/store_pg_call.h"

int dd_pg_image_summaries(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out)
{
	PGresult *r;
	/* the casts type a parameter that is only tested for NULL */
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, "
		"i.pushed_at, i.updated_at, i.scan, s.scanned_at, s.complete, s.summary, "
		"(b.digest IS NOT NULL)::int AS blocked, b.reason AS blocked_reason "
		"FROM images i LEFT JOIN scans s ON s.id = i.scan LEFT JOIN image_blocks b ON b.digest = i.digest "
		"WHERE i.id > $1 AND ($2::text IS NULL OR i.registry = $2::text) AND ($3::text IS NULL OR "
		"i.repository = $3::text) ORDER BY i.id LIMIT $4", "issi", after, registry, repository, (int64_t)limit), &r,
		out));
}

int dd_pg_task_recent(dd_store *s, size_t limit, json_t **out)
{
	PGresult *r;
	PG_CALL(s, c, pg_rows_after(s, dd_pg_exec(s, c, &r, NULL, "SELECT id, kind, state, rule, chain, scan_task, "
		"image, total, done, failed, created_at, started_at, finished_at FROM tasks ORDER BY id DESC LIMIT $1", "i",
		(int64_t)limit), &r, out));
}
