/*
 * CVSS base scores computed from vector strings (FIRST specifications):
 * v3.0 and v3.1 ("CVSS:3.1/AV:N/AC:L/..."), v4.0 ("CVSS:4.0/AV:N/...") and
 * v2 ("AV:N/AC:L/Au:N/C:P/I:P/A:P"), and the mapping of scores and vendor
 * words to drydock severities. The one idea: a vector is hostile text, so a
 * malformed or incomplete one is rejected (DD_EINVAL), never guessed at.
 */
#ifndef DD_VULN_CVSS_H
#define DD_VULN_CVSS_H

#include "drydock/report.h"

typedef enum dd_cvss_version {
	DD_CVSS_V2 = 2,
	DD_CVSS_V30 = 30,
	DD_CVSS_V31 = 31,
	DD_CVSS_V40 = 40
} dd_cvss_version;

/* Base score (0.0-10.0, one decimal) of a vector; *version says which
 * specification it followed (may be NULL). DD_EINVAL when malformed. */
int dd_cvss_score(const char *vector, double *score, dd_cvss_version *version);

/* Qualitative rating of a score (v3/v4 table; v2 has no "critical", so the
 * v2 table is used when version is DD_CVSS_V2). 0.0 is DD_SEV_UNKNOWN. */
dd_severity dd_cvss_severity(double score, dd_cvss_version version);

/*
 * A vendor's or database's own severity word to a drydock severity:
 * GHSA ("CRITICAL", "HIGH", "MODERATE", "LOW"), Debian urgency
 * ("unimportant" -> low, "low", "medium", "high", "not yet assigned" ->
 * unknown, trailing "*" or "**" ignored), Ubuntu priority ("negligible" ->
 * low ...), Red Hat / AlmaLinux / Rocky ("Low", "Moderate", "Important",
 * "Critical"), Alpine/NVD words. Case-insensitive. -1 when unknown text.
 */
int dd_severity_from_vendor(const char *word);

#endif
