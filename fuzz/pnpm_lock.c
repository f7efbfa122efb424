/* Fuzzes the pnpm-lock analyzer: pnpm-lock.yaml documents through libyaml and the v9 snapshot walk. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("pnpm-lock", "app/pnpm-lock.yaml", 0, data, size);
}
