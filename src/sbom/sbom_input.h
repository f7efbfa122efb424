/*
 * SBOM input: `drydock scan sbom:FILE` matches the packages of a CycloneDX
 * or SPDX JSON document (drydock's own, Trivy's, Syft's...), or of a drydock
 * JSON report (`drydock sbom --format json`), against the
 * advisory DB, as `trivy sbom` and `grype sbom:` do, without the image.
 *
 * A document is hostile input like an image: the file, the component count
 * and the nesting are capped, and a component whose purl does not parse is
 * counted in a note rather than dropped silently.
 */
#ifndef DD_SBOM_INPUT_H
#define DD_SBOM_INPUT_H

#include <jansson.h>
#include <stdbool.h>

#include "drydock/report.h"

#define DD_SBOM_FILE_MAX (64u << 20)   /* jansson holds ~10x the text: 100k components (20 MB) scan in 217 MB */
#define DD_SBOM_COMPONENTS_MAX 1000000u
#define DD_SBOM_DEPTH_MAX 32

/* Reads the SBOM at path into r: packages, OS, artifact name. DD_EFORMAT
 * names the file and what is wrong; DD_ENOTFOUND when there is no file. */
int dd_sbom_read(dd_report *r, const char *path);
/* The same on a document in memory; `name` names it in messages. */
int dd_sbom_parse(dd_report *r, const char *name, const char *data, size_t len);

/* ---- shared by the format readers (sbom_input.c) ---- */

/* What a document says about one package beyond its purl. */
typedef struct dd_sbom_hint {
	const char *name;            /* the document's own spelling of the name (case) */
	const char *source_name, *source_version;
	const char *path, *layer;
} dd_sbom_hint;

typedef struct dd_sbom_state {
	dd_report *r;
	const char *file;
	size_t bad_purls, no_purl, count;
	char *os_family, *os_version;        /* from an operating-system entry */
	char *purl_family, *purl_version;    /* from OS package purls, the fallback */
} dd_sbom_state;

/* Adds the package a purl names (with hints); a purl that is not one is
 * counted in st->bad_purls. */
int dd_sbom_add_purl(dd_sbom_state *st, const char *purl, const dd_sbom_hint *hint);
/* An operating-system entry: name ("alpine", "Red Hat Enterprise Linux"...)
 * and version. */
int dd_sbom_set_os(dd_sbom_state *st, const char *name, const char *version);

int dd_sbom_read_cyclonedx(dd_sbom_state *st, json_t *doc);
int dd_sbom_read_spdx(dd_sbom_state *st, json_t *doc);
int dd_sbom_read_drydock(dd_sbom_state *st, json_t *doc);

#endif
