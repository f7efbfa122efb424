/*
 * Filling and freeing a backend's plan (backend.h). The arrays grow one entry
 * at a time: a plan has as many entries as packages upgraded, a few dozen.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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

int dd_fix_scripts_add(dd_fix_scripts *s, const char *package, const char *name, const char *a1, const char *a2,
	const char *const *env, const void *data, size_t len, bool before)
{
	dd_fix_script *v = realloc(s->v, (s->n + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	s->v = v;
	dd_fix_script *x = &v[s->n++];
	*x = (dd_fix_script){ .package = dd_strdup(package), .name = dd_strdup(name), .len = len, .before = before };
	x->args[0] = a1 ? dd_strdup(a1) : NULL;
	x->args[1] = a1 && a2 ? dd_strdup(a2) : NULL;
	for (size_t i = 0; env && env[i] && i < 2; i++)
		x->env[i] = dd_strdup(env[i]);
	if ((x->data = malloc(len ? len : 1)))
		memcpy(x->data, data, len);
	if (!x->package || !x->name || !x->data || (a1 && !x->args[0]) || (a1 && a2 && !x->args[1]) ||
		(env && env[0] && !x->env[0]) || (env && env[0] && env[1] && !x->env[1]))
		return dd_error_oom();
	return 0;
}

void dd_fix_scripts_free(dd_fix_scripts *s)
{
	for (size_t i = 0; i < s->n; i++) {
		dd_fix_script *x = &s->v[i];
		free(x->package);
		free(x->name);
		for (size_t k = 0; k < 3; k++) {
			free(x->args[k]);
			free(x->env[k]);
		}
		free(x->data);
	}
	free(s->v);
	*s = (dd_fix_scripts){ 0 };
}
