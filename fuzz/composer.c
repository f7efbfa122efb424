/* Fuzzes the composer analyzer: composer installed.json (v1 array and v2 object). */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("composer", "app/vendor/composer/installed.json", 0, data, size);
}
