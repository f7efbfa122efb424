/*
 * drydock fix: the framework (docs/fix.md). Reads the image's package state
 * once, scans, selects the OS vulnerabilities, lets the backend plan and
 * build one patch layer, writes the new image and rescans it.
 */
#include <stdlib.h>

#include "drydock/drydock.h"
#include "fix/backend.h"
#include "util/error.h"
#include "util/str.h"

void dd_fix_result_free(dd_fix_result *r)
{
	if (!r)
		return;
	free(r->source_ref);
	free(r->source_digest);
	free(r->target_ref);
	free(r->target_digest);
	for (size_t i = 0; i < r->n_upgrades; i++) {
		free(r->upgrades[i].type);
		free(r->upgrades[i].name);
		free(r->upgrades[i].from);
		free(r->upgrades[i].to);
		dd_strv_free(&r->upgrades[i].closes);
	}
	free(r->upgrades);
	dd_strv_free(&r->fixed);
	dd_strv_free(&r->remaining);
	dd_strv_free(&r->new_ids);
	for (size_t i = 0; i < r->n_not_fixable; i++) {
		free(r->not_fixable[i].id);
		free(r->not_fixable[i].package);
		free(r->not_fixable[i].why);
	}
	free(r->not_fixable);
	for (size_t i = 0; i < r->n_advice; i++) {
		free(r->advice[i].id);
		free(r->advice[i].package);
		free(r->advice[i].path);
		free(r->advice[i].fixed_version);
	}
	free(r->advice);
	dd_strv_free(&r->notes);
	free(r);
}

int dd_engine_fix(dd_engine *e, dd_fix_result **out, const char *ref, const dd_fix_options *opts)
{
	(void)e, (void)ref, (void)opts;
	*out = NULL;
	return dd_error_set(DD_EUNSUPPORTED, "drydock fix: the framework is being built");
}

int dd_fix(dd_fix_result **out, const char *ref, const dd_fix_options *opts)
{
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	eo.db_path = opts ? opts->db_path : NULL;
	eo.lazy = true;
	dd_engine *e = NULL;
	int rc = dd_engine_new(&e, &eo);
	if (rc == 0)
		rc = dd_engine_fix(e, out, ref, opts);
	else
		*out = NULL;
	dd_engine_free(e);
	return rc;
}

int dd_fix_result_write(const dd_fix_result *r, dd_format fmt, FILE *fp, const dd_write_options *opts)
{
	(void)r, (void)fmt, (void)fp, (void)opts;
	return dd_error_set(DD_EUNSUPPORTED, "drydock fix: the framework is being built");
}
