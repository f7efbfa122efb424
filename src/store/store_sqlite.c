/*
 * The embedded store: one SQLite file (data_dir/drydock-store.db) in WAL
 * mode, so that readers never wait for the writer and a `token create` in
 * another process works while the service runs. One connection per
 * process behind a mutex: the service's writes are small, and a state
 * change is BEGIN IMMEDIATE ... COMMIT, so a kill -9 at any point leaves
 * either the old or the new state.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "store/store.h"
#include "store/store_json.h"
#include "store/store_sqlite.h"

#define REPORT_MAX (512u << 20)

typedef struct sq_store {
	dd_store base;
	sqlite3 *db;
	pthread_mutex_t lock;
	char path[4096];
} sq_store;

static int sq_err(sq_store *s, int code, const char *what)
{
	return dd_store_error(code, "store %s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

/* Binds the arguments of fmt: s = string (NULL binds NULL), i = int64, I =
 * int64 with 0 as NULL,
 * b = blob (pointer, size_t length). */
static int bindv(sqlite3_stmt *st, const char *fmt, va_list ap)
{
	for (int i = 0; fmt[i]; i++) {
		int rc = SQLITE_OK;
		if (fmt[i] == 's') {
			const char *v = va_arg(ap, const char *);
			rc = v ? sqlite3_bind_text(st, i + 1, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i + 1);
		} else if (fmt[i] == 'i') {
			rc = sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t));
		} else if (fmt[i] == 'I') {   /* an id: 0 binds NULL */
			int64_t v = va_arg(ap, int64_t);
			rc = v ? sqlite3_bind_int64(st, i + 1, v) : sqlite3_bind_null(st, i + 1);
		} else if (fmt[i] == 'b') {
			const void *p = va_arg(ap, const void *);
			size_t n = va_arg(ap, size_t);
			rc = sqlite3_bind_blob64(st, i + 1, p, n, SQLITE_TRANSIENT);
		}
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

static int prepv(sq_store *s, sqlite3_stmt **st, const char *sql, const char *fmt, va_list ap)
{
	if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK)
		return sq_err(s, DD_EIO, "prepare");
	int rc = bindv(*st, fmt, ap);
	if (rc != SQLITE_OK) {
		sqlite3_finalize(*st);
		*st = NULL;
		return sq_err(s, DD_EIO, "bind");
	}
	return 0;
}

static int prep(sq_store *s, sqlite3_stmt **st, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = prepv(s, st, sql, fmt, ap);
	va_end(ap);
	return rc;
}

/* Runs one statement to its end; *changes the rows it changed. */
static int runv(sq_store *s, int *changes, const char *sql, const char *fmt, va_list ap)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return sq_err(s, DD_EIO, "prepare");
	int rc = bindv(st, fmt, ap);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
		rc = SQLITE_OK;
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		if (rc == SQLITE_CONSTRAINT)
			return dd_store_error(DD_EINVAL, "store: already exists");
		return sq_err(s, DD_EIO, "write");
	}
	if (changes)
		*changes = sqlite3_changes(s->db);
	return 0;
}

static int run(sq_store *s, int *changes, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = runv(s, changes, sql, fmt, ap);
	va_end(ap);
	return rc;
}

static int begin(sq_store *s)
{
	return sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK ? 0 : sq_err(s, DD_EIO, "begin");
}

/* COMMIT when rc is 0, else ROLLBACK; returns rc (or the commit's error) */
static int end(sq_store *s, int rc)
{
	if (rc == 0 && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = sq_err(s, DD_EIO, "commit");
	if (rc)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* The current row as an object keyed by column names (NULL columns left out). */
static json_t *row_json(sqlite3_stmt *st)
{
	json_t *o = json_object();
	int n = sqlite3_column_count(st);
	for (int i = 0; o && i < n; i++) {
		const char *name = sqlite3_column_name(st, i);
		json_t *v = NULL;
		switch (sqlite3_column_type(st, i)) {
		case SQLITE_INTEGER: {
			sqlite3_int64 x = sqlite3_column_int64(st, i);
			v = dd_store_bool_column(name) ? json_boolean(x) : json_integer(x);
			break;
		}
		case SQLITE_TEXT: {
			const char *t = (const char *)sqlite3_column_text(st, i);
			if (dd_store_json_column(name))
				v = json_loads(t, 0, NULL);
			if (!v)
				v = json_string(t);
			if (!strcmp(name, "scanners_list"))
				name = "scanners";
			break;
		}
		default:
			continue;
		}
		if (v)
			json_object_set_new(o, name, v);
	}
	return o;
}

/* Every row of the statement into an array (finalizes it). */
static int rows_json(sq_store *s, sqlite3_stmt *st, json_t **out)
{
	json_t *a = json_array();
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, row_json(st));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return sq_err(s, DD_EIO, "read");
	}
	*out = a;
	return 0;
}

/* A page of rows by id: sql takes (after, limit). */
static int list_page(sq_store *s, const char *sql, int64_t after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, sql, "ii", after, (int64_t)limit);
	return rc ? rc : rows_json(s, st, out);
}

/* One row into an object; DD_ENOTFOUND when none (finalizes). */
static int row_one(sq_store *s, sqlite3_stmt *st, json_t **out, const char *what)
{
	int rc = sqlite3_step(st);
	*out = NULL;
	if (rc == SQLITE_ROW)
		*out = row_json(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return dd_store_error(DD_ENOTFOUND, "%s not found", what);
	return sq_err(s, DD_EIO, "read");
}

static int64_t one_int(sq_store *s, const char *sql, const char *fmt, ...)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	bindv(st, fmt, ap);
	va_end(ap);
	int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}

/* ---- open, migrate ---- */

static bool sq_handles(const char *location)
{
	return !strcmp(location, "sqlite");
}

static int migrate(sq_store *s)
{
	int have = (int)one_int(s, "PRAGMA user_version", "");
	int n = 0;
	while (dd_store_sqlite_migrations[n])
		n++;
	if (have > n)
		return dd_store_error(DD_EUNSUPPORTED, "store %s has schema %d, this drydock knows %d: upgrade drydock",
			s->path, have, n);
	for (int v = have; v < n; v++) {
		int rc = begin(s);
		if (rc)
			return rc;
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		/* another process may have migrated while we waited for the lock */
		if (one_int(s, "PRAGMA user_version", "") > v) {
			end(s, 0);
			continue;
		}
		if (sqlite3_exec(s->db, dd_store_sqlite_migrations[v], NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(s->db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
			char what[64];
			snprintf(what, sizeof(what), "migration %d", v + 1);
			return end(s, sq_err(s, DD_EIO, what));
		}
		if ((rc = end(s, 0)) != 0)
			return rc;
	}
	return 0;
}

static void sq_close(dd_store *base)
{
	sq_store *s = (sq_store *)base;
	if (!s)
		return;
	sqlite3_close(s->db);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

static int sq_open(dd_store **out, const char *location, const char *data_dir)
{
	*out = NULL;
	if (!data_dir || !*data_dir)
		return dd_store_error(DD_EINVAL, "store: no data_dir");
	sq_store *s = calloc(1, sizeof(*s));
	if (!s)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	s->base.be = &dd_store_sqlite;
	pthread_mutex_init(&s->lock, NULL);
	int n = snprintf(s->path, sizeof(s->path), "%s/drydock-store.db", data_dir);
	int rc = 0;
	if (n < 0 || (size_t)n >= sizeof(s->path)) {
		rc = dd_store_error(DD_EINVAL, "store: data_dir path too long");
		goto fail;
	}
	mkdir(data_dir, 0700);   /* the first start; an existing one is fine */
	if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = dd_store_error(DD_EIO, "store %s: cannot open: %s (is data_dir writable?)", s->path,
			s->db ? sqlite3_errmsg(s->db) : "out of memory");
		goto fail;
	}
	chmod(s->path, 0600);
	sqlite3_busy_timeout(s->db, 10000);
	if (sqlite3_exec(s->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
		NULL, NULL, NULL) != SQLITE_OK) {
		rc = sq_err(s, DD_EIO, "WAL mode");
		goto fail;
	}
	if ((rc = migrate(s)) != 0)
		goto fail;
	*out = &s->base;
	return 0;
fail:
	sq_close(&s->base);
	return rc;
}

#define LOCKED(s, expr) \
	do { \
		pthread_mutex_lock(&(s)->lock); \
		int rc_ = (expr); \
		pthread_mutex_unlock(&(s)->lock); \
		return rc_; \
	} while (0)
#define SQ(base) sq_store *s = (sq_store *)(base)

static int sq_ping(dd_store *base)
{
	SQ(base);
	pthread_mutex_lock(&s->lock);
	int64_t v = one_int(s, "SELECT count(*) FROM sqlite_master", "");
	pthread_mutex_unlock(&s->lock);
	return v < 0 ? sq_err(s, DD_EIO, "ping") : 0;
}

static int recover_locked(sq_store *s, size_t *requeued)
{
	char now[32];
	int n = 0, rc;
	dd_store_time(0, now);
	if ((rc = begin(s)) != 0)
		return rc;
	rc = run(s, &n, "UPDATE task_items SET state = 'queued', started_at = NULL WHERE state = 'running' AND "
		"task IN (SELECT id FROM tasks WHERE state IN ('queued', 'running'))", "");
	if (!rc)
		rc = run(s, NULL, "UPDATE task_items SET state = 'canceled', finished_at = ? WHERE state = 'running'", "s", now);
	*requeued = (size_t)n;
	return end(s, rc);
}

static int sq_recover(dd_store *base, size_t *requeued)
{
	SQ(base);
	LOCKED(s, recover_locked(s, requeued));
}

/* ---- tokens ---- */

static int token_add_locked(sq_store *s, const char *name, const char *role, const char *hash)
{
	char now[32];
	dd_store_time(0, now);
	int rc = run(s, NULL, "INSERT INTO tokens(name, role, hash, created_at) VALUES (?, ?, ?, ?)", "ssss",
		name, role, hash, now);
	if (rc == DD_EINVAL)
		return dd_store_error(DD_EINVAL, "a token named '%s' exists already: choose another name", name);
	return rc;
}

static int sq_token_add(dd_store *base, const char *name, const char *role, const char *hash)
{
	SQ(base);
	LOCKED(s, token_add_locked(s, name, role, hash));
}

static int token_role_locked(sq_store *s, const char *hash, char *role, size_t cap)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT role FROM tokens WHERE hash = ?", "s", hash);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(role, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? dd_store_error(DD_ENOTFOUND, "unknown token") : sq_err(s, DD_EIO, "token");
}

static int sq_token_role(dd_store *base, const char *hash, char *role, size_t cap)
{
	SQ(base);
	LOCKED(s, token_role_locked(s, hash, role, cap));
}

/* ---- registries ---- */

#define REG_COLS \
	"name, url, type, username, password_env, authfile, plain_http, speed_limit, secret, created_at, updated_at, " \
	"api_url, api_token_env"

static int registry_put_locked(sq_store *s, json_t *r, bool create)
{
	char now[32];
	dd_store_time(0, now);
	const char *name = jstr(r, "name");
	int n = 0, rc;
	if (create) {
		rc = run(s, &n, "INSERT INTO registries(" REG_COLS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			"ssssssiisssss", name, jstr(r, "url"), jstr(r, "type"), jstr(r, "username"), jstr(r, "password_env"),
			jstr(r, "authfile"), jbool(r, "plain_http"), jint(r, "speed_limit"), jstr(r, "secret"), now, now,
			jstr(r, "api_url"), jstr(r, "api_token_env"));
		if (rc == DD_EINVAL)
			return dd_store_error(DD_EINVAL, "registry '%s' exists already", name);
		return rc;
	}
	rc = run(s, &n, "UPDATE registries SET url = ?, type = ?, username = ?, password_env = ?, authfile = ?, "
		"plain_http = ?, speed_limit = ?, secret = COALESCE(?, secret), updated_at = ?, api_url = ?, api_token_env = ? "
		"WHERE name = ?", "sssssiisssss",
		jstr(r, "url"), jstr(r, "type"), jstr(r, "username"), jstr(r, "password_env"), jstr(r, "authfile"),
		jbool(r, "plain_http"), jint(r, "speed_limit"), jstr(r, "secret"), now, jstr(r, "api_url"),
		jstr(r, "api_token_env"), name);
	if (!rc && !n)
		return dd_store_error(DD_ENOTFOUND, "registry '%s' not found", name);
	return rc;
}

static int sq_registry_put(dd_store *base, json_t *r, bool create)
{
	SQ(base);
	LOCKED(s, registry_put_locked(s, r, create));
}

static int registry_get_locked(sq_store *s, const char *name, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " REG_COLS " FROM registries WHERE name = ?", "s", name);
	return rc ? rc : row_one(s, st, out, "registry");
}

static int sq_registry_get(dd_store *base, const char *name, json_t **out)
{
	SQ(base);
	LOCKED(s, registry_get_locked(s, name, out));
}

static int registry_list_locked(sq_store *s, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " REG_COLS " FROM registries ORDER BY name LIMIT 10000", "");
	return rc ? rc : rows_json(s, st, out);
}

static int sq_registry_list(dd_store *base, json_t **out)
{
	SQ(base);
	LOCKED(s, registry_list_locked(s, out));
}

static int registry_delete_locked(sq_store *s, const char *name)
{
	int n = 0;
	int rc = run(s, &n, "DELETE FROM registries WHERE name = ?", "s", name);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "registry '%s' not found", name) : rc;
}

static int sq_registry_delete(dd_store *base, const char *name)
{
	SQ(base);
	LOCKED(s, registry_delete_locked(s, name));
}

/* ---- rules ---- */

#define RULE_COLS "id, name, registry, namespace, repository, tag_regex, on_push, cycle, time_range_days, " \
	"retention_days, scanners AS scanners_list, notifiers, created_at, updated_at"

static int rule_put_locked(sq_store *s, int64_t *id, json_t *r)
{
	char now[32];
	dd_store_time(0, now);
	char *scanners = jdump(r, "scanners"), *notifiers = jdump(r, "notifiers");
	const char *cycle = jstr(r, "cycle");
	int n = 0, rc;
	if (!*id) {
		rc = run(s, &n, "INSERT INTO rules(name, registry, namespace, repository, tag_regex, on_push, cycle, "
			"time_range_days, retention_days, scanners, notifiers, created_at, updated_at) "
			"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "sssssisiissss",
			jstr(r, "name"), jstr(r, "registry"), jstr(r, "namespace"), jstr(r, "repository"), jstr(r, "tag_regex"),
			jbool(r, "on_push"), cycle ? cycle : "off", jint(r, "time_range_days"), jint(r, "retention_days"),
			scanners, notifiers, now, now);
		if (!rc)
			*id = sqlite3_last_insert_rowid(s->db);
	} else {
		rc = run(s, &n, "UPDATE rules SET name = ?, registry = ?, namespace = ?, repository = ?, tag_regex = ?, "
			"on_push = ?, cycle = ?, time_range_days = ?, retention_days = ?, scanners = ?, notifiers = ?, "
			"updated_at = ? WHERE id = ?", "sssssisiisssi",
			jstr(r, "name"), jstr(r, "registry"), jstr(r, "namespace"), jstr(r, "repository"), jstr(r, "tag_regex"),
			jbool(r, "on_push"), cycle ? cycle : "off", jint(r, "time_range_days"), jint(r, "retention_days"),
			scanners, notifiers, now, *id);
		if (!rc && !n)
			rc = dd_store_error(DD_ENOTFOUND, "rule %lld not found", (long long)*id);
	}
	free(scanners);
	free(notifiers);
	return rc;
}

static int sq_rule_put(dd_store *base, int64_t *id, json_t *r)
{
	SQ(base);
	LOCKED(s, rule_put_locked(s, id, r));
}

static int rule_get_locked(sq_store *s, int64_t id, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " RULE_COLS " FROM rules WHERE id = ?", "i", id);
	return rc ? rc : row_one(s, st, out, "rule");
}

static int sq_rule_get(dd_store *base, int64_t id, json_t **out)
{
	SQ(base);
	LOCKED(s, rule_get_locked(s, id, out));
}

static int sq_rule_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	SQ(base);
	LOCKED(s, list_page(s, "SELECT " RULE_COLS " FROM rules WHERE id > ? ORDER BY id LIMIT ?", after, limit, out));
}

static int rule_delete_locked(sq_store *s, int64_t id)
{
	int n = 0;
	int rc = run(s, &n, "DELETE FROM rules WHERE id = ?", "i", id);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "rule %lld not found", (long long)id) : rc;
}

static int sq_rule_delete(dd_store *base, int64_t id)
{
	SQ(base);
	LOCKED(s, rule_delete_locked(s, id));
}

/* ---- tasks ---- */

#define TASK_COLS "id, kind, state, rule, chain, scan_task, image, total, done, failed, created_at, started_at, finished_at"
#define ITEM_COLS "id, registry, repository, tag, digest, step, state, error, attempts, started_at, finished_at"

/* inside a transaction */
static int task_insert(sq_store *s, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	char now[32];
	dd_store_time(0, now);
	size_t n = json_array_size(items);
	int rc = run(s, NULL, "INSERT INTO tasks(kind, state, rule, scanners, deadline, total, done, failed, created_at, "
		"finished_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", "ssIiiiss", kind,
		n ? DD_STATE_QUEUED : DD_STATE_SUCCEEDED, rule, (int64_t)scanners, deadline, (int64_t)n, now, n ? NULL : now);
	if (!rc)
		*id = sqlite3_last_insert_rowid(s->db);
	sqlite3_stmt *st = NULL;
	if (!rc)
		rc = prep(s, &st, "INSERT INTO task_items(task, registry, repository, tag, digest, step, state) VALUES (?, ?, ?, ?, ?, ?, 'queued')", "");
	for (size_t i = 0; !rc && i < n; i++) {
		json_t *it = json_array_get(items, i);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, *id);
		sqlite3_bind_text(st, 2, jstr(it, "registry"), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, jstr(it, "repository"), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, jstr(it, "tag"), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, jstr(it, "digest"), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 6, jstr(it, "step"), -1, SQLITE_TRANSIENT);   /* a chain task's step; NULL: a scan */
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = sq_err(s, DD_EIO, "task item");
	}
	sqlite3_finalize(st);
	return rc;
}

static int task_create_locked(sq_store *s, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	int rc = begin(s);
	return rc ? rc : end(s, task_insert(s, kind, rule, scanners, items, deadline, id));
}

static int sq_task_create(dd_store *base, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	SQ(base);
	LOCKED(s, task_create_locked(s, kind, rule, scanners, items, deadline, id));
}

static int task_get_locked(sq_store *s, int64_t id, int64_t after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " TASK_COLS " FROM tasks WHERE id = ?", "i", id);
	if (rc || (rc = row_one(s, st, out, "task")) != 0)
		return rc;
	json_t *items = NULL;
	if ((rc = prep(s, &st, "SELECT " ITEM_COLS " FROM task_items WHERE task = ? AND id > ? ORDER BY id LIMIT ?", "iii",
		id, after, (int64_t)limit)) != 0 || (rc = rows_json(s, st, &items)) != 0) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	json_object_set_new(*out, "items", items);
	return 0;
}

static int sq_task_get(dd_store *base, int64_t id, int64_t after, size_t limit, json_t **out)
{
	SQ(base);
	LOCKED(s, task_get_locked(s, id, after, limit, out));
}

static int sq_task_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	SQ(base);
	LOCKED(s, list_page(s, "SELECT " TASK_COLS " FROM tasks WHERE id > ? ORDER BY id LIMIT ?", after, limit, out));
}

/* Ends a task in state `to` when it is still open: its queued items end
 * `to` as well, except at the task's deadline (timed_out), where they end
 * `skipped` with the reason, in the item and in the task log: they never
 * started, so they did not fail. Running items see the state and stop. */
static int close_task(sq_store *s, int64_t id, const char *to, int *closed)
{
	char now[32];
	dd_store_time(0, now);
	int n = 0, rc = 0;
	bool timed_out = !strcmp(to, DD_STATE_TIMED_OUT);
	const char *why = "not started: the task reached max_task_duration";
	if (timed_out)
		rc = run(s, NULL, "INSERT INTO task_logs(task, at, image, step, message) SELECT task, ?, "
			"registry || '/' || repository || ':' || tag, 'skipped', ? FROM task_items WHERE task = ? AND "
			"state = 'queued' ORDER BY id", "ssi", now, why, id);
	if (!rc)
		rc = run(s, &n, "UPDATE task_items SET state = ?, error = ?, finished_at = ? WHERE task = ? AND state = 'queued'",
			"sssi", timed_out ? DD_STATE_SKIPPED : to, timed_out ? why : NULL, now, id);
	if (!rc)
		rc = run(s, NULL, "UPDATE tasks SET done = done + ? WHERE id = ?", "ii", (int64_t)n, id);
	if (!rc)
		rc = run(s, closed, "UPDATE tasks SET state = ?, finished_at = ? WHERE id = ? AND state IN ('queued', 'running')",
			"ssi", to, now, id);
	return rc;
}

static int task_cancel_locked(sq_store *s, int64_t id)
{
	int64_t known = one_int(s, "SELECT count(*) FROM tasks WHERE id = ?", "i", id);
	if (known <= 0)
		return dd_store_error(DD_ENOTFOUND, "task %lld not found", (long long)id);
	int closed = 0, rc = begin(s);
	if (rc)
		return rc;
	rc = close_task(s, id, DD_STATE_CANCELED, &closed);
	if (!rc && !closed)
		rc = dd_store_error(DD_EINVAL, "task %lld has already finished", (long long)id);
	return end(s, rc);
}

static int sq_task_cancel(dd_store *base, int64_t id)
{
	SQ(base);
	LOCKED(s, task_cancel_locked(s, id));
}

static int task_state_locked(sq_store *s, int64_t id, char *state, size_t cap)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT state FROM tasks WHERE id = ?", "i", id);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		snprintf(state, cap, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : dd_store_error(DD_ENOTFOUND, "task %lld not found", (long long)id);
}

static int sq_task_state(dd_store *base, int64_t id, char *state, size_t cap)
{
	SQ(base);
	LOCKED(s, task_state_locked(s, id, state, cap));
}

static int task_expire_locked(sq_store *s, int64_t now, size_t *expired)
{
	sqlite3_stmt *st;
	int64_t ids[64];
	size_t n = 0;
	int rc = prep(s, &st, "SELECT id FROM tasks WHERE state IN ('queued', 'running') AND deadline > 0 AND deadline <= ? "
		"LIMIT 64", "i", now);
	if (rc)
		return rc;
	while (n < 64 && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	*expired = n;
	if (!n)
		return 0;
	if ((rc = begin(s)) != 0)
		return rc;
	for (size_t i = 0; !rc && i < n; i++)
		rc = close_task(s, ids[i], DD_STATE_TIMED_OUT, NULL);
	return end(s, rc);
}

static int sq_task_expire(dd_store *base, int64_t now, size_t *expired)
{
	SQ(base);
	LOCKED(s, task_expire_locked(s, now, expired));
}

static int task_log_add_locked(sq_store *s, int64_t task, const char *image, const char *step, const char *msg)
{
	char now[32];
	dd_store_time(0, now);
	return run(s, NULL, "INSERT INTO task_logs(task, at, image, step, message) VALUES (?, ?, ?, ?, ?)", "issss",
		task, now, image, step, msg);
}

static int sq_task_log_add(dd_store *base, int64_t task, const char *image, const char *step, const char *msg)
{
	SQ(base);
	LOCKED(s, task_log_add_locked(s, task, image, step, msg));
}

static int task_log_locked(sq_store *s, int64_t task, int64_t after, size_t limit, json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT id, at, image, step, message FROM task_logs WHERE task = ? AND id > ? ORDER BY id LIMIT ?",
		"iii", task, after, (int64_t)limit);
	return rc ? rc : rows_json(s, st, out);
}

static int sq_task_log(dd_store *base, int64_t task, int64_t after, size_t limit, json_t **out)
{
	SQ(base);
	LOCKED(s, task_log_locked(s, task, after, limit, out));
}

/* ---- items ---- */

static void col_copy(sqlite3_stmt *st, int i, char *dst, size_t cap)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	snprintf(dst, cap, "%s", t ? t : "");
}

/* The queued items a claim may take, best first: a chain task's steps come
 * before every scan (they are short, and a verdict's block must not wait
 * behind a long queue), and a step only once every earlier step of its
 * task has ended (steps run in order, never two at once); then the scans,
 * oldest first. */
static const char *const claim_where[] = {
	"i.state = 'queued' AND i.step IS NOT NULL AND t.state IN ('queued', 'running') AND NOT EXISTS (SELECT 1 FROM "
	"task_items p WHERE p.task = i.task AND p.id < i.id AND p.state IN ('queued', 'running')) ORDER BY i.id LIMIT 1",
	"i.state = 'queued' AND i.step IS NULL AND t.state IN ('queued', 'running') ORDER BY i.id LIMIT 1",
};

static int item_claim_locked(sq_store *s, dd_store_item *out)
{
	char now[32], sql[800];
	dd_store_time(0, now);
	int rc = begin(s), step = SQLITE_DONE;
	if (rc)
		return rc;
	for (size_t q = 0; q < sizeof(claim_where) / sizeof(claim_where[0]) && step == SQLITE_DONE; q++) {
		sqlite3_stmt *st;
		snprintf(sql, sizeof(sql), "SELECT i.id, i.task, i.registry, i.repository, i.tag, i.digest, t.scanners, "
			"t.deadline, i.attempts, t.kind, i.step FROM task_items i JOIN tasks t ON t.id = i.task WHERE %s",
			claim_where[q]);
		if ((rc = prep(s, &st, sql, "")) != 0)
			return end(s, rc);
		step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			memset(out, 0, sizeof(*out));
			out->id = sqlite3_column_int64(st, 0);
			out->task = sqlite3_column_int64(st, 1);
			col_copy(st, 2, out->registry, sizeof(out->registry));
			col_copy(st, 3, out->repository, sizeof(out->repository));
			col_copy(st, 4, out->tag, sizeof(out->tag));
			col_copy(st, 5, out->digest, sizeof(out->digest));
			out->scanners = (unsigned)sqlite3_column_int64(st, 6);
			out->task_deadline = sqlite3_column_int64(st, 7);
			out->attempts = (int)sqlite3_column_int64(st, 8) + 1;
			col_copy(st, 9, out->kind, sizeof(out->kind));
			col_copy(st, 10, out->step, sizeof(out->step));
		}
		sqlite3_finalize(st);
	}
	if (step == SQLITE_DONE)
		return end(s, DD_ITEROVER);
	if (step != SQLITE_ROW)
		return end(s, sq_err(s, DD_EIO, "claim"));
	rc = run(s, NULL, "UPDATE task_items SET state = 'running', attempts = attempts + 1, started_at = ? WHERE id = ?",
		"si", now, out->id);
	if (!rc)
		rc = run(s, NULL, "UPDATE tasks SET state = 'running', started_at = COALESCE(started_at, ?) WHERE id = ? AND "
			"state = 'queued'", "si", now, out->task);
	return end(s, rc);
}

static int sq_item_claim(dd_store *base, dd_store_item *out)
{
	SQ(base);
	LOCKED(s, item_claim_locked(s, out));
}

static bool failed_state(const char *st)
{
	return !strcmp(st, DD_STATE_FAILED) || !strcmp(st, DD_STATE_TIMED_OUT);
}

static int item_finish_locked(sq_store *s, int64_t item, const char *state, const char *digest, int64_t scan,
	const char *error)
{
	char now[32];
	dd_store_time(0, now);
	int64_t task = one_int(s, "SELECT task FROM task_items WHERE id = ?", "i", item);
	if (task <= 0)
		return dd_store_error(DD_ENOTFOUND, "task item %lld not found", (long long)item);
	int n = 0, rc = begin(s);
	if (rc)
		return rc;
	/* only a running item ends here: a finish that comes twice counts once */
	rc = run(s, &n, "UPDATE task_items SET state = ?, digest = COALESCE(?, digest), scan = ?, error = ?, "
		"finished_at = ? WHERE id = ? AND state = 'running'", "ssIssi", state, digest, scan > 0 ? scan : 0, error, now, item);
	if (!rc && n)
		rc = run(s, NULL, "UPDATE tasks SET done = done + 1, failed = failed + ? WHERE id = ?", "ii",
			(int64_t)failed_state(state), task);
	if (!rc && n)
		rc = run(s, NULL, "UPDATE tasks SET state = CASE WHEN failed > 0 THEN 'failed' ELSE 'succeeded' END, "
			"finished_at = ? WHERE id = ? AND state IN ('queued', 'running') AND NOT EXISTS "
			"(SELECT 1 FROM task_items WHERE task = ? AND state IN ('queued', 'running'))", "sii", now, task, task);
	return end(s, rc);
}

static int sq_item_finish(dd_store *base, int64_t item, const char *state, const char *digest, int64_t scan,
	const char *error)
{
	SQ(base);
	LOCKED(s, item_finish_locked(s, item, state, digest, scan, error));
}

static int sq_item_requeue(dd_store *base, int64_t item)
{
	SQ(base);
	LOCKED(s, run(s, NULL, "UPDATE task_items SET state = 'queued', started_at = NULL WHERE id = ? AND state = 'running'",
		"i", item));
}

static int queue_depth_locked(sq_store *s, int64_t *queued, int64_t *running)
{
	*queued = one_int(s, "SELECT count(*) FROM task_items WHERE state = 'queued'", "");
	*running = one_int(s, "SELECT count(*) FROM task_items WHERE state = 'running'", "");
	return *queued < 0 || *running < 0 ? sq_err(s, DD_EIO, "queue depth") : 0;
}

static int sq_queue_depth(dd_store *base, int64_t *queued, int64_t *running)
{
	SQ(base);
	LOCKED(s, queue_depth_locked(s, queued, running));
}

/* ---- images ---- */

static int image_put_locked(sq_store *s, const char *registry, const char *repository, const char *tag,
	const char *digest, const char *pushed_at, int64_t scan)
{
	char now[32];
	dd_store_time(0, now);
	return run(s, NULL, "INSERT INTO images(registry, repository, tag, digest, pushed_at, scan, updated_at) "
		"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(registry, repository, tag) DO UPDATE SET "
		"scan = CASE WHEN excluded.scan > 0 THEN excluded.scan WHEN excluded.digest IS NOT NULL AND "
		"excluded.digest IS NOT images.digest THEN NULL ELSE images.scan END, "
		"digest = COALESCE(excluded.digest, images.digest), pushed_at = COALESCE(excluded.pushed_at, images.pushed_at), "
		"updated_at = excluded.updated_at", "sssssIs", registry, repository, tag, digest, pushed_at,
		scan > 0 ? scan : 0, now);
}

static int sq_image_put(dd_store *base, const char *registry, const char *repository, const char *tag,
	const char *digest, const char *pushed_at, int64_t scan)
{
	SQ(base);
	LOCKED(s, image_put_locked(s, registry, repository, tag, digest, pushed_at, scan));
}

static int image_list_locked(sq_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, i.pushed_at, i.updated_at, "
		"s.scanned_at, s.complete FROM images i LEFT JOIN scans s ON s.id = i.scan WHERE i.id > ? AND "
		"(? IS NULL OR i.registry = ?) AND (? IS NULL OR i.repository = ?) ORDER BY i.id LIMIT ?", "issssi",
		after, registry, registry, repository, repository, (int64_t)limit);
	return rc ? rc : rows_json(s, st, out);
}

static int sq_image_list(dd_store *base, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out)
{
	SQ(base);
	LOCKED(s, image_list_locked(s, registry, repository, after, limit, out));
}

static int image_get_locked(sq_store *s, const char *registry, const char *repository, const char *tag, json_t **out)
{
	sqlite3_stmt *st;
	json_t *img = NULL, *item = NULL;
	int rc = prep(s, &st, "SELECT digest, pushed_at, scan FROM images WHERE registry = ? AND repository = ? AND tag = ?",
		"sss", registry, repository, tag);
	if (rc)
		return rc;
	rc = row_one(s, st, &img, "image");
	if (rc && rc != DD_ENOTFOUND)
		return rc;
	int rc2 = prep(s, &st, "SELECT state AS item_state, error AS item_error, digest AS item_digest FROM task_items "
		"WHERE registry = ? AND repository = ? AND tag = ? AND step IS NULL AND task NOT IN (SELECT id FROM tasks WHERE kind = 'fix') "
		"ORDER BY id DESC LIMIT 1", "sss", registry, repository, tag);
	if (!rc2)
		rc2 = row_one(s, st, &item, "image");
	if (rc2 && rc2 != DD_ENOTFOUND) {
		json_decref(img);
		return rc2;
	}
	return dd_store_image_merge(img, item, registry, repository, tag, out);
}

static int sq_image_get(dd_store *base, const char *registry, const char *repository, const char *tag, json_t **out)
{
	SQ(base);
	LOCKED(s, image_get_locked(s, registry, repository, tag, out));
}

/* ---- scans ---- */

#define SCAN_COLS "id, key, digest, scanners, complete, db_built_at, scanned_at, summary, report"

static int scan_row(sq_store *s, sqlite3_stmt *st, dd_store_scan *out, const char *what)
{
	int step = sqlite3_step(st), rc = 0;
	memset(out, 0, sizeof(*out));
	if (step == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		col_copy(st, 1, out->key, sizeof(out->key));
		col_copy(st, 2, out->digest, sizeof(out->digest));
		out->scanners = (unsigned)sqlite3_column_int64(st, 3);
		out->complete = sqlite3_column_int64(st, 4) != 0;
		col_copy(st, 5, out->db_built_at, sizeof(out->db_built_at));
		col_copy(st, 6, out->scanned_at, sizeof(out->scanned_at));
		const char *sum = (const char *)sqlite3_column_text(st, 7);
		out->summary = sum ? strdup(sum) : NULL;
		rc = dd_store_decompress(sqlite3_column_blob(st, 8), (size_t)sqlite3_column_bytes(st, 8), REPORT_MAX,
			&out->report, &out->report_len);
	} else if (step == SQLITE_DONE) {
		rc = dd_store_error(DD_ENOTFOUND, "%s not found", what);
	} else {
		rc = sq_err(s, DD_EIO, "scan");
	}
	sqlite3_finalize(st);
	if (rc)
		dd_store_scan_clear(out);
	return rc;
}

static int scan_find_locked(sq_store *s, const char *key, dd_store_scan *out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " SCAN_COLS " FROM scans WHERE key = ?", "s", key);
	return rc ? rc : scan_row(s, st, out, "scan");
}

static int sq_scan_find(dd_store *base, const char *key, dd_store_scan *out)
{
	SQ(base);
	LOCKED(s, scan_find_locked(s, key, out));
}

static int scan_get_locked(sq_store *s, int64_t id, dd_store_scan *out)
{
	sqlite3_stmt *st;
	int rc = prep(s, &st, "SELECT " SCAN_COLS " FROM scans WHERE id = ?", "i", id);
	return rc ? rc : scan_row(s, st, out, "scan");
}

static int sq_scan_get(dd_store *base, int64_t id, dd_store_scan *out)
{
	SQ(base);
	LOCKED(s, scan_get_locked(s, id, out));
}

static int scan_put_locked(sq_store *s, const dd_store_scan *in, int64_t *id, const void *blob, size_t blen)
{
	int rc = run(s, NULL, "INSERT INTO scans(key, digest, scanners, complete, db_built_at, scanned_at, summary, report) "
		"VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET complete = excluded.complete, "
		"db_built_at = excluded.db_built_at, scanned_at = excluded.scanned_at, summary = excluded.summary, "
		"report = excluded.report", "ssiisssb", in->key, in->digest, (int64_t)in->scanners, (int64_t)in->complete,
		in->db_built_at[0] ? in->db_built_at : NULL, in->scanned_at, in->summary, blob, blen);
	if (!rc)
		*id = one_int(s, "SELECT id FROM scans WHERE key = ?", "s", in->key);
	return rc;
}

static int sq_scan_put(dd_store *base, const dd_store_scan *in, int64_t *id)
{
	SQ(base);
	void *blob;
	size_t blen;
	int rc = dd_store_compress(in->report, in->report_len, &blob, &blen);
	if (rc)
		return rc;
	pthread_mutex_lock(&s->lock);
	rc = scan_put_locked(s, in, id, blob, blen);
	pthread_mutex_unlock(&s->lock);
	free(blob);
	return rc;
}

static int scan_count_locked(sq_store *s, int64_t *n)
{
	*n = one_int(s, "SELECT count(*) FROM scans", "");
	return *n < 0 ? sq_err(s, DD_EIO, "count") : 0;
}

static int sq_scan_count(dd_store *base, int64_t *n)
{
	SQ(base);
	LOCKED(s, scan_count_locked(s, n));
}

/* ---- quota ---- */

static int quota_claim_locked(sq_store *s, const char *digest, int64_t limit)
{
	char now[32];
	dd_store_time(0, now);
	int rc = begin(s);
	if (rc)
		return rc;
	if (one_int(s, "SELECT count(*) FROM quota WHERE digest = ?", "s", digest) > 0)
		return end(s, 0);
	int64_t used = one_int(s, "SELECT count(*) FROM quota", "");
	if (limit > 0 && used >= limit)
		return end(s, dd_store_error(DD_ELIMIT, "quota reached (%lld of %lld digests scanned): raise `quota` in the config",
			(long long)used, (long long)limit));
	return end(s, run(s, NULL, "INSERT INTO quota(digest, first_at) VALUES (?, ?)", "ss", digest, now));
}

static int sq_quota_claim(dd_store *base, const char *digest, int64_t limit)
{
	SQ(base);
	LOCKED(s, quota_claim_locked(s, digest, limit));
}

static int quota_used_locked(sq_store *s, int64_t *used)
{
	*used = one_int(s, "SELECT count(*) FROM quota", "");
	return *used < 0 ? sq_err(s, DD_EIO, "quota") : 0;
}

static int sq_quota_used(dd_store *base, int64_t *used)
{
	SQ(base);
	LOCKED(s, quota_used_locked(s, used));
}

/* ---- whitelists and registry pushes ---- */

static int whitelist_add_locked(sq_store *s, json_t *w, int64_t *id)
{
	char now[32];
	dd_store_time(0, now);
	char *repos = jdump(w, "repositories");
	int rc = run(s, NULL, "INSERT INTO whitelists(class, vuln_id, repositories, note, expires, created_at) "
		"VALUES (?, ?, ?, ?, ?, ?)", "ssssss", jstr(w, "class"), jstr(w, "id"), repos, jstr(w, "note"),
		jstr(w, "expires"), now);
	if (!rc)
		*id = sqlite3_last_insert_rowid(s->db);
	free(repos);
	return rc;
}

static int sq_whitelist_add(dd_store *base, json_t *w, int64_t *id)
{
	SQ(base);
	LOCKED(s, whitelist_add_locked(s, w, id));
}

static int whitelist_list_locked(sq_store *s, int64_t after, size_t limit, json_t **out)
{
	return list_page(s, "SELECT id AS whitelist, class, vuln_id AS id, repositories, note, expires, created_at "
		"FROM whitelists WHERE id > ? ORDER BY id LIMIT ?", after, limit, out);
}

static int sq_whitelist_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	SQ(base);
	LOCKED(s, whitelist_list_locked(s, after, limit, out));
}

static int whitelist_delete_locked(sq_store *s, int64_t id)
{
	int n = 0;
	int rc = run(s, &n, "DELETE FROM whitelists WHERE id = ?", "i", id);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "whitelist %lld not found", (long long)id) : rc;
}

static int sq_whitelist_delete(dd_store *base, int64_t id)
{
	SQ(base);
	LOCKED(s, whitelist_delete_locked(s, id));
}

static int push_accept_locked(sq_store *s, const char *event_id, json_t *image, json_t *tasks, int64_t deadline,
	json_t *task_ids, bool *fresh)
{
	char now[32];
	int n = 0, rc = begin(s);
	dd_store_time(0, now);
	*fresh = false;
	if (rc)
		return rc;
	rc = run(s, &n, "INSERT OR IGNORE INTO push_events(id, received_at) VALUES (?, ?)", "ss", event_id, now);
	if (rc || !n)
		return end(s, rc); /* a replay: nothing else */
	*fresh = true;
	if (image)
		rc = image_put_locked(s, jstr(image, "registry"), jstr(image, "repository"), jstr(image, "tag"),
			jstr(image, "digest"), jstr(image, "pushed_at"), 0);
	for (size_t i = 0; !rc && i < json_array_size(tasks); i++) {
		json_t *t = json_array_get(tasks, i);
		int64_t id = 0;
		rc = task_insert(s, jstr(t, "kind"), jint(t, "rule"), (unsigned)jint(t, "scanners"),
			json_object_get(t, "items"), deadline, &id);
		if (!rc)
			json_array_append_new(task_ids, json_integer(id));
	}
	if (rc)
		*fresh = false;
	return end(s, rc);
}

static int sq_push_accept(dd_store *base, const char *event_id, json_t *image, json_t *tasks, int64_t deadline,
	json_t *task_ids, bool *fresh)
{
	SQ(base);
	LOCKED(s, push_accept_locked(s, event_id, image, tasks, deadline, task_ids, fresh));
}

/* ---- for the store_sqlite_<feature>.c files (store_sqlite.h) ---- */

void dd_sq_lock(dd_store *base)
{
	pthread_mutex_lock(&((sq_store *)base)->lock);
}

void dd_sq_unlock(dd_store *base)
{
	pthread_mutex_unlock(&((sq_store *)base)->lock);
}

int dd_sq_prep(dd_store *base, sqlite3_stmt **st, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = prepv((sq_store *)base, st, sql, fmt, ap);
	va_end(ap);
	return rc;
}

int dd_sq_run(dd_store *base, int *changes, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = runv((sq_store *)base, changes, sql, fmt, ap);
	va_end(ap);
	return rc;
}

int dd_sq_begin(dd_store *base)
{
	return begin((sq_store *)base);
}

int dd_sq_end(dd_store *base, int rc)
{
	return end((sq_store *)base, rc);
}

int dd_sq_rows(dd_store *base, sqlite3_stmt *st, json_t **out)
{
	return rows_json((sq_store *)base, st, out);
}

int dd_sq_row_one(dd_store *base, sqlite3_stmt *st, json_t **out, const char *what)
{
	return row_one((sq_store *)base, st, out, what);
}

int64_t dd_sq_last_id(dd_store *base)
{
	return sqlite3_last_insert_rowid(((sq_store *)base)->db);
}

int dd_sq_task_insert(dd_store *base, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	return task_insert((sq_store *)base, kind, rule, scanners, items, deadline, id);
}

const dd_store_backend dd_store_sqlite = {
	.version = 1,
	.name = "sqlite",
	.handles = sq_handles,
	.open = sq_open,
	.close = sq_close,
	.ping = sq_ping,
	.recover = sq_recover,
	.token_add = sq_token_add,
	.token_role = sq_token_role,
	.registry_put = sq_registry_put,
	.registry_get = sq_registry_get,
	.registry_list = sq_registry_list,
	.registry_delete = sq_registry_delete,
	.rule_put = sq_rule_put,
	.rule_get = sq_rule_get,
	.rule_list = sq_rule_list,
	.rule_delete = sq_rule_delete,
	.task_create = sq_task_create,
	.task_get = sq_task_get,
	.task_list = sq_task_list,
	.task_cancel = sq_task_cancel,
	.task_state = sq_task_state,
	.task_expire = sq_task_expire,
	.task_log_add = sq_task_log_add,
	.task_log = sq_task_log,
	.item_claim = sq_item_claim,
	.item_finish = sq_item_finish,
	.item_requeue = sq_item_requeue,
	.queue_depth = sq_queue_depth,
	.image_put = sq_image_put,
	.image_list = sq_image_list,
	.image_get = sq_image_get,
	.scan_find = sq_scan_find,
	.scan_get = sq_scan_get,
	.scan_put = sq_scan_put,
	.scan_count = sq_scan_count,
	.quota_claim = sq_quota_claim,
	.quota_used = sq_quota_used,
	.whitelist_add = sq_whitelist_add,
	.whitelist_list = sq_whitelist_list,
	.whitelist_delete = sq_whitelist_delete,
	.push_accept = sq_push_accept,
	/* fix through the API and re-evaluation (store_sqlite_fix.c) */
	.fix_submit = dd_sq_fix_submit,
	.fix_get = dd_sq_fix_get,
	.fix_finish = dd_sq_fix_finish,
	.fix_tag = dd_sq_fix_tag,
	.image_scanned_list = dd_sq_image_scanned_list,
	.image_by_scan = dd_sq_image_by_scan,
	.change_add = dd_sq_change_add,
	.change_list = dd_sq_change_list,
	/* periodic scans, retention, speed limits (store_sqlite_sched.c; issue 14) */
	.rule_last_run = dd_sq_rule_last_run,
	.periodic_create = dd_sq_periodic_create,
	.retention_list = dd_sq_retention_list,
	.scan_drop = dd_sq_scan_drop,
	.speed_take = dd_sq_speed_take,
	.speed_refund = dd_sq_speed_refund,
	/* notifications (issue 15, notify): store_sqlite_notify.c */
	.notifier_put = dd_sq_notifier_put,
	.notifier_get = dd_sq_notifier_get,
	.notifier_list = dd_sq_notifier_list,
	.notifier_delete = dd_sq_notifier_delete,
	.outbox_add = dd_sq_outbox_add,
	.outbox_due = dd_sq_outbox_due,
	.outbox_result = dd_sq_outbox_result,
	.outbox_list = dd_sq_outbox_list,
	/* harbor + admission (issue 15) */
	.harbor_scan_put = dd_sq_harbor_scan_put,
	.harbor_scan_get = dd_sq_harbor_scan_get,
	.image_block_set = dd_sq_image_block_set,
	.image_block_get = dd_sq_image_block_get,
	.image_block_list = dd_sq_image_block_list,
	/* console */
	.image_summaries = dd_sq_image_summaries,
	.task_recent = dd_sq_task_recent,
	/* delivery chains (issue 15, chains): store_sqlite_chains.c */
	.chain_put = dd_sq_chain_put,
	.chain_get = dd_sq_chain_get,
	.chain_list = dd_sq_chain_list,
	.chain_delete = dd_sq_chain_delete,
	.chain_step_done = dd_sq_chain_step_done,
	.chain_step_get = dd_sq_chain_step_get,
	/* scale-out (issue 17): store_sqlite_scale.c */
	.lease_renew = dd_sq_lease_renew,
	.lease_expire = dd_sq_lease_expire,
	.leader_try = dd_sq_leader_try,
	.key_lock = dd_sq_key_lock,
	.key_unlock = dd_sq_key_unlock,
	/* chain runs as tasks (issue 15, chains2): store_sqlite_chains.c */
	.chain_run_create = dd_sq_chain_run_create,
	.chain_run_get = dd_sq_chain_run_get,
	/* console sessions: store_sqlite_session.c */
	.session_put = dd_sq_session_put,
	.session_get = dd_sq_session_get,
	.session_delete = dd_sq_session_delete,
	.token_list = dd_sq_token_list,
	.token_revoke = dd_sq_token_revoke,
};

