/* Fuzzes the npm analyzer: installed package.json. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("npm", "app/node_modules/x/package.json", 0, data, size);
}
