/*
 * The parts of a fix result that come from the scans (fix_internal.h):
 * advice, not_fixable entries, severity counts and the before/after
 * comparison. Vulnerabilities are compared by id: an id is fixed when no
 * package of the rescanned image has it any more, remaining when one still
 * has, and new when only the rescan reports it.
 */
#include <stdlib.h>
#include <string.h>

#include "fix/fix_internal.h"
#include "util/error.h"
#include "util/str.h"

int dd_fix_result_add_not_fixable(dd_fix_result *r, const char *id, const char *package, const char *why)
{
	for (size_t i = 0; i < r->n_not_fixable; i++)
		if (*id && !strcmp(r->not_fixable[i].id, id) && !strcmp(r->not_fixable[i].package, package))
			return 0;
	dd_fix_not_fixable *v = realloc(r->not_fixable, (r->n_not_fixable + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	r->not_fixable = v;
	dd_fix_not_fixable *n = &v[r->n_not_fixable++];
	n->id = dd_strdup(id);
	n->package = dd_strdup(package ? package : "");
	n->why = dd_strdup(why);
	return n->id && n->package && n->why ? 0 : dd_error_oom();
}

int dd_fix_result_add_advice(dd_fix_result *r, const dd_finding *f)
{
	const char *path = f->pkg_path ? f->pkg_path : "";
	for (size_t i = 0; i < r->n_advice; i++)
		if (!strcmp(r->advice[i].id, f->id) && !strcmp(r->advice[i].package, f->pkg_name) &&
			!strcmp(r->advice[i].path, path))
			return 0;
	dd_fix_advice *v = realloc(r->advice, (r->n_advice + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	r->advice = v;
	dd_fix_advice *a = &v[r->n_advice++];
	a->id = dd_strdup(f->id);
	a->package = dd_strdup(f->pkg_name ? f->pkg_name : "");
	a->path = dd_strdup(path);
	a->fixed_version = dd_strdup(f->fixed_version);
	return a->id && a->package && a->path && a->fixed_version ? 0 : dd_error_oom();
}

static bool is_vuln(const dd_finding *f)
{
	return !f->suppressed && (f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN);
}

void dd_fix_count(const dd_report *r, size_t out[DD_SEV_COUNT])
{
	memset(out, 0, DD_SEV_COUNT * sizeof(*out));
	for (size_t i = 0; i < r->n_findings; i++)
		if (is_vuln(&r->findings[i]) && (unsigned)r->findings[i].severity < DD_SEV_COUNT)
			out[r->findings[i].severity]++;
}

static int ids_of(const dd_report *r, dd_strv *out)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (is_vuln(&r->findings[i]) && dd_strv_push_unique(out, r->findings[i].id) < 0)
			return dd_error_oom();
	dd_strv_sort(out);
	return 0;
}

int dd_fix_compare(dd_fix_result *res, const dd_report *before, const dd_report *after)
{
	dd_strv b = { 0 }, a = { 0 };
	int rc = ids_of(before, &b);
	if (rc == 0)
		rc = ids_of(after, &a);
	for (size_t i = 0; i < b.count && rc == 0; i++)
		rc = dd_strv_push(dd_strv_contains(&a, b.items[i]) ? &res->remaining : &res->fixed, b.items[i]);
	for (size_t i = 0; i < a.count && rc == 0; i++)
		if (!dd_strv_contains(&b, a.items[i]))
			rc = dd_strv_push(&res->new_ids, a.items[i]);
	dd_strv_free(&b);
	dd_strv_free(&a);
	return rc < 0 ? dd_error_oom() : 0;
}
