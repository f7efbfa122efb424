/*
 * The three rpm database backends, read from a spill file (util/spill.h: the
 * file's bytes copied out of the layer stream into a private temporary
 * file) a page or a record at a time, never whole in memory:
 *   sqlite  rpmdb.sqlite   (rpm >= 4.16: Fedora 33+, RHEL 9, Amazon Linux 2023)
 *   bdb     Packages       (Berkeley DB hash: RHEL/CentOS <= 8, Amazon Linux 2)
 *   ndb     Packages.db    (rpm's own format: SUSE)
 * Each one only has to find the per-package header blobs; rpm_header.c
 * parses them. A backend returns an error only when the database as a whole
 * cannot be read; a record it cannot read is counted in the stats and
 * skipped, so one bad record does not hide the other packages.
 */
#ifndef DD_ANALYZERS_RPMDB_H
#define DD_ANALYZERS_RPMDB_H

#include <stddef.h>
#include <stdint.h>

#include "util/spill.h"

typedef enum dd_rpmdb_kind {
	DD_RPMDB_UNKNOWN = 0,
	DD_RPMDB_SQLITE,
	DD_RPMDB_BDB,
	DD_RPMDB_NDB
} dd_rpmdb_kind;

/* Largest header blob we accept from any backend. A blob of DD_BUDGET_SMALL
 * or more is claimed from dd_budget_records while it is read. */
#define DD_RPMDB_MAX_BLOB (64u << 20)
/* Most records we read from one database (real ones hold a few thousand). */
#define DD_RPMDB_MAX_RECORDS 200000u

/* Called once per header blob; the blob is valid during the call only.
 * Return 0 to go on, or a negative error code to stop with it. */
typedef int (*dd_rpmdb_visit)(void *ctx, const uint8_t *blob, size_t len);

typedef struct dd_rpmdb_stats {
	size_t records;          /* blobs handed to the visitor */
	size_t bad;              /* records that could not be read */
	char first_bad[200];     /* why the first bad record was bad */
} dd_rpmdb_stats;

/* The backend the file's first bytes say it is, by their magic (not by
 * file name). */
dd_rpmdb_kind dd_rpmdb_sniff(const uint8_t *head, size_t len);
/* The same, reading the head of the spill file. */
dd_rpmdb_kind dd_rpmdb_sniff_file(const dd_spill *db);
const char *dd_rpmdb_kind_name(dd_rpmdb_kind k);

int dd_rpmdb_sqlite_each(const dd_spill *db, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
int dd_rpmdb_bdb_each(const dd_spill *db, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
int dd_rpmdb_ndb_each(const dd_spill *db, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
/* Dispatches on dd_rpmdb_sniff_file(). */
int dd_rpmdb_each(const dd_spill *db, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);

/* Records a bad record in st (keeps the first reason). */
void dd_rpmdb_bad(dd_rpmdb_stats *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
