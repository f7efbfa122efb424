/*
 * The service's store: one schema (docs/store.md) behind a table of
 * functions per backend (SQLite now; a PostgreSQL backend is a second
 * `const struct dd_store_backend` and callers do not change). Records cross
 * this interface as jansson objects with the API's field names, so a
 * backend is the one place that knows its columns.
 *
 * Every function returns 0 or a negative dd_error_code with the message in
 * dd_error_last(). Every change of a task's or item's state is one
 * transaction: a process killed at any moment leaves the store consistent,
 * and dd_store_backend.recover puts items that were running back in the
 * queue. Ids are positive 64-bit integers; lists are paged by id
 * ("after": the last id of the previous page, "limit").
 */
#ifndef DD_STORE_STORE_H
#define DD_STORE_STORE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/errors.h"

typedef struct dd_store dd_store;
typedef struct dd_store_backend dd_store_backend;

/* Every backend's handle starts with this. */
struct dd_store {
	const dd_store_backend *be;
};

/* One image of a task, as a worker claims it. */
typedef struct dd_store_item {
	int64_t id, task;
	char registry[128];
	char repository[256];
	char tag[129];
	char digest[80];        /* "" until resolved */
	unsigned scanners;      /* DD_SCANNER_* bits; 0: all */
	int64_t task_deadline;  /* unix seconds, 0: none */
	int attempts;           /* claims so far, this one included */
	char kind[16];          /* the task's kind: "scan", "push", "fix", "rescan", "chain", ... */
	char step[16];          /* a chain task's item: its step ("block", "backup", ...); "" otherwise */
} dd_store_item;

/* A stored scan result. report is the drydock JSON report (the inventory a
 * rematch needs is in it), compressed by the store. */
typedef struct dd_store_scan {
	int64_t id;
	char key[160];          /* digest + "|" + scanners + "|" + fingerprint */
	char digest[80];
	unsigned scanners;
	bool complete;
	char db_built_at[40];
	char scanned_at[40];
	char *report;           /* JSON text (owned; dd_store_scan_clear) */
	size_t report_len;
	char *summary;          /* {"critical":N,...} JSON text (owned) */
} dd_store_scan;
void dd_store_scan_clear(dd_store_scan *s);

/* Task and item states (SERVICE.md). */
#define DD_STATE_QUEUED "queued"
#define DD_STATE_RUNNING "running"
#define DD_STATE_SUCCEEDED "succeeded"
#define DD_STATE_FAILED "failed"
#define DD_STATE_CANCELED "canceled"
#define DD_STATE_TIMED_OUT "timed_out"
#define DD_STATE_SKIPPED "skipped"

/* How long outbox_due's rows stay claimed on a store several processes
 * share: a reader begins a row's delivery only in the claim's first 10 s
 * (a delivery takes at most 15 s), so no two processes send one row at
 * once; a dead reader's rows are due again this long after it read them. */
#define DD_STORE_OUTBOX_CLAIM_MS 30000

struct dd_store_backend {
	unsigned version;       /* 1 */
	const char *name;       /* "sqlite" */
	/* true when this backend serves the config's `store` value */
	bool (*handles)(const char *location);
	int (*open)(dd_store **out, const char *location, const char *data_dir);
	void (*close)(dd_store *s);
	/* a cheap query: the store answers (/readyz) */
	int (*ping)(dd_store *s);
	/* the service's start: items left running by a process that died go
	 * back to the queue (a token command opening the store does not call it) */
	int (*recover)(dd_store *s, size_t *requeued);

	/* tokens: only the SHA-256 hex of a token is stored */
	int (*token_add)(dd_store *s, const char *name, const char *role, const char *hash);
	/* DD_ENOTFOUND when no token has this hash */
	int (*token_role)(dd_store *s, const char *hash, char *role, size_t cap);

	/* registries managed through the API: {name, url, type, username,
	 * password_env, authfile, plain_http, speed_limit, secret (sealed, never
	 * served)}; put with create=true fails DD_EEXISTS-like (DD_EINVAL) on a taken name */
	int (*registry_put)(dd_store *s, json_t *reg, bool create);
	int (*registry_get)(dd_store *s, const char *name, json_t **out);
	int (*registry_list)(dd_store *s, json_t **out);
	int (*registry_delete)(dd_store *s, const char *name);

	/* scan rules: the API's fields; *id 0 creates (and receives the id) */
	int (*rule_put)(dd_store *s, int64_t *id, json_t *rule);
	int (*rule_get)(dd_store *s, int64_t id, json_t **out);
	int (*rule_list)(dd_store *s, int64_t after, size_t limit, json_t **out);
	int (*rule_delete)(dd_store *s, int64_t id);

	/* tasks: items is an array of {registry, repository, tag[, digest]};
	 * deadline in unix seconds (0: none); one transaction */
	int (*task_create)(dd_store *s, const char *kind, int64_t rule, unsigned scanners, json_t *items,
		int64_t deadline, int64_t *id);
	/* the task with total/done/failed and a page of its items */
	int (*task_get)(dd_store *s, int64_t id, int64_t items_after, size_t items_limit, json_t **out);
	int (*task_list)(dd_store *s, int64_t after, size_t limit, json_t **out);
	/* queued items canceled, the task canceled (running items see it
	 * through task_state and end canceled); DD_ENOTFOUND, or DD_EINVAL
	 * when the task already finished */
	int (*task_cancel)(dd_store *s, int64_t id);
	int (*task_state)(dd_store *s, int64_t id, char *state, size_t cap);
	/* tasks past their deadline end timed_out (their queued items too) */
	int (*task_expire)(dd_store *s, int64_t now, size_t *expired);
	int (*task_log_add)(dd_store *s, int64_t task, const char *image, const char *step, const char *message);
	/* log lines after the line id `after`: [{id, at, image, step, message}] */
	int (*task_log)(dd_store *s, int64_t task, int64_t after, size_t limit, json_t **out);

	/* the oldest queued item of a task still open, marked running (and its
	 * task running) atomically; DD_ITEROVER when there is none */
	int (*item_claim)(dd_store *s, dd_store_item *out);
	/* the item's end: state, digest (may be NULL), scan id (0: none),
	 * error (NULL: none); the task ends when its last item does */
	int (*item_finish)(dd_store *s, int64_t item, const char *state, const char *digest, int64_t scan,
		const char *error);
	/* back to queued (shutdown) */
	int (*item_requeue)(dd_store *s, int64_t item);
	int (*queue_depth)(dd_store *s, int64_t *queued, int64_t *running);

	/* images: repository:tag -> digest and when it was pushed (NULL: keep) */
	int (*image_put)(dd_store *s, const char *registry, const char *repository, const char *tag,
		const char *digest, const char *pushed_at, int64_t scan);
	int (*image_list)(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
		json_t **out);
	/* {digest, pushed_at, scan (id), item_state, item_error}; DD_ENOTFOUND
	 * when the store never heard of the image */
	int (*image_get)(dd_store *s, const char *registry, const char *repository, const char *tag, json_t **out);

	/* scans, by dedup key; scan_put replaces the row of the same key */
	int (*scan_find)(dd_store *s, const char *key, dd_store_scan *out);
	int (*scan_get)(dd_store *s, int64_t id, dd_store_scan *out);
	int (*scan_put)(dd_store *s, const dd_store_scan *in, int64_t *id);
	int (*scan_count)(dd_store *s, int64_t *n);

	/* quota: a digest counts once, ever; DD_ELIMIT when a new digest would
	 * pass the limit (0: unlimited) */
	int (*quota_claim)(dd_store *s, const char *digest, int64_t limit);
	int (*quota_used)(dd_store *s, int64_t *used);

	/* whitelists: {class, id (the vulnerability or rule id), repositories
	 * (globs), note, expires}; rows come back with "whitelist", their own id */
	int (*whitelist_add)(dd_store *s, json_t *w, int64_t *id);
	int (*whitelist_list)(dd_store *s, int64_t after, size_t limit, json_t **out);
	int (*whitelist_delete)(dd_store *s, int64_t id);

	/* a registry's push, once: in one transaction the event id is recorded,
	 * image {registry, repository, tag, digest, pushed_at} (may be NULL) put,
	 * and each of tasks [{kind, rule, scanners, items}] created (its id
	 * appended to task_ids); *fresh false and nothing done when the id was
	 * recorded before (a replay) */
	int (*push_accept)(dd_store *s, const char *event_id, json_t *image, json_t *tasks, int64_t deadline,
		json_t *task_ids, bool *fresh);

	/* ---- fix through the API and re-evaluation (issue 14 items 4-5) ---- */
	/* a fix: in one transaction a task of kind "fix" with one item
	 * {registry, repository, tag} and its request {ids (array or absent),
	 * overwrite} (request holds all five fields) */
	int (*fix_submit)(dd_store *s, json_t *request, int64_t deadline, int64_t *id);
	/* {task, registry, repository, tag, ids, overwrite, fixed_tag, scan_task,
	 * result, finished_at, target_repository (a chain's auto-fix: where
	 * <tag>_fixed goes; null: the repository)} of a fix task; DD_ENOTFOUND for another task */
	int (*fix_get)(dd_store *s, int64_t task, json_t **out);
	/* a fix's end: the tag it wrote (NULL: none), the scan task of that tag
	 * (0: none) and the drydock.fix/v1 document (NULL: none) */
	int (*fix_finish)(dd_store *s, int64_t task, const char *fixed_tag, int64_t scan_task, json_t *result);
	/* the tag the latest successful fix of an image wrote; DD_ENOTFOUND */
	int (*fix_tag)(dd_store *s, const char *registry, const char *repository, const char *tag, char *out, size_t cap);
	/* images with a stored scan, by image id: [{id, registry, repository,
	 * tag, digest, scan, scanners, db_built_at}] */
	int (*image_scanned_list)(dd_store *s, int64_t after, size_t limit, json_t **out);
	/* images whose stored scan is `scan`: [{registry, repository, tag, digest}] */
	int (*image_by_scan)(dd_store *s, int64_t scan, json_t **out);
	/* a change of an image's findings after a rematch: {registry,
	 * repository, tag, digest, task (may be 0), db_built_at, added [ids],
	 * removed [ids]} */
	int (*change_add)(dd_store *s, json_t *change);
	/* an image's changes, oldest first, paged by id (the same fields, with id and at) */
	int (*change_list)(dd_store *s, const char *registry, const char *repository, const char *tag, int64_t after,
		size_t limit, json_t **out);

	/* ---- periodic scans, the task cap, speed limits (issue 14, ops-sched) ---- */
	/* the start (store time, "2026-12-07T14:00:00Z") of the rule's last run:
	 * its latest task of kind scan (scan-now) or periodic; "" when none */
	int (*rule_last_run)(dd_store *s, int64_t rule, char out[32]);
	/* a periodic run of the rule, at most once per last run: in one
	 * transaction, when the rule's last run is still last_seen ("": none),
	 * a task of kind periodic is created (error non-NULL: born failed, the
	 * error in its log) and *id set; else *id is 0 (another pass or process
	 * started it) */
	int (*periodic_create)(dd_store *s, int64_t rule, const char *last_seen, unsigned scanners, json_t *items,
		int64_t deadline, const char *error, int64_t *id);
	/* images of a registry whose stored scan is older than `before` (store
	 * time): [{repository, tag, scan, scanned_at}], paged by image id */
	int (*retention_list)(dd_store *s, const char *registry, const char *before, int64_t after, size_t limit,
		json_t **out);
	/* deletes a stored scan (retention): no image or item points at it any
	 * more; the quota keeps its digest */
	int (*scan_drop)(dd_store *s, int64_t scan);
	/* a registry's token bucket (burst 1), shared by every task and process:
	 * when now_ms has reached the next free time, the pull may start (*wait_ms
	 * 0) and the next one is interval_ms later; else *wait_ms is how long
	 * to wait before asking again */
	int (*speed_take)(dd_store *s, const char *registry, int64_t now_ms, int64_t interval_ms, int64_t *wait_ms);
	/* gives back the token of a pull the layer cache served */
	int (*speed_refund)(dd_store *s, const char *registry, int64_t interval_ms);

	/* ---- notifications (issue 15, notify; docs/notify.md) ---- */
	/* notifiers: {name, type, url, secret (sealed; never served), ca_file,
	 * events (array)}; create on a taken name is DD_EINVAL, an update of an
	 * unknown one DD_ENOTFOUND; an update makes its pending rows due now */
	int (*notifier_put)(dd_store *s, json_t *n, bool create);
	int (*notifier_get)(dd_store *s, const char *name, json_t **out);
	/* every notifier; with stats, its delivery state too: pending (rows
	 * not delivered yet), delivered, failing (pending rows that failed at
	 * least once), last_error, last_error_at, last_delivered_at */
	int (*notifier_list)(dd_store *s, bool stats, json_t **out);
	/* the notifier and its undelivered rows; DD_ENOTFOUND */
	int (*notifier_delete)(dd_store *s, const char *name);
	/* outbox rows [{event_id, notifier, event, task (0: none), image, body
	 * (JSON text), next_at (unix ms)}] in one transaction; a row whose
	 * (event_id, notifier) is there already is left as it is (a caller that
	 * emits again after a crash adds nothing); *added the new rows */
	int (*outbox_add)(dd_store *s, json_t *rows, size_t *added);
	/* at most limit pending rows due at now_ms, oldest first, with their
	 * notifier's type, url, secret and ca_file; rows of the notifiers in
	 * skip (NULL-terminated, at most 8 names; may be NULL) left out. A
	 * store several processes share (PostgreSQL) claims the rows it returns:
	 * no reader gets them again for DD_STORE_OUTBOX_CLAIM_MS (the reader
	 * died: they come due again), unless outbox_result ends the claim; so a reader gives back
	 * what it read and does not send (outbox_result, error NULL) */
	int (*outbox_due)(dd_store *s, int64_t now_ms, const char *const *skip, size_t limit, json_t **out);
	/* an attempt's end: delivered (a notifier keeps its last 1,000 delivered
	 * rows), or failed with error and the next try at
	 * next_at_ms; error NULL: not attempted (a rate limit). Unless delivered,
	 * the notifier's other pending rows due before next_at wait until then
	 * too: a dead receiver is probed by one row, not hammered by all */
	int (*outbox_result)(dd_store *s, int64_t id, bool delivered, const char *error, int64_t next_at_ms);
	/* a page of a notifier's rows by id: {id, event_id, event, task, image,
	 * state, attempts, next_at, last_error, last_attempt_at, created_at,
	 * delivered_at} */
	int (*outbox_list)(dd_store *s, const char *notifier, int64_t after, size_t limit, json_t **out);

	/* ---- harbor + admission (issue 15; store_sqlite_harbor.c) ---- */
	/* a Harbor scan request: id (the adapter's scan_request_id) -> the request
	 * object as the adapter keeps it (authorization sealed); DD_EINVAL when
	 * the id is taken */
	int (*harbor_scan_put)(dd_store *s, const char *id, json_t *request);
	/* {id, request, created_at}; DD_ENOTFOUND */
	int (*harbor_scan_get)(dd_store *s, const char *id, json_t **out);
	/* a digest blocked ({registry, repository, tag, reason}: the image it was
	 * blocked as) or, with info NULL, no longer blocked */
	int (*image_block_set)(dd_store *s, const char *digest, json_t *info);
	/* {digest, registry, repository, tag, reason, blocked_at}; DD_ENOTFOUND
	 * when the digest is not blocked */
	int (*image_block_get)(dd_store *s, const char *digest, json_t **out);
	/* the newest `limit` blocks, newest first (image_block_get's rows), and
	 * how many digests are blocked */
	int (*image_block_list)(dd_store *s, size_t limit, json_t **out, int64_t *count);

	/* ---- console (web console, issue 16) ---- */
	/* image_list's rows with `scan` (id), `complete` and the stored scan's
	 * `summary` (object) when the image has a stored scan, `blocked` (0/1)
	 * and `blocked_reason` when its digest is blocked (image_blocks) */
	int (*image_summaries)(dd_store *s, const char *registry, const char *repository, int64_t after, size_t limit,
		json_t **out);
	/* the newest `limit` tasks, newest first (task_list's fields) */
	int (*task_recent)(dd_store *s, size_t limit, json_t **out);

	/* ---- delivery chains (issue 15, chains; store_sqlite_chains.c) ---- */
	/* a chain: its checked document {name, registry, repository, ...};
	 * create on a taken name is DD_EINVAL, an update of an unknown one
	 * DD_ENOTFOUND. Read back with created_at and updated_at. */
	int (*chain_put)(dd_store *s, json_t *chain, bool create);
	int (*chain_get)(dd_store *s, const char *name, json_t **out);
	/* chains by name after `after` (NULL: from the start), at most limit */
	int (*chain_list)(dd_store *s, const char *after, size_t limit, json_t **out);
	int (*chain_delete)(dd_store *s, const char *name);
	/* records that a chain run's step is done (once: *added false when it
	 * was recorded before); item 0: a step done once per digest */
	int (*chain_step_done)(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
		const char *detail, bool *added);
	/* {chain, item, digest, step, detail, at}; DD_ENOTFOUND: not done */
	int (*chain_step_get)(dd_store *s, const char *chain, int64_t item, const char *digest, const char *step,
		json_t **out);

	/* ---- scale-out (issue 17: several processes on one PostgreSQL) ----
	 * item_claim leases the item to this process (the store handle's owner
	 * id) until now + the store's lease; item_finish and item_requeue only
	 * act on an item this process still holds (DD_ECANCELED otherwise: the
	 * lease ran out and another process took it; the late writer writes
	 * nothing). SQLite has one process: its lease never runs out while the
	 * process lives, and recover at start is its lease expiry. */
	/* extends every lease this process holds (called a few times per lease
	 * period); *lost: running items of this process another one took */
	int (*lease_renew)(dd_store *s, size_t *lost);
	/* items whose lease ran out (their process died) go back to the queue,
	 * or end failed after too many attempts; any process may call it */
	int (*lease_expire)(dd_store *s, size_t *requeued);
	/* one process at a time does `role` ("scheduler"): *leader true while
	 * this process holds it; it is let go when the process or its
	 * connection dies, and another process's next call takes it */
	int (*leader_try)(dd_store *s, const char *role, bool *leader);
	/* a scan key (digest|scanners|fingerprint) pulled by one process at a
	 * time: *got false when another process holds it (wait, then find its
	 * stored scan); released by key_unlock or the holder's death */
	int (*key_lock)(dd_store *s, const char *key, bool *got);
	int (*key_unlock)(dd_store *s, const char *key);

	/* ---- chain runs as tasks (issue 15, chains2; store_sqlite_chains.c) ----
	 * A chain run's steps are the items of a task of kind "chain": each
	 * item is the judged image with its `step`, the items run in order
	 * (item_claim takes a step once every earlier item of its task ended,
	 * and steps before scans). */
	/* the run {chain, item (the judged scan item), digest, scan_task, scan,
	 * registry, repository, tag, doc (the chain as judged, JSON text),
	 * verdict (JSON text), steps [names, in order; 1 to 8]}, once per
	 * (chain, item, digest): in one transaction the task of kind chain
	 * (with chain, scan_task and image "registry/repository:tag@digest")
	 * and its step items, *fresh true; when the run exists, *task is its
	 * task and *fresh false (a scan item run again after a kill -9) */
	int (*chain_run_create)(dd_store *s, json_t *run, int64_t deadline, int64_t *task, bool *fresh);
	/* the run of a chain task: {chain, item, digest, task, scan_task, scan,
	 * doc, verdict, created_at}; DD_ENOTFOUND */
	int (*chain_run_get)(dd_store *s, int64_t task, json_t **out);

	/* ---- console sessions (web console, issue 16; store_sqlite_session.c) ----
	 * In the store, so that every API process behind one load balancer
	 * knows every session and a restart keeps them. Only the SHA-256 hex
	 * of a session id is stored; the CSRF token is derived from the id
	 * (session.c), so there is nothing else secret to keep. Times are unix
	 * seconds of the service's clock. */
	/* a session of the token whose hash is token_hash (its role and name
	 * copied; DD_ENOTFOUND when no token has it), created and last seen
	 * at now, ending at expires. In the same transaction sessions expired
	 * at now go and, while `max` or more remain, the one that ends first. */
	int (*session_put)(dd_store *s, const char *hash, const char *token_hash, int64_t now, int64_t expires,
		size_t max);
	/* {role, name, created, last_seen, expires} of a session live at now;
	 * DD_ENOTFOUND when unknown or expired. last_seen moves to now when it
	 * is a minute old or more (not a write per request). */
	int (*session_get)(dd_store *s, const char *hash, int64_t now, json_t **out);
	/* ends a session (nothing when unknown) */
	int (*session_delete)(dd_store *s, const char *hash);

	/* ---- tokens listed and revoked (store_sqlite_token.c) ----
	 * `drydock token list|revoke`, which run beside the service. */
	/* [{name, role, created_at, sessions}] by name; sessions: the live
	 * console sessions the token opened (at now, unix seconds) */
	int (*token_list)(dd_store *s, int64_t now, json_t **out);
	/* deletes the token NAME and ends every console session it opened, in
	 * one transaction (a session carries its token's name, unique among
	 * tokens); *sessions: how many ended. DD_ENOTFOUND: no such token */
	int (*token_revoke)(dd_store *s, const char *name, size_t *sessions);
};

extern const dd_store_backend dd_store_sqlite;
extern const dd_store_backend dd_store_postgres;   /* "postgres://..." or "postgresql://..." (store_pg.c) */

/* Opens the backend that handles `location` ("sqlite", the default). */
int dd_store_open(dd_store **out, const char *location, const char *data_dir);
void dd_store_close(dd_store *s);

/* zstd of the report text (store_blob.c), for every backend */
int dd_store_compress(const char *text, size_t len, void **out, size_t *outlen);
int dd_store_decompress(const void *blob, size_t len, size_t max, char **out, size_t *outlen);
/* a message into dd_error_last(); returns code */
int dd_store_error(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "2026-12-07T14:00:00Z" of a unix time (0: now, by the store's clock) */
void dd_store_time(int64_t t, char out[32]);
/* The store's clock (NULL: time()): the service passes its own, which a
 * test may move (docs/server.md, test_clock_file). Set before any thread. */
void dd_store_clock_set(int64_t (*now)(void));
/* now in unix milliseconds by the store's clock (leases, store_pg.c) */
int64_t dd_store_now_ms(void);

#endif
