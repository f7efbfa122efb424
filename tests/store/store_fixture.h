/*
 * What every store unit test starts from: a private data directory per
 * test (setup/teardown for cmocka_unit_test_setup_teardown) and the store
 * opened in it (open_store; reopen it to see what survives a close).
 *
 * The same tests run against PostgreSQL as store/<name>@pg
 * (tests/CMakeLists.txt): DD_TEST_PG names the cluster directory
 * tests/lib/pg_cluster.sh made (its url file), setup creates a fresh
 * database per test (the test program, its pid and a counter: parallel
 * runs never share one) and open_store opens it; teardown drops it.
 */
#ifndef DD_TEST_STORE_FIXTURE_H
#define DD_TEST_STORE_FIXTURE_H

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "testutil.h"

static char dir[256];
static char store_location[1024];   /* "sqlite", or the fresh database's URL */
static char pg_db[64];

static bool store_is_pg(void)
{
	const char *e = getenv("DD_TEST_PG");
	return e && *e;
}

/* The cluster's base URL (database postgres). */
static void pg_base_url(char *out, size_t cap)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/url", getenv("DD_TEST_PG"));
	FILE *f = fopen(path, "r");
	if (!f)
		fail_msg("%s: no PostgreSQL test cluster (pg/cluster_start makes it)", path);
	if (!fgets(out, (int)cap, f))
		out[0] = '\0';
	fclose(f);
	out[strcspn(out, "\r\n")] = '\0';
}

/* The base URL with database `db` instead of postgres. */
static void pg_url_of(const char *db, char *out, size_t cap)
{
	char base[900];
	pg_base_url(base, sizeof(base));
	const char *at = strstr(base, "/postgres?");
	if (!at)
		fail_msg("unexpected cluster URL %s", base);
	snprintf(out, cap, "%.*s/%s%s", (int)(at - base), base, db, at + 9);
}

/* Runs sql on database db ("postgres": the cluster's own) through libpq. */
static void pg_sql(const char *db, const char *sql)
{
	char url[1024];
	pg_url_of(db, url, sizeof(url));
	PGconn *c = PQconnectdb(url);
	if (PQstatus(c) != CONNECTION_OK)
		fail_msg("connect %s: %s", url, PQerrorMessage(c));
	PGresult *r = PQexec(c, sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
		fail_msg("%s: %s", sql, PQerrorMessage(c));
	PQclear(r);
	PQfinish(c);
}

/* A new empty database; its URL into url. */
static void pg_new_db(char *name, size_t namecap, char *url, size_t urlcap)
{
	static unsigned counter;
	char prog[32] = "t", sql[160];
	const char *base = strrchr(__BASE_FILE__, '/');
	base = base ? base + 1 : __BASE_FILE__;
	size_t len = strlen(base) < sizeof(prog) - 1 ? strlen(base) : sizeof(prog) - 1;
	memcpy(prog, base, len);
	prog[len] = '\0';
	for (char *p = prog; *p; p++)
		if (*p == '.')
			*p = '\0';
	snprintf(name, namecap, "%s_%ld_%u", prog, (long)getpid(), counter++);
	snprintf(sql, sizeof(sql), "CREATE DATABASE \"%s\"", name);
	pg_sql("postgres", sql);
	pg_url_of(name, url, urlcap);
}

static void pg_drop_db(const char *name)
{
	char sql[160];
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", name);
	pg_sql("postgres", sql);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/dd-store-test.XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(store_location, sizeof(store_location), "sqlite");
	pg_db[0] = '\0';
	if (store_is_pg())
		pg_new_db(pg_db, sizeof(pg_db), store_location, sizeof(store_location));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[300];
	if (pg_db[0])
		pg_drop_db(pg_db);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* n items r/lib/app:t0 .. t<n-1> of a task (the caller decrefs) */
static inline json_t *items(size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		char tag[32];
		snprintf(tag, sizeof(tag), "t%zu", i);
		json_array_append_new(a, json_pack("{s:s,s:s,s:s}", "registry", "r", "repository", "lib/app", "tag", tag));
	}
	return a;
}

static dd_store *open_store(void)
{
	dd_store *s = NULL;
	if (dd_store_open(&s, store_location, dir))
		fail_msg("open: %s", dd_error_last());
	return s;
}

#endif
