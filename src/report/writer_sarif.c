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

/* What to do about it; the description itself is the rule's fullDescription
 * (one copy per rule: at thousands of rules, size is write time). */
static char *help_text(const dd_finding *f)
{
	dd_buf b = DD_BUF_INIT(1 << 20);
	/* puts, not printf: at 10,000 findings, formatting "%s" was a quarter
	 * of the SARIF writer's time */
	if (f->remediation && *f->remediation) {
		dd_buf_puts(&b, "Remediation: ");
		dd_buf_puts(&b, f->remediation);
		dd_buf_putc(&b, '\n');
	}
	else if (dd_finding_is_vuln(f) && f->fixed_version && *f->fixed_version)
		dd_buf_printf(&b, "Remediation: upgrade %s to %s or later.\n", f->pkg_name ? f->pkg_name : "the package",
			f->fixed_version);
	else if (dd_finding_is_vuln(f))
		dd_buf_puts(&b, "Remediation: no fixed version is known yet; remove the package or mitigate.\n");
	if (f->cvss_vector && *f->cvss_vector)
		dd_buf_printf(&b, "CVSS %.1f %s\n", f->cvss_score, f->cvss_vector);
	for (size_t i = 0; i < f->references.count && i < 16; i++) {
		dd_buf_puts(&b, f->references.items[i]);
		dd_buf_putc(&b, '\n');
	}
	if (!b.ptr)
		dd_buf_puts(&b, f->title && *f->title ? f->title : (f->id ? f->id : "finding"));
	return dd_buf_detach(&b);
}

static void text_obj(dd_jw *w, const char *key, const char *s)
{
	dd_jw_key(w, key);
	dd_jw_obj(w);
	dd_jw_key(w, "text");
	dd_jw_str(w, s && *s ? s : "(none)");
	dd_jw_end_obj(w);
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
	if (!b.ptr)
		dd_buf_puts(&b, "finding");
	return dd_buf_detach(&b);
}

static void write_rule(dd_jw *w, const dd_finding *f, dd_severity max_sev)
{
	char sev[16];
	char *help = help_text(f);
	dd_jw_obj(w);
	dd_jw_key(w, "id");
	dd_jw_str(w, f->id ? f->id : "unknown");
	text_obj(w, "shortDescription", f->title ? f->title : f->id);
	text_obj(w, "fullDescription", f->description && *f->description ? f->description : (f->title ? f->title : f->id));
	if (f->references.count && dd_plain_url(f->references.items[0]))
		dd_jw_kstr(w, "helpUri", f->references.items[0]);
	text_obj(w, "help", help);
	free(help);
	dd_jw_key(w, "defaultConfiguration");
	dd_jw_obj(w);
	dd_jw_kstr(w, "level", level_for(max_sev));
	dd_jw_end_obj(w);
	dd_jw_key(w, "properties");
	dd_jw_obj(w);
	dd_jw_key(w, "tags");
	dd_jw_arr(w);
	dd_jw_str(w, "security");
	dd_jw_str(w, class_tag(f->cls));
	dd_jw_str(w, dd_severity_name(max_sev));
	dd_jw_end_arr(w);
	if (max_sev != DD_SEV_UNKNOWN) {
		dd_finding tmp = *f;
		tmp.severity = max_sev;
		snprintf(sev, sizeof(sev), "%.1f", dd_severity_score(&tmp));
		dd_jw_kstr(w, "security-severity", sev);
	}
	dd_jw_kstr(w, "precision", dd_finding_is_vuln(f) ? "very-high" : "high");
	dd_jw_end_obj(w);
	dd_jw_end_obj(w);
}

static void write_result(dd_jw *w, const dd_finding *f, size_t rule_index, const dd_report *r)
{
	dd_jw_obj(w);
	dd_jw_key(w, "ruleId");
	dd_jw_str(w, f->id ? f->id : "unknown");
	dd_jw_key(w, "ruleIndex");
	dd_jw_int(w, (long long)rule_index);
	dd_jw_kstr(w, "level", level_for(f->severity));
	char *msg = message(f, r);
	text_obj(w, "message", msg);
	free(msg);

	const char *where = f->path && *f->path ? f->path : (f->pkg_path && *f->pkg_path ? f->pkg_path : NULL);
	char *uri = dd_uri_path(where ? where : (f->cls == DD_CLASS_BUILD ? "image-config" : "image"));
	unsigned line = f->line ? f->line : (f->cls == DD_CLASS_BUILD && f->history_index >= 0 ? (unsigned)f->history_index + 1 : 1);
	dd_jw_key(w, "locations");
	dd_jw_arr(w);
	dd_jw_obj(w);
	dd_jw_key(w, "physicalLocation");
	dd_jw_obj(w);
	dd_jw_key(w, "artifactLocation");
	dd_jw_obj(w);
	dd_jw_key(w, "uri");
	dd_jw_str(w, uri && *uri ? uri : "image");
	dd_jw_end_obj(w);
	dd_jw_key(w, "region");
	dd_jw_obj(w);
	dd_jw_key(w, "startLine");
	dd_jw_int(w, line);
	dd_jw_end_obj(w);
	dd_jw_end_obj(w);
	free(uri);
	if (dd_finding_is_vuln(f) && f->pkg_name) {
		dd_jw_key(w, "logicalLocations");
		dd_jw_arr(w);
		dd_jw_obj(w);
		dd_jw_kstr(w, "name", f->pkg_name);
		dd_jw_kstr(w, "kind", "module");
		dd_jw_kstr(w, "fullyQualifiedName", f->pkg_purl);
		dd_jw_end_obj(w);
		dd_jw_end_arr(w);
	} else if (f->cls == DD_CLASS_BUILD && f->history_index >= 0) {
		char name[32];
		snprintf(name, sizeof(name), "history[%d]", f->history_index);
		dd_jw_key(w, "logicalLocations");
		dd_jw_arr(w);
		dd_jw_obj(w);
		dd_jw_kstr(w, "name", name);
		dd_jw_kstr(w, "kind", "element");
		dd_jw_end_obj(w);
		dd_jw_end_arr(w);
	}
	dd_jw_end_obj(w);
	dd_jw_end_arr(w);

	uint64_t h = 0xcbf29ce484222325ull;
	h = fnv1a(h, dd_class_name(f->cls));
	h = fnv1a(h, f->id);
	h = fnv1a(h, f->pkg_name);
	h = fnv1a(h, f->pkg_version);
	h = fnv1a(h, f->pkg_path);
	h = fnv1a(h, f->path);
	char fp[40];
	snprintf(fp, sizeof(fp), "%016llx", (unsigned long long)h);
	dd_jw_key(w, "partialFingerprints");
	dd_jw_obj(w);
	dd_jw_kstr(w, "drydockFinding/v1", fp);
	dd_jw_end_obj(w);

	dd_jw_key(w, "properties");
	dd_jw_obj(w);
	dd_jw_kstr(w, "class", dd_class_name(f->cls));
	dd_jw_kstr(w, "severity", dd_severity_name(f->severity));
	dd_jw_kstr(w, "layer", f->layer);
	if (dd_finding_is_vuln(f)) {
		dd_jw_kstr(w, "package", f->pkg_name);
		dd_jw_kstr(w, "installedVersion", f->pkg_version);
		dd_jw_kstr(w, "fixedVersion", f->fixed_version);
		if (!f->pkg_name) /* else in logicalLocations */
			dd_jw_kstr(w, "purl", f->pkg_purl);
		dd_jw_kstr(w, "status", dd_status_name(f->status));
		dd_jw_key(w, "kev");
		dd_jw_bool(w, f->kev);
		if (f->cvss_score > 0) {
			dd_jw_key(w, "cvssScore");
			dd_jw_real(w, f->cvss_score);
		}
	}
	if (f->aliases.count) {
		dd_jw_key(w, "aliases");
		dd_jw_arr(w);
		for (size_t i = 0; i < f->aliases.count; i++)
			dd_jw_str(w, f->aliases.items[i]);
		dd_jw_end_arr(w);
	}
	if (f->removed_in_final) {
		dd_jw_key(w, "removedInFinal");
		dd_jw_bool(w, true);
	}
	dd_jw_kstr(w, "vexStatus", f->vex_status);
	dd_jw_end_obj(w);
	if (f->suppressed) {
		dd_jw_key(w, "suppressions");
		dd_jw_arr(w);
		dd_jw_obj(w);
		dd_jw_kstr(w, "kind", "external");
		dd_jw_kstr(w, "status", "accepted");
		dd_jw_key(w, "justification");
		dd_jw_str(w, f->suppressed_by ? f->suppressed_by : "suppressed");
		dd_jw_end_obj(w);
		dd_jw_end_arr(w);
	}
	dd_jw_end_obj(w);
}

static void write_invocation(dd_jw *w, const dd_report *r)
{
	dd_jw_obj(w);
	dd_jw_key(w, "executionSuccessful");
	dd_jw_bool(w, r->complete);
	dd_jw_key(w, "toolExecutionNotifications");
	dd_jw_arr(w);
	for (size_t i = 0; i < r->notes.count + r->expired_ignores.count; i++) {
		bool note = i < r->notes.count;
		char *t = note ? NULL : dd_asprintf("expired ignore entry: %s", r->expired_ignores.items[i - r->notes.count]);
		dd_jw_obj(w);
		dd_jw_kstr(w, "level", note ? (r->complete ? "note" : "error") : "warning");
		text_obj(w, "message", note ? r->notes.items[i] : t);
		dd_jw_end_obj(w);
		free(t);
	}
	dd_jw_end_arr(w);
	dd_jw_kstr(w, "endTimeUtc", r->scanned_at);
	dd_jw_end_obj(w);
}

static void write_run_properties(dd_jw *w, const dd_report *r)
{
	dd_jw_obj(w);
	dd_jw_kstr(w, "imageName", r->ref);
	dd_jw_kstr(w, "repository", r->repository);
	dd_jw_kstr(w, "repoDigest", r->digest);
	dd_jw_kstr(w, "configDigest", r->config_digest);
	dd_jw_kstr(w, "osFamily", r->os_family);
	dd_jw_kstr(w, "osVersion", r->os_version);
	dd_jw_kstr(w, "architecture", r->architecture);
	dd_jw_key(w, "complete");
	dd_jw_bool(w, r->complete);
	dd_jw_key(w, "suppressed");
	dd_jw_int(w, (long long)r->suppressed);
	dd_jw_end_obj(w);
}

static int write_sarif(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	int rc = DD_ENOMEM;
	json_t *index = json_object();
	dd_severity *rule_sev = calloc(r->n_findings + 1, sizeof(*rule_sev));
	size_t *rule_first = calloc(r->n_findings + 1, sizeof(*rule_first));
	size_t *finding_rule = calloc(r->n_findings + 1, sizeof(*finding_rule));
	size_t n_rules = 0;
	if (!index || !rule_sev || !rule_first || !finding_rule)
		goto cleanup;
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
	dd_jw w;
	/* one rule or result per line */
	dd_jw_init(&w, fp, 7);
	flockfile(fp);
	dd_jw_obj(&w);
	dd_jw_kstr(&w, "$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
	dd_jw_kstr(&w, "version", "2.1.0");
	dd_jw_key(&w, "runs");
	dd_jw_arr(&w);
	dd_jw_obj(&w);
	dd_jw_key(&w, "tool");
	dd_jw_obj(&w);
	dd_jw_key(&w, "driver");
	dd_jw_obj(&w);
	w.nl_depth = 1; /* keep the driver's scalars on one line */
	dd_jw_kstr(&w, "name", "drydock");
	dd_jw_kstr(&w, "fullName", "drydock container image scanner");
	dd_jw_kstr(&w, "version", dd_version_string());
	dd_jw_kstr(&w, "semanticVersion", dd_version_string());
	dd_jw_key(&w, "rules");
	dd_jw_arr(&w);
	w.nl_depth = 6;
	for (size_t ri = 0; ri < n_rules; ri++)
		write_rule(&w, &r->findings[rule_first[ri]], rule_sev[ri]);
	w.nl_depth = 2;
	dd_jw_end_arr(&w);
	dd_jw_end_obj(&w);
	dd_jw_end_obj(&w);
	w.nl_depth = 4;
	dd_jw_key(&w, "results");
	dd_jw_arr(&w);
	for (size_t i = 0; i < r->n_findings; i++)
		write_result(&w, &r->findings[i], finding_rule[i], r);
	w.nl_depth = 3;
	dd_jw_end_arr(&w);
	dd_jw_key(&w, "invocations");
	dd_jw_arr(&w);
	w.nl_depth = 3;
	write_invocation(&w, r);
	dd_jw_end_arr(&w);
	dd_jw_kstr(&w, "columnKind", "unicodeCodePoints");
	dd_jw_key(&w, "properties");
	write_run_properties(&w, r);
	dd_jw_end_obj(&w);
	dd_jw_end_arr(&w);
	dd_jw_end_obj(&w);
	putc_unlocked('\n', fp);
	funlockfile(fp);
	rc = ferror(fp) ? DD_EIO : 0;
cleanup:
	json_decref(index);
	free(rule_sev);
	free(rule_first);
	free(finding_rule);
	return rc;
}

const dd_writer dd_writer_sarif = { "sarif", DD_FORMAT_SARIF, write_sarif };
