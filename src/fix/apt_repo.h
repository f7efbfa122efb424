/*
 * The configured apt repositories, loaded as apt update would: per source
 * (URI + suite) the InRelease, verified with the image's keyrings, then per
 * component the Packages index the signed text lists (gz, else xz, else
 * plain), checked against its size and SHA-256 before it is decompressed
 * (bounded) and parsed into the merged index. The one idea: a byte that is
 * not vouched for by a signature the image trusts never reaches a parser
 * other than gpgv's.
 */
#ifndef DD_FIX_APT_REPO_H
#define DD_FIX_APT_REPO_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "fix/apt_index.h"
#include "fix/apt_keys.h"
#include "fix/apt_sources.h"
#include "fix/backend.h"

typedef struct dd_apt_repo_options {
	const dd_fix_ctx *ctx;          /* downloads (dd_fix_fetch_signed) */
	const dd_apt_file *keyfiles;    /* the image's key files (dd_apt_key_path) */
	size_t n_keyfiles;
	const char *work_dir;           /* private; downloads and keyrings go here */
	const char *arch;               /* "amd64" */
	bool allow_file;                /* file: URIs (only from the user's --sources) */
	const char *gpgv;               /* NULL: "gpgv" on PATH */
	time_t now;
} dd_apt_repo_options;

/* Loads every source's indexes into ix (origin = the source's position in
 * s) and sorts it. Any failure stops with the source named. */
int dd_apt_repo_load(const dd_apt_sources *s, const dd_apt_repo_options *o, dd_apt_index *ix);
/* The URL of a package file of source `origin` (Filename is relative to the
 * URI). *out is malloc'ed. */
int dd_apt_repo_url(const dd_apt_sources *s, unsigned origin, dd_span filename, char **out);
/* Downloads an apt URL (http, https, or file: when allow_file) into dest,
 * at most max bytes. */
int dd_apt_repo_fetch(const dd_fix_ctx *ctx, const char *url, const char *dest, uint64_t max, bool allow_file);

#endif
