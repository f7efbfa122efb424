/*
 * Fuzzes SBOM input (sbom:FILE): CycloneDX and SPDX JSON documents into
 * packages and an OS, then every writer renders the report (the packages'
 * fields come from the document, so the writers see hostile strings too).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report_render.h"
#include "sbom/sbom_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_report *r = calloc(1, sizeof(*r));
	if (!r)
		return 0;
	r->complete = true;
	dd_sbom_parse(r, "fuzz.json", (const char *)data, size);
	fuzz_render(r);
	dd_report_free(r);
	return 0;
}
