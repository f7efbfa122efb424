/*
 * Candidate selection and dependency closure (apt_resolve.h). The state
 * "as the plan leaves it" is the installed db overlaid with the plan's
 * steps; every check below asks that state. The closure runs to a fixed
 * point: each round checks every package of the state, and stops when a
 * round adds nothing (bounded by DD_APT_PLAN_MAX steps).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apt_resolve.h"
#include "fix/dpkg_deps.h"
#include "util/error.h"

typedef struct {
	const dd_dpkg_db *db;
	const dd_apt_index *ix;
	dd_apt_plan *plan;
	size_t cap;
	dd_span arch;               /* the native architecture (of the first arch-specific package) */
} ctx;

static bool span_same(dd_span a, dd_span b)
{
	return a.n == b.n && (!a.n || memcmp(a.p, b.p, a.n) == 0);
}

static const dd_apt_step *planned(const ctx *c, dd_span name)
{
	for (size_t i = 0; i < c->plan->n; i++)
		if (span_same(c->plan->v[i].to->name, name))
			return &c->plan->v[i];
	return NULL;
}

static bool arch_ok(const ctx *c, dd_span arch)
{
	return !c->arch.n || dd_span_eq(arch, "all") || span_same(arch, c->arch);
}

/* The version of name the state would have (p == NULL: none). */
static dd_span state_version(const ctx *c, dd_span name)
{
	const dd_apt_step *s = planned(c, name);
	if (s)
		return s->to->version;
	const dd_dpkg_pkg *p = dd_dpkg_db_find(c->db, name, c->arch);
	return p ? p->version : (dd_span){ NULL, 0 };
}

/* Does a Provides list offer atom->name satisfying atom? */
static int provides_ok(dd_span provides, const dd_dep_atom *want, bool *ok)
{
	dd_span clause;
	*ok = false;
	while (!*ok && dd_dep_next_clause(&provides, &clause)) {
		dd_dep_atom a;
		int rc = dd_dep_next_alt(&clause, &a);
		if (rc < 0)
			return rc;
		if (rc == 0 || !span_same(a.name, want->name))
			continue;
		if (want->op == DD_DEP_ANY)
			*ok = true;
		else if (a.op == DD_DEP_EQ && (rc = dd_dep_version_ok(a.version, want->op, want->version, ok)))
			return rc;
	}
	return 0;
}

static int atom_ok(const ctx *c, const dd_dep_atom *a, bool *ok)
{
	dd_span v = state_version(c, a->name);
	int rc;
	*ok = false;
	if (v.p && (rc = dd_dep_version_ok(v, a->op, a->version, ok)))
		return rc;
	if (*ok)
		return 0;
	/* virtual packages: planned packages first, then installed ones not replaced */
	for (size_t i = 0; i < c->plan->n && !*ok; i++)
		if ((rc = provides_ok(c->plan->v[i].to->provides, a, ok)))
			return rc;
	for (size_t i = 0; i < c->db->n && !*ok; i++) {
		const dd_dpkg_pkg *p = &c->db->v[i];
		if (p->installed && !planned(c, p->name) && (rc = provides_ok(p->provides, a, ok)))
			return rc;
	}
	return 0;
}

/* The highest index entry of name for our architecture satisfying the atom
 * (atom may be NULL); NULL when none. */
static int best(const ctx *c, dd_span name, const dd_dep_atom *atom, const dd_apt_pkg **out)
{
	const dd_apt_pkg *first, *top = NULL;
	size_t n = dd_apt_index_find(c->ix, name.p, name.n, &first);
	*out = NULL;
	for (size_t i = 0; i < n; i++) {
		const dd_apt_pkg *p = &first[i];
		bool ok = true;
		int cmp, rc;
		if (!arch_ok(c, p->arch))
			continue;
		if (atom && (rc = dd_dep_version_ok(p->version, atom->op, atom->version, &ok)))
			return rc;
		if (!ok)
			continue;
		if (top && (rc = dd_dpkg_compare(p->version, top->version, &cmp)))
			return rc;
		if (!top || cmp > 0)
			top = p;
	}
	*out = top;
	return 0;
}

static int add_step(ctx *c, const dd_dpkg_pkg *from, const dd_apt_pkg *to, bool dependency)
{
	dd_apt_plan *pl = c->plan;
	if (pl->n == DD_APT_PLAN_MAX)
		return dd_error_set(DD_ELIMIT, "a fix of more than %d packages", DD_APT_PLAN_MAX);
	if (pl->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		dd_apt_step *v = realloc(pl->v, cap * sizeof(*v));
		if (!v)
			return dd_error_oom();
		pl->v = v;
		c->cap = cap;
	}
	pl->v[pl->n++] = (dd_apt_step){ from, to, dependency };
	return 0;
}

static int describe(char *buf, size_t cap, dd_span owner, const char *field, dd_span clause)
{
	snprintf(buf, cap, "%.*s %s '%.*s'", (int)owner.n, owner.p, field, (int)(clause.n > 200 ? 200 : clause.n), clause.p);
	return 0;
}

/* Makes one unsatisfied clause true by upgrading or installing the first
 * alternative that has a fitting candidate; *added when it did. */
static int satisfy(ctx *c, dd_span owner, const char *field, dd_span clause, bool *added)
{
	dd_span alts = clause;
	dd_dep_atom a;
	int rc;
	char what[512];
	*added = false;
	while ((rc = dd_dep_next_alt(&alts, &a)) == 1) {
		if (planned(c, a.name))
			continue; /* already at its candidate, which does not fit */
		const dd_apt_pkg *cand;
		if ((rc = best(c, a.name, &a, &cand)))
			return rc;
		if (!cand)
			continue;
		const dd_dpkg_pkg *inst = dd_dpkg_db_find(c->db, a.name, c->arch);
		*added = true;
		return add_step(c, inst, cand, true);
	}
	if (rc < 0)
		return rc;
	describe(what, sizeof(what), owner, field, clause);
	return dd_error_set(DD_ENOTFOUND, "%s cannot be satisfied from the configured sources", what);
}

/* Checks one relation field of a package of the state; fixes what it can. */
static int check_field(ctx *c, dd_span owner, dd_span field, const char *fname, bool *added)
{
	dd_span clause;
	int rc;
	while (dd_dep_next_clause(&field, &clause)) {
		dd_span alts = clause;
		dd_dep_atom a;
		bool ok = false;
		while (!ok && (rc = dd_dep_next_alt(&alts, &a)) == 1)
			if ((rc = atom_ok(c, &a, &ok)))
				return rc;
		if (rc < 0)
			return dd_error_prefix(rc, "%.*s %s", (int)owner.n, owner.p, fname);
		if (ok)
			continue;
		bool one;
		if ((rc = satisfy(c, owner, fname, clause, &one)))
			return rc;
		*added |= one;
	}
	return 0;
}

/* A new package's Breaks that hits the state: upgrade the broken one. */
static int check_breaks(ctx *c, const dd_apt_pkg *p, bool *added)
{
	dd_span field = p->breaks, clause;
	int rc;
	while (dd_dep_next_clause(&field, &clause)) {
		dd_dep_atom a;
		dd_span alts = clause;
		if ((rc = dd_dep_next_alt(&alts, &a)) <= 0)
			return rc < 0 ? dd_error_prefix(rc, "%.*s Breaks", (int)p->name.n, p->name.p) : 0;
		dd_span v = state_version(c, a.name);
		bool hit = false;
		if (!v.p || (rc = dd_dep_version_ok(v, a.op, a.version, &hit)))
			return rc < 0 ? rc : 0;
		if (!hit)
			continue;
		if (planned(c, a.name)) {
			char what[512];
			describe(what, sizeof(what), p->name, "Breaks", clause);
			return dd_error_set(DD_ENOTFOUND, "%s, and no candidate avoids it", what);
		}
		/* the highest candidate, which the Breaks must not hit */
		const dd_apt_pkg *cand;
		if ((rc = best(c, a.name, NULL, &cand)))
			return rc;
		if (cand && (rc = dd_dep_version_ok(cand->version, a.op, a.version, &hit)))
			return rc;
		if (!cand || hit) {
			char what[512];
			describe(what, sizeof(what), p->name, "Breaks", clause);
			return dd_error_set(DD_ENOTFOUND, "%s: no version in the configured sources avoids it", what);
		}
		if ((rc = add_step(c, dd_dpkg_db_find(c->db, a.name, c->arch), cand, true)))
			return rc;
		*added = true;
	}
	return 0;
}

static int closure(ctx *c)
{
	for (unsigned round = 0; round < DD_APT_PLAN_MAX; round++) {
		bool added = false;
		int rc;
		for (size_t i = 0; i < c->plan->n; i++) {
			const dd_apt_pkg *p = c->plan->v[i].to;
			if ((rc = check_field(c, p->name, p->pre_depends, "Pre-Depends", &added)) ||
			    (rc = check_field(c, p->name, p->depends, "Depends", &added)) ||
			    (rc = check_breaks(c, p, &added)))
				return rc;
		}
		/* installed packages whose own relations the upgrades broke */
		for (size_t i = 0; i < c->db->n; i++) {
			const dd_dpkg_pkg *p = &c->db->v[i];
			if (!p->installed || planned(c, p->name))
				continue;
			bool broke = false;
			dd_span fields[2] = { p->pre_depends, p->depends };
			for (int f = 0; f < 2 && !broke; f++) {
				dd_span field = fields[f], clause;
				while (!broke && dd_dep_next_clause(&field, &clause)) {
					dd_dep_atom a;
					bool ok = false;
					dd_span alts = clause;
					while (!ok && (rc = dd_dep_next_alt(&alts, &a)) == 1)
						if ((rc = atom_ok(c, &a, &ok)))
							return rc;
					if (rc < 0)
						break; /* an installed package's odd field: dpkg accepted it; leave it */
					broke = !ok;
				}
			}
			if (!broke)
				continue;
			/* apt upgrades the dependent package to its candidate */
			const dd_apt_pkg *cand;
			if ((rc = best(c, p->name, NULL, &cand)))
				return rc;
			int cmp = 0;
			if (cand && (rc = dd_dpkg_compare(cand->version, p->version, &cmp)))
				return rc;
			if (!cand || cmp <= 0)
				return dd_error_set(DD_ENOTFOUND,
					"the upgrade breaks installed %.*s %.*s (its Depends no longer hold) and the configured sources have no newer %.*s",
					(int)p->name.n, p->name.p, (int)p->version.n, p->version.p, (int)p->name.n, p->name.p);
			if ((rc = add_step(c, p, cand, true)))
				return rc;
			added = true;
		}
		if (!added)
			return 0;
	}
	return dd_error_set(DD_ELIMIT, "the dependency closure did not settle");
}

static int want_one(ctx *c, size_t k, const dd_apt_want *w)
{
	dd_span name = { w->name, strlen(w->name) };
	dd_span arch = w->arch ? (dd_span){ w->arch, strlen(w->arch) } : (dd_span){ NULL, 0 };
	dd_span fixed = { w->fixed, strlen(w->fixed) };
	const dd_dpkg_pkg *inst = dd_dpkg_db_find(c->db, name, arch);
	const dd_apt_pkg *cand;
	int rc, cmp;
	char **why = &c->plan->why_not[k];
	if (!inst) {
		if (asprintf(why, "%s is not installed in the image", w->name) < 0) {
			*why = NULL;
			return dd_error_oom();
		}
		return 0;
	}
	if (planned(c, name))
		return 0;
	/* the installed version may already reach it (a want carried from an
	 * earlier patch layer, or an advisory that moved): nothing to do */
	dd_span iname, iver;
	dd_apt_source_of(inst->name, inst->version, inst->source, &iname, &iver);
	if ((rc = dd_dpkg_compare(w->binary ? inst->version : iver, fixed, &cmp)))
		return rc;
	if (cmp >= 0)
		return 0;
	if ((rc = best(c, name, NULL, &cand)))
		return rc;
	dd_span sname, sver;
	if (cand)
		dd_apt_source_of(cand->name, cand->version, cand->source, &sname, &sver);
	if (cand && (rc = dd_dpkg_compare(w->binary ? cand->version : sver, fixed, &cmp)))
		return rc;
	if (!cand || cmp < 0) {
		if (asprintf(why, "%s %s is not in the configured sources; add the security suite%s%.*s%s", w->name, w->fixed,
			cand ? " (the highest there is " : "", cand ? (int)cand->version.n : 0, cand ? cand->version.p : "",
			cand ? ")" : "") < 0) {
			*why = NULL;
			return dd_error_oom();
		}
		return 0;
	}
	if ((rc = dd_dpkg_compare(cand->version, inst->version, &cmp)))
		return rc;
	if (cmp <= 0)
		return 0; /* installed is already at or above the candidate */
	return add_step(c, inst, cand, false);
}

int dd_apt_resolve(const dd_dpkg_db *db, const dd_apt_index *ix, const dd_apt_want *wants, size_t n_wants,
	dd_apt_plan *plan)
{
	ctx c = { db, ix, plan, 0, { NULL, 0 } };
	int rc = 0;
	memset(plan, 0, sizeof(*plan));
	if (n_wants && !(plan->why_not = calloc(n_wants, sizeof(char *))))
		return dd_error_oom();
	plan->n_wants = n_wants;
	/* the native architecture is dpkg's: the one of an arch-specific package */
	for (size_t i = 0; i < db->n && !c.arch.n; i++)
		if (db->v[i].installed && db->v[i].arch.n && !dd_span_eq(db->v[i].arch, "all"))
			c.arch = db->v[i].arch;
	for (size_t k = 0; k < n_wants && !rc; k++)
		rc = want_one(&c, k, &wants[k]);
	if (!rc)
		rc = closure(&c);
	if (rc)
		dd_apt_plan_free(plan);
	return rc;
}

void dd_apt_plan_free(dd_apt_plan *plan)
{
	for (size_t i = 0; plan->why_not && i < plan->n_wants; i++)
		free(plan->why_not[i]);
	free(plan->why_not);
	free(plan->v);
	memset(plan, 0, sizeof(*plan));
}
