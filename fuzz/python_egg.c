/* Fuzzes the python-egg analyzer: zip local headers up to EGG-INFO/PKG-INFO, then its metadata. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("python-egg", "usr/lib/python3/site-packages/x-1.0.egg", 0, data, size);
}
