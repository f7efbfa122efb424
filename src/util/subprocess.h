/*
 * Running a host program (gpgv for `drydock fix`, a Docker credential
 * helper for the registry client): argv as given (no shell), stdin from a
 * short text or /dev/null, stdout collected up to a cap, the start of
 * stderr kept as one line, and a deadline after which the process group is
 * killed. The one idea: these programs read hostile bytes or may hang (a
 * keychain prompt), so their time and output are bounded like any other
 * reader of hostile input.
 */
#ifndef DD_UTIL_SUBPROCESS_H
#define DD_UTIL_SUBPROCESS_H

#include <stdbool.h>
#include <stddef.h>

/* stdin_text goes down a pipe in one write, which must not block */
#define DD_SUBPROCESS_STDIN_MAX 4096

typedef struct dd_subprocess_result {
	int exit_code;          /* exit status, or -1 when killed by a signal */
	int signal;             /* the signal that ended it, or 0 */
	bool timed_out;         /* killed at the deadline */
	bool too_big;           /* killed when stdout passed the cap */
	char *out;              /* stdout (NUL-terminated, at most the cap); caller frees */
	size_t out_len;
	char err[1024];         /* the first bytes of stderr, as one line */
} dd_subprocess_result;

/* Runs argv[0] (an absolute path, or a name looked up on PATH) in its own
 * process group (a timeout kills its children too) and waits at most
 * timeout_ms. stdin_text (NULL: /dev/null) is at most
 * DD_SUBPROCESS_STDIN_MAX bytes; a program that exits without reading it
 * answers through its status. Returns 0 when it ran (whatever its exit
 * code: see *res), DD_ENOTFOUND when the program does not exist,
 * DD_ETIMEOUT (after killing it) or DD_ELIMIT when stdout passed out_max.
 * Free res->out. */
int dd_subprocess_run(const char *const *argv, const char *stdin_text, size_t out_max, long timeout_ms,
	dd_subprocess_result *res);

#endif
