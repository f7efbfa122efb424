/* The `drydock db` subcommands, one file each (cmd_db_<name>.c), dispatched
 * by cmd_db.c. argv[0] is the subcommand name. */
#ifndef DD_CLI_CMD_DB_H
#define DD_CLI_CMD_DB_H

#include <stddef.h>

int dd_cmd_db_import(int argc, char **argv);
int dd_cmd_db_update(int argc, char **argv);
int dd_cmd_db_info(int argc, char **argv);

/* "3.2 MB", "850 kB" into out. */
void dd_cli_human_bytes(char *out, size_t cap, unsigned long long n);
/* "5 minutes", "3 days" into out. */
void dd_cli_human_age(char *out, size_t cap, long long seconds);

#include <stdio.h>
#include "drydock/drydock.h"
/* The import summary lines (db import, db update). */
void dd_cli_print_import_stats(FILE *fp, const dd_db_import_stats *st, const char *verb);

#endif
