/*
 * Helpers shared by the version comparators. The one idea: version numbers
 * in the wild overflow any integer type ("20191002222144", git dates,
 * build numbers), so digit runs are compared as strings of digits: leading
 * zeros dropped, then the longer run is the larger, then byte order.
 */
#ifndef DD_VULN_VERSION_UTIL_H
#define DD_VULN_VERSION_UTIL_H

#include <stdbool.h>
#include <stddef.h>

/* A slice of a version string. */
typedef struct dd_vspan {
	const char *p;
	size_t n;
} dd_vspan;

/* SemVer pre-release identifiers: numbers numerically, numbers before
 * words, words in byte order. */
int dd_vcmp_ident(dd_vspan a, dd_vspan b);
/* SemVer pre-release lists: none (a release) after any; then identifier by
 * identifier; a shorter list that is a prefix sorts first. */
int dd_vcmp_prerelease(const dd_vspan *a, size_t na, const dd_vspan *b, size_t nb);
/* Numbers and pre-release identifiers of the SemVer family (npm, Go,
 * NuGet): up to four numbers (missing ones are 0) then SemVer pre-release
 * precedence. */
#define DD_VMAX_IDS 64
typedef struct dd_vparts {
	dd_vspan num[4];
	dd_vspan pre[DD_VMAX_IDS];
	size_t n_pre;
} dd_vparts;
int dd_vparts_cmp(const dd_vparts *a, const dd_vparts *b);

/* Parses the dot-separated identifiers [A-Za-z0-9-]+ of [p, e) into ids
 * (when not NULL; at most max) and *n. Numeric identifiers with leading
 * zeros are refused unless zeros_ok. */
bool dd_vparse_ids(const char *p, const char *e, bool zeros_ok, dd_vspan *ids, size_t max, size_t *n);
/* True when the span is a non-empty run of digits. */
bool dd_vspan_is_number(dd_vspan s);

/* Longest version string any comparator accepts; longer is invalid. */
#define DD_VERSION_MAX 256

/* -1/0/1 comparing two runs of ASCII digits by numeric value. */
int dd_vcmp_digits(const char *a, size_t alen, const char *b, size_t blen);
/* Length of the run of ASCII digits at s (at most n bytes). */
size_t dd_vspan_digits(const char *s, size_t n);
static inline int dd_vsign(int c) { return (c > 0) - (c < 0); }
static inline bool dd_visdigit(char c) { return c >= '0' && c <= '9'; }
static inline bool dd_visalpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline bool dd_visalnum(char c) { return dd_visdigit(c) || dd_visalpha(c); }
static inline char dd_vlower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

#endif
