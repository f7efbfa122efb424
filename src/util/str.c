/* String helpers (see str.h). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

char *dd_asprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *out = NULL;
	if (vasprintf(&out, fmt, ap) < 0)
		out = NULL;
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

static bool glob_at(const char *p, const char *s, int depth)
{
	if (depth > 64)
		return false; /* patterns are user input; keep recursion bounded */
	for (; *p; p++, s++) {
		if (*p == '*') {
			bool deep = p[1] == '*';
			const char *rest = p + (deep ? 2 : 1);
			if (deep && *rest == '/')
				/* "**" followed by "/" also matches zero directories */
				if (glob_at(rest + 1, s, depth + 1))
					return true;
			for (const char *t = s;; t++) {
				if (glob_at(rest, t, depth + 1))
					return true;
				if (!*t || (!deep && *t == '/'))
					return false;
			}
		}
		if (!*s)
			return false;
		if (*p != '?' && *p != *s)
			return false;
		if (*p == '?' && *s == '/')
			return false;
	}
	return *s == '\0';
}

bool dd_glob_match(const char *pattern, const char *s)
{
	return glob_at(pattern, s, 0);
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
