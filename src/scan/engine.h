/*
 * The engine's insides (the public half is include/drydock/engine.h): the
 * analyzers' shared state, built once per engine, and the advisory DB,
 * opened once per DB file and handed to scans from a pool. See
 * docs/engine.md.
 */
#ifndef DD_SCAN_ENGINE_H
#define DD_SCAN_ENGINE_H

#include <pthread.h>
#include <stdbool.h>

#include "analyzers/analyzer.h"
#include "drydock/drydock.h"
#include "vuln/match.h"

#define DD_ENGINE_ANALYZERS_MAX 64

typedef struct dd_engine_db dd_engine_db;

struct dd_engine {
	char *db_path, *rules_dir, *clamav_db, *secret_config;
	char db_why[512];       /* db_path NULL: why there is no default place for the DB (no HOME) */
	dd_scan_options init_opts;   /* what the analyzers' init() sees; points at the strings above */
	pthread_mutex_t lock;        /* states, inited */
	void *states[DD_ENGINE_ANALYZERS_MAX];
	bool inited[DD_ENGINE_ANALYZERS_MAX];
	pthread_mutex_t db_lock;     /* db and every generation's pool and refs */
	dd_engine_db *db;            /* the generation new scans get; NULL until the first */
};

/* The engine's state of each analyzer in `enabled` (NULL-terminated), built
 * now for those that have none yet; states[i] goes with enabled[i]. */
int dd_engine_states(dd_engine *e, const dd_analyzer *const *enabled, void **states);

/* Scan-owned DB: the generation current at scan start (a newer file on disk
 * makes a new one) and a matcher of it. DD_ENODB (message set) when there
 * is no usable DB. Release gives the matcher back to its generation's pool
 * and drops the reference; the last reference to an old generation closes
 * its matchers. */
int dd_engine_db_acquire(dd_engine *e, dd_engine_db **gen, dd_matcher **m);
void dd_engine_db_release(dd_engine *e, dd_engine_db *gen, dd_matcher *m);
void dd_engine_db_free_all(dd_engine *e);

/* The scan itself (scan.c). */
int dd_scan_run(dd_engine *e, dd_report **out, const char *ref, const dd_scan_options *opts);

#endif
