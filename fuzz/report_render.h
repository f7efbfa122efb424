/*
 * Renders a fuzzed report in every format to /dev/null, so the writers see
 * whatever hostile strings the parser under test let through. Header-only:
 * fuzz targets are one file each.
 */
#ifndef DD_FUZZ_REPORT_RENDER_H
#define DD_FUZZ_REPORT_RENDER_H

#include <stdio.h>

#include "drydock/drydock.h"
#include "report/model.h"

static void fuzz_render(dd_report *r)
{
	dd_report_finalize(r, NULL);
	FILE *null = fopen("/dev/null", "w");
	for (int fmt = DD_FORMAT_TABLE; fmt <= DD_FORMAT_HTML && null; fmt++)
		dd_report_write(r, (dd_format)fmt, null, fmt == DD_FORMAT_TABLE);
	if (null)
		fclose(null);
}

#endif
