/*
 * What reading one layer produced: packages, file findings, kept files,
 * special-mode entries, whiteouts and an index of the layer's non-directory
 * paths. Tied to paths so the squash step can apply later layers'
 * deletions and replacements, and serializable for the layer cache.
 */
#ifndef DD_SCAN_LAYER_RESULT_H
#define DD_SCAN_LAYER_RESULT_H

#include <stdbool.h>
#include <stdint.h>

#include "analyzers/analyzer.h"
#include "drydock/drydock.h"
#include "util/str.h"

typedef struct dd_kept {
	char *path;
	char *data;             /* NUL-terminated */
	size_t len;
	uint32_t mode, uid, gid;
	bool special_only;      /* no content: a setuid/world-writable entry */
} dd_kept;

/* A symlink of the layer: its path (parents resolved) and target as written. */
typedef struct dd_symlink {
	char *path;
	char *target;
	uint64_t hash;          /* dd_path_hash(path) */
} dd_symlink;

/* A hardlink of the layer, as hashes of its path and of its target's path
 * (both resolved): enough to find the target's content on a second read. */
typedef struct dd_hardlink {
	uint64_t path_hash, target_hash;
} dd_hardlink;

struct dd_layer_result;
/* Content to analyze under another name: the entry whose resolved path
 * hashes to target_hash is handed to the analyzers as `path`, into `into`
 * (a symlink or hardlink to a claimed path; see links.h). */
typedef struct dd_alias {
	char *path;
	uint64_t target_hash;
	struct dd_layer_result *into;
} dd_alias;

typedef struct dd_layer_result {
	char *digest;           /* layer digest (compressed) */
	char *diff_id;
	dd_package *packages;   size_t n_packages, cap_packages;
	uint64_t package_bytes; /* claimed from dd_budget_packages (util/budget.h) */
	dd_finding *findings;   size_t n_findings, cap_findings;
	dd_kept *kept;          size_t n_kept, cap_kept;
	dd_strv whiteouts;      /* paths deleted by this layer (".wh." removed) */
	dd_strv opaque_dirs;    /* directories made opaque by this layer */
	uint64_t *path_hashes;  size_t n_hashes, cap_hashes;   /* non-directory entries */
	dd_symlink *symlinks;   size_t n_symlinks, cap_symlinks;
	dd_hardlink *hardlinks; size_t n_hardlinks, cap_hardlinks;  /* sorted by path_hash */
	/* every directory the layer names or implies, sorted: hash with the low
	 * bit set for a directory entry of its own, clear for a parent of an entry */
	uint64_t *dir_hashes;   size_t n_dirs, cap_dirs;
	dd_alias *aliases;      size_t n_aliases, cap_aliases;  /* claimed hardlinks, for a second read */
	unsigned rereads;       /* second reads this result cost */
	dd_strv notes;          /* caveats; */
	bool incomplete;        /* some part could not be read */
	bool from_cache;        /* loaded from the layer cache, not read */
	uint64_t entries;       /* tar entries seen */
	uint64_t bytes;         /* uncompressed bytes */
	/* open-addressing index over kept[] by path (slot = index + 1, 0 empty),
	 * so keeping a file is O(1) however many a hostile layer holds */
	size_t *kept_slots;     size_t cap_kept_slots;
} dd_layer_result;

dd_layer_result *dd_layer_result_new(const char *digest, const char *diff_id);
void dd_layer_result_free(dd_layer_result *r);
/* 64-bit FNV-1a of a path (the index is a filter; collisions only ever
 * hide a lower-layer result, and only when a later layer has that path). */
uint64_t dd_path_hash(const char *path);
/* The same hash, a byte at a time: the state after a prefix is that
 * prefix's hash, so one pass over a path gives every parent's. */
#define DD_PATH_HASH_INIT 1469598103934665603ULL
static inline uint64_t dd_path_hash_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * 1099511628211ULL;
}

/* Records a kept file (or, with special_only, just a setuid/world-writable
 * entry) in the layer result; used by the walker and the analysis context. */
int dd_layer_result_keep(dd_layer_result *r, const dd_file *f, const void *data, size_t len, bool special_only);
/* A note on the layer ("layer sha256:...: " prefixed when it has a digest),
 * at most 1000 per layer, duplicates dropped; incomplete marks the layer. */
void dd_layer_result_note(dd_layer_result *r, bool incomplete, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Adds a non-directory path to the layer's path index. */
int dd_layer_result_add_path(dd_layer_result *r, const char *path);
/* Links and directories of the layer (the walker's record for the squash). */
int dd_layer_result_add_symlink(dd_layer_result *r, const char *path, const char *target);
void dd_layer_result_drop_symlink(dd_layer_result *r, const char *path);
int dd_layer_result_add_hardlink(dd_layer_result *r, uint64_t path_hash, uint64_t target_hash);
/* h is dd_path_hash of the directory; entry: the layer has it as an entry. */
int dd_layer_result_add_dir(dd_layer_result *r, uint64_t h, bool entry);
/* qsort/bsearch order of uint64_t keys (and of structs that start with one). */
int dd_u64_cmp(const void *a, const void *b);
/* Sorts the directory hashes and folds repeats. */
void dd_layer_result_unique_dirs(dd_layer_result *r);
#define DD_DIR_KEY(h, entry) (((h) & ~1ULL) | ((entry) ? 1u : 0u))
int dd_layer_result_add_alias(dd_layer_result *r, const char *path, uint64_t target_hash, dd_layer_result *into);
void dd_layer_result_drop_alias(dd_layer_result *r, const char *path);
/* Drops what this layer's earlier entries at path produced (packages,
 * findings, kept file): a later entry of the same path replaces it. */
void dd_layer_result_forget(dd_layer_result *r, const char *path);

/*
 * Analysis context over a layer result, used by the walker and by tests to
 * run one analyzer on one file.
 */
dd_analysis *dd_analysis_new(dd_layer_result *res, const dd_scan_options *opts);
void dd_analysis_free(dd_analysis *a);
/* Selects the analyzer and file the next calls are about. */
void dd_analysis_begin(dd_analysis *a, const dd_analyzer *an, void *state, const dd_file *f);

/*
 * Test helper: runs analyzer `an` (with init/free) on one in-memory file and
 * returns the layer result. path is the image path; mode 0 means a regular
 * 0644 file. Layer digest "sha256:test".
 */
int dd_analyzer_run_on_buffer(dd_layer_result **out, const dd_analyzer *an, const char *path,
	uint32_t mode, const void *data, size_t len, const dd_scan_options *opts);

#endif
