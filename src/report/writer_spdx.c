/*
 * `--format spdx-json`: SPDX 2.3 JSON inventory. The image is the root
 * package (the document DESCRIBES it), it CONTAINS the operating system and
 * every package.
 *
 * The one idea: SPDX identifiers have a strict alphabet (SPDXRef-[A-Za-z0-9.-]+)
 * and license fields must be SPDX expressions, while package names and
 * license strings come from the image; so identifiers are positional
 * ("SPDXRef-Package-12") and a license string that is not a syntactically
 * valid expression becomes NOASSERTION instead of an invalid document.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report/sbom.h"
#include "report/text.h"
#include "report/writer.h"
#include "util/str.h"

/* License expression syntax only: idstrings ([A-Za-z0-9.+-:]), AND/OR/WITH,
 * parentheses; balanced, no empty operands. */
static bool valid_expression(const char *s)
{
	int depth = 0;
	bool want_operand = true;
	const char *p = s;
	if (!s || !*s || strlen(s) > 4096)
		return false;
	while (*p) {
		if (*p == ' ') {
			p++;
			continue;
		}
		if (*p == '(') {
			if (!want_operand || ++depth > 16)
				return false;
			p++;
			continue;
		}
		if (*p == ')') {
			if (want_operand || --depth < 0)
				return false;
			p++;
			continue;
		}
		const char *start = p;
		while (*p && (isalnum((unsigned char)*p) || *p == '.' || *p == '-' || *p == '+' || *p == ':'))
			p++;
		if (p == start)
			return false;
		size_t n = (size_t)(p - start);
		bool op = (n == 3 && !strncmp(start, "AND", 3)) || (n == 2 && !strncmp(start, "OR", 2)) ||
			(n == 4 && !strncmp(start, "WITH", 4));
		if (op == want_operand)
			return false;
		want_operand = op;
	}
	return !want_operand && depth == 0;
}

static json_t *package(const dd_package *p, size_t i)
{
	char id[48];
	snprintf(id, sizeof(id), "SPDXRef-Package-%zu", i + 1);
	const char *lic = p->licenses && valid_expression(p->licenses) ? p->licenses : "NOASSERTION";
	json_t *j = json_pack("{s:o,s:s,s:s,s:b,s:s,s:o}", "name", dd_json_text(p->name && *p->name ? p->name : "unknown"),
		"SPDXID", id, "downloadLocation", "NOASSERTION", "filesAnalyzed", 0, "licenseConcluded", "NOASSERTION",
		"licenseDeclared", dd_json_text(lic));
	dd_json_set_text(j, "versionInfo", p->version);
	if (p->purl && *p->purl)
		json_object_set_new(j, "externalRefs", json_pack("[{s:s,s:s,s:o}]", "referenceCategory", "PACKAGE-MANAGER",
			"referenceType", "purl", "referenceLocator", dd_json_text(p->purl)));
	if (p->source_name && *p->source_name) {
		char *src = dd_asprintf("source package: %s%s%s", p->source_name, p->source_version ? " " : "",
			p->source_version ? p->source_version : "");
		dd_json_set_text(j, "sourceInfo", src);
		free(src);
	}
	if (p->path && *p->path) {
		char *c = dd_asprintf("found in %s%s%s", p->path, p->layer ? " (layer " : "", p->layer ? p->layer : "");
		char *c2 = c && p->layer ? dd_asprintf("%s)", c) : NULL;
		dd_json_set_text(j, "comment", c2 ? c2 : c);
		free(c);
		free(c2);
	}
	json_object_set_new(j, "primaryPackagePurpose", json_string("LIBRARY"));
	return j;
}

static json_t *relationship(const char *a, const char *type, const char *b)
{
	return json_pack("{s:s,s:s,s:s}", "spdxElementId", a, "relationshipType", type, "relatedSpdxElement", b);
}

static int write_spdx(const dd_report *r, FILE *fp, bool color)
{
	const char *name = r->repository && *r->repository ? r->repository : (r->ref && *r->ref ? r->ref : "image");
	char uuid[37];
	char *seed = dd_asprintf("spdx|%s|%s|%s", r->digest ? r->digest : "", r->ref ? r->ref : "",
		r->scanned_at ? r->scanned_at : "");
	dd_uuid5(seed ? seed : "", uuid);
	free(seed);
	/* the namespace is a URI: keep only URI-safe characters of the name */
	char safe[128];
	size_t k = 0;
	for (const char *p = name; *p && k < sizeof(safe) - 1; p++)
		safe[k++] = isalnum((unsigned char)*p) || *p == '.' || *p == '-' || *p == '_' ? *p : '-';
	safe[k] = '\0';
	char *ns = dd_asprintf("https://spdx.org/spdxdocs/drydock/%s-%s", safe, uuid);

	json_t *creation = json_pack("{s:[s]}", "creators", "Tool: drydock");
	char tool[64];
	snprintf(tool, sizeof(tool), "Tool: drydock-%s", dd_version_string());
	json_array_set_new(json_object_get(creation, "creators"), 0, json_string(tool));
	json_object_set_new(creation, "created", dd_json_text(r->scanned_at ? r->scanned_at : "1970-01-01T00:00:00Z"));

	json_t *pkgs = json_array(), *rels = json_array();
	json_t *img = json_pack("{s:o,s:s,s:s,s:b,s:s,s:s,s:s}", "name", dd_json_text(name), "SPDXID", "SPDXRef-Image",
		"downloadLocation", "NOASSERTION", "filesAnalyzed", 0, "licenseConcluded", "NOASSERTION", "licenseDeclared",
		"NOASSERTION", "primaryPackagePurpose", "CONTAINER");
	dd_json_set_text(img, "versionInfo", r->digest);
	const char *hex = dd_sbom_sha256_hex(r->digest);
	if (hex)
		json_object_set_new(img, "checksums", json_pack("[{s:s,s:s}]", "algorithm", "SHA256", "checksumValue", hex));
	char *ipurl = dd_sbom_image_purl(r);
	if (ipurl)
		json_object_set_new(img, "externalRefs", json_pack("[{s:s,s:s,s:o}]", "referenceCategory", "PACKAGE-MANAGER",
			"referenceType", "purl", "referenceLocator", dd_json_text(ipurl)));
	free(ipurl);
	if (r->ref) {
		char *c = dd_asprintf("image reference %s%s", r->ref, r->complete ? "" : " (INCOMPLETE scan: the inventory may miss packages)");
		dd_json_set_text(img, "comment", c);
		free(c);
	}
	json_array_append_new(pkgs, img);
	json_array_append_new(rels, relationship("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Image"));
	if (r->os_family && *r->os_family) {
		json_t *os = json_pack("{s:o,s:s,s:s,s:b,s:s,s:s,s:s}", "name", dd_json_text(r->os_family), "SPDXID",
			"SPDXRef-OperatingSystem", "downloadLocation", "NOASSERTION", "filesAnalyzed", 0, "licenseConcluded",
			"NOASSERTION", "licenseDeclared", "NOASSERTION", "primaryPackagePurpose", "OPERATING_SYSTEM");
		dd_json_set_text(os, "versionInfo", r->os_version);
		dd_json_set_text(os, "description", r->os_name);
		json_array_append_new(pkgs, os);
		json_array_append_new(rels, relationship("SPDXRef-Image", "CONTAINS", "SPDXRef-OperatingSystem"));
	}
	for (size_t i = 0; i < r->n_packages; i++) {
		char id[48];
		json_array_append_new(pkgs, package(&r->packages[i], i));
		snprintf(id, sizeof(id), "SPDXRef-Package-%zu", i + 1);
		json_array_append_new(rels, relationship("SPDXRef-Image", "CONTAINS", id));
	}
	json_t *root = json_pack("{s:s,s:s,s:s,s:o,s:o,s:o,s:[s],s:o,s:o}", "spdxVersion", "SPDX-2.3", "dataLicense",
		"CC0-1.0", "SPDXID", "SPDXRef-DOCUMENT", "name", dd_json_text(name), "documentNamespace",
		dd_json_text(ns ? ns : "https://spdx.org/spdxdocs/drydock/image"), "creationInfo", creation, "documentDescribes",
		"SPDXRef-Image", "packages", pkgs, "relationships", rels);
	free(ns);
	if (!root)
		return DD_ENOMEM;
	int rc = json_dumpf(root, fp, JSON_INDENT(2)) || fputc('\n', fp) == EOF ? DD_EIO : 0;
	json_decref(root);
	return rc;
}

const dd_writer dd_writer_spdx = { "spdx-json", DD_FORMAT_SPDX_JSON, write_spdx };
