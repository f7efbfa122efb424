/*
 * dd_engine (include/drydock/engine.h): the per-process half of scanning.
 * The analyzers' init() (compiled rules, ClamAV signatures) runs once per
 * engine and its state is shared, read-only, by every scan; the advisory DB
 * is pooled per file generation (engine_db.c). dd_scan() is a one-shot
 * engine with lazy init.
 */
#include <stdlib.h>
#include <string.h>

#include "scan/engine.h"
#include "util/isal_ready.h"
#include "util/error.h"
#include "util/str.h"

static int analyzer_index(const dd_analyzer *an)
{
	for (int i = 0; dd_analyzers[i] && i < DD_ENGINE_ANALYZERS_MAX; i++)
		if (dd_analyzers[i] == an)
			return i;
	return -1;
}

/* init() of one analyzer, once per engine; under e->lock. A failure is not
 * remembered: the next scan tries again (a rule file fixed meanwhile). */
static int state_of(dd_engine *e, int i, void **out)
{
	const dd_analyzer *an = dd_analyzers[i];
	int rc = 0;
	if (!e->inited[i] && an->init) {
		if ((rc = an->init(&e->states[i], &e->init_opts)) != 0)
			return dd_error_prefix(rc, "analyzer %s", an->name);
	}
	e->inited[i] = true;
	*out = e->states[i];
	return 0;
}

int dd_engine_states(dd_engine *e, const dd_analyzer *const *enabled, void **states)
{
	int rc = 0;
	pthread_mutex_lock(&e->lock);
	for (size_t k = 0; enabled[k] && !rc; k++) {
		int i = analyzer_index(enabled[k]);
		rc = i < 0 ? dd_error_set(DD_ERROR, "analyzer %s is not in the table", enabled[k]->name)
			   : state_of(e, i, &states[k]);
	}
	pthread_mutex_unlock(&e->lock);
	return rc;
}

static int dup_opt(char **dst, const char *src)
{
	if (src && !(*dst = strdup(src)))
		return dd_error_oom();
	return 0;
}

int dd_engine_new(dd_engine **out, const dd_engine_options *opts)
{
	dd_engine_options defaults = DD_ENGINE_OPTIONS_INIT;
	int rc;
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (opts->version != DD_ENGINE_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "dd_engine_options version %u; this drydock knows version %u",
			opts->version, DD_ENGINE_OPTIONS_VERSION);
	dd_isal_ready(); /* before any scan thread: util/isal_ready.h */
	dd_engine *e = calloc(1, sizeof(*e));
	if (!e)
		return dd_error_oom();
	pthread_mutex_init(&e->lock, NULL);
	pthread_mutex_init(&e->db_lock, NULL);
	if ((rc = dup_opt(&e->rules_dir, opts->rules_dir)) != 0 || (rc = dup_opt(&e->clamav_db, opts->clamav_db)) != 0 ||
	    (rc = dup_opt(&e->secret_config, opts->secret_config)) != 0)
		goto fail;
	if (opts->db_path) {
		if (!(e->db_path = strdup(opts->db_path))) {
			rc = dd_error_oom();
			goto fail;
		}
	} else if (!(e->db_path = dd_db_default_path())) {
		/* no place for a DB (no HOME): the engine still scans; every
		 * scan that needs the DB says why it has none */
		if (dd_error_last_code() == DD_ENOMEM) {
			rc = DD_ENOMEM;
			goto fail;
		}
		snprintf(e->db_why, sizeof(e->db_why), "%s", dd_error_last());
	}
	e->init_opts = (dd_scan_options)DD_SCAN_OPTIONS_INIT;
	e->init_opts.db_path = e->db_path;
	e->init_opts.rules_dir = e->rules_dir;
	e->init_opts.clamav_db = e->clamav_db;
	e->init_opts.secret_config = e->secret_config;
	if (!opts->lazy) {
		pthread_mutex_lock(&e->lock);
		for (int i = 0; dd_analyzers[i] && i < DD_ENGINE_ANALYZERS_MAX && !rc; i++) {
			void *st = NULL;
			if ((rc = state_of(e, i, &st)) == 0 && st && dd_analyzers[i]->warm &&
			    (rc = dd_analyzers[i]->warm(st)) != 0)
				rc = dd_error_prefix(rc, "analyzer %s", dd_analyzers[i]->name);
		}
		pthread_mutex_unlock(&e->lock);
		if (rc)
			goto fail;
	}
	*out = e;
	return 0;
fail:
	dd_engine_free(e);
	return rc;
}

void dd_engine_free(dd_engine *e)
{
	if (!e)
		return;
	for (int i = 0; dd_analyzers[i] && i < DD_ENGINE_ANALYZERS_MAX; i++)
		if (e->states[i] && dd_analyzers[i]->free)
			dd_analyzers[i]->free(e->states[i]);
	dd_engine_db_free_all(e);
	pthread_mutex_destroy(&e->lock);
	pthread_mutex_destroy(&e->db_lock);
	free(e->db_path);
	free(e->rules_dir);
	free(e->clamav_db);
	free(e->secret_config);
	free(e);
}

/* A per-scan value that belongs to the engine: absent, or the same. */
static int engine_owned(const char *name, const char *scan_value, const char *engine_value)
{
	if (!scan_value || (engine_value && !strcmp(scan_value, engine_value)))
		return 0;
	return dd_error_set(DD_EINVAL, "%s is set on the engine (dd_engine_options), not per scan: '%s' differs from the "
		"engine's '%s'", name, scan_value, engine_value ? engine_value : "(none)");
}

int dd_engine_scan(dd_engine *e, dd_report **out, const char *ref, const dd_scan_options *opts)
{
	dd_scan_options defaults = DD_SCAN_OPTIONS_INIT;
	int rc;
	*out = NULL;
	if (!e)
		return dd_error_set(DD_EINVAL, "dd_engine_scan: no engine");
	if (!opts)
		opts = &defaults;
	if ((rc = engine_owned("db_path", opts->db_path, e->db_path)) != 0 ||
	    (rc = engine_owned("rules_dir", opts->rules_dir, e->rules_dir)) != 0 ||
	    (rc = engine_owned("clamav_db", opts->clamav_db, e->clamav_db)) != 0 ||
	    (rc = engine_owned("secret_config", opts->secret_config, e->secret_config)) != 0)
		return rc;
	return dd_scan_run(e, out, ref, opts);
}

int dd_scan(dd_report **out, const char *ref, const dd_scan_options *opts)
{
	dd_scan_options defaults = DD_SCAN_OPTIONS_INIT;
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_engine *e = NULL;
	if (!opts)
		opts = &defaults;
	eo.db_path = opts->db_path;
	eo.rules_dir = opts->rules_dir;
	eo.clamav_db = opts->clamav_db;
	eo.secret_config = opts->secret_config;
	eo.lazy = true;
	int rc = dd_engine_new(&e, &eo);
	if (!rc)
		rc = dd_engine_scan(e, out, ref, opts);
	dd_engine_free(e);
	return rc;
}
