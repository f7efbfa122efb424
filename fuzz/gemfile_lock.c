/* Fuzzes the gemfile-lock analyzer: Gemfile.lock. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("gemfile-lock", "app/Gemfile.lock", 0, data, size);
}
