/*
 * Package -> OSV ecosystem mapping (ecosystem.h). The one idea: a distro
 * advisory is only true for the release it was written for, so the
 * ecosystem always carries the release as the distro's own data names it:
 * Debian by major version, Alpine by branch, Ubuntu by release with the
 * ":LTS" osv.dev adds, RHEL-family by major version.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vuln/ecosystem.h"

/* "3.10.9" -> "3.10"; "12.5" -> "12" when parts == 1. */
static bool leading(const char *v, int parts, char *out, size_t cap)
{
	size_t n = 0;
	int seen = 0;
	if (!v || !isdigit((unsigned char)*v))
		return false;
	while (v[n]) {
		if (v[n] == '.' && ++seen == parts)
			break;
		if (!isdigit((unsigned char)v[n]) && v[n] != '.')
			break;
		n++;
	}
	if (n == 0 || n >= cap || v[n - 1] == '.')
		return false;
	if (parts == 2 && !memchr(v, '.', n))
		return false;
	memcpy(out, v, n);
	out[n] = '\0';
	return true;
}

size_t dd_eco_for_os(const char *family, const char *version, char out[][DD_ECO_NAME_MAX], size_t max,
	const char **via)
{
	char rel[32];
	size_t n = 0;
	*via = NULL;
	if (!family || !version || max < 2)
		return 0;
	if (!strcmp(family, "alpine")) {
		if (!strncmp(version, "edge", 4) || strstr(version, "_alpha"))
			snprintf(out[n++], DD_ECO_NAME_MAX, "Alpine:edge");
		else if (leading(version, 2, rel, sizeof(rel)))
			snprintf(out[n++], DD_ECO_NAME_MAX, "Alpine:v%s", rel);
	} else if (!strcmp(family, "debian")) {
		if (leading(version, 1, rel, sizeof(rel)))
			snprintf(out[n++], DD_ECO_NAME_MAX, "Debian:%s", rel);
	} else if (!strcmp(family, "ubuntu")) {
		if (leading(version, 2, rel, sizeof(rel))) {
			/* osv.dev names LTS releases "Ubuntu:22.04:LTS", others "Ubuntu:23.10" */
			snprintf(out[n++], DD_ECO_NAME_MAX, "Ubuntu:%s:LTS", rel);
			snprintf(out[n++], DD_ECO_NAME_MAX, "Ubuntu:%s", rel);
		}
	} else if (!strcmp(family, "almalinux")) {
		if (leading(version, 1, rel, sizeof(rel)))
			snprintf(out[n++], DD_ECO_NAME_MAX, "AlmaLinux:%s", rel);
	} else if (!strcmp(family, "rocky")) {
		if (leading(version, 1, rel, sizeof(rel)))
			snprintf(out[n++], DD_ECO_NAME_MAX, "Rocky Linux:%s", rel);
	} else if (!strcmp(family, "rhel") || !strcmp(family, "centos")) {
		/* AlmaLinux and Rocky rebuild RHEL from the same sources with the same
		 * NVRs, and publish OSV; Red Hat's own OVAL/CSAF is not imported */
		if (leading(version, 1, rel, sizeof(rel)) && atoi(rel) >= 8) {
			snprintf(out[n++], DD_ECO_NAME_MAX, "AlmaLinux:%s", rel);
			snprintf(out[n++], DD_ECO_NAME_MAX, "Rocky Linux:%s", rel);
			*via = "AlmaLinux and Rocky Linux";
		}
	}
	return n;
}

bool dd_eco_is_os_type(const char *type)
{
	return type && (!strcmp(type, "deb") || !strcmp(type, "apk") || !strcmp(type, "rpm"));
}

/* Language packages: purl type -> OSV ecosystem. */
static const struct { const char *type, *eco; } purl_map[] = {
	{ "maven", "Maven" }, { "npm", "npm" }, { "pypi", "PyPI" }, { "golang", "Go" }, { "cargo", "crates.io" },
	{ "gem", "RubyGems" }, { "composer", "Packagist" }, { "nuget", "NuGet" }, { "hex", "Hex" },
	{ "pub", "Pub" }, { "swift", "SwiftURL" }, { "hackage", "Hackage" }, { "cran", "CRAN" },
};
#define N_PURL_MAP (sizeof(purl_map) / sizeof(*purl_map))

/* The distro ecosystems dd_eco_for_os() names, without their release. */
static const char *const os_ecosystems[] = { "Debian", "Ubuntu", "Alpine", "AlmaLinux", "Rocky Linux" };
#define N_OS_ECOSYSTEMS (sizeof(os_ecosystems) / sizeof(*os_ecosystems))

const char *dd_eco_for_purl_type(const char *type)
{
	for (size_t i = 0; type && i < N_PURL_MAP; i++)
		if (!strcmp(type, purl_map[i].type))
			return purl_map[i].eco;
	return NULL;
}

const char *dd_eco_matched(size_t i)
{
	if (i < N_OS_ECOSYSTEMS)
		return os_ecosystems[i];
	i -= N_OS_ECOSYSTEMS;
	return i < N_PURL_MAP ? purl_map[i].eco : NULL;
}

const char *dd_eco_vendor(const char *eco)
{
	static const struct { const char *prefix, *vendor; } map[] = {
		{ "Debian", "debian" }, { "Ubuntu", "ubuntu" }, { "Alpine", "alpine" }, { "AlmaLinux", "almalinux" },
		{ "Rocky Linux", "rocky" }, { "Red Hat", "redhat" }, { "SUSE", "suse" }, { "openSUSE", "opensuse" },
	};
	size_t n = strcspn(eco, ":");
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (strlen(map[i].prefix) == n && !strncmp(eco, map[i].prefix, n))
			return map[i].vendor;
	return NULL;
}
