/*
 * Shared body of the application-analyzer fuzz targets: each target runs
 * one analyzer (by name) on the input as the file at one image path.
 * Included by exactly one fuzz/<name>.c each.
 */
#ifndef DD_FUZZ_APP_FUZZ_H
#define DD_FUZZ_APP_FUZZ_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "scan/layer_result.h"

static int dd_fuzz_analyzer(const char *name, const char *path, uint32_t mode, const uint8_t *data, size_t size)
{
	for (size_t i = 0; dd_analyzers[i]; i++) {
		if (strcmp(dd_analyzers[i]->name, name))
			continue;
		dd_layer_result *r = NULL;
		if (dd_analyzer_run_on_buffer(&r, dd_analyzers[i], path, mode, data, size, NULL) == 0)
			dd_layer_result_free(r);
		return 0;
	}
	abort();   /* a renamed analyzer: the target must follow */
}

#endif
