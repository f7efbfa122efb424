/*
 * A stored drydock report in Harbor's words: the vulnerability report
 * (HarborVulnerabilityReport of the spec, served as version 1.1 and as the
 * older harbor+json 1.0: one schema) with severities mapped to Harbor's
 * scale, the preferred CVSS split into v3/v2, the fix version, links and the
 * layer that brought the package. Only vulnerability findings go in (Harbor
 * shows packages' vulnerabilities; secrets and the like stay in drydock's own
 * report), and suppressed ones are left out, as Harbor has its own allowlist.
 */
#include <stdio.h>
#include <string.h>

#include "drydock/drydock.h"
#include "server/harbor.h"
#include "store/store.h"

const char *dd_harbor_severity(dd_severity s)
{
	switch (s) {
	case DD_SEV_LOW: return "Low";
	case DD_SEV_MEDIUM: return "Medium";
	case DD_SEV_HIGH: return "High";
	case DD_SEV_CRITICAL: return "Critical";
	default: return "Unknown";
	}
}

json_t *dd_harbor_scanner(void)
{
	return json_pack("{s:s,s:s,s:s}", "name", "drydock", "vendor", "drydock", "version", dd_version_string());
}

/* The layer {digest, diff_id} that holds the finding's package, when known. */
static json_t *layer_of(const dd_report *r, const dd_finding *f)
{
	const char *layer = NULL;
	for (size_t i = 0; !layer && i < r->n_packages; i++) {
		const dd_package *p = &r->packages[i];
		if (p->layer && p->name && f->pkg_name && !strcmp(p->name, f->pkg_name) && p->version && f->pkg_version &&
		    !strcmp(p->version, f->pkg_version) && (!f->pkg_path || !p->path || !strcmp(p->path, f->pkg_path)))
			layer = p->layer;
	}
	if (!layer)
		return NULL;
	json_t *o = json_pack("{s:s}", "digest", layer);
	for (size_t i = 0; o && i < r->n_layers; i++)
		if (r->layers[i].digest && !strcmp(r->layers[i].digest, layer) && r->layers[i].diff_id)
			json_object_set_new(o, "diff_id", json_string(r->layers[i].diff_id));
	return o;
}

static json_t *cvss_of(const dd_finding *f)
{
	if (!f->cvss_vector && f->cvss_score <= 0)
		return NULL;
	bool v3 = !f->cvss_vector || !strncmp(f->cvss_vector, "CVSS:3", 6) || !strncmp(f->cvss_vector, "CVSS:4", 6);
	json_t *o = json_object();
	if (f->cvss_score > 0)
		json_object_set_new(o, v3 ? "score_v3" : "score_v2", json_real(f->cvss_score));
	if (f->cvss_vector)
		json_object_set_new(o, v3 ? "vector_v3" : "vector_v2", json_string(f->cvss_vector));
	return o;
}

static json_t *item_of(const dd_report *r, const dd_finding *f)
{
	json_t *v = json_object(), *links = json_array(), *attrs = json_object();
	if (!v || !links || !attrs) {
		json_decref(v);
		json_decref(links);
		json_decref(attrs);
		return NULL;
	}
	json_object_set_new(v, "id", json_string(f->id ? f->id : ""));
	json_object_set_new(v, "package", json_string(f->pkg_name ? f->pkg_name : ""));
	json_object_set_new(v, "version", json_string(f->pkg_version ? f->pkg_version : ""));
	if (f->fixed_version)
		json_object_set_new(v, "fix_version", json_string(f->fixed_version));
	json_object_set_new(v, "severity", json_string(dd_harbor_severity(f->severity)));
	json_object_set_new(v, "description", json_string(f->description ? f->description : f->title ? f->title : ""));
	for (size_t i = 0; i < f->references.count; i++)
		if (!strncmp(f->references.items[i], "https://", 8) || !strncmp(f->references.items[i], "http://", 7))
			json_array_append_new(links, json_string(f->references.items[i]));
	/* an advisory source without references (Alpine's secdb): Harbor links the
	 * id through links[0], so give the id's public record */
	if (!json_array_size(links) && f->id && !strncmp(f->id, "CVE-", 4)) {
		char url[200];
		snprintf(url, sizeof(url), "https://nvd.nist.gov/vuln/detail/%.150s", f->id);
		json_array_append_new(links, json_string(url));
	} else if (!json_array_size(links) && f->id && !strncmp(f->id, "GHSA-", 5)) {
		char url[200];
		snprintf(url, sizeof(url), "https://github.com/advisories/%.150s", f->id);
		json_array_append_new(links, json_string(url));
	}
	json_object_set_new(v, "links", links);
	json_t *cvss = cvss_of(f);
	if (cvss)
		json_object_set_new(v, "preferred_cvss", cvss);
	json_object_set_new(v, "cwe_ids", json_array());
	json_t *layer = layer_of(r, f);
	if (layer)
		json_object_set_new(v, "layer", layer);
	/* what Harbor has no field for, kept for whoever reads the raw report */
	json_object_set_new(attrs, "class", json_string(dd_class_name(f->cls)));
	if (f->pkg_type)
		json_object_set_new(attrs, "package_type", json_string(f->pkg_type));
	if (f->pkg_purl)
		json_object_set_new(attrs, "purl", json_string(f->pkg_purl));
	if (f->pkg_path)
		json_object_set_new(attrs, "path", json_string(f->pkg_path));
	if (f->status != DD_STATUS_NONE)
		json_object_set_new(attrs, "status", json_string(dd_status_name(f->status)));
	if (f->severity_source)
		json_object_set_new(attrs, "severity_source", json_string(f->severity_source));
	if (f->kev)
		json_object_set_new(attrs, "known_exploited", json_true());
	json_object_set_new(v, "vendor_attributes", attrs);
	return v;
}

json_t *dd_harbor_vuln_report(const dd_report *r, json_t *artifact)
{
	json_t *vulns = json_array();
	dd_severity worst = DD_SEV_UNKNOWN;
	bool any = false;
	if (!vulns)
		return NULL;
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		if ((f->cls != DD_CLASS_OS_VULN && f->cls != DD_CLASS_APP_VULN) || f->suppressed)
			continue;
		json_t *v = item_of(r, f);
		if (!v || json_array_append_new(vulns, v)) {
			json_decref(vulns);
			return NULL;
		}
		if (!any || f->severity > worst)
			worst = f->severity;
		any = true;
	}
	char now[32];
	dd_store_time(0, now);
	json_t *doc = json_pack("{s:s,s:O,s:o,s:s,s:o}", "generated_at", r->scanned_at ? r->scanned_at : now,
		"artifact", artifact, "scanner", dd_harbor_scanner(), "severity", dd_harbor_severity(worst),
		"vulnerabilities", vulns);
	return doc;
}
