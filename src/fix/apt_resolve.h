/*
 * Which packages a Debian fix installs: for each wanted binary package the
 * candidate apt would pick (the highest version across the configured
 * suites) when its source version reaches the advisory's fixed version,
 * then the dependency closure. The one idea: a package is added only when
 * the image as the plan leaves it would otherwise be broken — a new
 * package's Depends/Pre-Depends that the installed version no longer
 * satisfies, a new package's Breaks that hits an installed one, or an
 * installed package whose own Depends the upgrade breaks (libssl3 and
 * openssl, "= ${binary:Version}" pairs) — as apt's upgrade would.
 */
#ifndef DD_FIX_APT_RESOLVE_H
#define DD_FIX_APT_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "fix/apt_index.h"
#include "fix/dpkg_db.h"

#define DD_APT_PLAN_MAX 4096

typedef struct dd_apt_want {
	const char *name;           /* binary package */
	const char *arch;           /* its architecture (NULL: any) */
	const char *fixed;          /* the source version that fixes it */
	bool binary;                /* fixed is a binary version (a carried earlier upgrade) */
} dd_apt_want;

typedef struct dd_apt_step {
	const dd_dpkg_pkg *from;    /* NULL: newly installed (a new dependency) */
	const dd_apt_pkg *to;
	bool dependency;            /* added by the closure, not named by a want */
} dd_apt_step;

typedef struct dd_apt_plan {
	dd_apt_step *v;
	size_t n;
	/* per want (same order): NULL when planned or already fixed, else why
	 * not ("perl-base 5.36.0-7+deb12u4 is not in the configured sources;
	 * add the security suite") */
	char **why_not;
	size_t n_wants;
} dd_apt_plan;

/* Plans the wants against the installed db and the merged index. A want
 * that cannot be met goes to why_not; a dependency that cannot be met
 * fails the whole plan (DD_ENOTFOUND naming package and relation). */
int dd_apt_resolve(const dd_dpkg_db *db, const dd_apt_index *ix, const dd_apt_want *wants, size_t n_wants,
	dd_apt_plan *plan);
void dd_apt_plan_free(dd_apt_plan *plan);

#endif
