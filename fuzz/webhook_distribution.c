/* Fuzzes the distribution webhook parser (src/server/webhook_distribution.c). */
#include "webhook_fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_webhook(data, size, dd_webhook_parse_distribution);
}
