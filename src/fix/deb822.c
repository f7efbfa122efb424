/*
 * deb822 stanza reader (deb822.h). Stanzas are separated by blank lines
 * (a line of only white space counts, as apt's parser takes it); a field
 * name is any run of printable non-space characters before a colon.
 */
#include <string.h>

#include "fix/deb822.h"
#include "util/error.h"

void dd_deb822_init(dd_deb822 *it, const char *text, size_t len, bool comments, const char *what)
{
	dd_lines_init(&it->lines, text, len);
	it->comments = comments;
	it->what = what ? what : "deb822 text";
}

static bool blank(dd_span l)
{
	return dd_span_trim(l).n == 0;
}

int dd_deb822_next(dd_deb822 *it, dd_deb822_stanza *st)
{
	dd_span line;
	st->n = 0;
	st->raw = (dd_span){ NULL, 0 };
	const char *last_end = NULL;
	for (;;) {
		if (!dd_lines_next(&it->lines, &line))
			break;
		if (it->comments && line.n && line.p[0] == '#')
			continue;
		if (blank(line)) {
			if (st->n)
				break;
			continue;
		}
		if (line.p[0] == ' ' || line.p[0] == '\t') {
			if (!st->n)
				return dd_error_set(DD_EFORMAT, "%s line %u: a continuation line outside a field", it->what,
					it->lines.lineno);
			dd_deb822_field *f = &st->fields[st->n - 1];
			const char *start = f->value.n ? f->value.p : line.p;
			f->value = dd_span_trim((dd_span){ start, (size_t)(line.p + line.n - start) });
			last_end = line.p + line.n;
			continue;
		}
		const char *colon = memchr(line.p, ':', line.n);
		if (!colon || colon == line.p)
			return dd_error_set(DD_EFORMAT, "%s line %u: expected 'Field: value'", it->what, it->lines.lineno);
		for (const char *c = line.p; c < colon; c++)
			if ((unsigned char)*c <= ' ' || (unsigned char)*c >= 0x7f)
				return dd_error_set(DD_EFORMAT, "%s line %u: a field name with a space or control byte",
					it->what, it->lines.lineno);
		if (st->n == DD_DEB822_MAX_FIELDS)
			return dd_error_set(DD_ELIMIT, "%s line %u: a stanza with more than %d fields", it->what,
				it->lines.lineno, DD_DEB822_MAX_FIELDS);
		if (!st->n) {
			st->raw.p = line.p;
			st->lineno = it->lines.lineno;
		}
		dd_deb822_field *f = &st->fields[st->n++];
		f->name = (dd_span){ line.p, (size_t)(colon - line.p) };
		f->value = dd_span_trim((dd_span){ colon + 1, (size_t)(line.p + line.n - colon - 1) });
		if (!f->value.n)
			f->value.p = colon + 1; /* present but empty: p stays non-NULL */
		last_end = line.p + line.n;
	}
	if (!st->n)
		return 0;
	st->raw.n = (size_t)(last_end - st->raw.p);
	return 1;
}

dd_span dd_deb822_get(const dd_deb822_stanza *st, const char *name)
{
	for (size_t i = 0; i < st->n; i++)
		if (dd_span_ieq(st->fields[i].name, name))
			return st->fields[i].value;
	return (dd_span){ NULL, 0 };
}

bool dd_deb822_value_lines(dd_span *rest, dd_span *line)
{
	if (!rest->p || !rest->n)
		return false;
	const char *p = rest->p;
	const char *end = rest->p + rest->n;
	dd_span_next_line(&p, end, line);
	*line = dd_span_trim(*line);
	if (line->n == 1 && line->p[0] == '.')
		line->n = 0;
	rest->n = (size_t)(end - p);
	rest->p = p;
	if (!rest->n)
		rest->p = NULL;
	return true;
}

bool dd_deb822_word(dd_span *s, dd_span *word)
{
	size_t i = 0;
	while (i < s->n && (s->p[i] == ' ' || s->p[i] == '\t' || s->p[i] == '\n' || s->p[i] == '\r'))
		i++;
	size_t j = i;
	while (j < s->n && s->p[j] != ' ' && s->p[j] != '\t' && s->p[j] != '\n' && s->p[j] != '\r')
		j++;
	if (i == j)
		return false;
	*word = (dd_span){ s->p + i, j - i };
	s->p += j;
	s->n -= j;
	return true;
}
