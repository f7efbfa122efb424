/*
 * Shared helpers for the application package analyzers (npm, Python, Go,
 * Rust, Ruby, PHP, .NET).
 *
 * The one idea: every application analyzer ends in the same place, so that
 * place is the one that knows the purl rules per ecosystem (npm scope as the
 * namespace, golang module path split at its last '/', composer vendor,
 * PEP 503 for pypi) and refuses the hostile values an image can hold
 * (control bytes, absurd lengths) before they reach a report. Analyzers hand
 * over the name as the ecosystem's advisories spell it; the purl is derived.
 */
#ifndef DD_ANALYZERS_APPPKG_H
#define DD_ANALYZERS_APPPKG_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzers/analyzer.h"
#include "util/buf.h"

/* Longest accepted name, version and license text (real ones are far shorter). */
#define DD_APP_NAME_MAX 512
#define DD_APP_VERSION_MAX 256
#define DD_APP_LICENSE_MAX 1024

/* Per-file emitter state: counts, and a once-per-file note for bad values. */
typedef struct dd_app_ctx {
	dd_analysis *a;
	size_t added;
	size_t skipped;        /* rejected as malformed */
	bool noted_bad;
} dd_app_ctx;

static inline dd_app_ctx dd_app_ctx_make(dd_analysis *a)
{
	dd_app_ctx c = { a, 0, 0, false };
	return c;
}

/*
 * Adds a package of purl type `type` (npm pypi golang cargo gem composer
 * nuget). licenses may be NULL; a malformed license is dropped, a malformed
 * name or version drops the package (noted once per file). Returns 0 or
 * DD_ENOMEM.
 */
int dd_app_add(dd_app_ctx *c, const char *type, const char *name, const char *version,
	const char *licenses, bool dev);
/* Same with lengths (values need not be NUL-terminated). */
int dd_app_addn(dd_app_ctx *c, const char *type, const char *name, size_t name_len,
	const char *version, size_t version_len, const char *licenses, bool dev);

/* The purl for a package (malloc'ed; NULL on OOM). version may be NULL. */
char *dd_app_purl(const char *type, const char *name, const char *version);

/* PEP 503 normalization in place: lower case, runs of '-', '_', '.' become
 * one '-'. */
void dd_pypi_normalize(char *name);

/*
 * Parses JSON from a file's bytes. On failure sets a one-line error naming
 * the line and jansson's reason and returns DD_EFORMAT. The caller owns *out
 * (json_decref). Nesting is bounded by jansson's parser depth limit.
 */
int dd_app_json_load(json_t **out, const uint8_t *data, size_t len);
/* The string member `key` of an object, or NULL. */
const char *dd_app_json_str(const json_t *obj, const char *key);

/* Appends a license to a list joined by sep, skipping empty and duplicate
 * entries; silently stops at DD_APP_LICENSE_MAX. */
void dd_app_license_add(dd_buf *b, const char *lic, size_t len, const char *sep);
/* npm-style license fields: "license" as a string or {"type": ...}, and the
 * legacy "licenses" array of strings or {"type": ...}. */
void dd_app_json_licenses(const json_t *obj, dd_buf *out);

/*
 * A per-file list of packages that merges duplicates before they are added:
 * lock files name the same name@version many times (once per place it is
 * installed). Values are borrowed (they must outlive dd_app_list_flush) and
 * need not be NUL-terminated. A package is dev only when every occurrence
 * is. At most `max` distinct entries are kept (a note says so beyond).
 */
typedef struct dd_app_entry {
	const char *name, *version, *licenses;
	size_t name_len, version_len;
	bool dev;
} dd_app_entry;

typedef struct dd_app_list {
	dd_app_entry *items;
	size_t n, cap, max;
	bool overflow;
	dd_strv owned;         /* copies made by dd_app_list_keep */
} dd_app_list;

#define DD_APP_LIST_MAX 500000
#define DD_APP_LIST_INIT { NULL, 0, 0, DD_APP_LIST_MAX, false, { NULL, 0, 0 } }

/* A copy of s[0..n) that lives as long as the list (NULL on OOM). */
const char *dd_app_list_keep(dd_app_list *l, const char *s, size_t n);

int dd_app_list_push(dd_app_list *l, const char *name, size_t name_len, const char *version,
	size_t version_len, const char *licenses, bool dev);
/* Sorts, merges and adds every entry with dd_app_addn; frees the list. */
int dd_app_list_flush(dd_app_list *l, dd_app_ctx *c, const char *type);
void dd_app_list_free(dd_app_list *l);

#endif
