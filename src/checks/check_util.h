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

typedef struct dd_span {
	const char *p;
	size_t n;
} dd_span;

bool dd_span_eq(dd_span s, const char *lit);
bool dd_span_ieq(dd_span s, const char *lit);         /* ASCII case-insensitive */
bool dd_span_has_prefix(dd_span s, const char *lit);
dd_span dd_span_trim(dd_span s);
/* Copies into buf (truncating to cap-1) and NUL-terminates; returns buf. */
char *dd_span_cpy(char *buf, size_t cap, dd_span s);
/* Parses a non-negative decimal number; false when it is not one or > max. */
bool dd_span_uint(dd_span s, unsigned long long max, unsigned long long *out);

/* Lines of a buffer; `lineno` is 1-based for the line last returned. A
 * trailing '\r' is dropped. */
typedef struct dd_lines {
	const char *p, *end;
	unsigned lineno;
} dd_lines;
void dd_lines_init(dd_lines *it, const void *data, size_t len);
bool dd_lines_next(dd_lines *it, dd_span *line);

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
