/*
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF
 * consumers. One rule per distinct finding id (a CVE, a secret rule...), one
 * result per finding.
 *
 * The one idea: GitHub reads the severity from
 * rules[].properties["security-severity"] (a CVSS-like number as a string)
 * and needs a physical location on every result, so every result gets one:
 * the file in the image, the package database that listed the vulnerable
 * package, or the image config for build-history findings. Suppressed
 * findings are kept with SARIF's own `suppressions` so that they show as
 * dismissed instead of disappearing.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report/text.h"
#include "report/writer.h"
#include "util/buf.h"
#include "util/str.h"

static const char *level_for(dd_severity s)
{
	switch (s) {
	case DD_SEV_CRITICAL:
	case DD_SEV_HIGH: return "error";
	case DD_SEV_MEDIUM: return "warning";
	default: return "note";
	}
}

static const char *class_tag(dd_finding_class c)
{
	switch (c) {
	case DD_CLASS_OS_VULN:
	case DD_CLASS_APP_VULN: return "vulnerability";
	case DD_CLASS_SECRET: return "secret";
	case DD_CLASS_BASELINE: return "baseline";
	case DD_CLASS_MALWARE: return "malware";
	default: return "build";
	}
}

static uint64_t fnv1a(uint64_t h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		h ^= *p;
		h *= 0x100000001b3ull;
	}
	h ^= 0xff; /* field separator: ("ab","c") differs from ("a","bc") */
	h *= 0x100000001b3ull;
	return h;
}

static char *help_text(const dd_finding *f, bool markdown)
{
	dd_buf b = DD_BUF_INIT(1 << 20);
	if (markdown)
		dd_buf_printf(&b, "**%s** (%s)\n\n", f->id ? f->id : "", dd_severity_name(f->severity));
	if (f->description && *f->description)
		dd_buf_printf(&b, "%s\n\n", f->description);
	else if (f->title && *f->title)
		dd_buf_printf(&b, "%s\n\n", f->title);
	if (f->remediation && *f->remediation)
		dd_buf_printf(&b, "Remediation: %s\n", f->remediation);
	else if (dd_finding_is_vuln(f) && f->fixed_version && *f->fixed_version)
		dd_buf_printf(&b, "Remediation: upgrade %s to %s or later.\n", f->pkg_name ? f->pkg_name : "the package",
			f->fixed_version);
	else if (dd_finding_is_vuln(f))
		dd_buf_printf(&b, "Remediation: no fixed version is known yet; consider removing the package or mitigating.\n");
	if (f->cvss_vector && *f->cvss_vector)
		dd_buf_printf(&b, "CVSS: %.1f %s\n", f->cvss_score, f->cvss_vector);
	for (size_t i = 0; i < f->references.count && i < 16; i++)
		dd_buf_printf(&b, markdown ? "- %s\n" : "%s\n", f->references.items[i]);
	if (!b.ptr)
		dd_buf_puts(&b, f->id ? f->id : "finding");
	return dd_buf_detach(&b);
}

static json_t *text_obj(const char *s)
{
	return json_pack("{s:o}", "text", dd_json_text(s && *s ? s : "(none)"));
}

static json_t *make_rule(const dd_finding *f, dd_severity max_sev)
{
	char sev[16];
	char *help = help_text(f, false), *md = help_text(f, true);
	json_t *rule = json_object();
	json_object_set_new(rule, "id", dd_json_text(f->id ? f->id : "unknown"));
	json_object_set_new(rule, "shortDescription", text_obj(f->title ? f->title : f->id));
	json_object_set_new(rule, "fullDescription",
		text_obj(f->description && *f->description ? f->description : (f->title ? f->title : f->id)));
	if (f->references.count && dd_plain_url(f->references.items[0]))
		json_object_set_new(rule, "helpUri", json_string(f->references.items[0]));
	json_object_set_new(rule, "help", json_pack("{s:o,s:o}", "text", dd_json_text(help), "markdown", dd_json_text(md)));
	json_object_set_new(rule, "defaultConfiguration", json_pack("{s:s}", "level", level_for(max_sev)));
	json_t *props = json_pack("{s:[s,s,s]}", "tags", "security", class_tag(f->cls), dd_severity_name(max_sev));
	if (max_sev != DD_SEV_UNKNOWN) {
		dd_finding tmp = *f;
		tmp.severity = max_sev;
		snprintf(sev, sizeof(sev), "%.1f", dd_severity_score(&tmp));
		json_object_set_new(props, "security-severity", json_string(sev));
	}
	json_object_set_new(props, "precision", json_string(dd_finding_is_vuln(f) ? "very-high" : "high"));
	json_object_set_new(rule, "properties", props);
	free(help);
	free(md);
	return rule;
}

static char *message(const dd_finding *f, const dd_report *r)
{
	dd_buf b = DD_BUF_INIT(1 << 16);
	const char *sev = dd_severity_name(f->severity);
	switch (f->cls) {
	case DD_CLASS_OS_VULN:
	case DD_CLASS_APP_VULN:
		dd_buf_printf(&b, "%s %s is affected by %s (%s)", f->pkg_name ? f->pkg_name : "a package",
			f->pkg_version ? f->pkg_version : "", f->id ? f->id : "", sev);
		if (f->fixed_version && *f->fixed_version)
			dd_buf_printf(&b, "; fixed in %s", f->fixed_version);
		else if (f->status != DD_STATUS_NONE)
			dd_buf_printf(&b, "; status %s", dd_status_name(f->status));
		break;
	case DD_CLASS_BUILD:
		dd_buf_printf(&b, "%s (%s) in image history entry %d", f->title ? f->title : (f->id ? f->id : ""), sev,
			f->history_index);
		if (f->history_index >= 0 && (size_t)f->history_index < r->n_history &&
		    r->history[f->history_index].created_by)
			dd_buf_printf(&b, ": %.300s", r->history[f->history_index].created_by);
		break;
	default:
		dd_buf_printf(&b, "%s (%s) in %s", f->title ? f->title : (f->id ? f->id : ""), sev, f->path ? f->path : "the image");
		if (f->line)
			dd_buf_printf(&b, " line %u", f->line);
		if (f->match)
			dd_buf_printf(&b, ": %s", f->match);
		if (f->removed_in_final)
			dd_buf_puts(&b, " (deleted by a later layer; the bytes still ship in the image)");
	}
	if (f->title && *f->title && dd_finding_is_vuln(f))
		dd_buf_printf(&b, ": %s", f->title);
	if (!b.ptr)
		dd_buf_puts(&b, "finding");
	return dd_buf_detach(&b);
}

static json_t *make_result(const dd_finding *f, size_t rule_index, const dd_report *r)
{
	json_t *res = json_object();
	json_object_set_new(res, "ruleId", dd_json_text(f->id ? f->id : "unknown"));
	json_object_set_new(res, "ruleIndex", json_integer((json_int_t)rule_index));
	json_object_set_new(res, "level", json_string(level_for(f->severity)));
	char *msg = message(f, r);
	json_object_set_new(res, "message", text_obj(msg));
	free(msg);

	const char *where = f->path && *f->path ? f->path : (f->pkg_path && *f->pkg_path ? f->pkg_path : NULL);
	char *uri = dd_uri_path(where ? where : (f->cls == DD_CLASS_BUILD ? "image-config" : "image"));
	unsigned line = f->line ? f->line : (f->cls == DD_CLASS_BUILD && f->history_index >= 0 ? (unsigned)f->history_index + 1 : 1);
	json_t *phys = json_pack("{s:{s:o},s:{s:I}}", "artifactLocation", "uri", dd_json_text(uri ? uri : "image"),
		"region", "startLine", (json_int_t)line);
	free(uri);
	json_t *loc = json_pack("{s:o}", "physicalLocation", phys);
	if (dd_finding_is_vuln(f) && f->pkg_name) {
		json_t *ll = json_pack("{s:o,s:s}", "name", dd_json_text(f->pkg_name), "kind", "module");
		if (f->pkg_purl)
			json_object_set_new(ll, "fullyQualifiedName", dd_json_text(f->pkg_purl));
		json_object_set_new(loc, "logicalLocations", json_pack("[o]", ll));
	} else if (f->cls == DD_CLASS_BUILD && f->history_index >= 0) {
		char name[32];
		snprintf(name, sizeof(name), "history[%d]", f->history_index);
		json_object_set_new(loc, "logicalLocations", json_pack("[{s:s,s:s}]", "name", name, "kind", "element"));
	}
	json_object_set_new(res, "locations", json_pack("[o]", loc));

	uint64_t h = 0xcbf29ce484222325ull;
	h = fnv1a(h, dd_class_name(f->cls));
	h = fnv1a(h, f->id);
	h = fnv1a(h, f->pkg_name);
	h = fnv1a(h, f->pkg_version);
	h = fnv1a(h, f->pkg_path);
	h = fnv1a(h, f->path);
	char fp[40];
	snprintf(fp, sizeof(fp), "%016llx", (unsigned long long)h);
	json_object_set_new(res, "partialFingerprints", json_pack("{s:s}", "drydockFinding/v1", fp));

	json_t *props = json_pack("{s:s,s:s}", "class", dd_class_name(f->cls), "severity", dd_severity_name(f->severity));
	dd_json_set_text(props, "layer", f->layer);
	if (dd_finding_is_vuln(f)) {
		dd_json_set_text(props, "package", f->pkg_name);
		dd_json_set_text(props, "packageType", f->pkg_type);
		dd_json_set_text(props, "installedVersion", f->pkg_version);
		dd_json_set_text(props, "fixedVersion", f->fixed_version);
		dd_json_set_text(props, "purl", f->pkg_purl);
		dd_json_set_text(props, "status", dd_status_name(f->status));
		json_object_set_new(props, "kev", json_boolean(f->kev));
		if (f->cvss_score > 0)
			json_object_set_new(props, "cvssScore", json_real(f->cvss_score));
		dd_json_set_text(props, "cvssVector", f->cvss_vector);
	}
	if (f->aliases.count) {
		json_t *a = json_array();
		for (size_t i = 0; i < f->aliases.count; i++)
			json_array_append_new(a, dd_json_text(f->aliases.items[i]));
		json_object_set_new(props, "aliases", a);
	}
	if (f->removed_in_final)
		json_object_set_new(props, "removedInFinal", json_true());
	dd_json_set_text(props, "vexStatus", f->vex_status);
	json_object_set_new(res, "properties", props);
	if (f->suppressed)
		json_object_set_new(res, "suppressions",
			json_pack("[{s:s,s:s,s:o}]", "kind", "external", "status", "accepted", "justification",
				dd_json_text(f->suppressed_by ? f->suppressed_by : "suppressed")));
	return res;
}

static int write_sarif(const dd_report *r, FILE *fp, bool color)
{
	int rc = DD_ENOMEM;
	json_t *root = NULL, *index = json_object(), *rules = json_array(), *results = json_array();
	dd_severity *rule_sev = NULL;
	size_t *rule_first = NULL, n_rules = 0;
	if (!index || !rules || !results)
		goto cleanup;
	rule_sev = calloc(r->n_findings + 1, sizeof(*rule_sev));
	rule_first = calloc(r->n_findings + 1, sizeof(*rule_first));
	size_t *finding_rule = calloc(r->n_findings + 1, sizeof(*finding_rule));
	if (!rule_sev || !rule_first || !finding_rule) {
		free(finding_rule);
		goto cleanup;
	}
	/* rules in first-seen order: findings are sorted, so the worst come first */
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		const char *id = f->id ? f->id : "unknown";
		json_t *k = json_object_get(index, id);
		size_t ri;
		if (k)
			ri = (size_t)json_integer_value(k);
		else {
			ri = n_rules++;
			json_object_set_new(index, id, json_integer((json_int_t)ri));
			rule_first[ri] = i;
			rule_sev[ri] = f->severity;
		}
		if (f->severity > rule_sev[ri])
			rule_sev[ri] = f->severity;
		finding_rule[i] = ri;
	}
	for (size_t ri = 0; ri < n_rules; ri++)
		json_array_append_new(rules, make_rule(&r->findings[rule_first[ri]], rule_sev[ri]));
	for (size_t i = 0; i < r->n_findings; i++)
		json_array_append_new(results, make_result(&r->findings[i], finding_rule[i], r));
	free(finding_rule);

	json_t *driver = json_pack("{s:s,s:s,s:s,s:s,s:o}", "name", "drydock", "fullName", "drydock container image scanner",
		"version", dd_version_string(), "semanticVersion", dd_version_string(), "rules", rules);
	rules = NULL;
	json_t *notes = json_array();
	for (size_t i = 0; i < r->notes.count; i++)
		json_array_append_new(notes, json_pack("{s:s,s:o}", "level", r->complete ? "note" : "error", "message",
			text_obj(r->notes.items[i])));
	for (size_t i = 0; i < r->expired_ignores.count; i++) {
		char *t = dd_asprintf("expired ignore entry: %s", r->expired_ignores.items[i]);
		json_array_append_new(notes, json_pack("{s:s,s:o}", "level", "warning", "message", text_obj(t)));
		free(t);
	}
	json_t *inv = json_pack("{s:b,s:o}", "executionSuccessful", r->complete, "toolExecutionNotifications", notes);
	if (r->scanned_at)
		json_object_set_new(inv, "endTimeUtc", dd_json_text(r->scanned_at));
	json_t *props = json_object();
	dd_json_set_text(props, "imageName", r->ref);
	dd_json_set_text(props, "repository", r->repository);
	dd_json_set_text(props, "repoDigest", r->digest);
	dd_json_set_text(props, "configDigest", r->config_digest);
	dd_json_set_text(props, "osFamily", r->os_family);
	dd_json_set_text(props, "osVersion", r->os_version);
	dd_json_set_text(props, "architecture", r->architecture);
	json_object_set_new(props, "complete", json_boolean(r->complete));
	json_object_set_new(props, "suppressed", json_integer((json_int_t)r->suppressed));
	json_t *run = json_pack("{s:{s:o},s:o,s:[o],s:s,s:o}", "tool", "driver", driver, "results", results,
		"invocations", inv, "columnKind", "unicodeCodePoints", "properties", props);
	results = NULL;
	root = json_pack("{s:s,s:s,s:[o]}", "$schema",
		"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
		"version", "2.1.0", "runs", run);
	if (!root)
		goto cleanup;
	rc = json_dumpf(root, fp, JSON_INDENT(2)) || fputc('\n', fp) == EOF ? DD_EIO : 0;
cleanup:
	json_decref(root);
	json_decref(index);
	json_decref(rules);
	json_decref(results);
	free(rule_sev);
	free(rule_first);
	return rc;
}

const dd_writer dd_writer_sarif = { "sarif", DD_FORMAT_SARIF, write_sarif };
