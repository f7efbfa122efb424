/*
 * Line and field helpers for the text package databases (dpkg status, apk
 * installed, os-release). The one idea: the bytes are hostile, so nothing
 * here trusts a NUL terminator or a line length; every slice is a pointer
 * plus a length inside the caller's buffer, and a CR before LF is dropped so
 * files edited on Windows parse the same.
 */
#ifndef DD_ANALYZERS_TEXTDB_H
#define DD_ANALYZERS_TEXTDB_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_slice {
	const char *p;
	size_t n;
} dd_slice;

/* Next line of [*pos, end): sets *line (without "\n" or "\r\n"), advances *pos.
 * Returns false at the end. */
bool dd_textdb_next_line(const char **pos, const char *end, dd_slice *line);
/* Trims spaces and tabs on both sides. */
dd_slice dd_textdb_trim(dd_slice s);
/* True when the slice equals the C string (case-insensitive when icase). */
bool dd_textdb_eq(dd_slice s, const char *str, bool icase);
/* malloc'ed NUL-terminated copy, or NULL on OOM. Embedded NULs are kept (the
 * string then simply ends early). */
char *dd_textdb_dup(dd_slice s);

#endif
