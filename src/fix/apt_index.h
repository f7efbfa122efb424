/*
 * The binary package indexes of the configured suites (Packages files),
 * merged into one table sorted by package name. The one idea: the index
 * texts are kept whole and every entry is spans into them, so a 50 MB
 * bookworm Packages costs its own bytes plus ~150 bytes per package, and a
 * stanza's other fields are read only for the few packages a fix touches.
 */
#ifndef DD_FIX_APT_INDEX_H
#define DD_FIX_APT_INDEX_H

#include <stddef.h>

#include "util/span.h"

#define DD_APT_INDEX_MAX_PACKAGES 2000000
#define DD_APT_INDEX_MAX_BYTES (128ull << 20)   /* one uncompressed Packages file (sid main amd64: ~70 MB) */

typedef struct dd_apt_pkg {
	dd_span name, version, arch;
	dd_span source;             /* "Source:" as written ("perl" or "glibc (2.36-9+deb12u4)"); may be empty */
	dd_span depends, pre_depends, provides, breaks;
	dd_span filename, sha256, size, multi_arch;
	dd_span stanza;             /* the whole stanza: the control written to dpkg's status */
	unsigned origin;            /* which source (caller's numbering) */
} dd_apt_pkg;

typedef struct dd_apt_index {
	char **texts;
	size_t n_texts;
	dd_apt_pkg *v;
	size_t n, cap;
	size_t bytes;
} dd_apt_index;

/* Adds a Packages text (taking ownership of text, malloc'ed) from origin.
 * Only packages of arch or "all" are kept. */
int dd_apt_index_add(dd_apt_index *ix, char *text, size_t len, unsigned origin, const char *arch, const char *what);
/* Sorts by name; call once after the last add. */
void dd_apt_index_finish(dd_apt_index *ix);
/* The entries named name: [*first, *first + return value). */
size_t dd_apt_index_find(const dd_apt_index *ix, const char *name, size_t name_len, const dd_apt_pkg **first);
/* The source package name and version of an entry (a binary without
 * Source: is its own source; "name (version)" names another version). */
void dd_apt_source_of(dd_span name, dd_span version, dd_span source, dd_span *src_name, dd_span *src_version);
void dd_apt_index_free(dd_apt_index *ix);

#endif
