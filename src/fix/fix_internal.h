/*
 * The framework's own pieces (not for backends), one concept per file:
 *   select.c        which vulnerabilities a fix takes on, grouped by package
 *   target.c        where the fixed image goes (<tag>_fixed, --to, --overwrite)
 *   patch_mark.c    recognising an earlier patch layer and marking ours
 *   result.c        the result document's parts (upgrades, before/after)
 *   result_write.c  drydock.fix/v1 JSON and the tables
 *   fix.c           the order of the steps
 */
#ifndef DD_FIX_INTERNAL_H
#define DD_FIX_INTERNAL_H

#include "fix/backend.h"
#include "image/image.h"

/* ---- select.c ---- */

/* What the fix takes on: the wants handed to the backend (strings owned by
 * `pool`), and what the result gets right away (not_fixable for named ids
 * that cannot be fixed by any upgrade, advice for application ones). */
typedef struct dd_fix_selection {
	dd_fix_want *wants;
	size_t n_wants;
	dd_strv pool;               /* owns every string the wants point to */
} dd_fix_selection;

/* An earlier patch layer's upgrade, carried into the new one. */
typedef struct dd_fix_carried {
	char *name, *from, *to;
} dd_fix_carried;

int dd_fix_select(dd_fix_selection *sel, dd_fix_result *res, const dd_report *before, const dd_fix_backend *b,
	const char *const *ids, const dd_fix_carried *carried, size_t n_carried);
void dd_fix_selection_free(dd_fix_selection *sel);

/* Turns the backend's plan into the result's upgrades (closes) and
 * not_fixable entries: every selected id whose package was not upgraded to
 * its fixed version. Returns the count of ids left unfixed. */
int dd_fix_settle(dd_fix_result *res, const dd_fix_selection *sel, const dd_fix_plan *plan, const dd_fix_backend *b,
	size_t *unfixed);

/* ---- result.c ---- */

int dd_fix_result_add_not_fixable(dd_fix_result *r, const char *id, const char *package, const char *why);
int dd_fix_result_add_advice(dd_fix_result *r, const dd_finding *f);
/* Severity counts of the vulnerability findings (os and app, unsuppressed). */
void dd_fix_count(const dd_report *r, size_t out[DD_SEV_COUNT]);
/* fixed / remaining / new from the two scans. */
int dd_fix_compare(dd_fix_result *res, const dd_report *before, const dd_report *after);

/* ---- target.c ---- */

/* The target reference: --to, REF itself with --overwrite, else REF's tag
 * with "_fixed" appended (kept as it is when REF is already a fixed image's
 * tag and had a patch layer: a re-fix never makes "_fixed_fixed"). */
int dd_fix_target(char **out, const char *ref, const dd_fix_options *o, bool refix);
/* Writes the draft to the target (oci:DIR:TAG or a registry); *digest is
 * the manifest digest written (malloc'ed). */
int dd_fix_write_target(const dd_image_draft *draft, const dd_image *src, const char *target,
	const dd_fix_options *o, char **digest);

/* ---- patch_mark.c ---- */

#define DD_FIX_PATCH_KEY "io.drydock.patch"

/* When the image's top layer is a drydock patch layer (the config label and
 * the layer descriptor's annotation), the upgrades it made; *is_patched
 * false otherwise. */
int dd_fix_patch_read(const dd_image *img, bool *is_patched, dd_fix_carried **carried, size_t *n);
void dd_fix_carried_free(dd_fix_carried *c, size_t n);
/* The mark of a new patch layer: a JSON text naming the upgrades
 * (malloc'ed), for both the label and the annotation. */
char *dd_fix_patch_mark(const dd_fix_result *res, const char *type);

#endif
