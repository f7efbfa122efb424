/* CVSS scoring against published and reference-calculator scores
 * (tests/data/vuln/cvss.tsv), malformed vectors, and vendor words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "vuln/cvss.h"

static void test_scores(void **state)
{
	(void)state;
	FILE *fp = fopen(DD_TEST_DATA "/vuln/cvss.tsv", "r");
	assert_non_null(fp);
	char line[1024];
	int n = 0, bad = 0;
	while (fgets(line, sizeof(line), fp)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		char *vec = strtok(line, "\t"), *want = strtok(NULL, "\t"), *sev = strtok(NULL, "\t\n");
		assert_non_null(sev);
		double got = -1;
		dd_cvss_version v;
		n++;
		if (dd_cvss_score(vec, &got, &v) != 0 || (int)(got * 10 + 0.5) != (int)(atof(want) * 10 + 0.5) ||
		    strcmp(dd_severity_name(dd_cvss_severity(got, v)), sev) != 0) {
			fprintf(stderr, "%s: want %s (%s), got %.1f (%s)\n", vec, want, sev, got,
				dd_severity_name(dd_cvss_severity(got, v)));
			bad++;
		}
	}
	fclose(fp);
	assert_true(n > 500);
	assert_int_equal(bad, 0);
}

static void test_invalid(void **state)
{
	(void)state;
	FILE *fp = fopen(DD_TEST_DATA "/vuln/cvss-invalid.txt", "r");
	assert_non_null(fp);
	char line[1024];
	while (fgets(line, sizeof(line), fp)) {
		line[strcspn(line, "\n")] = '\0';
		double s = 0;
		if (dd_cvss_score(line, &s, NULL) == 0)
			fail_msg("accepted malformed vector %s (score %.1f)", line, s);
	}
	fclose(fp);
	char huge[4096];
	memset(huge, 'A', sizeof(huge) - 1);
	huge[sizeof(huge) - 1] = '\0';
	double s;
	assert_int_not_equal(dd_cvss_score(huge, &s, NULL), 0);
}

static void test_versions(void **state)
{
	(void)state;
	double s;
	dd_cvss_version v;
	assert_int_equal(dd_cvss_score("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", &s, &v), 0);
	assert_int_equal(v, DD_CVSS_V30);
	assert_int_equal(dd_cvss_score("AV:N/AC:L/Au:N/C:C/I:C/A:C", &s, &v), 0);
	assert_int_equal(v, DD_CVSS_V2);
	/* v2 has no critical rating */
	assert_int_equal(dd_cvss_severity(10.0, DD_CVSS_V2), DD_SEV_HIGH);
	assert_int_equal(dd_cvss_severity(10.0, DD_CVSS_V31), DD_SEV_CRITICAL);
}

static void test_vendor_words(void **state)
{
	(void)state;
	assert_int_equal(dd_severity_from_vendor("unimportant"), DD_SEV_LOW);
	assert_int_equal(dd_severity_from_vendor("medium**"), DD_SEV_MEDIUM);
	assert_int_equal(dd_severity_from_vendor("Important"), DD_SEV_HIGH);
	assert_int_equal(dd_severity_from_vendor("MODERATE"), DD_SEV_MEDIUM);
	assert_int_equal(dd_severity_from_vendor("Critical"), DD_SEV_CRITICAL);
	assert_int_equal(dd_severity_from_vendor("negligible"), DD_SEV_LOW);
	assert_int_equal(dd_severity_from_vendor("not yet assigned"), DD_SEV_UNKNOWN);
	assert_int_equal(dd_severity_from_vendor("bogus"), -1);
	assert_int_equal(dd_severity_from_vendor(""), -1);
	assert_int_equal(dd_severity_from_vendor(NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scores),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_versions),
		cmocka_unit_test(test_vendor_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
