/*
 * The drydock JSON report (docs/CLI.md, schema "drydock.report/v1"): the one
 * machine-readable form of everything a scan knows. The idea to keep: keys
 * appear in the contract's order, absent values are omitted rather than
 * written as null, and a field belongs to the finding classes it describes
 * (a secret has no fixed_version, a vulnerability no line).
 */
#include <jansson.h>
#include <stdio.h>

#include "report/text.h"
#include "report/writer.h"
#include "util/error.h"

/* Sets key to a string unless the string is NULL. Image text may be invalid
 * UTF-8, which json_string() refuses: dd_json_text() repairs it instead. */
static int put_str(json_t *o, const char *key, const char *val)
{
	if (!val)
		return 0;
	return json_object_set_new(o, key, dd_json_text(val)) ? -1 : 0;
}

static json_t *strv_array(const dd_strv *v)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < v->count; i++)
		if (json_array_append_new(a, dd_json_text(v->items[i]))) {
			json_decref(a);
			return NULL;
		}
	return a;
}

/* key: value unless value is NULL (an empty string is written: it is a value) */
static void kstr(dd_jw *w, const char *key, const char *val)
{
	if (!val)
		return;
	dd_jw_key(w, key);
	dd_jw_str(w, val);
}

static void kstrv(dd_jw *w, const char *key, const dd_strv *v)
{
	if (!v->count)
		return;
	dd_jw_key(w, key);
	dd_jw_arr(w);
	for (size_t i = 0; i < v->count; i++)
		dd_jw_str(w, v->items[i]);
	dd_jw_end_arr(w);
}

static void kbool(dd_jw *w, const char *key, bool v)
{
	dd_jw_key(w, key);
	dd_jw_bool(w, v);
}

static void write_package(dd_jw *w, const dd_package *p)
{
	dd_jw_obj(w);
	kstr(w, "type", p->type);
	kstr(w, "name", p->name);
	kstr(w, "version", p->version);
	kstr(w, "source_name", p->source_name);
	kstr(w, "source_version", p->source_version);
	kstr(w, "arch", p->arch);
	kstr(w, "purl", p->purl);
	kstr(w, "path", p->path);
	kstr(w, "layer", p->layer);
	kstr(w, "licenses", p->licenses);
	if (p->dev)
		kbool(w, "dev", true);
	dd_jw_end_obj(w);
}

static bool is_vuln(const dd_finding *f)
{
	return f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN;
}

static void write_finding(dd_jw *w, const dd_finding *f)
{
	dd_jw_obj(w);
	kstr(w, "class", dd_class_name(f->cls));
	kstr(w, "id", f->id);
	kstr(w, "severity", dd_severity_name(f->severity));
	kstr(w, "severity_source", f->severity_source);
	if (f->cvss_score > 0 || f->cvss_vector) {
		dd_jw_key(w, "cvss");
		dd_jw_obj(w);
		if (f->cvss_score > 0) {
			dd_jw_key(w, "score");
			dd_jw_real(w, f->cvss_score);
		}
		kstr(w, "vector", f->cvss_vector);
		dd_jw_end_obj(w);
	}
	if (is_vuln(f)) {
		dd_jw_key(w, "package");
		dd_jw_obj(w);
		kstr(w, "type", f->pkg_type);
		kstr(w, "name", f->pkg_name);
		kstr(w, "version", f->pkg_version);
		kstr(w, "path", f->pkg_path);
		kstr(w, "purl", f->pkg_purl);
		dd_jw_end_obj(w);
		kstr(w, "fixed_version", f->fixed_version);
		kstr(w, "status", *dd_status_name(f->status) ? dd_status_name(f->status) : NULL);
		kbool(w, "kev", f->kev);
	}
	kstr(w, "title", f->title);
	kstr(w, "description", f->description);
	kstr(w, "remediation", f->remediation);
	kstrv(w, "aliases", &f->aliases);
	kstrv(w, "references", &f->references);
	kstr(w, "path", f->path);
	if (f->line) {
		dd_jw_key(w, "line");
		dd_jw_int(w, f->line);
	}
	kstr(w, "match", f->match);
	kstr(w, "layer", f->layer);
	if (f->cls == DD_CLASS_SECRET || f->cls == DD_CLASS_MALWARE)
		kbool(w, "removed_in_final", f->removed_in_final);
	if (f->history_index >= 0) {
		dd_jw_key(w, "history_index");
		dd_jw_int(w, f->history_index);
	}
	if (f->suppressed) {
		kbool(w, "suppressed", true);
		kstr(w, "suppressed_by", f->suppressed_by);
	}
	kstr(w, "vex_status", f->vex_status);
	kstr(w, "vex_justification", f->vex_justification);
	dd_jw_end_obj(w);
}

static json_t *artifact_json(const dd_report *r)
{
	json_t *o = json_object(), *os = json_object(), *layers = json_array();
	int bad = !o || !os || !layers;
	if (bad)
		goto out;
	bad |= put_str(o, "ref", r->ref);
	bad |= put_str(o, "repository", r->repository);
	bad |= put_str(o, "digest", r->digest);
	bad |= put_str(o, "config_digest", r->config_digest);
	bad |= put_str(os, "family", r->os_family) | put_str(os, "version", r->os_version) |
		put_str(os, "name", r->os_name);
	bad |= json_object_set(o, "os", os);
	bad |= put_str(o, "architecture", r->architecture);
	bad |= put_str(o, "created", r->created);
	for (size_t i = 0; i < r->n_layers; i++) {
		const dd_layer_info *l = &r->layers[i];
		json_t *lj = json_object();
		if (!lj || put_str(lj, "digest", l->digest) || put_str(lj, "diff_id", l->diff_id) ||
		    json_object_set_new(lj, "size", json_integer((json_int_t)l->size)) ||
		    put_str(lj, "media_type", l->media_type) ||
		    (l->from_cache && json_object_set_new(lj, "from_cache", json_true())) ||
		    (l->rereads && json_object_set_new(lj, "rereads", json_integer(l->rereads))) ||
		    json_array_append_new(layers, lj)) {
			json_decref(lj);
			bad = 1;
			break;
		}
	}
	bad |= json_object_set(o, "layers", layers);
	if (r->n_history) {
		json_t *h = json_array();
		for (size_t i = 0; h && i < r->n_history; i++) {
			json_t *e = json_object();
			if (!e || put_str(e, "created_by", r->history[i].created_by) ||
			    put_str(e, "created", r->history[i].created) ||
			    (r->history[i].empty_layer && json_object_set_new(e, "empty_layer", json_true())) ||
			    json_array_append_new(h, e)) {
				json_decref(e);
				bad = 1;
				break;
			}
		}
		bad |= json_object_set_new(o, "history", h);
	}
out:
	json_decref(os);
	json_decref(layers);
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *scanners_json(unsigned bits)
{
	static const char *const names[] = { "vuln", "secret", "baseline", "malware", "history" };
	json_t *a = json_array();
	for (unsigned i = 0; a && i < sizeof(names) / sizeof(*names); i++)
		if ((bits & (1u << i)) && json_array_append_new(a, json_string(names[i]))) {
			json_decref(a);
			return NULL;
		}
	return a;
}

/*
 * The document is streamed in the contract's key order: packages and
 * findings straight through dd_jw, the small parts (artifact, summary) as
 * jansson objects. At 10,000 findings, building, dumping and freeing one
 * tree of the whole report took several times longer than writing it, and
 * a small tree per finding still took more than half of the writing.
 */
static int write_json(const dd_report *r, FILE *fp, const dd_write_options *opts)
{
	(void)opts;
	dd_jw w;
	dd_jw_init(&w, fp, 2);
	flockfile(fp);
	dd_jw_obj(&w);
	dd_jw_kstr(&w, "schema", "drydock.report/v1");
	dd_jw_key(&w, "complete");
	dd_jw_bool(&w, r->complete);
	dd_jw_key(&w, "inventory_complete");
	dd_jw_bool(&w, !r->inventory_incomplete);
	dd_jw_key(&w, "artifact");
	dd_jw_json(&w, artifact_json(r));
	if (r->db_built_at || r->db_sources.count) {
		json_t *db = json_object();
		if (db) {
			put_str(db, "built_at", r->db_built_at);
			json_object_set_new(db, "sources", strv_array(&r->db_sources));
		}
		dd_jw_key(&w, "db");
		dd_jw_json(&w, db);
	}
	dd_jw_key(&w, "scanners");
	dd_jw_json(&w, scanners_json(r->scanners));
	dd_jw_kstr(&w, "scanned_at", r->scanned_at);
	int bad = 0;
	dd_jw_key(&w, "packages");
	dd_jw_arr(&w);
	for (size_t i = 0; i < r->n_packages; i++)
		write_package(&w, &r->packages[i]);
	dd_jw_end_arr(&w);
	dd_jw_key(&w, "findings");
	dd_jw_arr(&w);
	for (size_t i = 0; i < r->n_findings; i++)
		write_finding(&w, &r->findings[i]);
	dd_jw_end_arr(&w);
	/* contract order: critical first */
	json_t *sum = json_object(), *cls = json_object();
	for (int s = DD_SEV_CRITICAL; s >= DD_SEV_UNKNOWN; s--)
		bad |= json_object_set_new(sum, dd_severity_name((dd_severity)s), json_integer((json_int_t)r->summary[s]));
	for (int c = 0; c < DD_CLASS_COUNT; c++)
		bad |= json_object_set_new(cls, dd_class_name((dd_finding_class)c), json_integer((json_int_t)r->class_summary[c]));
	bad |= json_object_set_new(sum, "by_class", cls);
	bad |= json_object_set_new(sum, "suppressed", json_integer((json_int_t)r->suppressed));
	if (r->hidden_by_severity)
		bad |= json_object_set_new(sum, "hidden_by_severity", json_integer((json_int_t)r->hidden_by_severity));
	if (r->hidden_unfixed)
		bad |= json_object_set_new(sum, "hidden_unfixed", json_integer((json_int_t)r->hidden_unfixed));
	dd_jw_key(&w, "summary");
	dd_jw_json(&w, sum);
	if (r->expired_ignores.count) {
		dd_jw_key(&w, "expired_ignores");
		dd_jw_json(&w, strv_array(&r->expired_ignores));
	}
	if (r->notes.count) {
		dd_jw_key(&w, "notes");
		dd_jw_json(&w, strv_array(&r->notes));
	}
	dd_jw_end_obj(&w);
	putc_unlocked('\n', fp);
	funlockfile(fp);
	if (bad)
		return dd_error_oom();
	if (ferror(fp))
		return dd_error_set(DD_EIO, "writing the JSON report failed");
	return 0;
}

const dd_writer dd_writer_json = {
	.name = "json",
	.format = DD_FORMAT_JSON,
	.write = write_json,
};
