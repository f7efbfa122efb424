/*
 * Vulnerability matching (match.h): the report's packages against the
 * advisory DB.
 *
 * Flow: every package gives one or more lookup keys (ecosystem id, name):
 * its source package in the release ecosystem for distro packages, its
 * normalized name in the language ecosystem otherwise. Keys are sorted and
 * each distinct key is looked up once (one indexed range scan of
 * `affected`); each row's ranges are evaluated with the ecosystem's
 * comparator. The records that matched are then read once each, and the
 * matches of one package are merged into one finding per vulnerability:
 * records whose ids overlap (a CVE, the GHSA that aliases it, the
 * DEBIAN-CVE whose upstream it is) are one vulnerability.
 *
 * The one idea: the report never says "no vulnerabilities" about packages
 * it could not check. A distro release without data in the DB, a language
 * ecosystem without data, versions a comparator refuses: each adds a note
 * and marks the report incomplete.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/cvss.h"
#include "vuln/db.h"
#include "vuln/ecosystem.h"
#include "vuln/match.h"
#include "vuln/match_internal.h"
#include "vuln/range.h"
#include "vuln/version.h"

#define KEYS_PER_PKG 2
#define NOTE_NAMES_MAX 5

typedef struct key {
	size_t eco;               /* index into ecos */
	const char *name;
	size_t pkg;
} key;

static int cmp_key(const void *pa, const void *pb)
{
	const key *a = pa, *b = pb;
	if (a->eco != b->eco)
		return a->eco < b->eco ? -1 : 1;
	int r = strcmp(a->name, b->name);
	if (r)
		return r;
	return a->pkg < b->pkg ? -1 : a->pkg > b->pkg;
}

static int eco_slot_for(dd_matcher *m, const char *name, bool os)
{
	for (size_t i = 0; i < m->n_ecos; i++)
		if (!strcmp(m->ecos[i].name, name))
			return (int)i;
	if (m->n_ecos == sizeof(m->ecos) / sizeof(*m->ecos))
		return -1;
	dd_eco_slot *e = &m->ecos[m->n_ecos];
	memset(e, 0, sizeof(*e));
	snprintf(e->name, sizeof(e->name), "%s", name);
	e->id = dd_vdb_ecosystem_id(m->db, name);
	e->scheme = dd_version_scheme_for(name);
	e->os = os;
	/* SEMVER ranges compare as SemVer 2.0; ecosystems whose own order is
	 * SemVer-like (npm, Go, crates.io) keep their own comparator */
	e->semver = e->scheme && (!strcmp(e->scheme->name, "semver") || !strcmp(e->scheme->name, "go")) ? e->scheme
		: m->semver;
	return (int)m->n_ecos++;
}

int dd_matcher_open(dd_matcher **out, const char *db_path)
{
	dd_matcher *m = calloc(1, sizeof(*m));
	int rc;
	*out = NULL;
	if (!m)
		return dd_error_oom();
	if ((rc = dd_vdb_open(&m->db, db_path, DD_VDB_READ)) != 0) {
		free(m);
		return rc;
	}
	sqlite3 *h = dd_vdb_sqlite(m->db);
	if (sqlite3_prepare_v3(h, "SELECT vuln, status, vsev, ranges FROM affected WHERE eco = ?1 AND pkg = ?2", -1,
		SQLITE_PREPARE_PERSISTENT, &m->q_aff, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v3(h, "SELECT rid, vid, ids, title, vsev, vsev_src, cvss, score, cvss_ver, flags, detail"
		" FROM vuln WHERE id = ?1", -1, SQLITE_PREPARE_PERSISTENT, &m->q_vuln, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v3(h, "SELECT v.rid, v.vid, v.title, v.vsev, v.vsev_src, v.cvss, v.score, v.cvss_ver, v.detail"
		" FROM sev_alias a JOIN vuln v ON v.id = a.vuln WHERE a.cve = ?1 LIMIT 16", -1,
		SQLITE_PREPARE_PERSISTENT, &m->q_sev, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v3(h, "SELECT cve FROM kev ORDER BY cve", -1, SQLITE_PREPARE_PERSISTENT, &m->q_kev, NULL)
		!= SQLITE_OK) {
		rc = dd_error_set(DD_ENODB, "advisory DB %s: %s", db_path, sqlite3_errmsg(h));
		dd_matcher_close(m);
		return rc;
	}
	m->semver = dd_version_scheme_for("npm");
	*out = m;
	return 0;
}

void dd_matcher_close(dd_matcher *m)
{
	if (!m)
		return;
	sqlite3_finalize(m->q_aff);
	sqlite3_finalize(m->q_vuln);
	sqlite3_finalize(m->q_sev);
	sqlite3_finalize(m->q_kev);
	dd_vdb_close(m->db);
	for (size_t i = 0; i < m->n_kev; i++)
		free(m->kev[i]);
	free(m->kev);
	free(m);
}

/* ---- per package: which names in which ecosystem ---- */

typedef struct pkg_ctx {
	const char *version;       /* what the comparator sees */
	char vbuf[DD_ADV_VERSION_MAX + 4];
	char names[KEYS_PER_PKG][DD_ADV_NAME_MAX + 1];
	size_t n_names;
	int eco[DD_ECO_CANDIDATES_MAX];
	size_t n_eco;
	bool os;
} pkg_ctx;

/* Maven coordinates: "group:artifact", from the name or the purl. */
static void maven_name(const dd_package *p, char *out, size_t cap)
{
	if (strchr(p->name, ':') || !p->purl || strncmp(p->purl, "pkg:maven/", 10)) {
		snprintf(out, cap, "%s", p->name);
		return;
	}
	const char *ns = p->purl + 10, *slash = strchr(ns, '/');
	if (!slash) {
		snprintf(out, cap, "%s", p->name);
		return;
	}
	const char *nm = slash + 1;
	size_t nl = strcspn(nm, "@?#");
	snprintf(out, cap, "%.*s:%.*s", (int)(slash - ns), ns, (int)nl, nm);
}

static void add_name(pkg_ctx *c, const char *eco, const char *name)
{
	if (!name || !*name || c->n_names >= KEYS_PER_PKG)
		return;
	char norm[DD_ADV_NAME_MAX + 1];
	if (!dd_adv_normalize_name(eco, name, norm, sizeof(norm)))
		return;
	for (size_t i = 0; i < c->n_names; i++)
		if (!strcmp(c->names[i], norm))
			return;
	memcpy(c->names[c->n_names++], norm, strlen(norm) + 1);
}

/* Go: the comparator speaks module versions ("v1.2.3"); OSV writes "1.2.3",
 * and the toolchain reports the standard library as "go1.21.3". */
static const char *go_version(const char *v, char *buf, size_t cap)
{
	if (!strncmp(v, "go", 2))
		v += 2;
	if (*v == 'v')
		return v;
	snprintf(buf, cap, "v%s", v);
	return buf;
}

/* ---- matches ---- */

typedef struct hits {
	dd_hit *v;
	size_t n, cap;
} hits;

static int push_hit(hits *h, const dd_hit *x)
{
	if (h->n == h->cap) {
		size_t nc = h->cap ? h->cap * 2 : 64;
		dd_hit *nv = realloc(h->v, nc * sizeof(*nv));
		if (!nv)
			return dd_error_oom();
		h->v = nv;
		h->cap = nc;
	}
	h->v[h->n++] = *x;
	return 0;
}

static int lookup(dd_matcher *m, const key *k, size_t nk, pkg_ctx *ctx, hits *out)
{
	dd_eco_slot *e = &m->ecos[k[0].eco];
	sqlite3_stmt *q = m->q_aff;
	int rc = 0;
	/* packages of one name often share a version (the Go standard library
	 * of every Go binary, one jar vendored many times): each row's ranges
	 * are evaluated once per distinct version, the rest copy the result */
	size_t same_stack[64], *same = nk <= 64 ? same_stack : malloc(nk * sizeof(*same));
	dd_range_result res_stack[64], *res = nk <= 64 ? res_stack : malloc(nk * sizeof(*res));
	if (!same || !res) {
		rc = dd_error_oom();
		goto out;
	}
	for (size_t i = 0; i < nk; i++) {
		same[i] = i;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(ctx[k[j].pkg].version, ctx[k[i].pkg].version)) {
				same[i] = j;
				break;
			}
	}
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, e->id);
	sqlite3_bind_text(q, 2, k[0].name, -1, SQLITE_STATIC);
	int step;
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		int64_t vuln = sqlite3_column_int64(q, 0);
		int status = sqlite3_column_int(q, 1);
		int vsev = sqlite3_column_type(q, 2) == SQLITE_NULL ? -1 : sqlite3_column_int(q, 2);
		const char *blob = sqlite3_column_blob(q, 3);
		size_t len = (size_t)sqlite3_column_bytes(q, 3);
		for (size_t i = 0; i < nk; i++) {
			pkg_ctx *c = &ctx[k[i].pkg];
			dd_hit h = { .pkg = k[i].pkg, .vuln = vuln, .status = status, .vsev = vsev, .eco = k[0].eco };
			if (status == DD_ADV_NOT_AFFECTED) {
				h.not_affected = true;
			} else {
				/* versions were validated with the keys: only memory can fail here */
				if (same[i] != i)
					res[i] = res[same[i]];
				else if ((rc = dd_range_eval(e->scheme, e->semver, c->version, blob, len, &res[i])) != 0)
					goto out;
				if (!res[i].affected)
					continue;
				if (res[i].fixed && !(h.fixed = strndup(res[i].fixed, res[i].fixed_len))) {
					rc = dd_error_oom();
					goto out;
				}
			}
			if ((rc = push_hit(out, &h)) != 0) {
				free(h.fixed);
				goto out;
			}
		}
	}
	if (step != SQLITE_DONE)
		rc = dd_error_set(DD_ENODB, "advisory DB %s: %s", dd_vdb_path(m->db), sqlite3_errmsg(dd_vdb_sqlite(m->db)));
out:
	sqlite3_reset(q);
	if (same != same_stack)
		free(same);
	if (res != res_stack)
		free(res);
	return rc;
}

/* The keys of every package; ecosystems without data are counted. */
static int collect_keys(dd_matcher *m, const dd_report *r, pkg_ctx *ctx, key **out, size_t *nout,
	const int *os_eco, size_t n_os)
{
	key *keys = calloc(r->n_packages * KEYS_PER_PKG * DD_ECO_CANDIDATES_MAX + 1, sizeof(*keys));
	size_t n = 0;
	if (!keys)
		return dd_error_oom();
	for (size_t i = 0; i < r->n_packages; i++) {
		const dd_package *p = &r->packages[i];
		pkg_ctx *c = &ctx[i];
		if (!p->type || !p->name || !p->version)
			continue;
		c->os = dd_eco_is_os_type(p->type);
		if (c->os) {
			/* distro advisories are written against source packages and
			 * their versions (a binNMU'd binary has its own version) */
			bool deb = !strcmp(p->type, "deb");
			c->version = deb && p->source_version ? p->source_version : p->version;
			for (size_t k = 0; k < n_os; k++)
				c->eco[c->n_eco++] = os_eco[k];
			const char *eco_name = n_os ? m->ecos[os_eco[0]].name : "";
			if (!strcmp(p->type, "rpm")) {
				/* AlmaLinux/Rocky OSV name binary rpms; source rpm as a fallback */
				add_name(c, eco_name, p->name);
				add_name(c, eco_name, p->source_name);
			} else {
				add_name(c, eco_name, p->source_name ? p->source_name : p->name);
			}
			if (!n_os)
				continue;
		} else {
			const char *eco = dd_eco_for_purl_type(p->type);
			if (!eco)
				continue;
			int slot = eco_slot_for(m, eco, false);
			if (slot < 0)
				continue;
			c->eco[c->n_eco++] = slot;
			c->version = p->version;
			if (!strcmp(p->type, "golang"))
				c->version = go_version(p->version, c->vbuf, sizeof(c->vbuf));
			if (!strcmp(p->type, "maven")) {
				char mv[DD_ADV_NAME_MAX + 1];
				maven_name(p, mv, sizeof(mv));
				add_name(c, eco, mv);
			} else {
				add_name(c, eco, p->name);
			}
			if (!m->ecos[slot].id) {
				m->ecos[slot].unmatched++;
				continue;
			}
		}
		for (size_t e = 0; e < c->n_eco; e++) {
			dd_eco_slot *es = &m->ecos[c->eco[e]];
			if (!es->id)
				continue;
			if (!es->scheme) {
				es->no_scheme++;
				continue;
			}
			/* what the package manager installed is a version: compare it
			 * as the package manager does (apk 2.x installed libretls
			 * 3.3.3p1-r3, which the strict grammar refuses); the strict
			 * grammar is for application versions, written by people */
			int self = 0;
			bool ok = c->os ? es->scheme->compare(c->version, c->version, &self) == 0
					: !es->scheme->valid || es->scheme->valid(c->version);
			if (!ok) {
				es->bad_versions++;
				continue;
			}
			for (size_t k = 0; k < c->n_names; k++)
				keys[n++] = (key){ c->eco[e], c->names[k], i };
		}
	}
	qsort(keys, n, sizeof(*keys), cmp_key);
	*out = keys;
	*nout = n;
	return 0;
}

static int cmp_hit(const void *pa, const void *pb)
{
	const dd_hit *a = pa, *b = pb;
	if (a->pkg != b->pkg)
		return a->pkg < b->pkg ? -1 : 1;
	if (a->vuln != b->vuln)
		return a->vuln < b->vuln ? -1 : 1;
	return 0;
}

/* Several rows of one record for one package (two ranges entries, or the
 * binary and the source rpm name): one hit, the lowest fix. */
static void merge_same_vuln(dd_matcher *m, hits *h)
{
	size_t o = 0;
	for (size_t i = 0; i < h->n; i++) {
		if (o && h->v[o - 1].pkg == h->v[i].pkg && h->v[o - 1].vuln == h->v[i].vuln) {
			dd_hit *a = &h->v[o - 1], *b = &h->v[i];
			a->not_affected |= b->not_affected;
			if (b->vsev > a->vsev)
				a->vsev = b->vsev;
			if (b->status > a->status)
				a->status = b->status;
			if (b->fixed) {
				const dd_version_scheme *s = m->ecos[a->eco].scheme;
				int r = 0;
				if (!a->fixed || (s->compare(b->fixed, a->fixed, &r) == 0 && r < 0)) {
					free(a->fixed);
					a->fixed = b->fixed;
					b->fixed = NULL;
				}
			}
			free(b->fixed);
			continue;
		}
		h->v[o++] = h->v[i];
	}
	h->n = o;
}

/*
 * What the notes below (and dd_scan's note for a DB it could not open) say,
 * as fixed fragments: dd_report_rematch drops the notes of the old match
 * from a stored report by these. Keep them in step with the formats here
 * and in vuln/db.c.
 */
static const char *const match_note_starts[] = {
	"the advisory DB has no ",              /* ecosystem or release without data */
	"no version comparator for ",
	"the OS could not be identified: ",
	"drydock has no advisory source for ",
	"advisory DB ",                         /* DD_ENODB messages of vuln/db.c */
	"cannot open advisory DB ",
	NULL
};
static const char *const match_note_parts[] = {
	" comparator refuses; they were not checked",
	" advisories (binary-compatible rebuilds)",
	" not a drydock advisory DB",
	NULL
};

bool dd_vuln_note_from_match(const char *note)
{
	for (size_t i = 0; match_note_starts[i]; i++)
		if (dd_starts_with(note, match_note_starts[i]))
			return true;
	for (size_t i = 0; match_note_parts[i]; i++)
		if (strstr(note, match_note_parts[i]))
			return true;
	return false;
}

static void note_gaps(dd_matcher *m, dd_report *r)
{
	for (size_t i = 0; i < m->n_ecos; i++) {
		dd_eco_slot *e = &m->ecos[i];
		if (e->unmatched && !e->os)
			dd_report_note(r, true, "the advisory DB has no %s advisories: %zu %s packages were not checked for "
				"vulnerabilities (import them, e.g. osv.dev's %s/all.zip)", e->name, e->unmatched, e->name, e->name);
		if (e->no_scheme)
			dd_report_note(r, true, "no version comparator for %s in this build: %zu packages were not checked",
				e->name, e->no_scheme);
		if (e->bad_versions)
			dd_report_note(r, true, "%zu %s packages have versions the %s comparator refuses; they were not checked",
				e->bad_versions, e->name, e->scheme ? e->scheme->name : "?");
	}
}

int dd_matcher_run(dd_matcher *m, dd_report *r)
{
	pkg_ctx *ctx = NULL;
	key *keys = NULL;
	size_t nk = 0, n_os_pkgs = 0;
	hits h = { 0 };
	int os_eco[DD_ECO_CANDIDATES_MAX];
	size_t n_os = 0;
	int rc = 0;

	/* a pooled matcher served another report before: its per-ecosystem
	 * counters (what was left unchecked) are this report's alone */
	m->n_ecos = 0;
	for (size_t i = 0; i < r->n_packages; i++)
		if (dd_eco_is_os_type(r->packages[i].type))
			n_os_pkgs++;
	/* the release ecosystems of this image, the ones the DB has data for */
	if (n_os_pkgs) {
		char cand[DD_ECO_CANDIDATES_MAX][DD_ECO_NAME_MAX];
		const char *via = NULL;
		size_t nc = dd_eco_for_os(r->os_family, r->os_version, cand, DD_ECO_CANDIDATES_MAX, &via);
		for (size_t i = 0; i < nc; i++) {
			int slot = eco_slot_for(m, cand[i], true);
			if (slot >= 0 && m->ecos[slot].id)
				os_eco[n_os++] = slot;
		}
		if (!r->os_family)
			dd_report_note(r, true, "the OS could not be identified: %zu OS packages were not checked for vulnerabilities",
				n_os_pkgs);
		else if (!nc)
			dd_report_note(r, true, "drydock has no advisory source for %s %s: %zu OS packages were not checked for "
				"vulnerabilities", r->os_family, r->os_version ? r->os_version : "", n_os_pkgs);
		else if (!n_os)
			dd_report_note(r, true, "the advisory DB has no data for %s (%s %s): %zu OS packages were not checked for "
				"vulnerabilities; update or import that release's advisories", cand[0], r->os_family,
				r->os_version ? r->os_version : "", n_os_pkgs);
		else if (via)
			dd_report_note(r, false, "%s %s packages were matched against %s advisories (binary-compatible rebuilds)",
				r->os_family, r->os_version, via);
	}
	if (!(ctx = calloc(r->n_packages + 1, sizeof(*ctx))))
		return dd_error_oom();
	/* one read transaction: one shared lock for every lookup, not one each */
	sqlite3_exec(dd_vdb_sqlite(m->db), "BEGIN", NULL, NULL, NULL);
	if ((rc = collect_keys(m, r, ctx, &keys, &nk, os_eco, n_os)) != 0)
		goto cleanup;
	for (size_t i = 0; i < nk;) {
		size_t j = i + 1;
		while (j < nk && keys[j].eco == keys[i].eco && !strcmp(keys[j].name, keys[i].name))
			j++;
		if ((rc = dd_cancel_check()) != 0 || (rc = lookup(m, &keys[i], j - i, ctx, &h)) != 0)
			goto cleanup;
		i = j;
	}
	if (h.n > 1)
		qsort(h.v, h.n, sizeof(*h.v), cmp_hit);
	merge_same_vuln(m, &h);
	rc = dd_match_findings(m, r, h.v, h.n);
	note_gaps(m, r);
cleanup:
	sqlite3_exec(dd_vdb_sqlite(m->db), "COMMIT", NULL, NULL, NULL);
	for (size_t i = 0; i < h.n; i++)
		free(h.v[i].fixed);
	free(h.v);
	free(keys);
	free(ctx);
	return rc;
}
