/* Fuzzes the layer cache's entry parser (a --cache-dir is a directory
 * anybody with write access to it can fill). */
#include <stdint.h>

#include "scan/cache.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_layer_result *r = NULL;
	if (dd_cache_parse(data, size, "sha256:fuzz", &r) == 0)
		dd_layer_result_free(r);
	return 0;
}
