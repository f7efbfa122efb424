/*
 * Whole scans for the allocation-failure sweep (scan/alloc_sweep, see
 * docs/testing.md): the demo image (samples/demo-image, every scanner,
 * against the bundled advisories), the same with a warm layer cache, a dir:
 * tree of secrets, and a CycloneDX SBOM against its advisories. Run alone,
 * each scan must be complete. Under the sweep the Nth allocation of the scan
 * fails, and the scan must then return an error or a report that says it
 * is incomplete, never a complete one (unless it is the very report of a
 * scan without the failure: the code recovered, nothing was lost), and
 * free everything it allocated (the wrapper's count of live allocations is
 * the same before and after).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "allocfail.h"
#include "testutil.h"

#include "drydock/drydock.h"

static char tmp[] = "/tmp/drydock-alloc-scan.XXXXXX";
static char demo_db[4200], sbom_db[4200], cache_dir[4200];

static void import(const char *db, const char *const *paths, size_t n)
{
	if (dd_db_import(db, paths, n, NULL) != 0)
		fail_msg("import into %s: %s", db, dd_error_last());
}

static int setup(void **state)
{
	(void)state;
	dd_allocfail_end();   /* the set-up's allocations are not swept */
	if (!mkdtemp(tmp))
		return -1;
	snprintf(demo_db, sizeof(demo_db), "%s/demo.db", tmp);
	snprintf(sbom_db, sizeof(sbom_db), "%s/sbom.db", tmp);
	snprintf(cache_dir, sizeof(cache_dir), "%s/cache", tmp);
	const char *advisories[] = { DD_SOURCE_ROOT "/data/advisories", DD_TEST_DATA "/sbom/advisories" };
	import(demo_db, advisories, 1);
	import(sbom_db, advisories, 2);   /* what tests/sbom/sbom_input.sh uses */
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[4300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	return system(cmd) == 0 ? 0 : -1;
}

/* The report as JSON without its time stamp (malloc'ed). */
static char *report_json(const dd_report *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	assert_int_equal(dd_report_write(r, DD_FORMAT_JSON, fp, false), 0);
	fclose(fp);
	char *t = strstr(buf, "\"scanned_at\": \"");
	for (char *p = t ? t + 15 : NULL; p && *p && *p != '"'; p++)
		*p = 'x';
	return buf;
}

/* The report of a scan without failures (not counted). */
static char *expected_json(const char *ref, const dd_scan_options *o)
{
	dd_report *r = NULL;
	if (dd_scan(&r, ref, o) != 0)
		fail_msg("%s: %s", ref, dd_error_last());
	char *json = report_json(r);
	dd_report_free(r);
	return json;
}

/* One scan with the sweep's counting on; checks the promise either way. */
static void scan_checked(const char *ref, const dd_scan_options *o)
{
	long live = dd_allocfail_live();
	dd_report *r = NULL;
	dd_allocfail_begin();
	int rc = dd_scan(&r, ref, o);
	dd_allocfail_end();
	bool hit = dd_allocfail_hit(), complete = rc == 0 && r->complete;
	char why[300];
	snprintf(why, sizeof(why), "%s", rc ? dd_error_last() : r->notes.count ? r->notes.items[0] : "");
	/* complete after a failed allocation is a lie unless nothing was lost
	 * (the code retried, or fell back to another way of doing the same) */
	char *got = hit && complete ? report_json(r) : NULL;
	dd_report_free(r);
	long leaked = dd_allocfail_live() - live;
	if (got) {
		char *want = expected_json(ref, o);
		if (strcmp(got, want))
			dd_allocfail_violation("%s: an allocation failed, yet the scan returned a complete report that "
				"differs from the one without the failure", ref);
		free(want);
		free(got);
	}
	if (leaked)
		dd_allocfail_violation("%s: %ld allocation(s) not freed after the scan (%s: %s)", ref, leaked,
			rc ? dd_error_name(rc) : "incomplete report", why);
	if (!hit && !complete)
		fail_msg("%s: %s", ref, rc ? why : "incomplete report");
}

static dd_scan_options demo_options(void)
{
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.db_path = demo_db;
	o.threads = 1;   /* the Nth allocation is then the same one every run */
	return o;
}

#define DEMO "oci:" DD_SOURCE_ROOT "/samples/demo-image:3.10"

static void test_demo(void **state)
{
	(void)state;
	dd_scan_options o = demo_options();
	scan_checked(DEMO, &o);
}

static void test_demo_cached(void **state)
{
	(void)state;
	dd_scan_options o = demo_options();
	o.cache_dir = cache_dir;
	/* fill the cache, then sweep the scan that reads it */
	dd_report *r = NULL;
	if (dd_scan(&r, DEMO, &o) != 0)
		fail_msg("%s", dd_error_last());
	dd_report_free(r);
	scan_checked(DEMO, &o);
}

static void test_secrets_dir(void **state)
{
	(void)state;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.scanners = DD_SCANNER_SECRET | DD_SCANNER_BASELINE;
	o.threads = 1;
	scan_checked("dir:" DD_TEST_DATA "/checks/secrets", &o);
}

static void test_sbom(void **state)
{
	(void)state;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.db_path = sbom_db;
	scan_checked("sbom:" DD_TEST_DATA "/sbom/trivy-style.cdx.json", &o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demo),
		cmocka_unit_test(test_demo_cached),
		cmocka_unit_test(test_secrets_dir),
		cmocka_unit_test(test_sbom),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
