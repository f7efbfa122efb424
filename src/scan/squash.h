/*
 * Squashing layer results in layer order into the final view: a result made
 * from path P in layer i survives unless a later layer deletes P (whiteout,
 * opaque directory) or replaces P or one of its parent directories. Packages
 * that do not survive are dropped, and so are other file findings (baseline);
 * secret and malware findings are kept with removed_in_final set, because
 * their bytes still ship in the image (in the layer they name).
 */
#ifndef DD_SCAN_SQUASH_H
#define DD_SCAN_SQUASH_H

#include "scan/layer_result.h"

/* Sorts a result's path index (call once a layer is complete). */
void dd_layer_result_sort_paths(dd_layer_result *r);

/* True when the item from `path` in layer i is still present in the final view. */
bool dd_squash_alive(dd_layer_result *const *layers, size_t n, size_t i, const char *path);

/* Appends surviving packages and findings, and every secret and malware
 * finding (removed_in_final set on the dead ones), to r. */
int dd_squash_into_report(dd_layer_result *const *layers, size_t n, dd_report *r);

/* The final version of every kept file (and special-mode entry): pointers into
 * the layer results, sorted by path. *out is malloc'ed; entries borrowed. */
typedef struct dd_final_kept {
	const dd_kept *kept;
	const char *layer;
} dd_final_kept;
int dd_squash_kept(dd_layer_result *const *layers, size_t n, dd_final_kept **out, size_t *count);

#endif
