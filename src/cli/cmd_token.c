/* drydock token create: an API token for the service (docs/server.md). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "drydock/server.h"

static const char usage[] =
	"usage: drydock token create --config FILE NAME [--role admin|read|webhook]\n"
	"\n"
	"Prints a new API token for the service whose config is FILE, once: only\n"
	"its SHA-256 is stored. Works while the service runs. Roles: admin (every\n"
	"request), read (GET only), webhook (the registry's notifications).\n";

int dd_cmd_token(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "role", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *role = "admin";
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'r': role = optarg; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock token: unknown or incomplete option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind >= argc || strcmp(argv[optind], "create")) {
		fprintf(stderr, "drydock token: the one subcommand is 'create'\n");
		return dd_cli_usage(usage);
	}
	if (optind + 2 != argc) {
		fprintf(stderr, "drydock token create: give one NAME\n");
		return dd_cli_usage(usage);
	}
	if (!config) {
		fprintf(stderr, "drydock token create: --config FILE is required\n");
		return dd_cli_usage(usage);
	}
	char *tok = NULL;
	int rc = dd_server_token_create(&tok, config, argv[optind + 1], role);
	if (rc)
		return dd_cli_fail(rc);
	printf("%s\n", tok);
	free(tok);
	return DD_EXIT_OK;
}
