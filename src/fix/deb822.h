/*
 * deb822: the "Field: value" stanza format of apt and dpkg (.sources files,
 * Release, Packages, var/lib/dpkg/status, .deb control files). The one
 * idea: a stanza is read in place, as spans into the caller's text, so a
 * 100 MB status file costs one pass and no copies; only the field count of
 * one stanza is bounded memory (DD_DEB822_MAX_FIELDS, else DD_ELIMIT).
 *
 * A value runs from after the colon to the end of its last continuation
 * line (lines starting with a space or tab), untrimmed inside: multi-line
 * fields (Conffiles, the Release file's SHA256 list, Description) are read
 * line by line with dd_deb822_value_lines. Comment lines ('#' in column 0)
 * are skipped only when the iterator is told to (apt's .sources allows
 * them; Packages and status do not have them).
 */
#ifndef DD_FIX_DEB822_H
#define DD_FIX_DEB822_H

#include <stdbool.h>
#include <stddef.h>

#include "util/span.h"

#define DD_DEB822_MAX_FIELDS 128

typedef struct dd_deb822_field {
	dd_span name;
	dd_span value;          /* trimmed at both ends */
} dd_deb822_field;

typedef struct dd_deb822_stanza {
	dd_deb822_field fields[DD_DEB822_MAX_FIELDS];
	size_t n;
	dd_span raw;            /* the stanza's whole text, first to last line */
	unsigned lineno;        /* 1-based line of its first field */
} dd_deb822_stanza;

typedef struct dd_deb822 {
	dd_lines lines;
	bool comments;          /* '#' lines are comments (apt .sources) */
	const char *what;       /* names the text in messages */
} dd_deb822;

void dd_deb822_init(dd_deb822 *it, const char *text, size_t len, bool comments, const char *what);
/* Next stanza into *st: 1, 0 at the end, or a negative error (a line that
 * is neither a field, a continuation nor blank: DD_EFORMAT with its line
 * number; too many fields: DD_ELIMIT). */
int dd_deb822_next(dd_deb822 *it, dd_deb822_stanza *st);
/* The value of a field by name (ASCII case-insensitive, as apt compares),
 * or a span with p == NULL when the stanza has no such field. */
dd_span dd_deb822_get(const dd_deb822_stanza *st, const char *name);
/* Iterates the lines of a multi-line value (its first line, possibly empty,
 * then each continuation line, trimmed); a line of " ." is an empty line. */
bool dd_deb822_value_lines(dd_span *rest, dd_span *line);
/* Splits the next white-space separated word off *s; false when none. */
bool dd_deb822_word(dd_span *s, dd_span *word);

#endif
