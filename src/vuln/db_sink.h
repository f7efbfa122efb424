/*
 * The import sink that stores records in a DB (db_api.c), shared by
 * db import and db update, and small helpers both need.
 */
#ifndef DD_VULN_DB_SINK_H
#define DD_VULN_DB_SINK_H

#include "vuln/db.h"
#include "vuln/import.h"

typedef struct dd_db_sink {
	dd_vdb *db;
	int64_t feed;                 /* feed id the records come from, 0 for db import */
	dd_db_import_stats *stats;
	size_t records;               /* records stored through this sink */
} dd_db_sink;

/* Fills *out so that records go into db, counted in stats. */
void dd_db_sink_init(dd_db_sink *ds, dd_import_sink *out, dd_vdb *db, int64_t feed, dd_db_import_stats *stats);

/* Creates the folders above path (mkdir -p of its dirname). */
int dd_db_mkdir_parent(const char *path);

#endif
