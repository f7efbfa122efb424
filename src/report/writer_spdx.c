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
#include <time.h>

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

static void write_package(dd_jw *w, const dd_package *p, size_t i)
{
	char id[48];
	snprintf(id, sizeof(id), "SPDXRef-Package-%zu", i + 1);
	dd_jw_obj(w);
	dd_jw_key(w, "name");
	dd_jw_str(w, p->name && *p->name ? p->name : "unknown");
	dd_jw_kstr(w, "SPDXID", id);
	dd_jw_kstr(w, "versionInfo", p->version);
	dd_jw_kstr(w, "downloadLocation", "NOASSERTION");
	dd_jw_key(w, "filesAnalyzed");
	dd_jw_bool(w, false);
	dd_jw_kstr(w, "licenseConcluded", "NOASSERTION");
	dd_jw_kstr(w, "licenseDeclared", p->licenses && valid_expression(p->licenses) ? p->licenses : "NOASSERTION");
	if (p->purl && *p->purl) {
		dd_jw_key(w, "externalRefs");
		dd_jw_arr(w);
		dd_jw_obj(w);
		dd_jw_kstr(w, "referenceCategory", "PACKAGE-MANAGER");
		dd_jw_kstr(w, "referenceType", "purl");
		dd_jw_kstr(w, "referenceLocator", p->purl);
		dd_jw_end_obj(w);
		dd_jw_end_arr(w);
	}
	if (p->source_name && *p->source_name) {
		char *src = dd_asprintf("source package: %s%s%s", p->source_name, p->source_version ? " " : "",
			p->source_version ? p->source_version : "");
		dd_jw_kstr(w, "sourceInfo", src);
		free(src);
	}
	if (p->path && *p->path) {
		char *c = p->layer ? dd_asprintf("found in %s (layer %s)", p->path, p->layer) : dd_asprintf("found in %s", p->path);
		dd_jw_kstr(w, "comment", c);
		free(c);
	}
	dd_jw_kstr(w, "primaryPackagePurpose", "LIBRARY");
	dd_jw_end_obj(w);
}

static void write_relationship(dd_jw *w, const char *a, const char *type, const char *b)
{
	dd_jw_obj(w);
	dd_jw_kstr(w, "spdxElementId", a);
	dd_jw_kstr(w, "relationshipType", type);
	dd_jw_kstr(w, "relatedSpdxElement", b);
	dd_jw_end_obj(w);
}

static int write_spdx(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	const char *name = r->repository && *r->repository ? r->repository : (r->ref && *r->ref ? r->ref : "image");
	char uuid[37], now[32];
	/* SPDX requires a creation time; a report without one (an older JSON
	 * report) is being turned into a document now */
	const char *created = r->scanned_at;
	if (!created || !*created) {
		time_t t = time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
		created = now;
	}
	char *seed = dd_asprintf("spdx|%s|%s|%s", r->digest ? r->digest : "", r->ref ? r->ref : "", created);
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
	json_object_set_new(creation, "created", dd_json_text(created));

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
	bool os = r->os_family && *r->os_family;

	dd_jw w;
	dd_jw_init(&w, fp, 2);
	flockfile(fp);
	dd_jw_obj(&w);
	dd_jw_kstr(&w, "spdxVersion", "SPDX-2.3");
	dd_jw_kstr(&w, "dataLicense", "CC0-1.0");
	dd_jw_kstr(&w, "SPDXID", "SPDXRef-DOCUMENT");
	dd_jw_key(&w, "name");
	dd_jw_str(&w, name);
	dd_jw_key(&w, "documentNamespace");
	dd_jw_str(&w, ns ? ns : "https://spdx.org/spdxdocs/drydock/image");
	free(ns);
	dd_jw_key(&w, "creationInfo");
	dd_jw_json(&w, creation);
	dd_jw_key(&w, "documentDescribes");
	dd_jw_arr(&w);
	dd_jw_str(&w, "SPDXRef-Image");
	dd_jw_end_arr(&w);
	dd_jw_key(&w, "packages");
	dd_jw_arr(&w);
	dd_jw_json(&w, img);
	if (os) {
		dd_jw_obj(&w);
		dd_jw_key(&w, "name");
		dd_jw_str(&w, r->os_family);
		dd_jw_kstr(&w, "SPDXID", "SPDXRef-OperatingSystem");
		dd_jw_kstr(&w, "versionInfo", r->os_version);
		dd_jw_kstr(&w, "downloadLocation", "NOASSERTION");
		dd_jw_key(&w, "filesAnalyzed");
		dd_jw_bool(&w, false);
		dd_jw_kstr(&w, "licenseConcluded", "NOASSERTION");
		dd_jw_kstr(&w, "licenseDeclared", "NOASSERTION");
		dd_jw_kstr(&w, "description", r->os_name);
		dd_jw_kstr(&w, "primaryPackagePurpose", "OPERATING_SYSTEM");
		dd_jw_end_obj(&w);
	}
	for (size_t i = 0; i < r->n_packages; i++)
		write_package(&w, &r->packages[i], i);
	dd_jw_end_arr(&w);
	dd_jw_key(&w, "relationships");
	dd_jw_arr(&w);
	write_relationship(&w, "SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-Image");
	if (os)
		write_relationship(&w, "SPDXRef-Image", "CONTAINS", "SPDXRef-OperatingSystem");
	for (size_t i = 0; i < r->n_packages; i++) {
		char id[48];
		snprintf(id, sizeof(id), "SPDXRef-Package-%zu", i + 1);
		write_relationship(&w, "SPDXRef-Image", "CONTAINS", id);
	}
	dd_jw_end_arr(&w);
	dd_jw_end_obj(&w);
	putc_unlocked('\n', fp);
	funlockfile(fp);
	return ferror(fp) ? DD_EIO : 0;
}

const dd_writer dd_writer_spdx = { "spdx-json", DD_FORMAT_SPDX_JSON, write_spdx };
