/*
 * sshd_config evaluation, as sshd reads it: keywords are case-insensitive,
 * the first value obtained wins, Include (globs, relative to etc/ssh) is
 * followed in place, and lines inside a Match block apply only to some
 * connections, so they never set the global value ("Match all" ends it).
 * Files come through a callback, so the parser works on the image's final
 * view and on a fuzzer's buffer alike. Include depth and file count are capped.
 */
#ifndef DD_CHECKS_SSHD_PARSE_H
#define DD_CHECKS_SSHD_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#define DD_SSHD_MAX_DEPTH 8
#define DD_SSHD_MAX_FILES 64

/* Calls fn(arg, path, data, len) for each file matching glob (an exact path
 * is a glob too), in name order; returns fn's first non-zero result. */
typedef int (*dd_sshd_each_fn)(void *ctx, const char *glob,
	int (*fn)(void *arg, const char *path, const char *data, size_t len), void *arg);

enum { DD_SSHD_PERMIT_ROOT_LOGIN, DD_SSHD_PERMIT_EMPTY_PASSWORDS, DD_SSHD_PASSWORD_AUTHENTICATION, DD_SSHD_NKEYS };

typedef struct dd_sshd_setting {
	bool set;
	char value[32];          /* lower-cased first word */
	char path[256];          /* file and line that set it */
	unsigned line;
} dd_sshd_setting;

typedef struct dd_sshd_config {
	dd_sshd_setting s[DD_SSHD_NKEYS];
	size_t files;            /* files read */
	char unresolved[512];    /* first Include that matched no file, if any */
	bool limit_hit;          /* depth or file cap reached */
} dd_sshd_config;

/* Evaluates the config starting at `path` (e.g. "etc/ssh/sshd_config"). */
int dd_sshd_eval(dd_sshd_config *out, const char *path, dd_sshd_each_fn each, void *ctx);

#endif
