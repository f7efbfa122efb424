/*
 * The framework's collector of final-view files (files.c): the backend's
 * wants() applied to every layer's tar stream, with whiteouts, opaque
 * directories and replaced parents applied as the squash step does, so the
 * map holds the files as the container would see them.
 */
#ifndef DD_FIX_FILES_H
#define DD_FIX_FILES_H

#include "fix/backend.h"
#include "image/image.h"

/* Reads layers [0, n_layers) of img into *f (initialised here; free with
 * dd_fix_files_free even on error). A wanted file over max_file, or all of
 * them over max_total, is DD_ELIMIT naming the path. */
int dd_fix_files_collect(dd_fix_files *f, dd_image *img, size_t n_layers, bool (*wants)(const char *path),
	uint64_t max_file, uint64_t max_total);
void dd_fix_files_free(dd_fix_files *f);

#endif
