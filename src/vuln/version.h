/*
 * Version comparators, one small module per ecosystem family
 * (version_dpkg.c, version_apk.c, version_rpm.c, version_semver.c,
 * version_go.c, version_maven.c, version_pep440.c, version_rubygems.c,
 * version_nuget.c, version_composer.c), registered in one table keyed by the
 * OSV ecosystem name. Each compares in its reference implementation's order.
 */
#ifndef DD_VULN_VERSION_H
#define DD_VULN_VERSION_H

#include <stdbool.h>

typedef struct dd_version_scheme {
	const char *name;                  /* "dpkg", "apk", "rpm", "semver", "go", ... */
	/* *out = -1/0/1; DD_EINVAL (message set) when either version is invalid. */
	int (*compare)(const char *a, const char *b, int *out);
	bool (*valid)(const char *v);
} dd_version_scheme;

/*
 * The scheme for an OSV ecosystem name. Release suffixes are ignored:
 * "Debian:12" -> dpkg, "Alpine:v3.19" -> apk, "AlmaLinux:9" -> rpm,
 * "Ubuntu:22.04:LTS" -> dpkg, "npm" -> semver, "Go" -> go ... NULL if unknown.
 */
const dd_version_scheme *dd_version_scheme_for(const char *ecosystem);

#endif
