/* Fuzzes the gemspec analyzer: installed gem specifications. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("gemspec", "usr/local/bundle/specifications/x-1.0.gemspec", 0, data, size);
}
