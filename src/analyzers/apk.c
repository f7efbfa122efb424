/*
 * apk analyzer: Alpine packages from lib/apk/db/installed.
 *
 * The one idea: the database is a list of records separated by blank lines,
 * each line "K:value" with a one-letter key (P name, V version, A arch,
 * o origin = the source package, L license). Lines about files (F:, R:, Z:...)
 * are most of the bytes and are skipped without copying.
 */
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/textdb.h"
#include "util/error.h"

#define FIELD_MAX 1024

typedef struct record {
	dd_slice name, version, arch, origin, license;
	bool any;
} record;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && strcmp(path, "lib/apk/db/installed") == 0;
}

static bool bad(dd_slice s, size_t max)
{
	return s.n > max || (s.n && memchr(s.p, '\0', s.n));
}

static int emit(dd_analysis *a, const record *r, bool *noted)
{
	if (!r->name.n || !r->version.n)
		return 0;
	if (bad(r->name, FIELD_MAX) || bad(r->version, FIELD_MAX) || bad(r->arch, FIELD_MAX) ||
	    bad(r->origin, FIELD_MAX) || bad(r->license, 16 * FIELD_MAX)) {
		if (!*noted)
			dd_analysis_note(a, true, "a package record with an overlong or binary field was skipped");
		*noted = true;
		return 0;
	}
	int rc;
	dd_package p = { .type = "apk" };
	p.name = dd_textdb_dup(r->name);
	p.version = dd_textdb_dup(r->version);
	p.arch = r->arch.n ? dd_textdb_dup(r->arch) : NULL;
	/* a package built from its own APKBUILD has no o: line */
	p.source_name = dd_textdb_dup(r->origin.n ? r->origin : r->name);
	p.source_version = dd_textdb_dup(r->version);
	p.licenses = r->license.n ? dd_textdb_dup(r->license) : NULL;
	if (!p.name || !p.version || (r->arch.n && !p.arch) || !p.source_name || !p.source_version ||
	    (r->license.n && !p.licenses)) {
		rc = dd_error_oom();
		goto cleanup;
	}
	rc = dd_analysis_add_package(a, &p);
cleanup:
	free(p.name);
	free(p.version);
	free(p.arch);
	free(p.source_name);
	free(p.source_version);
	free(p.licenses);
	return rc;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	const char *pos = (const char *)data, *end = pos + len;
	record r = { 0 };
	dd_slice line;
	bool noted = false;
	int rc;
	while (dd_textdb_next_line(&pos, end, &line)) {
		if (line.n == 0) {
			if (r.any && (rc = emit(a, &r, &noted)) != 0)
				return rc;
			memset(&r, 0, sizeof(r));
			continue;
		}
		r.any = true;
		if (line.n < 2 || line.p[1] != ':')
			continue;
		dd_slice val = dd_textdb_trim((dd_slice){ line.p + 2, line.n - 2 });
		switch (line.p[0]) {
		case 'P': r.name = val; break;
		case 'V': r.version = val; break;
		case 'A': r.arch = val; break;
		case 'o': r.origin = val; break;
		case 'L': r.license = val; break;
		default: break;
		}
	}
	if (r.any && (rc = emit(a, &r, &noted)) != 0)
		return rc;
	return 0;
}

const dd_analyzer dd_analyzer_apk = {
	.name = "apk",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 64u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
