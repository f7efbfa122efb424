/*
 * A pull-based byte stream. Every stage of the layer pipeline (blob source,
 * digest check, decompressor, tar entry) is a dd_reader over the one below,
 * so bytes flow once, in bounded chunks, with no temporary files.
 */
#ifndef DD_UTIL_READER_H
#define DD_UTIL_READER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct dd_reader dd_reader;

struct dd_reader {
	/* Reads up to len bytes; returns the count, 0 at end, or a negative
	 * dd_error_code (with the message set). */
	ssize_t (*read)(dd_reader *r, void *buf, size_t len);
	/* Releases the reader (and, for wrappers that own it, the inner one). */
	void (*close)(dd_reader *r);
};

static inline ssize_t dd_reader_read(dd_reader *r, void *buf, size_t len)
{
	return r->read(r, buf, len);
}

static inline void dd_reader_close(dd_reader *r)
{
	if (r && r->close)
		r->close(r);
}

/* Reads exactly len bytes or fails (DD_EFORMAT "unexpected end" on short). */
int dd_reader_read_full(dd_reader *r, void *buf, size_t len);
/* Reads and discards up to n bytes; returns 0 or an error. */
int dd_reader_skip(dd_reader *r, uint64_t n);
/* Reads everything (at most max bytes; DD_ELIMIT beyond) into *out (malloc'ed, NUL-terminated). */
int dd_reader_read_all(dd_reader *r, size_t max, char **out, size_t *outlen);

/* Readers over memory and files. */
int dd_reader_from_memory(dd_reader **out, const void *data, size_t len);
/* Reads [offset, offset+len) of a file; len UINT64_MAX means to the end. */
int dd_reader_from_file(dd_reader **out, const char *path, uint64_t offset, uint64_t len);
int dd_reader_from_fd(dd_reader **out, int fd, uint64_t offset, uint64_t len, int close_fd);

/* A whole local file the user named (ignore file, VEX, report, rules,
 * advisory file), at most max bytes, NUL-terminated into *out (caller
 * frees). Directories, FIFOs and devices are refused; errors read
 * "<what> <path>: <reason>" (DD_ENOTFOUND when it does not exist). */
int dd_file_read_all(const char *what, const char *path, size_t max, char **out, size_t *outlen);
/* Reads a user's file as dd_file_read_all does and hands its text to fn
 * (ctx, path, text, len): the parsers keep a text entry point the fuzzers
 * call, and the file reading lives here once. fn's result is returned. */
typedef int (*dd_text_fn)(void *ctx, const char *path, const char *text, size_t len);
int dd_file_parse(const char *what, const char *path, size_t max, dd_text_fn fn, void *ctx);

#endif
