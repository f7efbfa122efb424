/*
 * Which vulnerabilities a fix takes on (fix_internal.h). The selection is
 * the scan's OS vulnerabilities that have a fixed version (or those --ids
 * names), grouped by package: one want per package whose target is the
 * highest fixed version among its vulnerabilities, since one upgrade closes
 * them all. Upgrades of an earlier patch layer are carried as wants of
 * their own, so a re-fix never undoes them.
 *
 * After the plan, dd_fix_settle() says per id, not per package, what was
 * closed: a candidate may reach one fixed version of a package and not
 * another.
 */
#include <stdlib.h>
#include <string.h>

#include "fix/fix_internal.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_WANTS 10000

static const char *keep(dd_fix_selection *sel, const char *s)
{
	if (!s)
		return NULL;
	return dd_strv_push(&sel->pool, s) == 0 ? sel->pool.items[sel->pool.count - 1] : NULL;
}

static bool named(const char *const *ids, const dd_finding *f)
{
	if (!ids)
		return true;
	for (const char *const *i = ids; *i; i++) {
		if (!strcmp(*i, f->id))
			return true;
		for (size_t a = 0; a < f->aliases.count; a++)
			if (!strcmp(*i, f->aliases.items[a]))
				return true;
	}
	return false;
}

static dd_fix_want *want_for(dd_fix_selection *sel, const char *name, const char *installed)
{
	for (size_t i = 0; i < sel->n_wants; i++)
		if (!strcmp(sel->wants[i].name, name))
			return &sel->wants[i];
	if (sel->n_wants >= MAX_WANTS) {
		dd_error_set(DD_ELIMIT, "more than %d packages to upgrade", MAX_WANTS);
		return NULL;
	}
	dd_fix_want *v = realloc(sel->wants, (sel->n_wants + 1) * sizeof(*v));
	if (!v) {
		dd_error_oom();
		return NULL;
	}
	sel->wants = v;
	dd_fix_want *w = &v[sel->n_wants];
	*w = (dd_fix_want){ .name = keep(sel, name), .installed = keep(sel, installed ? installed : "") };
	if (!w->name || !w->installed) {
		dd_error_oom();
		return NULL;
	}
	sel->n_wants++;
	return w;
}

/* Raises the want's target to `fixed` when it is higher. */
static int raise_to(dd_fix_selection *sel, dd_fix_want *w, const char *fixed, const char *ecosystem)
{
	int cmp = 1;
	if (w->fixed && dd_vercmp(ecosystem, fixed, w->fixed, &cmp) < 0)
		return dd_error_prefix(DD_EFORMAT, "package %s: fixed version '%s'", w->name, fixed);
	if (cmp > 0 && !(w->fixed = keep(sel, fixed)))
		return dd_error_oom();
	return 0;
}

static int add_id(dd_fix_selection *sel, dd_fix_want *w, const char *id, const char *fixed, const char *ecosystem)
{
	for (size_t i = 0; i < w->n_ids; i++)
		if (!strcmp(w->ids[i].id, id))
			return 0;
	dd_fix_want_id *v = realloc((void *)w->ids, (w->n_ids + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	w->ids = v;
	v[w->n_ids] = (dd_fix_want_id){ .id = keep(sel, id), .fixed = keep(sel, fixed) };
	if (!v[w->n_ids].id || !v[w->n_ids].fixed)
		return dd_error_oom();
	w->n_ids++;
	return raise_to(sel, w, fixed, ecosystem);
}

int dd_fix_select(dd_fix_selection *sel, dd_fix_result *res, const dd_report *before, const dd_fix_backend *b,
	const char *const *ids, const dd_fix_carried *carried, size_t n_carried)
{
	int rc = 0;
	*sel = (dd_fix_selection){ 0 };
	for (size_t i = 0; i < before->n_findings && rc == 0; i++) {
		const dd_finding *f = &before->findings[i];
		if (f->suppressed || !named(ids, f))
			continue;
		if (f->cls == DD_CLASS_APP_VULN) {
			if (f->fixed_version && *f->fixed_version)
				rc = dd_fix_result_add_advice(res, f);
			continue;
		}
		if (f->cls != DD_CLASS_OS_VULN)
			continue;
		if (f->status != DD_STATUS_FIXED || !f->fixed_version || !*f->fixed_version) {
			/* a named id that no upgrade can close; by default these just remain */
			if (ids) {
				char why[160];
				snprintf(why, sizeof(why), "no fixed version of %s exists yet (%s)", f->pkg_name,
					*dd_status_name(f->status) ? dd_status_name(f->status) : "no fix known");
				rc = dd_fix_result_add_not_fixable(res, f->id, f->pkg_name, why);
			}
			continue;
		}
		if (!f->pkg_type || strcmp(f->pkg_type, b->pkg_type))
			continue;
		dd_fix_want *w = want_for(sel, f->pkg_name, f->pkg_version);
		rc = w ? add_id(sel, w, f->id, f->fixed_version, b->ecosystem) : dd_error_last_code();
	}
	for (size_t i = 0; i < n_carried && rc == 0; i++) {
		dd_fix_want *w = want_for(sel, carried[i].name, carried[i].to);
		if (!w)
			return dd_error_last_code();
		w->carried = true;
		rc = raise_to(sel, w, carried[i].to, b->ecosystem);
	}
	/* a named id the scan did not find at all */
	for (const char *const *id = ids; rc == 0 && id && *id; id++) {
		bool seen = false;
		for (size_t i = 0; i < before->n_findings && !seen; i++) {
			const dd_finding *f = &before->findings[i];
			if ((f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN) && named((const char *const[]){ *id, NULL }, f))
				seen = true;
		}
		if (!seen)
			rc = dd_fix_result_add_not_fixable(res, *id, "", "the scan of the image does not report it");
	}
	return rc;
}

void dd_fix_selection_free(dd_fix_selection *sel)
{
	for (size_t i = 0; i < sel->n_wants; i++)
		free((void *)sel->wants[i].ids);
	free(sel->wants);
	dd_strv_free(&sel->pool);
	*sel = (dd_fix_selection){ 0 };
}

static const dd_fix_plan_upgrade *upgrade_of(const dd_fix_plan *p, const char *name)
{
	for (size_t i = 0; i < p->n_upgrades; i++)
		if (!strcmp(p->upgrades[i].name, name))
			return &p->upgrades[i];
	return NULL;
}

static const char *backend_why(const dd_fix_plan *p, const char *name)
{
	for (size_t i = 0; i < p->n_not_fixable; i++)
		if (!strcmp(p->not_fixable[i].package, name))
			return p->not_fixable[i].why;
	return NULL;
}

int dd_fix_settle(dd_fix_result *res, const dd_fix_selection *sel, const dd_fix_plan *plan, const dd_fix_backend *b,
	size_t *unfixed)
{
	*unfixed = 0;
	if (plan->n_upgrades) {
		res->upgrades = calloc(plan->n_upgrades, sizeof(*res->upgrades));
		if (!res->upgrades)
			return dd_error_oom();
	}
	for (size_t i = 0; i < plan->n_upgrades; i++) {
		const dd_fix_plan_upgrade *u = &plan->upgrades[i];
		dd_fix_upgrade *r = &res->upgrades[res->n_upgrades++];
		r->type = dd_strdup(b->pkg_type);
		r->name = dd_strdup(u->name);
		r->from = dd_strdup(u->from);
		r->to = dd_strdup(u->to);
		r->dependency = u->dependency;
		if (!r->type || !r->name || !r->from || !r->to)
			return dd_error_oom();
	}
	for (size_t i = 0; i < sel->n_wants; i++) {
		const dd_fix_want *w = &sel->wants[i];
		const dd_fix_plan_upgrade *u = upgrade_of(plan, w->name);
		dd_fix_upgrade *r = u ? &res->upgrades[u - plan->upgrades] : NULL;
		if (r && w->n_ids)
			r->dependency = false;
		for (size_t k = 0; k < w->n_ids; k++) {
			int cmp = -1;
			if (u && dd_vercmp(b->ecosystem, u->to, w->ids[k].fixed, &cmp) < 0)
				return dd_error_prefix(DD_EFORMAT, "package %s", w->name);
			if (u && cmp >= 0) {
				if (dd_strv_push_unique(&r->closes, w->ids[k].id) < 0)
					return dd_error_oom();
				continue;
			}
			const char *why = backend_why(plan, w->name);
			char text[512];
			if (!why) {
				snprintf(text, sizeof(text), "fixed version %s of %s is not in the configured sources%s%s%s",
					w->ids[k].fixed, w->name, u ? " (the highest there is " : "", u ? u->to : "", u ? ")" : "");
				why = text;
			}
			int rc = dd_fix_result_add_not_fixable(res, w->ids[k].id, w->name, why);
			if (rc < 0)
				return rc;
			(*unfixed)++;
		}
		if (w->carried && !u && !w->n_ids) {
			/* an earlier upgrade the sources no longer carry: the new patch
			 * layer would lose it */
			const char *why = backend_why(plan, w->name);
			char text[512];
			snprintf(text, sizeof(text), "the earlier patch's %s %s is no longer in the configured sources%s%s",
				w->name, w->fixed, why ? ": " : "", why ? why : "");
			int rc = dd_fix_result_add_not_fixable(res, "", w->name, text);
			if (rc < 0)
				return rc;
			(*unfixed)++;
		}
	}
	/* what the backend could not do for packages no vulnerability names
	 * (a dependency the sources lack): the fix cannot go on either */
	for (size_t i = 0; i < plan->n_not_fixable; i++) {
		bool shown = false;
		for (size_t k = 0; k < res->n_not_fixable && !shown; k++)
			shown = !strcmp(res->not_fixable[k].package, plan->not_fixable[i].package);
		if (!shown) {
			int rc = dd_fix_result_add_not_fixable(res, "", plan->not_fixable[i].package, plan->not_fixable[i].why);
			if (rc < 0)
				return rc;
		}
	}
	/* any refusal of the backend stops the fix, whatever the ids say */
	if (plan->n_not_fixable && !*unfixed)
		*unfixed = plan->n_not_fixable;
	return 0;
}
