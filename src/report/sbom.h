/*
 * What the SBOM writers (CycloneDX, SPDX) share: the image's own purl, and
 * a stable, unique identifier per package. The one idea: identifiers derive
 * from content (the purl) with a position suffix only for real duplicates,
 * so two runs over the same image give the same document structure and a
 * VEX statement written against one run's refs applies to the next.
 */
#ifndef DD_REPORT_SBOM_H
#define DD_REPORT_SBOM_H

#include <stddef.h>

#include "drydock/report.h"

/* pkg:oci/NAME@DIGEST?repository_url=HOST/REPO&arch=...; NULL when the
 * image has no digest (dir:) or on OOM. malloc'ed. */
char *dd_sbom_image_purl(const dd_report *r);

/* Per-package refs: refs[i] is packages[i]'s purl, or purl#N when the purl
 * repeats, or "package-N" without a purl. Free with dd_sbom_refs_free. */
typedef struct dd_sbom_refs {
	char **ref;
	size_t n;
	size_t *by_purl;     /* package indices sorted by (purl, path) for lookups */
} dd_sbom_refs;
int dd_sbom_refs_build(dd_sbom_refs *out, const dd_report *r);
/* The package a vulnerability finding is about (purl then path), or -1. */
long dd_sbom_refs_find(const dd_sbom_refs *refs, const dd_report *r, const dd_finding *f);
void dd_sbom_refs_free(dd_sbom_refs *refs);

/* "sha256:<64 hex>" -> pointer to the hex, else NULL. */
const char *dd_sbom_sha256_hex(const char *digest);

#endif
