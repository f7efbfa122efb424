/* Fuzzes the apk analyzer on lib/apk/db/installed. */
#include <stdint.h>
#include <stdlib.h>

#include "scan/layer_result.h"

extern const dd_analyzer dd_analyzer_apk;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_layer_result *res = NULL;
	if (dd_analyzer_run_on_buffer(&res, &dd_analyzer_apk, "lib/apk/db/installed", 0, data, size, NULL) == 0)
		dd_layer_result_free(res);
	return 0;
}
