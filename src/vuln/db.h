/*
 * The advisory DB: one SQLite file (schema in db_schema.c). Importers write
 * records through dd_vdb_put(); the matcher reads with its own prepared
 * statements on dd_vdb_sqlite().
 *
 * The one idea: the hot path (which advisories name this package?) touches
 * one clustered table, `affected`, keyed by (ecosystem id, package), whose
 * rows carry the ranges as a tiny line format and the vendor status; the
 * heavier per-vulnerability data (title, aliases, severity, compressed
 * details) is read only for the advisories that matched.
 */
#ifndef DD_VULN_DB_H
#define DD_VULN_DB_H

#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>

#include "vuln/advisory.h"

#define DD_VDB_SCHEMA_VERSION 2
#define DD_VDB_APPLICATION_ID 0x44525944 /* "DRYD": a drydock advisory DB */

typedef struct dd_vdb dd_vdb;

enum { DD_VDB_READ = 0, DD_VDB_WRITE = 1, DD_VDB_CREATE = 2, DD_VDB_SCRATCH = 4 };

/*
 * Opens (DD_VDB_READ), opens for writing (DD_VDB_WRITE), or creates when
 * absent (DD_VDB_WRITE | DD_VDB_CREATE) the DB at path. DD_VDB_SCRATCH turns
 * journaling off: for a file that is thrown away on failure (db update).
 * DD_ENODB when the file is missing or not a drydock DB of this schema.
 */
int dd_vdb_open(dd_vdb **out, const char *path, unsigned mode);
void dd_vdb_close(dd_vdb *db);
sqlite3 *dd_vdb_sqlite(dd_vdb *db);
const char *dd_vdb_path(const dd_vdb *db);

int dd_vdb_begin(dd_vdb *db);
int dd_vdb_commit(dd_vdb *db);
void dd_vdb_rollback(dd_vdb *db);

enum { DD_VDB_ADDED = 1, DD_VDB_REPLACED, DD_VDB_KEPT_NEWER };
/* Stores a record (replacing one with the same rid unless the stored one is
 * newer); *outcome says which happened. feed is a feed id or 0. */
int dd_vdb_put(dd_vdb *db, const dd_adv *a, int64_t feed, int *outcome);

/* Drops the record rid (a withdrawn advisory) unless the stored one is newer. */
int dd_vdb_withdraw(dd_vdb *db, const char *rid, int64_t modified, bool *dropped);

int dd_vdb_put_kev(dd_vdb *db, const char *cve, const char *added, const char *name, bool ransomware, int64_t feed);

/* Recomputes the per-(ecosystem, source) counts, trains the details
 * dictionary when the DB has grown enough for one, stamps built_at. */
int dd_vdb_finish(dd_vdb *db);

/* meta table: key/value strings. get returns a malloc'ed copy or NULL. */
char *dd_vdb_meta_get(dd_vdb *db, const char *key);
int dd_vdb_meta_set(dd_vdb *db, const char *key, const char *value);

/* Ecosystem id by name; 0 when the DB has none of that name. */
int64_t dd_vdb_ecosystem_id(dd_vdb *db, const char *name);

/* The codec of the detail blobs (details + references), with the DB's
 * compression dictionary when it has one (detail.h). */
struct dd_detail_codec;
struct dd_detail_codec *dd_vdb_codec(dd_vdb *db);

/* The schema's statements, run once on a new file (db_schema.c). */
extern const char dd_vdb_schema_sql[];

#endif
