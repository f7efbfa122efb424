/*
 * The names of a filesystem being assembled from layers: which paths are
 * symlinks (and to what), which are hardlinks, and which paths a later entry
 * made into something else (a shadow: "not a link here, whatever is below").
 * The walker keeps one per layer read; the squash step builds one for the
 * final view. Keys are resolved paths (no symlinked parent left in them).
 */
#ifndef DD_SCAN_NAMES_H
#define DD_SCAN_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum dd_name_kind {
	DD_NAME_SHADOW = 0,    /* something else now: a lower link does not apply */
	DD_NAME_SYMLINK,
	DD_NAME_HARDLINK
} dd_name_kind;

typedef struct dd_name {
	char *path;
	char *target;          /* as written (symlink) or resolved (hardlink); NULL for shadows */
	uint64_t hash;         /* dd_path_hash(path) */
	dd_name_kind kind;
} dd_name;

typedef struct dd_names {
	dd_name *items;
	size_t count, cap;
	size_t *slots;         /* open addressing, slot = index + 1, 0 empty */
	size_t cap_slots;
} dd_names;

/* Adds or replaces path's name (target copied; NULL for a shadow). */
int dd_names_put(dd_names *t, const char *path, size_t len, dd_name_kind kind, const char *target);
/* The name of exactly path[0..len), hash being dd_path_hash of those bytes; NULL if none. */
const dd_name *dd_names_get(const dd_names *t, uint64_t hash, const char *path, size_t len);
void dd_names_free(dd_names *t);

/* The hash of path[0..len) (dd_path_hash of a prefix). */
uint64_t dd_path_hash_n(const char *path, size_t len);

#endif
