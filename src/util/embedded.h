/*
 * Rule data compiled into the library (everything under rules/: YARA rules,
 * the password dictionary, hash blocklists), so a drydock binary carries its
 * own rules wherever it is copied. The table is generated at build time by
 * cmake/embed_rules.cmake.
 */
#ifndef DD_UTIL_EMBEDDED_H
#define DD_UTIL_EMBEDDED_H

#include <stddef.h>

typedef struct dd_embedded_file {
	const char *name;            /* path under rules/, e.g. "yara/webshell.yar" */
	const unsigned char *data;   /* NUL-terminated (data[len] == 0) */
	size_t len;
} dd_embedded_file;

/* NULL-terminated table, sorted by name. */
extern const dd_embedded_file dd_embedded_files[];

/* The file rules/<name>, or NULL. */
const dd_embedded_file *dd_embedded_get(const char *name);

#endif
