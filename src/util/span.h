/*
 * Spans: a pointer and a length inside a caller's buffer, and the line and
 * field helpers over them that the text parsers share (dpkg status, apk
 * installed, os-release, lock files, sshd_config, login.defs...). The one
 * idea: the bytes are hostile, so nothing here trusts a NUL terminator or a
 * line length; a CR before LF is dropped so files edited on Windows parse
 * the same.
 */
#ifndef DD_UTIL_SPAN_H
#define DD_UTIL_SPAN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_span {
	const char *p;
	size_t n;
} dd_span;

bool dd_span_eq(dd_span s, const char *lit);
bool dd_span_ieq(dd_span s, const char *lit);         /* ASCII case-insensitive */
bool dd_span_has_prefix(dd_span s, const char *lit);
/* Without leading and trailing white space (isspace). */
dd_span dd_span_trim(dd_span s);
/* Copies into buf (truncating to cap-1) and NUL-terminates; returns buf. */
char *dd_span_cpy(char *buf, size_t cap, dd_span s);
/* malloc'ed NUL-terminated copy of all n bytes, or NULL on OOM. */
char *dd_span_dup(dd_span s);
/* Parses a non-negative decimal number; false when it is not one or > max. */
bool dd_span_uint(dd_span s, unsigned long long max, unsigned long long *out);

/* Next line of [*pos, end): sets *line (without "\n" or "\r\n"), advances
 * *pos. Returns false at the end. */
bool dd_span_next_line(const char **pos, const char *end, dd_span *line);

/* The same as an iterator that counts: `lineno` is 1-based for the line
 * last returned. */
typedef struct dd_lines {
	const char *p, *end;
	unsigned lineno;
} dd_lines;
void dd_lines_init(dd_lines *it, const void *data, size_t len);
bool dd_lines_next(dd_lines *it, dd_span *line);

#endif
