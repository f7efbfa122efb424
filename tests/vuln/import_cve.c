/*
 * CVE severity sources (import_cve.c): CVE JSON 5 records and NVD CVE API
 * 2.0 answers lend their rating to findings whose advisory rates nothing
 * (Alpine secdb), in Trivy's order: the CNA's CVSS, then an ADP's, then
 * NVD's, then other advisories; within one container the highest CVSS
 * version. Records shaped like cvelistV5 and NVD API answers, written here.
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

static char *put(const char *name, const char *text)
{
	char *p = dd_asprintf("%s/%s", dir, name);
	FILE *fp = fopen(p, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	return p;
}

#define V31_CRIT "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
#define V31_MED "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N"
#define V40_LOW "CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N"
#define V2_HIGH "AV:N/AC:L/Au:N/C:P/I:P/A:P"

static const char *cve5(char *buf, size_t cap, const char *id, const char *state, const char *cna_metrics,
	const char *adp)
{
	snprintf(buf, cap, "{\"dataType\": \"CVE_RECORD\", \"dataVersion\": \"5.1\", \"cveMetadata\": {\"cveId\": \"%s\","
		" \"state\": \"%s\", \"dateUpdated\": \"2024-08-04T00:54:51.123Z\"}, \"containers\": {\"cna\": {"
		"\"providerMetadata\": {\"shortName\": \"mitre\"}, \"descriptions\": [{\"lang\": \"en\", \"value\": \"%s does things\\nsecond line\"}],"
		" \"references\": [{\"url\": \"https://example.org/%s\"}], \"metrics\": [%s]}, \"adp\": [%s]}}",
		id, state, id, id, cna_metrics, adp);
	return buf;
}

static int setup(void **s)
{
	(void)s;
	snprintf(dir, sizeof(dir), "/tmp/dd-cve-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	char b[6][4096];
	char *paths[9];
	paths[0] = put("secdb.json", "{\"distroversion\": \"v3.10\", \"reponame\": \"main\", \"packages\": ["
		"{\"pkg\": {\"name\": \"apk-tools\", \"secfixes\": {\"2.10.7-r0\": [\"CVE-2021-36159\"]}}},"
		"{\"pkg\": {\"name\": \"musl\", \"secfixes\": {\"1.1.22-r3\": [\"CVE-2019-14697\"], \"1.1.22-r4\": [\"CVE-2020-28928\"]}}},"
		"{\"pkg\": {\"name\": \"zlib\", \"secfixes\": {\"1.2.11-r2\": [\"CVE-2018-25032\"], \"1.2.11-r3\": [\"CVE-2022-37434\"]}}},"
		"{\"pkg\": {\"name\": \"busybox\", \"secfixes\": {\"1.30.1-r6\": [\"CVE-2021-28831\"], \"1.30.1-r7\": [\"CVE-2022-48174\"]}}}]}");
	/* no CNA rating; CISA's ADP rates it (and NVD, which ranks below) */
	paths[1] = put("CVE-2021-36159.json", cve5(b[0], sizeof(b[0]), "CVE-2021-36159", "PUBLISHED", "",
		"{\"providerMetadata\": {\"shortName\": \"CVE\"}, \"references\": []},"
		"{\"providerMetadata\": {\"shortName\": \"CISA-ADP\"}, \"metrics\": [{\"other\": {\"type\": \"ssvc\"}},"
		" {\"cvssV3_1\": {\"version\": \"3.1\", \"vectorString\": \"" V31_CRIT "\", \"baseScore\": 9.8}}]}"));
	/* the CNA rates with v3.1 and v4.0: 4.0 is the highest version */
	paths[2] = put("CVE-2019-14697.json", cve5(b[1], sizeof(b[1]), "CVE-2019-14697", "PUBLISHED",
		"{\"cvssV3_1\": {\"vectorString\": \"" V31_CRIT "\"}}, {\"cvssV4_0\": {\"vectorString\": \"" V40_LOW "\"}}", ""));
	/* rejected: no rating, and an older stored copy would be withdrawn */
	paths[3] = put("CVE-2022-48174.json", cve5(b[2], sizeof(b[2]), "CVE-2022-48174", "REJECTED",
		"{\"cvssV3_1\": {\"vectorString\": \"" V31_CRIT "\"}}", ""));
	/* a vector that does not score is no rating; the baseScore is not believed */
	paths[4] = put("CVE-2018-25032.json", cve5(b[3], sizeof(b[3]), "CVE-2018-25032", "PUBLISHED",
		"{\"cvssV3_1\": {\"vectorString\": \"CVSS:3.1/AV:N/garbage\", \"baseScore\": 9.8}}", ""));
	/* NVD: its own (Primary) rating before a CNA's copy; only a Secondary for CVE-2021-28831 */
	paths[5] = put("nvd.json", "{\"resultsPerPage\": 3, \"startIndex\": 0, \"totalResults\": 3, \"format\": \"NVD_CVE\","
		" \"version\": \"2.0\", \"vulnerabilities\": ["
		"{\"cve\": {\"id\": \"CVE-2020-28928\", \"vulnStatus\": \"Analyzed\", \"lastModified\": \"2023-11-07T03:25:00.123\","
		" \"descriptions\": [{\"lang\": \"es\", \"value\": \"x\"}, {\"lang\": \"en\", \"value\": \"In musl libc through 1.2.1, wcsnrtombs mishandles\"}],"
		" \"metrics\": {\"cvssMetricV31\": [{\"source\": \"cna@example.org\", \"type\": \"Secondary\", \"cvssData\": {\"vectorString\": \"" V31_CRIT "\"}},"
		" {\"source\": \"nvd@nist.gov\", \"type\": \"Primary\", \"cvssData\": {\"vectorString\": \"" V31_MED "\"}}],"
		" \"cvssMetricV2\": [{\"source\": \"nvd@nist.gov\", \"type\": \"Primary\", \"cvssData\": {\"vectorString\": \"" V2_HIGH "\"}}]}}},"
		"{\"cve\": {\"id\": \"CVE-2021-28831\", \"vulnStatus\": \"Modified\", \"metrics\": {\"cvssMetricV31\": ["
		" {\"source\": \"cna@example.org\", \"type\": \"Secondary\", \"cvssData\": {\"vectorString\": \"" V31_MED "\"}}]}}},"
		"{\"cve\": {\"id\": \"CVE-2021-36159\", \"vulnStatus\": \"Analyzed\", \"metrics\": {\"cvssMetricV31\": ["
		" {\"source\": \"nvd@nist.gov\", \"type\": \"Primary\", \"cvssData\": {\"vectorString\": \"" V31_MED "\"}}]}}},"
		"{\"cve\": {\"id\": \"CVE-2022-37434\", \"vulnStatus\": \"Rejected\"}}]}");
	/* an OSV record rating CVE-2019-14697 too: the CNA's rating comes first */
	paths[6] = put("osv.json", "{\"id\": \"GHSA-xxxx-yyyy-zzzz\", \"modified\": \"2020-01-01T00:00:00Z\", \"aliases\": [\"CVE-2019-14697\"],"
		" \"severity\": [{\"type\": \"CVSS_V3\", \"score\": \"" V31_MED "\"}]}");
	db_path = dd_asprintf("%s/db", dir);
	dd_db_import_stats st;
	int rc = dd_db_import(db_path, (const char **)paths, 7, &st);
	for (int i = 0; i < 7; i++)
		free(paths[i]);
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

static const dd_finding *find(const dd_report *r, const char *id)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (!strcmp(r->findings[i].id, id))
			return &r->findings[i];
	fail_msg("no finding %s", id);
	return NULL;
}

static void pkg(dd_report *r, const char *name, const char *version)
{
	dd_package p = { .type = "apk", .name = (char *)name, .version = (char *)version, .source_name = (char *)name,
		.source_version = (char *)version, .layer = "sha256:l1" };
	assert_int_equal(dd_report_add_package(r, &p), 0);
}

static void test_order(void **s)
{
	(void)s;
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	r->os_family = dd_strdup("alpine");
	r->os_version = dd_strdup("3.10.2");
	pkg(r, "apk-tools", "2.10.6-r0");
	pkg(r, "musl", "1.1.22-r2");
	pkg(r, "zlib", "1.2.11-r1");
	pkg(r, "busybox", "1.30.1-r5");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	const dd_finding *f = find(r, "CVE-2021-36159");
	assert_int_equal(f->severity, DD_SEV_CRITICAL);
	assert_string_equal(f->severity_source, "adp:CISA-ADP:cvss_v3.1");
	assert_string_equal(f->cvss_vector, V31_CRIT);
	f = find(r, "CVE-2019-14697");
	assert_int_equal(f->severity, DD_SEV_LOW);
	assert_string_equal(f->severity_source, "cna:cvss_v4.0");
	f = find(r, "CVE-2020-28928");
	assert_int_equal(f->severity, DD_SEV_MEDIUM);
	assert_string_equal(f->severity_source, "nvd:cvss_v3.1");
	assert_non_null(f->title);
	assert_non_null(strstr(f->title, "wcsnrtombs"));
	f = find(r, "CVE-2021-28831");
	assert_int_equal(f->severity, DD_SEV_MEDIUM);
	assert_string_equal(f->severity_source, "nvd:cvss_v3.1");
	/* rejected, unscorable: no rating to lend */
	assert_int_equal(find(r, "CVE-2022-48174")->severity, DD_SEV_UNKNOWN);
	assert_int_equal(find(r, "CVE-2018-25032")->severity, DD_SEV_UNKNOWN);
	assert_int_equal(find(r, "CVE-2022-37434")->severity, DD_SEV_UNKNOWN);
	dd_report_free(r);
}

/* The CVE record's own fields stay in bounds and in one line. */
static void test_title_from_description(void **s)
{
	(void)s;
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	r->os_family = dd_strdup("alpine");
	r->os_version = dd_strdup("3.10.2");
	pkg(r, "apk-tools", "2.10.6-r0");
	assert_int_equal(dd_vuln_match_report(r, db_path), 0);
	const dd_finding *f = find(r, "CVE-2021-36159");
	assert_non_null(f->title);
	assert_null(strchr(f->title, '\n'));
	dd_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_title_from_description),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
