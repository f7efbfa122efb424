/*
 * After the backend built the patch layer (post.c): --run-scripts in the
 * sandbox and etc/ld.so.cache, both on a materialised tree of the image,
 * their changes written into the patch layer (docs/fix.md).
 */
#ifndef DD_FIX_POST_H
#define DD_FIX_POST_H

#include "fix/backend.h"
#include "image/image.h"

/* Rewrites layer_file (and *d) in place when the scripts or ldconfig
 * changed anything; records the scripts run, a skipped sandbox and a
 * regenerated cache in res. A script that fails, hangs or floods its
 * output is an error: nothing is written. */
int dd_fix_post(const dd_fix_backend *b, const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_image *img,
	size_t n_layers, const char *layer_file, dd_layer_digests *d, dd_fix_result *res, int64_t deadline);

#endif
