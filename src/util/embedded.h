/*
 * Rule data compiled into the library (everything under rules/: YARA rules,
 * the password dictionary, hash blocklists), so a drydock binary carries its
 * own rules wherever it is copied. The table is generated at build time by
 * cmake/embed_rules.py; the bytes are stored masked so the binary does not
 * contain the rule text (and trip its own or anybody's malware rules), and
 * unmasked on first use.
 */
#ifndef DD_UTIL_EMBEDDED_H
#define DD_UTIL_EMBEDDED_H

#include <stddef.h>

typedef struct dd_embedded_file {
	const char *name;            /* path under rules/, e.g. "yara/webshell.yar" */
	const unsigned char *data;   /* NUL-terminated (data[len] == 0) */
	size_t len;
} dd_embedded_file;

/* The table, NULL-terminated, sorted by name, unmasked (thread-safe). */
const dd_embedded_file *dd_embedded_table(void);
/* The file rules/<name>, or NULL. */
const dd_embedded_file *dd_embedded_get(const char *name);

/* generated */
extern dd_embedded_file dd_embedded_files_masked[];
extern const unsigned char dd_embedded_mask;

/* A digest of every bundled rule file, for cache keys (64-bit FNV-1a). */
unsigned long long dd_embedded_digest(void);
/* A digest of the regular files directly in dir (names, sizes, mtimes), for
 * cache keys of user-supplied rule folders; 0 when dir cannot be read. */
unsigned long long dd_dir_digest(const char *dir);

#endif
