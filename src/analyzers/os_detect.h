/*
 * OS detection over the final view of the image, and distro purls for OS
 * packages (which need the release the image turned out to be).
 */
#ifndef DD_ANALYZERS_OS_DETECT_H
#define DD_ANALYZERS_OS_DETECT_H

#include "checks/check.h"
#include "drydock/report.h"

/* Sets r->os_family, os_version, os_name from the kept release files. */
int dd_os_detect(dd_report *r, const dd_kept_file *(*lookup)(void *ctx, const char *path), void *ctx);
/* The family drydock names an OS by ("rhel"), from an os-release ID, a
 * family or a distro purl namespace ("redhat"), any case; NULL if unknown. */
const char *dd_os_family_of(const char *name);
/* Gives deb/apk/rpm packages without a purl their distro purl. */
int dd_os_fill_purls(dd_report *r);

#endif
