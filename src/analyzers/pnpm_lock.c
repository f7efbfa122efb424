/*
 * pnpm lock analyzer: pnpm-lock.yaml, lockfile versions 5.x, 6.x and 9.x
 * (one or several YAML documents).
 *
 * The one idea: every version lists resolved packages in a "packages" map,
 * only the key format changes: "/name/1.0.0_peer" (v5), "/name@1.0.0(peer)"
 * (v6), "name@1.0.0" (v9). Packages from tarballs carry explicit name and
 * version fields; local directories and git checkouts are not registry
 * packages and are skipped. v5/v6 mark dev-only packages with "dev: true";
 * v9 dropped that flag, so dev-ness is recomputed the way pnpm does it: a
 * walk of the "snapshots" dependency graph from each importer's dependencies
 * and optionalDependencies marks production packages, a walk from
 * devDependencies marks the rest that it reaches as dev. A v9 package no
 * importer reaches (the package manager's own "env" document) is not
 * installed and not reported.
 *
 * YAML anchors can make a small file describe a huge graph, so the walk has
 * a visit budget.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "analyzers/textdb.h"
#include "util/error.h"

#define VISIT_BUDGET 20000000u
#define MAX_DOCUMENTS 64

typedef struct walkctx {
	yaml_document_t *doc;
	size_t visits;
	bool over_budget;
} walkctx;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_path_has_basename(path, "pnpm-lock.yaml") &&
		!strstr(path, "node_modules/");
}

static yaml_node_t *node(walkctx *w, int idx)
{
	return yaml_document_get_node(w->doc, idx);
}

static bool scalar(const yaml_node_t *n, dd_slice *out)
{
	if (!n || n->type != YAML_SCALAR_NODE)
		return false;
	out->p = (const char *)n->data.scalar.value;
	out->n = n->data.scalar.length;
	return true;
}

static bool spend(walkctx *w)
{
	if (++w->visits > VISIT_BUDGET) {
		w->over_budget = true;
		return false;
	}
	return true;
}

static yaml_node_t *map_get(walkctx *w, const yaml_node_t *m, const char *key)
{
	if (!m || m->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
		dd_slice k;
		if (!spend(w))
			return NULL;
		if (scalar(node(w, p->key), &k) && dd_textdb_eq(k, key, false))
			return node(w, p->value);
	}
	return NULL;
}

/* "name@ref" with name possibly "@scope/x": splits at the first '@' after
 * the first byte. */
static bool split_at(dd_slice s, dd_slice *name, dd_slice *ref)
{
	if (s.n < 2)
		return false;
	const char *at = memchr(s.p + 1, '@', s.n - 1);
	if (!at)
		return false;
	*name = (dd_slice){ s.p, (size_t)(at - s.p) };
	*ref = (dd_slice){ at + 1, s.n - name->n - 1 };
	return name->n && ref->n;
}

static dd_slice strip_peers(dd_slice s)
{
	const char *paren = memchr(s.p, '(', s.n);
	if (paren)
		s.n = (size_t)(paren - s.p);
	return s;
}

static bool starts_digit(dd_slice s)
{
	return s.n && s.p[0] >= '0' && s.p[0] <= '9';
}

/* A local folder or a git checkout: not a package with a registry version. */
static bool local_or_git(walkctx *w, const yaml_node_t *pkg)
{
	yaml_node_t *res = map_get(w, pkg, "resolution");
	dd_slice t;
	if (map_get(w, res, "directory") || map_get(w, res, "repo"))
		return true;
	if (scalar(map_get(w, res, "type"), &t) && (dd_textdb_eq(t, "directory", false) || dd_textdb_eq(t, "git", false)))
		return true;
	return false;
}

/*
 * Name and version of one "packages" entry. Keys: "/name/1.0.0_peers" (v5),
 * "/name@1.0.0(peers)" (v6), "name@1.0.0" (v9), or any of these with a URL
 * or file: reference instead of a version, in which case the entry holds
 * "name"/"version" (v5, v6) or "version" (v9).
 */
static bool entry_name_version(walkctx *w, int major, dd_slice key, const yaml_node_t *pkg,
	dd_slice *name, dd_slice *version)
{
	dd_slice fname, fversion;
	bool has_name = scalar(map_get(w, pkg, "name"), &fname);
	bool has_version = scalar(map_get(w, pkg, "version"), &fversion);
	if (local_or_git(w, pkg))
		return false;
	if (has_name && has_version) {
		*name = fname;
		*version = fversion;
		return true;
	}
	if (key.n && key.p[0] == '/') {
		key.p++;
		key.n--;
	}
	if (major < 6) {
		/* v5: name/version, the peer suffix after '_' */
		const char *slash = NULL;
		for (size_t i = key.n; i > 0; i--)
			if (key.p[i - 1] == '/') {
				slash = key.p + i - 1;
				break;
			}
		if (!slash || slash == key.p)
			return false;
		*name = (dd_slice){ key.p, (size_t)(slash - key.p) };
		*version = (dd_slice){ slash + 1, key.n - name->n - 1 };
		const char *us = memchr(version->p, '_', version->n);
		if (us)
			version->n = (size_t)(us - version->p);
		return starts_digit(*version);
	}
	dd_slice ref;
	if (!split_at(key, name, &ref))
		return false;
	ref = strip_peers(ref);
	if (starts_digit(ref)) {
		*version = ref;
		return true;
	}
	if (has_version) {
		*version = fversion;
		return true;
	}
	return false;
}

/* ---- v9: reachability over snapshots ---- */

typedef struct snap {
	dd_slice key;          /* "name@1.0.0(peers)" */
	dd_slice base;         /* "name@1.0.0" */
	yaml_node_t *node;
	unsigned char mark;    /* 1 prod, 2 dev */
} snap;

typedef struct graph {
	snap *s;
	size_t n;
	size_t *queue;
	size_t qn, qcap;
} graph;

static int cmp_slice(dd_slice a, dd_slice b)
{
	int c = memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);
	return c ? c : (a.n < b.n ? -1 : a.n > b.n);
}

static int cmp_snap(const void *x, const void *y)
{
	return cmp_slice(((const snap *)x)->key, ((const snap *)y)->key);
}

static snap *find_snap(graph *g, dd_slice key)
{
	size_t lo = 0, hi = g->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_slice(g->s[mid].key, key);
		if (!c)
			return &g->s[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The snapshot a dependency "name: ref" points to. ref is a version (with
 * peers), an alias "real@1.0.0", a URL/file: reference or "link:dir". */
static snap *resolve_dep(graph *g, dd_slice name, dd_slice ref, char *scratch, size_t cap)
{
	dd_slice key;
	dd_slice an, ar;
	if (ref.n >= 5 && !memcmp(ref.p, "link:", 5))
		return NULL;
	if (!starts_digit(ref) && !memmem(ref.p, ref.n, "://", 3) && split_at(ref, &an, &ar) &&
	    !memchr(an.p, ':', an.n)) {
		key = ref;
	} else {
		if (name.n + 1 + ref.n > cap)
			return NULL;
		memcpy(scratch, name.p, name.n);
		scratch[name.n] = '@';
		memcpy(scratch + name.n + 1, ref.p, ref.n);
		key = (dd_slice){ scratch, name.n + 1 + ref.n };
	}
	return find_snap(g, key);
}

static int enqueue(graph *g, snap *s, unsigned char mark)
{
	if (s->mark == 1 || s->mark == mark)
		return 0;
	s->mark = mark;
	if (g->qn == g->qcap) {
		size_t cap = g->qcap ? g->qcap * 2 : 256;
		size_t *q = realloc(g->queue, cap * sizeof(*q));
		if (!q)
			return dd_error_oom();
		g->queue = q;
		g->qcap = cap;
	}
	g->queue[g->qn++] = (size_t)(s - g->s);
	return 0;
}

static int mark_deps(walkctx *w, graph *g, const yaml_node_t *deps, unsigned char mark, char *scratch, size_t cap)
{
	if (!deps || deps->type != YAML_MAPPING_NODE)
		return 0;
	for (yaml_node_pair_t *p = deps->data.mapping.pairs.start; p < deps->data.mapping.pairs.top; p++) {
		dd_slice name, ref;
		if (!spend(w))
			return 0;
		yaml_node_t *v = node(w, p->value);
		if (!scalar(node(w, p->key), &name))
			continue;
		/* importers write {specifier, version}; snapshots the bare ref */
		if (!scalar(v, &ref) && !scalar(map_get(w, v, "version"), &ref))
			continue;
		snap *s = resolve_dep(g, name, ref, scratch, cap);
		int rc;
		if (s && (rc = enqueue(g, s, mark)) != 0)
			return rc;
	}
	return 0;
}

static int walk_from(walkctx *w, graph *g, unsigned char mark, char *scratch, size_t cap)
{
	int rc;
	/* the queue holds what the importers seeded; grow it breadth first */
	for (size_t i = 0; i < g->qn && !w->over_budget; i++) {
		snap *s = &g->s[g->queue[i]];
		if (s->mark != mark)
			continue;   /* upgraded to prod by a later walk */
		if ((rc = mark_deps(w, g, map_get(w, s->node, "dependencies"), mark, scratch, cap)) != 0 ||
		    (rc = mark_deps(w, g, map_get(w, s->node, "optionalDependencies"), mark, scratch, cap)) != 0)
			return rc;
	}
	g->qn = 0;
	return 0;
}

static int build_graph(walkctx *w, graph *g, const yaml_node_t *root)
{
	yaml_node_t *snaps = map_get(w, root, "snapshots");
	if (!snaps || snaps->type != YAML_MAPPING_NODE)
		return 0;
	size_t n = (size_t)(snaps->data.mapping.pairs.top - snaps->data.mapping.pairs.start);
	if (!n)
		return 0;
	if (!(g->s = calloc(n, sizeof(*g->s))))
		return dd_error_oom();
	for (yaml_node_pair_t *p = snaps->data.mapping.pairs.start; p < snaps->data.mapping.pairs.top; p++) {
		dd_slice k;
		if (!scalar(node(w, p->key), &k))
			continue;
		g->s[g->n++] = (snap){ k, strip_peers(k), node(w, p->value), 0 };
	}
	qsort(g->s, g->n, sizeof(*g->s), cmp_snap);
	return 0;
}

/* mark of a package "name@version" key: the strongest among its snapshots */
static unsigned char package_mark(graph *g, dd_slice pkgkey)
{
	/* snapshots of one package sort together: "a@1.0.0" < "a@1.0.0(" */
	size_t lo = 0, hi = g->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_slice(g->s[mid].key, pkgkey) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	unsigned char m = 0;
	for (size_t i = lo; i < g->n && g->s[i].key.n >= pkgkey.n && !memcmp(g->s[i].key.p, pkgkey.p, pkgkey.n); i++) {
		if (cmp_slice(g->s[i].base, pkgkey))
			continue;
		if (g->s[i].mark == 1)
			return 1;
		if (g->s[i].mark)
			m = g->s[i].mark;
	}
	return m;
}

static int seed_importers(walkctx *w, graph *g, const yaml_node_t *root, const char *field, unsigned char mark,
	char *scratch, size_t cap)
{
	yaml_node_t *imps = map_get(w, root, "importers");
	int rc;
	if (!imps || imps->type != YAML_MAPPING_NODE) {
		/* a single-project v9 file may keep them at the top level */
		return mark_deps(w, g, map_get(w, root, field), mark, scratch, cap);
	}
	for (yaml_node_pair_t *p = imps->data.mapping.pairs.start; p < imps->data.mapping.pairs.top; p++) {
		if (!spend(w))
			return 0;
		if ((rc = mark_deps(w, g, map_get(w, node(w, p->value), field), mark, scratch, cap)) != 0)
			return rc;
	}
	return 0;
}

static int one_document(walkctx *w, dd_app_list *l, const yaml_node_t *root)
{
	if (!root || root->type != YAML_MAPPING_NODE)
		return 0;
	dd_slice ver;
	int major = 5;
	if (scalar(map_get(w, root, "lockfileVersion"), &ver) && ver.n) {
		major = 0;
		for (size_t i = 0; i < ver.n && ver.p[i] >= '0' && ver.p[i] <= '9' && major < 1000; i++)
			major = major * 10 + (ver.p[i] - '0');
	}
	yaml_node_t *pkgs = map_get(w, root, "packages");
	if (!pkgs || pkgs->type != YAML_MAPPING_NODE)
		return 0;
	graph g = { 0 };
	char scratch[4096];
	int rc = 0;
	bool reach = false;
	if (major >= 9) {
		if ((rc = build_graph(w, &g, root)) != 0)
			goto out;
		reach = g.n > 0;
		if (reach) {
			if ((rc = seed_importers(w, &g, root, "dependencies", 1, scratch, sizeof(scratch))) != 0 ||
			    (rc = seed_importers(w, &g, root, "optionalDependencies", 1, scratch, sizeof(scratch))) != 0 ||
			    (rc = walk_from(w, &g, 1, scratch, sizeof(scratch))) != 0 ||
			    (rc = seed_importers(w, &g, root, "devDependencies", 2, scratch, sizeof(scratch))) != 0 ||
			    (rc = walk_from(w, &g, 2, scratch, sizeof(scratch))) != 0)
				goto out;
		}
	}
	for (yaml_node_pair_t *p = pkgs->data.mapping.pairs.start; p < pkgs->data.mapping.pairs.top && !rc; p++) {
		dd_slice key, name, version;
		if (!spend(w))
			break;
		yaml_node_t *pkg = node(w, p->value);
		if (!scalar(node(w, p->key), &key) || !entry_name_version(w, major, key, pkg, &name, &version))
			continue;
		bool dev = false;
		if (reach) {
			dd_slice k = key;
			if (k.n && k.p[0] == '/') {
				k.p++;
				k.n--;
			}
			unsigned char m = package_mark(&g, k);
			if (!m)
				continue;
			dev = m == 2;
		} else {
			yaml_node_t *d = map_get(w, pkg, "dev");
			dd_slice dv;
			dev = scalar(d, &dv) && dd_textdb_eq(dv, "true", false);
		}
		rc = dd_app_list_push(l, name.p, name.n, version.p, version.n, NULL, dev);
	}
out:
	free(g.s);
	free(g.queue);
	return rc;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	yaml_parser_t parser;
	yaml_document_t docs[MAX_DOCUMENTS];
	size_t ndocs = 0;
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx c = dd_app_ctx_make(a);
	walkctx w = { 0 };
	int rc = 0;
	if (!yaml_parser_initialize(&parser))
		return dd_error_oom();
	yaml_parser_set_input_string(&parser, data, len);
	/* names and versions point into the documents: keep them all until
	 * the list is flushed */
	for (;;) {
		if (ndocs == MAX_DOCUMENTS) {
			dd_analysis_note(a, true, "more than %d YAML documents; the rest were not read", MAX_DOCUMENTS);
			break;
		}
		if (!yaml_parser_load(&parser, &docs[ndocs])) {
			rc = dd_error_set(DD_EFORMAT, "not valid YAML (line %zu: %.100s)",
				parser.problem_mark.line + 1, parser.problem ? parser.problem : "parse error");
			break;
		}
		yaml_node_t *root = yaml_document_get_root_node(&docs[ndocs]);
		ndocs++;
		if (!root)
			break;   /* end of the stream */
		w.doc = &docs[ndocs - 1];
		if ((rc = one_document(&w, &l, root)) != 0)
			break;
	}
	if (w.over_budget)
		dd_analysis_note(a, true, "the lock file's dependency graph is too large to walk (YAML aliases?); packages may be missing");
	if (!rc)
		rc = dd_app_list_flush(&l, &c, "npm");
	dd_app_list_free(&l);
	for (size_t i = 0; i < ndocs; i++)
		yaml_document_delete(&docs[i]);
	yaml_parser_delete(&parser);
	return rc;
}

const dd_analyzer dd_analyzer_pnpm_lock = {
	.name = "pnpm-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
