/*
 * SBOM input (see sbom_input.h): the document's format is recognized, its
 * reader hands every purl here, and the purl becomes a dd_package named the
 * way drydock's own analyzers name it, so the matcher treats a package from
 * an SBOM exactly like one found in an image.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/os_detect.h"
#include "report/model.h"
#include "sbom/sbom_input.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/reader.h"
#include "util/str.h"
#include "vuln/ecosystem.h"

/* Display names SBOM tools give an operating-system entry that are not an
 * os-release ID, family or purl namespace (those os_detect.c knows). */
static const struct {
	const char *name, *id;
} display_names[] = {
	{ "alpine linux", "alpine" }, { "debian gnu/linux", "debian" }, { "red hat enterprise linux", "rhel" },
	{ "rocky linux", "rocky" }, { "rockylinux", "rocky" }, { "centos linux", "centos" }, { "alma", "almalinux" },
};

static char *family_of(const char *name)
{
	for (size_t i = 0; i < sizeof(display_names) / sizeof(*display_names); i++)
		if (!strcasecmp(name, display_names[i].name))
			name = display_names[i].id;
	const char *fam = dd_os_family_of(name);
	if (fam)
		return strdup(fam);
	/* unknown: kept in lower case, and the matcher says it has no source */
	char *low = strdup(name);
	for (char *p = low; p && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return low;
}

int dd_sbom_set_os(dd_sbom_state *st, const char *name, const char *version)
{
	if (!name || !*name || st->os_family)
		return 0;
	free(st->os_version);
	st->os_family = family_of(name);
	st->os_version = version && *version ? strdup(version) : NULL;
	return st->os_family ? 0 : dd_error_oom();
}

/* "debian-12" (namespace debian), "alpine-3.10.9" or "3.10.9": the release */
static void note_purl_os(dd_sbom_state *st, const char *ns, const char *distro)
{
	if (st->purl_family || !ns || !*ns)
		return;
	const char *rel = distro;
	size_t nl = strlen(ns);
	if (!strncasecmp(distro, ns, nl) && distro[nl] == '-')
		rel = distro + nl + 1;
	if (!isdigit((unsigned char)rel[0]))
		return;
	st->purl_family = family_of(ns);
	st->purl_version = strdup(rel);
}

int dd_sbom_add_purl(dd_sbom_state *st, const char *purl, const dd_sbom_hint *hint)
{
	dd_purl_view v;
	if (!dd_purl_parse(purl, &v) || !v.has_version || !*v.version) {
		st->bad_purls++;
		return 0;
	}
	/* base: type/namespace.../name */
	char *slash = strchr(v.base, '/');
	*slash = '\0';
	const char *type = v.base;
	char *rest = slash + 1;
	char *last = strrchr(rest, '/');
	const char *ns = last ? rest : NULL;
	const char *nm = last ? last + 1 : rest;
	if (last)
		*last = '\0';
	if (!*nm) {
		st->bad_purls++;
		return 0;
	}
	/* the image itself, not a package in it */
	if (!strcmp(type, "oci") || !strcmp(type, "docker"))
		return 0;

	char name[1200], version[1100], buf[512];
	if (!strcmp(type, "maven") && ns)
		snprintf(name, sizeof(name), "%s:%s", ns, nm);
	else if (ns && !dd_eco_is_os_type(type) && strcmp(type, "pypi") && strcmp(type, "gem") && strcmp(type, "cargo") &&
		 strcmp(type, "nuget"))
		snprintf(name, sizeof(name), "%s/%s", ns, nm);   /* npm @scope/x, Go module paths, composer vendor/x */
	else
		snprintf(name, sizeof(name), "%s", nm);
	/* purls lower-case Go and composer names; the document's own name
	 * keeps the case advisories use (github.com/BurntSushi/toml) */
	if (hint && hint->name && !strcasecmp(hint->name, name))
		snprintf(name, sizeof(name), "%s", hint->name);

	snprintf(version, sizeof(version), "%s", v.version);
	if (!strcmp(type, "rpm") && dd_purl_qualifier(&v, "epoch", buf, sizeof(buf)) && *buf && strcmp(buf, "0"))
		snprintf(version, sizeof(version), "%s:%s", buf, v.version);

	char arch[64] = "", up_name[512] = "", up_ver[512] = "";
	dd_purl_qualifier(&v, "arch", arch, sizeof(arch));
	if (dd_purl_qualifier(&v, "upstream", buf, sizeof(buf)) && *buf) {
		/* "openssl", "openssl@1.1.1k-r0", or an rpm's "openssl-1.1.1k-1.el8.src.rpm" */
		char *at = strchr(buf, '@');
		if (at) {
			*at = '\0';
			snprintf(up_ver, sizeof(up_ver), "%s", at + 1);
		}
		size_t n = strlen(buf);
		if (n > 8 && !strcmp(buf + n - 8, ".src.rpm")) {
			/* NAME-VERSION-RELEASE.src.rpm: the name is before the last two '-' */
			buf[n - 8] = '\0';
			char *r1 = strrchr(buf, '-');
			char *r0 = NULL;
			if (r1) {
				*r1 = '\0';
				r0 = strrchr(buf, '-');
				*r1 = '-';
			}
			if (r0) {
				snprintf(up_ver, sizeof(up_ver), "%s", r0 + 1);
				*r0 = '\0';
			}
		}
		snprintf(up_name, sizeof(up_name), "%s", buf);
	}
	if (dd_eco_is_os_type(type) && dd_purl_qualifier(&v, "distro", buf, sizeof(buf)) && *buf)
		note_purl_os(st, ns, buf);

	dd_package p = { 0 };
	p.type = (char *)type;
	p.name = name;
	p.version = version;
	p.arch = *arch ? arch : NULL;
	p.purl = (char *)purl;
	p.source_name = hint && hint->source_name && *hint->source_name ? (char *)hint->source_name
		: *up_name ? up_name : NULL;
	p.source_version = hint && hint->source_version && *hint->source_version ? (char *)hint->source_version
		: *up_ver ? up_ver : NULL;
	p.path = hint && hint->path && *hint->path ? (char *)hint->path : NULL;
	p.layer = hint && hint->layer && *hint->layer ? (char *)hint->layer : NULL;
	return dd_report_add_package(st->r, &p) ? dd_error_oom() : 0;
}

static bool is_digest(const char *s)
{
	if (!s || strncmp(s, "sha256:", 7) || strlen(s) != 71)
		return false;
	for (const char *p = s + 7; *p; p++)
		if (!isxdigit((unsigned char)*p))
			return false;
	return true;
}

static int parse_text(void *r, const char *path, const char *text, size_t len)
{
	return dd_sbom_parse(r, path, text, len);
}

int dd_sbom_read(dd_report *r, const char *path)
{
	return dd_file_parse("SBOM", path, DD_SBOM_FILE_MAX, parse_text, r);
}

int dd_sbom_parse(dd_report *r, const char *path, const char *data, size_t len)
{
	int rc;
	json_error_t jerr;
	json_t *doc = json_loadb(data, len, 0, &jerr);
	if (!json_is_object(doc)) {
		json_decref(doc);
		return dd_error_set(DD_EFORMAT, "sbom:%s: not a JSON document (line %d: %s)", path, jerr.line, jerr.text);
	}
	dd_sbom_state st = { .r = r, .file = path };
	const char *fmt = json_string_value(json_object_get(doc, "bomFormat"));
	const char *spdx = json_string_value(json_object_get(doc, "spdxVersion"));
	const char *schema = json_string_value(json_object_get(doc, "schema"));
	const char *digest = NULL;
	if (fmt && !strcmp(fmt, "CycloneDX")) {
		rc = dd_sbom_read_cyclonedx(&st, doc);
		digest = json_string_value(json_object_get(json_object_get(json_object_get(doc, "metadata"), "component"),
			"version"));
	} else if (spdx && !strncmp(spdx, "SPDX-", 5)) {
		rc = dd_sbom_read_spdx(&st, doc);
	} else if (schema && !strcmp(schema, "drydock.report/v1")) {
		rc = dd_sbom_read_drydock(&st, doc);
		digest = json_string_value(json_object_get(json_object_get(doc, "artifact"), "digest"));
	} else {
		rc = dd_error_set(DD_EFORMAT, "sbom:%s: neither CycloneDX JSON (\"bomFormat\": \"CycloneDX\"), SPDX JSON "
			"(\"spdxVersion\") nor a drydock JSON report (\"schema\": \"drydock.report/v1\"); drydock reads those "
			"SBOM formats", path);
	}
	if (!rc) {
		/* the document's operating-system entry, else what OS purls say */
		r->os_family = st.os_family ? st.os_family : st.purl_family;
		r->os_version = st.os_family ? st.os_version : st.purl_version;
		if (st.os_family) {
			free(st.purl_family);
			free(st.purl_version);
		} else {
			free(st.os_version);
		}
		st.os_family = st.os_version = st.purl_family = st.purl_version = NULL;
		if (st.bad_purls)
			dd_report_note(r, true, "sbom:%s: %zu package URLs do not parse (or have no version); those packages "
				"were not checked", path, st.bad_purls);
		if (st.no_purl)
			dd_report_note(r, false, "sbom:%s: %zu library components have no package URL; drydock matches "
				"packages by purl, so they were not checked", path, st.no_purl);
		if (is_digest(digest) && !(r->digest = strdup(digest)))
			rc = dd_error_oom();
	}
	free(st.os_family);
	free(st.os_version);
	free(st.purl_family);
	free(st.purl_version);
	json_decref(doc);
	return rc;
}
