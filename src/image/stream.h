/*
 * The layer byte pipeline: raw blob bytes -> SHA-256 check -> decompression
 * (gzip via ISA-L with a zlib fallback, zstd, xz, or none) -> tar entries.
 */
#ifndef DD_IMAGE_STREAM_H
#define DD_IMAGE_STREAM_H

#include <stdbool.h>
#include <stdint.h>

#include "util/reader.h"

/*
 * Wraps inner (taking ownership) and hashes what passes through. At the end
 * of the stream, when expected ("sha256:...") is non-NULL, a mismatch (or a
 * byte count other than expected_size when that is non-zero) fails the last
 * read with DD_EDIGEST naming `what`.
 */
int dd_digest_reader_new(dd_reader **out, dd_reader *inner, const char *expected,
	uint64_t expected_size, const char *what);

typedef enum dd_compression {
	DD_COMPRESSION_AUTO = 0,   /* sniff magic bytes */
	DD_COMPRESSION_NONE,
	DD_COMPRESSION_GZIP,
	DD_COMPRESSION_ZSTD,
	DD_COMPRESSION_XZ          /* Debian's .deb members and Packages.xz (liblzma) */
} dd_compression;

typedef struct dd_inflate_limits {
	uint64_t max_output;       /* total decompressed bytes (default 64 GiB) */
	uint64_t max_ratio;        /* output/input ratio once output > 64 MiB (default 1000) */
	bool zlib;                 /* gzip through zlib instead of ISA-L (dd_image_options.inflate) */
} dd_inflate_limits;

/* Wraps inner (taking ownership) with a decompressor. */
int dd_decompress_reader_new(dd_reader **out, dd_reader *inner, dd_compression c,
	const dd_inflate_limits *limits, const char *what);

/*
 * Wraps inner (taking ownership) so that a helper thread reads it up to
 * depth chunks of chunk_size bytes ahead of the caller (readahead.c). Same
 * bytes, same errors, in the same order. Falls back to inner itself when no
 * thread can be started.
 */
int dd_readahead_new(dd_reader **out, dd_reader *inner, size_t chunk_size, unsigned depth);

#endif
