/*
 * Report writers, one per file (writer_table.c, writer_json.c,
 * writer_sarif.c, writer_cyclonedx.c, writer_spdx.c, writer_html.c), in one
 * backend table like curl's available_backends[].
 */
#ifndef DD_REPORT_WRITER_H
#define DD_REPORT_WRITER_H

#include <stdbool.h>
#include <stdio.h>

#include "drydock/drydock.h"

typedef struct dd_writer {
	const char *name;       /* as --format spells it */
	dd_format format;
	/* opts is never NULL */
	int (*write)(const dd_report *r, FILE *fp, const dd_write_options *opts);
} dd_writer;

const dd_writer *dd_writer_for(dd_format f);

#endif
