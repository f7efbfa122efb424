/* Shared body of the rpmdb backend fuzzers: one database file through one
 * backend, each blob it finds through the header parser, as rpm.c does
 * (the input copied into a spill file, as rpm.c copies the layer's). */
#ifndef DD_FUZZ_RPMDB_FUZZ_H
#define DD_FUZZ_RPMDB_FUZZ_H

#include <stdint.h>
#include <stdlib.h>

#include "analyzers/rpm_header.h"
#include "analyzers/rpmdb.h"
#include "util/reader.h"
#include "util/spill.h"

static int fuzz_visit(void *ctx, const uint8_t *blob, size_t len)
{
	dd_rpm_header h;
	(*(size_t *)ctx)++;
	dd_rpm_header_parse(blob, len, &h);
	return 0;
}

typedef int (*fuzz_backend)(const dd_spill *, dd_rpmdb_visit, void *, dd_rpmdb_stats *);

static int fuzz_rpmdb(fuzz_backend each, const uint8_t *data, size_t size)
{
	size_t n = 0;
	dd_rpmdb_stats st = { 0 };
	dd_reader *in = NULL;
	dd_spill db = DD_SPILL_INIT;
	if (dd_reader_from_memory(&in, data, size) != 0)
		return 0;
	if (dd_spill_from_reader(&db, in, size, "fuzz input") == 0) {
		each(&db, fuzz_visit, &n, &st);
		if (n != st.records)
			abort(); /* the visitor saw exactly the records the stats count */
	}
	dd_spill_close(&db);
	dd_reader_close(in);
	return 0;
}

#endif
