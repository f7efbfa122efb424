/*
 * Options shared by the commands that read an image (scan, sbom): image
 * access (--platform, credentials, --plain-http...), output (--format, -o)
 * and scanner selection. Parsed with getopt_long into dd_scan_options.
 */
#ifndef DD_CLI_SCAN_OPTIONS_H
#define DD_CLI_SCAN_OPTIONS_H

#include <stdbool.h>

#include "drydock/drydock.h"

typedef struct dd_cli_scan_args {
	dd_scan_options scan;
	dd_format format;
	const char *output;       /* -o FILE; NULL = stdout */
	int fail_on;              /* severity, or -1 */
	bool quiet;
	bool no_progress;
	const char *ref;
} dd_cli_scan_args;

/* Parses argv; returns 0, or an exit code (2 usage) after printing why.
 * `sbom` restricts formats and scanners to the inventory. */
int dd_cli_parse_scan_args(dd_cli_scan_args *a, int argc, char **argv, bool sbom);
/* Runs the scan and writes the report; returns the exit code. */
int dd_cli_run_scan(dd_cli_scan_args *a);

#endif
