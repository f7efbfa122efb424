/*
 * The scan engine: what every scan needs and no scan should pay for again
 * (compiled YARA and Hyperscan rules, ClamAV signatures, the advisory DB),
 * held by a long-running process that runs many scans, concurrently.
 * Included by drydock.h. See docs/engine.md.
 *
 *   dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
 *   dd_engine *e;
 *   if (dd_engine_new(&e, &eo) < 0) ... dd_error_last() ...
 *   dd_report *r;
 *   dd_scan_options so = DD_SCAN_OPTIONS_INIT;   (any thread, many at once)
 *   so.timeout_ms = 60000;
 *   int rc = dd_engine_scan(e, &r, "docker://alpine:3.20", &so);
 *   dd_engine_free(e);                 (after every scan has returned)
 */
#ifndef DRYDOCK_ENGINE_H
#define DRYDOCK_ENGINE_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dd_engine dd_engine;

typedef struct dd_engine_options {
	unsigned version;
	const char *db_path;        /* advisory DB; NULL: dd_db_default_path() */
	const char *rules_dir;      /* extra YARA rules */
	const char *clamav_db;      /* ClamAV signature folder (optional) */
	const char *secret_config;  /* extra secret rules (YAML) */
	/* false: dd_engine_new compiles every rule set now (a service: the first
	 * scan pays nothing, a bad rule file fails here). true: each analyzer's
	 * rules are built once, at the first scan that reads a layer (the CLI:
	 * a fully cached rescan never compiles anything). */
	bool lazy;
} dd_engine_options;
#define DD_ENGINE_OPTIONS_VERSION 1
#define DD_ENGINE_OPTIONS_INIT { DD_ENGINE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, false }

/*
 * Creates an engine. Process-wide library state (YARA, libcurl) is set up
 * once per process, whatever the number of engines. The advisory DB is
 * opened at the first scan that matches vulnerabilities; a DB replaced on
 * disk (by rename, as `db update` does) is picked up by the next scan that
 * starts, while scans already running keep the DB they started with.
 */
int dd_engine_new(dd_engine **out, const dd_engine_options *opts);

/*
 * One scan, as dd_scan() (drydock.h), with the engine's rules and DB. May be
 * called from many threads at once. opts->db_path, rules_dir, clamav_db and
 * secret_config belong to the engine: NULL or the engine's own value, else
 * DD_EINVAL. Cancellation and deadline: see dd_progress_cb and
 * dd_scan_options.timeout_ms (DD_ECANCELED, DD_ETIMEOUT).
 */
int dd_engine_scan(dd_engine *e, dd_report **out, const char *ref, const dd_scan_options *opts);

/* Frees the engine; no scan may be running on it. NULL is fine. */
void dd_engine_free(dd_engine *e);

#ifdef __cplusplus
}
#endif
#endif
