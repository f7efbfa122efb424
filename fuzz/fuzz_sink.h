/*
 * A sink for the importer fuzz targets: it reads every field of each record
 * it is handed (so that a record that parses but holds garbage is caught by
 * the sanitizers) and evaluates each range blob against a few versions.
 * Header-only: fuzz targets are one file each.
 */
#ifndef DD_FUZZ_SINK_H
#define DD_FUZZ_SINK_H

#include <string.h>

#include "vuln/import.h"
#include "vuln/range.h"
#include "vuln/version.h"

static size_t fuzz_touch(const char *s)
{
	return s ? strlen(s) : 0;
}

static int fuzz_advisory(void *ctx, const dd_adv *a)
{
	size_t n = fuzz_touch(a->rid) + fuzz_touch(a->id) + fuzz_touch(a->source) + fuzz_touch(a->title) +
		fuzz_touch(a->details) + fuzz_touch(a->cvss_vector);
	for (size_t i = 0; i < a->ids.count; i++)
		n += fuzz_touch(a->ids.items[i]);
	for (size_t i = 0; i < a->n_affected; i++) {
		const dd_adv_affected *af = &a->affected[i];
		const dd_version_scheme *s = dd_version_scheme_for(af->ecosystem);
		n += fuzz_touch(af->package);
		if (!s)
			s = dd_version_scheme_for("npm");
		static const char *const probes[] = { "0", "1.0.0", "2.6.1", "1:1.2-3", "1.1.22-r3" };
		for (size_t k = 0; k < 5; k++) {
			dd_range_result r;
			if (dd_range_eval(s, dd_version_scheme_for("npm"), probes[k], af->ranges.ptr, af->ranges.len, &r) == 0 &&
			    r.fixed)
				n += r.fixed_len;
		}
	}
	*(size_t *)ctx += n;
	return 0;
}

static int fuzz_withdraw(void *ctx, const char *rid, int64_t modified)
{
	*(size_t *)ctx += fuzz_touch(rid) + (size_t)(modified & 1);
	return 0;
}

static int fuzz_kev(void *ctx, const dd_kev_entry *e)
{
	*(size_t *)ctx += fuzz_touch(e->cve) + fuzz_touch(e->added) + fuzz_touch(e->name);
	return 0;
}

/* The body of a JSON importer's target: parse, import into the sink. */
static int fuzz_import_json(const uint8_t *data, size_t size,
	int (*import)(const dd_import_sink *, const json_t *, const char *))
{
	json_t *doc = json_loadb((const char *)data, size, 0, NULL);
	size_t acc = 0;
	dd_db_import_stats st = { 0 };
	dd_import_sink sink = { fuzz_advisory, fuzz_withdraw, fuzz_kev, &acc, &st };
	if (!doc)
		return 0;
	import(&sink, doc, "fuzz");
	json_decref(doc);
	return 0;
}

#endif
