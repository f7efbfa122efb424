/*
 * The console's reads (web console, issue 16): images with their stored
 * scan's summary (the Images page sorts and filters by risk, the Overview
 * counts them) and the newest tasks (Overview, the task event stream).
 * Read-only queries over the existing tables: no migration. Each takes the
 * store's lock itself (the helpers of store_sqlite.h).
 */
#include "store/store_sqlite.h"

static int image_summaries_locked(dd_store *s, const char *registry, const char *repository, int64_t after,
	size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = dd_sq_prep(s, &st, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, i.pushed_at, i.updated_at, "
		"i.scan, s.scanned_at, s.complete, s.summary, b.digest IS NOT NULL AS blocked, b.reason AS blocked_reason "
		"FROM images i LEFT JOIN scans s ON s.id = i.scan LEFT JOIN image_blocks b ON b.digest = i.digest "
		"WHERE i.id > ? AND (? IS NULL OR i.registry = ?) AND (? IS NULL OR i.repository = ?) ORDER BY i.id LIMIT ?",
		"issssi", after, registry, registry, repository, repository, (int64_t)limit);
	return rc ? rc : dd_sq_rows(s, st, out);
}

int dd_sq_image_summaries(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out)
{
	dd_sq_lock(s);
	int rc = image_summaries_locked(s, registry, repository, after, limit, out);
	dd_sq_unlock(s);
	return rc;
}

int dd_sq_task_recent(dd_store *s, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	dd_sq_lock(s);
	int rc = dd_sq_prep(s, &st, "SELECT id, kind, state, rule, chain, scan_task, image, total, done, failed, created_at, started_at, finished_at "
		"FROM tasks ORDER BY id DESC LIMIT ?", "i", (int64_t)limit);
	if (!rc)
		rc = dd_sq_rows(s, st, out);
	dd_sq_unlock(s);
	return rc;
}
