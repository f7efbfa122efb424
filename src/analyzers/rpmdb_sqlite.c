/*
 * rpmdb.sqlite reader: the header blobs are the `blob` column of table
 * Packages. The file is opened from memory with sqlite3_deserialize(),
 * read-only, so it never touches the disk.
 *
 * The one idea: the database is hostile too. rpm leaves its db in WAL mode
 * (header bytes 18/19 = 2), which an in-memory database cannot open, so a
 * private copy gets the legacy journal mode bytes (1) instead: WAL frames
 * live in the separate -wal file, which rpm.c looks at on its own. The
 * connection is locked down (defensive mode, no views, no triggers,
 * untrusted schema, a length limit) and a progress handler bounds the work a
 * crafted schema or b-tree could make the query do.
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/rpmdb.h"
#include "util/error.h"

/* VM steps between progress callbacks, and callbacks allowed per byte. */
#define PROGRESS_STEPS 10000
#define STEPS_PER_BYTE 64
#define STEPS_MIN (10u * 1000 * 1000)

typedef struct budget {
	uint64_t left;   /* callbacks before we interrupt */
} budget;

static int progress(void *arg)
{
	budget *b = arg;
	if (b->left == 0)
		return 1;
	b->left--;
	return 0;
}

static int sqlite_fail(sqlite3 *db, int code, const char *what)
{
	return dd_error_set(code, "rpmdb.sqlite: %s: %s", what, db ? sqlite3_errmsg(db) : "out of memory");
}

int dd_rpmdb_sqlite_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	unsigned char *copy = NULL;
	int rc = 0;
	if (len < 100 || memcmp(data, "SQLite format 3", 16) != 0)
		return dd_error_set(DD_EFORMAT, "rpmdb.sqlite: not an SQLite database");
	if ((sqlite3_int64)len < 0)
		return dd_error_set(DD_ELIMIT, "rpmdb.sqlite: too large");
	if (!(copy = malloc(len)))
		return dd_error_oom();
	memcpy(copy, data, len);
	/* WAL (2) -> legacy (1): the memdb VFS has no shared memory for a WAL index */
	if (copy[18] == 2)
		copy[18] = 1;
	if (copy[19] == 2)
		copy[19] = 1;

	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = sqlite_fail(db, DD_ENOMEM, "cannot open an in-memory database");
		goto out;
	}
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, (int *)NULL);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, (int)DD_RPMDB_MAX_BLOB);
	sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 16);
	sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
	budget b = { .left = (STEPS_MIN + (uint64_t)len * STEPS_PER_BYTE) / PROGRESS_STEPS };
	sqlite3_progress_handler(db, PROGRESS_STEPS, progress, &b);
	if (sqlite3_deserialize(db, "main", copy, (sqlite3_int64)len, (sqlite3_int64)len,
				SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
		rc = sqlite_fail(db, DD_EFORMAT, "cannot load the database");
		goto out;
	}
	sqlite3_exec(db, "PRAGMA cell_size_check=ON; PRAGMA query_only=ON", NULL, NULL, NULL);

	/* rpm's own table, never a view (views are disabled above anyway) */
	if (sqlite3_prepare_v2(db, "SELECT type FROM sqlite_master WHERE name='Packages'", -1, &stmt, NULL) != SQLITE_OK) {
		rc = sqlite_fail(db, DD_EFORMAT, "cannot read the schema");
		goto out;
	}
	int step = sqlite3_step(stmt);
	bool is_table = step == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_TEXT &&
		strcmp((const char *)sqlite3_column_text(stmt, 0), "table") == 0;
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (step != SQLITE_ROW && step != SQLITE_DONE) {
		rc = sqlite_fail(db, DD_EFORMAT, "cannot read the schema");
		goto out;
	}
	if (!is_table) {
		rc = dd_error_set(DD_EFORMAT, "rpmdb.sqlite: no Packages table; not an rpm database");
		goto out;
	}
	if (sqlite3_prepare_v2(db, "SELECT blob FROM Packages", -1, &stmt, NULL) != SQLITE_OK) {
		rc = sqlite_fail(db, DD_EFORMAT, "cannot query table Packages");
		goto out;
	}
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (st->records + st->bad >= DD_RPMDB_MAX_RECORDS) {
			rc = dd_error_set(DD_ELIMIT, "rpmdb.sqlite: more than %u records", DD_RPMDB_MAX_RECORDS);
			goto out;
		}
		if (sqlite3_column_type(stmt, 0) != SQLITE_BLOB) {
			dd_rpmdb_bad(st, "a Packages row holds no header blob");
			continue;
		}
		const void *blob = sqlite3_column_blob(stmt, 0);
		int n = sqlite3_column_bytes(stmt, 0);
		if (!blob || n <= 0) {
			dd_rpmdb_bad(st, "a Packages row holds an empty blob");
			continue;
		}
		st->records++;
		if ((rc = visit(ctx, blob, (size_t)n)) != 0)
			goto out;
	}
	if (step != SQLITE_DONE) {
		if (step == SQLITE_INTERRUPT)
			rc = dd_error_set(DD_ELIMIT, "rpmdb.sqlite: reading took more work than a database of %zu bytes can need; stopped", len);
		else
			rc = sqlite_fail(db, DD_EFORMAT, "corrupt database");
	}
out:
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	free(copy);
	return rc;
}
