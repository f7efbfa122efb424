/*
 * Path resolution inside the image root, as container runtimes extract
 * layers (containerd's and umoci's "resolve in root"): every symlinked parent
 * is followed, an absolute target starts again at the root, ".." stops at
 * the root, and at most DD_RESOLVE_MAX_LINKS links are followed (Linux's
 * MAXSYMLINKS), so loops end. Names come from a lookup callback, so the same
 * resolution serves one layer's walk, the squashed view and a root directory.
 */
#ifndef DD_SCAN_RESOLVE_H
#define DD_SCAN_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DD_RESOLVE_MAX_LINKS 40
#define DD_RESOLVE_PATH_MAX 4096

/* The target of the symlink named exactly path[0..len) (hash is
 * dd_path_hash_n of it), or NULL when that name is not a symlink. */
typedef const char *(*dd_link_lookup)(void *ctx, uint64_t hash, const char *path, size_t len);

/*
 * Resolves path (relative to the root, normalized or not) into out. The last
 * component is followed too when follow_last. Returns 0 when path needed no
 * change (out untouched: the common case costs no copy), 1 when out holds the
 * resolved path ("" is the root), DD_ELIMIT on a loop or a path past
 * DD_RESOLVE_PATH_MAX, DD_ENOTFOUND on an empty symlink target.
 */
int dd_resolve(dd_link_lookup lookup, void *ctx, const char *path, bool follow_last, char *out, size_t outcap);

#endif
