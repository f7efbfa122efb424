/* String helpers (see str.h). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "util/error.h"
#include "util/str.h"

char *dd_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

char *dd_strndup(const char *s, size_t n)
{
	return s ? strndup(s, n) : NULL;
}

char *dd_vasprintf(const char *fmt, va_list ap)
{
	char *out = NULL;
	if (vasprintf(&out, fmt, ap) < 0)
		out = NULL;
	return out;
}

void dd_str_free_secret(char *s)
{
	if (!s)
		return;
	explicit_bzero(s, strlen(s));
	free(s);
}

char *dd_asprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *out = dd_vasprintf(fmt, ap);
	va_end(ap);
	return out;
}

bool dd_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool dd_ends_with(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);
	return ls >= lx && memcmp(s + ls - lx, suffix, lx) == 0;
}

int dd_strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

int dd_strcmp_natural(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	int zeros = 0;
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			const char *za = a, *zb = b;
			while (*a == '0')
				a++;
			while (*b == '0')
				b++;
			if (!zeros)
				zeros = (int)((b - zb) - (a - za));
			size_t na = 0, nb = 0;
			while (isdigit((unsigned char)a[na]))
				na++;
			while (isdigit((unsigned char)b[nb]))
				nb++;
			if (na != nb)
				return na < nb ? -1 : 1;
			int c = memcmp(a, b, na);
			if (c)
				return c;
			a += na;
			b += nb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	if (*a || *b)
		return *a ? 1 : -1;
	return zeros < 0 ? -1 : zeros > 0;
}

char *dd_trim(char *s)
{
	char *start = s;
	while (*start && isspace((unsigned char)*start))
		start++;
	size_t n = strlen(start);
	while (n && isspace((unsigned char)start[n - 1]))
		n--;
	memmove(s, start, n);
	s[n] = '\0';
	return s;
}

/*
 * Globs run as a set of live pattern positions stepped over the string
 * once (an NFA walk), so a pattern full of stars costs O(pattern x string)
 * instead of the exponential backtracking of the recursive textbook
 * matcher: patterns come from users and paths from images.
 */
#define GLOB_MAX 1024
#define GLOB_WORDS ((GLOB_MAX + 64) / 64)

typedef struct globset {
	uint64_t w[GLOB_WORDS];
} globset;

static void gs_add(globset *g, size_t i) { g->w[i / 64] |= 1ull << (i % 64); }
static bool gs_has(const globset *g, size_t i) { return g->w[i / 64] >> (i % 64) & 1; }

/* Adds position i and every position reachable from it without consuming
 * a character: past a '*' or '**' (zero characters), and past "**" + '/'
 * (zero directories). */
static void gs_close(globset *g, const char *p, size_t n, size_t i)
{
	while (i <= n && !gs_has(g, i)) {
		gs_add(g, i);
		if (i == n || p[i] != '*')
			return;
		if (i + 1 < n && p[i + 1] == '*') {
			if (i + 2 < n && p[i + 2] == '/')
				gs_close(g, p, n, i + 3);
			i += 2;
		} else {
			i += 1;
		}
	}
}

bool dd_glob_match(const char *pattern, const char *s)
{
	size_t n = strlen(pattern);
	if (n > GLOB_MAX)
		return false;
	globset cur = { { 0 } }, next;
	gs_close(&cur, pattern, n, 0);
	for (; *s; s++) {
		memset(&next, 0, sizeof(next));
		bool any = false;
		for (size_t i = 0; i < n; i++) {
			if (!gs_has(&cur, i))
				continue;
			char c = pattern[i];
			if (c == '*') {
				bool deep = i + 1 < n && pattern[i + 1] == '*';
				/* a star stays where it is while it eats characters */
				if (deep || *s != '/') {
					/* staying is not entering: "**" + '/' may skip zero
					 * directories only before it has eaten anything */
					gs_add(&next, i);
					gs_close(&next, pattern, n, i + (deep ? 2 : 1));
					any = true;
				}
				if (deep)
					i++;
			} else if (c == '?' ? *s != '/' : c == *s) {
				gs_close(&next, pattern, n, i + 1);
				any = true;
			}
		}
		if (!any)
			return false;
		cur = next;
	}
	return gs_has(&cur, n);
}

static int strv_grow(dd_strv *v)
{
	if (v->count + 1 < v->cap)
		return 0;
	size_t ncap = v->cap ? v->cap * 2 : 8;
	char **p = realloc(v->items, ncap * sizeof(*p));
	if (!p)
		return dd_error_oom();
	v->items = p;
	v->cap = ncap;
	return 0;
}

int dd_strv_push_owned(dd_strv *v, char *s)
{
	if (!s)
		return dd_error_oom();
	if (strv_grow(v)) {
		free(s);
		return DD_ENOMEM;
	}
	v->items[v->count++] = s;
	v->items[v->count] = NULL;
	return 0;
}

int dd_strv_push(dd_strv *v, const char *s)
{
	return dd_strv_push_owned(v, dd_strdup(s));
}

bool dd_strv_contains(const dd_strv *v, const char *s)
{
	for (size_t i = 0; i < v->count; i++)
		if (strcmp(v->items[i], s) == 0)
			return true;
	return false;
}

int dd_strv_push_unique(dd_strv *v, const char *s)
{
	return dd_strv_contains(v, s) ? 0 : dd_strv_push(v, s);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void dd_strv_sort(dd_strv *v)
{
	if (v->count > 1)
		qsort(v->items, v->count, sizeof(char *), cmp_str);
}

void dd_strv_free(dd_strv *v)
{
	for (size_t i = 0; i < v->count; i++)
		free(v->items[i]);
	free(v->items);
	v->items = NULL;
	v->count = v->cap = 0;
}
