/*
 * Advisory DB storage: open/create with schema and identity checks, record
 * upserts with the "newer modified wins" rule, KEV rows, meta and counts.
 * The one idea: every write goes through a handful of statements prepared
 * once per handle, inside one transaction per import, so a full osv.dev
 * import is bounded by SQLite's B-tree inserts, not by statement setup.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "drydock/drydock.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/db.h"
#include "vuln/detail.h"

enum {
	ST_FIND, ST_INSERT, ST_UPDATE, ST_DEL_AFF, ST_DEL_SEV, ST_AFF, ST_SEV, ST_ECO_GET, ST_ECO_ADD,
	ST_SRC_GET, ST_SRC_ADD, ST_KEV, ST_DEL_VULN, ST_META_GET, ST_META_SET, ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_FIND] = "SELECT id, modified FROM vuln WHERE rid = ?1",
	[ST_INSERT] = "INSERT INTO vuln(rid, vid, source, feed, modified, flags, ids, title, vsev, vsev_src, cvss, score,"
		" cvss_ver, detail) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
	[ST_UPDATE] = "UPDATE vuln SET rid=?1, vid=?2, source=?3, feed=?4, modified=?5, flags=?6, ids=?7, title=?8,"
		" vsev=?9, vsev_src=?10, cvss=?11, score=?12, cvss_ver=?13, detail=?14 WHERE id=?15",
	[ST_DEL_AFF] = "DELETE FROM affected WHERE vuln = ?1",
	[ST_DEL_SEV] = "DELETE FROM sev_alias WHERE vuln = ?1",
	[ST_AFF] = "INSERT OR REPLACE INTO affected(eco, pkg, vuln, seq, status, vsev, ranges) VALUES(?1,?2,?3,?4,?5,?6,?7)",
	[ST_SEV] = "INSERT OR IGNORE INTO sev_alias(cve, vuln) VALUES(?1, ?2)",
	[ST_ECO_GET] = "SELECT id FROM ecosystem WHERE name = ?1",
	[ST_ECO_ADD] = "INSERT INTO ecosystem(name) VALUES(?1)",
	[ST_SRC_GET] = "SELECT id FROM source WHERE name = ?1",
	[ST_SRC_ADD] = "INSERT INTO source(name) VALUES(?1)",
	[ST_KEV] = "INSERT OR REPLACE INTO kev(cve, added, name, ransomware, feed) VALUES(?1, ?2, ?3, ?4, ?5)",
	[ST_DEL_VULN] = "DELETE FROM vuln WHERE id = ?1",
	[ST_META_GET] = "SELECT value FROM meta WHERE key = ?1",
	[ST_META_SET] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
};

#define NAME_CACHE 8

typedef struct name_id {
	char name[DD_ADV_ECO_MAX];
	int64_t id;
} name_id;

struct dd_vdb {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
	bool in_tx;
	/* importers write long runs of one ecosystem and source: a tiny cache */
	name_id eco_cache[NAME_CACHE], src_cache[NAME_CACHE];
	unsigned eco_next, src_next;
	dd_detail_codec codec;
};

static int sql_error(dd_vdb *db, const char *what)
{
	int code = sqlite3_errcode(db->db);
	int rc = code == SQLITE_FULL ? DD_EIO : code == SQLITE_NOTADB || code == SQLITE_CORRUPT ? DD_ENODB : DD_EIO;
	return dd_error_set(rc, "advisory DB %s: %s: %s", db->path, what, sqlite3_errmsg(db->db));
}

static int exec(dd_vdb *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		int rc = dd_error_set(DD_EIO, "advisory DB %s: %s", db->path, err ? err : sqlite3_errmsg(db->db));
		sqlite3_free(err);
		return rc;
	}
	return 0;
}

static sqlite3_stmt *stmt(dd_vdb *db, int which)
{
	if (!db->st[which] && sqlite3_prepare_v3(db->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
		&db->st[which], NULL) != SQLITE_OK)
		return NULL;
	sqlite3_reset(db->st[which]);
	sqlite3_clear_bindings(db->st[which]);
	return db->st[which];
}

static int pragma_int(dd_vdb *db, const char *name, int64_t *out)
{
	char sql[64];
	sqlite3_stmt *s = NULL;
	snprintf(sql, sizeof(sql), "PRAGMA %s", name);
	if (sqlite3_prepare_v2(db->db, sql, -1, &s, NULL) != SQLITE_OK)
		return -1;
	int rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_finalize(s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

static void now_iso(char *out, size_t cap)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int create_schema(dd_vdb *db)
{
	char sql[128], ts[32];
	int rc;
	if ((rc = exec(db, "BEGIN")) != 0)
		return rc;
	if ((rc = exec(db, dd_vdb_schema_sql)) != 0)
		goto fail;
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d; PRAGMA application_id = %d;", DD_VDB_SCHEMA_VERSION,
		DD_VDB_APPLICATION_ID);
	if ((rc = exec(db, sql)) != 0)
		goto fail;
	now_iso(ts, sizeof(ts));
	char ver[16];
	snprintf(ver, sizeof(ver), "%d", DD_VDB_SCHEMA_VERSION);
	if ((rc = dd_vdb_meta_set(db, "schema_version", ver)) != 0 || (rc = dd_vdb_meta_set(db, "created_at", ts)) != 0)
		goto fail;
	return exec(db, "COMMIT");
fail:
	exec(db, "ROLLBACK");
	return rc;
}

int dd_vdb_open(dd_vdb **out, const char *path, unsigned mode)
{
	struct stat st;
	int rc;
	*out = NULL;
	if (!path || !*path)
		return dd_error_set(DD_EINVAL, "no advisory DB path given");
	bool exists = stat(path, &st) == 0;
	if (!exists && !(mode & DD_VDB_CREATE))
		return dd_error_set(DD_ENODB, "advisory DB %s does not exist: run 'drydock db update' or 'drydock db import'", path);
	if (exists && !S_ISREG(st.st_mode))
		return dd_error_set(DD_ENODB, "advisory DB %s is not a regular file", path);
	dd_vdb *db = calloc(1, sizeof(*db));
	if (!db || !(db->path = strdup(path))) {
		free(db);
		return dd_error_oom();
	}
	int flags = (mode & DD_VDB_WRITE) ? SQLITE_OPEN_READWRITE | ((mode & DD_VDB_CREATE) ? SQLITE_OPEN_CREATE : 0)
		: SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &db->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = dd_error_set(DD_ENODB, "cannot open advisory DB %s: %s", path, db->db ? sqlite3_errmsg(db->db) : "out of memory");
		goto fail;
	}
	sqlite3_busy_timeout(db->db, 10000);
	sqlite3_limit(db->db, SQLITE_LIMIT_LENGTH, 64 << 20);
	int64_t app = 0, ver = 0;
	if (pragma_int(db, "application_id", &app) || pragma_int(db, "user_version", &ver)) {
		rc = dd_error_set(DD_ENODB, "%s is not a drydock advisory DB (%s): rebuild it with 'drydock db update'",
			path, sqlite3_errmsg(db->db));
		goto fail;
	}
	if (app == 0 && ver == 0 && (mode & DD_VDB_CREATE)) {
		int64_t pages = 0;
		pragma_int(db, "page_count", &pages);
		if (pages != 0) {
			rc = dd_error_set(DD_ENODB, "%s is an SQLite file but not a drydock advisory DB; refusing to write into it", path);
			goto fail;
		}
		if ((mode & DD_VDB_SCRATCH) && (rc = exec(db, "PRAGMA journal_mode = OFF")) != 0)
			goto fail;
		if ((rc = create_schema(db)) != 0)
			goto fail;
	} else if (app != DD_VDB_APPLICATION_ID) {
		rc = dd_error_set(DD_ENODB, "%s is not a drydock advisory DB: rebuild it with 'drydock db update'", path);
		goto fail;
	} else if (ver > DD_VDB_SCHEMA_VERSION) {
		/* a newer drydock wrote it: rebuilding with this one would
		 * throw away what the newer one knows */
		rc = dd_error_set(DD_ENODB, "advisory DB %s has schema %lld, newer than this drydock %s reads (schema %d): "
			"upgrade drydock, or point --db at a DB this version built", path, (long long)ver, dd_version_string(),
			DD_VDB_SCHEMA_VERSION);
		goto fail;
	} else if (ver != DD_VDB_SCHEMA_VERSION) {
		rc = dd_error_set(DD_ENODB, "advisory DB %s has schema %lld, this drydock reads schema %d: rebuild it "
			"('drydock db update', or delete it and 'drydock db import' the advisories again)",
			path, (long long)ver, DD_VDB_SCHEMA_VERSION);
		goto fail;
	}
	if (mode & DD_VDB_WRITE) {
		if ((rc = exec(db, (mode & DD_VDB_SCRATCH) ? "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"
			: "PRAGMA synchronous = NORMAL")) != 0)
			goto fail;
		exec(db, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
	} else {
		exec(db, "PRAGMA cache_size = -16384; PRAGMA mmap_size = 1073741824; PRAGMA query_only = 1");
	}
	if ((rc = dd_detail_codec_load(&db->codec, db->db, (mode & DD_VDB_WRITE) != 0)) != 0)
		goto fail;
	*out = db;
	return 0;
fail:
	dd_vdb_close(db);
	return rc;
}

dd_detail_codec *dd_vdb_codec(dd_vdb *db)
{
	return &db->codec;
}

void dd_vdb_close(dd_vdb *db)
{
	if (!db)
		return;
	if (db->in_tx)
		dd_vdb_rollback(db);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	sqlite3_close(db->db);
	dd_detail_codec_free(&db->codec);
	free(db->path);
	free(db);
}

sqlite3 *dd_vdb_sqlite(dd_vdb *db)
{
	return db->db;
}

const char *dd_vdb_path(const dd_vdb *db)
{
	return db->path;
}

int dd_vdb_begin(dd_vdb *db)
{
	int rc = exec(db, "BEGIN IMMEDIATE");
	if (!rc)
		db->in_tx = true;
	return rc;
}

int dd_vdb_commit(dd_vdb *db)
{
	int rc = exec(db, "COMMIT");
	if (!rc)
		db->in_tx = false;
	/* recompressing with a new dictionary (once in a DB's life) leaves its
	 * pages half empty: repack them */
	if (!rc && db->codec.trained) {
		db->codec.trained = false;
		rc = exec(db, "VACUUM");
	}
	return rc;
}

void dd_vdb_rollback(dd_vdb *db)
{
	sqlite3_exec(db->db, "ROLLBACK", NULL, NULL, NULL);
	db->in_tx = false;
	/* a dictionary made in the rolled-back transaction is gone with it */
	dd_detail_codec_free(&db->codec);
	dd_detail_codec_load(&db->codec, db->db, true);
	/* the name caches may hold ids of rolled-back rows */
	memset(db->eco_cache, 0, sizeof(db->eco_cache));
	memset(db->src_cache, 0, sizeof(db->src_cache));
}

static int64_t name_lookup(dd_vdb *db, name_id *cache, unsigned *next, int get, int add, const char *name, bool create)
{
	for (unsigned i = 0; i < NAME_CACHE; i++)
		if (cache[i].id && !strcmp(cache[i].name, name))
			return cache[i].id;
	sqlite3_stmt *s = stmt(db, get);
	int64_t id = 0;
	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		return -1;
	sqlite3_reset(s);
	if (!id && create) {
		if (!(s = stmt(db, add)))
			return -1;
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE)
			return -1;
		id = sqlite3_last_insert_rowid(db->db);
		sqlite3_reset(s);
	}
	if (id && strlen(name) < sizeof(cache[0].name)) {
		name_id *slot = &cache[(*next)++ % NAME_CACHE];
		snprintf(slot->name, sizeof(slot->name), "%s", name);
		slot->id = id;
	}
	return id;
}

int64_t dd_vdb_ecosystem_id(dd_vdb *db, const char *name)
{
	int64_t id = name_lookup(db, db->eco_cache, &db->eco_next, ST_ECO_GET, ST_ECO_ADD, name, false);
	return id < 0 ? 0 : id;
}

static char *join_ids(const dd_strv *v)
{
	dd_buf b = DD_BUF_INIT((size_t)DD_ADV_IDS_MAX * (DD_ADV_ID_MAX + 1));
	for (size_t i = 0; i < v->count; i++)
		if ((i && dd_buf_putc(&b, '\n')) || dd_buf_puts(&b, v->items[i])) {
			dd_buf_free(&b);
			return NULL;
		}
	return dd_buf_detach(&b);
}

static bool is_cve(const char *s)
{
	return !strncmp(s, "CVE-", 4);
}

int dd_vdb_put(dd_vdb *db, const dd_adv *a, int64_t feed, int *outcome)
{
	sqlite3_stmt *s;
	int64_t vid = 0, old_mod = 0;
	char *ids = NULL;
	void *detail = NULL;
	size_t detail_len = 0;
	int rc = 0;

	if (!(s = stmt(db, ST_FIND)))
		return sql_error(db, "prepare");
	sqlite3_bind_text(s, 1, a->rid, -1, SQLITE_STATIC);
	int step = sqlite3_step(s);
	if (step == SQLITE_ROW) {
		vid = sqlite3_column_int64(s, 0);
		old_mod = sqlite3_column_int64(s, 1);
	} else if (step != SQLITE_DONE) {
		return sql_error(db, "lookup");
	}
	sqlite3_reset(s);
	if (vid && old_mod > a->modified) {
		*outcome = DD_VDB_KEPT_NEWER;
		return 0;
	}
	int64_t src = name_lookup(db, db->src_cache, &db->src_next, ST_SRC_GET, ST_SRC_ADD, a->source, true);
	if (src <= 0)
		return sql_error(db, "source");
	if (!(ids = join_ids(&a->ids)))
		return dd_error_oom();
	if ((rc = dd_detail_encode(&db->codec, a->details, &a->refs, &detail, &detail_len)) != 0)
		goto cleanup;
	if (vid) {
		sqlite3_stmt *d;
		if (!(d = stmt(db, ST_DEL_AFF)) || (sqlite3_bind_int64(d, 1, vid), sqlite3_step(d)) != SQLITE_DONE ||
		    !(d = stmt(db, ST_DEL_SEV)) || (sqlite3_bind_int64(d, 1, vid), sqlite3_step(d)) != SQLITE_DONE) {
			rc = sql_error(db, "replace");
			goto cleanup;
		}
	}
	if (!(s = stmt(db, vid ? ST_UPDATE : ST_INSERT))) {
		rc = sql_error(db, "prepare");
		goto cleanup;
	}
	sqlite3_bind_text(s, 1, a->rid, -1, SQLITE_STATIC);
	if (a->id && strcmp(a->id, a->rid))
		sqlite3_bind_text(s, 2, a->id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, src);
	if (feed)
		sqlite3_bind_int64(s, 4, feed);
	sqlite3_bind_int64(s, 5, a->modified);
	sqlite3_bind_int(s, 6, (int)a->flags);
	if (*ids)
		sqlite3_bind_text(s, 7, ids, -1, SQLITE_STATIC);
	if (a->title)
		sqlite3_bind_text(s, 8, a->title, -1, SQLITE_STATIC);
	if (a->vendor_severity >= 0) {
		sqlite3_bind_int(s, 9, a->vendor_severity);
		sqlite3_bind_text(s, 10, a->vendor_severity_source, -1, SQLITE_STATIC);
	}
	if (a->cvss_vector) {
		sqlite3_bind_text(s, 11, a->cvss_vector, -1, SQLITE_STATIC);
		sqlite3_bind_double(s, 12, a->cvss_score);
		sqlite3_bind_int(s, 13, a->cvss_version);
	}
	if (detail)
		sqlite3_bind_blob(s, 14, detail, (int)detail_len, SQLITE_STATIC);
	if (vid)
		sqlite3_bind_int64(s, 15, vid);
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = sql_error(db, "store record");
		goto cleanup;
	}
	if (!vid)
		vid = sqlite3_last_insert_rowid(db->db);
	sqlite3_reset(s);

	for (size_t i = 0; i < a->n_affected; i++) {
		const dd_adv_affected *af = &a->affected[i];
		int64_t eco = name_lookup(db, db->eco_cache, &db->eco_next, ST_ECO_GET, ST_ECO_ADD, af->ecosystem, true);
		if (eco <= 0 || !(s = stmt(db, ST_AFF))) {
			rc = sql_error(db, "ecosystem");
			goto cleanup;
		}
		sqlite3_bind_int64(s, 1, eco);
		sqlite3_bind_text(s, 2, af->package, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 3, vid);
		sqlite3_bind_int64(s, 4, (int64_t)i);
		sqlite3_bind_int(s, 5, af->status);
		if (af->vendor_severity >= 0)
			sqlite3_bind_int(s, 6, af->vendor_severity);
		if (af->ranges.len)
			sqlite3_bind_blob(s, 7, af->ranges.ptr, (int)af->ranges.len, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_DONE) {
			rc = sql_error(db, "store affected package");
			goto cleanup;
		}
		sqlite3_reset(s);
	}
	/* records that rate a vulnerability lend that rating to others naming the same CVE */
	if (a->cvss_vector || (a->vendor_severity > 0 && a->vendor_severity_source &&
	    !strcmp(a->vendor_severity_source, "ghsa"))) {
		for (size_t i = 0; i <= a->ids.count; i++) {
			const char *cve = i < a->ids.count ? a->ids.items[i] : a->id;
			if (!cve || !is_cve(cve))
				continue;
			if (!(s = stmt(db, ST_SEV))) {
				rc = sql_error(db, "prepare");
				goto cleanup;
			}
			sqlite3_bind_text(s, 1, cve, -1, SQLITE_STATIC);
			sqlite3_bind_int64(s, 2, vid);
			if (sqlite3_step(s) != SQLITE_DONE) {
				rc = sql_error(db, "store alias");
				goto cleanup;
			}
			sqlite3_reset(s);
		}
	}
	*outcome = step == SQLITE_ROW ? DD_VDB_REPLACED : DD_VDB_ADDED;
cleanup:
	free(ids);
	free(detail);
	return rc;
}

int dd_vdb_withdraw(dd_vdb *db, const char *rid, int64_t modified, bool *dropped)
{
	sqlite3_stmt *s = stmt(db, ST_FIND);
	int64_t vid = 0;
	*dropped = false;
	if (!s)
		return sql_error(db, "prepare");
	sqlite3_bind_text(s, 1, rid, -1, SQLITE_STATIC);
	int step = sqlite3_step(s);
	if (step == SQLITE_ROW && sqlite3_column_int64(s, 1) <= modified)
		vid = sqlite3_column_int64(s, 0);
	else if (step != SQLITE_ROW && step != SQLITE_DONE)
		return sql_error(db, "lookup");
	sqlite3_reset(s);
	if (!vid)
		return 0;
	sqlite3_stmt *d;
	if (!(d = stmt(db, ST_DEL_AFF)) || (sqlite3_bind_int64(d, 1, vid), sqlite3_step(d)) != SQLITE_DONE ||
	    !(d = stmt(db, ST_DEL_SEV)) || (sqlite3_bind_int64(d, 1, vid), sqlite3_step(d)) != SQLITE_DONE ||
	    !(d = stmt(db, ST_DEL_VULN)) || (sqlite3_bind_int64(d, 1, vid), sqlite3_step(d)) != SQLITE_DONE)
		return sql_error(db, "withdraw");
	*dropped = true;
	return 0;
}

int dd_vdb_put_kev(dd_vdb *db, const char *cve, const char *added, const char *name, bool ransomware, int64_t feed)
{
	sqlite3_stmt *s = stmt(db, ST_KEV);
	if (!s)
		return sql_error(db, "prepare");
	sqlite3_bind_text(s, 1, cve, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, added, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, name, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, ransomware);
	if (feed)
		sqlite3_bind_int64(s, 5, feed);
	if (sqlite3_step(s) != SQLITE_DONE)
		return sql_error(db, "store KEV entry");
	sqlite3_reset(s);
	return 0;
}

int dd_vdb_finish(dd_vdb *db)
{
	char ts[32];
	int rc = exec(db, "DELETE FROM stats;"
		"INSERT INTO stats(eco, source, records) SELECT a.eco, v.source, count(DISTINCT a.vuln)"
		" FROM affected a JOIN vuln v ON v.id = a.vuln GROUP BY a.eco, v.source;"
		"INSERT INTO stats(eco, source, records) SELECT 0, source, count(*) FROM vuln v"
		" WHERE NOT EXISTS (SELECT 1 FROM affected a WHERE a.vuln = v.id) GROUP BY source;");
	if (rc || (rc = dd_detail_train(&db->codec, db->db)) != 0)
		return rc;
	now_iso(ts, sizeof(ts));
	return dd_vdb_meta_set(db, "built_at", ts);
}

char *dd_vdb_meta_get(dd_vdb *db, const char *key)
{
	sqlite3_stmt *s = stmt(db, ST_META_GET);
	char *v = NULL;
	if (!s)
		return NULL;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = strdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_reset(s);
	return v;
}

int dd_vdb_meta_set(dd_vdb *db, const char *key, const char *value)
{
	sqlite3_stmt *s = stmt(db, ST_META_SET);
	if (!s)
		return sql_error(db, "prepare");
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		return sql_error(db, "meta");
	sqlite3_reset(s);
	return 0;
}
