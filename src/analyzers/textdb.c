/* Line and field helpers for text package databases (see textdb.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/textdb.h"

bool dd_textdb_next_line(const char **pos, const char *end, dd_slice *line)
{
	const char *p = *pos;
	if (p >= end)
		return false;
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *stop = nl ? nl : end;
	line->p = p;
	line->n = (size_t)(stop - p);
	if (line->n && p[line->n - 1] == '\r')
		line->n--;
	*pos = nl ? nl + 1 : end;
	return true;
}

dd_slice dd_textdb_trim(dd_slice s)
{
	while (s.n && (s.p[0] == ' ' || s.p[0] == '\t')) {
		s.p++;
		s.n--;
	}
	while (s.n && (s.p[s.n - 1] == ' ' || s.p[s.n - 1] == '\t' || s.p[s.n - 1] == '\r'))
		s.n--;
	return s;
}

bool dd_textdb_eq(dd_slice s, const char *str, bool icase)
{
	size_t n = strlen(str);
	if (s.n != n)
		return false;
	return icase ? strncasecmp(s.p, str, n) == 0 : memcmp(s.p, str, n) == 0;
}

char *dd_textdb_dup(dd_slice s)
{
	char *out = malloc(s.n + 1);
	if (!out)
		return NULL;
	if (s.n)
		memcpy(out, s.p, s.n);
	out[s.n] = '\0';
	return out;
}
