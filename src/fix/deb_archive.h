/*
 * A Debian binary package (.deb, deb(5)): an ar archive of debian-binary
 * ("2.0"), control.tar[.gz|.xz|.zst] and data.tar[.gz|.xz|.zst]. The one
 * idea: the control members (control, md5sums, conffiles, maintainer
 * scripts) are small and read whole, within caps; data.tar is never held:
 * it is streamed entry by entry straight into the patch layer, each entry
 * checked as it passes (no "..", no absolute name, no symlink leaving the
 * root, no device nodes), under the decompressor's bomb limits.
 */
#ifndef DD_FIX_DEB_ARCHIVE_H
#define DD_FIX_DEB_ARCHIVE_H

#include <stddef.h>
#include <stdint.h>

#include "image/stream.h"
#include "image/tar.h"

#define DD_DEB_CONTROL_FILE_MAX (16u << 20)
#define DD_DEB_CONTROL_TOTAL_MAX (64u << 20)
#define DD_DEB_CONTROL_FILES_MAX 64
#define DD_DEB_DATA_MAX (16ull << 30)

typedef struct dd_deb_file {
	char name[64];          /* "control", "md5sums", "conffiles", "postinst", ... */
	char *data;             /* NUL-terminated */
	size_t len;
	unsigned mode;
} dd_deb_file;

typedef struct dd_deb {
	char *path;
	dd_deb_file files[DD_DEB_CONTROL_FILES_MAX];
	size_t n_files;
	uint64_t data_offset, data_size;
	dd_compression data_compression;
	char what[256];
} dd_deb;

/* Reads the .deb at path (a verified download): the ar members and the
 * whole control.tar. `what` names the package in messages. */
int dd_deb_open(dd_deb **out, const char *path, const char *what);
/* A control member by name, or NULL. */
const dd_deb_file *dd_deb_control(const dd_deb *d, const char *name);

/* Streams data.tar: calls fn for every entry (path normalized, checked as
 * above) with a reader over its content. fn returns 0 to go on. */
typedef int (*dd_deb_entry_fn)(void *ctx, const dd_tar_entry *e, dd_reader *content);
int dd_deb_data_each(const dd_deb *d, dd_deb_entry_fn fn, void *ctx);

/* Whether a symlink at path with this target stays inside the root
 * (absolute targets do: they resolve against the image root). */
int dd_deb_symlink_ok(const char *path, const char *target);
void dd_deb_free(dd_deb *d);

#endif
