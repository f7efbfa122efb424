/*
 * npm lock analyzer: package-lock.json and npm-shrinkwrap.json, lockfile
 * versions 1 to 3.
 *
 * The one idea: v2 and v3 describe the installed tree as a flat "packages"
 * map keyed by install path ("node_modules/a/node_modules/@s/b"); the
 * package name is what follows the last "node_modules/" (or the entry's
 * "name" for aliases), and keys without "node_modules/" are the project and
 * its workspaces, not dependencies. v1 has only the nested "dependencies"
 * tree (v2 has both: "packages" wins). Links point at workspace folders and
 * are skipped; "dev": true marks development-only packages. The same
 * name@version installed in several places is one package.
 *
 * Lock files of big monorepos reach tens of MB and a million entries, so
 * the file is read with the pull reader (util/jsonpull.h): no tree, names
 * and versions are slices of the file itself. A syntax error keeps what was
 * read before it and marks the scan incomplete.
 *
 * Lock files inside node_modules (npm 7's hidden node_modules/.package-lock.json
 * and those shipped in published packages) describe nothing new: the
 * installed package.json files are read instead.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/jsonpull.h"
#include "util/str.h"

/* v1 trees nest one level per install directory; real ones stay shallow */
#define V1_MAX_DEPTH 256

typedef struct lockctx {
	dd_jp jp;
	dd_app_list packages, deps;   /* from "packages" (v2/v3) and "dependencies" (v1) */
	bool has_packages, too_deep;
	dd_buf lic;
} lockctx;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode))
		return false;
	const char *base = dd_path_basename(path);
	if (strcmp(base, "package-lock.json") && strcmp(base, "npm-shrinkwrap.json"))
		return false;
	return !strstr(path, "node_modules/");
}

/* A string that outlives the next reader call: file slices are, decoded
 * escapes (in the reader's scratch buffer) are copied into the list. */
static int stable(lockctx *c, dd_app_list *l, dd_jp_str *s)
{
	if (s->p >= c->jp.start && s->p + s->n <= c->jp.end)
		return 0;
	const char *k = dd_app_list_keep(l, s->p, s->n);
	if (!k)
		return dd_error_oom();
	s->p = k;
	return 0;
}

static void license_value(lockctx *c)
{
	dd_jp *p = &c->jp;
	dd_jp_str s, k;
	switch (dd_jp_peek(p)) {
	case DD_JP_STRING:
		if (dd_jp_string(p, &s))
			dd_app_license_add(&c->lic, s.p, s.n, ", ");
		return;
	case DD_JP_OBJECT:
		/* legacy {"type": "MIT", "url": ...} */
		if (!dd_jp_enter(p, DD_JP_OBJECT))
			return;
		while (dd_jp_key(p, &k)) {
			if (dd_jp_eq(k, "type") && dd_jp_peek(p) == DD_JP_STRING) {
				if (dd_jp_string(p, &s))
					dd_app_license_add(&c->lic, s.p, s.n, ", ");
			} else {
				dd_jp_skip(p);
			}
		}
		return;
	case DD_JP_ARRAY:
		if (!dd_jp_enter(p, DD_JP_ARRAY))
			return;
		while (dd_jp_elem(p)) {
			dd_jp_type t = dd_jp_peek(p);
			if (t == DD_JP_STRING || t == DD_JP_OBJECT)
				license_value(c);
			else
				dd_jp_skip(p);
		}
		return;
	default:
		dd_jp_skip(p);
	}
}

static const char *after_last_node_modules(const char *key, size_t n, size_t *rest)
{
	const char *hit = NULL;
	for (const char *p = key; p + 13 <= key + n; p++)
		if (!memcmp(p, "node_modules/", 13) && (p == key || p[-1] == '/'))
			hit = p + 13;
	*rest = hit ? (size_t)(key + n - hit) : 0;
	return hit;
}

/* One "packages" entry, the reader at its value. */
static int package_entry(lockctx *c, dd_jp_str key)
{
	dd_jp *p = &c->jp;
	dd_jp_str k, name = { 0 }, version = { 0 }, alias = { 0 };
	bool dev = false, link = false;
	int rc;
	if ((rc = stable(c, &c->packages, &key)) != 0)
		return rc;
	if (dd_jp_peek(p) != DD_JP_OBJECT)
		return dd_jp_skip(p), 0;
	dd_buf_clear(&c->lic);
	dd_jp_enter(p, DD_JP_OBJECT);
	while (dd_jp_key(p, &k)) {
		if ((dd_jp_eq(k, "version") || dd_jp_eq(k, "name")) && dd_jp_peek(p) == DD_JP_STRING) {
			dd_jp_str *dst = dd_jp_eq(k, "version") ? &version : &alias;
			if (dd_jp_string(p, dst) && (rc = stable(c, &c->packages, dst)) != 0)
				return rc;
		} else if (dd_jp_eq(k, "dev")) {
			dev = dd_jp_bool(p);
		} else if (dd_jp_eq(k, "link")) {
			link = dd_jp_bool(p);
		} else if (dd_jp_eq(k, "license") || dd_jp_eq(k, "licenses")) {
			license_value(c);
		} else {
			dd_jp_skip(p);
		}
	}
	if (p->rc || link || !version.n)
		return 0;
	name.p = after_last_node_modules(key.p, key.n, &name.n);
	if (!name.p || !name.n)
		return 0;   /* the project itself or a workspace folder */
	if (alias.n)
		name = alias;
	const char *lic = NULL;
	if (c->lic.len && !(lic = dd_app_list_keep(&c->packages, c->lic.ptr, c->lic.len)))
		return dd_error_oom();
	return dd_app_list_push(&c->packages, name.p, name.n, version.p, version.n, lic, dev);
}

static int from_packages(lockctx *c)
{
	dd_jp *p = &c->jp;
	dd_jp_str key;
	int rc;
	c->has_packages = true;
	if (!dd_jp_enter(p, DD_JP_OBJECT))
		return 0;
	while (dd_jp_key(p, &key))
		if ((rc = package_entry(c, key)) != 0)
			return rc;
	return 0;
}

/*
 * v1 "version" is a semver, an alias "npm:real-name@1.2.3", or where the code
 * came from (git URL, tarball URL, file: path) for non-registry installs,
 * which have no registry version to report.
 */
static int v1_push(lockctx *c, dd_jp_str name, dd_jp_str version, bool dev)
{
	if (version.n > 4 && !memcmp(version.p, "npm:", 4)) {
		const char *spec = version.p + 4, *at = NULL;
		for (const char *q = spec + 1; q < version.p + version.n; q++)
			if (*q == '@')
				at = q;
		if (!at)
			return 0;
		name = (dd_jp_str){ spec, (size_t)(at - spec) };
		version = (dd_jp_str){ at + 1, (size_t)(version.p + version.n - at - 1) };
	}
	if (!version.n || !(version.p[0] >= '0' && version.p[0] <= '9'))
		return 0;
	return dd_app_list_push(&c->deps, name.p, name.n, version.p, version.n, NULL, dev);
}

static int from_dependencies(lockctx *c, int depth)
{
	dd_jp *p = &c->jp;
	dd_jp_str key, k, version;
	int rc;
	if (!dd_jp_enter(p, DD_JP_OBJECT))
		return 0;
	while (dd_jp_key(p, &key)) {
		if ((rc = stable(c, &c->deps, &key)) != 0)
			return rc;
		if (dd_jp_peek(p) != DD_JP_OBJECT) {
			dd_jp_skip(p);
			continue;
		}
		bool dev = false;
		version.n = 0;
		dd_jp_enter(p, DD_JP_OBJECT);
		while (dd_jp_key(p, &k)) {
			if (dd_jp_eq(k, "version") && dd_jp_peek(p) == DD_JP_STRING) {
				if (dd_jp_string(p, &version) && (rc = stable(c, &c->deps, &version)) != 0)
					return rc;
			} else if (dd_jp_eq(k, "dev")) {
				dev = dd_jp_bool(p);
			} else if (dd_jp_eq(k, "dependencies") && dd_jp_peek(p) == DD_JP_OBJECT) {
				if (depth >= V1_MAX_DEPTH) {
					c->too_deep = true;
					dd_jp_skip(p);
				} else if ((rc = from_dependencies(c, depth + 1)) != 0) {
					return rc;
				}
			} else {
				dd_jp_skip(p);
			}
		}
		if (p->rc)
			return 0;
		if ((rc = v1_push(c, key, version, dev)) != 0)
			return rc;
	}
	return 0;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	lockctx c = { .packages = DD_APP_LIST_INIT, .deps = DD_APP_LIST_INIT, .lic = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1) };
	dd_app_ctx ctx = dd_app_ctx_make(a);
	dd_jp *p = &c.jp;
	dd_jp_str key;
	int rc = 0;
	dd_jp_init(p, (const char *)data, len, DD_JP_MAX_DEPTH);
	if (dd_jp_peek(p) != DD_JP_OBJECT) {
		rc = dd_error_set(DD_EFORMAT, "not valid JSON or not a package-lock object");
		goto out;
	}
	dd_jp_enter(p, DD_JP_OBJECT);
	while (!rc && dd_jp_key(p, &key)) {
		if (dd_jp_eq(key, "packages") && dd_jp_peek(p) == DD_JP_OBJECT)
			rc = from_packages(&c);
		else if (dd_jp_eq(key, "dependencies") && dd_jp_peek(p) == DD_JP_OBJECT)
			rc = from_dependencies(&c, 0);
		else
			dd_jp_skip(p);
	}
	if (!rc)
		dd_jp_finish(p);
	if (rc)
		goto out;
	/* what was read before a syntax error still counts; the note says the rest did not */
	if (p->rc) {
		char why[200];
		snprintf(why, sizeof(why), "%s", dd_error_last());
		dd_analysis_note(a, true, "not valid JSON (%s); packages after that point are not listed", why);
	}
	rc = dd_app_list_flush(c.has_packages ? &c.packages : &c.deps, &ctx, "npm");
	if (!rc && c.too_deep)
		dd_analysis_note(a, true, "dependency tree nested deeper than %d levels; the deeper part was not read", V1_MAX_DEPTH);
out:
	dd_app_list_free(&c.packages);
	dd_app_list_free(&c.deps);
	dd_buf_free(&c.lic);
	dd_jp_free(p);
	return rc;
}

const dd_analyzer dd_analyzer_npm_lock = {
	.name = "npm-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 64u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
