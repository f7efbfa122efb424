/*
 * drydock's own JSON report (schema drydock.report/v1, what `drydock sbom
 * --format json` and `scan --format json` write) as an SBOM: its packages
 * with their purls, and artifact.os. The report names every field the other
 * formats need hints for (source package, path, layer), so nothing is guessed.
 */
#include <string.h>

#include "sbom/sbom_input.h"
#include "util/error.h"
#include "util/json_get.h"

int dd_sbom_read_drydock(dd_sbom_state *st, json_t *doc)
{
	json_t *pkgs = json_object_get(doc, "packages"), *p;
	json_t *os = json_object_get(json_object_get(doc, "artifact"), "os");
	size_t i;
	if (pkgs && !json_is_array(pkgs))
		return dd_error_set(DD_EFORMAT, "sbom:%s: \"packages\" is not an array", st->file);
	int rc = json_is_object(os) ? dd_sbom_set_os(st, dd_json_str(os, "family"), dd_json_str(os, "version")) : 0;
	json_array_foreach(pkgs, i, p) {
		if (rc)
			return rc;
		if (!json_is_object(p))
			continue;
		if (++st->count > DD_SBOM_COMPONENTS_MAX)
			return dd_error_set(DD_ELIMIT, "sbom:%s: more than %u packages", st->file, DD_SBOM_COMPONENTS_MAX);
		const char *purl = dd_json_str(p, "purl");
		if (!purl || !*purl) {
			st->no_purl++;
			continue;
		}
		dd_sbom_hint h = { .name = dd_json_str(p, "name"), .source_name = dd_json_str(p, "source_name"),
			.source_version = dd_json_str(p, "source_version"), .path = dd_json_str(p, "path"),
			.layer = dd_json_str(p, "layer") };
		rc = dd_sbom_add_purl(st, purl, &h);
	}
	return rc;
}
