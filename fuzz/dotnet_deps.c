/* Fuzzes the dotnet-deps analyzer: .NET deps.json. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("dotnet-deps", "app/app.deps.json", 0, data, size);
}
