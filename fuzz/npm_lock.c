/* Fuzzes the npm-lock analyzer: package-lock.json through the pull JSON reader. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("npm-lock", "app/package-lock.json", 0, data, size);
}
