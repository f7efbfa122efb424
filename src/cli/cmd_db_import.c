/* drydock db import: advisory files, folders and zips into the DB. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd_db.h"

static const char usage[] =
	"usage: drydock db import [--db FILE] [--quiet] PATH...\n"
	"\n"
	"PATH: an OSV JSON record, a folder tree of them, an osv.dev zip (<ECOSYSTEM>/all.zip),\n"
	"      an Alpine secdb JSON (v3.X/main.json) or the CISA KEV catalog JSON.\n"
	"Re-importing is safe: a record is replaced only by one with the same or a newer 'modified'.\n";

void dd_cli_print_import_stats(FILE *fp, const dd_db_import_stats *st, const char *verb)
{
	fprintf(fp, "%s %zu records (%zu new, %zu replaced, %zu kept because the DB holds a newer version) from %zu files",
		verb, st->added + st->replaced, st->added, st->replaced, st->kept_newer, st->files);
	if (st->kev)
		fprintf(fp, ", %zu KEV entries", st->kev);
	fputc('\n', fp);
	if (st->withdrawn || st->not_security || st->git_ranges || st->ignored_files)
		fprintf(fp, "skipped: %zu withdrawn records, %zu bug-fix/enhancement advisories, %zu GIT ranges, "
			"%zu files that are not advisory data\n", st->withdrawn, st->not_security, st->git_ranges, st->ignored_files);
	if (st->rejected)
		fprintf(fp, "refused %zu malformed or oversized records; the first: %s\n", st->rejected, st->first_rejection);
}

/* SIGINT/SIGTERM stop the import between two advisory documents. */
static int stop_on_signal(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	(void)phase, (void)done, (void)total, (void)payload;
	return dd_cli_interrupted();
}

int dd_cmd_db_import(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *db = NULL;
	bool quiet = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'q': quiet = true; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock db import: unknown option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "drydock db import: nothing to import\n");
		return dd_cli_usage(usage);
	}
	char *def = NULL;
	if (!db && !(db = def = dd_db_default_path()))
		return dd_cli_fail(dd_error_last_code());
	dd_db_import_stats st;
	dd_db_import_options io = DD_DB_IMPORT_OPTIONS_INIT;
	io.progress = stop_on_signal;
	dd_cli_catch_interrupts();
	int rc = dd_db_import_with(db, (const char *const *)argv + optind, (size_t)(argc - optind), &io, &st);
	if (rc == DD_ECANCELED && dd_cli_interrupted()) {
		fprintf(stderr, "drydock: %s\n", dd_error_last());
		free(def);
		return dd_cli_interrupt_exit("the import was rolled back; the advisory DB was not changed");
	}
	if (rc) {
		free(def);
		fprintf(stderr, "drydock: %s (the DB was not changed)\n", dd_error_last());
		return dd_cli_exit_for_error(rc);
	}
	if (!quiet) {
		dd_cli_print_import_stats(stdout, &st, "imported");
		printf("advisory DB: %s\n", db);
	}
	free(def);
	return DD_EXIT_OK;
}
