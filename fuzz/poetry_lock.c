/* Fuzzes the poetry-lock analyzer: poetry.lock through the TOML reader. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("poetry-lock", "app/poetry.lock", 0, data, size);
}
