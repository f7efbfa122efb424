/*
 * The three rpm database backends, read from memory (the file came out of a
 * tar stream and is never written to disk):
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

typedef enum dd_rpmdb_kind {
	DD_RPMDB_UNKNOWN = 0,
	DD_RPMDB_SQLITE,
	DD_RPMDB_BDB,
	DD_RPMDB_NDB
} dd_rpmdb_kind;

/* Largest header blob we accept from any backend. */
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

/* The backend the bytes are, by their magic (not by file name). */
dd_rpmdb_kind dd_rpmdb_sniff(const uint8_t *data, size_t len);
const char *dd_rpmdb_kind_name(dd_rpmdb_kind k);

int dd_rpmdb_sqlite_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
int dd_rpmdb_bdb_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
int dd_rpmdb_ndb_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);
/* Dispatches on dd_rpmdb_sniff(). */
int dd_rpmdb_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st);

/* Records a bad record in st (keeps the first reason). */
void dd_rpmdb_bad(dd_rpmdb_stats *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
