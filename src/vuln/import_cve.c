/*
 * CVE severity sources: CVE JSON 5.x records (the CVE Program's cvelistV5,
 * one record per file: the CNA's container and the ADPs', such as CISA's
 * vulnrichment) and NVD's CVE API 2.0 answers ({"format": "NVD_CVE",
 * "vulnerabilities": [{"cve": ...}]}).
 *
 * The one idea: such a record affects no package; it rates a CVE. It is
 * stored as a record without affected packages whose CVSS lends its rating
 * to every finding of that CVE that has no rating of its own (the sev_alias
 * table), so an Alpine secdb or Debian finding, whose advisory rates
 * nothing, gets the CVE's severity. Which rating a record carries, as Trivy
 * orders them: the CNA's own CVSS; else the first ADP that has one; NVD's
 * records are a source of their own, below both (match_findings.c). Within
 * one container the highest CVSS version wins (4.0, 3.1, 3.0, 2.0), and a
 * vector is scored here, never taken on the record's word. The record's
 * severity_source names it: "cna:cvss_v3.1", "adp:CISA-ADP:cvss_v3.1",
 * "nvd:cvss_v3.1".
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"
#include "util/str.h"
#include "vuln/cvss.h"
#include "vuln/import.h"

#define CVE_METRICS_MAX 64     /* metric entries read per container */
#define CVE_ADP_MAX 16         /* ADP containers read per record */

/* CVE JSON 5 metric keys, best first, with the version they must score as. */
static const struct {
	const char *key, *label;
	dd_cvss_version ver;
} cve5_keys[] = {
	{ "cvssV4_0", "cvss_v4.0", DD_CVSS_V40 },
	{ "cvssV3_1", "cvss_v3.1", DD_CVSS_V31 },
	{ "cvssV3_0", "cvss_v3.0", DD_CVSS_V30 },
	{ "cvssV2_0", "cvss_v2.0", DD_CVSS_V2 },
};
#define N_KEYS (sizeof(cve5_keys) / sizeof(*cve5_keys))

static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

typedef struct rating {
	int rank;                      /* index into cve5_keys, N_KEYS none */
	char vector[DD_ADV_VECTOR_MAX + 1];
	double score;
	dd_cvss_version ver;
} rating;

/* Offers one vector of a kind; kept when it scores as that kind and beats
 * what the container had. */
static void offer(rating *r, size_t k, const char *vector)
{
	double score;
	dd_cvss_version ver;
	if (k >= (size_t)r->rank || !dd_adv_text_ok(vector, DD_ADV_VECTOR_MAX) ||
	    dd_cvss_score(vector, &score, &ver) != 0 || ver != cve5_keys[k].ver)
		return;
	r->rank = (int)k;
	snprintf(r->vector, sizeof(r->vector), "%s", vector);
	r->score = score;
	r->ver = ver;
}

/* The best CVSS of one CVE 5 container's metrics list. */
static void cve5_container(const json_t *container, rating *r)
{
	size_t i;
	const json_t *m;
	r->rank = N_KEYS;
	json_array_foreach(json_object_get(container, "metrics"), i, m) {
		if (i >= CVE_METRICS_MAX)
			break;
		for (size_t k = 0; k < N_KEYS; k++)
			offer(r, k, jstr(json_object_get(m, cve5_keys[k].key), "vectorString"));
	}
}

static int set_rating(dd_adv *a, const rating *r, const char *who)
{
	if (!(a->cvss_vector = strdup(r->vector)))
		return dd_error_oom();
	a->cvss_score = r->score;
	a->cvss_version = r->ver;
	a->vendor_severity = (int)dd_cvss_severity(r->score, r->ver);
	a->vendor_severity_source = dd_asprintf("%s:%s", who, cve5_keys[r->rank].label);
	return a->vendor_severity_source ? 0 : dd_error_oom();
}

/* The English description: details, and the title (its first line) when
 * the record has no title of its own. */
static void describe(dd_adv *a, const json_t *descriptions, const json_t *title)
{
	size_t i;
	const json_t *d, *en = NULL;
	json_array_foreach(descriptions, i, d) {
		const char *lang = jstr(d, "lang");
		if (lang && !strncasecmp(lang, "en", 2)) {
			en = json_object_get(d, "value");
			break;
		}
	}
	a->title = dd_import_text(json_string_length(title) ? title : en, DD_ADV_TITLE_MAX, true);
	a->details = dd_import_text(en, DD_ADV_DETAILS_MAX, false);
}

static int add_refs(dd_adv *a, const json_t *refs)
{
	size_t i;
	const json_t *v;
	json_array_foreach(refs, i, v) {
		const char *url = jstr(v, "url");
		if (a->refs.count >= DD_ADV_REFS_MAX)
			break;
		if (dd_adv_text_ok(url, DD_ADV_REF_MAX) && !dd_strv_contains(&a->refs, url) && dd_strv_push(&a->refs, url))
			return dd_error_oom();
	}
	return 0;
}

static bool cve_id_ok(const char *id)
{
	return dd_adv_text_ok(id, DD_ADV_ID_MAX) && !strncmp(id, "CVE-", 4) && !strchr(id, '\n');
}

/* Hands one parsed record (or its withdrawal) to the sink. */
static int deliver(const dd_import_sink *s, dd_adv *a, int rc, const char *name)
{
	if (rc == DD_ITEROVER)
		rc = a->rid && s->withdraw ? s->withdraw(s->ctx, a->rid, a->modified) : 0;
	else if (rc == DD_ENOMEM)
		;
	else if (rc < 0) {
		dd_import_reject(s->stats, name);
		rc = 0;
	} else if (!a->cvss_vector) {
		rc = 0;   /* nothing rated: nothing to lend */
	} else {
		rc = s->advisory ? s->advisory(s->ctx, a) : 0;
	}
	dd_adv_clear(a);
	return rc;
}

static int cve5_parse(const json_t *doc, dd_adv *a)
{
	const json_t *meta = json_object_get(doc, "cveMetadata");
	const json_t *containers = json_object_get(doc, "containers");
	const char *id = jstr(meta, "cveId"), *state = jstr(meta, "state"), *updated = jstr(meta, "dateUpdated");
	if (!cve_id_ok(id))
		return dd_error_set(DD_EFORMAT, "CVE record without a usable cveId");
	int64_t mod = updated ? dd_adv_parse_time(updated) : 0;
	if (mod < 0)
		mod = 0;
	a->rid = dd_asprintf("cve:%s", id);
	a->id = strdup(id);
	a->source = strdup("cve");
	if (!a->rid || !a->id || !a->source)
		return dd_error_oom();
	a->modified = mod;
	if (state && !strcmp(state, "REJECTED"))
		return DD_ITEROVER;
	const json_t *cna = json_object_get(containers, "cna");
	rating r;
	cve5_container(cna, &r);
	int rc = 0;
	if (r.rank < (int)N_KEYS) {
		rc = set_rating(a, &r, "cna");
	} else {
		size_t i;
		const json_t *adp;
		json_array_foreach(json_object_get(containers, "adp"), i, adp) {
			const char *who = jstr(json_object_get(adp, "providerMetadata"), "shortName");
			if (i >= CVE_ADP_MAX)
				break;
			cve5_container(adp, &r);
			if (r.rank == (int)N_KEYS)
				continue;
			char label[80];
			snprintf(label, sizeof(label), "adp:%s", dd_adv_text_ok(who, 40) && !strchr(who, ':') ? who : "unknown");
			rc = set_rating(a, &r, label);
			break;
		}
	}
	if (rc)
		return rc;
	describe(a, json_object_get(cna, "descriptions"), json_object_get(cna, "title"));
	return add_refs(a, json_object_get(cna, "references"));
}

int dd_import_cve5(const dd_import_sink *s, const json_t *doc, const char *name)
{
	dd_adv a;
	dd_adv_init(&a);
	int rc = cve5_parse(doc, &a);
	return deliver(s, &a, rc, name);
}

/* NVD API 2.0 metric arrays, best first. */
static const struct {
	const char *key;
	size_t label;     /* index into cve5_keys */
} nvd_keys[] = { { "cvssMetricV40", 0 }, { "cvssMetricV31", 1 }, { "cvssMetricV30", 2 }, { "cvssMetricV2", 3 } };

static int nvd_parse(const json_t *cve, dd_adv *a)
{
	const char *id = jstr(cve, "id"), *status = jstr(cve, "vulnStatus"), *updated = jstr(cve, "lastModified");
	if (!cve_id_ok(id))
		return dd_error_set(DD_EFORMAT, "NVD entry without a usable id");
	int64_t mod = updated ? dd_adv_parse_time(updated) : 0;
	a->rid = dd_asprintf("nvd:%s", id);
	a->id = strdup(id);
	a->source = strdup("nvd");
	if (!a->rid || !a->id || !a->source)
		return dd_error_oom();
	a->modified = mod > 0 ? mod : 0;
	if (status && !strcmp(status, "Rejected"))
		return DD_ITEROVER;
	/* NVD's own rating ("Primary") first; a CNA's copy only when NVD has none */
	rating r = { .rank = N_KEYS };
	for (int pass = 0; pass < 2 && r.rank == (int)N_KEYS; pass++) {
		for (size_t k = 0; k < sizeof(nvd_keys) / sizeof(*nvd_keys); k++) {
			size_t i;
			const json_t *m;
			json_array_foreach(json_object_get(json_object_get(cve, "metrics"), nvd_keys[k].key), i, m) {
				const char *type = jstr(m, "type");
				if (i >= CVE_METRICS_MAX)
					break;
				if (pass == 0 && !(type && !strcmp(type, "Primary")))
					continue;
				offer(&r, nvd_keys[k].label, jstr(json_object_get(m, "cvssData"), "vectorString"));
			}
		}
	}
	int rc = r.rank < (int)N_KEYS ? set_rating(a, &r, "nvd") : 0;
	if (rc)
		return rc;
	describe(a, json_object_get(cve, "descriptions"), NULL);
	return add_refs(a, json_object_get(cve, "references"));
}

int dd_import_nvd(const dd_import_sink *s, const json_t *doc, const char *name)
{
	const json_t *list = json_object_get(doc, "vulnerabilities"), *e;
	size_t i;
	if (!json_is_array(list))
		return dd_error_set(DD_EFORMAT, "%s: NVD answer without a vulnerabilities list", name);
	if (json_array_size(list) > DD_IMPORT_LIST_MAX)
		return dd_error_set(DD_ELIMIT, "%s: more than %d NVD entries", name, DD_IMPORT_LIST_MAX);
	json_array_foreach(list, i, e) {
		dd_adv a;
		dd_adv_init(&a);
		int rc = nvd_parse(json_object_get(e, "cve"), &a);
		if ((rc = deliver(s, &a, rc, name)) != 0)
			return rc;
	}
	return 0;
}
