/*
 * Pipfile.lock analyzer (pipenv): the "default" and "develop" sections.
 *
 * The one idea: each section maps a project name to {"version": "==X"};
 * pinned versions are the only ones a lock holds for index packages, and
 * entries without one (git checkouts, editable local paths) name no release
 * to match. "develop" packages are dev unless "default" has them too.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_path_has_basename(path, "Pipfile.lock");
}

static int section(dd_app_list *l, const json_t *root, const char *name, bool dev)
{
	json_t *sec = json_object_get(root, name);
	const char *key;
	json_t *v;
	int rc;
	if (!json_is_object(sec))
		return 0;
	json_object_foreach(sec, key, v) {
		const char *ver = dd_app_json_str(v, "version");
		if (!ver || strncmp(ver, "==", 2))
			continue;
		ver += 2;
		if (*ver == '=')
			ver++;   /* "===" arbitrary equality */
		/* normalized first, so "Foo" in one section merges with "foo" */
		char *norm = (char *)dd_app_list_keep(l, key, strlen(key));
		if (!norm)
			return dd_error_oom();
		dd_pypi_normalize(norm);
		if ((rc = dd_app_list_push(l, norm, strlen(norm), ver, strlen(ver), NULL, dev)) != 0)
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
	int rc = dd_app_json_load(&root, data, len);
	if (rc)
		return rc;
	if (!json_is_object(root))
		rc = dd_error_set(DD_EFORMAT, "Pipfile.lock is not a JSON object");
	if (!rc && !(rc = section(&l, root, "default", false)) && !(rc = section(&l, root, "develop", true)))
		rc = dd_app_list_flush(&l, &c, "pypi");
	dd_app_list_free(&l);
	json_decref(root);
	return rc;
}

const dd_analyzer dd_analyzer_pipfile_lock = {
	.name = "pipfile-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
