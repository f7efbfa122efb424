/*
 * Streaming tar reader (ustar, GNU long names/links, PAX extended and global
 * headers). It pulls from a dd_reader and hands out one entry at a time, with
 * a reader for the entry's content; unread content is skipped on the next
 * call. Paths are normalized (no leading "./" or "/", no "." parts); a name
 * that climbs out of the root ("..") is refused as hostile.
 */
#ifndef DD_IMAGE_TAR_H
#define DD_IMAGE_TAR_H

#include <stdint.h>

#include "util/reader.h"

typedef enum dd_tar_type {
	DD_TAR_FILE = 0,
	DD_TAR_HARDLINK,
	DD_TAR_SYMLINK,
	DD_TAR_CHAR,
	DD_TAR_BLOCK,
	DD_TAR_DIR,
	DD_TAR_FIFO,
	DD_TAR_OTHER
} dd_tar_type;

typedef struct dd_tar_entry {
	const char *path;       /* normalized; "" never occurs (the root entry is skipped) */
	const char *linkname;   /* symlink/hardlink target as written ("" if none) */
	dd_tar_type type;
	uint32_t mode;          /* st_mode including the S_IF* type bits */
	uint32_t uid, gid;
	uint64_t size;          /* content bytes (0 for non-files) */
	int64_t mtime;
} dd_tar_entry;

typedef struct dd_tar_limits {
	uint64_t max_entries;     /* default 10 million */
	size_t max_name;          /* default 64 KiB (GNU long names, PAX path) */
	size_t max_pax;           /* default 1 MiB per PAX header */
} dd_tar_limits;

typedef struct dd_tar dd_tar;

/* Does not take ownership of in. `what` names the layer in messages. */
int dd_tar_open(dd_tar **out, dd_reader *in, const dd_tar_limits *limits, const char *what);
/* Next entry (valid until the next call), or DD_ITEROVER at the end. */
int dd_tar_next(dd_tar *t, const dd_tar_entry **entry);
/* Reader over the current entry's content (exactly entry->size bytes);
 * borrowed, valid until the next dd_tar_next(). */
dd_reader *dd_tar_content(dd_tar *t);
uint64_t dd_tar_entry_count(dd_tar *t);
void dd_tar_free(dd_tar *t);

/*
 * Normalizes a tar path in place: strips "./" and leading "/", folds "//"
 * and "." parts, drops a trailing "/". Returns 0, or DD_EFORMAT when a ".."
 * part would climb above the root.
 */
int dd_tar_normalize_path(char *path);

#endif
