/* The context image-level checks run in (implements checks/check.h). */
#ifndef DD_SCAN_CHECK_CTX_H
#define DD_SCAN_CHECK_CTX_H

#include "checks/check.h"
#include "scan/squash.h"

struct dd_check_ctx {
	dd_final_kept *files;
	size_t n_files;
	json_t *config;
	dd_report *report;
	const dd_scan_options *opts;
	const dd_check *current;
	dd_kept_file scratch;   /* returned by dd_check_file */
};

/* Runs every check enabled by `scanners`. */
int dd_checks_run(dd_check_ctx *c, unsigned scanners);
/* Lookup usable without a running check (OS detection). */
const dd_kept_file *dd_check_ctx_lookup(void *ctx, const char *path);

#endif
