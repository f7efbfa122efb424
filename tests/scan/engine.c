/*
 * The engine (include/drydock/engine.h): scans of one engine running at
 * once give the one-shot scan's report; a progress callback that returns
 * non-zero and a deadline stop a scan (DD_ECANCELED, DD_ETIMEOUT, no
 * report); a DB renamed over the old one is seen by the next scan while a
 * scan in flight keeps the DB it started with. Runs under ASan too (no
 * leaks on any of these paths); latency checks are in bench/engine_scan.c.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "testutil.h"

#define DEMO "oci:" DD_TEST_DATA "/../../samples/demo-image:3.10"
#define ADVISORIES DD_TEST_DATA "/../../data/advisories"

static char tmpdir[] = "/tmp/dd-engine-test.XXXXXX";
/* short paths: the copy command holds two of them */
static char full_db[256], kev_db[256], db[256];

static void import(const char *to, const char *from)
{
	const char *paths[] = { from };
	dd_db_import_stats st;
	assert_int_equal(dd_db_import(to, paths, 1, &st), 0);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(full_db, sizeof(full_db), "%s/full.db", tmpdir);
	snprintf(kev_db, sizeof(kev_db), "%s/kev.db", tmpdir);
	snprintf(db, sizeof(db), "%s/drydock.db", tmpdir);
	import(full_db, ADVISORIES);
	import(kev_db, ADVISORIES "/kev");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void copy(const char *from, const char *to)
{
	char cmd[9000];
	snprintf(cmd, sizeof(cmd), "cp '%s' '%s.tmp' && mv '%s.tmp' '%s'", from, to, to, to);
	assert_int_equal(system(cmd), 0);
}

static size_t vulns(const dd_report *r)
{
	return r->class_summary[DD_CLASS_OS_VULN] + r->class_summary[DD_CLASS_APP_VULN];
}

typedef struct job {
	dd_engine *e;
	dd_report *r;
	int rc;
} job;

static void *scan_thread(void *arg)
{
	job *j = arg;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	j->rc = dd_engine_scan(j->e, &j->r, DEMO, &o);
	return NULL;
}

/* Four scans at once on one engine: each report is the one-shot report. */
static void test_concurrent_scans(void **state)
{
	(void)state;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	dd_report *ref = NULL;
	o.db_path = full_db;
	assert_int_equal(dd_scan(&ref, DEMO, &o), 0);
	assert_true(ref->complete);
	assert_true(vulns(ref) > 0);

	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	eo.db_path = full_db;
	assert_int_equal(dd_engine_new(&e, &eo), 0);
	job jobs[4];
	pthread_t t[4];
	for (int i = 0; i < 4; i++) {
		jobs[i] = (job){ e, NULL, -99 };
		assert_int_equal(pthread_create(&t[i], NULL, scan_thread, &jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], NULL);
		assert_int_equal(jobs[i].rc, 0);
		assert_true(jobs[i].r->complete);
		assert_int_equal(jobs[i].r->n_packages, ref->n_packages);
		assert_int_equal(jobs[i].r->n_findings, ref->n_findings);
		for (size_t k = 0; k < ref->n_findings; k++)
			assert_string_equal(jobs[i].r->findings[k].id, ref->findings[k].id);
		dd_report_free(jobs[i].r);
	}
	dd_engine_free(e);
	dd_report_free(ref);
}

typedef struct stopper {
	const char *at;      /* phase to stop at */
	int calls;
} stopper;

static int stop_at(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	(void)done, (void)total;
	stopper *s = payload;
	s->calls++;
	return !strcmp(phase, s->at);
}

/* Non-zero from the callback, at each phase in turn: DD_ECANCELED and no
 * report, wherever the scan was. */
static void test_cancel_from_callback(void **state)
{
	(void)state;
	static const char *const phases[] = { "opening", "layers", "bytes", "matching", "checks" };
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	eo.db_path = full_db;
	assert_int_equal(dd_engine_new(&e, &eo), 0);
	for (size_t i = 0; i < sizeof(phases) / sizeof(*phases); i++) {
		stopper s = { phases[i], 0 };
		dd_scan_options o = DD_SCAN_OPTIONS_INIT;
		dd_report *r = (dd_report *)0x1;
		o.progress = stop_at;
		o.progress_payload = &s;
		int rc = dd_engine_scan(e, &r, DEMO, &o);
		assert_int_equal(rc, DD_ECANCELED);
		assert_null(r);
		assert_non_null(strstr(dd_error_last(), "canceled"));
	}
	/* the engine is still good after cancelled scans */
	dd_report *r = NULL;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	assert_true(r->complete);
	dd_report_free(r);
	dd_engine_free(e);
}

/* A deadline that passes during the scan: DD_ETIMEOUT, no report; the
 * one-shot dd_scan honours it too. */
static void test_deadline(void **state)
{
	(void)state;
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	dd_report *r = NULL;
	o.db_path = full_db;
	o.timeout_ms = 1;
	/* 1 ms: rule and DB setup alone take longer */
	int rc = dd_scan(&r, DEMO, &o);
	assert_int_equal(rc, DD_ETIMEOUT);
	assert_null(r);
	assert_non_null(strstr(dd_error_last(), "timed out"));
	assert_string_equal(dd_error_name(DD_ETIMEOUT), "ETIMEOUT");
	/* a generous deadline changes nothing */
	o.timeout_ms = 600000;
	assert_int_equal(dd_scan(&r, DEMO, &o), 0);
	assert_true(r->complete);
	dd_report_free(r);
}

/* The DB is replaced by rename (as db update does) while a scan runs: that
 * scan keeps the DB it started with, the next one sees the new one. */
typedef struct swapper {
	bool done;
} swapper;

static int swap_db(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	(void)done, (void)total;
	swapper *s = payload;
	if (!s->done && !strcmp(phase, "layers")) {
		copy(full_db, db);
		s->done = true;
	}
	return 0;
}

static void test_db_replaced(void **state)
{
	(void)state;
	copy(kev_db, db);
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	eo.db_path = db;
	eo.lazy = true;
	assert_int_equal(dd_engine_new(&e, &eo), 0);
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	dd_report *r = NULL;
	/* the KEV-only DB has no Alpine data: incomplete, no OS findings */
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	assert_false(r->complete);
	assert_int_equal(r->class_summary[DD_CLASS_OS_VULN], 0);
	dd_report_free(r);

	swapper sw = { false };
	o.progress = swap_db;
	o.progress_payload = &sw;
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	assert_true(sw.done);
	assert_false(r->complete); /* in flight: still the old DB */
	assert_int_equal(r->class_summary[DD_CLASS_OS_VULN], 0);
	dd_report_free(r);

	o.progress = NULL;
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	assert_true(r->complete); /* the next scan: the new DB, no restart */
	assert_true(r->class_summary[DD_CLASS_OS_VULN] > 0);
	dd_report_free(r);

	/* and back again, to an older file under the same name */
	copy(kev_db, db);
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	assert_false(r->complete);
	dd_report_free(r);
	dd_engine_free(e);
}

/* The engine's settings are not per scan: a different one is refused. */
static void test_engine_owned_options(void **state)
{
	(void)state;
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	eo.db_path = full_db;
	eo.lazy = true;
	assert_int_equal(dd_engine_new(&e, &eo), 0);
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	dd_report *r = NULL;
	o.db_path = kev_db;
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "db_path"));
	o.db_path = full_db; /* the same value is fine */
	assert_int_equal(dd_engine_scan(e, &r, DEMO, &o), 0);
	dd_report_free(r);
	dd_engine_free(e);

	dd_engine_options bad = DD_ENGINE_OPTIONS_INIT;
	bad.version = 99;
	assert_int_equal(dd_engine_new(&e, &bad), DD_EINVAL);
	assert_null(e);
	dd_engine_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_concurrent_scans),
		cmocka_unit_test(test_cancel_from_callback),
		cmocka_unit_test(test_deadline),
		cmocka_unit_test(test_db_replaced),
		cmocka_unit_test(test_engine_owned_options),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
