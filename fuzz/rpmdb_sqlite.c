/* Fuzzes the sqlite rpmdb reader (see rpmdb_fuzz.h). */
#include "rpmdb_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_rpmdb(dd_rpmdb_sqlite_each, data, size);
}
