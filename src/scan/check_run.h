/*
 * Runs one image-level check on files given in memory, the way
 * dd_analyzer_run_on_buffer() runs one analyzer: for unit tests, fuzzers
 * and benchmarks of checks. The files form one layer ("sha256:test"); a file
 * with data NULL is a special-mode entry only (setuid, world-writable).
 */
#ifndef DD_SCAN_CHECK_RUN_H
#define DD_SCAN_CHECK_RUN_H

#include <stdint.h>

#include "checks/check.h"

typedef struct dd_test_file {
	const char *path;
	const char *data;       /* NULL: special-mode entry without content */
	uint32_t mode;          /* 0: regular file 0644 */
	uint32_t uid;
	size_t len;             /* 0: strlen(data) */
} dd_test_file;

/* *out is a fresh report holding the check's findings and notes (caller
 * frees). config_json and ref may be NULL. */
int dd_check_run_on_files(dd_report **out, const dd_check *chk, const dd_test_file *files, size_t n,
	const char *config_json, const char *ref);
/* The same with scan options (NULL: the defaults) the check sees. */
int dd_check_run_on_files_opts(dd_report **out, const dd_check *chk, const dd_test_file *files, size_t n,
	const char *config_json, const char *ref, const dd_scan_options *opts_in);

#endif
