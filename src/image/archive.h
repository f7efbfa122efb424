/*
 * Random access to members of a tar file on disk (docker save archives, OCI
 * archives), plain or gzip/zstd-compressed. A plain tar is indexed once and
 * members are read in place (pread); a compressed one is re-streamed from the
 * start up to the member, which costs CPU but never a temporary file.
 */
#ifndef DD_IMAGE_ARCHIVE_H
#define DD_IMAGE_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/reader.h"

typedef struct dd_archive dd_archive;

/* zlib: inflate a gzip file with zlib instead of ISA-L */
int dd_archive_open(dd_archive **out, const char *path, bool zlib);
void dd_archive_free(dd_archive *a);
/* Reads a whole member (at most max bytes, DD_ELIMIT beyond). */
int dd_archive_read(dd_archive *a, const char *name, size_t max, char **data, size_t *len);
/* The size of a member as stored (symlinks followed); DD_ENOTFOUND when
 * there is no such member. Costs nothing: the index knows it. */
int dd_archive_member_size(dd_archive *a, const char *name, uint64_t *size);
/* Opens a member as a stream of its bytes. */
int dd_archive_open_member(dd_archive *a, const char *name, dd_reader **out, uint64_t *size);

#endif
