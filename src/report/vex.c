/*
 * VEX input (--vex FILE): OpenVEX JSON (v0.2.0 and the earlier v0.0.x shape)
 * and CycloneDX VEX (vulnerabilities[].analysis + affects). A statement that
 * a vulnerability does not affect a product (not_affected, fixed; CycloneDX
 * not_affected, false_positive, resolved) suppresses the matching findings
 * with the statement as the reason; affected / under_investigation only
 * annotate (vex_status) and keep the finding live.
 *
 * The one idea: statements are matched on package identity, not on our own
 * report structure. A product is a purl; a purl without a version matches
 * every version (OpenVEX spec), one with a version matches exactly, and
 * qualifiers given in the statement must be present in the package's purl.
 * A product naming the image itself (pkg:oci with our digest, or the digest)
 * covers the whole image, narrowed by its subcomponents when it has any.
 * When several statements match, the latest (timestamp, then order) wins.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "report/model.h"
#include "report/text.h"
#include "report/whitelist.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/purl.h"
#include "util/str.h"

#define MAX_FILE (64u << 20)
#define MAX_STATEMENTS 1000000
#define MAX_PRODUCTS 100000

typedef struct product {
	const char *purl;          /* borrowed from the JSON document (or refmap) */
} product;

typedef struct statement {
	dd_strv ids;               /* vulnerability name and aliases */
	const char *status;        /* normalized: not_affected fixed false_positive affected under_investigation */
	const char *justification;
	char *reason;              /* suppressed_by text */
	const char *timestamp;     /* may be NULL */
	size_t order;
	product *products;         /* products a finding's package may match directly */
	size_t n_products;
	product *subs;             /* subcomponents (purls), valid when an image product matched */
	size_t n_subs;
	bool image;                /* a product names the image */
} statement;

typedef struct vex {
	const char *file;
	const dd_report *r;
	statement *st;
	size_t n;
	json_t *refmap;            /* CycloneDX bom-ref -> purl */
} vex;

/* Whether an identifier names the scanned image: its digest, its reference,
 * or a pkg:oci purl whose version is the digest (or, without a version,
 * whose name is the repository's last segment). */
static bool is_image(const dd_report *r, const char *id)
{
	if (!id || !*id)
		return false;
	if (r->digest && (!strcmp(id, r->digest) || (strlen(id) == 64 && !strcmp(id, r->digest + 7 * !strncmp(r->digest, "sha256:", 7)))))
		return true;
	if (r->ref && !strcmp(id, r->ref))
		return true;
	dd_purl_view v;
	if (!dd_purl_parse(id, &v) || strncmp(v.base, "oci/", 4))
		return false;
	if (v.has_version)
		return r->digest && !strcmp(v.version, r->digest);
	const char *repo = r->repository ? r->repository : "";
	const char *last = strrchr(repo, '/');
	return *repo && !strcasecmp(v.base + 4, last ? last + 1 : repo);
}

/* ---- statements ---- */

static void statement_free(statement *s)
{
	dd_strv_free(&s->ids);
	free(s->reason);
	free(s->products);
	free(s->subs);
}

static int bad(const vex *v, size_t idx, const char *what)
{
	return dd_error_set(DD_EFORMAT, "VEX file %s: statement %zu: %s", v->file, idx + 1, what);
}

static int add_product(const vex *v, statement *s, const char *id, bool sub)
{
	if (!id || !*id)
		return 0;
	product **arr = sub ? &s->subs : &s->products;
	size_t *n = sub ? &s->n_subs : &s->n_products;
	if (*n >= MAX_PRODUCTS)
		return dd_error_set(DD_ELIMIT, "VEX file %s: more than %d products in one statement", v->file, MAX_PRODUCTS);
	product p = { id };
	if (!sub && is_image(v->r, id)) {
		s->image = true;
		return 0;
	}
	if (strncmp(id, "pkg:", 4))
		return 0; /* a CPE or a hash we cannot match against packages */
	if ((*n & (*n - 1)) == 0 || *n == 0) {
		product *np = realloc(*arr, (*n ? *n * 2 : 4) * sizeof(*np));
		if (!np)
			return dd_error_oom();
		*arr = np;
	}
	(*arr)[(*n)++] = p;
	return 0;
}

/* OpenVEX product: "pkg:..." (v0.0.x) or {"@id", "identifiers": {"purl"},
 * "subcomponents": [...]} (v0.2.0). */
static int openvex_product(const vex *v, statement *s, json_t *p, bool sub)
{
	int rc = 0;
	if (json_is_string(p))
		return add_product(v, s, json_string_value(p), sub);
	if (!json_is_object(p))
		return 0;
	rc = add_product(v, s, json_string_value(json_object_get(p, "@id")), sub);
	json_t *ids = json_object_get(p, "identifiers");
	if (!rc && json_is_object(ids))
		rc = add_product(v, s, json_string_value(json_object_get(ids, "purl")), sub);
	json_t *subs = json_object_get(p, "subcomponents"), *x;
	size_t i;
	if (!sub && json_is_array(subs))
		json_array_foreach(subs, i, x)
			if (!rc)
				rc = openvex_product(v, s, x, true);
	return rc;
}

static const char *openvex_status(const char *s)
{
	static const char *const ok[] = { "not_affected", "fixed", "affected", "under_investigation", NULL };
	for (size_t i = 0; s && ok[i]; i++)
		if (!strcmp(s, ok[i]))
			return ok[i];
	return NULL;
}

static int load_openvex(vex *v, json_t *doc)
{
	json_t *sts = json_object_get(doc, "statements"), *st;
	size_t i;
	if (!json_is_array(sts))
		return dd_error_set(DD_EFORMAT, "VEX file %s: 'statements' must be a list", v->file);
	if (json_array_size(sts) > MAX_STATEMENTS)
		return dd_error_set(DD_ELIMIT, "VEX file %s: more than %d statements", v->file, MAX_STATEMENTS);
	if (!(v->st = calloc(json_array_size(sts) + 1, sizeof(*v->st))))
		return dd_error_oom();
	const char *doc_id = json_string_value(json_object_get(doc, "@id"));
	const char *doc_ts = json_string_value(json_object_get(doc, "timestamp"));
	json_array_foreach(sts, i, st) {
		statement *s = &v->st[v->n++];
		int rc = 0;
		s->order = i;
		if (!json_is_object(st))
			return bad(v, i, "must be an object");
		json_t *vul = json_object_get(st, "vulnerability");
		const char *name = json_string_value(vul);
		if (json_is_object(vul)) {
			name = json_string_value(json_object_get(vul, "name"));
			json_t *al = json_object_get(vul, "aliases"), *a;
			size_t k;
			json_array_foreach(al, k, a)
				if (json_is_string(a) && (rc = dd_strv_push(&s->ids, json_string_value(a))))
					return rc;
			if (!name)
				name = json_string_value(json_object_get(vul, "@id"));
		}
		if (!name || !*name)
			return bad(v, i, "no vulnerability name");
		if ((rc = dd_strv_push(&s->ids, name)))
			return rc;
		const char *status = json_string_value(json_object_get(st, "status"));
		if (!(s->status = openvex_status(status)))
			return bad(v, i, "status must be not_affected, affected, fixed or under_investigation");
		s->justification = json_string_value(json_object_get(st, "justification"));
		s->timestamp = json_string_value(json_object_get(st, "timestamp"));
		if (!s->timestamp)
			s->timestamp = doc_ts;
		json_t *prods = json_object_get(st, "products"), *p;
		size_t k;
		if (!json_is_array(prods) || !json_array_size(prods))
			return bad(v, i, "no products");
		json_array_foreach(prods, k, p)
			if ((rc = openvex_product(v, s, p, false)))
				return rc;
		json_t *subs = json_object_get(st, "subcomponents"); /* v0.0.x place */
		json_array_foreach(subs, k, p)
			if ((rc = openvex_product(v, s, p, true)))
				return rc;
		const char *impact = json_string_value(json_object_get(st, "impact_statement"));
		const char *action = json_string_value(json_object_get(st, "action_statement"));
		s->reason = dd_asprintf("VEX %s: %s%s%s%s%s%s%s", doc_id ? doc_id : v->file, s->status,
			s->justification ? " (" : "", s->justification ? s->justification : "", s->justification ? ")" : "",
			impact || action ? ": " : "", impact ? impact : "", !impact && action ? action : "");
		if (!s->reason)
			return dd_error_oom();
	}
	return 0;
}

/* CycloneDX VEX: refs are bom-refs of this document's components, BOM-Links
 * (urn:cdx:SERIAL/VERSION#REF) or purls. */
static const char *cdx_resolve(json_t *refmap, const char *ref)
{
	if (!strncmp(ref, "urn:cdx:", 8)) {
		const char *hash = strchr(ref, '#');
		if (!hash)
			return NULL;
		ref = hash + 1;
	}
	const char *purl = json_string_value(json_object_get(refmap, ref));
	return purl ? purl : ref;
}

static void cdx_refs(json_t *refmap, json_t *comps, int depth)
{
	json_t *c;
	size_t i;
	if (depth > 8 || !json_is_array(comps))
		return;
	json_array_foreach(comps, i, c) {
		const char *ref = json_string_value(json_object_get(c, "bom-ref"));
		const char *purl = json_string_value(json_object_get(c, "purl"));
		if (ref && purl && json_object_size(refmap) < MAX_STATEMENTS)
			json_object_set_new(refmap, ref, json_string(purl));
		cdx_refs(refmap, json_object_get(c, "components"), depth + 1);
	}
}

static const char *cdx_status(const char *s)
{
	if (!s)
		return NULL;
	if (!strcmp(s, "not_affected"))
		return "not_affected";
	if (!strcmp(s, "false_positive"))
		return "false_positive";
	if (!strcmp(s, "resolved") || !strcmp(s, "resolved_with_pedigree"))
		return "fixed";
	if (!strcmp(s, "exploitable"))
		return "affected";
	if (!strcmp(s, "in_triage"))
		return "under_investigation";
	return NULL;
}

static int load_cyclonedx(vex *v, json_t *doc)
{
	json_t *vulns = json_object_get(doc, "vulnerabilities"), *x;
	size_t i;
	int rc = 0;
	if (!json_is_array(vulns))
		return dd_error_set(DD_EFORMAT, "VEX file %s: a CycloneDX VEX needs a 'vulnerabilities' list", v->file);
	if (json_array_size(vulns) > MAX_STATEMENTS)
		return dd_error_set(DD_ELIMIT, "VEX file %s: more than %d vulnerabilities", v->file, MAX_STATEMENTS);
	/* products borrow purls from refmap: it lives as long as v */
	json_t *refmap = v->refmap = json_object();
	if (!refmap || !(v->st = calloc(json_array_size(vulns) + 1, sizeof(*v->st))))
		return dd_error_oom();
	cdx_refs(refmap, json_object_get(doc, "components"), 0);
	json_t *meta_c = json_object_get(json_object_get(doc, "metadata"), "component");
	const char *meta_ref = json_string_value(json_object_get(meta_c, "bom-ref"));
	const char *serial = json_string_value(json_object_get(doc, "serialNumber"));
	json_array_foreach(vulns, i, x) {
		json_t *an = json_object_get(x, "analysis");
		if (!json_is_object(x)) {
			rc = bad(v, i, "must be an object");
			break;
		}
		if (!json_is_object(an))
			continue; /* a plain vulnerability listing says nothing about impact */
		statement *s = &v->st[v->n++];
		s->order = i;
		const char *id = json_string_value(json_object_get(x, "id"));
		if (!id || !*id) {
			rc = bad(v, i, "no vulnerability id");
			break;
		}
		if ((rc = dd_strv_push(&s->ids, id)))
			break;
		json_t *refs = json_object_get(x, "references"), *rf;
		size_t k;
		json_array_foreach(refs, k, rf) {
			const char *rid = json_string_value(json_object_get(rf, "id"));
			if (rid && (rc = dd_strv_push(&s->ids, rid)))
				break;
		}
		const char *state = json_string_value(json_object_get(an, "state"));
		if (!state) {
			v->n--;
			statement_free(s);
			memset(s, 0, sizeof(*s));
			continue;
		}
		if (!(s->status = cdx_status(state))) {
			rc = bad(v, i, "analysis.state must be resolved, resolved_with_pedigree, exploitable, in_triage, "
				       "false_positive or not_affected");
			break;
		}
		s->justification = json_string_value(json_object_get(an, "justification"));
		s->timestamp = json_string_value(json_object_get(an, "lastUpdated"));
		json_t *aff = json_object_get(x, "affects"), *a;
		if (!json_is_array(aff) || !json_array_size(aff))
			s->image = true; /* about the BOM's subject: this image */
		json_array_foreach(aff, k, a) {
			const char *ref = json_string_value(json_object_get(a, "ref"));
			if (!ref)
				continue;
			const char *target = cdx_resolve(refmap, ref);
			if (meta_ref && !strcmp(target, meta_ref))
				s->image = true;
			else if ((rc = add_product(v, s, target, false)))
				break;
			/* the scanned image's own bom-ref is its pkg:oci purl */
		}
		if (rc)
			break;
		const char *detail = json_string_value(json_object_get(an, "detail"));
		s->reason = dd_asprintf("VEX %s: %s%s%s%s%s%s", serial ? serial : v->file, state,
			s->justification ? " (" : "", s->justification ? s->justification : "", s->justification ? ")" : "",
			detail ? ": " : "", detail ? detail : "");
		if (!s->reason) {
			rc = dd_error_oom();
			break;
		}
	}
	return rc;
}

static bool statement_matches(const statement *s, const dd_finding *f)
{
	if (s->image && !s->n_subs)
		return true;
	for (size_t i = 0; i < s->n_products; i++)
		if (dd_purl_matches(s->products[i].purl, f->pkg_purl))
			return true;
	for (size_t i = 0; s->image && i < s->n_subs; i++)
		if (dd_purl_matches(s->subs[i].purl, f->pkg_purl))
			return true;
	return false;
}

static bool later(const statement *a, const statement *b)
{
	/* RFC 3339 UTC timestamps compare as text; a missing one is oldest */
	int c = dd_strcmp_null(a->timestamp, b->timestamp);
	return c ? c > 0 : a->order > b->order;
}

static int apply(vex *v, dd_report *r)
{
	/* index statements by vulnerability id (case-insensitive) */
	json_t *index = json_object();
	if (!index)
		return dd_error_oom();
	for (size_t k = 0; k < v->n; k++)
		for (size_t j = 0; j < v->st[k].ids.count; j++) {
			char key[256];
			snprintf(key, sizeof(key), "%s", v->st[k].ids.items[j]);
			for (char *p = key; *p; p++)
				*p = (char)toupper((unsigned char)*p);
			json_t *arr = json_object_get(index, key);
			if (!arr && json_object_set_new(index, key, arr = json_array()))
				goto oom;
			if (json_array_append_new(arr, json_integer((json_int_t)k)))
				goto oom;
		}
	for (size_t i = 0; i < r->n_findings; i++) {
		dd_finding *f = &r->findings[i];
		if (!dd_finding_is_vuln(f))
			continue;
		const statement *best = NULL;
		for (size_t a = 0; a <= f->aliases.count; a++) {
			const char *id = a == 0 ? f->id : f->aliases.items[a - 1];
			if (!id)
				continue;
			char key[256];
			snprintf(key, sizeof(key), "%s", id);
			for (char *p = key; *p; p++)
				*p = (char)toupper((unsigned char)*p);
			json_t *arr = json_object_get(index, key), *x;
			size_t k;
			json_array_foreach(arr, k, x) {
				const statement *s = &v->st[json_integer_value(x)];
				if ((!best || later(s, best)) && statement_matches(s, f))
					best = s;
			}
		}
		if (!best)
			continue;
		free(f->vex_status);
		free(f->vex_justification);
		f->vex_status = strdup(best->status);
		f->vex_justification = dd_strdup(best->justification);
		if (!f->vex_status || (best->justification && !f->vex_justification))
			goto oom;
		bool suppress = !strcmp(best->status, "not_affected") || !strcmp(best->status, "fixed") ||
			!strcmp(best->status, "false_positive");
		if (suppress && !f->suppressed) {
			f->suppressed = true;
			free(f->suppressed_by);
			if (!(f->suppressed_by = strdup(best->reason)))
				goto oom;
		}
	}
	json_decref(index);
	return 0;
oom:
	json_decref(index);
	return dd_error_oom();
}

static int apply_text(void *r, const char *path, const char *text, size_t len)
{
	return dd_vex__apply_text(r, path, text, len);
}

int dd_vex_apply(dd_report *r, const char *vex_file)
{
	return dd_file_parse("VEX file", vex_file, MAX_FILE, apply_text, r);
}

int dd_vex__apply_text(dd_report *r, const char *vex_file, const char *text, size_t len)
{
	json_error_t err;
	vex v = { vex_file, r, NULL, 0, NULL };
	int rc = 0;
	json_t *doc = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	if (!doc)
		return dd_error_set(DD_EFORMAT, "VEX file %s line %d: %s", vex_file, err.line, err.text);
	if (!json_is_object(doc))
		rc = dd_error_set(DD_EFORMAT, "VEX file %s: the top level must be a JSON object", vex_file);
	else if (json_object_get(doc, "statements") || json_object_get(doc, "@context"))
		rc = load_openvex(&v, doc);
	else if (json_is_string(json_object_get(doc, "bomFormat")))
		rc = load_cyclonedx(&v, doc);
	else
		rc = dd_error_set(DD_EFORMAT, "VEX file %s is neither OpenVEX ('statements') nor CycloneDX ('bomFormat')",
			vex_file);
	if (!rc)
		rc = apply(&v, r);
	for (size_t i = 0; i < v.n; i++)
		statement_free(&v.st[i]);
	free(v.st);
	json_decref(v.refmap);
	json_decref(doc);
	return rc;
}
