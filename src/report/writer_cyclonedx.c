/*
 * `--format cyclonedx`: CycloneDX 1.5 JSON. The image is metadata.component,
 * every package a component (bom-ref = purl, see sbom.h), and, when the
 * vulnerability scanner ran, a `vulnerabilities` section.
 *
 * The one idea: the vulnerabilities section doubles as VEX. Findings that a
 * whitelist or a VEX statement suppressed stay in it with an `analysis`
 * (state, justification, detail), so feeding this BOM back with --vex (or to
 * Dependency-Track) reproduces the same decisions. One vulnerability entry
 * per (id, analysis), listing every affected component.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report/sbom.h"
#include "report/text.h"
#include "report/writer.h"
#include "util/buf.h"
#include "util/str.h"

static void add_prop(json_t *props, const char *name, const char *value)
{
	if (value && *value)
		json_array_append_new(props, json_pack("{s:s,s:o}", "name", name, "value", dd_json_text(value)));
}

static bool is_expression(const char *s)
{
	return strstr(s, " AND ") || strstr(s, " OR ") || strstr(s, " WITH ") || strchr(s, '(');
}

static json_t *licenses(const char *lic)
{
	if (!lic || !*lic)
		return NULL;
	if (is_expression(lic))
		return json_pack("[{s:o}]", "expression", dd_json_text(lic));
	/* a name is always valid; an "id" would have to be on the SPDX list */
	return json_pack("[{s:{s:o}}]", "license", "name", dd_json_text(lic));
}

static json_t *component(const dd_package *p, const char *ref)
{
	json_t *c = json_pack("{s:o,s:s,s:o}", "bom-ref", dd_json_text(ref), "type", "library", "name",
		dd_json_text(p->name && *p->name ? p->name : "unknown"));
	dd_json_set_text(c, "version", p->version);
	dd_json_set_text(c, "purl", p->purl);
	json_t *l = licenses(p->licenses);
	if (l)
		json_object_set_new(c, "licenses", l);
	json_t *props = json_array();
	add_prop(props, "drydock:package:type", p->type);
	add_prop(props, "drydock:package:path", p->path);
	add_prop(props, "drydock:package:layer", p->layer);
	add_prop(props, "drydock:package:source_name", p->source_name);
	add_prop(props, "drydock:package:source_version", p->source_version);
	add_prop(props, "drydock:package:arch", p->arch);
	if (p->dev)
		add_prop(props, "drydock:package:dev", "true");
	if (json_array_size(props))
		json_object_set_new(c, "properties", props);
	else
		json_decref(props);
	return c;
}

static json_t *image_component(const dd_report *r, const char *image_ref, const char *image_purl)
{
	const char *name = r->repository && *r->repository ? r->repository : (r->ref ? r->ref : "image");
	json_t *c = json_pack("{s:s,s:s,s:o}", "bom-ref", image_ref, "type", "container", "name", dd_json_text(name));
	dd_json_set_text(c, "version", r->digest);
	if (image_purl)
		json_object_set_new(c, "purl", dd_json_text(image_purl));
	const char *hex = dd_sbom_sha256_hex(r->digest);
	if (hex)
		json_object_set_new(c, "hashes", json_pack("[{s:s,s:s}]", "alg", "SHA-256", "content", hex));
	json_t *props = json_array();
	add_prop(props, "drydock:image:ref", r->ref);
	add_prop(props, "drydock:image:config_digest", r->config_digest);
	add_prop(props, "drydock:image:architecture", r->architecture);
	add_prop(props, "drydock:image:created", r->created);
	for (size_t i = 0; i < r->n_layers; i++) {
		add_prop(props, "drydock:image:layer", r->layers[i].digest);
		add_prop(props, "drydock:image:diff_id", r->layers[i].diff_id);
	}
	add_prop(props, "drydock:scan:complete", r->complete ? "true" : "false");
	for (size_t i = 0; i < r->notes.count; i++)
		add_prop(props, "drydock:scan:note", r->notes.items[i]);
	if (json_array_size(props))
		json_object_set_new(c, "properties", props);
	else
		json_decref(props);
	return c;
}

static const char *rating_method(const char *vector)
{
	if (!vector)
		return NULL;
	if (!strncmp(vector, "CVSS:3.1/", 9))
		return "CVSSv31";
	if (!strncmp(vector, "CVSS:3.0/", 9))
		return "CVSSv3";
	if (!strncmp(vector, "CVSS:4.0/", 9))
		return "CVSSv4";
	if (!strncmp(vector, "AV:", 3) || !strncmp(vector, "(AV:", 4))
		return "CVSSv2";
	return "other";
}

/* OpenVEX and drydock words to CycloneDX's impactAnalysisState. */
static const char *analysis_state(const dd_finding *f)
{
	const char *s = f->vex_status;
	if (!s)
		return f->suppressed ? "not_affected" : NULL;
	if (!strcmp(s, "not_affected"))
		return "not_affected";
	if (!strcmp(s, "false_positive"))
		return "false_positive";
	if (!strcmp(s, "fixed"))
		return "resolved";
	if (!strcmp(s, "affected"))
		return "exploitable";
	if (!strcmp(s, "under_investigation"))
		return "in_triage";
	return f->suppressed ? "not_affected" : NULL;
}

static const char *analysis_justification(const char *j)
{
	static const char *const cdx[] = { "code_not_present", "code_not_reachable", "requires_configuration",
		"requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime",
		"protected_at_perimeter", "protected_by_mitigating_control", NULL };
	static const char *const openvex[][2] = {
		{ "component_not_present", "code_not_present" },
		{ "vulnerable_code_not_present", "code_not_present" },
		{ "vulnerable_code_not_in_execute_path", "code_not_reachable" },
		{ "vulnerable_code_cannot_be_controlled_by_adversary", "requires_environment" },
		{ "inline_mitigations_already_exist", "protected_by_mitigating_control" },
	};
	if (!j)
		return NULL;
	for (size_t i = 0; cdx[i]; i++)
		if (!strcmp(j, cdx[i]))
			return cdx[i];
	for (size_t i = 0; i < sizeof(openvex) / sizeof(*openvex); i++)
		if (!strcmp(j, openvex[i][0]))
			return openvex[i][1];
	return NULL;
}

static bool safe_id(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

static json_t *vuln_source(const char *id)
{
	char url[160];
	if (!id)
		return json_pack("{s:s}", "name", "unknown");
	if (!strncmp(id, "CVE-", 4) && safe_id(id) && strlen(id) < 64) {
		snprintf(url, sizeof(url), "https://nvd.nist.gov/vuln/detail/%s", id);
		return json_pack("{s:s,s:s}", "name", "NVD", "url", url);
	}
	if (!strncmp(id, "GHSA-", 5) && safe_id(id) && strlen(id) < 64) {
		snprintf(url, sizeof(url), "https://github.com/advisories/%s", id);
		return json_pack("{s:s,s:s}", "name", "GitHub", "url", url);
	}
	const char *dash = strchr(id, '-');
	char name[32];
	snprintf(name, sizeof(name), "%.*s", dash ? (int)(dash - id) : 31, id);
	return json_pack("{s:o}", "name", dd_json_text(*name ? name : "unknown"));
}

/* Sort key for grouping: id, then the analysis signature. */
static int cmp_group(const void *a, const void *b, void *ctx)
{
	const dd_report *r = ctx;
	const dd_finding *fa = &r->findings[*(const size_t *)a], *fb = &r->findings[*(const size_t *)b];
	int c;
	if ((c = dd_strcmp_null(fa->id, fb->id)))
		return c;
	if (fa->suppressed != fb->suppressed)
		return fa->suppressed ? 1 : -1;
	if ((c = dd_strcmp_null(fa->vex_status, fb->vex_status)))
		return c;
	if ((c = dd_strcmp_null(fa->vex_justification, fb->vex_justification)))
		return c;
	if ((c = dd_strcmp_null(fa->suppressed_by, fb->suppressed_by)))
		return c;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static bool same_group(const dd_finding *a, const dd_finding *b)
{
	return !dd_strcmp_null(a->id, b->id) && a->suppressed == b->suppressed &&
		!dd_strcmp_null(a->vex_status, b->vex_status) && !dd_strcmp_null(a->vex_justification, b->vex_justification) &&
		!dd_strcmp_null(a->suppressed_by, b->suppressed_by);
}

static json_t *vulnerability(const dd_report *r, const dd_sbom_refs *refs, const size_t *idx, size_t n,
	unsigned ordinal)
{
	const dd_finding *f = &r->findings[idx[0]];
	/* the worst rating in the group represents it */
	for (size_t k = 1; k < n; k++)
		if (r->findings[idx[k]].severity > f->severity)
			f = &r->findings[idx[k]];
	char *bref = ordinal > 1 ? dd_asprintf("vuln:%s:%u", f->id ? f->id : "unknown", ordinal)
				 : dd_asprintf("vuln:%s", f->id ? f->id : "unknown");
	json_t *v = json_pack("{s:o,s:o,s:o}", "bom-ref", dd_json_text(bref), "id", dd_json_text(f->id ? f->id : "unknown"),
		"source", vuln_source(f->id));
	free(bref);
	if (f->aliases.count) {
		json_t *refs_a = json_array();
		for (size_t i = 0; i < f->aliases.count; i++)
			json_array_append_new(refs_a, json_pack("{s:o,s:o}", "id", dd_json_text(f->aliases.items[i]), "source",
				vuln_source(f->aliases.items[i])));
		json_object_set_new(v, "references", refs_a);
	}
	json_t *rating = json_pack("{s:s}", "severity", dd_severity_name(f->severity));
	if (f->severity_source)
		json_object_set_new(rating, "source", json_pack("{s:o}", "name", dd_json_text(f->severity_source)));
	if (f->cvss_score > 0)
		json_object_set_new(rating, "score", json_real(f->cvss_score));
	const char *method = rating_method(f->cvss_vector);
	if (method) {
		json_object_set_new(rating, "method", json_string(method));
		json_object_set_new(rating, "vector", dd_json_text(f->cvss_vector));
	} else if (f->severity_source)
		json_object_set_new(rating, "method", json_string("other"));
	json_object_set_new(v, "ratings", json_pack("[o]", rating));
	dd_json_set_text(v, "description", f->title);
	dd_json_set_text(v, "detail", f->description);
	if (f->remediation && *f->remediation)
		json_object_set_new(v, "recommendation", dd_json_text(f->remediation));
	else if (f->fixed_version && *f->fixed_version) {
		char *rec = dd_asprintf("Upgrade %s to %s or later.", f->pkg_name ? f->pkg_name : "the package", f->fixed_version);
		json_object_set_new(v, "recommendation", dd_json_text(rec ? rec : ""));
		free(rec);
	}
	json_t *adv = json_array();
	/* consumers render these as links: only plain web addresses */
	for (size_t i = 0; i < f->references.count && i < 32; i++)
		if (dd_plain_url(f->references.items[i]))
			json_array_append_new(adv, json_pack("{s:o}", "url", dd_json_text(f->references.items[i])));
	if (json_array_size(adv))
		json_object_set_new(v, "advisories", adv);
	else
		json_decref(adv);

	const char *state = analysis_state(f);
	bool unaffected = f->suppressed && f->vex_status &&
		(!strcmp(f->vex_status, "not_affected") || !strcmp(f->vex_status, "fixed") ||
			!strcmp(f->vex_status, "false_positive"));
	json_t *affects = json_array(), *seen = json_object();
	json_t *fixed = json_array();
	for (size_t k = 0; k < n; k++) {
		const dd_finding *g = &r->findings[idx[k]];
		long pi = dd_sbom_refs_find(refs, r, g);
		const char *ref = pi >= 0 ? refs->ref[pi] : (g->pkg_purl ? g->pkg_purl : g->pkg_name);
		if (!ref || !*ref || json_object_get(seen, ref))
			continue;
		json_object_set_new(seen, ref, json_true());
		json_t *versions = json_array();
		if (g->pkg_version && *g->pkg_version)
			json_array_append_new(versions, json_pack("{s:o,s:s}", "version", dd_json_text(g->pkg_version), "status",
				unaffected ? "unaffected" : "affected"));
		if (g->fixed_version && *g->fixed_version) {
			char *range = dd_asprintf("vers:%s/<%s", g->pkg_type && *g->pkg_type ? g->pkg_type : "generic", g->fixed_version);
			if (range)
				json_array_append_new(versions, json_pack("{s:o,s:s}", "range", dd_json_text(range), "status", "affected"));
			free(range);
			json_array_append_new(versions, json_pack("{s:o,s:s}", "version", dd_json_text(g->fixed_version), "status",
				"unaffected"));
			json_array_append_new(fixed, dd_json_text(g->fixed_version));
		}
		json_t *a = json_pack("{s:o}", "ref", dd_json_text(ref));
		if (json_array_size(versions))
			json_object_set_new(a, "versions", versions);
		else
			json_decref(versions);
		json_array_append_new(affects, a);
	}
	json_decref(seen);
	if (json_array_size(affects))
		json_object_set_new(v, "affects", affects);
	else
		json_decref(affects);
	if (state) {
		json_t *an = json_pack("{s:s}", "state", state);
		const char *just = analysis_justification(f->vex_justification);
		if (just)
			json_object_set_new(an, "justification", json_string(just));
		if (f->suppressed_by || f->vex_justification) {
			char *detail = dd_asprintf("%s%s%s", f->suppressed_by ? f->suppressed_by : "",
				f->suppressed_by && f->vex_justification && !just ? "; " : "",
				f->vex_justification && !just ? f->vex_justification : "");
			if (detail && *detail)
				json_object_set_new(an, "detail", dd_json_text(detail));
			free(detail);
		}
		if (f->suppressed && !f->vex_status)
			json_object_set_new(an, "response", json_pack("[s]", "will_not_fix"));
		json_object_set_new(v, "analysis", an);
	}
	json_t *props = json_array();
	add_prop(props, "drydock:class", dd_class_name(f->cls));
	add_prop(props, "drydock:status", dd_status_name(f->status));
	for (size_t i = 0; i < json_array_size(fixed); i++)
		add_prop(props, "drydock:fixed_version", json_string_value(json_array_get(fixed, i)));
	json_decref(fixed);
	if (f->kev)
		add_prop(props, "drydock:kev", "true");
	if (f->suppressed)
		add_prop(props, "drydock:suppressed", "true");
	json_object_set_new(v, "properties", props);
	return v;
}

static int write_cyclonedx(const dd_report *r, FILE *fp, bool color)
{
	int rc = DD_ENOMEM;
	json_t *root = NULL;
	dd_sbom_refs refs;
	size_t *idx = NULL;
	char *image_purl = dd_sbom_image_purl(r);
	if (dd_sbom_refs_build(&refs, r)) {
		free(image_purl);
		return DD_ENOMEM;
	}
	const char *image_ref = image_purl ? image_purl : "image";

	char uuid[37], *seed = dd_asprintf("cyclonedx|%s|%s|%s", r->digest ? r->digest : "", r->ref ? r->ref : "",
		r->scanned_at ? r->scanned_at : "");
	dd_uuid5(seed ? seed : "", uuid);
	free(seed);
	char serial[48];
	snprintf(serial, sizeof(serial), "urn:uuid:%s", uuid);

	json_t *meta = json_object();
	dd_json_set_text(meta, "timestamp", r->scanned_at);
	json_object_set_new(meta, "tools", json_pack("{s:[{s:s,s:s,s:s}]}", "components", "type", "application", "name",
		"drydock", "version", dd_version_string()));
	json_object_set_new(meta, "component", image_component(r, image_ref, image_purl));

	json_t *comps = json_array(), *deps_on = json_array();
	if (r->os_family && *r->os_family) {
		char *os_ref = dd_asprintf("os:%s@%s", r->os_family, r->os_version ? r->os_version : "unknown");
		json_t *os = json_pack("{s:o,s:s,s:o}", "bom-ref", dd_json_text(os_ref ? os_ref : "os"), "type",
			"operating-system", "name", dd_json_text(r->os_family));
		dd_json_set_text(os, "version", r->os_version);
		dd_json_set_text(os, "description", r->os_name);
		json_array_append_new(comps, os);
		json_array_append_new(deps_on, dd_json_text(os_ref ? os_ref : "os"));
		free(os_ref);
	}
	for (size_t i = 0; i < r->n_packages; i++) {
		json_array_append_new(comps, component(&r->packages[i], refs.ref[i]));
		json_array_append_new(deps_on, dd_json_text(refs.ref[i]));
	}
	root = json_pack("{s:s,s:s,s:s,s:i,s:o,s:o}", "bomFormat", "CycloneDX", "specVersion", "1.5", "serialNumber",
		serial, "version", 1, "metadata", meta, "components", comps);
	if (!root)
		goto cleanup;
	json_object_set_new(root, "dependencies", json_pack("[{s:s,s:o}]", "ref", image_ref, "dependsOn", deps_on));

	if (r->scanners & DD_SCANNER_VULN) {
		json_t *vulns = json_array();
		size_t n = 0;
		if (!(idx = malloc((r->n_findings + 1) * sizeof(*idx))))
			goto cleanup;
		for (size_t i = 0; i < r->n_findings; i++)
			if (dd_finding_is_vuln(&r->findings[i]))
				idx[n++] = i;
		qsort_r(idx, n, sizeof(*idx), cmp_group, (void *)r);
		unsigned ordinal = 0;
		for (size_t k = 0; k < n;) {
			size_t end = k + 1;
			while (end < n && same_group(&r->findings[idx[k]], &r->findings[idx[end]]))
				end++;
			ordinal = k > 0 && !dd_strcmp_null(r->findings[idx[k - 1]].id, r->findings[idx[k]].id) ? ordinal + 1 : 1;
			json_array_append_new(vulns, vulnerability(r, &refs, idx + k, end - k, ordinal));
			k = end;
		}
		json_object_set_new(root, "vulnerabilities", vulns);
	}
	rc = json_dumpf(root, fp, JSON_INDENT(2)) || fputc('\n', fp) == EOF ? DD_EIO : 0;
cleanup:
	json_decref(root);
	free(idx);
	free(image_purl);
	dd_sbom_refs_free(&refs);
	return rc;
}

const dd_writer dd_writer_cyclonedx = { "cyclonedx", DD_FORMAT_CYCLONEDX, write_cyclonedx };
