/*
 * Fuzzes the osv importer: the input is parsed as JSON and handed to
 * dd_import_osv() with a sink that reads every record it produces.
 */
#include <jansson.h>
#include <stdint.h>

#include "fuzz_sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t err;
	json_t *doc = json_loadb((const char *)data, size, 0, &err);
	size_t acc = 0;
	dd_db_import_stats st = { 0 };
	dd_import_sink sink = { fuzz_advisory, fuzz_withdraw, fuzz_kev, &acc, &st };
	if (!doc)
		return 0;
	dd_import_osv(&sink, doc, "fuzz");
	json_decref(doc);
	return 0;
}
