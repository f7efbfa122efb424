/*
 * Unpacking verified .debs into the patch layer as dpkg would leave the
 * filesystem, without running anything: the package's files (owners and
 * modes as packaged), its info files (var/lib/dpkg/info/<pkg>.list,
 * .md5sums, .conffiles, maintainer scripts, placed but not run), whiteouts
 * for what the old version had and the new one lacks (unless another
 * package owns it), and the status stanza "install ok installed". The one
 * idea: conffiles follow dpkg's default — a conffile the user changed (its
 * md5 in the image differs from the one the status recorded) is kept, and
 * the package's version goes beside it as <file>.dpkg-dist.
 */
#ifndef DD_FIX_DPKG_UNPACK_H
#define DD_FIX_DPKG_UNPACK_H

#include "fix/backend.h"
#include "fix/deb_archive.h"
#include "fix/dpkg_db.h"
#include "util/buf.h"
#include "util/u64set.h"

typedef struct dd_dpkg_unpack {
	dd_layer_writer *w;
	const dd_fix_files *files;  /* the final view below the patch (info files, conffiles) */
	const dd_dpkg_db *db;
	bool multiarch_db;          /* info/format is 1: Multi-Arch: same info files are "name:arch.*" */
	dd_u64set written;          /* paths this layer holds (hashes) */
	dd_u64set owned_new;        /* paths the new packages own */
	dd_strv *notes;
} dd_dpkg_unpack;

/* One unpacked package: its status stanza (no trailing blank line). */
typedef struct dd_dpkg_unpacked {
	dd_buf stanza;
	char stem[512];             /* info file stem of the new version */
	char old_stem[512];
	bool libs_changed;          /* its shared-library file names differ from the old version's */
} dd_dpkg_unpacked;

/* Writes the package's files and info files; fills *out (free with
 * dd_dpkg_unpacked_free). old is the installed version (NULL: new). */
int dd_dpkg_unpack_one(dd_dpkg_unpack *u, const dd_deb *deb, const dd_dpkg_pkg *old, dd_dpkg_unpacked *out);
/* After every package: whiteouts for the old versions' files and info
 * files that no package owns any more (pkgs[i].old may be NULL). */
int dd_dpkg_unpack_whiteouts(dd_dpkg_unpack *u, const dd_dpkg_pkg *const *olds, const dd_dpkg_unpacked *done,
	size_t n);
void dd_dpkg_unpacked_free(dd_dpkg_unpacked *p);
void dd_dpkg_unpack_free(dd_dpkg_unpack *u);
/* Where a package path lands in the image: its parent directories followed
 * through the view's collected symlinks (the merged-/usr lib -> usr/lib),
 * as dpkg's writes follow them. *is_link_dir: the path itself is such a
 * symlink (a directory entry there is kept as the symlink). */
int dd_dpkg_resolve_path(const dd_fix_files *files, const char *path, char *out, size_t cap, bool *is_link_dir);
/* 64-bit FNV-1a of a path, the key of the path sets. */
uint64_t dd_dpkg_path_hash(const char *p, size_t n);

#endif
