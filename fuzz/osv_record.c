/*
 * Fuzzes the osv importer: the input is parsed as JSON and handed to
 * dd_import_osv() with a sink that reads every record it produces.
 */
#include <jansson.h>
#include <stdint.h>

#include "fuzz_sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import_json(data, size, dd_import_osv);
}
