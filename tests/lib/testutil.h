/* Shared helpers for cmocka tests. */
#ifndef DD_TESTUTIL_H
#define DD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "util/reader.h"

/* Reads a whole file (NUL-terminated); NULL if missing. */
char *dd_test_read_file(const char *path, size_t *len);
/* Path under tests/data (static buffer per call site is not used: malloc'ed). */
char *dd_test_data_path(const char *rel);
/* A setup allocation that the allocation sweep made fail (tests/lib/
 * alloc_sweep.py): the case ends here, skipped, instead of crashing in the
 * test's own code (which would stop the sweep of that case). */
#define DD_TEST_REQUIRE(p) do { if (!(p)) skip(); } while (0)

/* Path under ../shared/data, or NULL when ../shared is absent (skip the test). */
char *dd_test_shared_path(const char *rel);

#define DD_SKIP_EXIT 77

/* A reader over memory that hands out at most `step` bytes per call, so
 * a parser meets every split of its input across reads. */
typedef struct dd_test_trickle {
	dd_reader base;
	const uint8_t *p;
	size_t len, pos, step;
} dd_test_trickle;
void dd_test_trickle_init(dd_test_trickle *t, const void *data, size_t len, size_t step);

/*
 * A reader of bytes made on the fly, for archives too big to keep: `head`,
 * then `body` copies of `fill`, then `tail` (both copied in, at most 1 KiB).
 */
typedef struct dd_test_gen_reader {
	dd_reader base;
	uint8_t head[1024], tail[1024];
	size_t head_len, tail_len;
	uint64_t body, pos;
	uint8_t fill;
} dd_test_gen_reader;
void dd_test_gen_init(dd_test_gen_reader *g, uint64_t body, uint8_t fill);
uint64_t dd_test_gen_size(const dd_test_gen_reader *g);
/* Writes a zip local header (STORED, sizes known) at p; returns its length. */
size_t dd_test_zip_local(uint8_t *p, const char *name, uint32_t size, uint32_t crc);
/* Appends an end-of-central-directory record with no entries. */
size_t dd_test_zip_end(uint8_t *p);
/* Writes a ustar header (mode 0644, type '0' file, '2' symlink, '5' dir...)
 * for an entry of size bytes at h (512 bytes). */
void dd_test_tar_header(uint8_t *h, const char *name, char type, uint64_t size);
/* Writes header, content and padding at p; returns the bytes written. */
size_t dd_test_tar_entry(uint8_t *p, const char *name, char type, const void *data, size_t size);

/* A symlink ('2') or hardlink ('1') header to linkname at h (512 bytes). */
void dd_test_tar_link(uint8_t *h, const char *name, char type, const char *linkname);

/*
 * Layers built in memory from a script, one entry a line, "--" starting the
 * next layer: "f PATH CONTENT" (a file; '|' in CONTENT is a newline),
 * "d PATH", "s PATH TARGET" (symlink), "h PATH TARGET" (hardlink). At most
 * DD_TEST_MAX_LAYERS layers of 64 entries; names up to 99 bytes.
 */
#define DD_TEST_MAX_LAYERS 6
typedef struct dd_test_layers {
	uint8_t *tar[DD_TEST_MAX_LAYERS];
	size_t len[DD_TEST_MAX_LAYERS];
	size_t n;
} dd_test_layers;
struct dd_walk_config;
struct dd_layer_result;
int dd_test_layers_build(dd_test_layers *l, const char *script, size_t len);
void dd_test_layers_free(dd_test_layers *l);
/* Walks every layer with cfg into res[i] ("sha256:layerI"), then settles
 * links as dd_scan does (second reads from memory). 0, or the first error. */
int dd_test_layers_walk(dd_test_layers *l, const struct dd_walk_config *cfg, struct dd_layer_result **res);

#endif
