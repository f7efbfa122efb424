/* Shared body of the rpmdb backend fuzzers: one database file through one
 * backend, each blob it finds through the header parser, as rpm.c does. */
#ifndef DD_FUZZ_RPMDB_FUZZ_H
#define DD_FUZZ_RPMDB_FUZZ_H

#include <stdint.h>
#include <stdlib.h>

#include "analyzers/rpm_header.h"
#include "analyzers/rpmdb.h"

static int fuzz_visit(void *ctx, const uint8_t *blob, size_t len)
{
	dd_rpm_header h;
	(*(size_t *)ctx)++;
	dd_rpm_header_parse(blob, len, &h);
	return 0;
}

typedef int (*fuzz_backend)(const uint8_t *, size_t, dd_rpmdb_visit, void *, dd_rpmdb_stats *);

static int fuzz_rpmdb(fuzz_backend each, const uint8_t *data, size_t size)
{
	size_t n = 0;
	dd_rpmdb_stats st = { 0 };
	each(data, size, fuzz_visit, &n, &st);
	if (n != st.records)
		abort(); /* the visitor saw exactly the records the stats count */
	return 0;
}

#endif
