/*
 * dpkg relation fields (Depends, Pre-Depends, Breaks, Provides) as
 * deb-control(5) writes them: clauses separated by ',', alternatives by
 * '|', each "name[:archqual] [(op version)]". The one idea: parsing is an
 * iterator over spans, and "is this satisfied" asks the caller's lookup
 * for what would be installed, so the same code checks the image as it is
 * and the image as the plan would leave it.
 */
#ifndef DD_FIX_DPKG_DEPS_H
#define DD_FIX_DPKG_DEPS_H

#include <stdbool.h>

#include "util/span.h"

typedef enum dd_dep_op {
	DD_DEP_ANY = 0, DD_DEP_LT, DD_DEP_LE, DD_DEP_EQ, DD_DEP_GE, DD_DEP_GT
} dd_dep_op;

typedef struct dd_dep_atom {
	dd_span name;
	dd_span archqual;       /* ":any", ":native"... without the colon; empty when none */
	dd_dep_op op;
	dd_span version;
} dd_dep_atom;

/* The next ','-separated clause of *rest (trimmed); false at the end. */
bool dd_dep_next_clause(dd_span *rest, dd_span *clause);
/* The next '|' alternative of *clause parsed into *atom: 1, 0 at the end,
 * DD_EFORMAT when it does not parse. */
int dd_dep_next_alt(dd_span *clause, dd_dep_atom *atom);
/* Whether version `have` satisfies (op want), in dpkg's order. DD_EINVAL
 * when a version is not a Debian version. */
int dd_dep_version_ok(dd_span have, dd_dep_op op, dd_span want, bool *ok);
/* dpkg's comparison of two versions given as spans: -1, 0, 1 in *out. */
int dd_dpkg_compare(dd_span a, dd_span b, int *out);

#endif
