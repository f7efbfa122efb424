/*
 * npm lock analyzer: package-lock.json and npm-shrinkwrap.json, lockfile
 * versions 1 to 3.
 *
 * The one idea: v2 and v3 describe the installed tree as a flat "packages"
 * map keyed by install path ("node_modules/a/node_modules/@s/b"); the
 * package name is what follows the last "node_modules/" (or the entry's
 * "name" for aliases), and keys without "node_modules/" are the project and
 * its workspaces, not dependencies. v1 has only the nested "dependencies"
 * tree. Links point at workspace folders and are skipped; "dev": true marks
 * development-only packages. The same name@version installed in several
 * places is one package.
 *
 * Lock files inside node_modules (npm 7's hidden node_modules/.package-lock.json
 * and those shipped in published packages) describe nothing new: the
 * installed package.json files are read instead.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/str.h"

/* v1 trees nest one level per install directory; real ones stay shallow */
#define V1_MAX_DEPTH 256

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

static const char *after_last_node_modules(const char *key)
{
	const char *hit = NULL;
	for (const char *p = key; (p = strstr(p, "node_modules/")) != NULL; p += 13)
		if (p == key || p[-1] == '/')
			hit = p + 13;
	return hit;
}

/* The entry's licenses joined, kept alive by the list; NULL when none. */
static int licenses_of(dd_app_list *l, const json_t *pkg, dd_buf *scratch, const char **out)
{
	dd_buf_clear(scratch);
	dd_app_json_licenses(pkg, scratch);
	*out = NULL;
	if (scratch->len && !(*out = dd_app_list_keep(l, scratch->ptr, scratch->len)))
		return dd_error_oom();
	return 0;
}

static int from_packages(dd_app_list *l, json_t *packages)
{
	const char *key;
	json_t *pkg;
	dd_buf scratch = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1);
	int rc = 0;
	json_object_foreach(packages, key, pkg) {
		if (!json_is_object(pkg) || json_is_true(json_object_get(pkg, "link")))
			continue;
		const char *name = after_last_node_modules(key);
		if (!name || !*name)
			continue;
		const char *alias = dd_app_json_str(pkg, "name");
		if (alias)
			name = alias;
		const char *version = dd_app_json_str(pkg, "version");
		if (!version)
			continue;
		const char *lic;
		if ((rc = licenses_of(l, pkg, &scratch, &lic)) != 0 ||
		    (rc = dd_app_list_push(l, name, strlen(name), version, strlen(version), lic,
			     json_is_true(json_object_get(pkg, "dev")))) != 0)
			break;
	}
	dd_buf_free(&scratch);
	return rc;
}

/*
 * v1 "version" is a semver, an alias "npm:real-name@1.2.3", or where the code
 * came from (git URL, tarball URL, file: path) for non-registry installs,
 * which have no registry version to report.
 */
static int v1_entry(dd_app_list *l, const char *key, json_t *dep)
{
	const char *version = dd_app_json_str(dep, "version");
	if (!version)
		return 0;
	const char *name = key;
	size_t name_len = strlen(key);
	if (dd_starts_with(version, "npm:")) {
		const char *spec = version + 4;
		const char *at = strrchr(spec, '@');
		if (!at || at == spec)
			return 0;
		name = spec;
		name_len = (size_t)(at - spec);
		version = at + 1;
	}
	if (!(version[0] >= '0' && version[0] <= '9'))
		return 0;
	return dd_app_list_push(l, name, name_len, version, strlen(version), NULL,
		json_is_true(json_object_get(dep, "dev")));
}

static int from_dependencies(dd_app_list *l, json_t *deps, int depth, bool *too_deep)
{
	if (depth > V1_MAX_DEPTH) {
		*too_deep = true;
		return 0;
	}
	const char *key;
	json_t *dep;
	int rc;
	json_object_foreach(deps, key, dep) {
		if (!json_is_object(dep))
			continue;
		if ((rc = v1_entry(l, key, dep)) != 0)
			return rc;
		json_t *sub = json_object_get(dep, "dependencies");
		if (json_is_object(sub) && (rc = from_dependencies(l, sub, depth + 1, too_deep)) != 0)
			return rc;
	}
	return 0;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	json_t *root = NULL;
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx c = dd_app_ctx_make(a);
	bool too_deep = false;
	int rc = dd_app_json_load(&root, data, len);
	if (rc)
		return rc;
	if (!json_is_object(root)) {
		rc = dd_error_set(DD_EFORMAT, "not a package-lock object");
		goto out;
	}
	json_t *packages = json_object_get(root, "packages");
	json_t *deps = json_object_get(root, "dependencies");
	if (json_is_object(packages))
		rc = from_packages(&l, packages);
	else if (json_is_object(deps))
		rc = from_dependencies(&l, deps, 0, &too_deep);
	if (!rc)
		rc = dd_app_list_flush(&l, &c, "npm");
	if (!rc && too_deep)
		dd_analysis_note(a, true, "dependency tree nested deeper than %d levels; the deeper part was not read", V1_MAX_DEPTH);
out:
	dd_app_list_free(&l);
	json_decref(root);
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
