/*
 * Whitelist (--ignore-file) cases on the hostile fixture report: by id, by
 * alias, by package name and purl, by repository glob, expiry, file rules
 * (class, rule, path globs with **), and malformed files reported with their
 * line; the .trivyignore form. Suppressed findings stay, leave the summary
 * and the gate.
 */
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report/whitelist.h"
#include "testutil.h"

static dd_report *load(void)
{
	char *path = dd_test_data_path("report/hostile.json");
	dd_report *r = NULL;
	assert_int_equal(dd_report_read_json(&r, path), 0);
	free(path);
	return r;
}

static int apply(dd_report *r, const char *yaml)
{
	int rc = dd_whitelist__apply_text(r, "ignore.yaml", yaml, strlen(yaml));
	if (!rc)
		dd_report_finalize(r, NULL);
	return rc;
}

/* Suppressed findings with this id (and package, when given). */
static size_t suppressed(const dd_report *r, const char *id, const char *pkg)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if (f->suppressed && !strcmp(f->id, id) && (!pkg || (f->pkg_name && !strcmp(f->pkg_name, pkg))))
			n++;
	}
	return n;
}

static void test_by_id(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-3711\n    reason: \"not reachable\"\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", NULL), 2);
	assert_int_equal(r->suppressed, 2);
	assert_int_equal(r->summary[DD_SEV_CRITICAL], 1); /* log4j remains */
	for (size_t i = 0; i < r->n_findings; i++)
		if (r->findings[i].suppressed)
			assert_string_equal(r->findings[i].suppressed_by, "ignore file: not reachable");
	/* suppressed findings stay in the report */
	assert_int_equal(r->n_findings, 13);
	dd_report_free(r);
}

static void test_by_alias_and_case(void **state)
{
	dd_report *r = load();
	/* the lodash finding is GHSA-p6mc-m468-83gw with alias CVE-2020-8203 */
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: cve-2020-8203\n"), 0);
	assert_int_equal(suppressed(r, "GHSA-p6mc-m468-83gw", NULL), 1);
	for (size_t i = 0; i < r->n_findings; i++)
		if (r->findings[i].suppressed) /* no reason given: the entry's place */
			assert_string_equal(r->findings[i].suppressed_by, "ignore file ignore.yaml line 2");
	dd_report_free(r);
}

static void test_by_package(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-3711\n    packages: [libssl1.1]\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", "libssl1.1"), 1);
	assert_int_equal(suppressed(r, "CVE-2021-3711", "libcrypto1.1"), 0);
	dd_report_free(r);

	/* purl without version = any version; with a wrong version = none */
	r = load();
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-3711\n    packages: [\"pkg:apk/alpine/libcrypto1.1\"]\n"
				  "  - id: CVE-2021-3712\n    packages: [\"pkg:apk/alpine/libcrypto1.1@9.9\"]\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", "libcrypto1.1"), 1);
	assert_int_equal(suppressed(r, "CVE-2021-3711", "libssl1.1"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3712", NULL), 0);
	dd_report_free(r);

	/* purls compare as purls (the VEX rule): the type's case and
	 * percent-encoding do not matter, qualifiers given must hold */
	r = load();
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-3711\n    packages: [\"pkg:APK/alpine/libcrypto1%2E1@1.1.1k-r0?distro=3.10.9\"]\n"
				  "  - id: CVE-2021-3712\n    packages: [\"pkg:apk/alpine/libcrypto1.1?distro=3.11.0\"]\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", "libcrypto1.1"), 1);
	assert_int_equal(suppressed(r, "CVE-2021-3712", NULL), 0);
	dd_report_free(r);
}

static void test_by_repository(void **state)
{
	dd_report *r = load(); /* repository library/alpine */
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-44228\n    repositories: [\"library/*\"]\n"
				  "  - id: CVE-2021-3712\n    repositories: [\"team/*\", \"other/alpine\"]\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-44228", NULL), 1);
	assert_int_equal(suppressed(r, "CVE-2021-3712", NULL), 0);
	dd_report_free(r);
	/* an image without a repository (dir:, archives) matches no repository rule */
	r = load();
	free(r->repository);
	r->repository = NULL;
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-44228\n    repositories: [\"**\"]\n"), 0);
	assert_int_equal(r->suppressed, 0);
	dd_report_free(r);
}

static void test_expired(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-44228\n    expires: 2001-01-31\n    reason: old\n"
				  "  - id: CVE-2021-3712\n    expires: 2999-12-31\n"
				  "files:\n  - class: build\n    rule: curl-pipe-shell\n    expires: 2000-02-29\n"), 0);
	assert_int_equal(suppressed(r, "CVE-2021-44228", NULL), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3712", NULL), 1);
	assert_int_equal(suppressed(r, "curl-pipe-shell", NULL), 0);
	assert_int_equal(r->expired_ignores.count, 2);
	assert_string_equal(r->expired_ignores.items[0], "ignore.yaml:2: CVE-2021-44228 (expired 2001-01-31): old");
	assert_string_equal(r->expired_ignores.items[1], "ignore.yaml:8: build/curl-pipe-shell (expired 2000-02-29)");
	dd_report_free(r);
}

static void test_file_rules(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply(r, "files:\n"
				  "  - class: secret\n    rule: generic-password\n    paths: [\"app/test/**\"]\n    reason: test fixtures\n"
				  "  - class: secret\n    paths: [\"/etc/**\"]\n"            /* leading '/' tolerated */
				  "  - class: malware\n    paths: [\"var/www/**/eicar.com\"]\n"
				  "  - class: baseline\n    rule: weak-password\n"), 0);
	assert_int_equal(suppressed(r, "generic-password", NULL), 1);
	assert_int_equal(suppressed(r, "alibaba-access-key-id", NULL), 0); /* app/config.yaml */
	assert_int_equal(suppressed(r, "eicar-test-file", NULL), 1);        /* ** matches one dir */
	assert_int_equal(suppressed(r, "empty-password", NULL), 0);         /* other rule */
	assert_int_equal(r->class_summary[DD_CLASS_SECRET], 1);
	assert_int_equal(r->class_summary[DD_CLASS_MALWARE], 0);
	dd_report_free(r);

	/* a class alone silences the class; a vulnerability id never touches files */
	r = load();
	assert_int_equal(apply(r, "files:\n  - class: build\nvulnerabilities:\n  - id: eicar-test-file\n"), 0);
	assert_int_equal(suppressed(r, "curl-pipe-shell", NULL), 1);
	assert_int_equal(suppressed(r, "eicar-test-file", NULL), 0);
	dd_report_free(r);
}

static void test_gate_ignores_suppressed(void **state)
{
	dd_report *r = load();
	assert_int_equal(dd_report_max_severity(r), DD_SEV_CRITICAL);
	assert_int_equal(apply(r, "vulnerabilities:\n  - id: CVE-2021-3711\n  - id: CVE-2021-44228\n"), 0);
	assert_int_equal(dd_report_max_severity(r), DD_SEV_HIGH);
	assert_int_equal(r->summary[DD_SEV_CRITICAL], 0);
	dd_report_free(r);
}

static void expect_bad(const char *yaml, const char *msg)
{
	dd_report *r = load();
	int rc = dd_whitelist__apply_text(r, "ignore.yaml", yaml, strlen(yaml));
	assert_int_equal(rc, DD_EFORMAT);
	if (!strstr(dd_error_last(), msg))
		fail_msg("expected '%s' in '%s'", msg, dd_error_last());
	assert_int_equal(r->suppressed, 0);
	dd_report_free(r);
}

static void test_malformed(void **state)
{
	expect_bad("vulnerabilities:\n  - id: CVE-1\n    expire: 2020-01-01\n", "line 3: unknown key 'expire'");
	expect_bad("vulnerabilities:\n  - id: CVE-1\n    expires: 2027-02-30\n", "line 3: 'expires' must be a date");
	expect_bad("vulnerabilities:\n  - packages: [apt]\n", "line 2: a vulnerability entry needs an 'id'");
	expect_bad("vulnerabilities:\n  - id: [a, b]\n", "line 2: 'id' must be a single value");
	expect_bad("vulnerabilities:\n  - id: CVE-1\n   packages: [apt\n", "ignore file ignore.yaml line");
	expect_bad("files:\n  - rule: x\n", "line 2: a files entry needs a 'class'");
	expect_bad("files:\n  - class: os-vuln\n", "'class' must be secret, malware, baseline or build");
	expect_bad("ignore:\n  - CVE-1\n", "line 1: unknown top-level key");
	expect_bad("- CVE-1\n", "line 1: the top level must be a mapping");
	expect_bad("vulnerabilities: CVE-1\n", "'vulnerabilities' must be a list");
}

static void test_empty_and_missing(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply(r, ""), 0);
	assert_int_equal(apply(r, "# nothing yet\nvulnerabilities:\nfiles:\n"), 0);
	assert_int_equal(r->suppressed, 0);
	assert_int_equal(dd_whitelist_apply(r, "/nonexistent/ignore.yaml"), DD_ENOTFOUND);
	dd_report_free(r);
}

/* Trivy's .trivyignore form, told from the YAML one by name or content. */
static void test_trivyignore(void **state)
{
	(void)state;
	dd_report *r = load();
	/* CRLF, comments, a trailing id without a newline, an expiry ahead */
	const char *text = "# accepted\r\nCVE-2021-3711\r\n\r\nalibaba-access-key-id   # rotated\r\nCVE-2021-3712 exp:2999-01-01";
	assert_int_equal(dd_whitelist__apply_text(r, "ignores.txt", text, strlen(text)), 0);
	dd_report_finalize(r, NULL);
	assert_true(suppressed(r, "CVE-2021-3711", NULL) >= 1);
	assert_true(suppressed(r, "CVE-2021-3712", NULL) >= 1);
	assert_int_equal(suppressed(r, "alibaba-access-key-id", NULL), 1);
	assert_int_equal(suppressed(r, "CVE-2021-44228", NULL), 0);
	dd_report_free(r);
	/* the YAML form after comments, a document marker or a directive stays YAML */
	const char *yaml[] = { "# ours\nvulnerabilities:\n  - id: CVE-2021-3711\n",
		"---\nvulnerabilities:\n  - id: CVE-2021-3711\n", "%YAML 1.1\n---\nvulnerabilities:\n  - id: CVE-2021-3711\n" };
	for (size_t i = 0; i < sizeof(yaml) / sizeof(*yaml); i++) {
		r = load();
		assert_int_equal(apply(r, yaml[i]), 0);
		assert_true(suppressed(r, "CVE-2021-3711", NULL) >= 1);
		dd_report_free(r);
	}
	/* a YAML list at the top is a YAML error, not a .trivyignore line */
	r = load();
	assert_int_equal(apply(r, "- id: CVE-1\n"), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "top level must be a mapping"));
	dd_report_free(r);
	/* by its name, even when the first line looks like a YAML key; more
	 * than an id on a line is refused with the line */
	r = load();
	text = "CVE-2021-3711: x\n";
	assert_int_equal(dd_whitelist__apply_text(r, "app/.trivyignore", text, strlen(text)), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "app/.trivyignore line 1: 'x' after 'CVE-2021-3711:'"));
	dd_report_free(r);
}

/* Rules from the service (dd_report_apply_whitelist): the same matching,
 * scoped by repository globs, an expiry that is a moment, classes by name,
 * and a rule set that changes re-applies to a fresh copy of the report. */
static void test_rules_api(void **state)
{
	const char *lib[] = { "library/*" }, *team[] = { "team/**" };
	dd_whitelist_rule rules[] = {
		{ .cls = "vuln", .id = "CVE-2021-3711", .repositories = lib, .n_repositories = 1, .note = "not reachable", .name = "whitelist 1" },
		{ .cls = "vuln", .id = "CVE-2021-44228", .repositories = team, .n_repositories = 1, .name = "whitelist 2" },
		{ .cls = "secret", .id = "alibaba-access-key-id", .name = "whitelist 3" },
		{ .cls = "vuln", .id = "cve-2020-8203", .expires = 1000, .name = "whitelist 4" },
		{ .cls = "malware", .id = "eicar-test-file", .expires = 2000, .name = "whitelist 5" },
	};
	dd_report *r = load(); /* repository library/alpine */
	assert_int_equal(dd_report_apply_whitelist(r, rules, 5, 1500, NULL), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", NULL), 2);
	assert_int_equal(suppressed(r, "CVE-2021-44228", NULL), 0);      /* scoped to team/...: not here */
	assert_int_equal(suppressed(r, "alibaba-access-key-id", NULL), 1); /* no repositories: everywhere */
	assert_int_equal(suppressed(r, "GHSA-p6mc-m468-83gw", NULL), 0); /* expired at 1000 */
	assert_int_equal(suppressed(r, "eicar-test-file", NULL), 1);     /* expires at 2000, now 1500 */
	assert_int_equal(r->suppressed, 4);
	assert_int_equal(r->expired_ignores.count, 1);
	assert_string_equal(r->expired_ignores.items[0], "whitelist 4: cve-2020-8203 (expired 1970-01-01T00:16:40Z)");
	for (size_t i = 0; i < r->n_findings; i++)
		if (r->findings[i].suppressed && !strcmp(r->findings[i].id, "CVE-2021-3711"))
			assert_string_equal(r->findings[i].suppressed_by, "whitelist 1: not reachable");
	dd_report_free(r);

	/* the same rules a moment later, on another repository */
	r = load();
	free(r->repository);
	r->repository = strdup("team/a/b");
	assert_int_equal(dd_report_apply_whitelist(r, rules, 5, 2000, NULL), 0);
	assert_int_equal(suppressed(r, "CVE-2021-3711", NULL), 0);
	assert_int_equal(suppressed(r, "CVE-2021-44228", NULL), 1);
	assert_int_equal(suppressed(r, "eicar-test-file", NULL), 0); /* expired now */
	assert_int_equal(r->expired_ignores.count, 2);
	dd_report_free(r);

	/* malformed rules are refused, nothing applied */
	dd_whitelist_rule bad[] = { { .cls = "os-vuln", .id = "x" } }, noid[] = { { .cls = "vuln" } };
	r = load();
	assert_int_equal(dd_report_apply_whitelist(r, bad, 1, 0, NULL), DD_EINVAL);
	assert_int_equal(dd_report_apply_whitelist(r, noid, 1, 0, NULL), DD_EINVAL);
	assert_int_equal(r->suppressed, 0);
	assert_int_equal(dd_report_apply_whitelist(r, NULL, 0, 0, NULL), 0);
	dd_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_by_id),
		cmocka_unit_test(test_by_alias_and_case),
		cmocka_unit_test(test_by_package),
		cmocka_unit_test(test_by_repository),
		cmocka_unit_test(test_expired),
		cmocka_unit_test(test_rules_api),
		cmocka_unit_test(test_file_rules),
		cmocka_unit_test(test_gate_ignores_suppressed),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_empty_and_missing),
		cmocka_unit_test(test_trivyignore),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
