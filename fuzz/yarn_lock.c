/* Fuzzes the yarn-lock analyzer: yarn.lock v1 and Berry blocks. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("yarn-lock", "app/yarn.lock", 0, data, size);
}
