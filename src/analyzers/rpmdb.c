/* rpm database backend dispatch (see rpmdb.h): the magic says the format. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analyzers/rpmdb.h"
#include "util/error.h"

dd_rpmdb_kind dd_rpmdb_sniff(const uint8_t *d, size_t len)
{
	if (len >= 16 && memcmp(d, "SQLite format 3", 16) == 0)
		return DD_RPMDB_SQLITE;
	if (len >= 4 && memcmp(d, "RpmP", 4) == 0)
		return DD_RPMDB_NDB;
	/* Berkeley DB: the hash magic 0x061561 at offset 12, in either byte order */
	if (len >= 16 && ((d[12] == 0x61 && d[13] == 0x15 && d[14] == 0x06 && d[15] == 0) ||
			  (d[12] == 0 && d[13] == 0x06 && d[14] == 0x15 && d[15] == 0x61)))
		return DD_RPMDB_BDB;
	return DD_RPMDB_UNKNOWN;
}

dd_rpmdb_kind dd_rpmdb_sniff_file(const dd_spill *db)
{
	uint8_t head[16];
	size_t n = db->size < sizeof(head) ? (size_t)db->size : sizeof(head);
	if (dd_spill_read(db, 0, head, n) != 0)
		return DD_RPMDB_UNKNOWN;
	return dd_rpmdb_sniff(head, n);
}

const char *dd_rpmdb_kind_name(dd_rpmdb_kind k)
{
	switch (k) {
	case DD_RPMDB_SQLITE: return "sqlite";
	case DD_RPMDB_BDB: return "Berkeley DB";
	case DD_RPMDB_NDB: return "NDB";
	default: return "unknown";
	}
}

int dd_rpmdb_each(const dd_spill *db, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	memset(st, 0, sizeof(*st));
	switch (dd_rpmdb_sniff_file(db)) {
	case DD_RPMDB_SQLITE: return dd_rpmdb_sqlite_each(db, visit, ctx, st);
	case DD_RPMDB_BDB: return dd_rpmdb_bdb_each(db, visit, ctx, st);
	case DD_RPMDB_NDB: return dd_rpmdb_ndb_each(db, visit, ctx, st);
	default:
		return dd_error_set(DD_EFORMAT, "not an rpm database this build can read (no sqlite, Berkeley DB hash or NDB magic)");
	}
}

void dd_rpmdb_bad(dd_rpmdb_stats *st, const char *fmt, ...)
{
	if (st->bad++ == 0) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(st->first_bad, sizeof(st->first_bad), fmt, ap);
		va_end(ap);
	}
}
