/* Fuzzes the python-dist analyzer: core metadata header blocks. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("python-dist", "usr/lib/python3/site-packages/x-1.0.dist-info/METADATA", 0, data, size);
}
