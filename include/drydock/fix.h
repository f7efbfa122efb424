/*
 * One-click fix (`drydock fix`, docs/fix.md): upgrades an image's vulnerable
 * OS packages into a new image made of the original layers plus one patch
 * layer, built on the host from verified packages, without running code from
 * the image. Included by drydock.h.
 *
 *   dd_fix_options fo = DD_FIX_OPTIONS_INIT;
 *   fo.to = "oci:/srv/layout:1.2_fixed";          (NULL: <tag>_fixed)
 *   dd_fix_result *res = NULL;
 *   int rc = dd_engine_fix(engine, &res, "registry.example/app:1.2", &fo);
 *   if (res) dd_fix_result_write(res, DD_FORMAT_JSON, stdout, NULL);
 *   dd_fix_result_free(res);
 *
 * Nothing is written unless every index signature and package checksum
 * verified and every selected vulnerability's fixed version was found: a
 * partial fix is never pushed.
 */
#ifndef DRYDOCK_FIX_H
#define DRYDOCK_FIX_H

#include <stdio.h>

#include "drydock/common.h"
#include "drydock/report.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dd_fix_options {
	unsigned version;
	dd_image_options image;     /* reading REF and writing the target (auth, --plain-http) */
	const char *const *ids;     /* vulnerabilities to fix, NULL-terminated; NULL: every fixable OS one */
	const char *to;             /* target reference; NULL: REF's repository with tag <tag>_fixed */
	bool overwrite;             /* target = REF itself (exclusive with `to`) */
	const char *sources_file;   /* package sources in the image's own format; NULL: the image's */
	bool dry_run;               /* plan, download and verify; write nothing */
	bool run_scripts;           /* run maintainer scripts in a sandbox (bubblewrap) where allowed */
	const char *work_dir;       /* private work directory is made under it; NULL: $TMPDIR or /tmp */
	const char *package_dir;    /* packages looked up here (by file name) before they are downloaded */
	const char *db_path;        /* advisory DB: NULL or the engine's own (as dd_engine_scan) */
	const char *cache_dir;      /* per-layer result cache of the scans; NULL: a private one for this fix
	                             * (the rescan then reads only the patch layer) */
	dd_progress_cb progress;    /* as dd_scan_options; phases "scan", "plan", "download", "write", "rescan" */
	void *progress_payload;
	int64_t timeout_ms;         /* deadline for the whole fix (DD_ETIMEOUT); 0: none */
	/* Sources by package manager, for a caller that fixes images of any OS
	 * (the service's `fix_sources`): the one of the image's backend is used
	 * when sources_file is NULL; NULL: the image's own. */
	const char *apt_sources_file;   /* deb822 or one-line sources.list */
	const char *apk_sources_file;   /* etc/apk/repositories format */
} dd_fix_options;
#define DD_FIX_OPTIONS_VERSION 1
#define DD_FIX_OPTIONS_INIT { DD_FIX_OPTIONS_VERSION, DD_IMAGE_OPTIONS_INIT, NULL, NULL, false, NULL, \
	false, false, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL }

/* One package the patch layer upgrades (`upgrades[]` of drydock.fix/v1). */
typedef struct dd_fix_upgrade {
	char *type;                 /* purl type: "apk", "deb" */
	char *name;
	char *from;                 /* installed version (in the layers below the patch layer) */
	char *to;
	bool dependency;            /* reason "dependency" (a new version requires it), else "fix" */
	dd_strv closes;             /* vulnerability ids this upgrade closes */
} dd_fix_upgrade;

/* A selected vulnerability the fix cannot close, and why, in words. */
typedef struct dd_fix_not_fixable {
	char *id;
	char *package;
	char *why;
} dd_fix_not_fixable;

/* An application vulnerability: advice only (drydock does not rebuild apps). */
typedef struct dd_fix_advice {
	char *id;
	char *package;
	char *path;                 /* the jar, lock file, ... */
	char *fixed_version;
} dd_fix_advice;

/* What a fix did: everything of the drydock.fix/v1 document. Owned by the
 * caller of dd_engine_fix, freed with dd_fix_result_free. */
typedef struct dd_fix_result {
	char *source_ref, *source_digest;
	char *target_ref, *target_digest;   /* target_digest NULL until written */
	bool written;
	bool dry_run;
	bool has_patch_layer;
	char patch_digest[72], patch_diff_id[72];
	uint64_t patch_size;
	dd_fix_upgrade *upgrades;
	size_t n_upgrades;
	dd_strv fixed, remaining, new_ids;  /* by the rescan (empty when nothing was written) */
	dd_fix_not_fixable *not_fixable;
	size_t n_not_fixable;
	dd_fix_advice *advice;
	size_t n_advice;
	size_t before[DD_SEV_COUNT], after[DD_SEV_COUNT]; /* unsuppressed vulnerabilities per severity */
	bool rescanned;             /* `after`, fixed/remaining/new come from a rescan of the target */
	dd_strv notes;              /* scripts not run, sandbox unavailable, caveats */
	/* --run-scripts and ld.so.cache */
	dd_strv scripts;            /* run in the sandbox, in order: "PACKAGE SCRIPT ARGS..." */
	bool scripts_skipped;       /* --run-scripts asked, no sandbox here: the notes say why */
	bool ld_cache;              /* etc/ld.so.cache regenerated into the patch layer */
} dd_fix_result;

/*
 * Fixes REF (docs/CLI.md forms; the target must be a registry or an oci:
 * layout). Returns 0 when the fix reached its end: the target written, or a
 * dry run planned, or nothing to fix (n_upgrades 0, not written). Errors:
 * DD_EUNSUPPORTED (an OS drydock cannot fix yet, e.g. RPM), DD_EINVAL (bad
 * options, no package DB), DD_EFORMAT / DD_EDIGEST (an index or package that
 * does not verify), DD_ENOTFOUND (a fixed version not in the sources),
 * DD_ENET / DD_EAUTH (sources or registry unreachable or refusing). On an
 * error *out is still set when the image could be scanned, holding the plan
 * as far as it went (not written), so that a caller can show why; the caller
 * frees *out in every case. Threads and cancellation as dd_engine_scan.
 */
int dd_engine_fix(dd_engine *e, dd_fix_result **out, const char *ref, const dd_fix_options *opts);

/* A one-shot engine for a single fix (the CLI). */
int dd_fix(dd_fix_result **out, const char *ref, const dd_fix_options *opts);

/* Writes the result as the drydock.fix/v1 JSON document (DD_FORMAT_JSON) or
 * as tables: the plan, then before/after (DD_FORMAT_TABLE). Other formats:
 * DD_EINVAL. opts may be NULL. */
int dd_fix_result_write(const dd_fix_result *r, dd_format fmt, FILE *fp, const dd_write_options *opts);

void dd_fix_result_free(dd_fix_result *r);

#ifdef __cplusplus
}
#endif
#endif
