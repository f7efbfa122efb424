/*
 * Package URLs per the purl spec: pkg:TYPE/NAMESPACE/NAME@VERSION?QUALIFIERS#SUBPATH
 * with each part percent-encoded as the spec says (namespace segments and
 * name keep their own '/' meaning; '@' in a version is encoded...).
 */
#ifndef DD_UTIL_PURL_H
#define DD_UTIL_PURL_H

/*
 * Builds a purl. namespace and qualifiers may be NULL. qualifiers is a
 * NULL-terminated list of key, value pairs (keys already lower-case); pairs
 * with a NULL or empty value are skipped; keys are sorted as the spec asks.
 * Returns a malloc'ed string or NULL on OOM.
 */
char *dd_purl_build(const char *type, const char *namespace_, const char *name,
	const char *version, const char *const *qualifiers);

#endif
