/*
 * Helpers shared by the checks: walking the lines of a kept file, splitting
 * fields without copying (spans into the file's bytes), config-file keyword
 * lines, and one call that turns a rule hit into a finding. Spans are never
 * NUL-terminated: image bytes are read in place, lengths always bounded.
 */
#ifndef DD_CHECKS_CHECK_UTIL_H
#define DD_CHECKS_CHECK_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "checks/check.h"
#include "util/span.h"

/* Splits s at every `delim` into at most max fields; returns the number of
 * fields there are (which may exceed max: only max are stored). */
size_t dd_split(dd_span s, char delim, dd_span *out, size_t max);
/* Splits at runs of blanks (space, tab); quotes are not special. */
size_t dd_split_ws(dd_span s, dd_span *out, size_t max);

/* A "Keyword value..." config line (sshd_config, login.defs, redis.conf):
 * leading blanks skipped, '#' lines and blank lines give false. `key` is the
 * first word, `value` the trimmed rest (an '=' between them is accepted). */
bool dd_conf_line(dd_span line, dd_span *key, dd_span *value);

/* One rule hit, turned into a finding by dd_check_hit(). */
typedef struct dd_rule_hit {
	dd_finding_class cls;
	const char *id;
	dd_severity sev;
	const char *alias;             /* the Dockle / CIS checkpoint id, or NULL */
	const dd_kept_file *file;      /* supplies path and layer; may be NULL */
	unsigned line;                 /* 0 when not line-oriented */
	const char *match;             /* redacted excerpt or quoted command, or NULL */
	int history_index;             /* build findings; -1 otherwise */
	const char *remediation;
	const char *layer;             /* overrides file's layer (build findings: the layer the step made) */
} dd_rule_hit;

/* Reports a finding of the current check; the title is formatted. */
int dd_check_hit(dd_check_ctx *c, const dd_rule_hit *h, const char *title_fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Shorthand for the common file case (no alias, no match, no history). */
int dd_check_emit(dd_check_ctx *c, dd_finding_class cls, const char *id, dd_severity sev,
	const dd_kept_file *f, unsigned line, const char *remediation, const char *title_fmt, ...)
	__attribute__((format(printf, 8, 9)));

/* True when path (image-relative) lies in a system directory: bin, sbin,
 * lib*, usr, etc, boot (where nobody but root should write). */
bool dd_is_system_path(const char *path);

#endif
