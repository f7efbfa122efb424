/*
 * Internals of the service (include/drydock/server.h). One dd_srv per
 * process holds the config, the store, the engine, the metrics and the
 * runner; every API handler receives it through its request. The server
 * sees the library only through include/drydock/.
 */
#ifndef DD_SERVER_SERVER_H
#define DD_SERVER_SERVER_H

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "drydock/catalog.h"
#include "drydock/drydock.h"
#include "drydock/server.h"
#include "store/store.h"

/* ---- config (config.c) ---- */

typedef struct dd_srv_config {
	char listen[256];           /* "127.0.0.1:8740" */
	char data_dir[2048];
	char store[512];            /* "sqlite" */
	char advisory_db[2048];     /* "": dd_db_default_path() */
	char cache_dir[2048];       /* data_dir/cache: the layer cache of every scan */
	int workers;
	int64_t max_task_duration;  /* seconds (0: none) */
	int64_t item_timeout;       /* seconds one image may take */
	int64_t quota;              /* distinct digests (0: unlimited) */
	int64_t shutdown_grace;     /* seconds */
	char tls_cert[2048], tls_key[2048];
	char secret_key_file[2048];
	int max_connections;
	int connection_timeout;     /* seconds of silence before a connection is closed */
	size_t max_body;            /* request body bytes (413 beyond) */
	size_t max_task_items;      /* images one rule scan may enumerate */
	size_t catalog_page_size;   /* repositories or tags asked for per catalog request */
	unsigned scanners;          /* default scanner set of a task */
	json_t *registries;         /* array of registry objects from the config (read-only) */
	json_t *doc;                /* the whole config as read, for keys later parts add */
	/* notifications (issue 15, notify) */
	int64_t notify_backoff_initial_ms, notify_backoff_max_ms;   /* notify_backoff: {initial, max} */
	char public_url[512];       /* base of links in notifications; default http(s)://listen */
} dd_srv_config;

/* Reads and validates the YAML config; errors name the file and the key. */
int dd_srv_config_load(dd_srv_config *cfg, const char *path);
void dd_srv_config_clear(dd_srv_config *cfg);
/* The first key of obj that allowed (NULL-terminated) lacks; NULL: none. */
const char *dd_srv_unknown_key(json_t *obj, const char *const *allowed);
/* A registry object's keys and values (config entries and API bodies);
 * path NULL: messages without the config's name; pfx goes before key names
 * ("registries[0]."). Sets type "distribution" when absent. */
int dd_srv_registry_check(json_t *r, const char *path, const char *pfx);
/* "30s", "15m", "4h", "2d", "1w" or a number of seconds; -1 when invalid */
int64_t dd_srv_duration_parse(const char *s);
/* YAML text -> JSON (plain scalars true/false/null/integers typed, the rest strings) */
int dd_srv_yaml_to_json(json_t **out, const char *text, size_t len, char *err, size_t errlen);

/* ---- logging (log.c) ---- */

void dd_srv_log_init(dd_server_log_format fmt);
/* One line to stderr: level ("info", "warn", "error"), message, then
 * key, value string pairs ended by NULL. */
void dd_srv_log(const char *level, const char *msg, ...) __attribute__((sentinel));

/* ---- metrics (metrics.c) ---- */

#define DD_SRV_DURATION_BUCKETS 10
typedef struct dd_srv_metrics {
	atomic_uint_fast64_t scans_complete, scans_incomplete, scans_failed, scans_reused, scans_rematched;
	atomic_uint_fast64_t duration_bucket[DD_SRV_DURATION_BUCKETS + 1];   /* last: +Inf */
	atomic_uint_fast64_t duration_ms_sum, duration_count;
	atomic_uint_fast64_t bytes_pulled, layer_cache_hits;
	atomic_uint_fast64_t http_requests[6];   /* by status class 1xx..5xx (index 1..5) */
	atomic_int leader;          /* 1 while this process holds the store's "scheduler" role (drydock_leader) */
} dd_srv_metrics;

/* A labelled counter that other parts (webhooks, notifications) count in:
 * name and labels ('source="distribution",result="accepted"') are copied
 * once; at most 64 distinct series, further ones are dropped. */
void dd_srv_counter_add(const char *name, const char *labels, uint64_t n);
void dd_srv_metrics_scan(dd_srv_metrics *m, const dd_report *r, int64_t ms, const char *result);
/* The Prometheus text of everything (malloc'ed). */
char *dd_srv_metrics_text(dd_srv_metrics *m, int64_t queued, int64_t running, int64_t scans_stored);

/* ---- the process ---- */

typedef struct dd_srv_runner dd_srv_runner;
typedef struct dd_srv_scheduler dd_srv_scheduler;
typedef struct dd_srv_notify dd_srv_notify;   /* notify.h */
typedef struct dd_srv_lease dd_srv_lease;

typedef struct dd_srv {
	dd_srv_config cfg;
	dd_store *store;
	dd_engine *engine;
	dd_srv_runner *runner;
	dd_srv_scheduler *scheduler;
	dd_srv_metrics metrics;
	unsigned char secret_key[32];
	bool have_secret_key;
	char db_path[2048];         /* the advisory DB the engine reads */
	struct dd_srv_rescan *rescan;   /* the advisory DB watcher (rescan.c); NULL: off */
	dd_srv_notify *notify;      /* the notification delivery thread (notify.h) */
	atomic_int http_port;       /* the port the listener bound (0 until it listens) */
	/* scale-out (issue 17) */
	bool worker;                /* --worker: takes work only; the listener serves /healthz and /metrics */
	bool shared;                /* the store is shared with other processes (not SQLite) */
	dd_srv_lease *lease;        /* the lease keeper (lease.c) */
} dd_srv;

/* ---- HTTP (http.c) ---- */

typedef struct dd_srv_http dd_srv_http;
/* Listens on cfg.listen (HTTPS with tls_cert/tls_key); *port the bound port */
int dd_srv_http_start(dd_srv *srv, dd_srv_http **out, int *port);
void dd_srv_http_stop(dd_srv_http *h);

/* ---- runner (runner.c) ---- */

int dd_srv_runner_start(dd_srv *srv, dd_srv_runner **out);
/* Queues a task (one item per {registry, repository, tag} of items) with
 * the deadline max_task_duration from now, and wakes the workers. */
int dd_srv_task_submit(dd_srv *srv, const char *kind, int64_t rule, unsigned scanners, json_t *items, int64_t *id);
/* A task the store has queued otherwise (a fix): logged, workers woken. */
void dd_srv_task_queued(dd_srv *srv, const char *kind, int64_t id, size_t items);
/* new work is there: wake an idle worker */
void dd_srv_runner_kick(dd_srv_runner *r);
/* stop claiming; let running items finish for grace seconds; cancel and
 * requeue the rest; join the workers */
void dd_srv_runner_stop(dd_srv_runner *r, int64_t grace);
/* {critical..unknown: N, by_class: {...}} of r's unsuppressed findings: a
 * stored scan's summary, or one after whitelists (NULL: out of memory) */
json_t *dd_srv_report_summary(const dd_report *r);

/* ---- periodic threads (ticker.c) ---- */

typedef struct dd_srv_ticker dd_srv_ticker;
/* A thread calling fn(arg) at once and then every period_ms; what names it
 * in the start's error. stop wakes it, waits for a running call, joins. */
int dd_srv_ticker_start(dd_srv_ticker **out, void (*fn)(void *arg), void *arg, long period_ms, const char *what);
void dd_srv_ticker_stop(dd_srv_ticker *t);

/* ---- scale-out: the lease keeper (lease.c) ---- */

/* One thread: every second the store's lease_renew (this process's items)
 * and lease_expire (the items of processes that died); stop joins it. */
int dd_srv_lease_start(dd_srv *srv, dd_srv_lease **out);
void dd_srv_lease_stop(dd_srv_lease *l);

/* ---- fix through the API (fix_task.c) ---- */

/* The config's fix_sources: keys apt/apk naming readable files; DD_EINVAL
 * with err naming the key. */
int dd_srv_fix_sources_check(const dd_srv_config *cfg, char *err, size_t cap);
/* Runs the fix of a "fix" task's item with the registry reg (co: its
 * credentials), progress/payload the runner's cancel poll. Stores the
 * drydock.fix/v1 result and the written tag, queues the scan of that tag.
 * *digest receives the source digest (malloc'ed) when known; msg says what
 * was done (0) or what failed (negative dd_error_code). */
int dd_srv_fix_item(dd_srv *srv, const dd_store_item *it, json_t *reg, const dd_catalog_options *co,
	dd_progress_cb progress, void *payload, char **digest, char *msg, size_t cap);

/* ---- re-evaluation when the advisory DB changes (rescan.c) ---- */

typedef struct dd_srv_rescan dd_srv_rescan;
/* The config's advisory_db_poll in seconds (default 30, 0: off); DD_EINVAL */
int dd_srv_rescan_poll(const dd_srv_config *cfg, int64_t *seconds, char *err, size_t cap);
/* Starts the watcher (*out NULL when advisory_db_poll is off); stop joins it. */
int dd_srv_rescan_start(dd_srv *srv, dd_srv_rescan **out);
void dd_srv_rescan_stop(dd_srv_rescan *w);
/* The dedup key of the stored scan a "rescan" item's image holds now;
 * DD_ENOTFOUND when it holds none of the item's digest any more. */
int dd_srv_rescan_key(dd_srv *srv, const dd_store_item *it, char *key, size_t cap);
/* After a rematch of scan_id (before -> after, against the DB built
 * db_built_at): records the vulnerability ids added and removed for every
 * image that holds the scan, when there are any (task may be 0). */
void dd_srv_findings_rematched(dd_srv *srv, int64_t task, int64_t scan_id, const char *digest, const char *db_built_at,
	const dd_report *before, const dd_report *after);

/* ---- registries (registries.c) ---- */

/* The registry NAME (config first, then store) as an object with the
 * sealed secret; DD_ENOTFOUND. */
int dd_srv_registry_find(dd_srv *srv, const char *name, json_t **out, bool *from_config);
/* Catalog options for a registry object; strings point into reg and buf
 * (which holds the resolved password) */
int dd_srv_registry_options(dd_srv *srv, json_t *reg, dd_catalog_options *co, char *pw, size_t pwcap);
/* "sealed" form of a secret for the store (AES-256-GCM with the key file's
 * key, else marked plain) and back */
int dd_srv_secret_seal(dd_srv *srv, const char *secret, char **out);
int dd_srv_secret_open(dd_srv *srv, const char *sealed, char *out, size_t cap);
/* a repository name of the distribution grammar ([a-z0-9] components
 * separated by '/', with . _ - inside), at most 255 bytes */
bool dd_srv_repository_ok(const char *s);
bool dd_srv_tag_ok(const char *s);

/* ---- scan rules (rules.c) ---- */

#include <regex.h>
/* Compiles a rule's tag_regex (POSIX ERE, anchored as written); on an
 * invalid one, err says what and at which position (0-based, from PCRE2's
 * reading of the same text) and DD_EINVAL is returned. */
int dd_srv_tag_regex(const char *re, regex_t *out, char *err, size_t cap);
/* Checks and normalizes a rule body (API fields); 0, or DD_EINVAL with a
 * message naming the field (*status 400 for a bad regex, else 422). */
int dd_srv_rule_check(dd_srv *srv, json_t *rule, int *status);
/* Does the rule cover registry/repository:tag (scope and tag_regex)? */
bool dd_srv_rule_matches(json_t *rule, const regex_t *re, const char *registry, const char *repository, const char *tag);
/* The rule's images now, listed from its registry: [{registry, repository, tag}] */
int dd_srv_rule_enumerate(dd_srv *srv, json_t *rule, json_t **items);
/* DD_SCANNER_* bits of a rule's "scanners" list (0: the default) */
unsigned dd_srv_rule_scanners(json_t *rule);

/* ---- the clock (clock.c) ---- */

/* The service's time, unix seconds / milliseconds: time() unless the
 * config's test_clock_file names a file holding unix seconds (a test hook:
 * a test moves time by writing it; read at every call). The store's times
 * follow the same clock. */
int dd_srv_clock_init(dd_srv *srv);
/* r written in fmt (wo may be NULL) into *out (malloc'ed, NUL-terminated,
 * *len bytes); 0 or a negative dd_error_code (report_text.c) */
int dd_srv_report_text(const dd_report *r, dd_format fmt, const dd_write_options *wo, char **out, size_t *len);

int64_t dd_srv_now(void);
int64_t dd_srv_now_ms(void);
/* true when the time comes from test_clock_file */
bool dd_srv_clock_injected(void);
/* unix seconds of an RFC 3339 time ("2026-12-07T14:00:00Z"; fractions and
 * offsets allowed); -1 when it is not one */
int64_t dd_srv_time_parse(const char *s);

/* ---- periodic scans and retention (scheduler.c) ---- */

/* One thread per process: each pass (every second) ends tasks past their
 * max_task_duration, starts the periodic runs that are due (from the store:
 * the rule's last run + its cycle) and deletes results past a rule's
 * retention_days. */
int dd_srv_scheduler_start(dd_srv *srv, dd_srv_scheduler **out);
void dd_srv_scheduler_stop(dd_srv_scheduler *s);
/* Asks the store for the "scheduler" role (leader_try), logs a change and
 * sets the drydock_leader gauge; true while this process holds it. */
bool dd_srv_leader_check(dd_srv *srv);
/* a cycle's length in seconds ("3d", "1w", "2w"); 0 for "off" or unknown */
int64_t dd_srv_cycle_seconds(const char *cycle);
/* Sets a rule object's last_run_at and next_run_at (null when none) from
 * the store, as the scheduler computes them; returns rule. */
json_t *dd_srv_rule_schedule(dd_srv *srv, json_t *rule);

/* ---- a rule's time range (time_range.c) ---- */

/* For an item of a scan or periodic task whose rule has time_range_days:
 * 1 (and why in reason) when the image's update time (its push time, else
 * its config's `created`) is older than the range, so the item is skipped;
 * 0 otherwise (no range, a push task, or the time unknown: scanned). */
int dd_srv_time_range_skip(dd_srv *srv, const dd_store_item *it, const dd_catalog_options *co, const char *digest,
	char *reason, size_t cap);

/* ---- speed limits (speed.c) ---- */

/* images per hour the registry object allows pulling (0: unlimited) */
int64_t dd_srv_speed_limit(json_t *reg);
/* Waits for the registry's token bucket before a pull; stop (the runner's
 * progress callback) is asked between waits and ends the wait with
 * DD_ECANCELED. 0: pull now. */
int dd_srv_speed_wait(dd_srv *srv, json_t *reg, dd_progress_cb stop, void *payload);
/* the pull was served by the layer cache: its token goes back */
void dd_srv_speed_refund(dd_srv *srv, json_t *reg);

/* ---- tokens (tokens.c) ---- */

void dd_srv_token_hash(const char *token, char out[65]);
bool dd_srv_role_ok(const char *role);

/* ---- blocked images (image_blocks.c; issue 15) ---- */

/* Marks the image blocked (reason: why, shown by admission and the status
 * API) or, with blocked false, unblocked. The block is kept on the manifest
 * digest: digest when given, else the one the store has for
 * registry/repository:tag (DD_ENOTFOUND when it has none). What delivery
 * chains call on a verdict; *digest_out (may be NULL) receives the digest. */
int dd_srv_image_block(dd_srv *srv, const char *registry, const char *repository, const char *tag, const char *digest,
	bool blocked, const char *reason, char digest_out[80]);

#endif
