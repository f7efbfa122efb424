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

static void jw_prop(dd_jw *w, bool *open, const char *name, const char *value)
{
	if (!value || !*value)
		return;
	if (!*open) {
		dd_jw_key(w, "properties");
		dd_jw_arr(w);
		*open = true;
	}
	dd_jw_obj(w);
	dd_jw_kstr(w, "name", name);
	dd_jw_key(w, "value");
	dd_jw_str(w, value);
	dd_jw_end_obj(w);
}

static void write_component(dd_jw *w, const dd_package *p, const char *ref)
{
	dd_jw_obj(w);
	dd_jw_key(w, "bom-ref");
	dd_jw_str(w, ref);
	dd_jw_kstr(w, "type", "library");
	dd_jw_key(w, "name");
	dd_jw_str(w, p->name && *p->name ? p->name : "unknown");
	dd_jw_kstr(w, "version", p->version);
	dd_jw_kstr(w, "purl", p->purl);
	if (p->licenses && *p->licenses) {
		/* a name is always valid; an "id" would have to be on the SPDX list */
		dd_jw_key(w, "licenses");
		dd_jw_arr(w);
		dd_jw_obj(w);
		if (is_expression(p->licenses))
			dd_jw_kstr(w, "expression", p->licenses);
		else {
			dd_jw_key(w, "license");
			dd_jw_obj(w);
			dd_jw_kstr(w, "name", p->licenses);
			dd_jw_end_obj(w);
		}
		dd_jw_end_obj(w);
		dd_jw_end_arr(w);
	}
	bool open = false;
	jw_prop(w, &open, "drydock:package:type", p->type);
	jw_prop(w, &open, "drydock:package:path", p->path);
	jw_prop(w, &open, "drydock:package:layer", p->layer);
	jw_prop(w, &open, "drydock:package:source_name", p->source_name);
	jw_prop(w, &open, "drydock:package:source_version", p->source_version);
	jw_prop(w, &open, "drydock:package:arch", p->arch);
	if (p->dev)
		jw_prop(w, &open, "drydock:package:dev", "true");
	if (open)
		dd_jw_end_arr(w);
	dd_jw_end_obj(w);
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

static void write_source(dd_jw *w, const char *id)
{
	char url[160], name[32];
	const char *nm = "unknown";
	url[0] = '\0';
	if (id && !strncmp(id, "CVE-", 4) && safe_id(id) && strlen(id) < 64) {
		nm = "NVD";
		snprintf(url, sizeof(url), "https://nvd.nist.gov/vuln/detail/%s", id);
	} else if (id && !strncmp(id, "GHSA-", 5) && safe_id(id) && strlen(id) < 64) {
		nm = "GitHub";
		snprintf(url, sizeof(url), "https://github.com/advisories/%s", id);
	} else if (id) {
		const char *dash = strchr(id, '-');
		snprintf(name, sizeof(name), "%.*s", dash ? (int)(dash - id) : 31, id);
		if (*name)
			nm = name;
	}
	dd_jw_key(w, "source");
	dd_jw_obj(w);
	dd_jw_key(w, "name");
	dd_jw_str(w, nm);
	dd_jw_kstr(w, "url", url);
	dd_jw_end_obj(w);
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

static void write_vulnerability(dd_jw *w, const dd_report *r, const dd_sbom_refs *refs, const size_t *idx, size_t n,
	unsigned ordinal)
{
	const dd_finding *f = &r->findings[idx[0]];
	/* the worst rating in the group represents it */
	for (size_t k = 1; k < n; k++)
		if (r->findings[idx[k]].severity > f->severity)
			f = &r->findings[idx[k]];
	char bref[160];
	if (ordinal > 1)
		snprintf(bref, sizeof(bref), "vuln:%.120s:%u", f->id ? f->id : "unknown", ordinal);
	else
		snprintf(bref, sizeof(bref), "vuln:%.120s", f->id ? f->id : "unknown");
	dd_jw_obj(w);
	dd_jw_key(w, "bom-ref");
	dd_jw_str(w, bref);
	dd_jw_key(w, "id");
	dd_jw_str(w, f->id ? f->id : "unknown");
	write_source(w, f->id);
	if (f->aliases.count) {
		dd_jw_key(w, "references");
		dd_jw_arr(w);
		for (size_t i = 0; i < f->aliases.count; i++) {
			dd_jw_obj(w);
			dd_jw_key(w, "id");
			dd_jw_str(w, f->aliases.items[i]);
			write_source(w, f->aliases.items[i]);
			dd_jw_end_obj(w);
		}
		dd_jw_end_arr(w);
	}
	dd_jw_key(w, "ratings");
	dd_jw_arr(w);
	dd_jw_obj(w);
	if (f->severity_source) {
		dd_jw_key(w, "source");
		dd_jw_obj(w);
		dd_jw_kstr(w, "name", f->severity_source);
		dd_jw_end_obj(w);
	}
	if (f->cvss_score > 0) {
		dd_jw_key(w, "score");
		dd_jw_real(w, f->cvss_score);
	}
	dd_jw_kstr(w, "severity", dd_severity_name(f->severity));
	const char *method = rating_method(f->cvss_vector);
	if (method) {
		dd_jw_kstr(w, "method", method);
		dd_jw_kstr(w, "vector", f->cvss_vector);
	} else if (f->severity_source)
		dd_jw_kstr(w, "method", "other");
	dd_jw_end_obj(w);
	dd_jw_end_arr(w);
	dd_jw_kstr(w, "description", f->title);
	dd_jw_kstr(w, "detail", f->description);
	if (f->remediation && *f->remediation)
		dd_jw_kstr(w, "recommendation", f->remediation);
	else if (f->fixed_version && *f->fixed_version) {
		char *rec = dd_asprintf("Upgrade %s to %s or later.", f->pkg_name ? f->pkg_name : "the package", f->fixed_version);
		dd_jw_kstr(w, "recommendation", rec);
		free(rec);
	}
	/* consumers render these as links: only plain web addresses */
	bool adv = false;
	for (size_t i = 0; i < f->references.count && i < 32; i++) {
		if (!dd_plain_url(f->references.items[i]))
			continue;
		if (!adv) {
			dd_jw_key(w, "advisories");
			dd_jw_arr(w);
			adv = true;
		}
		dd_jw_obj(w);
		dd_jw_kstr(w, "url", f->references.items[i]);
		dd_jw_end_obj(w);
	}
	if (adv)
		dd_jw_end_arr(w);

	const char *state = analysis_state(f);
	bool unaffected = f->suppressed && f->vex_status &&
		(!strcmp(f->vex_status, "not_affected") || !strcmp(f->vex_status, "fixed") ||
			!strcmp(f->vex_status, "false_positive"));
	bool aff_open = false;
	const char *fixed[64];
	size_t n_fixed = 0;
	for (size_t k = 0; k < n; k++) {
		const dd_finding *g = &r->findings[idx[k]];
		long pi = dd_sbom_refs_find(refs, r, g);
		const char *ref = pi >= 0 ? refs->ref[pi] : (g->pkg_purl ? g->pkg_purl : g->pkg_name);
		bool dup = false;
		/* affects must be unique: the group is small, a linear check is enough */
		for (size_t j = 0; j < k && !dup && ref; j++) {
			const dd_finding *h = &r->findings[idx[j]];
			long pj = dd_sbom_refs_find(refs, r, h);
			const char *rj = pj >= 0 ? refs->ref[pj] : (h->pkg_purl ? h->pkg_purl : h->pkg_name);
			dup = rj && !strcmp(rj, ref);
		}
		if (!ref || !*ref || dup)
			continue;
		if (!aff_open) {
			dd_jw_key(w, "affects");
			dd_jw_arr(w);
			aff_open = true;
		}
		dd_jw_obj(w);
		dd_jw_key(w, "ref");
		dd_jw_str(w, ref);
		bool has_fixed = g->fixed_version && *g->fixed_version;
		if ((g->pkg_version && *g->pkg_version) || has_fixed) {
			dd_jw_key(w, "versions");
			dd_jw_arr(w);
			if (g->pkg_version && *g->pkg_version) {
				dd_jw_obj(w);
				dd_jw_kstr(w, "version", g->pkg_version);
				dd_jw_kstr(w, "status", unaffected ? "unaffected" : "affected");
				dd_jw_end_obj(w);
			}
			if (has_fixed) {
				char *range = dd_asprintf("vers:%s/<%s", g->pkg_type && *g->pkg_type ? g->pkg_type : "generic",
					g->fixed_version);
				dd_jw_obj(w);
				dd_jw_kstr(w, "range", range);
				dd_jw_kstr(w, "status", "affected");
				dd_jw_end_obj(w);
				free(range);
				dd_jw_obj(w);
				dd_jw_kstr(w, "version", g->fixed_version);
				dd_jw_kstr(w, "status", "unaffected");
				dd_jw_end_obj(w);
				if (n_fixed < 64)
					fixed[n_fixed++] = g->fixed_version;
			}
			dd_jw_end_arr(w);
		}
		dd_jw_end_obj(w);
	}
	if (aff_open)
		dd_jw_end_arr(w);
	if (state) {
		dd_jw_key(w, "analysis");
		dd_jw_obj(w);
		dd_jw_kstr(w, "state", state);
		const char *just = analysis_justification(f->vex_justification);
		dd_jw_kstr(w, "justification", just);
		if (f->suppressed && !f->vex_status) {
			dd_jw_key(w, "response");
			dd_jw_arr(w);
			dd_jw_str(w, "will_not_fix");
			dd_jw_end_arr(w);
		}
		if (f->suppressed_by || f->vex_justification) {
			char *detail = dd_asprintf("%s%s%s", f->suppressed_by ? f->suppressed_by : "",
				f->suppressed_by && f->vex_justification && !just ? "; " : "",
				f->vex_justification && !just ? f->vex_justification : "");
			dd_jw_kstr(w, "detail", detail);
			free(detail);
		}
		dd_jw_end_obj(w);
	}
	bool open = false;
	jw_prop(w, &open, "drydock:class", dd_class_name(f->cls));
	jw_prop(w, &open, "drydock:status", dd_status_name(f->status));
	for (size_t i = 0; i < n_fixed; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = !strcmp(fixed[i], fixed[j]);
		if (!seen)
			jw_prop(w, &open, "drydock:fixed_version", fixed[i]);
	}
	if (f->kev)
		jw_prop(w, &open, "drydock:kev", "true");
	if (f->suppressed)
		jw_prop(w, &open, "drydock:suppressed", "true");
	if (open)
		dd_jw_end_arr(w);
	dd_jw_end_obj(w);
}

static int write_cyclonedx(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	int rc = DD_ENOMEM;
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

	dd_jw w;
	dd_jw_init(&w, fp, 2);
	flockfile(fp);
	dd_jw_obj(&w);
	dd_jw_kstr(&w, "bomFormat", "CycloneDX");
	dd_jw_kstr(&w, "specVersion", "1.5");
	dd_jw_kstr(&w, "serialNumber", serial);
	dd_jw_key(&w, "version");
	dd_jw_int(&w, 1);
	dd_jw_key(&w, "metadata");
	dd_jw_json(&w, meta);
	dd_jw_key(&w, "components");
	dd_jw_arr(&w);
	char *os_ref = NULL;
	if (r->os_family && *r->os_family) {
		os_ref = dd_asprintf("os:%s@%s", r->os_family, r->os_version ? r->os_version : "unknown");
		dd_jw_obj(&w);
		dd_jw_key(&w, "bom-ref");
		dd_jw_str(&w, os_ref ? os_ref : "os");
		dd_jw_kstr(&w, "type", "operating-system");
		dd_jw_kstr(&w, "name", r->os_family);
		dd_jw_kstr(&w, "version", r->os_version);
		dd_jw_kstr(&w, "description", r->os_name);
		dd_jw_end_obj(&w);
	}
	for (size_t i = 0; i < r->n_packages; i++) {
		write_component(&w, &r->packages[i], refs.ref[i]);
	}
	dd_jw_end_arr(&w);
	/* the image contains everything; package-to-package edges are not known */
	dd_jw_key(&w, "dependencies");
	dd_jw_arr(&w);
	dd_jw_obj(&w);
	dd_jw_key(&w, "ref");
	dd_jw_str(&w, image_ref);
	dd_jw_key(&w, "dependsOn");
	dd_jw_arr(&w);
	if (os_ref)
		dd_jw_str(&w, os_ref);
	free(os_ref);
	for (size_t i = 0; i < r->n_packages; i++)
		dd_jw_str(&w, refs.ref[i]);
	dd_jw_end_arr(&w);
	dd_jw_end_obj(&w);
	dd_jw_end_arr(&w);

	if (r->scanners & DD_SCANNER_VULN) {
		size_t n = 0;
		if (!(idx = malloc((r->n_findings + 1) * sizeof(*idx)))) {
			funlockfile(fp);
			goto cleanup;
		}
		for (size_t i = 0; i < r->n_findings; i++)
			if (dd_finding_is_vuln(&r->findings[i]))
				idx[n++] = i;
		qsort_r(idx, n, sizeof(*idx), cmp_group, (void *)r);
		dd_jw_key(&w, "vulnerabilities");
		dd_jw_arr(&w);
		unsigned ordinal = 0;
		for (size_t k = 0; k < n;) {
			size_t end = k + 1;
			while (end < n && same_group(&r->findings[idx[k]], &r->findings[idx[end]]))
				end++;
			ordinal = k > 0 && !dd_strcmp_null(r->findings[idx[k - 1]].id, r->findings[idx[k]].id) ? ordinal + 1 : 1;
			write_vulnerability(&w, r, &refs, idx + k, end - k, ordinal);
			k = end;
		}
		dd_jw_end_arr(&w);
	}
	dd_jw_end_obj(&w);
	putc_unlocked('\n', fp);
	funlockfile(fp);
	rc = ferror(fp) ? DD_EIO : 0;
cleanup:
	free(idx);
	free(image_purl);
	dd_sbom_refs_free(&refs);
	return rc;
}

const dd_writer dd_writer_cyclonedx = { "cyclonedx", DD_FORMAT_CYCLONEDX, write_cyclonedx };
