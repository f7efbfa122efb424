/*
 * The public DB API (include/drydock/db.h): import and info (the default
 * location is util/default_paths.c). The one idea: an import is one transaction, so a failure anywhere
 * (a corrupt zip in the middle of a folder) leaves the DB exactly as it was.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/db.h"
#include "vuln/db_sink.h"
#include "vuln/import.h"

int dd_db_mkdir_parent(const char *path)
{
	char *dir = strdup(path);
	if (!dir)
		return dd_error_oom();
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
			int rc = dd_error_set(DD_EIO, "cannot create %s for the advisory DB: %s", dir, strerror(errno));
			free(dir);
			return rc;
		}
		*p = '/';
	}
	free(dir);
	return 0;
}

static int sink_advisory(void *ctx, const dd_adv *a)
{
	dd_db_sink *s = ctx;
	int outcome = 0;
	int rc = dd_vdb_put(s->db, a, s->feed, &outcome);
	if (rc)
		return rc;
	if (outcome == DD_VDB_ADDED)
		s->stats->added++;
	else if (outcome == DD_VDB_REPLACED)
		s->stats->replaced++;
	else
		s->stats->kept_newer++;
	s->records++;
	return 0;
}

static int sink_withdraw(void *ctx, const char *rid, int64_t modified)
{
	dd_db_sink *s = ctx;
	bool dropped;
	return dd_vdb_withdraw(s->db, rid, modified, &dropped);
}

static int sink_kev(void *ctx, const dd_kev_entry *e)
{
	dd_db_sink *s = ctx;
	return dd_vdb_put_kev(s->db, e->cve, e->added, e->name, e->ransomware, s->feed);
}

void dd_db_sink_init(dd_db_sink *ds, dd_import_sink *out, dd_vdb *db, int64_t feed, dd_db_import_stats *stats)
{
	memset(ds, 0, sizeof(*ds));
	ds->db = db;
	ds->feed = feed;
	ds->stats = stats;
	out->advisory = sink_advisory;
	out->withdraw = sink_withdraw;
	out->kev = sink_kev;
	out->ctx = ds;
	out->stats = stats;
}

typedef struct import_poll_arg {
	const dd_db_import_options *opts;
	const dd_db_import_stats *stats;
} import_poll_arg;

static int import_poll(void *arg)
{
	import_poll_arg *a = arg;
	return a->opts->progress("import", a->stats->files, 0, a->opts->progress_payload);
}

int dd_db_import(const char *db_path, const char *const *paths, size_t n_paths, dd_db_import_stats *stats_out)
{
	return dd_db_import_with(db_path, paths, n_paths, NULL, stats_out);
}

int dd_db_import_with(const char *db_path, const char *const *paths, size_t n_paths, const dd_db_import_options *opts,
	dd_db_import_stats *stats_out)
{
	dd_db_import_stats stats;
	dd_vdb *db = NULL;
	char *def = NULL;
	int rc;
	memset(&stats, 0, sizeof(stats));
	if (!n_paths)
		return dd_error_set(DD_EINVAL, "nothing to import: name OSV files, folders or zips, secdb or KEV JSON");
	if (!db_path && !(db_path = def = dd_db_default_path()))
		return dd_error_last_code();
	/* a path that does not exist fails before a DB is created for it: an
	 * empty DB left behind would pass for a usable one */
	struct stat st;
	for (size_t i = 0; i < n_paths; i++)
		if (stat(paths[i], &st) != 0) {
			rc = dd_error_set(errno == ENOENT ? DD_ENOTFOUND : DD_EIO, "cannot read %s: %s", paths[i], strerror(errno));
			goto cleanup;
		}
	bool created = stat(db_path, &st) != 0;
	if ((rc = dd_db_mkdir_parent(db_path)) != 0 ||
	    (rc = dd_vdb_open(&db, db_path, DD_VDB_WRITE | DD_VDB_CREATE)) != 0 || (rc = dd_vdb_begin(db)) != 0)
		goto cleanup;
	dd_db_sink ds;
	dd_import_sink sink;
	dd_db_sink_init(&ds, &sink, db, 0, &stats);
	/* the importers check the token between documents (import.c) */
	dd_cancel cancel;
	import_poll_arg pa = { opts, &stats };
	dd_cancel_init(&cancel, 0, opts && opts->progress ? import_poll : NULL, &pa, "db import");
	dd_cancel *prev = dd_cancel_bind(&cancel);
	for (size_t i = 0; i < n_paths && !rc; i++)
		rc = dd_import_path(&sink, paths[i]);
	if (!rc)
		rc = dd_cancel_check();
	dd_cancel_bind(prev);
	if (rc == DD_ECANCELED)
		rc = dd_error_set(rc, "db import canceled; nothing was imported into %s", db_path);
	if (!rc)
		rc = dd_vdb_finish(db);
	if (!rc)
		rc = dd_vdb_commit(db);
	else
		dd_vdb_rollback(db);
	dd_vdb_close(db);
	db = NULL;
	if (rc && created)
		unlink(db_path); /* a failed first import leaves no DB behind */
cleanup:
	dd_vdb_close(db);
	free(def);
	if (stats_out)
		*stats_out = stats;
	return rc;
}

static char *col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? strdup((const char *)t) : NULL;
}

static int info_query(dd_vdb *db, dd_db_summary *sum)
{
	sqlite3 *h = dd_vdb_sqlite(db);
	sqlite3_stmt *s = NULL;
	int rc = 0;
	if (sqlite3_prepare_v2(h, "SELECT (SELECT count(*) FROM vuln), (SELECT count(*) FROM affected),"
		" (SELECT count(*) FROM kev)", -1, &s, NULL) != SQLITE_OK || sqlite3_step(s) != SQLITE_ROW)
		goto sqlfail;
	sum->records = (uint64_t)sqlite3_column_int64(s, 0);
	sum->affected = (uint64_t)sqlite3_column_int64(s, 1);
	sum->kev = (uint64_t)sqlite3_column_int64(s, 2);
	sqlite3_finalize(s);
	if (sqlite3_prepare_v2(h, "SELECT coalesce(e.name, ''), src.name, st.records FROM stats st"
		" JOIN source src ON src.id = st.source LEFT JOIN ecosystem e ON e.id = st.eco"
		" ORDER BY 1, 2", -1, &s, NULL) != SQLITE_OK)
		goto sqlfail;
	size_t cap = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (sum->n_counts == cap) {
			cap = cap ? cap * 2 : 32;
			dd_db_count *n = realloc(sum->counts, cap * sizeof(*n));
			if (!n)
				goto oom;
			sum->counts = n;
		}
		dd_db_count *c = &sum->counts[sum->n_counts++];
		c->ecosystem = col_dup(s, 0);
		c->source = col_dup(s, 1);
		c->records = (uint64_t)sqlite3_column_int64(s, 2);
	}
	sqlite3_finalize(s);
	if (sqlite3_prepare_v2(h, "SELECT url, etag, last_modified, fetched_at, bytes, records FROM feed ORDER BY url",
		-1, &s, NULL) != SQLITE_OK)
		goto sqlfail;
	cap = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (sum->n_feeds == cap) {
			cap = cap ? cap * 2 : 16;
			dd_db_feed *n = realloc(sum->feeds, cap * sizeof(*n));
			if (!n)
				goto oom;
			sum->feeds = n;
		}
		dd_db_feed *f = &sum->feeds[sum->n_feeds++];
		f->url = col_dup(s, 0);
		f->etag = col_dup(s, 1);
		f->last_modified = col_dup(s, 2);
		f->fetched_at = col_dup(s, 3);
		f->bytes = (uint64_t)sqlite3_column_int64(s, 4);
		f->records = (uint64_t)sqlite3_column_int64(s, 5);
	}
	sqlite3_finalize(s);
	return 0;
oom:
	sqlite3_finalize(s);
	return dd_error_oom();
sqlfail:
	rc = dd_error_set(DD_ENODB, "advisory DB %s: %s", dd_vdb_path(db), sqlite3_errmsg(h));
	sqlite3_finalize(s);
	return rc;
}

int dd_db_info(dd_db_summary **out, const char *db_path)
{
	dd_vdb *db = NULL;
	char *def = NULL;
	struct stat st;
	int rc;
	*out = NULL;
	if (!db_path && !(db_path = def = dd_db_default_path()))
		return dd_error_last_code();
	dd_db_summary *sum = calloc(1, sizeof(*sum));
	if (!sum) {
		free(def);
		return dd_error_oom();
	}
	if ((rc = dd_vdb_open(&db, db_path, DD_VDB_READ)) != 0)
		goto cleanup;
	sum->path = strdup(db_path);
	sum->schema_version = DD_VDB_SCHEMA_VERSION;
	sum->built_at = dd_vdb_meta_get(db, "built_at");
	sum->created_at = dd_vdb_meta_get(db, "created_at");
	if (stat(db_path, &st) == 0)
		sum->file_size = (uint64_t)st.st_size;
	if ((rc = info_query(db, sum)) != 0)
		goto cleanup;
	*out = sum;
	sum = NULL;
cleanup:
	dd_db_summary_free(sum);
	dd_vdb_close(db);
	free(def);
	return rc;
}

void dd_db_summary_free(dd_db_summary *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_counts; i++) {
		free(s->counts[i].ecosystem);
		free(s->counts[i].source);
	}
	for (size_t i = 0; i < s->n_feeds; i++) {
		free(s->feeds[i].url);
		free(s->feeds[i].etag);
		free(s->feeds[i].last_modified);
		free(s->feeds[i].fetched_at);
	}
	free(s->counts);
	free(s->feeds);
	free(s->path);
	free(s->built_at);
	free(s->created_at);
	free(s);
}

int dd_db_age(const char *db_path, int64_t *age, char **built_at)
{
	dd_vdb *db = NULL;
	char *def = NULL;
	int rc;
	*age = -1;
	if (built_at)
		*built_at = NULL;
	if (!db_path && !(db_path = def = dd_db_default_path()))
		return dd_error_last_code();
	rc = dd_vdb_open(&db, db_path, DD_VDB_READ);
	free(def);
	if (rc)
		return rc;
	char *b = dd_vdb_meta_get(db, "built_at");
	dd_vdb_close(db);
	int64_t t = b ? dd_adv_parse_time(b) : -1;
	if (t >= 0)
		*age = (int64_t)time(NULL) - t;
	if (built_at)
		*built_at = b;
	else
		free(b);
	return 0;
}
