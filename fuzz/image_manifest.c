/*
 * Fuzzes manifest, index and config handling through an in-memory source:
 * the input is split at the first NUL into a top-level manifest/index and a
 * blob that every digest resolves to (so configs and nested indexes parse).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image/image.h"

static const uint8_t *g_top, *g_blob;
static size_t g_top_len, g_blob_len;

typedef struct mem_source {
	dd_source base;
} mem_source;

static int mem_open(dd_source **out, const char *locator, const dd_image_options *opts);

static int mem_get_manifest(dd_source *s, const char *digest, char **data, size_t *len, char **mt)
{
	(void)s;
	const uint8_t *src = digest ? g_blob : g_top;
	size_t n = digest ? g_blob_len : g_top_len;
	*mt = NULL;
	*data = malloc(n + 1);
	if (!*data)
		return -2;
	memcpy(*data, src, n);
	(*data)[n] = 0;
	*len = n;
	return 0;
}

static int mem_open_blob(dd_source *s, const dd_descriptor *d, dd_reader **out)
{
	(void)s;
	(void)d;
	return dd_reader_from_memory(out, g_blob, g_blob_len);
}

static void mem_close(dd_source *s)
{
	free(s);
}

static const dd_source_ops mem_ops = {
	.transport = "fuzz", .open = mem_open, .get_manifest = mem_get_manifest,
	.open_blob = mem_open_blob, .repository = NULL, .close = mem_close,
};

static int mem_open(dd_source **out, const char *locator, const dd_image_options *opts)
{
	(void)locator;
	(void)opts;
	mem_source *s = calloc(1, sizeof(*s));
	if (!s)
		return -2;
	s->base.ops = &mem_ops;
	*out = &s->base;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	g_top = data;
	g_top_len = nul ? (size_t)(nul - data) : size;
	g_blob = nul ? nul + 1 : data;
	g_blob_len = nul ? size - g_top_len - 1 : size;
	dd_image *img = NULL;
	if (dd_image_open_source(&img, "fuzz:image", &mem_ops, "x", NULL) == 0)
		dd_image_free(img);
	return 0;
}
