/* drydock serve: the scanning service (docs/server.md). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "drydock/server.h"

static const char usage[] =
	"usage: drydock serve --config FILE [--log-format text|json] [--worker] [--listen HOST:PORT]\n"
	"\n"
	"Runs the scanning service in the foreground: the JSON API (/api/v1), the\n"
	"store, and the workers that scan registries' images (docs/server.md).\n"
	"Logs go to stderr. SIGTERM or SIGINT: no new work, running scans get\n"
	"shutdown_grace to finish, the rest wait in the queue for the next start.\n"
	"\n"
	"  --config FILE        the service config (YAML; keys in docs/server.md)\n"
	"  --log-format FORMAT  text (default) or json (one object per line)\n"
	"  --worker             only take work from a shared store (store: postgres://...): no API;\n"
	"                       any number of API processes and workers share one store\n"
	"  --listen HOST:PORT   listen there instead of the config's listen; a worker's\n"
	"                       listener serves only /healthz and /metrics\n";

int dd_cmd_serve(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "log-format", required_argument, NULL, 'l' },
		{ "worker", no_argument, NULL, 'w' },
		{ "listen", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	dd_server_options so = DD_SERVER_OPTIONS_INIT;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': so.config_path = optarg; break;
		case 'l':
			if (!strcmp(optarg, "json"))
				so.log_format = DD_SERVER_LOG_JSON;
			else if (!strcmp(optarg, "text"))
				so.log_format = DD_SERVER_LOG_TEXT;
			else {
				fprintf(stderr, "drydock serve: --log-format must be text or json, not '%s'\n", optarg);
				return DD_EXIT_USAGE;
			}
			break;
		case 'w': so.worker = true; break;
		case 'L': so.listen = optarg; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock serve: unknown or incomplete option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind < argc) {
		fprintf(stderr, "drydock serve: unexpected argument '%s'\n", argv[optind]);
		return dd_cli_usage(usage);
	}
	if (!so.config_path) {
		fprintf(stderr, "drydock serve: --config FILE is required\n");
		return dd_cli_usage(usage);
	}
	int rc = dd_server_run(&so);
	return rc ? dd_cli_fail(rc) : DD_EXIT_OK;
}
