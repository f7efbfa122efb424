/*
 * The image's dpkg database as a fix reads and rewrites it:
 * var/lib/dpkg/status (one stanza per package) and the per-package info
 * files named as dpkg names them (info/<pkg>.list, or info/<pkg>:<arch>.list
 * for a Multi-Arch: same package). The one idea: the status file is kept
 * as text and rewritten by replacing whole stanzas, so every package the
 * fix does not touch keeps its bytes exactly.
 */
#ifndef DD_FIX_DPKG_DB_H
#define DD_FIX_DPKG_DB_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/span.h"

#define DD_DPKG_STATUS_MAX (64u << 20)
#define DD_DPKG_MAX_PACKAGES 200000

typedef struct dd_dpkg_pkg {
	dd_span name, version, arch, status, source;
	dd_span depends, pre_depends, provides, breaks, multi_arch, conffiles;
	dd_span stanza;
	bool installed;         /* files on disk: state neither not-installed nor config-files */
} dd_dpkg_pkg;

typedef struct dd_dpkg_db {
	const char *text;       /* not owned */
	size_t len;
	dd_dpkg_pkg *v;
	size_t n;
} dd_dpkg_db;

/* Parses status text (kept by reference: it must outlive db). */
int dd_dpkg_db_parse(dd_dpkg_db *db, const char *text, size_t len, const char *what);
/* The installed package of that name (and architecture, when arch is
 * non-empty: Multi-Arch: same packages exist once per architecture). */
const dd_dpkg_pkg *dd_dpkg_db_find(const dd_dpkg_db *db, dd_span name, dd_span arch);
/* dpkg's info file stem: "name:arch" for Multi-Arch: same in a database of
 * the multiarch layout (var/lib/dpkg/info/format says 1), else "name". */
void dd_dpkg_info_stem(dd_span name, dd_span arch, dd_span multi_arch, bool multiarch_db, char *out, size_t cap);
/* The conffile md5 the status records for path ("/etc/x"), or p == NULL. */
dd_span dd_dpkg_conffile_md5(const dd_dpkg_pkg *p, const char *path);

/* One replaced or added stanza for dd_dpkg_status_rewrite. */
typedef struct dd_dpkg_stanza_repl {
	const dd_dpkg_pkg *old;     /* NULL: a package not installed before (appended) */
	const char *text;           /* the new stanza, without the trailing blank line */
	size_t len;
} dd_dpkg_stanza_repl;
/* The status file with each old stanza replaced (others byte for byte). */
int dd_dpkg_status_rewrite(const dd_dpkg_db *db, const dd_dpkg_stanza_repl *r, size_t n, dd_buf *out);
/* Builds a status stanza from a .deb control file: Package, then
 * "Status: install ok installed", then the control's other fields in their
 * order with Conffiles (conffiles: "/etc/x md5\n"..., may be empty) before
 * Description, as dpkg records an installed package. */
int dd_dpkg_stanza_from_control(const char *control, size_t len, const char *conffiles, dd_buf *out);
void dd_dpkg_db_free(dd_dpkg_db *db);

#endif
