/*
 * Small string helpers used everywhere: NULL-safe duplication, prefix and
 * suffix tests, and a growable vector of owned strings.
 */
#ifndef DD_UTIL_STR_H
#define DD_UTIL_STR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "drydock/common.h"

/* strdup that accepts NULL (returns NULL). Returns NULL on OOM too: callers
 * that pass a non-NULL string must check. */
char *dd_strdup(const char *s);
char *dd_strndup(const char *s, size_t n);
/* malloc'ed printf; NULL on failure. */
char *dd_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Frees a string that held a secret (a password, an Authorization header
 * line) after overwriting it, so the heap does not keep it; NULL is fine. */
void dd_str_free_secret(char *s);
char *dd_vasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
bool dd_starts_with(const char *s, const char *prefix);
bool dd_ends_with(const char *s, const char *suffix);
/* Compare with NULL sorting first. */
int dd_strcmp_null(const char *a, const char *b);
/* The same, with runs of digits compared as numbers ("CVE-2024-9143" before
 * "CVE-2024-58251", as people read ids); leading zeros break ties. */
int dd_strcmp_natural(const char *a, const char *b);
/* Trims ASCII white space in place; returns s. */
char *dd_trim(char *s);
/* glob match: '*' (not across '/'), '**' (across '/'), '?'. */
bool dd_glob_match(const char *pattern, const char *s);

/* Vector of owned strings (type in drydock/common.h). */

#define DD_STRV_INIT { NULL, 0, 0 }
int dd_strv_push(dd_strv *v, const char *s);          /* copies s */
int dd_strv_push_owned(dd_strv *v, char *s);          /* takes s (frees it on failure) */
int dd_strv_push_unique(dd_strv *v, const char *s);   /* copies s unless present */
bool dd_strv_contains(const dd_strv *v, const char *s);
void dd_strv_sort(dd_strv *v);
void dd_strv_free(dd_strv *v);

#endif
