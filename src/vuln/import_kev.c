/*
 * CISA Known Exploited Vulnerabilities catalog importer
 * (known_exploited_vulnerabilities.json: {"catalogVersion", "vulnerabilities":
 * [{"cveID", "dateAdded", "vulnerabilityName", "knownRansomwareCampaignUse"}]}).
 * The one idea: KEV is a set of CVE ids, kept apart from the records; the
 * matcher flags a finding when any of its ids (the CVE or an alias) is in
 * it, so the order in which catalogs and advisories are imported never
 * matters.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/import.h"

int dd_import_kev(const dd_import_sink *s, const json_t *doc, const char *name)
{
	const json_t *list = json_object_get(doc, "vulnerabilities"), *e;
	size_t i;
	if (!json_is_array(list))
		return dd_error_set(DD_EFORMAT, "%s: KEV catalog without a vulnerabilities list", name);
	if (json_array_size(list) > DD_IMPORT_LIST_MAX)
		return dd_error_set(DD_ELIMIT, "%s: more than %d KEV entries", name, DD_IMPORT_LIST_MAX);
	json_array_foreach(list, i, e) {
		const char *cve = json_string_value(json_object_get(e, "cveID"));
		const char *added = json_string_value(json_object_get(e, "dateAdded"));
		const char *vname = json_string_value(json_object_get(e, "vulnerabilityName"));
		const char *ransom = json_string_value(json_object_get(e, "knownRansomwareCampaignUse"));
		if (!dd_adv_text_ok(cve, DD_ADV_ID_MAX) || strncmp(cve, "CVE-", 4)) {
			dd_import_reject(s->stats, name);
			continue;
		}
		dd_kev_entry k = {
			.cve = cve,
			.added = dd_adv_text_ok(added, 32) ? added : NULL,
			.name = dd_adv_text_ok(vname, DD_ADV_TITLE_MAX) ? vname : NULL,
			.ransomware = ransom && !strcmp(ransom, "Known"),
		};
		int rc = s->kev ? s->kev(s->ctx, &k) : 0;
		if (rc)
			return rc;
		if (s->stats)
			s->stats->kev++;
	}
	return 0;
}
