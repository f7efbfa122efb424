/*
 * Packages index table (apt_index.h). Entries without Package, Version or
 * Filename are not installable and are dropped; an entry with a field over
 * its bound is a format error naming the index (a mirror does not write
 * such things; a hostile one does).
 */
#include <stdlib.h>
#include <string.h>

#include "fix/apt_index.h"
#include "fix/deb822.h"
#include "util/error.h"

#define NAME_MAX_LEN 256

int dd_apt_index_add(dd_apt_index *ix, char *text, size_t len, unsigned origin, const char *arch, const char *what)
{
	char **t = realloc(ix->texts, (ix->n_texts + 1) * sizeof(*t));
	if (!t) {
		free(text);
		return dd_error_oom();
	}
	ix->texts = t;
	ix->texts[ix->n_texts++] = text;
	ix->bytes += len;
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, text, len, false, what);
	while ((rc = dd_deb822_next(&it, st)) == 1) {
		dd_apt_pkg p = { 0 };
		p.name = dd_deb822_get(st, "Package");
		p.version = dd_deb822_get(st, "Version");
		p.arch = dd_deb822_get(st, "Architecture");
		p.filename = dd_deb822_get(st, "Filename");
		if (!p.name.n || !p.version.n || !p.filename.n)
			continue;
		if (p.name.n > NAME_MAX_LEN || p.version.n > NAME_MAX_LEN) {
			rc = dd_error_set(DD_EFORMAT, "%s line %u: a package name or version over %d bytes", what, st->lineno,
				NAME_MAX_LEN);
			break;
		}
		if (!dd_span_eq(p.arch, "all") && !dd_span_eq(p.arch, arch))
			continue;
		p.source = dd_deb822_get(st, "Source");
		p.depends = dd_deb822_get(st, "Depends");
		p.pre_depends = dd_deb822_get(st, "Pre-Depends");
		p.provides = dd_deb822_get(st, "Provides");
		p.breaks = dd_deb822_get(st, "Breaks");
		p.sha256 = dd_deb822_get(st, "SHA256");
		p.size = dd_deb822_get(st, "Size");
		p.multi_arch = dd_deb822_get(st, "Multi-Arch");
		p.stanza = st->raw;
		p.origin = origin;
		if (ix->n == ix->cap) {
			if (ix->n >= DD_APT_INDEX_MAX_PACKAGES) {
				rc = dd_error_set(DD_ELIMIT, "%s: the indexes hold more than %d packages", what,
					DD_APT_INDEX_MAX_PACKAGES);
				break;
			}
			size_t cap = ix->cap ? ix->cap * 2 : 4096;
			dd_apt_pkg *v = realloc(ix->v, cap * sizeof(*v));
			if (!v) {
				rc = dd_error_oom();
				break;
			}
			ix->v = v;
			ix->cap = cap;
		}
		ix->v[ix->n++] = p;
	}
	free(st);
	return rc < 0 ? rc : 0;
}

static int span_cmp(dd_span a, dd_span b)
{
	size_t n = a.n < b.n ? a.n : b.n;
	int c = n ? memcmp(a.p, b.p, n) : 0;
	if (c)
		return c;
	return a.n < b.n ? -1 : a.n > b.n;
}

static int by_name(const void *a, const void *b)
{
	const dd_apt_pkg *x = a, *y = b;
	int c = span_cmp(x->name, y->name);
	if (c)
		return c;
	return x->origin < y->origin ? -1 : x->origin > y->origin;
}

void dd_apt_index_finish(dd_apt_index *ix)
{
	if (ix->n)
		qsort(ix->v, ix->n, sizeof(*ix->v), by_name);
}

size_t dd_apt_index_find(const dd_apt_index *ix, const char *name, size_t name_len, const dd_apt_pkg **first)
{
	dd_span key = { name, name_len };
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (span_cmp(ix->v[mid].name, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < ix->n && span_cmp(ix->v[end].name, key) == 0)
		end++;
	*first = ix->v ? &ix->v[lo] : NULL;
	return end - lo;
}

void dd_apt_source_of(dd_span name, dd_span version, dd_span source, dd_span *src_name, dd_span *src_version)
{
	*src_name = name;
	*src_version = version;
	source = dd_span_trim(source);
	if (!source.n)
		return;
	size_t i = 0;
	while (i < source.n && source.p[i] != ' ' && source.p[i] != '(')
		i++;
	*src_name = (dd_span){ source.p, i };
	const char *open = memchr(source.p + i, '(', source.n - i);
	const char *close = open ? memchr(open, ')', (size_t)(source.p + source.n - open)) : NULL;
	if (open && close)
		*src_version = dd_span_trim((dd_span){ open + 1, (size_t)(close - open - 1) });
}

void dd_apt_index_free(dd_apt_index *ix)
{
	for (size_t i = 0; i < ix->n_texts; i++)
		free(ix->texts[i]);
	free(ix->texts);
	free(ix->v);
	memset(ix, 0, sizeof(*ix));
}
