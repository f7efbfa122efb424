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
#include "scan/names.h"
#include "util/reader.h"

typedef struct dd_walk_config {
	const dd_analyzer *const *analyzers;   /* enabled analyzers, NULL-terminated */
	void **states;                         /* init() state per analyzer (same order) */
	const char *const *keep_globs;         /* files the checks read, NULL-terminated */
	const dd_scan_options *opts;
	/* a second read (links.h): the lower layers' links the entries resolve
	 * through, and content to analyze under other names */
	const dd_names *lower;                 /* NULL: the layer alone */
	const dd_alias *aliases;               /* sorted by target_hash */
	size_t n_aliases;
	bool aliases_only;                     /* only the aliases' targets are analyzed */
} dd_walk_config;

/* Walks a tar stream into res. A read error of the stream itself (digest,
 * corrupt data) is returned; analyzer failures become notes in res. */
int dd_walk_tar(const dd_walk_config *cfg, dd_reader *tar_stream, int layer_index, dd_layer_result *res);
/* True when an analyzer or check wants a file at path but not at `instead`
 * (NULL: at all): a link from path to instead hides content somebody needs. */
bool dd_walk_claims(const dd_walk_config *cfg, const char *path, const char *instead);
/* Calls cb for each exact path an analyzer (dd_analyzer.paths) or a check (a
 * kept-file name without wildcards) claims below directory dir, each once;
 * stops at cb's first non-zero result and returns it. */
int dd_walk_claimed_below(const dd_walk_config *cfg, const char *dir, int (*cb)(void *ctx, const char *path), void *ctx);
/* Walks a root filesystem directory into res. Symlinks are not walked, but
 * a symlink to a claimed path has its target (resolved inside root) analyzed
 * under the link's name, as for an image. */
int dd_walk_dir(const dd_walk_config *cfg, const char *root, dd_layer_result *res);

#endif
