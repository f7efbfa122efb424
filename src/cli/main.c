/* drydock: entry point and command dispatch (see cli.h). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

#define DD_CLI_COMMAND(n, s) int dd_cmd_##n(int argc, char **argv);
#include "cli_commands.h"
#undef DD_CLI_COMMAND

static const dd_cli_command commands[] = {
#define DD_CLI_COMMAND(n, s) { #n, s, dd_cmd_##n },
#include "cli_commands.h"
#undef DD_CLI_COMMAND
};

static int usage(FILE *fp)
{
	fprintf(fp, "usage: drydock COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		fprintf(fp, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(fp, "\nRun 'drydock COMMAND --help' for a command's options.\n");
	return fp == stdout ? DD_EXIT_OK : DD_EXIT_USAGE;
}

int dd_cli_exit_for_error(int code)
{
	switch (code) {
	case DD_EINVAL:
	case DD_EFORMAT:
	case DD_ENOTFOUND:
	case DD_EDIGEST:
	case DD_ELIMIT:
	case DD_EUNSUPPORTED:
		return DD_EXIT_USAGE;
	default:
		return DD_EXIT_INCOMPLETE;
	}
}

int dd_cli_fail(int code)
{
	const char *msg = dd_error_last();
	fprintf(stderr, "drydock: %s\n", *msg ? msg : dd_error_name(code));
	return dd_cli_exit_for_error(code);
}

int dd_cli_usage(const char *text)
{
	fputs(text, stderr);
	return DD_EXIT_USAGE;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage(stderr);
	int rc = dd_cli_env_process();
	if (rc)
		return rc;
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help"))
		return usage(stdout);
	if (!strcmp(argv[1], "--version"))
		argv[1] = "version";
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "drydock: unknown command '%s'\n", argv[1]);
	return usage(stderr);
}
