/*
 * Options shared by the commands that read an image (scan, sbom): image
 * access (--platform, credentials, --plain-http...), output (--format, -o)
 * and scanner selection. Parsed with getopt_long into dd_scan_options.
 */
#ifndef DD_CLI_SCAN_OPTIONS_H
#define DD_CLI_SCAN_OPTIONS_H

#include <stdbool.h>

#include <stdio.h>

#include "cli.h"
#include "drydock/drydock.h"

typedef struct dd_cli_scan_args {
	dd_scan_options scan;
	dd_format format;
	const char *output;       /* -o FILE; NULL = stdout */
	int fail_on;              /* severity, or -1 */
	bool quiet;
	bool no_progress;
	long long db_max_age;     /* seconds; warn beyond (0: never) */
	bool db_require_fresh;    /* refuse instead of warning */
	const char *ref;
	int64_t timeout_ms;       /* --timeout; 0 none */
	const char *timeout_arg;  /* as typed, for the message */
	dd_cli_out out;           /* -o FILE: its temporary file, open when out.fp */
#define DD_CLI_SKIP_MAX 64
	const char *skip_dirs[DD_CLI_SKIP_MAX + 1];   /* NULL-terminated; into argv */
	const char *skip_files[DD_CLI_SKIP_MAX + 1];
} dd_cli_scan_args;

/* Parses argv; returns 0, or an exit code (2 usage) after printing why.
 * `sbom` restricts formats and scanners to the inventory. */
int dd_cli_parse_scan_args(dd_cli_scan_args *a, int argc, char **argv, bool sbom);
/* Runs the scan and writes the report; returns the exit code. */
int dd_cli_run_scan(dd_cli_scan_args *a);
/* Writes a finished report per a (format, -o), frees it, and returns the
 * exit code: 3 when incomplete, 1 when --fail-on tripped, else 0. */
int dd_cli_finish_report(dd_cli_scan_args *a, dd_report *r);
/* --fail-on's argument: a severity, or "none" (-1: the gate never trips).
 * Returns -1 on an unknown word. */
int dd_cli_parse_fail_on(const char *s, int *out);
/* Go/Trivy durations ("5m", "90s", "1h30m", "500ms") into milliseconds;
 * -1 when malformed or not positive. */
int dd_cli_parse_duration(const char *s, int64_t *ms);
/* "critical,high" -> severity bits ORed into *out; -1 on an unknown name. */
int dd_cli_parse_severities(const char *list, unsigned *out);

#endif
