/*
 * A fix result on paper (fix.h): the drydock.fix/v1 JSON document of
 * docs/CLI.md, and the tables the CLI prints (the plan, then before/after).
 * The JSON has every key of the contract in its order whatever happened;
 * what did not happen is empty or null (target digest of a dry run, patch
 * layer of a fix that wrote nothing, after of a fix not rescanned).
 */
#include <jansson.h>
#include <string.h>

#include "drydock/drydock.h"
#include "util/error.h"

static json_t *strv_json(const dd_strv *v)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < v->count; i++)
		json_array_append_new(a, json_string(v->items[i]));
	return a;
}

static json_t *str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *sev_json(const size_t c[DD_SEV_COUNT])
{
	return json_pack("{s:I,s:I,s:I,s:I,s:I}", "critical", (json_int_t)c[DD_SEV_CRITICAL],
		"high", (json_int_t)c[DD_SEV_HIGH], "medium", (json_int_t)c[DD_SEV_MEDIUM],
		"low", (json_int_t)c[DD_SEV_LOW], "unknown", (json_int_t)c[DD_SEV_UNKNOWN]);
}

static json_t *to_json(const dd_fix_result *r)
{
	json_t *ups = json_array(), *nf = json_array(), *adv = json_array();
	for (size_t i = 0; ups && i < r->n_upgrades; i++) {
		const dd_fix_upgrade *u = &r->upgrades[i];
		json_array_append_new(ups, json_pack("{s:s,s:s,s:s,s:s,s:s,s:o}", "type", u->type, "name", u->name,
			"from", u->from, "to", u->to, "reason", u->dependency ? "dependency" : "fix",
			"closes", strv_json(&u->closes)));
	}
	for (size_t i = 0; nf && i < r->n_not_fixable; i++)
		json_array_append_new(nf, json_pack("{s:s,s:s,s:s}", "id", r->not_fixable[i].id,
			"package", r->not_fixable[i].package, "why", r->not_fixable[i].why));
	for (size_t i = 0; adv && i < r->n_advice; i++)
		json_array_append_new(adv, json_pack("{s:s,s:s,s:s,s:s}", "id", r->advice[i].id,
			"package", r->advice[i].package, "path", r->advice[i].path,
			"fixed_version", r->advice[i].fixed_version));
	json_t *patch = r->has_patch_layer ? json_pack("{s:s,s:s,s:I}", "digest", r->patch_digest,
		"diff_id", r->patch_diff_id, "size", (json_int_t)r->patch_size) : json_null();
	json_t *doc = json_pack("{s:s,s:{s:o,s:o},s:{s:o,s:o,s:b},s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:b,s:o,s:o,s:b}",
		"schema", "drydock.fix/v1",
		"source", "ref", str_or_null(r->source_ref), "digest", str_or_null(r->source_digest),
		"target", "ref", str_or_null(r->target_ref), "digest", str_or_null(r->target_digest),
		"written", r->written,
		"patch_layer", patch,
		"upgrades", ups,
		"fixed", strv_json(&r->fixed), "remaining", strv_json(&r->remaining), "new", strv_json(&r->new_ids),
		"not_fixable", nf, "advice", adv,
		"before", sev_json(r->before),
		"after", r->rescanned ? sev_json(r->after) : json_null(),
		"dry_run", r->dry_run,
		"notes", strv_json(&r->notes),
		"scripts", strv_json(&r->scripts), "ld_cache", r->ld_cache);
	return doc;
}

static void sev_line(FILE *fp, const char *what, const size_t c[DD_SEV_COUNT])
{
	fprintf(fp, "  %-7s critical %zu, high %zu, medium %zu, low %zu, unknown %zu\n", what, c[DD_SEV_CRITICAL],
		c[DD_SEV_HIGH], c[DD_SEV_MEDIUM], c[DD_SEV_LOW], c[DD_SEV_UNKNOWN]);
}

static void id_list(FILE *fp, const char *what, const dd_strv *v)
{
	fprintf(fp, "  %-10s %zu", what, v->count);
	for (size_t i = 0; i < v->count && i < 12; i++)
		fprintf(fp, "%s%s", i ? " " : ": ", v->items[i]);
	fprintf(fp, "%s\n", v->count > 12 ? " ..." : "");
}

static int write_table(const dd_fix_result *r, FILE *fp)
{
	fprintf(fp, "Fix of %s\n\n", r->source_ref ? r->source_ref : "");
	if (r->n_upgrades) {
		int wn = 7, wf = 9, wt = 11;
		for (size_t i = 0; i < r->n_upgrades; i++) {
			int n = (int)strlen(r->upgrades[i].name), f = (int)strlen(r->upgrades[i].from),
				t = (int)strlen(r->upgrades[i].to);
			wn = n > wn ? n : wn;
			wf = f > wf ? f : wf;
			wt = t > wt ? t : wt;
		}
		fprintf(fp, "%-*s  %-*s  %-*s  %-10s  %s\n", wn, "PACKAGE", wf, "INSTALLED", wt, "NEW VERSION", "REASON",
			"CLOSES");
		for (size_t i = 0; i < r->n_upgrades; i++) {
			const dd_fix_upgrade *u = &r->upgrades[i];
			fprintf(fp, "%-*s  %-*s  %-*s  %-10s  ", wn, u->name, wf, u->from, wt, u->to,
				u->dependency ? "dependency" : "fix");
			for (size_t k = 0; k < u->closes.count; k++)
				fprintf(fp, "%s%s", k ? " " : "", u->closes.items[k]);
			fputc('\n', fp);
		}
	} else {
		fputs("Nothing to upgrade.\n", fp);
	}
	if (r->n_not_fixable) {
		fputs("\nNot fixable:\n", fp);
		for (size_t i = 0; i < r->n_not_fixable; i++)
			fprintf(fp, "  %s%s%s: %s\n", r->not_fixable[i].id, *r->not_fixable[i].package ? " " : "",
				r->not_fixable[i].package, r->not_fixable[i].why);
	}
	if (r->n_advice) {
		fputs("\nApplication vulnerabilities (not fixed by drydock; upgrade them in the application):\n", fp);
		for (size_t i = 0; i < r->n_advice; i++)
			fprintf(fp, "  %s %s -> %s (%s)\n", r->advice[i].id, r->advice[i].package,
				r->advice[i].fixed_version, *r->advice[i].path ? r->advice[i].path : "path unknown");
	}
	for (size_t i = 0; i < r->scripts.count; i++)
		fprintf(fp, "%s%s\n", i ? "  " : "\nMaintainer scripts run in the sandbox:\n  ", r->scripts.items[i]);
	for (size_t i = 0; i < r->notes.count; i++)
		fprintf(fp, "%s%s\n", i ? "" : "\nNotes:\n", r->notes.items[i]);
	fputc('\n', fp);
	if (r->written)
		fprintf(fp, "Written: %s (%s)\n", r->target_ref, r->target_digest ? r->target_digest : "");
	else
		fprintf(fp, "Not written%s%s\n", r->target_ref ? "; target would be " : "", r->target_ref ? r->target_ref : "");
	if (r->has_patch_layer)
		fprintf(fp, "Patch layer: %s, %llu bytes\n", r->patch_digest, (unsigned long long)r->patch_size);
	fputs("\nVulnerabilities:\n", fp);
	sev_line(fp, "before", r->before);
	if (r->rescanned) {
		sev_line(fp, "after", r->after);
		id_list(fp, "fixed", &r->fixed);
		id_list(fp, "remaining", &r->remaining);
		id_list(fp, "new", &r->new_ids);
	}
	return ferror(fp) ? dd_error_set(DD_EIO, "writing the fix result failed") : 0;
}

int dd_fix_result_write(const dd_fix_result *r, dd_format fmt, FILE *fp, const dd_write_options *opts)
{
	if (opts && opts->version != DD_WRITE_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "dd_fix_result_write: dd_write_options version %u unknown", opts->version);
	if (fmt == DD_FORMAT_TABLE)
		return write_table(r, fp);
	if (fmt != DD_FORMAT_JSON)
		return dd_error_set(DD_EINVAL, "a fix result is written as table or json");
	json_t *doc = to_json(r);
	if (!doc)
		return dd_error_oom();
	int rc = json_dumpf(doc, fp, JSON_INDENT(2)) == 0 ? 0 : dd_error_set(DD_EIO, "writing the fix result failed");
	fputc('\n', fp);
	json_decref(doc);
	return rc;
}
