/*
 * From hits to findings: read each matched record once, merge the records
 * of one package that describe the same vulnerability, choose its severity,
 * and append one finding per (package, vulnerability).
 *
 * The one idea: records are merged when their id sets overlap (id, aliases,
 * upstream), so GHSA-jfh8-c2jp-5v3q and CVE-2021-44228, or
 * DEBIAN-CVE-2016-2781 and CVE-2016-2781, are one finding whose id is the
 * CVE. A distro advisory fixing several CVEs (ALSA, "fanout") joins each of
 * its CVEs separately and never glues them together.
 *
 * Severity, like a careful scanner: for distro packages the distro's own
 * rating first (Debian urgency, AlmaLinux "Important"...), because it is
 * about the package as shipped; then CVSS v3.x, the GHSA level, CVSS v4.0,
 * CVSS v2 from the matched records; then the same from other records naming
 * the CVE (which is how Alpine, whose secdb rates nothing, gets a severity):
 * first the CVE's own rating sources (import_cve.c) as Trivy orders them,
 * the CNA's CVSS, then an ADP's (CISA's vulnrichment), then NVD's, then
 * other advisories' ratings; else unknown. severity_source says which one
 * it was ("debian", "cvss:3.1", "cna:cvss_v3.1", "adp:CISA-ADP:cvss_v3.1",
 * "nvd:cvss_v3.1", ...).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/advisory.h"
#include "vuln/cvss.h"
#include "vuln/detail.h"
#include "vuln/match.h"
#include "vuln/match_internal.h"

#define REFS_PER_FINDING 16
#define DETAIL_RECORDS 4

typedef struct vrec {
	int64_t id;
	char *rid, *vid, *ids, *title, *vsev_src, *cvss;
	int vsev, cvss_ver;
	double score;
	unsigned flags;
	/* the detail blob, decoded once when the record is read: a record
	 * shared by many packages (an ALSA listing 50 binary rpms) is
	 * decompressed once */
	bool has_detail;
	char *details;
	dd_strv refs;
} vrec;

static const char *display_id(const vrec *v)
{
	return v->vid ? v->vid : v->rid;
}

/* A copy of a text column (NULL for SQL NULL); *oom when the copy failed. */
static char *col(sqlite3_stmt *s, int i, bool *oom)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	char *out = t ? strdup((const char *)t) : NULL;
	*oom |= t && !out;
	return out;
}

static void vrec_free(vrec *v)
{
	free(v->rid), free(v->vid), free(v->ids), free(v->title), free(v->vsev_src), free(v->cvss);
	free(v->details);
	dd_strv_free(&v->refs);
}



static int load_record(dd_matcher *m, int64_t id, vrec *v)
{
	sqlite3_stmt *q = m->q_vuln;
	memset(v, 0, sizeof(*v));
	v->id = id;
	v->vsev = -1;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_reset(q);
		return dd_error_set(DD_ENODB, "advisory DB %s: record %lld is missing (corrupt DB?)", dd_vdb_path(m->db),
			(long long)id);
	}
	bool oom = false;
	v->rid = col(q, 0, &oom);
	v->vid = col(q, 1, &oom);
	v->ids = col(q, 2, &oom);
	v->title = col(q, 3, &oom);
	if (sqlite3_column_type(q, 4) != SQLITE_NULL)
		v->vsev = sqlite3_column_int(q, 4);
	v->vsev_src = col(q, 5, &oom);
	v->cvss = col(q, 6, &oom);
	v->score = sqlite3_column_double(q, 7);
	v->cvss_ver = sqlite3_column_int(q, 8);
	v->flags = (unsigned)sqlite3_column_int(q, 9);
	int dl = sqlite3_column_bytes(q, 10), rc = 0;
	if (dl > 0) {
		v->has_detail = true;
		rc = dd_detail_decode(dd_vdb_codec(m->db), sqlite3_column_blob(q, 10), (size_t)dl, &v->details, &v->refs);
	}
	sqlite3_reset(q);
	return rc ? rc : v->rid && !oom ? 0 : dd_error_oom();
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static vrec *find_rec(vrec *recs, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (recs[mid].id < id)
			lo = mid + 1;
		else if (recs[mid].id > id)
			hi = mid;
		else
			return &recs[mid];
	}
	return NULL;
}

/* ---- grouping ---- */

typedef struct sub {
	const dd_hit *hit;
	const vrec *rec;
	const char *cve;          /* fanout: the one CVE this sub stands for (in rec->ids) */
	size_t cve_len;
	size_t parent;
} sub;

typedef struct idref {
	const char *id;
	size_t len;
	size_t sub;
} idref;

static size_t find_root(sub *s, size_t i)
{
	while (s[i].parent != i)
		i = s[i].parent = s[s[i].parent].parent;
	return i;
}

static int cmp_idref(const void *pa, const void *pb)
{
	const idref *a = pa, *b = pb;
	size_t n = a->len < b->len ? a->len : b->len;
	int r = memcmp(a->id, b->id, n);
	if (r)
		return r;
	return a->len < b->len ? -1 : a->len > b->len;
}

/* Calls fn for each id a sub is known by (for merging). */
typedef int (*id_fn)(void *ctx, const char *id, size_t len);

static int each_id(const sub *s, id_fn fn, void *ctx)
{
	int rc;
	if (s->cve)
		return fn(ctx, s->cve, s->cve_len);
	const char *d = display_id(s->rec);
	if ((rc = fn(ctx, d, strlen(d))) != 0)
		return rc;
	for (const char *p = s->rec->ids; p && *p;) {
		size_t n = strcspn(p, "\n");
		if (n && (rc = fn(ctx, p, n)) != 0)
			return rc;
		p += n;
		if (*p)
			p++;
	}
	return 0;
}

typedef struct idrefs {
	idref *v;
	size_t n, cap, cur;
} idrefs;

static int push_idref(void *ctx, const char *id, size_t len)
{
	idrefs *r = ctx;
	if (r->n == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 64;
		idref *nv = realloc(r->v, nc * sizeof(*nv));
		if (!nv)
			return dd_error_oom();
		r->v = nv;
		r->cap = nc;
	}
	r->v[r->n++] = (idref){ id, len, r->cur };
	return 0;
}

/* ---- the finding of one group ---- */

/* CVE-2021-3711 before CVE-2021-23337: by year, then by number. */
static bool cve_less(const char *a, const char *b)
{
	long ya = strtol(a + 4, NULL, 10), yb = strtol(b + 4, NULL, 10);
	if (ya != yb)
		return ya < yb;
	const char *na = strchr(a + 4, '-'), *nb = strchr(b + 4, '-');
	long xa = na ? strtol(na + 1, NULL, 10) : 0, xb = nb ? strtol(nb + 1, NULL, 10) : 0;
	return xa != xb ? xa < xb : strcmp(a, b) < 0;
}

typedef struct sev_choice {
	int sev;
	const char *source;
	const vrec *cvss_rec;     /* the record whose vector is shown */
	double score;
	const char *vector;
	int ver;
} sev_choice;

static int cvss_pref(int ver)
{
	return ver == 31 ? 4 : ver == 30 ? 3 : ver == 40 ? 2 : ver == 2 ? 1 : 0;
}

static const char *cvss_source(int ver)
{
	return ver == 31 ? "cvss:3.1" : ver == 30 ? "cvss:3.0" : ver == 40 ? "cvss:4.0" : "cvss:2.0";
}

static bool distro_vendor(const char *src)
{
	static const char *const d[] = { "debian", "ubuntu", "alpine", "almalinux", "rocky", "redhat", "suse", NULL };
	for (int i = 0; src && d[i]; i++)
		if (!strcmp(src, d[i]))
			return true;
	return false;
}

/* The CVE's own rating sources, best first: 3 the CNA, 2 an ADP, 1 NVD. */
static int cve_source_rank(const char *src)
{
	if (!src)
		return 0;
	return !strncmp(src, "cna:", 4) ? 3 : !strncmp(src, "adp:", 4) ? 2 : !strncmp(src, "nvd:", 4) ? 1 : 0;
}

/* Picks among records by the order above (vendor words excluded: the
 * caller handles the distro's own rating first). */
static void pick_among(const vrec *const *recs, size_t n, sev_choice *c)
{
	const vrec *best_v3 = NULL, *best_v4 = NULL, *best_v2 = NULL, *ghsa = NULL, *other = NULL, *cve = NULL;
	for (size_t i = 0; i < n; i++) {
		const vrec *v = recs[i];
		if (v->vsev > 0 && cve_source_rank(v->vsev_src) > (cve ? cve_source_rank(cve->vsev_src) : 0))
			cve = v;
		if (v->cvss && v->score > 0) {
			const vrec **slot = cvss_pref(v->cvss_ver) >= 3 ? &best_v3 : v->cvss_ver == 40 ? &best_v4 : &best_v2;
			if (!*slot || cvss_pref(v->cvss_ver) > cvss_pref((*slot)->cvss_ver) ||
			    (cvss_pref(v->cvss_ver) == cvss_pref((*slot)->cvss_ver) && v->score > (*slot)->score))
				*slot = v;
		}
		if (v->vsev > 0 && v->vsev_src) {
			if (!strcmp(v->vsev_src, "ghsa")) {
				if (!ghsa || v->vsev > ghsa->vsev)
					ghsa = v;
			} else if (!distro_vendor(v->vsev_src) && (!other || v->vsev > other->vsev)) {
				other = v;
			}
		}
	}
	if (cve && c->sev <= 0) {
		c->sev = cve->vsev;
		c->source = cve->vsev_src;
		if (!c->vector && cve->cvss) {
			c->cvss_rec = cve;
			c->vector = cve->cvss;
			c->score = cve->score;
			c->ver = cve->cvss_ver;
		}
		return;
	}
	const vrec *shown = best_v3 ? best_v3 : best_v4 ? best_v4 : best_v2;
	if (shown && !c->vector) {
		c->cvss_rec = shown;
		c->vector = shown->cvss;
		c->score = shown->score;
		c->ver = shown->cvss_ver;
	}
	if (c->sev > 0)
		return;
	if (best_v3) {
		c->sev = dd_cvss_severity(best_v3->score, (dd_cvss_version)best_v3->cvss_ver);
		c->source = cvss_source(best_v3->cvss_ver);
	} else if (ghsa) {
		c->sev = ghsa->vsev;
		c->source = "ghsa";
	} else if (best_v4) {
		c->sev = dd_cvss_severity(best_v4->score, DD_CVSS_V40);
		c->source = "cvss:4.0";
	} else if (best_v2) {
		c->sev = dd_cvss_severity(best_v2->score, DD_CVSS_V2);
		c->source = "cvss:2.0";
	} else if (other) {
		c->sev = other->vsev;
		c->source = other->vsev_src;
	}
	if (c->sev <= 0)
		c->source = NULL;
}

/*
 * The records that rate a CVE (sev_alias), per CVE, for the whole match:
 * the same CVE comes back for every package it affects (the Go standard
 * library of each of 17 binaries, a library vendored in many jars), and
 * each lookup was a query plus the decompression of its records' details.
 * Details are decoded when a group first uses the record.
 */
typedef struct alias_rec {
	vrec v;
	void *blob;               /* the detail blob, until decoded */
	size_t blob_len;
} alias_rec;

typedef struct cve_aliases {
	char *cve;                /* NULL: empty slot */
	alias_rec *recs;
	size_t n;
} cve_aliases;

struct alias_memo {
	cve_aliases *slots;
	size_t cap, n;            /* cap is a power of two */
};

static uint64_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void memo_free(struct alias_memo *mm)
{
	if (!mm)
		return;
	for (size_t i = 0; i < mm->cap; i++) {
		cve_aliases *e = &mm->slots[i];
		for (size_t k = 0; k < e->n; k++) {
			vrec_free(&e->recs[k].v);
			free(e->recs[k].blob);
		}
		free(e->recs);
		free(e->cve);
	}
	free(mm->slots);
	free(mm);
}

/* The slot of cve: its entry, or the empty slot where it goes. */
static cve_aliases *memo_slot(struct alias_memo *mm, const char *cve)
{
	for (size_t i = str_hash(cve) & (mm->cap - 1);; i = (i + 1) & (mm->cap - 1))
		if (!mm->slots[i].cve || !strcmp(mm->slots[i].cve, cve))
			return &mm->slots[i];
}

static int memo_grow(struct alias_memo *mm)
{
	size_t ncap = mm->cap ? mm->cap * 2 : 256;
	cve_aliases *old = mm->slots;
	size_t ocap = mm->cap;
	if (!(mm->slots = calloc(ncap, sizeof(*mm->slots)))) {
		mm->slots = old;
		return dd_error_oom();
	}
	mm->cap = ncap;
	for (size_t i = 0; i < ocap; i++)
		if (old[i].cve)
			*memo_slot(mm, old[i].cve) = old[i];
	free(old);
	return 0;
}

/* The (at most 16) records rating cve, from the memo or the DB. */
static int cve_records(dd_matcher *m, const char *cve, cve_aliases **out)
{
	struct alias_memo *mm = m->aliases;
	if ((mm->n + 1) * 2 > mm->cap && memo_grow(mm))
		return dd_error_oom();
	cve_aliases *e = memo_slot(mm, cve);
	*out = e;
	if (e->cve)
		return 0;
	if (!(e->cve = strdup(cve)))
		return dd_error_oom();
	mm->n++;
	sqlite3_stmt *q = m->q_sev;
	int rc = 0;
	sqlite3_reset(q);
	sqlite3_bind_text(q, 1, cve, -1, SQLITE_STATIC);
	while (!rc && sqlite3_step(q) == SQLITE_ROW) {
		alias_rec *nr = realloc(e->recs, (e->n + 1) * sizeof(*nr));
		if (!nr) {
			rc = dd_error_oom();
			break;
		}
		e->recs = nr;
		alias_rec *a = &e->recs[e->n++];
		memset(a, 0, sizeof(*a));
		vrec *v = &a->v;
		bool oom = false;
		v->rid = col(q, 0, &oom);
		v->vid = col(q, 1, &oom);
		v->title = col(q, 2, &oom);
		v->vsev = sqlite3_column_type(q, 3) == SQLITE_NULL ? -1 : sqlite3_column_int(q, 3);
		v->vsev_src = col(q, 4, &oom);
		v->cvss = col(q, 5, &oom);
		v->score = sqlite3_column_double(q, 6);
		v->cvss_ver = sqlite3_column_int(q, 7);
		int dl = sqlite3_column_bytes(q, 8);
		if (dl > 0) {
			if ((a->blob = malloc((size_t)dl)))
				memcpy(a->blob, sqlite3_column_blob(q, 8), (size_t)dl);
			a->blob_len = (size_t)dl;
		}
		if (!v->rid || oom || (dl > 0 && !a->blob))
			rc = dd_error_oom();
	}
	sqlite3_reset(q);
	return rc;
}

typedef struct alias_recs {
	const vrec *v[16];
	size_t n;
} alias_recs;

/* Records elsewhere in the DB that rate one of the group's CVEs. */
static int load_alias_recs(dd_matcher *m, const dd_strv *cves, const vrec *const *own, size_t n_own, alias_recs *out)
{
	for (size_t i = 0; i < cves->count && out->n < 16; i++) {
		cve_aliases *e = NULL;
		int rc = cve_records(m, cves->items[i], &e);
		if (rc)
			return rc;
		for (size_t r = 0; r < e->n && out->n < 16; r++) {
			alias_rec *a = &e->recs[r];
			bool dup = false;
			for (size_t k = 0; k < n_own && !dup; k++)
				dup = !strcmp(own[k]->rid, a->v.rid);
			for (size_t k = 0; k < out->n && !dup; k++)
				dup = !strcmp(out->v[k]->rid, a->v.rid);
			if (dup)
				continue;
			if (a->blob) {
				a->v.has_detail = true;
				rc = dd_detail_decode(dd_vdb_codec(m->db), a->blob, a->blob_len, &a->v.details, &a->v.refs);
				free(a->blob);
				a->blob = NULL;
				if (rc)
					return rc;
			}
			out->v[out->n++] = &a->v;
		}
	}
	return 0;
}

/* KEV is a few thousand ids: held in memory, one bsearch per CVE. */
static int load_kev(dd_matcher *m)
{
	sqlite3_stmt *q = m->q_kev;
	size_t cap = 0;
	m->kev_loaded = true;
	sqlite3_reset(q);
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (m->n_kev == cap) {
			size_t nc = cap ? cap * 2 : 2048;
			char **nv = realloc(m->kev, nc * sizeof(*nv));
			if (!nv)
				return dd_error_oom();
			m->kev = nv;
			cap = nc;
		}
		if (!(m->kev[m->n_kev] = strdup((const char *)sqlite3_column_text(q, 0))))
			return dd_error_oom();
		m->n_kev++;
	}
	sqlite3_reset(q);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool in_kev(dd_matcher *m, const dd_strv *cves)
{
	for (size_t i = 0; i < cves->count; i++)
		if (m->n_kev && bsearch(&cves->items[i], m->kev, m->n_kev, sizeof(char *), cmp_str))
			return true;
	return false;
}

static int add_unique_n(dd_strv *v, const char *s, size_t n)
{
	char *d = strndup(s, n);
	if (!d)
		return dd_error_oom();
	if (dd_strv_contains(v, d)) {
		free(d);
		return 0;
	}
	return dd_strv_push_owned(v, d);
}

static int collect_id(void *ctx, const char *id, size_t len)
{
	return add_unique_n(ctx, id, len);
}

/* Builds and appends the finding of one group (members: subs whose root is root). */
static int group_finding(dd_matcher *m, dd_report *r, const dd_package *p, sub *subs, size_t n_subs, size_t root)
{
	dd_strv ids = DD_STRV_INIT, cves = DD_STRV_INIT;
	const vrec *recs[64];
	size_t n_recs = 0;
	dd_finding f;
	alias_recs al = { .n = 0 };
	int rc = 0, status = 0, row_sev = -1;
	const char *row_vendor = NULL, *fixed = NULL;
	const dd_version_scheme *scheme = NULL;
	dd_finding_init(&f);

	for (size_t i = 0; i < n_subs; i++) {
		sub *s = &subs[i];
		if (find_root(subs, i) != root)
			continue;
		if (s->hit->not_affected)
			goto cleanup; /* the vendor says this package is not affected */
		if ((rc = each_id(s, collect_id, &ids)) != 0)
			goto cleanup;
		if (s->cve && (rc = add_unique_n(&ids, display_id(s->rec), strlen(display_id(s->rec)))) != 0)
			goto cleanup;
		bool seen = false;
		for (size_t k = 0; k < n_recs && !seen; k++)
			seen = recs[k] == s->rec;
		if (!seen && n_recs < 64)
			recs[n_recs++] = s->rec;
		const dd_eco_slot *eco = &m->ecos[s->hit->eco];
		scheme = eco->scheme;
		if (s->hit->vsev > row_sev) {
			row_sev = s->hit->vsev;
			row_vendor = dd_eco_vendor(eco->name);
		}
		if (s->hit->status > status)
			status = s->hit->status;
		int cr = 0;
		if (s->hit->fixed && (!fixed || (scheme->compare(s->hit->fixed, fixed, &cr) == 0 && cr < 0)))
			fixed = s->hit->fixed;
	}
	for (size_t i = 0; i < ids.count; i++)
		if (!strncmp(ids.items[i], "CVE-", 4) && (rc = dd_strv_push(&cves, ids.items[i])) != 0)
			goto cleanup;

	/* the id: the CVE when there is one, else a GHSA, else the first record's */
	const char *id = NULL;
	for (size_t i = 0; i < cves.count; i++)
		if (!id || cve_less(cves.items[i], id))
			id = cves.items[i];
	for (size_t i = 0; !id && i < ids.count; i++)
		if (!strncmp(ids.items[i], "GHSA-", 5))
			id = ids.items[i];
	if (!id)
		id = display_id(recs[0]);
	bool os = dd_eco_is_os_type(p->type);
	f.cls = os ? DD_CLASS_OS_VULN : DD_CLASS_APP_VULN;
	if (!(f.id = strdup(id)))
		goto oom;
	for (size_t i = 0; i < ids.count; i++)
		if (strcmp(ids.items[i], id) && dd_strv_push(&f.aliases, ids.items[i]))
			goto oom;
	dd_strv_sort(&f.aliases);

	/* severity */
	sev_choice c = { .sev = -1 };
	if (os && row_sev > 0 && row_vendor) {
		c.sev = row_sev;
		c.source = row_vendor;
	}
	for (size_t i = 0; os && c.sev <= 0 && i < n_recs; i++)
		if (recs[i]->vsev > 0 && distro_vendor(recs[i]->vsev_src)) {
			c.sev = recs[i]->vsev;
			c.source = recs[i]->vsev_src;
		}
	pick_among(recs, n_recs, &c);
	const vrec *title_rec = NULL;
	for (size_t i = 0; i < n_recs && !title_rec; i++)
		if (recs[i]->title)
			title_rec = recs[i];
	if (c.sev <= 0 || !title_rec) {
		if ((rc = load_alias_recs(m, &cves, recs, n_recs, &al)) != 0)
			goto cleanup;
		pick_among(al.v, al.n, &c);
		for (size_t i = 0; i < al.n && !title_rec; i++)
			if (al.v[i]->title)
				title_rec = al.v[i];
	}
	f.severity = c.sev > 0 ? (dd_severity)c.sev : DD_SEV_UNKNOWN;
	if (c.source && !(f.severity_source = strdup(c.source)))
		goto oom;
	if (c.vector) {
		f.cvss_score = c.score;
		if (!(f.cvss_vector = strdup(c.vector)))
			goto oom;
	}
	if (title_rec && !(f.title = strdup(title_rec->title)))
		goto oom;

	/* description and references from the matched records */
	for (size_t i = 0, decoded = 0; i < n_recs && decoded < DETAIL_RECORDS; i++) {
		const vrec *v = recs[i];
		if (!v->has_detail)
			continue;
		decoded++;
		if (!f.description && v->details && !(f.description = strdup(v->details)))
			goto oom;
		for (size_t k = 0; k < v->refs.count && f.references.count < REFS_PER_FINDING; k++)
			if (dd_strv_push_unique(&f.references, v->refs.items[k]))
				goto oom;
	}

	/* none of their own (Alpine secdb): the record that rated or titled the CVE */
	if (!f.description && !f.references.count && title_rec && title_rec->has_detail) {
		if (title_rec->details && !(f.description = strdup(title_rec->details)))
			goto oom;
		for (size_t k = 0; k < title_rec->refs.count && k < REFS_PER_FINDING; k++)
			if (dd_strv_push_unique(&f.references, title_rec->refs.items[k]))
				goto oom;
	}

	if (fixed) {
		f.status = DD_STATUS_FIXED;
		if (!(f.fixed_version = strdup(fixed)))
			goto oom;
	} else {
		f.status = status == DD_ADV_WILL_NOT_FIX ? DD_STATUS_WILL_NOT_FIX
			: status == DD_ADV_END_OF_LIFE ? DD_STATUS_END_OF_LIFE : DD_STATUS_AFFECTED;
	}
	f.kev = in_kev(m, &cves);
	if ((p->type && !(f.pkg_type = strdup(p->type))) || (p->name && !(f.pkg_name = strdup(p->name))) ||
	    (p->version && !(f.pkg_version = strdup(p->version))) || (p->path && !(f.pkg_path = strdup(p->path))) ||
	    (p->purl && !(f.pkg_purl = strdup(p->purl))) || (p->layer && !(f.layer = strdup(p->layer))))
		goto oom;
	rc = dd_report_take_finding(r, &f);
	goto cleanup;
oom:
	rc = dd_error_oom();
cleanup:
	dd_finding_clear(&f);
	dd_strv_free(&ids);
	dd_strv_free(&cves);
	return rc;
}

/* All findings of one package: hits[0..n) are its hits. */
static int package_findings(dd_matcher *m, dd_report *r, const dd_package *p, const dd_hit *hits, size_t n,
	vrec *recs, size_t n_recs)
{
	sub *subs = NULL;
	size_t n_subs = 0, cap = 0;
	idrefs refs = { 0 };
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		const vrec *v = find_rec(recs, n_recs, hits[i].vuln);
		if (!v)
			continue;
		size_t parts = 1;
		if (v->flags & DD_ADV_FANOUT) {
			parts = 0;
			for (const char *q = v->ids; q && *q; q++)
				parts += *q == '\n';
			parts += v->ids && *v->ids;
		}
		if (n_subs + parts > cap) {
			size_t nc = (n_subs + parts) * 2;
			sub *ns = realloc(subs, nc * sizeof(*ns));
			if (!ns) {
				rc = dd_error_oom();
				goto cleanup;
			}
			subs = ns;
			cap = nc;
		}
		if (!(v->flags & DD_ADV_FANOUT)) {
			subs[n_subs] = (sub){ &hits[i], v, NULL, 0, n_subs };
			n_subs++;
			continue;
		}
		/* fanout: ids are '\n'-separated CVEs, one sub each */
		for (const char *q = v->ids; q && *q;) {
			size_t len = strcspn(q, "\n");
			if (len) {
				subs[n_subs] = (sub){ &hits[i], v, q, len, n_subs };
				n_subs++;
			}
			q += len;
			if (*q)
				q++;
		}
	}
	for (size_t i = 0; i < n_subs; i++) {
		refs.cur = i;
		if ((rc = each_id(&subs[i], push_idref, &refs)) != 0)
			goto cleanup;
	}
	if (refs.n > 1)
		qsort(refs.v, refs.n, sizeof(*refs.v), cmp_idref);
	for (size_t i = 1; i < refs.n; i++)
		if (!cmp_idref(&refs.v[i - 1], &refs.v[i])) {
			size_t a = find_root(subs, refs.v[i - 1].sub), b = find_root(subs, refs.v[i].sub);
			if (a != b)
				subs[a > b ? a : b].parent = a < b ? a : b;
		}
	for (size_t i = 0; i < n_subs && !rc; i++)
		if (find_root(subs, i) == i)
			rc = group_finding(m, r, p, subs, n_subs, i);
cleanup:
	free(refs.v);
	free(subs);
	return rc;
}

int dd_match_findings(dd_matcher *m, dd_report *r, dd_hit *hits, size_t n)
{
	int64_t *ids = NULL;
	vrec *recs = NULL;
	size_t n_ids = 0, n_recs = 0;
	int rc = 0;
	if (!n)
		return 0;
	if (!m->kev_loaded && (rc = load_kev(m)) != 0)
		return rc;
	if (!(ids = malloc(n * sizeof(*ids))) || !(m->aliases = calloc(1, sizeof(*m->aliases)))) {
		free(ids);
		return dd_error_oom();
	}
	for (size_t i = 0; i < n; i++)
		ids[i] = hits[i].vuln;
	qsort(ids, n, sizeof(*ids), cmp_i64);
	for (size_t i = 0; i < n; i++)
		if (!n_ids || ids[n_ids - 1] != ids[i])
			ids[n_ids++] = ids[i];
	if (!(recs = calloc(n_ids, sizeof(*recs)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (; n_recs < n_ids; n_recs++)
		if ((rc = load_record(m, ids[n_recs], &recs[n_recs])) != 0) {
			n_recs++;
			goto cleanup;
		}
	for (size_t i = 0; i < n && !rc;) {
		size_t j = i + 1;
		while (j < n && hits[j].pkg == hits[i].pkg)
			j++;
		rc = package_findings(m, r, &r->packages[hits[i].pkg], &hits[i], j - i, recs, n_recs);
		i = j;
	}
cleanup:
	for (size_t i = 0; i < n_recs; i++)
		vrec_free(&recs[i]);
	memo_free(m->aliases);
	m->aliases = NULL;
	free(recs);
	free(ids);
	return rc;
}

static int fill_db_meta(dd_matcher *m, dd_report *r)
{
	sqlite3_stmt *s = NULL;
	free(r->db_built_at);
	r->db_built_at = dd_vdb_meta_get(m->db, "built_at");
	if (sqlite3_prepare_v2(dd_vdb_sqlite(m->db), "SELECT name FROM source s WHERE EXISTS"
		" (SELECT 1 FROM stats t WHERE t.source = s.id) ORDER BY name", -1, &s, NULL) != SQLITE_OK)
		return dd_error_set(DD_ENODB, "advisory DB %s: %s", dd_vdb_path(m->db), sqlite3_errmsg(dd_vdb_sqlite(m->db)));
	int rc = 0;
	while (!rc && sqlite3_step(s) == SQLITE_ROW)
		rc = dd_strv_push_unique(&r->db_sources, (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	if (!rc && sqlite3_prepare_v2(dd_vdb_sqlite(m->db), "SELECT count(*) FROM kev", -1, &s, NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int64(s, 0) > 0)
			rc = dd_strv_push_unique(&r->db_sources, "cisa-kev");
		sqlite3_finalize(s);
	}
	return rc ? dd_error_oom() : 0;
}

int dd_vuln_match_with(dd_report *r, dd_matcher *m)
{
	int rc = fill_db_meta(m, r);
	return rc ? rc : dd_matcher_run(m, r);
}

int dd_vuln_match_report(dd_report *r, const char *db_path)
{
	dd_matcher *m = NULL;
	int rc = dd_matcher_open(&m, db_path);
	if (rc)
		return rc == DD_ENODB ? rc : dd_error_set(DD_ENODB, "%s", dd_error_last());
	rc = dd_vuln_match_with(r, m);
	dd_matcher_close(m);
	return rc;
}
