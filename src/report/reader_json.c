/*
 * Reads a drydock JSON report (schema drydock.report/v1, as writer_json.c
 * writes it) back into the report model, so that a stored scan can be
 * re-rendered in another format, re-gated in CI, or have a newer whitelist /
 * VEX applied (`drydock convert`) without reading the image again.
 *
 * The one idea: the file is user input like any other. Wrong types are
 * errors naming the field, not crashes; unknown fields are ignored (newer
 * writers may add some); the summary is never trusted but recomputed.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report/whitelist.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

#define MAX_FILE (512u << 20)

typedef struct rd {
	const char *file;
	int rc;
} rd;

static char *str(rd *d, json_t *o, const char *key, const char *where)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v) || d->rc)
		return NULL;
	if (!json_is_string(v)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be a string", d->file, where, key);
		return NULL;
	}
	char *s = dd_strndup(json_string_value(v), json_string_length(v));
	if (!s)
		d->rc = dd_error_oom();
	return s;
}

static void strv(rd *d, json_t *o, const char *key, const char *where, dd_strv *out)
{
	json_t *a = json_object_get(o, key), *x;
	size_t i;
	if (!a || d->rc)
		return;
	if (!json_is_array(a)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be a list", d->file, where, key);
		return;
	}
	json_array_foreach(a, i, x) {
		if (!json_is_string(x)) {
			d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s[%zu] must be a string", d->file, where, key, i);
			return;
		}
		if (dd_strv_push(out, json_string_value(x))) {
			d->rc = DD_ENOMEM;
			return;
		}
	}
}

static long long num(rd *d, json_t *o, const char *key, const char *where, long long min, long long max, long long dflt)
{
	json_t *v = json_object_get(o, key);
	if (!v || d->rc)
		return dflt;
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be an integer in %lld..%lld", d->file, where, key, min,
			max);
		return dflt;
	}
	return json_integer_value(v);
}

static bool flag(rd *d, json_t *o, const char *key, const char *where)
{
	json_t *v = json_object_get(o, key);
	if (!v || d->rc)
		return false;
	if (!json_is_boolean(v)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be true or false", d->file, where, key);
		return false;
	}
	return json_is_true(v);
}

static json_t *obj(rd *d, json_t *o, const char *key, const char *where)
{
	json_t *v = json_object_get(o, key);
	if (!v || d->rc)
		return NULL;
	if (!json_is_object(v)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be an object", d->file, where, key);
		return NULL;
	}
	return v;
}

static json_t *arr(rd *d, json_t *o, const char *key, const char *where)
{
	json_t *v = json_object_get(o, key);
	if (!v || d->rc)
		return NULL;
	if (!json_is_array(v)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s must be a list", d->file, where, key);
		return NULL;
	}
	return v;
}

static int enum_field(rd *d, json_t *o, const char *key, const char *where, int (*parse)(const char *), int dflt)
{
	char *s = str(d, o, key, where);
	if (!s)
		return dflt;
	int v = parse(s);
	if (v < 0)
		d->rc = dd_error_set(DD_EFORMAT, "report %s: %s.%s: unknown value '%.40s'", d->file, where, key, s);
	free(s);
	return v < 0 ? dflt : v;
}

static int status_parse(const char *s)
{
	for (int i = 1; i <= DD_STATUS_END_OF_LIFE; i++)
		if (!strcmp(s, dd_status_name((dd_vuln_status)i)))
			return i;
	return *s ? -1 : 0;
}

static void read_finding(rd *d, json_t *j, dd_finding *f)
{
	const char *w = "finding";
	if (!json_is_object(j)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: every finding must be an object", d->file);
		return;
	}
	int cls = enum_field(d, j, "class", w, dd_class_parse, -1);
	if (cls < 0 && !d->rc)
		d->rc = dd_error_set(DD_EFORMAT, "report %s: a finding has no class", d->file);
	f->cls = cls < 0 ? DD_CLASS_OS_VULN : (dd_finding_class)cls;
	f->id = str(d, j, "id", w);
	f->severity = (dd_severity)enum_field(d, j, "severity", w, dd_severity_parse, DD_SEV_UNKNOWN);
	f->severity_source = str(d, j, "severity_source", w);
	json_t *cvss = obj(d, j, "cvss", w);
	if (cvss) {
		json_t *sc = json_object_get(cvss, "score");
		if (sc && (!json_is_number(sc) || json_number_value(sc) < 0 || json_number_value(sc) > 10))
			d->rc = d->rc ? d->rc : dd_error_set(DD_EFORMAT, "report %s: cvss.score must be 0..10", d->file);
		else if (sc)
			f->cvss_score = json_number_value(sc);
		f->cvss_vector = str(d, cvss, "vector", "cvss");
	}
	json_t *pkg = obj(d, j, "package", w);
	if (pkg) {
		f->pkg_type = str(d, pkg, "type", "package");
		f->pkg_name = str(d, pkg, "name", "package");
		f->pkg_version = str(d, pkg, "version", "package");
		f->pkg_path = str(d, pkg, "path", "package");
		f->pkg_purl = str(d, pkg, "purl", "package");
	}
	f->fixed_version = str(d, j, "fixed_version", w);
	f->status = (dd_vuln_status)enum_field(d, j, "status", w, status_parse, DD_STATUS_NONE);
	f->kev = flag(d, j, "kev", w);
	f->title = str(d, j, "title", w);
	f->description = str(d, j, "description", w);
	f->remediation = str(d, j, "remediation", w);
	strv(d, j, "aliases", w, &f->aliases);
	strv(d, j, "references", w, &f->references);
	f->path = str(d, j, "path", w);
	f->line = (unsigned)num(d, j, "line", w, 0, 0xffffffffll, 0);
	f->match = str(d, j, "match", w);
	f->layer = str(d, j, "layer", w);
	f->removed_in_final = flag(d, j, "removed_in_final", w);
	f->history_index = (int)num(d, j, "history_index", w, -1, 1000000, -1);
	f->suppressed = flag(d, j, "suppressed", w);
	f->suppressed_by = str(d, j, "suppressed_by", w);
	f->vex_status = str(d, j, "vex_status", w);
	f->vex_justification = str(d, j, "vex_justification", w);
}

static void read_package(rd *d, json_t *j, dd_package *p)
{
	const char *w = "package";
	if (!json_is_object(j)) {
		d->rc = dd_error_set(DD_EFORMAT, "report %s: every package must be an object", d->file);
		return;
	}
	p->type = str(d, j, "type", w);
	p->name = str(d, j, "name", w);
	p->version = str(d, j, "version", w);
	p->source_name = str(d, j, "source_name", w);
	p->source_version = str(d, j, "source_version", w);
	p->arch = str(d, j, "arch", w);
	p->purl = str(d, j, "purl", w);
	p->path = str(d, j, "path", w);
	p->layer = str(d, j, "layer", w);
	p->licenses = str(d, j, "licenses", w);
	p->dev = flag(d, j, "dev", w);
}

static void read_artifact(rd *d, json_t *a, dd_report *r)
{
	const char *w = "artifact";
	r->ref = str(d, a, "ref", w);
	r->repository = str(d, a, "repository", w);
	r->digest = str(d, a, "digest", w);
	r->config_digest = str(d, a, "config_digest", w);
	json_t *os = obj(d, a, "os", w);
	if (os) {
		r->os_family = str(d, os, "family", "os");
		r->os_version = str(d, os, "version", "os");
		r->os_name = str(d, os, "name", "os");
	}
	r->architecture = str(d, a, "architecture", w);
	r->created = str(d, a, "created", w);
	json_t *layers = arr(d, a, "layers", w), *x;
	size_t i;
	if (layers && json_array_size(layers)) {
		if (!(r->layers = calloc(json_array_size(layers), sizeof(*r->layers)))) {
			d->rc = dd_error_oom();
			return;
		}
		json_array_foreach(layers, i, x) {
			if (d->rc)
				return;
			if (!json_is_object(x)) {
				d->rc = dd_error_set(DD_EFORMAT, "report %s: artifact.layers[%zu] must be an object", d->file, i);
				return;
			}
			dd_layer_info *l = &r->layers[r->n_layers++];
			l->digest = str(d, x, "digest", "layer");
			l->diff_id = str(d, x, "diff_id", "layer");
			l->media_type = str(d, x, "media_type", "layer");
			l->size = (uint64_t)num(d, x, "size", "layer", 0, (long long)1 << 62, 0);
			l->from_cache = flag(d, x, "from_cache", "layer");
			l->rereads = (unsigned)num(d, x, "rereads", "layer", 0, 1000000, 0);
		}
	}
	json_t *hist = arr(d, a, "history", w);
	if (hist && json_array_size(hist)) {
		if (!(r->history = calloc(json_array_size(hist), sizeof(*r->history)))) {
			d->rc = dd_error_oom();
			return;
		}
		json_array_foreach(hist, i, x) {
			if (d->rc)
				return;
			if (!json_is_object(x)) {
				d->rc = dd_error_set(DD_EFORMAT, "report %s: artifact.history[%zu] must be an object", d->file, i);
				return;
			}
			dd_history_entry *h = &r->history[r->n_history++];
			h->created_by = str(d, x, "created_by", "history");
			h->created = str(d, x, "created", "history");
			h->empty_layer = flag(d, x, "empty_layer", "history");
		}
	}
}

/* model.c grows arrays in powers of two with the capacity implied by the
 * count: allocate the same way so later dd_report_add_* calls stay in bounds. */
static size_t model_cap(size_t n)
{
	size_t cap = 8;
	while (cap < n)
		cap *= 2;
	return cap;
}

static int read_text(void *out, const char *path, const char *text, size_t len)
{
	return dd_report__read_json_text(out, path, text, len);
}

int dd_report_read_json(dd_report **out, const char *path)
{
	*out = NULL;
	return dd_file_parse("report", path, MAX_FILE, read_text, out);
}

int dd_report_read_json_buffer(dd_report **out, const char *text, size_t len, const char *name)
{
	return dd_report__read_json_text(out, name ? name : "(buffer)", text, len);
}

int dd_report__read_json_text(dd_report **out, const char *path, const char *text, size_t len)
{
	json_error_t err;
	rd d = { path, 0 };
	int rc = 0;
	*out = NULL;
	json_t *doc = json_loadb(text, len, 0, &err);
	if (!doc)
		return dd_error_set(DD_EFORMAT, "report %s line %d: %s", path, err.line, err.text);
	dd_report *r = calloc(1, sizeof(*r));
	if (!r) {
		json_decref(doc);
		return dd_error_oom();
	}
	const char *schema = json_string_value(json_object_get(doc, "schema"));
	if (!json_is_object(doc) || !schema || strcmp(schema, "drydock.report/v1")) {
		rc = dd_error_set(DD_EFORMAT, "%s is not a drydock JSON report (schema drydock.report/v1)", path);
		goto cleanup;
	}
	json_t *complete = json_object_get(doc, "complete");
	if (!json_is_boolean(complete)) {
		rc = dd_error_set(DD_EFORMAT, "report %s: 'complete' must be true or false", path);
		goto cleanup;
	}
	r->complete = json_is_true(complete);
	/* reports written before the field: an incomplete one may be so for
	 * any reason */
	json_t *inv = json_object_get(doc, "inventory_complete");
	r->inventory_incomplete = json_is_boolean(inv) ? !json_is_true(inv) : !r->complete;
	json_t *a = obj(&d, doc, "artifact", "report");
	if (a)
		read_artifact(&d, a, r);
	json_t *db = obj(&d, doc, "db", "report");
	if (db) {
		r->db_built_at = str(&d, db, "built_at", "db");
		strv(&d, db, "sources", "db", &r->db_sources);
	}
	json_t *sc = arr(&d, doc, "scanners", "report"), *x;
	size_t i;
	json_array_foreach(sc, i, x) {
		unsigned bits = 0;
		if (json_is_string(x) && dd_scanners_parse(json_string_value(x), &bits) == 0)
			r->scanners |= bits;
	}
	r->scanned_at = str(&d, doc, "scanned_at", "report");
	json_t *pkgs = arr(&d, doc, "packages", "report");
	if (pkgs && json_array_size(pkgs)) {
		if (!(r->packages = calloc(model_cap(json_array_size(pkgs)), sizeof(*r->packages)))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		json_array_foreach(pkgs, i, x) {
			if (d.rc)
				break;
			read_package(&d, x, &r->packages[r->n_packages++]);
		}
	}
	json_t *finds = arr(&d, doc, "findings", "report");
	if (finds && json_array_size(finds)) {
		if (!(r->findings = calloc(model_cap(json_array_size(finds)), sizeof(*r->findings)))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		json_array_foreach(finds, i, x) {
			if (d.rc)
				break;
			dd_finding *f = &r->findings[r->n_findings++];
			dd_finding_init(f);
			read_finding(&d, x, f);
		}
	}
	/* findings a filter left out are not in the file: only their count is */
	json_t *sum = obj(&d, doc, "summary", "report");
	if (sum) {
		r->hidden_by_severity = (size_t)num(&d, sum, "hidden_by_severity", "summary", 0, 1LL << 40, 0);
		r->hidden_unfixed = (size_t)num(&d, sum, "hidden_unfixed", "summary", 0, 1LL << 40, 0);
	}
	strv(&d, doc, "notes", "report", &r->notes);
	strv(&d, doc, "expired_ignores", "report", &r->expired_ignores);
	if ((rc = d.rc))
		goto cleanup;
	/* the file's summary is not trusted: it is recomputed from the findings */
	dd_report_finalize(r, NULL);
	*out = r;
	r = NULL;
cleanup:
	dd_report_free(r);
	json_decref(doc);
	return rc;
}

int dd_report_apply_policy(dd_report *r, const char *ignore_file, const char *vex_file, const dd_finding_filter *filter)
{
	int rc;
	if (ignore_file && (rc = dd_whitelist_apply(r, ignore_file)) != 0)
		return rc;
	if (vex_file && (rc = dd_vex_apply(r, vex_file)) != 0)
		return rc;
	dd_report_finalize(r, filter);
	return 0;
}
