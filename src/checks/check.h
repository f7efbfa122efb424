/*
 * Image-level checks: rules that need the final (squashed) view of the image
 * rather than one layer at a time: passwd/shadow, service configs, the image
 * config and its history. Each check is one const struct in its own file,
 * listed once in check_list.h. A check declares the files it reads (globs);
 * the layer walker keeps those files' contents (1 MiB cap each) and the squash
 * step hands the check the version that survives in the final image.
 */
#ifndef DD_CHECKS_CHECK_H
#define DD_CHECKS_CHECK_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "drydock/drydock.h"

typedef struct dd_check_ctx dd_check_ctx;

/* A file in the final view, as kept by the walker. */
typedef struct dd_kept_file {
	const char *path;
	const uint8_t *data;     /* NUL-terminated */
	size_t len;
	uint32_t mode;
	uint32_t uid, gid;
	const char *layer;
} dd_kept_file;

/* The final-view file at path (exact), or NULL. */
const dd_kept_file *dd_check_file(dd_check_ctx *c, const char *path);
/* Calls fn for every kept final-view file whose path matches glob (dd_glob_match). */
int dd_check_foreach_file(dd_check_ctx *c, const char *glob,
	int (*fn)(dd_check_ctx *c, const dd_kept_file *f, void *payload), void *payload);
/* Calls fn for every final-view entry with setuid/setgid bits or world-writable
 * permissions (regular files and directories without the sticky bit). */
int dd_check_foreach_special(dd_check_ctx *c,
	int (*fn)(dd_check_ctx *c, const dd_kept_file *entry, void *payload), void *payload);
/* The image config JSON (borrowed; NULL for dir: sources). */
json_t *dd_check_config(dd_check_ctx *c);
/* The report being built (packages, OS, history; read-only for checks). */
const dd_report *dd_check_report(dd_check_ctx *c);
const dd_scan_options *dd_check_options(dd_check_ctx *c);
/* Adds a finding (deep-copied). */
int dd_check_add_finding(dd_check_ctx *c, const dd_finding *f);
/* Records a caveat (see dd_analysis_note). */
void dd_check_note(dd_check_ctx *c, bool incomplete, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

typedef struct dd_check {
	const char *name;
	unsigned version;
	unsigned scanners;             /* DD_SCANNER_* bits that enable it */
	const char *const *files;      /* NULL-terminated globs of files to keep; may be NULL */
	int (*run)(dd_check_ctx *c);
} dd_check;

extern const dd_check *const dd_checks[];

#endif
