/*
 * rpm analyzer: header blobs, the three rpmdb backends on databases made by
 * the real tools (tests/data/analyzers/rpmdb/make-fixtures.sh: rpm 4.18,
 * db5.3_load), compared with what `rpm -qa` listed, and the same databases
 * truncated and bit-flipped (nothing may crash, hang or invent packages).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzers/rpm_header.h"
#include "analyzers/rpmdb.h"
#include "scan/layer_result.h"
#include "testutil.h"
#include "util/budget.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_rpm;

/* ---- a tiny header writer for the parser's edge cases ---- */

typedef struct hb {
	uint8_t index[64 * 16];
	uint8_t data[8192];
	uint32_t il, dl;
} hb;

static void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static void hb_entry(hb *h, uint32_t tag, uint32_t type, uint32_t off, uint32_t count)
{
	uint8_t *e = h->index + h->il++ * 16;
	put32(e, tag);
	put32(e + 4, type);
	put32(e + 8, off);
	put32(e + 12, count);
}

static void hb_str(hb *h, uint32_t tag, const char *s)
{
	hb_entry(h, tag, 6, h->dl, 1);
	memcpy(h->data + h->dl, s, strlen(s) + 1);
	h->dl += (uint32_t)strlen(s) + 1;
}

static void hb_int(hb *h, uint32_t tag, uint32_t v)
{
	while (h->dl % 4)
		h->data[h->dl++] = 0;
	hb_entry(h, tag, 4, h->dl, 1);
	put32(h->data + h->dl, v);
	h->dl += 4;
}

static size_t hb_blob(const hb *h, uint8_t *out)
{
	put32(out, h->il);
	put32(out + 4, h->dl);
	memcpy(out + 8, h->index, h->il * 16);
	memcpy(out + 8 + h->il * 16, h->data, h->dl);
	return 8 + h->il * 16 + h->dl;
}

static void base_header(hb *h)
{
	memset(h, 0, sizeof(*h));
	hb_str(h, 1000, "bash");
	hb_str(h, 1001, "5.1.8");
	hb_str(h, 1002, "6.el9");
	hb_str(h, 1022, "x86_64");
	hb_str(h, 1044, "bash-5.1.8-6.el9.src.rpm");
	hb_str(h, 1014, "GPL-3.0-or-later");
}

static bool slice_is(dd_slice s, const char *want)
{
	return s.n == strlen(want) && memcmp(s.p, want, s.n) == 0;
}

static void test_header_fields(void **state)
{
	(void)state;
	hb h;
	uint8_t blob[16384];
	dd_rpm_header r;
	base_header(&h);
	hb_int(&h, 1003, 1);
	size_t n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), 0);
	assert_true(slice_is(r.name, "bash") && slice_is(r.version, "5.1.8") && slice_is(r.release, "6.el9"));
	assert_true(slice_is(r.arch, "x86_64") && slice_is(r.license, "GPL-3.0-or-later"));
	assert_true(r.has_epoch && r.epoch == 1);
	/* a dribble entry after the region replaces the earlier value */
	hb_str(&h, 1014, "GPL-3.0-only");
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), 0);
	assert_true(slice_is(r.license, "GPL-3.0-only"));
	/* trailing bytes after the header are tolerated */
	assert_int_equal(dd_rpm_header_parse(blob, n + 3, &r), 0);
}

static void test_header_hostile(void **state)
{
	(void)state;
	hb h;
	uint8_t blob[16384];
	dd_rpm_header r;
	base_header(&h);
	size_t n = hb_blob(&h, blob);
	/* every truncation fails cleanly */
	for (size_t k = 0; k < n; k++)
		assert_int_equal(dd_rpm_header_parse(blob, k, &r), DD_EFORMAT);
	/* counts past rpm's caps */
	uint8_t big[8];
	put32(big, 0x10000);
	put32(big + 4, 16);
	assert_int_equal(dd_rpm_header_parse(big, 8, &r), DD_EFORMAT);
	put32(big, 1);
	put32(big + 4, 0xffffffffu);
	assert_int_equal(dd_rpm_header_parse(big, 8, &r), DD_EFORMAT);
	put32(big, 0);
	assert_int_equal(dd_rpm_header_parse(big, 8, &r), DD_EFORMAT);
	/* a NAME offset past the data */
	base_header(&h);
	hb_entry(&h, 1000, 6, h.dl + 100, 1);
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), DD_EFORMAT);
	/* a string without its NUL: the last byte of the store */
	memset(&h, 0, sizeof(h));
	hb_str(&h, 1000, "x");
	h.data[h.dl - 1] = 'y';
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), DD_EFORMAT);
	/* NAME typed as an integer */
	base_header(&h);
	hb_int(&h, 1000, 7);
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), DD_EFORMAT);
	/* EPOCH misaligned or past the end */
	base_header(&h);
	hb_entry(&h, 1003, 4, 1, 1);
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), DD_EFORMAT);
	base_header(&h);
	hb_entry(&h, 1003, 4, (h.dl + 3) & ~3u, 1);
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), DD_EFORMAT);
	/* unknown tags and types we do not read are ignored */
	base_header(&h);
	hb_entry(&h, 5000, 77, 0xffffff, 0xffffff);
	n = hb_blob(&h, blob);
	assert_int_equal(dd_rpm_header_parse(blob, n, &r), 0);
}

static void test_srpm_split(void **state)
{
	(void)state;
	dd_slice n, v, r;
	const char *s = "glibc-langpack-en-2.34-60.el9.src.rpm";
	assert_true(dd_rpm_split_srpm((dd_slice){ s, strlen(s) }, &n, &v, &r));
	assert_true(slice_is(n, "glibc-langpack-en") && slice_is(v, "2.34") && slice_is(r, "60.el9"));
	s = "kernel-5.14.0-362.8.1.el9_3.nosrc.rpm";
	assert_true(dd_rpm_split_srpm((dd_slice){ s, strlen(s) }, &n, &v, &r));
	assert_true(slice_is(n, "kernel") && slice_is(r, "362.8.1.el9_3"));
	static const char *const bad[] = { "", "x.src.rpm", "a-b.src.rpm", "-1-2.src.rpm", "a--2.src.rpm",
		"a-1-2.rpm", "a-1-.src.rpm", NULL };
	for (size_t i = 0; bad[i]; i++)
		assert_false(dd_rpm_split_srpm((dd_slice){ bad[i], strlen(bad[i]) }, &n, &v, &r));
}

/* ---- the analyzer on real databases ---- */

static char *pkg_lines(const dd_layer_result *res)
{
	/* same shape as expected-*.tsv, sorted */
	char **lines = calloc(res->n_packages + 1, sizeof(char *));
	size_t total = 1;
	for (size_t i = 0; i < res->n_packages; i++) {
		const dd_package *p = &res->packages[i];
		if (asprintf(&lines[i], "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p->type, p->name, p->version, p->source_name,
			     p->source_version, p->arch ? p->arch : "", p->licenses ? p->licenses : "") < 0)
			fail();
		total += strlen(lines[i]);
	}
	for (size_t i = 0; i + 1 < res->n_packages; i++)
		for (size_t j = i + 1; j < res->n_packages; j++)
			if (strcmp(lines[i], lines[j]) > 0) {
				char *t = lines[i];
				lines[i] = lines[j];
				lines[j] = t;
			}
	char *out = malloc(total), *w = out;
	for (size_t i = 0; i < res->n_packages; i++) {
		w = stpcpy(w, lines[i]);
		free(lines[i]);
	}
	*w = '\0';
	free(lines);
	return out;
}

/* expected-*.tsv without the gpg-pubkey line rpm -qa prints */
static char *expected_without_pubkeys(const char *name)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "analyzers/rpmdb/%s", name);
	char *path = dd_test_data_path(rel);
	size_t len;
	char *text = dd_test_read_file(path, &len);
	free(path);
	assert_non_null(text);
	char *out = calloc(1, len + 1), *w = out;
	bool saw_pubkey = false;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		if (strncmp(line, "rpm\tgpg-pubkey\t", 15) == 0) {
			saw_pubkey = true;
			continue;
		}
		w += sprintf(w, "%s\n", line);
	}
	free(text);
	assert_true(saw_pubkey); /* rpm -qa does list the imported key */
	return out;
}

static uint8_t *fixture(const char *name, size_t *len)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "analyzers/rpmdb/%s", name);
	char *path = dd_test_data_path(rel);
	uint8_t *d = (uint8_t *)dd_test_read_file(path, len);
	free(path);
	assert_non_null(d);
	return d;
}

static dd_layer_result *run(const char *path, const uint8_t *data, size_t len)
{
	dd_layer_result *res = NULL;
	assert_int_equal(dd_analyzer_run_on_buffer(&res, &dd_analyzer_rpm, path, 0, data, len, NULL), 0);
	return res;
}

static void check_db(const char *file, const char *image_path, const char *expected)
{
	size_t len;
	uint8_t *db = fixture(file, &len);
	dd_layer_result *res = run(image_path, db, len);
	char *got = pkg_lines(res), *want = expected_without_pubkeys(expected);
	assert_string_equal(got, want);
	assert_false(res->incomplete);
	for (size_t i = 0; i < res->n_packages; i++) {
		assert_string_equal(res->packages[i].path, image_path);
		assert_string_equal(res->packages[i].layer, "sha256:test");
	}
	free(got);
	free(want);
	dd_layer_result_free(res);
	free(db);
}

static void test_sqlite(void **state)
{
	(void)state;
	/* rpm's file is in WAL mode (bytes 18/19 = 2): the reader must cope */
	size_t len;
	uint8_t *db = fixture("rpmdb.sqlite", &len);
	assert_int_equal(db[18], 2);
	free(db);
	check_db("rpmdb.sqlite", "var/lib/rpm/rpmdb.sqlite", "expected-sqlite.tsv");
	check_db("rpmdb.sqlite", "usr/lib/sysimage/rpm/rpmdb.sqlite", "expected-sqlite.tsv");
}

static void test_bdb(void **state)
{
	(void)state;
	check_db("Packages", "var/lib/rpm/Packages", "expected-bdb.tsv");
}

static void test_ndb(void **state)
{
	(void)state;
	/* the NDB file holds the sqlite db's header blobs */
	check_db("Packages.db", "usr/lib/sysimage/rpm/Packages.db", "expected-sqlite.tsv");
}

static void test_backend_by_magic(void **state)
{
	(void)state;
	/* a file named Packages that is really sqlite is read as sqlite */
	check_db("rpmdb.sqlite", "var/lib/rpm/Packages", "expected-sqlite.tsv");
	/* junk is a note, not packages */
	dd_layer_result *res = run("var/lib/rpm/Packages", (const uint8_t *)"not a database at all", 21);
	assert_int_equal(res->n_packages, 0);
	assert_true(res->incomplete);
	dd_layer_result_free(res);
}

static void test_wants(void **state)
{
	(void)state;
	static const char *const yes[] = { "var/lib/rpm/rpmdb.sqlite", "var/lib/rpm/Packages", "var/lib/rpm/Packages.db",
		"usr/lib/sysimage/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/Packages.db", "var/lib/rpm/rpmdb.sqlite-wal", NULL };
	static const char *const no[] = { "var/lib/rpm/Name", "var/lib/rpm/rpmdb.sqlite-shm", "var/lib/rpm/__db.001",
		"srv/var/lib/rpm/Packages", "var/lib/rpm/x/Packages", "var/lib/rpmdb.sqlite", NULL };
	for (size_t i = 0; yes[i]; i++)
		assert_true(dd_analyzer_rpm.wants(yes[i], S_IFREG | 0644, 10));
	for (size_t i = 0; no[i]; i++)
		assert_false(dd_analyzer_rpm.wants(no[i], S_IFREG | 0644, 10));
	assert_false(dd_analyzer_rpm.wants("var/lib/rpm/Packages", S_IFLNK | 0777, 10));
}

static void test_wal_note(void **state)
{
	(void)state;
	uint8_t wal[4096] = { 0x37, 0x7f, 0x06, 0x82 };
	dd_layer_result *res = run("var/lib/rpm/rpmdb.sqlite-wal", wal, 0);
	assert_false(res->incomplete);
	assert_int_equal(res->notes.count, 0);
	dd_layer_result_free(res);
	res = run("var/lib/rpm/rpmdb.sqlite-wal", wal, sizeof(wal));
	assert_true(res->incomplete);
	assert_true(res->notes.count > 0);
	assert_non_null(strstr(res->notes.items[0], "write-ahead log"));
	dd_layer_result_free(res);
}

/* NDB blobs carry a checksum: packages found in a damaged file must be
 * packages of the original (sqlite and BDB have no checksum over the blob,
 * so a flipped byte can change a name there; they only must not crash). */
static void check_subset(const dd_layer_result *res, const char *want)
{
	for (size_t i = 0; i < res->n_packages; i++) {
		const dd_package *p = &res->packages[i];
		char line[8192];
		snprintf(line, sizeof(line), "rpm\t%s\t%s\t", p->name, p->version);
		assert_non_null(strstr(want, line));
	}
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint32_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)rng;
}

static void mutate_db(const char *file, const char *image_path, int rounds, bool checksummed)
{
	char *want = expected_without_pubkeys("expected-sqlite.tsv");
	size_t len;
	uint8_t *db = fixture(file, &len);
	uint8_t *m = malloc(len);
	/* truncations on and around page/slot boundaries */
	for (size_t cut = 0; cut < len; cut += (cut < 4096 ? 61 : 997)) {
		dd_layer_result *res = run(image_path, db, cut);
		dd_layer_result_free(res);
	}
	for (int r = 0; r < rounds; r++) {
		memcpy(m, db, len);
		int flips = 1 + (int)(next_rand() % 8);
		for (int k = 0; k < flips; k++) {
			size_t at = next_rand() % len;
			/* half of the flips land in the first pages, where the
			 * structure (meta page, slots, b-tree roots) lives */
			if (next_rand() % 2)
				at %= len < 8192 ? len : 8192;
			m[at] ^= (uint8_t)(1u << (next_rand() % 8));
		}
		dd_layer_result *res = run(image_path, m, len);
		if (checksummed)
			check_subset(res, want);
		assert_true(res->n_packages <= 64);
		dd_layer_result_free(res);
	}
	free(m);
	free(db);
	free(want);
}

static void test_hostile_sqlite(void **state)
{
	(void)state;
	mutate_db("rpmdb.sqlite", "var/lib/rpm/rpmdb.sqlite", 300, false);
}

static void test_hostile_bdb(void **state)
{
	(void)state;
	mutate_db("Packages", "var/lib/rpm/Packages", 1500, false);
}

static void test_hostile_ndb(void **state)
{
	(void)state;
	mutate_db("Packages.db", "var/lib/rpm/Packages.db", 1500, true);
}

/* A bucket chain that loops back on itself ends. */
static void test_bdb_loop(void **state)
{
	(void)state;
	size_t len;
	uint8_t *db = fixture("Packages", &len);
	uint32_t pagesize = db[20] | db[21] << 8 | db[22] << 16 | (uint32_t)db[23] << 24;
	size_t loops = 0;
	for (size_t pg = 1; (pg + 1) * pagesize <= len; pg++) {
		uint8_t *p = db + pg * pagesize;
		if (p[25] == 13) {
			/* next page := itself */
			memcpy(p + 16, p + 8, 4);
			loops++;
		} else if (p[25] == 7) {
			memcpy(p + 16, p + 8, 4);
		}
	}
	assert_true(loops > 0);
	dd_layer_result *res = run("var/lib/rpm/Packages", db, len);
	assert_true(res->incomplete);
	dd_layer_result_free(res);
	free(db);
}

/* Two NDB slots pointing at one blob: the package counts once. */
static void test_ndb_shared_blob(void **state)
{
	(void)state;
	size_t len;
	uint8_t *db = fixture("Packages.db", &len);
	/* slots start at byte 32; copy the first used slot over the next free one */
	uint8_t *used = NULL, *freeslot = NULL;
	for (size_t o = 32; o + 16 <= 4096; o += 16) {
		bool empty = !db[o + 8] && !db[o + 9] && !db[o + 10] && !db[o + 11];
		if (!empty && !used)
			used = db + o;
		else if (empty && used && !freeslot)
			freeslot = db + o;
	}
	assert_non_null(used);
	assert_non_null(freeslot);
	memcpy(freeslot, used, 16);
	dd_layer_result *res = run("var/lib/rpm/Packages.db", db, len);
	char *want = expected_without_pubkeys("expected-sqlite.tsv");
	char *got = pkg_lines(res);
	assert_string_equal(got, want);
	assert_true(res->incomplete);
	free(got);
	free(want);
	dd_layer_result_free(res);
	free(db);
}

/* A header larger than the record budget's threshold comes out of SQLite's
 * overflow pages through the blob API into a claimed buffer that is given
 * back; a row that holds text instead of a blob is a bad record. */
static void test_sqlite_large_header(void **state)
{
	(void)state;
	char path[] = "/tmp/drydock-rpm-test.XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL);"
		" INSERT INTO Packages (blob) VALUES ('text, not a header')", NULL, NULL, NULL), SQLITE_OK);
	hb h;
	size_t pad = 3u << 20;
	uint8_t *big = calloc(1, 16384 + pad);
	for (int k = 0; k < 2; k++) {
		base_header(&h);
		if (k)
			hb_str(&h, 1000, "small");
		size_t n = hb_blob(&h, big);
		if (!k) {
			put32(big + 4, h.dl + (uint32_t)pad); /* data no entry points at */
			memset(big + n, 0, pad);
			n += pad;
		}
		sqlite3_stmt *st = NULL;
		assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO Packages (blob) VALUES (?)", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_blob(st, 1, big, (int)n, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	free(big);
	/* checkpointed and closed: the file is whole, and still says WAL */
	sqlite3_close(db);
	size_t len;
	uint8_t *data = (uint8_t *)dd_test_read_file(path, &len);
	unlink(path);
	assert_non_null(data);
	assert_int_equal(data[18], 2);
	dd_layer_result *res = run("var/lib/rpm/rpmdb.sqlite", data, len);
	char *got = pkg_lines(res);
	assert_non_null(strstr(got, "rpm\tbash\t5.1.8-6.el9\t"));
	assert_non_null(strstr(got, "rpm\tsmall\t5.1.8-6.el9\t"));
	assert_int_equal(res->n_packages, 2);
	assert_true(res->incomplete);
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
	free(got);
	dd_layer_result_free(res);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_fields),
		cmocka_unit_test(test_header_hostile),
		cmocka_unit_test(test_srpm_split),
		cmocka_unit_test(test_sqlite),
		cmocka_unit_test(test_bdb),
		cmocka_unit_test(test_ndb),
		cmocka_unit_test(test_backend_by_magic),
		cmocka_unit_test(test_wants),
		cmocka_unit_test(test_wal_note),
		cmocka_unit_test(test_bdb_loop),
		cmocka_unit_test(test_ndb_shared_blob),
		cmocka_unit_test(test_hostile_sqlite),
		cmocka_unit_test(test_hostile_bdb),
		cmocka_unit_test(test_hostile_ndb),
		cmocka_unit_test(test_sqlite_large_header),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
