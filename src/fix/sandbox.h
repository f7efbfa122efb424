/*
 * Running image code for --run-scripts (sandbox.c): bubblewrap (Debian's
 * `bubblewrap`) over the fix's private tree, never on the host. A new user
 * namespace (the scripts are uid 0 inside, the caller outside), every other
 * namespace new (no network: a private loopback only), a private /proc,
 * /dev and /tmp, killed with the fix (--die-with-parent) and at a deadline,
 * its output capped (util/subprocess.c).
 */
#ifndef DD_FIX_SANDBOX_H
#define DD_FIX_SANDBOX_H

#include <stddef.h>

#include "util/subprocess.h"

/* Can bubblewrap make such a sandbox here? 0, or DD_EUNSUPPORTED with the
 * reason (no bwrap, no unprivileged user namespaces) in dd_error_last(). */
int dd_fix_sandbox_probe(void);

typedef struct dd_fix_sandbox_cmd {
	const char *root;           /* the tree, bound read-write as / */
	const char *scripts_dir;    /* bound read-only at DD_FIX_SANDBOX_SCRIPTS, or NULL */
	const char *const *argv;    /* inside the sandbox */
	const char *const *env;     /* "NAME=value", NULL-terminated; nothing else is inherited */
	long timeout_ms;
	size_t out_max;             /* stdout and stderr together */
} dd_fix_sandbox_cmd;

#define DD_FIX_SANDBOX_SCRIPTS "/run/drydock-scripts"

/* Runs the command; 0 when it ran (its exit status in *res), DD_ETIMEOUT /
 * DD_ELIMIT when it was killed. Free res->out. */
int dd_fix_sandbox_run(const dd_fix_sandbox_cmd *c, dd_subprocess_result *res);

#endif
