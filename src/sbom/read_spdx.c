/*
 * SPDX 2.x JSON: packages with a purl external reference; the package
 * whose purpose is OPERATING_SYSTEM (OPERATING-SYSTEM in the tag-value
 * spelling) names the OS; drydock's and Trivy's sourceInfo name the source
 * package, drydock's comment the file and layer.
 */
#include <stdio.h>
#include <string.h>

#include "sbom/sbom_input.h"
#include "util/error.h"
#include "util/json_get.h"

static const char *purl_of(json_t *pkg)
{
	json_t *refs = json_object_get(pkg, "externalRefs"), *e;
	size_t i;
	json_array_foreach(refs, i, e) {
		const char *t = dd_json_str(e, "referenceType");
		if (t && !strcmp(t, "purl"))
			return dd_json_str(e, "referenceLocator");
	}
	return NULL;
}

/* "source package: NAME VERSION" (drydock), "built package from: NAME VERSION" (Trivy) */
static void source_of(const char *info, char *name, size_t ncap, char *ver, size_t vcap)
{
	static const char *const prefixes[] = { "source package: ", "built package from: " };
	name[0] = ver[0] = '\0';
	if (!info)
		return;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(*prefixes); i++) {
		size_t pl = strlen(prefixes[i]);
		if (strncmp(info, prefixes[i], pl))
			continue;
		const char *s = info + pl, *sp = strchr(s, ' ');
		size_t n = sp ? (size_t)(sp - s) : strlen(s);
		snprintf(name, ncap, "%.*s", (int)n, s);
		if (sp)
			snprintf(ver, vcap, "%s", sp + 1);
		return;
	}
}

/* "found in PATH (layer DIGEST)" (drydock) */
static void location_of(const char *comment, char *path, size_t pcap, char *layer, size_t lcap)
{
	path[0] = layer[0] = '\0';
	if (!comment || strncmp(comment, "found in ", 9))
		return;
	const char *s = comment + 9, *lp = strstr(s, " (layer ");
	size_t n = lp ? (size_t)(lp - s) : strlen(s);
	snprintf(path, pcap, "%.*s", (int)n, s);
	if (lp) {
		const char *d = lp + 8, *end = strchr(d, ')');
		snprintf(layer, lcap, "%.*s", (int)(end ? (size_t)(end - d) : strlen(d)), d);
	}
}

int dd_sbom_read_spdx(dd_sbom_state *st, json_t *doc)
{
	json_t *pkgs = json_object_get(doc, "packages"), *p;
	size_t i;
	if (pkgs && !json_is_array(pkgs))
		return dd_error_set(DD_EFORMAT, "sbom:%s: \"packages\" is not an array", st->file);
	json_array_foreach(pkgs, i, p) {
		if (!json_is_object(p))
			continue;
		if (++st->count > DD_SBOM_COMPONENTS_MAX)
			return dd_error_set(DD_ELIMIT, "sbom:%s: more than %u packages", st->file, DD_SBOM_COMPONENTS_MAX);
		const char *purpose = dd_json_str(p, "primaryPackagePurpose"), *purl = purl_of(p);
		int rc = 0;
		if (purpose && (!strcmp(purpose, "OPERATING_SYSTEM") || !strcmp(purpose, "OPERATING-SYSTEM"))) {
			rc = dd_sbom_set_os(st, dd_json_str(p, "name"), dd_json_str(p, "versionInfo"));
		} else if (purl) {
			char sn[256], sv[256], path[4096], layer[128];
			source_of(dd_json_str(p, "sourceInfo"), sn, sizeof(sn), sv, sizeof(sv));
			location_of(dd_json_str(p, "comment"), path, sizeof(path), layer, sizeof(layer));
			dd_sbom_hint h = { .name = dd_json_str(p, "name"), .source_name = sn, .source_version = sv, .path = path,
				.layer = layer };
			rc = dd_sbom_add_purl(st, purl, &h);
		} else if (!purpose || (strcmp(purpose, "CONTAINER") && strcmp(purpose, "FILE") && strcmp(purpose, "SOURCE"))) {
			st->no_purl++;
		}
		if (rc)
			return rc;
	}
	return 0;
}
