/*
 * bubblewrap for the maintainer scripts (sandbox.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/sandbox.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_ARGS 96

/* The options every sandbox gets: what the probe checks is what runs. */
#define BWRAP_BASE "bwrap", "--unshare-all", "--unshare-user", "--uid", "0", "--gid", "0", "--die-with-parent", \
	"--new-session", "--clearenv"

int dd_fix_sandbox_probe(void)
{
	const char *argv[] = { BWRAP_BASE, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
		"--", "true", NULL };
	dd_subprocess_result res = { 0 };
	int rc = dd_subprocess_run(argv, NULL, 4096, 10000, &res);
	free(res.out);
	if (rc == DD_ENOTFOUND)
		return dd_error_set(DD_EUNSUPPORTED, "bubblewrap (bwrap) is not installed");
	if (rc < 0)
		return dd_error_prefix(DD_EUNSUPPORTED, "bubblewrap could not run");
	if (res.exit_code != 0)
		return dd_error_set(DD_EUNSUPPORTED, "bubblewrap cannot make a sandbox here (no unprivileged user "
			"namespaces?): %s", res.err[0] ? res.err : "exit status non-zero");
	return 0;
}

int dd_fix_sandbox_run(const dd_fix_sandbox_cmd *c, dd_subprocess_result *res)
{
	const char *argv[MAX_ARGS + 1] = { BWRAP_BASE, "--bind", c->root, "/", "--proc", "/proc", "--dev", "/dev",
		"--tmpfs", "/tmp", "--tmpfs", "/run", "--chdir", "/" };
	size_t n = 0;
	while (argv[n])
		n++;
	if (c->scripts_dir) {
		argv[n++] = "--ro-bind";
		argv[n++] = c->scripts_dir;
		argv[n++] = DD_FIX_SANDBOX_SCRIPTS;
	}
	char *names[MAX_ARGS] = { 0 };
	size_t n_names = 0;
	for (const char *const *e = c->env; e && *e && n + 3 < MAX_ARGS; e++) {
		const char *eq = strchr(*e, '=');
		if (!eq)
			continue;
		/* bwrap takes name and value apart */
		if (!(names[n_names] = dd_strndup(*e, (size_t)(eq - *e)))) {
			for (size_t k = 0; k < n_names; k++)
				free(names[k]);
			return dd_error_oom();
		}
		argv[n++] = "--setenv";
		argv[n++] = names[n_names++];
		argv[n++] = eq + 1;
	}
	argv[n++] = "--";
	for (const char *const *a = c->argv; *a && n < MAX_ARGS; a++)
		argv[n++] = *a;
	argv[n] = NULL;
	int rc = dd_subprocess_run(argv, NULL, c->out_max, c->timeout_ms, res);
	for (size_t k = 0; k < n_names; k++)
		free(names[k]);
	return rc;
}
