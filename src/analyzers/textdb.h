/*
 * The names the text package database analyzers (dpkg status, apk
 * installed, os-release, lock files) use for the shared span helpers in
 * util/span.h: one implementation, spelt the way those parsers were written.
 */
#ifndef DD_ANALYZERS_TEXTDB_H
#define DD_ANALYZERS_TEXTDB_H

#include <stdbool.h>
#include <stddef.h>

#include "util/span.h"

typedef dd_span dd_slice;

static inline bool dd_textdb_next_line(const char **pos, const char *end, dd_slice *line)
{
	return dd_span_next_line(pos, end, line);
}

static inline dd_slice dd_textdb_trim(dd_slice s)
{
	return dd_span_trim(s);
}

/* True when the slice equals the C string (case-insensitive when icase). */
static inline bool dd_textdb_eq(dd_slice s, const char *str, bool icase)
{
	return icase ? dd_span_ieq(s, str) : dd_span_eq(s, str);
}

static inline char *dd_textdb_dup(dd_slice s)
{
	return dd_span_dup(s);
}

#endif
