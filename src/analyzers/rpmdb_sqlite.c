/*
 * rpmdb.sqlite reader: the header blobs are the `blob` column of table
 * Packages. SQLite reads the spill file through a read-only VFS
 * (sqlite_spill.h) with its bounded page cache; rpm's WAL mode is handled
 * there.
 *
 * The one idea: the database is hostile too. The connection is locked down
 * (defensive mode, no views, no triggers, untrusted schema, a length limit)
 * and a progress handler bounds the work a crafted schema or b-tree could
 * make the query do. Rows are listed with length() and typeof(), which do
 * not load the value, and each blob is then read with the incremental blob
 * API into one per-record buffer: a large blob is claimed from the
 * process-wide record budget first, so hostile rows of tens of MiB cannot
 * add up across layer threads.
 */
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/rpmdb.h"
#include "analyzers/sqlite_spill.h"
#include "util/budget.h"
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

/* Reads row `rowid`'s blob into buf; 1 when the row is a bad record. */
static int read_blob(sqlite3 *db, sqlite3_int64 rowid, dd_recbuf *buf, size_t *len, dd_rpmdb_stats *st)
{
	sqlite3_blob *bh = NULL;
	int rc = 0;
	if (sqlite3_blob_open(db, "main", "Packages", "blob", rowid, 0, &bh) != SQLITE_OK) {
		dd_rpmdb_bad(st, "Packages row %lld: %s", (long long)rowid, sqlite3_errmsg(db));
		rc = 1;
		goto out;
	}
	int n = sqlite3_blob_bytes(bh);
	if (n <= 0 || (unsigned)n > DD_RPMDB_MAX_BLOB) {
		dd_rpmdb_bad(st, "Packages row %lld holds a blob of %d bytes", (long long)rowid, n);
		rc = 1;
		goto out;
	}
	char what[64];
	snprintf(what, sizeof(what), "rpmdb.sqlite row %lld", (long long)rowid);
	if ((rc = dd_recbuf_reserve(buf, (size_t)n, what)) != 0)
		goto out;
	if (sqlite3_blob_read(bh, buf->p, n, 0) != SQLITE_OK) {
		dd_rpmdb_bad(st, "Packages row %lld: %s", (long long)rowid, sqlite3_errmsg(db));
		rc = 1;
		goto out;
	}
	*len = (size_t)n;
out:
	sqlite3_blob_close(bh);
	return rc;
}

int dd_rpmdb_sqlite_each(const dd_spill *file, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *stmt = NULL;
	dd_recbuf buf = { 0 };
	uint8_t head[16];
	int rc = 0;
	if (file->size < 100 || dd_spill_read(file, 0, head, sizeof(head)) != 0 ||
	    memcmp(head, "SQLite format 3", 16) != 0)
		return dd_error_set(DD_EFORMAT, "rpmdb.sqlite: not an SQLite database");
	if ((sqlite3_int64)file->size < 0)
		return dd_error_set(DD_ELIMIT, "rpmdb.sqlite: too large");

	if (dd_sqlite_open_spill(file, &db) != SQLITE_OK) {
		rc = sqlite_fail(db, db ? DD_EFORMAT : DD_ENOMEM, "cannot open the database");
		goto out;
	}
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, (int *)NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, (int *)NULL);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, (int)DD_RPMDB_MAX_BLOB);
	sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 16);
	sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
	budget b = { .left = (STEPS_MIN + file->size * STEPS_PER_BYTE) / PROGRESS_STEPS };
	sqlite3_progress_handler(db, PROGRESS_STEPS, progress, &b);
	/* a page cache of 2 MiB whatever the page size the file claims */
	sqlite3_exec(db, "PRAGMA cell_size_check=ON; PRAGMA query_only=ON; PRAGMA cache_size=-2048", NULL, NULL, NULL);

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
	/* length() and typeof() of a blob read its header only, not its pages */
	if (sqlite3_prepare_v2(db, "SELECT rowid, typeof(blob), length(blob) FROM Packages", -1, &stmt, NULL) != SQLITE_OK) {
		rc = sqlite_fail(db, DD_EFORMAT, "cannot query table Packages");
		goto out;
	}
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (st->records + st->bad >= DD_RPMDB_MAX_RECORDS) {
			rc = dd_error_set(DD_ELIMIT, "rpmdb.sqlite: more than %u records", DD_RPMDB_MAX_RECORDS);
			goto out;
		}
		const unsigned char *type = sqlite3_column_text(stmt, 1);
		if (!type || strcmp((const char *)type, "blob") != 0) {
			dd_rpmdb_bad(st, "a Packages row holds no header blob");
			continue;
		}
		if (sqlite3_column_int64(stmt, 2) <= 0) {
			dd_rpmdb_bad(st, "a Packages row holds an empty blob");
			continue;
		}
		size_t n = 0;
		if ((rc = read_blob(db, sqlite3_column_int64(stmt, 0), &buf, &n, st)) < 0)
			goto out;
		if (rc > 0) {
			rc = 0;
			continue;
		}
		st->records++;
		rc = visit(ctx, buf.p, n);
		dd_recbuf_done(&buf);
		if (rc)
			goto out;
	}
	if (step != SQLITE_DONE) {
		if (step == SQLITE_INTERRUPT)
			rc = dd_error_set(DD_ELIMIT, "rpmdb.sqlite: reading took more work than a database of %llu bytes can need; stopped",
				(unsigned long long)file->size);
		else
			rc = sqlite_fail(db, DD_EFORMAT, "corrupt database");
	}
out:
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	dd_recbuf_free(&buf);
	return rc;
}
