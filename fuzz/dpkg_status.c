/* Fuzzes the dpkg analyzer: the first byte picks the status file or a
 * distroless status.d file, the rest is the database text. */
#include <stdint.h>
#include <stdlib.h>

#include "scan/layer_result.h"

extern const dd_analyzer dd_analyzer_dpkg;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *path = data[0] & 1 ? "var/lib/dpkg/status.d/libc6" : "var/lib/dpkg/status";
	dd_layer_result *res = NULL;
	if (dd_analyzer_run_on_buffer(&res, &dd_analyzer_dpkg, path, 0, data + 1, size - 1, NULL) == 0)
		dd_layer_result_free(res);
	return 0;
}
