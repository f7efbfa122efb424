/* drydock version: the program's version and the advisory DB's age. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "cmd_db.h"

static const char usage[] =
	"usage: drydock version [--db FILE]\n"
	"\n"
	"Prints drydock's version and where the advisory DB is and how old it is\n"
	"(--db FILE, default $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db).\n";

int dd_cmd_version(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *db = NULL;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock version: unknown or incomplete option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind < argc) {
		fprintf(stderr, "drydock version: unexpected argument '%s'\n", argv[optind]);
		return dd_cli_usage(usage);
	}
	printf("drydock %s\n", dd_version_string());
	char *path = db ? NULL : dd_db_default_path();
	if (!db)
		db = path;
	int64_t age = -1;
	char *built = NULL;
	if (db && dd_db_age(db, &age, &built) == 0) {
		if (built && age >= 0) {
			char h[32];
			dd_cli_human_age(h, sizeof(h), age);
			printf("advisory DB: %s, built %s (%s old)\n", db, built, h);
		} else {
			printf("advisory DB: %s, build time unknown (not recorded by an import)\n", db);
		}
	} else if (db) {
		printf("advisory DB: none usable at %s (%s)\n", db, dd_error_last());
	} else {
		printf("advisory DB: %s\n", dd_error_last());
	}
	free(built);
	free(path);
	return DD_EXIT_OK;
}
