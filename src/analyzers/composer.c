/*
 * Composer analyzer (PHP): vendor/composer/installed.json, what Composer
 * actually installed, and composer.lock, what a project pins.
 *
 * The one idea: both hold the same package objects ({"name": "vendor/pkg",
 * "version": ..., "license": [...]}); only the wrapping differs. installed.json
 * is an array (Composer 1) or {"packages": [...], "dev-package-names": [...]}
 * (Composer 2); composer.lock has "packages" and "packages-dev". A license
 * array means the user may choose (Composer's docs), hence " OR ".
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/str.h"

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode))
		return false;
	if (dd_path_has_basename(path, "installed.json"))
		return dd_ends_with(path, "vendor/composer/installed.json");
	return dd_path_has_basename(path, "composer.lock") && !strstr(path, "vendor/");
}

static bool in_names(const json_t *names, const char *name)
{
	size_t i;
	json_t *v;
	json_array_foreach(names, i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), name))
			return true;
	return false;
}

static int packages(dd_app_list *l, const json_t *arr, bool dev, const json_t *dev_names, dd_buf *lic)
{
	size_t i;
	json_t *p;
	int rc;
	if (!json_is_array(arr))
		return 0;
	json_array_foreach(arr, i, p) {
		const char *name = dd_app_json_str(p, "name"), *version = dd_app_json_str(p, "version");
		if (!name || !version)
			continue;
		dd_buf_clear(lic);
		json_t *ls = json_object_get(p, "license");
		if (json_is_string(ls)) {
			dd_app_license_add(lic, json_string_value(ls), strlen(json_string_value(ls)), " OR ");
		} else if (json_is_array(ls)) {
			size_t k;
			json_t *v;
			json_array_foreach(ls, k, v)
				if (json_is_string(v))
					dd_app_license_add(lic, json_string_value(v), strlen(json_string_value(v)), " OR ");
		}
		const char *kept = NULL;
		if (lic->len && !(kept = dd_app_list_keep(l, lic->ptr, lic->len)))
			return dd_error_oom();
		bool d = dev || (json_is_array(dev_names) && in_names(dev_names, name));
		if ((rc = dd_app_list_push(l, name, strlen(name), version, strlen(version), kept, d)) != 0)
			return rc;
	}
	return 0;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	json_t *root = NULL;
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx c = dd_app_ctx_make(a);
	dd_buf lic = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1);
	int rc = dd_app_json_load(&root, data, len);
	if (rc)
		return rc;
	if (dd_path_has_basename(f->path, "installed.json")) {
		if (json_is_array(root))
			rc = packages(&l, root, false, NULL, &lic);
		else if (json_is_object(root))
			rc = packages(&l, json_object_get(root, "packages"), false,
				json_object_get(root, "dev-package-names"), &lic);
		else
			rc = dd_error_set(DD_EFORMAT, "installed.json is neither an array nor an object");
	} else if (json_is_object(root)) {
		if (!(rc = packages(&l, json_object_get(root, "packages"), false, NULL, &lic)))
			rc = packages(&l, json_object_get(root, "packages-dev"), true, NULL, &lic);
	} else {
		rc = dd_error_set(DD_EFORMAT, "composer.lock is not a JSON object");
	}
	if (!rc)
		rc = dd_app_list_flush(&l, &c, "composer");
	dd_app_list_free(&l);
	dd_buf_free(&lic);
	json_decref(root);
	return rc;
}

const dd_analyzer dd_analyzer_composer = {
	.name = "composer",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
