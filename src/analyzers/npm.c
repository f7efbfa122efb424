/*
 * npm analyzer: installed Node.js packages, node_modules/NAME/package.json
 * and node_modules/@SCOPE/NAME/package.json at any depth (nested installs,
 * pnpm's node_modules/.pnpm/X/node_modules/NAME).
 *
 * The one idea: only the package.json at the root of an installed package
 * says what is installed; the many package.json files deeper inside a
 * package (test fixtures, sub-builds, "exports" stubs) do not, so the path
 * must be exactly node_modules/NAME/package.json or
 * node_modules/@SCOPE/NAME/package.json. The name comes from the file, not
 * the directory: an aliased install (npm:real@1.0) lives under the alias.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"

static bool is_node_modules(const char *s, size_t n)
{
	return n == 12 && !memcmp(s, "node_modules", 12);
}

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode) || !dd_path_has_basename(path, "package.json"))
		return false;
	const char *base = dd_path_basename(path);
	if (base == path)
		return false;
	const char *name, *parent;
	size_t nlen = dd_path_component_before(path, base - 1, &name);
	if (nlen == 0 || name[0] == '.' || name == path)
		return false;
	size_t plen = dd_path_component_before(path, name - 1, &parent);
	if (is_node_modules(parent, plen))
		return name[0] != '@';
	if (plen < 2 || parent[0] != '@' || parent == path)
		return false;
	const char *gp;
	size_t glen = dd_path_component_before(path, parent - 1, &gp);
	return is_node_modules(gp, glen);
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	json_t *root = NULL;
	dd_buf lic = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1);
	int rc = dd_app_json_load(&root, data, len);
	if (rc)
		return rc;
	if (!json_is_object(root)) {
		rc = dd_error_set(DD_EFORMAT, "package.json is not a JSON object");
		goto out;
	}
	const char *name = dd_app_json_str(root, "name"), *version = dd_app_json_str(root, "version");
	/* a package without both (a local stub) names nothing we could match */
	if (!name || !version)
		goto out;
	dd_app_json_licenses(root, &lic);
	dd_app_ctx c = dd_app_ctx_make(a);
	rc = dd_app_add(&c, "npm", name, version, lic.len ? lic.ptr : NULL, false);
out:
	dd_buf_free(&lic);
	json_decref(root);
	return rc;
}

const dd_analyzer dd_analyzer_npm = {
	.name = "npm",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 4u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
