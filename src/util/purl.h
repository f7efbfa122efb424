/*
 * Package URLs per the purl spec: pkg:TYPE/NAMESPACE/NAME@VERSION?QUALIFIERS#SUBPATH
 * with each part percent-encoded as the spec says (namespace segments and
 * name keep their own '/' meaning; '@' in a version is encoded...).
 */
#ifndef DD_UTIL_PURL_H
#define DD_UTIL_PURL_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Builds a purl. namespace and qualifiers may be NULL. qualifiers is a
 * NULL-terminated list of key, value pairs (keys already lower-case); pairs
 * with a NULL or empty value are skipped; keys are sorted as the spec asks.
 * Returns a malloc'ed string or NULL on OOM.
 */
char *dd_purl_build(const char *type, const char *namespace_, const char *name,
	const char *version, const char *const *qualifiers);

/* A parsed purl: parts decoded, the type lower-cased; qualifiers kept raw. */
typedef struct dd_purl_view {
	char base[1024];      /* "type/namespace/name" */
	char version[512];
	bool has_version;
	const char *qual;     /* raw qualifiers (after '?'), up to '#'; points into the input */
	size_t qual_len;
} dd_purl_view;

/* Parses a purl; false when s is not one. */
bool dd_purl_parse(const char *s, dd_purl_view *v);
/* Qualifier KEY (case-insensitive) of a parsed purl, decoded into out
 * (truncated to cap); false when absent. */
bool dd_purl_qualifier(const dd_purl_view *v, const char *key, char *out, size_t cap);

/*
 * Whether purl `have` is covered by pattern `want` (both purls): the same
 * type/namespace/name; the same version when want has one (a purl without a
 * version covers every version); each qualifier want gives present in have
 * with the same value. Percent-encoding and the type's case do not matter.
 * The rule for VEX products and whitelist package entries alike.
 */
bool dd_purl_matches(const char *want, const char *have);

#endif
