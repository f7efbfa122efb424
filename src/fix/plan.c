/*
 * Filling and freeing a backend's plan (backend.h). The arrays grow one entry
 * at a time: a plan has as many entries as packages upgraded, a few dozen.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "fix/backend.h"
#include "util/error.h"
#include "util/str.h"

int dd_fix_plan_add_upgrade(dd_fix_plan *p, const char *name, const char *from, const char *to, bool dependency,
	bool scripts)
{
	dd_fix_plan_upgrade *v = realloc(p->upgrades, (p->n_upgrades + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	p->upgrades = v;
	dd_fix_plan_upgrade *u = &v[p->n_upgrades];
	u->name = dd_strdup(name);
	u->from = dd_strdup(from ? from : "");
	u->to = dd_strdup(to);
	u->dependency = dependency;
	u->scripts = scripts;
	p->n_upgrades++;
	if (!u->name || !u->from || !u->to)
		return dd_error_oom();
	return 0;
}

int dd_fix_plan_add_not_fixable(dd_fix_plan *p, const char *package, const char *fmt, ...)
{
	dd_fix_plan_nf *v = realloc(p->not_fixable, (p->n_not_fixable + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	p->not_fixable = v;
	va_list ap;
	va_start(ap, fmt);
	v[p->n_not_fixable].why = dd_vasprintf(fmt, ap);
	va_end(ap);
	v[p->n_not_fixable].package = dd_strdup(package);
	p->n_not_fixable++;
	if (!v[p->n_not_fixable - 1].why || !v[p->n_not_fixable - 1].package)
		return dd_error_oom();
	return 0;
}

void dd_fix_plan_clear(const dd_fix_backend *b, dd_fix_plan *p)
{
	for (size_t i = 0; i < p->n_upgrades; i++) {
		free(p->upgrades[i].name);
		free(p->upgrades[i].from);
		free(p->upgrades[i].to);
	}
	free(p->upgrades);
	for (size_t i = 0; i < p->n_not_fixable; i++) {
		free(p->not_fixable[i].package);
		free(p->not_fixable[i].why);
	}
	free(p->not_fixable);
	if (p->state && b && b->plan_free)
		b->plan_free(p->state);
	*p = (dd_fix_plan){ 0 };
}
