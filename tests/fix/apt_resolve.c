/* Tests for the candidate choice and the dependency closure, on a status
 * file and Packages indexes written here (one case a scenario). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apt_resolve.h"
#include "testutil.h"
#include "util/error.h"

static const char status_text[] =
	"Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nMulti-Arch: same\nSource: openssl\nVersion: 3.0.15-1\n\n"
	"Package: openssl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 3.0.15-1\nDepends: libssl3 (= 3.0.15-1)\n\n"
	"Package: perl-base\nStatus: install ok installed\nArchitecture: amd64\nSource: perl\nVersion: 5.36.0-7+deb12u3\n\n"
	"Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.36-9\nProvides: libc-virtual\n\n"
	"Package: gone\nStatus: deinstall ok config-files\nArchitecture: amd64\nVersion: 1.0\n";

/* suite 0: the release; suite 1: security */
static const char release_text[] =
	"Package: libssl3\nVersion: 3.0.15-1\nArchitecture: amd64\nSource: openssl\nFilename: a.deb\n\n"
	"Package: perl-base\nVersion: 5.36.0-7+deb12u3\nArchitecture: amd64\nSource: perl\nFilename: p.deb\n\n"
	"Package: libc6\nVersion: 2.36-9+deb12u9\nArchitecture: amd64\nSource: glibc\nFilename: c.deb\n\n"
	"Package: libc6\nVersion: 2.36-9+deb12u9\nArchitecture: i386\nSource: glibc\nFilename: c32.deb\n";
static const char security_text[] =
	"Package: libssl3\nVersion: 3.0.16-1~deb12u1\nArchitecture: amd64\nSource: openssl\nFilename: b.deb\n"
	"Depends: libc6 (>= 2.36-9+deb12u5) | libc-alt\n\n"
	"Package: openssl\nVersion: 3.0.16-1~deb12u1\nArchitecture: amd64\nFilename: o.deb\nDepends: libssl3 (= 3.0.16-1~deb12u1)\n\n"
	"Package: perl-base\nVersion: 5.36.0-7+deb12u4\nArchitecture: amd64\nSource: perl (5.36.0-7+deb12u4)\nFilename: q.deb\n"
	"Depends: libc-virtual, newdep (>= 1)\n\n"
	"Package: newdep\nVersion: 1.2\nArchitecture: all\nFilename: n.deb\n";

typedef struct {
	dd_dpkg_db db;
	dd_apt_index ix;
} world;

static int load(world *w)
{
	memset(w, 0, sizeof(*w));
	int rc = dd_dpkg_db_parse(&w->db, status_text, sizeof(status_text) - 1, "status");
	char *a = strdup(release_text), *b = strdup(security_text);
	if (!rc)
		rc = a ? dd_apt_index_add(&w->ix, a, strlen(release_text), 0, "amd64", "release") : DD_ENOMEM;
	else
		free(a);
	if (!rc)
		rc = b ? dd_apt_index_add(&w->ix, b, strlen(security_text), 1, "amd64", "security") : DD_ENOMEM;
	else
		free(b);
	if (!rc)
		dd_apt_index_finish(&w->ix);
	return rc;
}

static void unload(world *w)
{
	dd_apt_index_free(&w->ix);
	dd_dpkg_db_free(&w->db);
}

static const dd_apt_step *step(const dd_apt_plan *p, const char *name)
{
	for (size_t i = 0; i < p->n; i++)
		if (dd_span_eq(p->v[i].to->name, name))
			return &p->v[i];
	return NULL;
}

static void test_closure(void **state)
{
	(void)state;
	world w;
	dd_apt_plan plan;
	assert_int_equal(load(&w), 0);
	/* the i386 libc6 is not for this image */
	const dd_apt_pkg *first;
	assert_int_equal(dd_apt_index_find(&w.ix, "libc6", 5, &first), 1);
	dd_apt_want wants[] = { { "libssl3", NULL, "3.0.16-1~deb12u1", false } };
	assert_int_equal(dd_apt_resolve(&w.db, &w.ix, wants, 1, &plan), 0);
	/* libssl3 from security; libc6 because libssl3's Depends needs >= deb12u5
	 * (the first alternative); openssl because its "= old" no longer holds */
	assert_int_equal(plan.n, 3);
	const dd_apt_step *s = step(&plan, "libssl3");
	assert_non_null(s);
	assert_false(s->dependency);
	assert_int_equal(s->to->origin, 1);
	assert_non_null(s->from);
	s = step(&plan, "libc6");
	assert_non_null(s);
	assert_true(s->dependency);
	assert_true(dd_span_eq(s->to->version, "2.36-9+deb12u9"));
	s = step(&plan, "openssl");
	assert_non_null(s);
	assert_true(s->dependency);
	assert_null(plan.why_not[0]);
	dd_apt_plan_free(&plan);
	unload(&w);
}

static void test_virtual_and_new(void **state)
{
	(void)state;
	world w;
	dd_apt_plan plan;
	assert_int_equal(load(&w), 0);
	dd_apt_want wants[] = { { "perl-base", NULL, "5.36.0-7+deb12u4", false } };
	assert_int_equal(dd_apt_resolve(&w.db, &w.ix, wants, 1, &plan), 0);
	/* libc-virtual is provided by the installed libc6; newdep is new (from NULL) */
	assert_int_equal(plan.n, 2);
	const dd_apt_step *s = step(&plan, "newdep");
	assert_non_null(s);
	assert_null(s->from);
	assert_true(s->dependency);
	dd_apt_plan_free(&plan);
	unload(&w);
}

static void test_not_fixable(void **state)
{
	(void)state;
	world w;
	dd_apt_plan plan;
	assert_int_equal(load(&w), 0);
	dd_apt_want wants[] = {
		{ "perl-base", NULL, "5.36.0-7+deb12u5", false },
		{ "gone", NULL, "1.1", false },
		{ "libssl3", NULL, "3.0.15-1", false }, /* installed already fixes */
	};
	assert_int_equal(dd_apt_resolve(&w.db, &w.ix, wants, 3, &plan), 0);
	assert_int_equal(plan.n, 0);
	assert_non_null(plan.why_not[0]);
	assert_non_null(strstr(plan.why_not[0],
		"perl-base 5.36.0-7+deb12u5 is not in the configured sources; add the security suite (the highest there is 5.36.0-7+deb12u4)"));
	assert_non_null(plan.why_not[1]);
	assert_non_null(strstr(plan.why_not[1], "not installed"));
	assert_null(plan.why_not[2]);
	dd_apt_plan_free(&plan);
	unload(&w);
}

static void test_unsatisfiable(void **state)
{
	(void)state;
	world w;
	dd_apt_plan plan;
	assert_int_equal(load(&w), 0);
	/* without the security index, openssl's "= new libssl3" cannot be met */
	dd_apt_index_free(&w.ix);
	char *b = strdup("Package: libssl3\nVersion: 3.0.16-1\nArchitecture: amd64\nSource: openssl\nFilename: b.deb\n");
	assert_non_null(b);
	assert_int_equal(dd_apt_index_add(&w.ix, b, strlen(b), 0, "amd64", "x"), 0);
	dd_apt_index_finish(&w.ix);
	dd_apt_want wants[] = { { "libssl3", NULL, "3.0.16-1", false } };
	assert_int_equal(dd_apt_resolve(&w.db, &w.ix, wants, 1, &plan), DD_ENOTFOUND);
	assert_non_null(strstr(dd_error_last(), "breaks installed openssl 3.0.15-1"));
	unload(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_closure),
		cmocka_unit_test(test_virtual_and_new),
		cmocka_unit_test(test_not_fixable),
		cmocka_unit_test(test_unsatisfiable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
