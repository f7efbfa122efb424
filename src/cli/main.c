/* drydock: entry point and command dispatch (see cli.h). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "suggest.h"

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

static const dd_cli_command *find(const char *name)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		if (!strcmp(name, commands[i].name))
			return &commands[i];
	return NULL;
}

static int unknown(const char *name)
{
	const char *names[sizeof(commands) / sizeof(*commands)];
	for (size_t i = 0; i < sizeof(commands) / sizeof(*commands); i++)
		names[i] = commands[i].name;
	const char *near = dd_cli_suggest_word(name, names, sizeof(names) / sizeof(*names));
	if (near)
		fprintf(stderr, "drydock: unknown command '%s' (did you mean '%s'?)\n", name, near);
	else
		fprintf(stderr, "drydock: unknown command '%s'\n", name);
	return usage(stderr);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return usage(stderr);
	int rc = dd_cli_env_process();
	if (rc)
		return rc;
	if (!strcmp(argv[1], "help") && argc > 2) {
		/* "drydock help db import" is "drydock db import --help" */
		const dd_cli_command *c = find(argv[2]);
		if (!c)
			return unknown(argv[2]);
		char *args[8];
		int n = 0;
		for (int i = 2; i < argc && n < 6; i++)
			args[n++] = argv[i];
		args[n++] = "--help";
		args[n] = NULL;
		return c->run(n, args);
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help"))
		return usage(stdout);
	if (!strcmp(argv[1], "--version"))
		argv[1] = "version";
	const dd_cli_command *c = find(argv[1]);
	return c ? c->run(argc - 1, argv + 1) : unknown(argv[1]);
}
