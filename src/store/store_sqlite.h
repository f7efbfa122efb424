/* The SQLite backend's parts: the migrations (store_sqlite_schema.c) and
 * what the store_sqlite_<feature>.c files share with store_sqlite.c. */
#ifndef DD_STORE_SQLITE_H
#define DD_STORE_SQLITE_H

#include <jansson.h>
#include <sqlite3.h>
#include <stdint.h>

#include "store/store.h"

/* Migration i (0-based) brings user_version i to i+1; NULL-terminated. */
extern const char *const dd_store_sqlite_migrations[];

/* ---- the connection's helpers (store_sqlite.c) ----
 * One connection per process: a feature's function takes dd_sq_lock,
 * calls the helpers, and dd_sq_unlock. prep/run bind fmt as store_sqlite.c
 * does (s string, i int64, I id with 0 as NULL, b blob + size_t). */
void dd_sq_lock(dd_store *s);
void dd_sq_unlock(dd_store *s);
int dd_sq_prep(dd_store *s, sqlite3_stmt **st, const char *sql, const char *fmt, ...);
int dd_sq_run(dd_store *s, int *changes, const char *sql, const char *fmt, ...);
int dd_sq_begin(dd_store *s);
/* COMMIT when rc is 0, else ROLLBACK; returns rc or the commit's error */
int dd_sq_end(dd_store *s, int rc);
/* every row into an array of objects, one row into an object (DD_ENOTFOUND); both finalize st */
int dd_sq_rows(dd_store *s, sqlite3_stmt *st, json_t **out);
int dd_sq_row_one(dd_store *s, sqlite3_stmt *st, json_t **out, const char *what);
int64_t dd_sq_last_id(dd_store *s);
/* returns expr's value, evaluated under the connection's lock */
#define LOCKED_CALL(s, expr) \
	do { \
		dd_sq_lock(s); \
		int rc_ = (expr); \
		dd_sq_unlock(s); \
		return rc_; \
	} while (0)
/* a task and its items, inside the caller's transaction */
int dd_sq_task_insert(dd_store *s, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id);

/* ---- fix through the API and re-evaluation (store_sqlite_fix.c) ---- */
int dd_sq_fix_submit(dd_store *s, json_t *request, int64_t deadline, int64_t *id);
int dd_sq_fix_get(dd_store *s, int64_t task, json_t **out);
int dd_sq_fix_finish(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result);
int dd_sq_fix_tag(dd_store *s, const char *registry, const char *repository, const char *tag, char *out, size_t cap);
int dd_sq_image_scanned_list(dd_store *s, int64_t after, size_t limit, json_t **out);
int dd_sq_image_by_scan(dd_store *s, int64_t scan, json_t **out);
int dd_sq_change_add(dd_store *s, json_t *change);
int dd_sq_change_list(dd_store *s, const char *registry, const char *repository, const char *tag, int64_t after,
	size_t limit, json_t **out);

/* ---- periodic scans, retention, speed limits (store_sqlite_sched.c; issue 14) ---- */
int dd_sq_rule_last_run(dd_store *s, int64_t rule, char out[32]);
int dd_sq_periodic_create(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
	int64_t deadline, const char *error, int64_t *id);
int dd_sq_retention_list(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
	json_t **out);
int dd_sq_scan_drop(dd_store *s, int64_t scan);
int dd_sq_speed_take(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms);
int dd_sq_speed_refund(dd_store *s, const char *registry, int64_t interval_ms);

/* ---- notifications (store_sqlite_notify.c) ---- */
int dd_sq_notifier_put(dd_store *s, json_t *n, bool create);
int dd_sq_notifier_get(dd_store *s, const char *name, json_t **out);
int dd_sq_notifier_list(dd_store *s, bool stats, json_t **out);
int dd_sq_notifier_delete(dd_store *s, const char *name);
int dd_sq_outbox_add(dd_store *s, json_t *rows, size_t *added);
int dd_sq_outbox_due(dd_store *s, int64_t now_ms, const char *const *skip, size_t limit, json_t **out);
int dd_sq_outbox_result(dd_store *s, int64_t id, bool delivered, const char *error, int64_t next_at_ms);
int dd_sq_outbox_list(dd_store *s, const char *notifier, int64_t after, size_t limit, json_t **out);

/* ---- harbor + admission (issue 15; store_sqlite_harbor.c) ---- */
int dd_sq_harbor_scan_put(dd_store *s, const char *id, json_t *request);
int dd_sq_harbor_scan_get(dd_store *s, const char *id, json_t **out);
int dd_sq_image_block_set(dd_store *s, const char *digest, json_t *info);
int dd_sq_image_block_get(dd_store *s, const char *digest, json_t **out);
int dd_sq_image_block_list(dd_store *s, size_t limit, json_t **out, int64_t *count);

/* ---- console (store_sqlite_console.c) ---- */
int dd_sq_image_summaries(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out);
int dd_sq_task_recent(dd_store *s, size_t limit, json_t **out);

/* ---- delivery chains (issue 15, chains; store_sqlite_chains.c) ---- */
int dd_sq_chain_put(dd_store *s, json_t *c, bool create);
int dd_sq_chain_get(dd_store *s, const char *name, json_t **out);
int dd_sq_chain_list(dd_store *s, const char *after, size_t limit, json_t **out);
int dd_sq_chain_delete(dd_store *s, const char *name);
int dd_sq_chain_step_done(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	const char *detail, bool *added);
int dd_sq_chain_step_get(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
	json_t **out);
int dd_sq_chain_run_create(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh);
int dd_sq_chain_run_get(dd_store *s, int64_t task, json_t **out);

/* ---- scale-out (issue 17; store_sqlite_scale.c): one process, nothing to share ---- */
int dd_sq_lease_renew(dd_store *s, size_t *lost);
int dd_sq_lease_expire(dd_store *s, size_t *requeued);
int dd_sq_leader_try(dd_store *s, const char *role, bool *leader);
int dd_sq_key_lock(dd_store *s, const char *key, bool *got);
int dd_sq_key_unlock(dd_store *s, const char *key);

/* ---- console sessions (store_sqlite_session.c) ---- */
int dd_sq_session_put(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires, size_t max);
int dd_sq_session_get(dd_store *s, const char *hash, int64_t now, json_t **out);
int dd_sq_session_delete(dd_store *s, const char *hash);
int dd_sq_token_list(dd_store *s, int64_t now, json_t **out);
int dd_sq_token_revoke(dd_store *s, const char *name, size_t *sessions);

#endif
