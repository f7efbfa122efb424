/*
 * Which OSV ecosystem a package is matched in: distro packages in their
 * release's ecosystem, derived from the detected OS; language packages by
 * purl type. See docs/vulndb.md for the table and the RHEL mapping.
 */
#ifndef DD_VULN_ECOSYSTEM_H
#define DD_VULN_ECOSYSTEM_H

#include <stdbool.h>
#include <stddef.h>

#define DD_ECO_NAME_MAX 64
#define DD_ECO_CANDIDATES_MAX 4

/*
 * Release ecosystems to look in for an OS ("alpine", "3.10.9" ->
 * "Alpine:v3.10"; "ubuntu", "22.04" -> "Ubuntu:22.04:LTS", "Ubuntu:22.04";
 * "rhel", "9.3" -> "AlmaLinux:9", "Rocky Linux:9"). Returns how many were
 * written; 0 when the family is not one drydock has advisories for. *via
 * names the rebuild whose data stands in (RHEL/CentOS), else NULL.
 */
size_t dd_eco_for_os(const char *family, const char *version, char out[][DD_ECO_NAME_MAX], size_t max,
	const char **via);

/* True for the purl types of OS packages (deb, apk, rpm). */
bool dd_eco_is_os_type(const char *type);

/* The OSV ecosystem of a language package type ("npm" -> "npm",
 * "golang" -> "Go", "cargo" -> "crates.io"...); NULL when none. */
const char *dd_eco_for_purl_type(const char *type);

/* The i-th ecosystem (0, 1, ... until NULL) the matcher ever looks in,
 * named as osv.dev names its per-ecosystem exports ("Debian", "Rocky Linux",
 * "crates.io"): the default sources of db update are derived from it, so a
 * package type the matcher learns is also downloaded. */
const char *dd_eco_matched(size_t i);

/* The vendor name a distro ecosystem's own severity is reported under
 * ("Debian:12" -> "debian"); NULL for language ecosystems. */
const char *dd_eco_vendor(const char *ecosystem);

#endif
