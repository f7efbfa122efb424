/*
 * OSV importer edge cases (tests/data/vuln/, hand-written after real
 * records) and the DB rules on re-import: idempotent, newer `modified`
 * replaces, older does not, withdrawn drops.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "testutil.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/cvss.h"
#include "vuln/db.h"
#include "vuln/import.h"

static json_t *load(const char *name)
{
	char *p = dd_test_data_path(name);
	json_error_t err;
	json_t *j = json_load_file(p, 0, &err);
	free(p);
	assert_non_null(j);
	return j;
}

static int parse(const char *name, dd_adv *a, dd_db_import_stats *st)
{
	json_t *j = load(name);
	int rc = dd_osv_parse(j, a, st);
	json_decref(j);
	return rc;
}

static const char *blob(const dd_adv *a, size_t i)
{
	assert_true(i < a->n_affected);
	return a->affected[i].ranges.ptr ? a->affected[i].ranges.ptr : "";
}

static void test_withdrawn(void **s)
{
	(void)s;
	dd_adv a;
	dd_db_import_stats st = { 0 };
	assert_int_equal(parse("vuln/withdrawn.json", &a, &st), DD_ITEROVER);
	assert_int_equal(st.withdrawn, 1);
	assert_string_equal(a.rid, "PYSEC-2019-144");
	dd_adv_clear(&a);
}

static void test_git_range_skipped(void **s)
{
	(void)s;
	dd_adv a;
	dd_db_import_stats st = { 0 };
	assert_int_equal(parse("vuln/git_range.json", &a, &st), 0);
	assert_int_equal(st.git_ranges, 1);
	assert_int_equal(a.n_affected, 1);
	assert_string_equal(a.affected[0].package, "nova"); /* PEP 503 */
	assert_string_equal(blob(&a, 0), "E\ni2012.1\nf2012.1.2\n");
	assert_string_equal(a.source, "osv:PyPI");
	assert_true(dd_strv_contains(&a.ids, "CVE-2012-3447"));
	assert_non_null(a.title);
	assert_true(strlen(a.title) <= DD_ADV_TITLE_MAX);
	dd_adv_clear(&a);
}

static void test_last_affected_and_severity(void **s)
{
	(void)s;
	dd_adv a;
	assert_int_equal(parse("vuln/last_affected.json", &a, NULL), 0);
	assert_string_equal(blob(&a, 0), "E\ni0\nl1.11.0\n");
	assert_string_equal(a.cvss_vector, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H");
	assert_true(a.cvss_score > 7.49 && a.cvss_score < 7.51);
	assert_int_equal(a.cvss_version, DD_CVSS_V31);
	assert_int_equal(a.ids.count, 2);
	dd_adv_clear(&a);
}

static void test_limit(void **s)
{
	(void)s;
	dd_adv a;
	assert_int_equal(parse("vuln/limit.json", &a, NULL), 0);
	assert_string_equal(blob(&a, 0), "S\ni1.0.0\nL1.5.0\n");
	assert_string_equal(a.source, "osv:Go");
	dd_adv_clear(&a);
}

static void test_versions_list(void **s)
{
	(void)s;
	dd_adv a;
	dd_db_import_stats st = { 0 };
	assert_int_equal(parse("vuln/versions_list.json", &a, &st), 0);
	assert_string_equal(a.affected[0].package, "example-pkg-name");
	assert_string_equal(blob(&a, 0), "v1.0\nv1.1\nv2.0.0rc1\n");
	assert_int_equal(st.git_ranges, 1);
	dd_adv_clear(&a);
}

static void test_upstream_and_debian_status(void **s)
{
	(void)s;
	dd_adv a;
	assert_int_equal(parse("vuln/debian_upstream.json", &a, NULL), 0);
	assert_true(dd_strv_contains(&a.ids, "CVE-2023-29383"));
	assert_int_equal(a.affected[0].status, DD_ADV_WILL_NOT_FIX);
	assert_int_equal(a.affected[0].vendor_severity, -1); /* "not yet assigned" rates nothing */
	assert_string_equal(a.affected[0].ecosystem, "Debian:12");
	assert_string_equal(a.source, "osv:Debian");
	dd_adv_clear(&a);
}

static void test_fanout_and_summary_severity(void **s)
{
	(void)s;
	dd_adv a;
	assert_int_equal(parse("vuln/alsa_fanout.json", &a, NULL), 0);
	assert_true(a.flags & DD_ADV_FANOUT);
	assert_int_equal(a.ids.count, 2);
	assert_string_equal(a.ids.items[0], "CVE-2021-3711");
	assert_int_equal(a.vendor_severity, DD_SEV_HIGH); /* "Important:" */
	assert_string_equal(a.vendor_severity_source, "almalinux");
	assert_int_equal(a.n_affected, 2);
	assert_int_equal(a.affected[1].vendor_severity, DD_SEV_HIGH);
	dd_adv_clear(&a);
}

static void test_bugfix_skipped(void **s)
{
	(void)s;
	dd_adv a;
	dd_db_import_stats st = { 0 };
	assert_int_equal(parse("vuln/alba_bugfix.json", &a, &st), DD_ITEROVER);
	assert_int_equal(st.not_security, 1);
	dd_adv_clear(&a);
}

static void test_bad_json(void **s)
{
	(void)s;
	size_t len;
	char *p = dd_test_data_path("vuln/bad.json");
	char *buf = dd_test_read_file(p, &len);
	dd_db_import_stats st = { 0 };
	dd_import_sink sink = { .stats = &st };
	assert_non_null(buf);
	assert_int_equal(dd_import_json(&sink, buf, len, p, true), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "not valid JSON"));
	/* a file of no known format: an error when named, ignored in a folder */
	assert_int_equal(dd_import_json(&sink, "{\"hello\": 1}", 12, "x.json", true), DD_EFORMAT);
	assert_int_equal(dd_import_json(&sink, "{\"hello\": 1}", 12, "x.json", false), 0);
	assert_int_equal(st.ignored_files, 1);
	free(buf);
	free(p);
}

/* A record built in memory with one field replaced. */
static json_t *record(const char *id, const char *eco, const char *name, const char *fixed)
{
	return json_pack("{s:s, s:s, s:[{s:{s:s, s:s}, s:[{s:s, s:[{s:s}, {s:s}]}]}]}", "id", id, "modified",
		"2024-01-01T00:00:00Z", "affected", "package", "ecosystem", eco, "name", name, "ranges", "type", "ECOSYSTEM",
		"events", "introduced", "0", "fixed", fixed);
}

static void test_huge_and_hostile(void **s)
{
	(void)s;
	dd_adv a;
	char *big = malloc((1 << 20) + 1);
	assert_non_null(big);
	memset(big, 'A', 1 << 20);
	big[1 << 20] = '\0';

	json_t *r = record(big + (1 << 20) - 200, "npm", "x", "1.0.0"); /* 200-char id */
	assert_int_not_equal(dd_osv_parse(r, &a, NULL), 0);
	dd_adv_clear(&a);
	json_decref(r);

	r = record("T-1", "npm", "x", big + (1 << 20) - 300); /* 300-char version */
	assert_int_not_equal(dd_osv_parse(r, &a, NULL), 0);
	dd_adv_clear(&a);
	json_decref(r);

	r = record("T-2", "npm", "bad\x01name", "1.0.0");
	assert_int_not_equal(dd_osv_parse(r, &a, NULL), 0);
	dd_adv_clear(&a);
	json_decref(r);

	r = record("T-3", "npm", "x", "1.0.0");
	json_object_set_new(r, "summary", json_string(big));
	json_object_set_new(r, "details", json_string(big));
	json_object_set_new(r, "aliases", json_pack("[s, s, s]", "CVE-2024-1\nX", big, "CVE-2024-0002"));
	assert_int_equal(dd_osv_parse(r, &a, NULL), 0);
	assert_true(strlen(a.title) <= DD_ADV_TITLE_MAX);
	assert_true(strlen(a.details) <= DD_ADV_DETAILS_MAX);
	assert_int_equal(a.ids.count, 1); /* the alias with a newline and the huge one are dropped */
	assert_string_equal(a.ids.items[0], "CVE-2024-0002");
	dd_adv_clear(&a);
	json_decref(r);

	/* more affected packages than the cap */
	r = record("T-4", "npm", "x", "1.0.0");
	json_t *aff = json_object_get(r, "affected"), *one = json_array_get(aff, 0);
	for (int i = 0; i < DD_ADV_AFFECTED_MAX + 5; i++)
		json_array_append(aff, one);
	assert_int_equal(dd_osv_parse(r, &a, NULL), DD_ELIMIT);
	dd_adv_clear(&a);
	json_decref(r);

	/* malformed events and types */
	r = json_pack("{s:s, s:[{s:{s:s, s:s}, s:[{s:s, s:[{s:i}]}]}]}", "id", "T-5", "affected", "package", "ecosystem", "npm",
		"name", "x", "ranges", "type", "ECOSYSTEM", "events", "introduced", 3);
	assert_int_not_equal(dd_osv_parse(r, &a, NULL), 0);
	dd_adv_clear(&a);
	json_decref(r);
	r = json_pack("{s:i}", "id", 5);
	assert_int_not_equal(dd_osv_parse(r, &a, NULL), 0);
	dd_adv_clear(&a);
	json_decref(r);
	free(big);
}

/* ---- through the DB ---- */

static char dir[64];

static char *write_record(const char *name, const char *id, const char *modified, const char *title, const char *fixed)
{
	json_t *r = record(id, "npm", "left-pad", fixed);
	json_object_set_new(r, "modified", json_string(modified));
	json_object_set_new(r, "summary", json_string(title));
	char *p = dd_asprintf("%s/%s", dir, name);
	assert_int_equal(json_dump_file(r, p, 0), 0);
	json_decref(r);
	return p;
}

static char *query_text(const char *db_path, const char *sql)
{
	dd_vdb *db = NULL;
	assert_int_equal(dd_vdb_open(&db, db_path, DD_VDB_READ), 0);
	sqlite3_stmt *st = NULL;
	assert_int_equal(sqlite3_prepare_v2(dd_vdb_sqlite(db), sql, -1, &st, NULL), SQLITE_OK);
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	dd_vdb_close(db);
	return out;
}

static void test_reimport_rules(void **s)
{
	(void)s;
	snprintf(dir, sizeof(dir), "/tmp/dd-import-XXXXXX");
	assert_non_null(mkdtemp(dir));
	char *db = dd_asprintf("%s/db", dir);
	char *fx = dd_test_data_path("vuln/last_affected.json");
	char *fx2 = dd_test_data_path("vuln/alsa_fanout.json");
	const char *paths[] = { fx, fx2 };
	dd_db_import_stats st;

	assert_int_equal(dd_db_import(db, paths, 2, &st), 0);
	assert_int_equal(st.added, 2);
	assert_int_equal(dd_db_import(db, paths, 2, &st), 0); /* idempotent */
	assert_int_equal(st.added, 0);
	assert_int_equal(st.replaced, 2);
	dd_db_summary *sum = NULL;
	assert_int_equal(dd_db_info(&sum, db), 0);
	assert_int_equal(sum->records, 2);
	assert_int_equal(sum->affected, 3);
	dd_db_summary_free(sum);

	char *v1 = write_record("a.json", "DRYDOCK-T-9", "2024-01-01T00:00:00Z", "first", "1.0.0");
	const char *p1[] = { v1 };
	assert_int_equal(dd_db_import(db, p1, 1, &st), 0);
	char *t = query_text(db, "SELECT title FROM vuln WHERE rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "first");
	free(t);
	/* newer replaces */
	char *v2 = write_record("b.json", "DRYDOCK-T-9", "2024-02-01T00:00:00Z", "second", "2.0.0");
	const char *p2[] = { v2 };
	assert_int_equal(dd_db_import(db, p2, 1, &st), 0);
	assert_int_equal(st.replaced, 1);
	t = query_text(db, "SELECT title FROM vuln WHERE rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "second");
	free(t);
	t = query_text(db, "SELECT count(*) FROM affected a JOIN vuln v ON v.id = a.vuln WHERE v.rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "1"); /* the old record's rows went with it */
	free(t);
	/* older does not */
	assert_int_equal(dd_db_import(db, p1, 1, &st), 0);
	assert_int_equal(st.kept_newer, 1);
	t = query_text(db, "SELECT title FROM vuln WHERE rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "second");
	free(t);
	/* withdrawn drops it */
	json_t *w = json_pack("{s:s, s:s, s:s}", "id", "DRYDOCK-T-9", "modified", "2024-03-01T00:00:00Z", "withdrawn",
		"2024-03-01T00:00:00Z");
	char *wp = dd_asprintf("%s/w.json", dir);
	json_dump_file(w, wp, 0);
	json_decref(w);
	const char *p3[] = { wp };
	assert_int_equal(dd_db_import(db, p3, 1, &st), 0);
	assert_int_equal(st.withdrawn, 1);
	t = query_text(db, "SELECT count(*) FROM vuln WHERE rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "0");
	free(t);

	/* a failed import changes nothing */
	char *bad = dd_test_data_path("vuln/bad.json");
	const char *p4[] = { v2, bad };
	assert_int_not_equal(dd_db_import(db, p4, 2, &st), 0);
	t = query_text(db, "SELECT count(*) FROM vuln WHERE rid = 'DRYDOCK-T-9'");
	assert_string_equal(t, "0");
	free(t);

	/* not a drydock DB: refused, never written into */
	char *other = dd_asprintf("%s/other.db", dir);
	sqlite3 *h;
	sqlite3_open(other, &h);
	sqlite3_exec(h, "CREATE TABLE x(y)", NULL, NULL, NULL);
	sqlite3_close(h);
	assert_int_equal(dd_db_import(other, paths, 1, &st), DD_ENODB);

	char *cmd = dd_asprintf("rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(other), free(bad), free(wp), free(v1), free(v2), free(fx), free(fx2), free(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_withdrawn),
		cmocka_unit_test(test_git_range_skipped),
		cmocka_unit_test(test_last_affected_and_severity),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_versions_list),
		cmocka_unit_test(test_upstream_and_debian_status),
		cmocka_unit_test(test_fanout_and_summary_severity),
		cmocka_unit_test(test_bugfix_skipped),
		cmocka_unit_test(test_bad_json),
		cmocka_unit_test(test_huge_and_hostile),
		cmocka_unit_test(test_reimport_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
