/* Spans and the line helpers over them (see span.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/span.h"

bool dd_span_eq(dd_span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n == n && memcmp(s.p, lit, n) == 0;
}

bool dd_span_ieq(dd_span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n == n && strncasecmp(s.p, lit, n) == 0;
}

bool dd_span_has_prefix(dd_span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n >= n && memcmp(s.p, lit, n) == 0;
}

dd_span dd_span_trim(dd_span s)
{
	while (s.n && isspace((unsigned char)s.p[0])) {
		s.p++;
		s.n--;
	}
	while (s.n && isspace((unsigned char)s.p[s.n - 1]))
		s.n--;
	return s;
}

char *dd_span_cpy(char *buf, size_t cap, dd_span s)
{
	size_t n = s.n < cap - 1 ? s.n : cap - 1;
	if (n)
		memcpy(buf, s.p, n);
	buf[n] = '\0';
	return buf;
}

bool dd_span_uint(dd_span s, unsigned long long max, unsigned long long *out)
{
	s = dd_span_trim(s);
	if (!s.n || s.n > 19)
		return false;
	unsigned long long v = 0;
	for (size_t i = 0; i < s.n; i++) {
		if (s.p[i] < '0' || s.p[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s.p[i] - '0');
	}
	if (v > max)
		return false;
	*out = v;
	return true;
}

void dd_lines_init(dd_lines *it, const void *data, size_t len)
{
	it->p = data;
	it->end = (const char *)data + len;
	it->lineno = 0;
}

bool dd_lines_next(dd_lines *it, dd_span *line)
{
	if (!dd_span_next_line(&it->p, it->end, line))
		return false;
	it->lineno++;
	return true;
}

char *dd_span_dup(dd_span s)
{
	char *out = malloc(s.n + 1);
	if (!out)
		return NULL;
	if (s.n)
		memcpy(out, s.p, s.n);
	out[s.n] = '\0';
	return out;
}

bool dd_span_next_line(const char **pos, const char *end, dd_span *line)
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
