/*
 * The SQLite store (src/store): migrations from an empty folder (and a
 * newer schema refused), items left running by a killed process requeued
 * by recover and finished once, quota counting a digest once and stopping
 * at the limit, scans keyed by the dedup key (one row per key, the report
 * back through zstd), cancel and deadlines closing a task, and the scan
 * fingerprint that is part of the key. The same cases run against
 * PostgreSQL as store/store_sqlite@pg (store_fixture.h), where SQLite's
 * internals are skipped and the lease makes the differences said below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include <unistd.h>

#include "store_fixture.h"

static int user_version(void)
{
	char path[300];
	sqlite3 *db;
	sqlite3_stmt *st;
	snprintf(path, sizeof(path), "%s/drydock-store.db", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void set_user_version(int v)
{
	char path[300], sql[64];
	sqlite3 *db;
	snprintf(path, sizeof(path), "%s/drydock-store.db", dir);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", v);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void migrations_from_empty(void **state)
{
	/* SQLite's user_version; store_pg.c's newer_schema_refused is the twin */
	if (store_is_pg())
		skip();
	dd_store *s = open_store();
	int v = user_version();
	assert_true(v >= 1);
	assert_int_equal(s->be->ping(s), 0);
	int64_t used = -1;
	assert_int_equal(s->be->quota_used(s, &used), 0);
	assert_int_equal(used, 0);
	dd_store_close(s);
	/* again: nothing to do, same version */
	s = open_store();
	assert_int_equal(user_version(), v);
	dd_store_close(s);
	/* a store from a newer drydock is refused, not damaged */
	set_user_version(v + 1);
	s = NULL;
	assert_int_equal(dd_store_open(&s, "sqlite", dir), DD_EUNSUPPORTED);
	assert_null(s);
	assert_non_null(strstr(dd_error_last(), "upgrade drydock"));
	assert_int_equal(dd_store_open(&s, "mysql://x", dir), DD_EINVAL);
}

static const char *task_state(dd_store *s, int64_t id)
{
	static char st[32];
	assert_int_equal(s->be->task_state(s, id, st, sizeof(st)), 0);
	return st;
}

static void requeue_on_open(void **state)
{
	/* PostgreSQL's recover requeues only what no live process holds: the
	 * dead process's leases must run out first (a short lease; see below) */
	if (store_is_pg())
		setenv("DRYDOCK_STORE_LEASE_MS", "10", 1);
	dd_store *s = open_store();
	json_t *a = items(3);
	int64_t task = 0;
	dd_store_item it1, it2, it3;
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, a, 0, &task), 0);
	json_decref(a);
	assert_string_equal(task_state(s, task), "queued");
	assert_int_equal(s->be->item_claim(s, &it1), 0);
	assert_int_equal(s->be->item_claim(s, &it2), 0);
	assert_string_equal(task_state(s, task), "running");
	assert_string_equal(it1.tag, "t0");
	assert_int_equal(it1.attempts, 1);
	assert_int_equal(s->be->item_finish(s, it1.id, DD_STATE_SUCCEEDED, "sha256:aa", 0, NULL), 0);
	/* the process dies here: it2 stays running */
	dd_store_close(s);

	s = open_store();
	size_t requeued = 0;
	if (store_is_pg())
		usleep(30 * 1000);   /* it2's lease runs out */
	assert_int_equal(s->be->recover(s, &requeued), 0);
	assert_int_equal(requeued, 1);
	assert_int_equal(s->be->item_claim(s, &it3), 0);
	assert_int_equal(it3.id, it2.id);      /* the requeued item first */
	assert_int_equal(it3.attempts, 2);
	assert_int_equal(s->be->item_finish(s, it3.id, DD_STATE_SUCCEEDED, "sha256:bb", 0, NULL), 0);
	/* a finish that comes twice counts once (PostgreSQL: the item is no
	 * longer this process's, and says so) */
	assert_int_equal(s->be->item_finish(s, it3.id, DD_STATE_SUCCEEDED, "sha256:bb", 0, NULL),
		store_is_pg() ? DD_ECANCELED : 0);
	assert_int_equal(s->be->item_claim(s, &it3), 0);
	assert_string_equal(it3.tag, "t2");
	assert_int_equal(s->be->item_finish(s, it3.id, DD_STATE_FAILED, NULL, 0, "manifest unknown: t2"), 0);
	assert_int_equal(s->be->item_claim(s, &it3), DD_ITEROVER);
	json_t *t = NULL;
	assert_int_equal(s->be->task_get(s, task, 0, 100, &t), 0);
	assert_string_equal(json_string_value(json_object_get(t, "state")), "failed");
	assert_int_equal(json_integer_value(json_object_get(t, "total")), 3);
	assert_int_equal(json_integer_value(json_object_get(t, "done")), 3);
	assert_int_equal(json_integer_value(json_object_get(t, "failed")), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(t, "items"), 2), "error")),
		"manifest unknown: t2");
	json_decref(t);
	/* recover again: nothing was running */
	assert_int_equal(s->be->recover(s, &requeued), 0);
	assert_int_equal(requeued, 0);
	dd_store_close(s);
	unsetenv("DRYDOCK_STORE_LEASE_MS");
}

static void quota_counts_digests_once(void **state)
{
	dd_store *s = open_store();
	int64_t used = -1;
	assert_int_equal(s->be->quota_claim(s, "sha256:1", 2), 0);
	assert_int_equal(s->be->quota_claim(s, "sha256:1", 2), 0);
	assert_int_equal(s->be->quota_claim(s, "sha256:2", 2), 0);
	assert_int_equal(s->be->quota_claim(s, "sha256:3", 2), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "quota reached"));
	assert_int_equal(s->be->quota_claim(s, "sha256:2", 2), 0);   /* a counted digest still passes */
	assert_int_equal(s->be->quota_used(s, &used), 0);
	assert_int_equal(used, 2);
	assert_int_equal(s->be->quota_claim(s, "sha256:3", 0), 0);   /* 0: no limit */
	assert_int_equal(s->be->quota_used(s, &used), 0);
	assert_int_equal(used, 3);
	dd_store_close(s);
}

static void put_scan(dd_store *s, const char *key, const char *report, int64_t *id)
{
	dd_store_scan sc;
	memset(&sc, 0, sizeof(sc));
	snprintf(sc.key, sizeof(sc.key), "%s", key);
	snprintf(sc.digest, sizeof(sc.digest), "sha256:d");
	snprintf(sc.scanned_at, sizeof(sc.scanned_at), "2026-12-07T00:00:00Z");
	sc.complete = true;
	sc.report = (char *)report;
	sc.report_len = strlen(report);
	sc.summary = (char *)"{\"critical\":1}";
	assert_int_equal(s->be->scan_put(s, &sc, id), 0);
}

static void scans_by_dedup_key(void **state)
{
	dd_store *s = open_store();
	int64_t a = 0, b = 0, c = 0, n = 0;
	char big[20000];
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	put_scan(s, "sha256:d|1f|abc", "{\"old\":1}", &a);
	put_scan(s, "sha256:d|1f|abc", big, &b);        /* same key: the row is replaced */
	put_scan(s, "sha256:d|01|abc", "{\"vuln\":1}", &c);
	assert_true(a > 0);
	assert_int_equal(a, b);
	assert_true(c != a);
	assert_int_equal(s->be->scan_count(s, &n), 0);
	assert_int_equal(n, 2);
	dd_store_scan sc;
	assert_int_equal(s->be->scan_find(s, "sha256:d|1f|abc", &sc), 0);
	assert_int_equal(sc.id, a);
	assert_int_equal(sc.report_len, strlen(big));
	assert_string_equal(sc.report, big);
	assert_true(sc.complete);
	dd_store_scan_clear(&sc);
	assert_int_equal(s->be->scan_find(s, "sha256:e|1f|abc", &sc), DD_ENOTFOUND);
	/* images point at their scan; a new digest drops the old scan */
	json_t *img = NULL;
	assert_int_equal(s->be->image_put(s, "r", "lib/app", "1", "sha256:d", NULL, a), 0);
	assert_int_equal(s->be->image_get(s, "r", "lib/app", "1", &img), 0);
	assert_int_equal(json_integer_value(json_object_get(img, "scan")), a);
	json_decref(img);
	assert_int_equal(s->be->image_put(s, "r", "lib/app", "1", "sha256:e", NULL, 0), 0);
	assert_int_equal(s->be->image_get(s, "r", "lib/app", "1", &img), 0);
	assert_null(json_object_get(img, "scan"));
	assert_string_equal(json_string_value(json_object_get(img, "digest")), "sha256:e");
	json_decref(img);
	assert_int_equal(s->be->image_get(s, "r", "lib/app", "2", &img), DD_ENOTFOUND);
	dd_store_close(s);

	/* the fingerprint part of the key: stable, and per scanner set */
	char f1[65], f2[65], f3[65];
	dd_scan_fingerprint(DD_SCANNER_ALL, f1);
	dd_scan_fingerprint(DD_SCANNER_ALL, f2);
	dd_scan_fingerprint(DD_SCANNER_VULN, f3);
	assert_int_equal(strlen(f1), 64);
	assert_string_equal(f1, f2);
	assert_string_not_equal(f1, f3);
}

static void cancel_and_deadline(void **state)
{
	dd_store *s = open_store();
	json_t *a = items(3);
	int64_t t1 = 0, t2 = 0;
	dd_store_item it;
	size_t expired = 0;
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, a, 0, &t1), 0);
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, a, 1000, &t2), 0);
	json_decref(a);
	assert_int_equal(s->be->item_claim(s, &it), 0);
	assert_int_equal(it.task, t1);
	assert_int_equal(s->be->task_cancel(s, t1), 0);
	assert_string_equal(task_state(s, t1), "canceled");
	assert_int_equal(s->be->task_cancel(s, t1), DD_EINVAL);
	assert_int_equal(s->be->task_cancel(s, 999), DD_ENOTFOUND);
	/* the running item ends as the worker says; the task stays canceled */
	assert_int_equal(s->be->item_finish(s, it.id, DD_STATE_CANCELED, NULL, 0, "canceled"), 0);
	assert_string_equal(task_state(s, t1), "canceled");
	/* t2's deadline (unix second 1000) is long past */
	assert_int_equal(s->be->task_expire(s, 2000, &expired), 0);
	assert_int_equal(expired, 1);
	assert_string_equal(task_state(s, t2), "timed_out");
	assert_int_equal(s->be->item_claim(s, &it), DD_ITEROVER);
	json_t *t = NULL;
	assert_int_equal(s->be->task_get(s, t2, 0, 100, &t), 0);
	/* queued items never started: skipped with the reason, not failed */
	assert_int_equal(json_integer_value(json_object_get(t, "done")), 3);
	assert_int_equal(json_integer_value(json_object_get(t, "failed")), 0);
	json_t *first = json_array_get(json_object_get(t, "items"), 0);
	assert_string_equal(json_string_value(json_object_get(first, "state")), "skipped");
	assert_non_null(strstr(json_string_value(json_object_get(first, "error")), "max_task_duration"));
	json_decref(t);
	assert_int_equal(s->be->task_log(s, t2, 0, 100, &t), 0);
	assert_int_equal(json_array_size(t), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(t, 0), "step")), "skipped");
	json_decref(t);
	/* an empty task is born finished */
	a = json_array();
	assert_int_equal(s->be->task_create(s, "scan", 0, 0, a, 0, &t1), 0);
	json_decref(a);
	assert_string_equal(task_state(s, t1), "succeeded");
	dd_store_close(s);
}

static void tokens_and_logs(void **state)
{
	dd_store *s = open_store();
	char role[16];
	json_t *lines = NULL;
	assert_int_equal(s->be->token_add(s, "ci", "read", "abc"), 0);
	assert_int_equal(s->be->token_add(s, "ci", "admin", "def"), DD_EINVAL);
	assert_int_equal(s->be->token_role(s, "abc", role, sizeof(role)), 0);
	assert_string_equal(role, "read");
	assert_int_equal(s->be->token_role(s, "zzz", role, sizeof(role)), DD_ENOTFOUND);
	for (int i = 0; i < 5; i++)
		assert_int_equal(s->be->task_log_add(s, 7, "r/a:1", "scan", "line"), 0);
	assert_int_equal(s->be->task_log(s, 7, 2, 2, &lines), 0);
	assert_int_equal(json_array_size(lines), 2);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(lines, 0), "id")), 3);
	json_decref(lines);
	dd_store_close(s);
}

/* issue 14: periodic runs once per last run (compare and set), retention,
 * the speed limit's token bucket */
static int64_t fake_now = 1800000000;
static int64_t fake_clock(void)
{
	return fake_now;
}

static void schedule_retention_speed(void **state)
{
	dd_store *s = open_store();
	if (!s->be->rule_last_run) {
		/* PostgreSQL before store_pg_sched.c (branch pg-features) */
		dd_store_close(s);
		skip();
	}
	dd_store_clock_set(fake_clock);
	int64_t rule = 0, t1 = 0, t2 = 0, scan = 0, wait = -1;
	char last[32], when[32];
	json_t *r = json_pack("{s:s,s:s,s:s,s:s}", "name", "p", "registry", "r", "cycle", "3d", "tag_regex", ".*");
	assert_int_equal(s->be->rule_put(s, &rule, r), 0);
	json_decref(r);
	assert_int_equal(s->be->rule_last_run(s, rule, last), 0);
	assert_string_equal(last, "");
	json_t *a = items(2);
	assert_int_equal(s->be->periodic_create(s, rule, "", 0, a, 0, NULL, &t1), 0);
	assert_true(t1 > 0);
	/* a second pass (or process) that read the same last run does nothing */
	assert_int_equal(s->be->periodic_create(s, rule, "", 0, a, 0, NULL, &t2), 0);
	assert_int_equal(t2, 0);
	assert_int_equal(s->be->rule_last_run(s, rule, last), 0);
	dd_store_time(fake_now, when);
	assert_string_equal(last, when);
	/* a run whose listing failed is born failed, the reason in its log */
	fake_now += 3 * 86400;
	assert_int_equal(s->be->periodic_create(s, rule, last, 0, a, 0, "listing failed: x", &t2), 0);
	assert_true(t2 > t1);
	assert_string_equal(task_state(s, t2), "failed");
	json_t *log = NULL;
	assert_int_equal(s->be->task_log(s, t2, 0, 10, &log), 0);
	assert_string_equal(json_string_value(json_object_get(json_array_get(log, 0), "message")), "listing failed: x");
	json_decref(log);
	json_decref(a);

	/* retention: the scan goes, the image forgets it, the quota stays */
	put_scan(s, "sha256:d|1|f", "{}", &scan);
	assert_int_equal(s->be->quota_claim(s, "sha256:d", 0), 0);
	assert_int_equal(s->be->image_put(s, "r", "lib/app", "t0", "sha256:d", NULL, scan), 0);
	json_t *old = NULL, *img = NULL;
	assert_int_equal(s->be->retention_list(s, "r", "2026-12-06T00:00:00Z", 0, 10, &old), 0);
	assert_int_equal(json_array_size(old), 0);
	json_decref(old);
	assert_int_equal(s->be->retention_list(s, "r", "2026-12-08T00:00:00Z", 0, 10, &old), 0);
	assert_int_equal(json_array_size(old), 1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(old, 0), "scan")), scan);
	json_decref(old);
	assert_int_equal(s->be->scan_drop(s, scan), 0);
	dd_store_scan sc;
	assert_int_equal(s->be->scan_get(s, scan, &sc), DD_ENOTFOUND);
	assert_int_equal(s->be->image_get(s, "r", "lib/app", "t0", &img), 0);
	assert_null(json_object_get(img, "scan"));
	json_decref(img);
	int64_t used = 0;
	assert_int_equal(s->be->quota_used(s, &used), 0);
	assert_int_equal(used, 1);

	/* burst 1: one pull, then one per interval; a refund gives it back */
	assert_int_equal(s->be->speed_take(s, "r", 1000, 500, &wait), 0);
	assert_int_equal(wait, 0);
	assert_int_equal(s->be->speed_take(s, "r", 1200, 500, &wait), 0);
	assert_int_equal(wait, 300);
	assert_int_equal(s->be->speed_take(s, "other", 1200, 500, &wait), 0);
	assert_int_equal(wait, 0);
	assert_int_equal(s->be->speed_take(s, "r", 1500, 500, &wait), 0);
	assert_int_equal(wait, 0);
	assert_int_equal(s->be->speed_refund(s, "r", 500), 0);
	assert_int_equal(s->be->speed_take(s, "r", 1600, 500, &wait), 0);
	assert_int_equal(wait, 0);
	dd_store_clock_set(NULL);
	dd_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(migrations_from_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(requeue_on_open, setup, teardown),
		cmocka_unit_test_setup_teardown(quota_counts_digests_once, setup, teardown),
		cmocka_unit_test_setup_teardown(scans_by_dedup_key, setup, teardown),
		cmocka_unit_test_setup_teardown(cancel_and_deadline, setup, teardown),
		cmocka_unit_test_setup_teardown(tokens_and_logs, setup, teardown),
		cmocka_unit_test_setup_teardown(schedule_retention_speed, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
