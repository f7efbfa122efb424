/*
 * VEX input (--vex): OpenVEX v0.2.0 and v0.0.x, CycloneDX VEX, on the
 * hostile fixture report (tests/data/report/vex/): purl matching
 * (versionless, exact, qualifiers), the image as product narrowed by
 * subcomponents, aliases, latest statement wins, statuses that annotate
 * only, BOM-Link refs, our own CycloneDX output read back as VEX, and
 * malformed input.
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

static int apply_file(dd_report *r, const char *name)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "report/vex/%s", name);
	char *path = dd_test_data_path(rel);
	int rc = dd_report_apply_policy(r, NULL, path, NULL);
	free(path);
	return rc;
}

static const dd_finding *find(const dd_report *r, const char *id, const char *pkg)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (!strcmp(r->findings[i].id, id) && (!pkg || !strcmp(r->findings[i].pkg_name, pkg)))
			return &r->findings[i];
	fail_msg("no finding %s %s", id, pkg ? pkg : "");
	return NULL;
}

static void test_openvex(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply_file(r, "openvex.json"), 0);
	/* 1: versionless purl suppresses libssl1.1 only */
	const dd_finding *f = find(r, "CVE-2021-3711", "libssl1.1");
	assert_true(f->suppressed);
	assert_string_equal(f->vex_status, "not_affected");
	assert_string_equal(f->vex_justification, "vulnerable_code_not_in_execute_path");
	assert_string_equal(f->suppressed_by, "VEX https://example.invalid/vex/alpine-3.10-2026-001: not_affected "
					      "(vulnerable_code_not_in_execute_path): SM2 is never used by this service");
	assert_false(find(r, "CVE-2021-3711", "libcrypto1.1")->suppressed);
	/* 2: another exact version does not apply */
	f = find(r, "CVE-2021-3712", NULL);
	assert_false(f->suppressed);
	assert_null(f->vex_status);
	/* 3: image product + subcomponent, matched via the finding's alias */
	f = find(r, "GHSA-p6mc-m468-83gw", NULL);
	assert_true(f->suppressed);
	assert_string_equal(f->vex_status, "fixed");
	/* ...and it does not spill onto other packages of the image */
	assert_false(find(r, "CVE-2099-0001", NULL)->suppressed);
	/* 4: affected annotates, keeps the finding live */
	f = find(r, "CVE-2020-28928", NULL);
	assert_false(f->suppressed);
	assert_string_equal(f->vex_status, "affected");
	/* 5/6: the later statement wins */
	f = find(r, "CVE-2021-44228", NULL);
	assert_false(f->suppressed);
	assert_string_equal(f->vex_status, "under_investigation");
	/* 7: a qualifier the package lacks */
	assert_false(find(r, "CVE-2022-28391", NULL)->suppressed);
	assert_int_equal(r->suppressed, 2);
	assert_int_equal(r->summary[DD_SEV_CRITICAL], 2);
	dd_report_free(r);
}

static void test_openvex_v0_0_x(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply_file(r, "openvex-v0.0.2.json"), 0);
	const dd_finding *f = find(r, "CVE-2022-28391", NULL);
	assert_true(f->suppressed);
	assert_string_equal(f->vex_justification, "vulnerable_code_cannot_be_controlled_by_adversary");
	assert_int_equal(r->suppressed, 1);
	dd_report_free(r);
}

static void test_openvex_other_image(void **state)
{
	/* the same statements about another image digest do nothing */
	dd_report *r = load();
	free(r->digest);
	r->digest = strdup("sha256:0000000000000000000000000000000000000000000000000000000000000000");
	assert_int_equal(apply_file(r, "openvex.json"), 0);
	assert_false(find(r, "GHSA-p6mc-m468-83gw", NULL)->suppressed);
	assert_true(find(r, "CVE-2021-3711", "libssl1.1")->suppressed); /* package statements still hold */
	dd_report_free(r);
}

static void test_cyclonedx_vex(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply_file(r, "cyclonedx-vex.json"), 0);
	/* bom-ref resolved through the VEX's own components */
	const dd_finding *f = find(r, "CVE-2020-28928", NULL);
	assert_true(f->suppressed);
	assert_string_equal(f->vex_status, "false_positive");
	assert_non_null(strstr(f->suppressed_by, "musl is not linked by the app"));
	/* BOM-Link to a purl-shaped bom-ref (what our own CycloneDX writes) */
	f = find(r, "CVE-2021-3712", NULL);
	assert_true(f->suppressed);
	assert_string_equal(f->vex_status, "fixed");
	/* exploitable annotates */
	f = find(r, "CVE-2021-44228", NULL);
	assert_false(f->suppressed);
	assert_string_equal(f->vex_status, "affected");
	/* no analysis: no statement */
	assert_null(find(r, "CVE-2099-0001", NULL)->vex_status);
	assert_int_equal(r->suppressed, 2);
	dd_report_free(r);
}

static void test_own_cyclonedx_round_trip(void **state)
{
	/* whitelist decisions written as CycloneDX analysis come back as VEX */
	dd_report *r = load();
	const char *yaml = "vulnerabilities:\n  - id: CVE-2021-3711\n    packages: [libcrypto1.1]\n    reason: accepted\n";
	assert_int_equal(dd_whitelist__apply_text(r, "w.yaml", yaml, strlen(yaml)), 0);
	dd_report_finalize(r, NULL);
	char *bom = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&bom, &n);
	assert_int_equal(dd_report_write(r, DD_FORMAT_CYCLONEDX, fp, false), 0);
	fclose(fp);
	dd_report_free(r);

	r = load();
	assert_int_equal(dd_vex__apply_text(r, "bom.json", bom, n), 0);
	dd_report_finalize(r, NULL);
	assert_true(find(r, "CVE-2021-3711", "libcrypto1.1")->suppressed);
	assert_false(find(r, "CVE-2021-3711", "libssl1.1")->suppressed);
	assert_int_equal(r->suppressed, 1);
	free(bom);
	dd_report_free(r);
}

static void expect_bad(const char *text, const char *msg)
{
	dd_report *r = load();
	int rc = dd_vex__apply_text(r, "v.json", text, strlen(text));
	assert_int_equal(rc, DD_EFORMAT);
	if (!strstr(dd_error_last(), msg))
		fail_msg("expected '%s' in '%s'", msg, dd_error_last());
	dd_report_free(r);
}

static void test_malformed(void **state)
{
	dd_report *r = load();
	assert_int_equal(apply_file(r, "bad-status.json"), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "statement 1: status must be"));
	assert_int_equal(apply_file(r, "bad-syntax.json"), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "line 3"));
	assert_int_equal(apply_file(r, "missing.json"), DD_ENOTFOUND);
	dd_report_free(r);
	expect_bad("[]", "top level must be a JSON object");
	expect_bad("{\"hello\": 1}", "neither OpenVEX");
	expect_bad("{\"statements\": {}}", "'statements' must be a list");
	expect_bad("{\"statements\": [{\"status\": \"fixed\", \"products\": [\"pkg:npm/x\"]}]}", "no vulnerability name");
	expect_bad("{\"statements\": [{\"vulnerability\": {\"name\": \"CVE-1\"}, \"status\": \"fixed\"}]}", "no products");
	expect_bad("{\"statements\": [], \"statements\": []}", "duplicate");
	expect_bad("{\"bomFormat\": \"CycloneDX\", \"vulnerabilities\": [{\"id\": \"CVE-1\", \"analysis\": {\"state\": \"fine\"}}]}",
		"analysis.state must be");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_openvex),
		cmocka_unit_test(test_openvex_v0_0_x),
		cmocka_unit_test(test_openvex_other_image),
		cmocka_unit_test(test_cyclonedx_vex),
		cmocka_unit_test(test_own_cyclonedx_round_trip),
		cmocka_unit_test(test_malformed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
