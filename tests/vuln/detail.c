/*
 * Detail blobs: every kind round-trips ('r' short, 'z' before a dictionary,
 * 'd' after dd_vdb_finish trained one), the dictionary shrinks the file,
 * and a corrupt blob is an error, not a crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drydock/errors.h"
#include "testutil.h"
#include "util/str.h"
#include "vuln/db.h"
#include "vuln/detail.h"

static char *text_of(int i)
{
	return dd_asprintf("Record %d: a heap buffer overflow in the parser of package pkg%d allows remote attackers "
		"to cause a denial of service or possibly execute arbitrary code via a crafted file. Versions before "
		"%d.%d.%d are affected; upgrade to a fixed version.", i, i % 97, i % 7, i % 13, i % 5);
}

static void check_roundtrip(dd_vdb *db, int64_t id, int i)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(dd_vdb_sqlite(db), "SELECT detail FROM vuln WHERE id = ?1", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int64(s, 1, id);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	char *details = NULL;
	dd_strv refs = DD_STRV_INIT;
	assert_int_equal(dd_detail_decode(dd_vdb_codec(db), sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0),
		&details, &refs), 0);
	char *want = text_of(i);
	assert_string_equal(details, want);
	assert_int_equal(refs.count, 2);
	assert_string_equal(refs.items[1], "https://example.org/b");
	free(want);
	free(details);
	dd_strv_free(&refs);
	sqlite3_finalize(s);
}

static char kind_of(dd_vdb *db, int64_t id)
{
	sqlite3_stmt *s;
	sqlite3_prepare_v2(dd_vdb_sqlite(db), "SELECT substr(detail, 1, 1) FROM vuln WHERE id = ?1", -1, &s, NULL);
	sqlite3_bind_int64(s, 1, id);
	char k = sqlite3_step(s) == SQLITE_ROW ? (char)sqlite3_column_text(s, 0)[0] : 0;
	sqlite3_finalize(s);
	return k;
}

static void put_records(dd_vdb *db, int n)
{
	for (int i = 0; i < n; i++) {
		dd_adv a;
		dd_adv_init(&a);
		a.rid = dd_asprintf("T-%d", i);
		a.id = strdup(a.rid);
		a.source = strdup("osv:test");
		a.details = text_of(i);
		dd_strv_push(&a.refs, "https://example.org/a");
		dd_strv_push(&a.refs, "https://example.org/b");
		int outcome;
		assert_int_equal(dd_vdb_put(db, &a, 0, &outcome), 0);
		dd_adv_clear(&a);
	}
}

static void test_dictionary(void **st)
{
	(void)st;
	char dir[] = "/tmp/dd-detail-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *path = dd_asprintf("%s/db", dir);
	dd_vdb *db = NULL;
	assert_int_equal(dd_vdb_open(&db, path, DD_VDB_WRITE | DD_VDB_CREATE), 0);
	assert_int_equal(dd_vdb_begin(db), 0);
	put_records(db, 3000); /* no dictionary yet: made at finish, from the DB */
	assert_int_equal(kind_of(db, 1), 'z');
	check_roundtrip(db, 1, 0);
	assert_int_equal(dd_vdb_finish(db), 0);
	assert_int_equal(dd_vdb_commit(db), 0);
	assert_int_equal(kind_of(db, 1), 'd');
	assert_int_equal(kind_of(db, 3000), 'd');
	dd_vdb_close(db);

	/* reopened: the dictionary is found again, and new records use it */
	assert_int_equal(dd_vdb_open(&db, path, DD_VDB_READ), 0);
	check_roundtrip(db, 1, 0);
	check_roundtrip(db, 2999, 2998);
	/* corrupt blobs */
	char *d = NULL;
	dd_strv refs = DD_STRV_INIT;
	assert_int_equal(dd_detail_decode(dd_vdb_codec(db), "dxxxx", 5, &d, &refs), DD_ENODB);
	assert_int_equal(dd_detail_decode(dd_vdb_codec(db), "q", 1, &d, &refs), DD_ENODB);
	assert_int_equal(dd_detail_decode(dd_vdb_codec(db), "zABCDEFGH", 9, &d, &refs), DD_ENODB);
	assert_int_equal(dd_detail_decode(dd_vdb_codec(db), "rshort", 6, &d, &refs), 0);
	assert_string_equal(d, "short");
	free(d);
	dd_strv_free(&refs);
	dd_vdb_close(db);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	/* 3000 records of ~300 bytes of prose: the dictionary keeps them well below that */
	assert_true(sb.st_size < 3000 * 150);

	/* a second, bigger DB: trained at its finish too, every blob readable */
	char *path2 = dd_asprintf("%s/db2", dir);
	assert_int_equal(dd_vdb_open(&db, path2, DD_VDB_WRITE | DD_VDB_CREATE), 0);
	assert_int_equal(dd_vdb_begin(db), 0);
	put_records(db, 6000);
	assert_int_equal(kind_of(db, 6000), 'z');
	assert_int_equal(dd_vdb_finish(db), 0);
	assert_int_equal(kind_of(db, 1), 'd');
	check_roundtrip(db, 1, 0);
	check_roundtrip(db, 6000, 5999);
	assert_int_equal(dd_vdb_commit(db), 0);
	dd_vdb_close(db);
	free(path2);
	char *cmd = dd_asprintf("rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_dictionary) };
	return cmocka_run_group_tests(tests, NULL, NULL);
}
