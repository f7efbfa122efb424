/*
 * The PostgreSQL backend's parts: the migrations (store_pg_schema.c), the
 * connection pool and helpers (store_pg.c), and what the
 * store_pg_<feature>.c files share with store_pg.c. It mirrors
 * store_sqlite.h: the same tables and columns (docs/store.md), the same
 * column types seen from C (ids and counters BIGINT, times TEXT as
 * dd_store_time writes them, booleans INTEGER 0/1, reports BYTEA), so a
 * row comes back as the same JSON object from either backend.
 */
#ifndef DD_STORE_PG_H
#define DD_STORE_PG_H

#include <jansson.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>

#include "store/store.h"

/* Migration i (0-based) brings schema version i to i+1; NULL-terminated.
 * They run in one transaction each, under an advisory lock, so that
 * processes starting together migrate once. */
extern const char *const dd_store_pg_migrations[];

/* ---- connections (store_pg.c) ----
 * A pool per process: a store function takes a connection, runs its
 * statements on it and gives it back. A connection PostgreSQL dropped (a
 * restart) is reset on the next acquire, with backoff, for a bounded time;
 * a call that fails on a lost connection returns DD_EIO and changes nothing
 * (its transaction rolled back), so the caller's retry or the lease expiry
 * redoes it. */
typedef struct dd_pg_conn dd_pg_conn;
int dd_pg_acquire(dd_store *s, dd_pg_conn **c);
void dd_pg_release(dd_store *s, dd_pg_conn *c);

/* Runs one statement ($1, $2, ... placeholders) with the arguments of fmt:
 * s string (NULL: NULL), i int64, I int64 with 0 as NULL, b bytea (pointer,
 * size_t length). res (may be NULL) receives the result, which the caller
 * PQclears or hands to dd_pg_rows/dd_pg_row_one; *changes (may be NULL) the
 * rows it changed or returned. A unique violation is DD_EINVAL ("already
 * exists"), other failures DD_EIO with PostgreSQL's message. */
int dd_pg_exec(dd_store *s, dd_pg_conn *c, PGresult **res, int *changes, const char *sql, const char *fmt, ...);
int dd_pg_begin(dd_store *s, dd_pg_conn *c);
/* COMMIT when rc is 0, else ROLLBACK; returns rc or the commit's error */
int dd_pg_end(dd_store *s, dd_pg_conn *c, int rc);
/* every row into an array of objects (the same names and JSON shapes as
 * dd_sq_rows: NULL columns left out; scanners_list, notifiers,
 * repositories, summary parsed as JSON; plain_http, on_push, complete as
 * booleans), one row into an object (DD_ENOTFOUND naming what); both PQclear res */
int dd_pg_rows(dd_store *s, PGresult *res, json_t **out);
int dd_pg_row_one(dd_store *s, PGresult *res, json_t **out, const char *what);
/* a column of the first row as int64 (0 when NULL or absent) / as text ("" likewise) */
int64_t dd_pg_int(PGresult *res, int row, int col);
const char *dd_pg_text(PGresult *res, int row, int col);
/* this process's id in leases and locks (host, pid and a random part) */
const char *dd_pg_owner(dd_store *s);
/* a task and its items, inside the caller's transaction (dd_sq_task_insert's twin) */
int dd_pg_task_insert(dd_store *s, dd_pg_conn *c, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id);

/* ---- the features (store_pg_<feature>.c), as in store_sqlite.h ---- */
int dd_pg_fix_submit(dd_store *s, json_t *request, int64_t deadline, int64_t *id);
int dd_pg_fix_get(dd_store *s, int64_t task, json_t **out);
int dd_pg_fix_finish(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result);
int dd_pg_fix_tag(dd_store *s, const char *registry, const char *repository, const char *tag, char *out, size_t cap);
int dd_pg_image_scanned_list(dd_store *s, int64_t after, size_t limit, json_t **out);
int dd_pg_image_by_scan(dd_store *s, int64_t scan, json_t **out);
int dd_pg_change_add(dd_store *s, json_t *change);
int dd_pg_change_list(dd_store *s, const char *registry, const char *repository, const char *tag, int64_t after,
	size_t limit, json_t **out);

int dd_pg_rule_last_run(dd_store *s, int64_t rule, char out[32]);
int dd_pg_periodic_create(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
	int64_t deadline, const char *error, int64_t *id);
int dd_pg_retention_list(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
	json_t **out);
int dd_pg_scan_drop(dd_store *s, int64_t scan);
int dd_pg_speed_take(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms);
int dd_pg_speed_refund(dd_store *s, const char *registry, int64_t interval_ms);

int dd_pg_notifier_put(dd_store *s, json_t *n, bool create);
int dd_pg_notifier_get(dd_store *s, const char *name, json_t **out);
int dd_pg_notifier_list(dd_store *s, bool stats, json_t **out);
int dd_pg_notifier_delete(dd_store *s, const char *name);
int dd_pg_outbox_add(dd_store *s, json_t *rows, size_t *added);
int dd_pg_outbox_due(dd_store *s, int64_t now_ms, const char *const *skip, size_t limit, json_t **out);
int dd_pg_outbox_result(dd_store *s, int64_t id, bool delivered, const char *error, int64_t next_at_ms);
int dd_pg_outbox_list(dd_store *s, const char *notifier, int64_t after, size_t limit, json_t **out);

int dd_pg_harbor_scan_put(dd_store *s, const char *id, json_t *request);
int dd_pg_harbor_scan_get(dd_store *s, const char *id, json_t **out);
int dd_pg_image_block_set(dd_store *s, const char *digest, json_t *info);
int dd_pg_image_block_get(dd_store *s, const char *digest, json_t **out);
int dd_pg_image_block_list(dd_store *s, size_t limit, json_t **out, int64_t *count);

int dd_pg_image_summaries(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out);
int dd_pg_task_recent(dd_store *s, size_t limit, json_t **out);

int dd_pg_chain_put(dd_store *s, json_t *c, bool create);
int dd_pg_chain_get(dd_store *s, const char *name, json_t **out);
int dd_pg_chain_list(dd_store *s, const char *after, size_t limit, json_t **out);
int dd_pg_chain_delete(dd_store *s, const char *name);
int dd_pg_chain_step_done(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	const char *detail, bool *added);
int dd_pg_chain_step_get(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	json_t **out);
int dd_pg_chain_run_create(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh);
int dd_pg_chain_run_get(dd_store *s, int64_t task, json_t **out);

/* ---- console sessions (store_pg_session.c) ---- */
int dd_pg_session_put(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires, size_t max);
int dd_pg_session_get(dd_store *s, const char *hash, int64_t now, json_t **out);
int dd_pg_session_delete(dd_store *s, const char *hash);
int dd_pg_token_list(dd_store *s, int64_t now, json_t **out);
int dd_pg_token_revoke(dd_store *s, const char *name, size_t *sessions);

#endif
