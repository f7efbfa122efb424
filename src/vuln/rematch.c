/*
 * dd_report_rematch: a stored report's package inventory matched against
 * another advisory DB, without the image.
 *
 * The one idea: a report is inventory plus the findings drawn from it. The
 * vulnerability findings, the DB's identity (built_at, sources) and the
 * notes the old match wrote depend on the DB; everything else (packages,
 * OS, layers, secrets, baseline, malware and build findings, the notes of
 * reading the image) depends only on the image and is carried over as it
 * is. So a rematch equals a rescan with the new DB, and a report that could
 * not read part of its image stays incomplete.
 */
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/match.h"

static bool is_vuln(const dd_finding *f)
{
	return f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN;
}

/* Drops the old match's findings, notes and DB identity. */
static void forget_old_match(dd_report *r)
{
	size_t j = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		if (is_vuln(&r->findings[i]))
			dd_finding_clear(&r->findings[i]);
		else
			r->findings[j++] = r->findings[i];
	}
	r->n_findings = j;
	size_t kept = 0;
	for (size_t i = 0; i < r->notes.count; i++) {
		if (dd_vuln_note_from_match(r->notes.items[i]))
			free(r->notes.items[i]);
		else
			r->notes.items[kept++] = r->notes.items[i];
	}
	r->notes.count = kept;
	if (r->notes.items)
		r->notes.items[kept] = NULL;
	free(r->db_built_at);
	r->db_built_at = NULL;
	dd_strv_free(&r->db_sources);
}

int dd_report_rematch(dd_report **out, const dd_report *stored, const char *db_path)
{
	dd_report *r = NULL;
	char *db = NULL;
	int rc;

	if (!out || !stored)
		return dd_error_set(DD_EINVAL, "rematch: no report given");
	*out = NULL;
	if (!(stored->scanners & DD_SCANNER_VULN) && !stored->n_packages)
		return dd_error_set(DD_EINVAL, "rematch: the report has no package inventory (it was scanned without "
			"the vuln scanner); scan the image again with --scanners vuln");
	if (!(db = db_path ? strdup(db_path) : dd_db_default_path()))
		return dd_error_oom();
	if ((rc = dd_report_copy(&r, stored)) != 0)
		goto cleanup;
	forget_old_match(r);
	/* what the image reading and the checks left incomplete stays so; the
	 * old DB's gaps are the new match's to find again, or not */
	r->complete = !r->inventory_incomplete;
	r->scanners |= DD_SCANNER_VULN;
	/* asked for explicitly, a DB that cannot be opened is an error here,
	 * not the note a scan makes of it */
	if ((rc = dd_vuln_match_report(r, db)) != 0)
		goto cleanup;
	dd_report_finalize(r, NULL);
	*out = r;
	r = NULL;
cleanup:
	dd_report_free(r);
	free(db);
	return rc;
}
