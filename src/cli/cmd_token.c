/* drydock token create|list|revoke: the service's API tokens (docs/server.md). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "drydock/server.h"
#include "drydock/errors.h"

static const char usage[] =
	"usage: drydock token create --config FILE NAME [--role admin|read|webhook]\n"
	"       drydock token list --config FILE [--format table|json]\n"
	"       drydock token revoke --config FILE NAME\n"
	"\n"
	"create prints a new API token for the service whose config is FILE, once:\n"
	"only its SHA-256 is stored. Roles: admin (every request), read (GET only),\n"
	"webhook (the registry's notifications). list shows each token's name, role,\n"
	"creation time and live console sessions (never the token). revoke deletes\n"
	"the token and ends the console sessions it opened, at once for every process\n"
	"on the store. All three work while the service runs.\n";

static int list(const char *config, bool json)
{
	char *text = NULL;
	int rc = dd_server_token_list(&text, config);
	if (rc)
		return dd_cli_fail(rc);
	if (json) {
		printf("%s\n", text);
		free(text);
		return DD_EXIT_OK;
	}
	json_t *rows = json_loads(text, 0, NULL);
	free(text);
	if (!json_is_array(rows)) {
		json_decref(rows);
		return dd_cli_fail(dd_error_set_str(DD_EIO, "token list: the store's answer is not a list"));
	}
	printf("%-32s %-8s %-22s %s\n", "NAME", "ROLE", "CREATED", "SESSIONS");
	size_t i;
	json_t *r;
	json_array_foreach(rows, i, r) {
		printf("%-32s %-8s %-22s %lld\n", json_string_value(json_object_get(r, "name")),
		       json_string_value(json_object_get(r, "role")), json_string_value(json_object_get(r, "created_at")),
		       (long long)json_integer_value(json_object_get(r, "sessions")));
	}
	if (!json_array_size(rows))
		printf("(no tokens: drydock token create --config FILE NAME makes one)\n");
	json_decref(rows);
	return DD_EXIT_OK;
}

int dd_cmd_token(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "role", required_argument, NULL, 'r' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *config = NULL, *role = NULL, *format = "table";
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'r': role = optarg; break;
		case 'f': format = optarg; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock token: unknown or incomplete option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	const char *sub = optind < argc ? argv[optind] : "";
	bool create = !strcmp(sub, "create"), revoke = !strcmp(sub, "revoke"), listing = !strcmp(sub, "list");
	if (!create && !revoke && !listing) {
		fprintf(stderr, "drydock token: the subcommands are create, list and revoke\n");
		return dd_cli_usage(usage);
	}
	if (!config) {
		fprintf(stderr, "drydock token %s: --config FILE is required\n", sub);
		return dd_cli_usage(usage);
	}
	if (role && !create) {
		fprintf(stderr, "drydock token %s: --role is for create\n", sub);
		return dd_cli_usage(usage);
	}
	if (listing) {
		if (optind + 1 != argc) {
			fprintf(stderr, "drydock token list: takes no NAME\n");
			return dd_cli_usage(usage);
		}
		if (strcmp(format, "table") && strcmp(format, "json")) {
			fprintf(stderr, "drydock token list: unknown format '%s' (table or json)\n", format);
			return dd_cli_usage(usage);
		}
		return list(config, !strcmp(format, "json"));
	}
	if (optind + 2 != argc) {
		fprintf(stderr, "drydock token %s: give one NAME\n", sub);
		return dd_cli_usage(usage);
	}
	const char *name = argv[optind + 1];
	if (revoke) {
		size_t ended = 0;
		int rc = dd_server_token_revoke(config, name, &ended);
		if (rc)
			return dd_cli_fail(rc);
		fprintf(stderr, "revoked token '%s'; %zu console session%s ended\n", name, ended, ended == 1 ? "" : "s");
		return DD_EXIT_OK;
	}
	char *tok = NULL;
	int rc = dd_server_token_create(&tok, config, name, role ? role : "admin");
	if (rc)
		return dd_cli_fail(rc);
	printf("%s\n", tok);
	free(tok);
	return DD_EXIT_OK;
}
