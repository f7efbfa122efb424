/*
 * Internal error reporting: set a one-line, thread-local message and return
 * the code in one statement:  return dd_error_set(DD_EFORMAT, "layer %s: ...", d);
 * dd_error_prefix() adds outer context ("image X: ") as an error travels up,
 * so the final line reads from the widest scope to the narrowest.
 */
#ifndef DD_UTIL_ERROR_H
#define DD_UTIL_ERROR_H

#include "drydock/errors.h"

int dd_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prepends "PREFIX: " to the current message; returns code unchanged. */
int dd_error_prefix(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dd_error_clear(void);
/* Sets DD_ENOMEM with a fixed message (never allocates). */
int dd_error_oom(void);
/* 0 when an options struct's version is the one this library knows, else
 * DD_EINVAL naming the function and the struct (libgit2's
 * GIT_ERROR_CHECK_VERSION). */
int dd_options_check(unsigned version, unsigned known, const char *function, const char *type);

#endif
