/*
 * The drydock command line: main() dispatches on the first word to one
 * command, each in its own file (cmd_<name>.c), listed once in
 * cli_commands.h. Commands use only the public API (include/drydock).
 *
 * Exit codes (docs/CLI.md): 0 complete and below --fail-on, 1 gate tripped,
 * 2 bad usage or bad input, 3 could not complete (timeout included), 130/143
 * interrupted by SIGINT/SIGTERM.
 */
#ifndef DD_CLI_H
#define DD_CLI_H

#include <stdio.h>

#include "drydock/drydock.h"

enum { DD_EXIT_OK = 0, DD_EXIT_GATE = 1, DD_EXIT_USAGE = 2, DD_EXIT_INCOMPLETE = 3 };

typedef struct dd_cli_command {
	const char *name;
	const char *summary;
	int (*run)(int argc, char **argv);   /* argv[0] is the command name */
} dd_cli_command;

/* Maps a library error code to an exit code (usage/input errors -> 2, else 3). */
int dd_cli_exit_for_error(int code);
/* Prints "drydock: <message>" for the last library error; returns the exit code. */
int dd_cli_fail(int code);
/* Prints usage text to stderr and returns 2. */
int dd_cli_usage(const char *text);

/* The environment (environment.c, the only reader of it). Process-wide
 * settings (DRYDOCK_LIBCURL, DRYDOCK_LIBCLAMAV): 0 or an exit code. */
int dd_cli_env_process(void);
/* Credentials, timeouts and knobs into the scan options. */
void dd_cli_env_scan(dd_scan_options *o);
/* Color (to a terminal, unless NO_COLOR) and table width (COLUMNS). */
void dd_cli_env_write(dd_write_options *o, bool to_terminal);
/* db update: DRYDOCK_NVD_API_KEY */
void dd_cli_env_db_update(dd_db_update_options *o);
/* SIGINT/SIGTERM (interrupt.c): install the flag-setting handler; the
 * caught signal or 0; print "interrupted (SIG...): what_kept" and return
 * the exit code 128 + signal (130, 143). */
void dd_cli_catch_interrupts(void);
int dd_cli_interrupted(void);
int dd_cli_interrupt_exit(const char *what_kept);

/* An output file written through a temporary file beside it and renamed
 * into place when complete (output_file.c). Errors are printed; -1. */
typedef struct dd_cli_out {
	const char *path;
	char tmp[4096];
	FILE *fp;
} dd_cli_out;
int dd_cli_out_open(dd_cli_out *o, const char *path);
int dd_cli_out_commit(dd_cli_out *o);
void dd_cli_out_abort(dd_cli_out *o);

#endif
