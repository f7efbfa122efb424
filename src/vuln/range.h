/*
 * Evaluating one affected package's range blob (advisory.h) against an
 * installed version, with the OSV semantics: per range, events sorted in the
 * ecosystem's order; `introduced` opens, `fixed` closes before itself,
 * `last_affected` closes after itself, `limit` bounds the range from above;
 * a version listed explicitly is affected whatever the ranges say.
 */
#ifndef DD_VULN_RANGE_H
#define DD_VULN_RANGE_H

#include <stdbool.h>
#include <stddef.h>

#include "vuln/version.h"

#define DD_RANGE_EVENTS_MAX 4096   /* events of one range we evaluate */

typedef struct dd_range_result {
	bool affected;
	/* the lowest `fixed` above the installed version among the ranges that
	 * hold it (a pointer into the blob, not NUL-terminated), or NULL */
	const char *fixed;
	size_t fixed_len;
	size_t bad;                /* ranges skipped: a version the comparator refused */
} dd_range_result;

/*
 * Evaluates blob for version with scheme (whose SEMVER ranges use semver
 * when the ecosystem's own order is another). Returns 0, or DD_EINVAL when
 * the installed version itself is invalid for the scheme.
 */
int dd_range_eval(const dd_version_scheme *scheme, const dd_version_scheme *semver, const char *version,
	const char *blob, size_t len, dd_range_result *out);

#endif
