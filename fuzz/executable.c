/* Fuzzes the executable analyzer: ELF/PE/Mach-O headers, Go build info and cargo-auditable probes. */
#include "app_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return dd_fuzz_analyzer("executable", "usr/bin/app", 0100755, data, size);
}
