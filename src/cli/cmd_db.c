/* drydock db: the advisory DB's subcommands (import, update, info). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmd_db.h"

static const char usage[] =
	"usage: drydock db COMMAND [OPTIONS]\n"
	"\n"
	"  import [--db FILE] PATH...   import OSV JSON files, folders or zips, Alpine secdb JSON, CISA KEV JSON\n"
	"  update [--db FILE] [--source URL]... [--cacert FILE]\n"
	"                               download the configured sources and swap in a new DB\n"
	"  info [--db FILE] [--format table|json]\n"
	"                               where the DB is, when built, records per ecosystem and source\n"
	"\n"
	"The DB is $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db, else ~/.cache/drydock/drydock.db.\n";

void dd_cli_human_bytes(char *out, size_t cap, unsigned long long n)
{
	if (n >= 10ull << 30)
		snprintf(out, cap, "%.1f GB", n / 1073741824.0);
	else if (n >= 1ull << 20)
		snprintf(out, cap, "%.1f MB", n / 1048576.0);
	else if (n >= 1024)
		snprintf(out, cap, "%.1f kB", n / 1024.0);
	else
		snprintf(out, cap, "%llu bytes", n);
}

void dd_cli_human_age(char *out, size_t cap, long long s)
{
	if (s < 0)
		snprintf(out, cap, "unknown age");
	else if (s < 120)
		snprintf(out, cap, "%lld seconds", s);
	else if (s < 7200)
		snprintf(out, cap, "%lld minutes", s / 60);
	else if (s < 2 * 86400)
		snprintf(out, cap, "%lld hours", s / 3600);
	else
		snprintf(out, cap, "%lld days", s / 86400);
}

int dd_cmd_db(int argc, char **argv)
{
	if (argc < 2)
		return dd_cli_usage(usage);
	const char *sub = argv[1];
	if (!strcmp(sub, "-h") || !strcmp(sub, "--help") || !strcmp(sub, "help")) {
		fputs(usage, stdout);
		return DD_EXIT_OK;
	}
	if (!strcmp(sub, "import"))
		return dd_cmd_db_import(argc - 1, argv + 1);
	if (!strcmp(sub, "update"))
		return dd_cmd_db_update(argc - 1, argv + 1);
	if (!strcmp(sub, "info"))
		return dd_cmd_db_info(argc - 1, argv + 1);
	fprintf(stderr, "drydock db: unknown command '%s'\n", sub);
	return dd_cli_usage(usage);
}
