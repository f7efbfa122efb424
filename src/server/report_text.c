/*
 * A report in a CLI format as text in memory: what the service stores (JSON),
 * serves (GET /images/report, every format) and hands to Harbor (SBOMs).
 * One place owns the memory stream and its failure paths.
 */
#include <stdio.h>
#include <stdlib.h>

#include "server/server.h"
#include "util/error.h"

int dd_srv_report_text(const dd_report *r, dd_format fmt, const dd_write_options *wo, char **out, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	*out = NULL;
	*len = 0;
	FILE *fp = open_memstream(&buf, &n);
	if (!fp)
		return dd_error_set(DD_ENOMEM, "out of memory writing a report");
	int rc = dd_report_write_ext(r, fmt, fp, wo);
	if (fclose(fp) != 0 && !rc)
		rc = dd_error_set(DD_ENOMEM, "out of memory writing a report");
	if (rc) {
		free(buf);
		return rc;
	}
	*out = buf;
	*len = n;
	return 0;
}
