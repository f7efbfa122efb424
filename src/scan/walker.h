/*
 * The layer walker: reads one layer's tar stream (or a root directory) once,
 * entry by entry, and feeds each entry to the analyzers that want it and to
 * the kept-file collector of the image-level checks. It also records what the
 * squash step needs: whiteouts, opaque directories and the path index.
 */
#ifndef DD_SCAN_WALKER_H
#define DD_SCAN_WALKER_H

#include "analyzers/analyzer.h"
#include "scan/layer_result.h"
#include "util/reader.h"

typedef struct dd_walk_config {
	const dd_analyzer *const *analyzers;   /* enabled analyzers, NULL-terminated */
	void **states;                         /* init() state per analyzer (same order) */
	const char *const *keep_globs;         /* files the checks read, NULL-terminated */
	const dd_scan_options *opts;
} dd_walk_config;

/* Walks a tar stream into res. A read error of the stream itself (digest,
 * corrupt data) is returned; analyzer failures become notes in res. */
int dd_walk_tar(const dd_walk_config *cfg, dd_reader *tar_stream, int layer_index, dd_layer_result *res);
/* Walks a root filesystem directory (no symlinks followed) into res. */
int dd_walk_dir(const dd_walk_config *cfg, const char *root, dd_layer_result *res);

#endif
