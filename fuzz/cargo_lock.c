/* Fuzzes the cargo-lock analyzer: Cargo.lock through the TOML reader. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("cargo-lock", "app/Cargo.lock", 0, data, size);
}
