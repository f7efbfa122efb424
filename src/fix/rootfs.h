/*
 * A private, materialised copy of an image's final view (rootfs.c), for the
 * two fix steps that need a real tree: maintainer scripts run in a sandbox
 * over it (--run-scripts) and the host's `ldconfig -r` reads it.
 *
 * The one idea: every path comes from hostile tar entries, so nothing is
 * ever resolved by the host's rules. Each operation opens the entry's parent
 * with openat2(RESOLVE_IN_ROOT) (symlinks resolve as they would inside the
 * container, never outside the directory) and acts on the last component
 * with *at() calls that do not follow it. Only regular files, directories,
 * symlinks and hard links inside the root are made (no device nodes, FIFOs);
 * bytes and entries are bounded.
 *
 * Snapshots (path, type, mode, owner, size, times, inode) of the tree before
 * and after the scripts give what they created, changed or removed.
 */
#ifndef DD_FIX_ROOTFS_H
#define DD_FIX_ROOTFS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "image/image.h"
#include "image/writer.h"
#include "util/reader.h"

#define DD_FIX_ROOTFS_MAX_BYTES (8ull << 30)
#define DD_FIX_ROOTFS_MAX_ENTRIES 2000000u

typedef struct dd_fix_rootfs {
	char *dir;                  /* the tree's host path */
	int fd;                     /* O_PATH|O_DIRECTORY of dir */
	uint64_t bytes, entries;    /* written so far */
	uint64_t max_bytes, max_entries;
	bool chown;                 /* running as root: owners as the layers say */
} dd_fix_rootfs;

/* Makes dir (must not exist) and opens it. */
int dd_fix_rootfs_open(dd_fix_rootfs *r, const char *dir);
void dd_fix_rootfs_close(dd_fix_rootfs *r);
/* Applies one layer's tar stream (uncompressed) over the tree: whiteouts
 * and opaque directories delete, other entries replace. `what` names it. */
int dd_fix_rootfs_apply(dd_fix_rootfs *r, dd_reader *tar, const char *what);
/* Layers [0, n) of img, in order. */
int dd_fix_rootfs_apply_image(dd_fix_rootfs *r, dd_image *img, size_t n_layers);
/* A tar+gzip layer file of our own (the patch layer). */
int dd_fix_rootfs_apply_file(dd_fix_rootfs *r, const char *layer_file);
/* Makes the directory path (and its parents) in the tree when missing. */
int dd_fix_rootfs_mkdirs(dd_fix_rootfs *r, const char *path);
/* Opens a regular file of the tree for reading (confined, the last
 * component not followed). */
int dd_fix_rootfs_open_file(dd_fix_rootfs *r, const char *path, int *fd);

/* lstat of a path of the tree (parents confined); its symlink target into
 * link when it is one. 1 when it does not exist. */
int dd_fix_rootfs_lstat(dd_fix_rootfs *r, const char *path, struct stat *st, char *link, size_t cap);

/* ---- snapshots and their difference ---- */

typedef struct dd_fix_snap_entry {
	char *path;                 /* image-relative */
	mode_t mode;
	uid_t uid;
	gid_t gid;
	off_t size;
	ino_t ino;
	struct timespec mtime, ctime;
	char *link;                 /* symlink target */
} dd_fix_snap_entry;

typedef struct dd_fix_snap {
	dd_fix_snap_entry *v;       /* sorted by path */
	size_t n, cap;
} dd_fix_snap;

/* Every entry of the tree but the top-level mount points of the sandbox
 * (proc, dev, sys, tmp, run), bounded by r->max_entries. */
int dd_fix_snap_take(dd_fix_rootfs *r, dd_fix_snap *s);
const dd_fix_snap_entry *dd_fix_snap_get(const dd_fix_snap *s, const char *path);
void dd_fix_snap_free(dd_fix_snap *s);
/* Paths that differ between a and b (created, changed, removed), added to
 * *paths (sorted, unique after dd_strv_sort_unique). */
int dd_fix_snap_diff(const dd_fix_snap *a, const dd_fix_snap *b, dd_strv *paths);

#endif
