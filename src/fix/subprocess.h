/*
 * Running a host tool (gpgv, ldconfig, bwrap) for `drydock fix`: argv as
 * given (no shell), stdin from /dev/null, stdout and stderr collected up to
 * a cap, a deadline after which the process group is killed. The one idea:
 * the tools read image bytes, so their time and output are bounded like any
 * other reader of hostile input.
 */
#ifndef DD_FIX_SUBPROCESS_H
#define DD_FIX_SUBPROCESS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_subprocess_result {
	int exit_code;          /* exit status, or -1 when killed by a signal */
	bool timed_out;
	char *out;              /* stdout (NUL-terminated, at most the cap); caller frees */
	size_t out_len;
	char err[1024];         /* the first bytes of stderr, one line */
} dd_subprocess_result;

/* Runs argv[0] (an absolute path, or a name looked up on PATH) and waits at
 * most timeout_ms. Returns 0 when it ran (whatever its exit code: see
 * *res), DD_ENOTFOUND when the program does not exist, DD_ETIMEOUT (after
 * killing it) or DD_ELIMIT when stdout passed out_max. Free res->out. */
int dd_subprocess_run(const char *const *argv, size_t out_max, long timeout_ms, dd_subprocess_result *res);

#endif
