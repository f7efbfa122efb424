/*
 * The apk backend (Alpine): what it collects from the final view and its
 * plan and build steps. The pieces live beside it, one concept per file:
 * apk_record.c (APKINDEX and DB records), apk_sign.c (index and package
 * signatures), apk_package.c (the three gzip streams of an .apk), apk_db.c
 * (lib/apk/db/installed), apk_plan.c (candidates and dependency closure);
 * apk_internal.h lists them all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apk_internal.h"
#include "util/error.h"
#include "util/str.h"

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
	return dd_apk_plan(ctx, wants, n_wants, plan);
}

static int add_memory_file(dd_layer_writer *w, const char *path, const char *data, size_t len)
{
	dd_reader *r = NULL;
	int rc = dd_reader_from_memory(&r, data, len);
	if (rc == 0)
		rc = dd_layer_writer_add_file(w, path, 0644, r, len);
	dd_reader_close(r);
	return rc;
}

/* The layer: whiteouts for what the old versions had and the new lack, the
 * new packages' data, then the DB files (their new versions replace the
 * old ones in the layers below). */
static int apk_build(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_layer_writer *w)
{
	const dd_apk_state *st = plan->state;
	dd_strv gone = { 0 };
	char *db = NULL, *scripts = NULL, *triggers = NULL;
	size_t db_len = 0, scripts_len = 0, triggers_len = 0;
	int rc = 0;
	for (size_t i = 0; i < st->n && rc == 0; i++)
		rc = dd_apk_db_dropped(&st->db, &st->changes[i], &gone);
	for (size_t i = 0; i < gone.count && rc == 0; i++)
		rc = dd_layer_writer_add_whiteout(w, gone.items[i]);
	for (size_t i = 0; i < st->n && rc == 0; i++)
		rc = dd_apk_package_write(&st->pkgs[i], w);
	if (rc == 0)
		rc = dd_apk_db_installed(&st->db, st->changes, st->n, &db, &db_len);
	if (rc == 0)
		rc = dd_apk_db_scripts(dd_fix_files_get(ctx->files, "lib/apk/db/scripts.tar"), st->changes, st->n,
			&scripts, &scripts_len);
	if (rc == 0)
		rc = dd_apk_db_triggers(dd_fix_files_get(ctx->files, "lib/apk/db/triggers"), st->changes, st->n,
			&triggers, &triggers_len);
	if (rc == 0)
		rc = add_memory_file(w, "lib/apk/db/installed", db, db_len);
	if (rc == 0)
		rc = add_memory_file(w, "lib/apk/db/scripts.tar", scripts, scripts_len);
	if (rc == 0)
		rc = add_memory_file(w, "lib/apk/db/triggers", triggers, triggers_len);
	dd_strv_free(&gone);
	free(db);
	free(scripts);
	free(triggers);
	return rc;
}

/* apk's order (apk-tools' database.c): pre-upgrade before the package's
 * files are unpacked, post-upgrade after, each with the new and the old
 * version as arguments (pre-install / post-install and the new version
 * only for a package the closure added). */
static int apk_scripts(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_fix_scripts *out)
{
	(void)ctx;
	const dd_apk_state *st = plan->state;
	int rc = 0;
	for (int after = 0; after < 2 && rc == 0; after++)
		for (size_t i = 0; i < st->n && rc == 0; i++) {
			const dd_apk_pkg *pkg = &st->pkgs[i];
			const dd_apk_rec *old = st->changes[i].old;
			const char *want = old ? (after ? "post-upgrade" : "pre-upgrade") : (after ? "post-install" : "pre-install");
			for (size_t k = 0; k < pkg->n_scripts && rc == 0; k++) {
				const dd_apk_script *x = &pkg->scripts[k];
				if (strcmp(x->name, want))
					continue;
				char name[32];
				snprintf(name, sizeof(name), ".%s", x->name);
				rc = dd_fix_scripts_add(out, dd_apk_get(pkg->rec, 'P'), name, dd_apk_get(pkg->rec, 'V'),
					old ? dd_apk_get(old, 'V') : NULL, NULL, x->data, x->len, !after);
			}
		}
	return rc;
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
	.plan_free = dd_apk_state_free,
	.scripts = apk_scripts,
	/* musl has no ld.so.cache: libs_changed and ld_cache stay NULL */
};
