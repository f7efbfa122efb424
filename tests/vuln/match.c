/*
 * Matcher semantics over a DB built from tests/data/vuln and a few records
 * written here: lowest fix above the installed version, aliases merged into
 * one finding named by its CVE, fanout advisories, versions lists,
 * last_affected, limit, Debian statuses, Alpine "0" fixes, severity borrowed
 * from another record of the same CVE, KEV, and the notes that keep a
 * report from claiming "clean" about packages it could not check.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "testutil.h"
#include "util/str.h"
#include "vuln/match.h"

static char dir[64];
static char *db_path;

static void put(const char *name, const char *text)
{
	char *p = dd_asprintf("%s/%s", dir, name);
	FILE *fp = fopen(p, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	free(p);
}

static int setup(void **s)
{
	(void)s;
	snprintf(dir, sizeof(dir), "/tmp/dd-match-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	put("secdb.json", "{\"distroversion\": \"v3.10\", \"reponame\": \"main\", \"packages\": ["
		"{\"pkg\": {\"name\": \"musl\", \"secfixes\": {\"1.1.22-r3\": [\"CVE-2019-14697\"], \"0\": [\"CVE-2020-28928\"],"
		" \"1.1.20-r5\": [\"CVE-2019-14697\"]}}}]}");
	/* another database says musl in v3.10 is affected by CVE-2020-28928: the secdb "0" overrides it */
	put("alpine-osv.json", "{\"id\": \"ALPINE-CVE-2020-28928\", \"modified\": \"2021-01-01T00:00:00Z\","
		" \"upstream\": [\"CVE-2020-28928\"], \"affected\": [{\"package\": {\"ecosystem\": \"Alpine:v3.10\", \"name\": \"musl\"},"
		" \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"1.1.22-r9\"}]}]}]}");
	put("nvd.json", "{\"id\": \"CVE-2019-14697\", \"modified\": \"2020-01-01T00:00:00Z\","
		" \"summary\": \"musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance\","
		" \"severity\": [{\"type\": \"CVSS_V3\", \"score\": \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"}]}");
	put("kev.json", "{\"catalogVersion\": \"1\", \"vulnerabilities\": [{\"cveID\": \"CVE-2019-14697\","
		" \"dateAdded\": \"2024-01-01\", \"knownRansomwareCampaignUse\": \"Unknown\"}, {\"cveID\": \"CVE-2020-8203\"}]}");
	db_path = dd_asprintf("%s/db", dir);
	char *fx = dd_test_data_path("vuln");
	char *a = dd_asprintf("%s/multi_fix.json", fx), *b = dd_asprintf("%s/ghsa_alias.json", fx),
	     *c = dd_asprintf("%s/last_affected.json", fx), *d = dd_asprintf("%s/versions_list.json", fx),
	     *e = dd_asprintf("%s/limit.json", fx), *f = dd_asprintf("%s/debian_upstream.json", fx),
	     *g = dd_asprintf("%s/alsa_fanout.json", fx), *h = dd_asprintf("%s/secdb.json", dir),
	     *i = dd_asprintf("%s/alpine-osv.json", dir), *j = dd_asprintf("%s/nvd.json", dir),
	     *k = dd_asprintf("%s/kev.json", dir);
	const char *paths[] = { a, b, c, d, e, f, g, h, i, j, k };
	dd_db_import_stats st;
	int rc = dd_db_import(db_path, paths, 11, &st);
	free(a), free(b), free(c), free(d), free(e), free(f), free(g), free(h), free(i), free(j), free(k), free(fx);
	return rc;
}

static int teardown(void **s)
{
	(void)s;
	char *cmd = dd_asprintf("rm -rf %s", dir);
	int rc = system(cmd);
	free(cmd);
	free(db_path);
	return rc;
}

static dd_report *report(const char *family, const char *version)
{
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	r->os_family = dd_strdup(family);
	r->os_version = dd_strdup(version);
	return r;
}

static void pkg(dd_report *r, const char *type, const char *name, const char *version, const char *source)
{
	dd_package p = { .type = (char *)type, .name = (char *)name, .version = (char *)version,
		.source_name = (char *)source, .source_version = (char *)version, .layer = "sha256:l1" };
	assert_int_equal(dd_report_add_package(r, &p), 0);
}

static const dd_finding *find(const dd_report *r, const char *pkg_name, const char *pkg_version, const char *id)
{
	const dd_finding *hit = NULL;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (!strcmp(f->pkg_name, pkg_name) && !strcmp(f->pkg_version, pkg_version) && !strcmp(f->id, id)) {
			assert_null(hit); /* one finding per (package, vulnerability) */
			hit = f;
		}
	}
	return hit;
}

static size_t count_for(const dd_report *r, const char *pkg_name, const char *pkg_version)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		n += !strcmp(r->findings[i].pkg_name, pkg_name) && !strcmp(r->findings[i].pkg_version, pkg_version);
	return n;
}

static bool has_note(const dd_report *r, const char *text)
{
	for (size_t i = 0; i < r->notes.count; i++)
		if (strstr(r->notes.items[i], text))
			return true;
	return false;
}

static void test_language_packages(void **s)
{
	(void)s;
	dd_report *r = report(NULL, NULL);
	pkg(r, "npm", "lodash", "4.17.11", NULL);
	pkg(r, "npm", "lodash", "3.9.0", NULL);
	pkg(r, "npm", "lodash", "4.17.20", NULL);
	pkg(r, "pypi", "py", "1.11.0", NULL);
	pkg(r, "pypi", "py", "1.11.1", NULL);
	pkg(r, "pypi", "Example.Pkg_Name", "1.1", NULL);
	pkg(r, "pypi", "example-pkg-name", "1.2", NULL);
	pkg(r, "golang", "example.com/limited", "v1.4.9", NULL);
	pkg(r, "golang", "example.com/limited", "v1.5.0", NULL);
	pkg(r, "golang", "example.com/limited", "v0.9.0", NULL);
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);

	/* two records (GHSA + one aliasing it) -> one finding, id the CVE, lowest fix above installed */
	const dd_finding *f = find(r, "lodash", "4.17.11", "CVE-2020-8203");
	assert_non_null(f);
	assert_string_equal(f->fixed_version, "4.17.19");
	assert_int_equal(f->status, DD_STATUS_FIXED);
	assert_int_equal(f->aliases.count, 2);
	assert_string_equal(f->aliases.items[0], "DRYDOCK-TEST-0001");
	assert_string_equal(f->aliases.items[1], "GHSA-p6mc-m468-83gw");
	assert_int_equal(f->severity, DD_SEV_HIGH);
	assert_string_equal(f->severity_source, "cvss:3.1");
	assert_string_equal(f->title, "Prototype Pollution in lodash");
	assert_int_equal(f->cls, DD_CLASS_APP_VULN);
	assert_string_equal(f->layer, "sha256:l1");
	assert_true(f->kev); /* KEV lists the CVE the GHSA records alias */
	assert_int_equal(count_for(r, "lodash", "4.17.11"), 1);
	/* the second range of the same record: fixed 3.10.2 is the lowest fix above 3.9.0 */
	f = find(r, "lodash", "3.9.0", "CVE-2020-8203");
	assert_non_null(f);
	assert_string_equal(f->fixed_version, "3.10.2");
	assert_int_equal(count_for(r, "lodash", "4.17.20"), 0);
	assert_false(find(r, "py", "1.11.0", "CVE-2022-42969")->kev);

	f = find(r, "py", "1.11.0", "CVE-2022-42969"); /* last_affected is inclusive */
	assert_non_null(f);
	assert_null(f->fixed_version);
	assert_int_equal(f->status, DD_STATUS_AFFECTED);
	assert_int_equal(count_for(r, "py", "1.11.1"), 0);
	assert_non_null(find(r, "Example.Pkg_Name", "1.1", "CVE-2099-0002")); /* versions list, PEP 503 name */
	assert_int_equal(count_for(r, "example-pkg-name", "1.2"), 0);
	assert_non_null(find(r, "example.com/limited", "v1.4.9", "DRYDOCK-TEST-0003"));
	assert_int_equal(count_for(r, "example.com/limited", "v1.5.0"), 0); /* at the limit */
	assert_int_equal(count_for(r, "example.com/limited", "v0.9.0"), 0);
	assert_true(r->complete);
	assert_non_null(r->db_built_at);
	assert_true(dd_strv_contains(&r->db_sources, "osv:npm"));
	assert_true(dd_strv_contains(&r->db_sources, "cisa-kev"));
	dd_report_free(r);
}

static void test_debian_status(void **s)
{
	(void)s;
	dd_report *r = report("debian", "12");
	pkg(r, "deb", "login", "1:4.13+dfsg1-1+deb12u1", "shadow");
	pkg(r, "deb", "passwd", "1:4.13+dfsg1-1+deb12u1", "shadow");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	const dd_finding *f = find(r, "login", "1:4.13+dfsg1-1+deb12u1", "CVE-2023-29383");
	assert_non_null(f);
	assert_int_equal(f->status, DD_STATUS_WILL_NOT_FIX); /* no-dsa */
	assert_int_equal(f->severity, DD_SEV_UNKNOWN);       /* not yet assigned, no CVSS anywhere */
	assert_int_equal(f->cls, DD_CLASS_OS_VULN);
	assert_string_equal(f->aliases.items[0], "DEBIAN-CVE-2023-29383");
	assert_non_null(find(r, "passwd", "1:4.13+dfsg1-1+deb12u1", "CVE-2023-29383"));
	assert_true(r->complete);
	dd_report_free(r);
}

static void test_fanout(void **s)
{
	(void)s;
	dd_report *r = report("almalinux", "8.5");
	pkg(r, "rpm", "openssl-libs", "1:1.1.1k-4.el8", "openssl");
	pkg(r, "rpm", "openssl-libs", "1:1.1.1k-5.el8_5", "openssl");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	/* one advisory fixing two CVEs: two findings, never one glued finding */
	assert_int_equal(count_for(r, "openssl-libs", "1:1.1.1k-4.el8"), 2);
	for (int i = 0; i < 2; i++) {
		const dd_finding *f = find(r, "openssl-libs", "1:1.1.1k-4.el8", i ? "CVE-2021-3712" : "CVE-2021-3711");
		assert_non_null(f);
		assert_int_equal(f->aliases.count, 1);
		assert_string_equal(f->aliases.items[0], "ALSA-2099:0001");
		assert_string_equal(f->fixed_version, "1:1.1.1k-5.el8_5");
		assert_int_equal(f->severity, DD_SEV_HIGH);
		assert_string_equal(f->severity_source, "almalinux");
	}
	assert_int_equal(count_for(r, "openssl-libs", "1:1.1.1k-5.el8_5"), 0);
	dd_report_free(r);
	/* RHEL is matched against the AlmaLinux data, and the report says so */
	r = report("rhel", "8.5");
	pkg(r, "rpm", "openssl-libs", "1:1.1.1k-4.el8", "openssl");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	assert_int_equal(count_for(r, "openssl-libs", "1:1.1.1k-4.el8"), 2);
	assert_true(has_note(r, "AlmaLinux"));
	assert_true(r->complete);
	dd_report_free(r);
}

static void test_alpine_zero_alias_severity_kev(void **s)
{
	(void)s;
	dd_report *r = report("alpine", "3.10.2");
	pkg(r, "apk", "musl", "1.1.22-r2", "musl");
	pkg(r, "apk", "musl", "1.1.20-r4", "musl");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	/* CVE-2020-28928: the secdb "0" (never affected) overrides the other record */
	assert_int_equal(count_for(r, "musl", "1.1.22-r2"), 1);
	const dd_finding *f = find(r, "musl", "1.1.22-r2", "CVE-2019-14697");
	assert_non_null(f);
	assert_string_equal(f->fixed_version, "1.1.22-r3");
	/* secdb rates nothing: the severity and title come from the CVE's own record */
	assert_int_equal(f->severity, DD_SEV_CRITICAL);
	assert_string_equal(f->severity_source, "cvss:3.1");
	assert_true(f->cvss_score > 9.7 && f->cvss_score < 9.9);
	assert_non_null(f->title);
	assert_true(f->kev);
	/* the same CVE fixed twice in the branch: the lowest fix above the installed version */
	f = find(r, "musl", "1.1.20-r4", "CVE-2019-14697");
	assert_non_null(f);
	assert_string_equal(f->fixed_version, "1.1.20-r5");
	assert_true(r->complete);
	dd_report_free(r);
}

static void test_gaps_are_never_clean(void **s)
{
	(void)s;
	dd_report *r = report("alpine", "3.99.1");
	pkg(r, "apk", "musl", "1.1.22-r2", "musl");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	assert_false(r->complete);
	assert_true(has_note(r, "Alpine:v3.99"));
	dd_report_free(r);

	r = report(NULL, NULL);
	pkg(r, "apk", "musl", "1.1.22-r2", "musl");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	assert_false(r->complete);
	assert_true(has_note(r, "could not be identified"));
	dd_report_free(r);

	r = report(NULL, NULL);
	pkg(r, "cargo", "smallvec", "1.0.0", NULL);
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	assert_false(r->complete);
	assert_true(has_note(r, "no crates.io advisories"));
	dd_report_free(r);

	r = report(NULL, NULL);
	pkg(r, "npm", "lodash", "not a version", NULL);
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	assert_false(r->complete);
	assert_true(has_note(r, "versions the"));
	dd_report_free(r);

	r = report(NULL, NULL);
	char *missing = dd_asprintf("%s/nope.db", dir);
	assert_int_equal(dd_vuln_match_report(r, missing), DD_ENODB);
	free(missing);
	dd_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_language_packages),
		cmocka_unit_test(test_debian_status),
		cmocka_unit_test(test_fanout),
		cmocka_unit_test(test_alpine_zero_alias_severity_kev),
		cmocka_unit_test(test_gaps_are_never_clean),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
