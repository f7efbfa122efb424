/* Fuzzes the pipfile-lock analyzer: Pipfile.lock. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("pipfile-lock", "app/Pipfile.lock", 0, data, size);
}
