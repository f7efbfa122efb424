/*
 * The apk backend (Alpine): what it collects from the final view and its
 * plan and build steps. The pieces live beside it, one concept per file:
 * apk_index.c (APKINDEX records), apk_sign.c (index and package
 * signatures), apk_package.c (the three gzip streams of an .apk), apk_db.c
 * (lib/apk/db/installed), apk_plan.c (candidates and dependency closure).
 */
#include <string.h>

#include "fix/backend.h"
#include "util/error.h"

static bool apk_wants(const char *path)
{
	return !strcmp(path, "lib/apk/db/installed") || !strcmp(path, "lib/apk/db/scripts.tar") ||
		!strcmp(path, "lib/apk/db/triggers") || !strcmp(path, "etc/apk/repositories") ||
		!strcmp(path, "etc/apk/arch") || !strcmp(path, "etc/apk/world") ||
		!strncmp(path, "etc/apk/keys/", 13) || !strcmp(path, "etc/os-release") ||
		!strcmp(path, "usr/lib/os-release");
}

static int apk_plan(const dd_fix_ctx *ctx, const dd_fix_want *wants, size_t n_wants, dd_fix_plan *plan)
{
	(void)ctx, (void)wants, (void)n_wants, (void)plan;
	return dd_error_set(DD_EUNSUPPORTED, "apk fix: not built yet");
}

static int apk_build(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_layer_writer *w)
{
	(void)ctx, (void)plan, (void)w;
	return dd_error_set(DD_EUNSUPPORTED, "apk fix: not built yet");
}

static const char *const apk_families[] = { "alpine", NULL };

const dd_fix_backend dd_fix_backend_apk = {
	.version = DD_FIX_BACKEND_VERSION,
	.name = "apk",
	.pkg_type = "apk",
	.ecosystem = "Alpine",
	.os_families = apk_families,
	.wants = apk_wants,
	.max_file = 64u << 20,
	.max_total = 128u << 20,
	.db_path = "lib/apk/db/installed",
	.plan = apk_plan,
	.build = apk_build,
	.plan_free = NULL,
};
