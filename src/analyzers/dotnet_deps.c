/*
 * .NET analyzer: APP.deps.json, the dependency manifest the SDK writes
 * beside every published .NET Core / .NET 5+ application.
 *
 * The one idea: "libraries" lists every NuGet package the build resolved
 * ("Name/Version": {"type": "package"}), but not all of them ship: the
 * runtime target's entry under "targets" says which ones bring assemblies
 * ("runtime"), native code ("native") or RID-specific files
 * ("runtimeTargets"). A package with none of these (meta-packages,
 * compile-time analyzers, framework-provided assemblies) carries no code
 * into the application and is not reported; when the runtime target is
 * missing, every package is. Self-contained applications also list the
 * .NET runtime itself as "runtimepack.NAME/VERSION" (type runtimepack),
 * reported under NAME, the NuGet package its advisories name.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/str.h"

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_ends_with(dd_path_basename(path), ".deps.json") &&
		strlen(dd_path_basename(path)) > 10;
}

static bool ships_code(const json_t *target_entry)
{
	static const char *const assets[] = { "runtime", "native", "runtimeTargets" };
	for (size_t i = 0; i < sizeof(assets) / sizeof(*assets); i++) {
		json_t *v = json_object_get(target_entry, assets[i]);
		if (json_is_object(v) && json_object_size(v))
			return true;
	}
	return false;
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
	json_t *libs = json_object_get(root, "libraries");
	if (!json_is_object(root) || (libs && !json_is_object(libs))) {
		rc = dd_error_set(DD_EFORMAT, "deps.json without a \"libraries\" object");
		goto out;
	}
	const char *rt_name = dd_app_json_str(json_object_get(root, "runtimeTarget"), "name");
	json_t *target = rt_name ? json_object_get(json_object_get(root, "targets"), rt_name) : NULL;
	if (!json_is_object(target))
		target = NULL;
	const char *key;
	json_t *lib;
	json_object_foreach(libs, key, lib) {
		const char *type = dd_app_json_str(lib, "type");
		if (!type || (strcmp(type, "package") && strcmp(type, "runtimepack")))
			continue;
		if (target && !ships_code(json_object_get(target, key)))
			continue;
		const char *slash = strrchr(key, '/');
		if (!slash || slash == key || !slash[1])
			continue;
		const char *name = key;
		if (!strcmp(type, "runtimepack") && dd_starts_with(key, "runtimepack."))
			name += 12;
		if ((rc = dd_app_list_push(&l, name, (size_t)(slash - name), slash + 1, strlen(slash + 1), NULL, false)) != 0)
			goto out;
	}
	rc = dd_app_list_flush(&l, &c, "nuget");
out:
	dd_app_list_free(&l);
	json_decref(root);
	return rc;
}

const dd_analyzer dd_analyzer_dotnet_deps = {
	.name = "dotnet-deps",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
