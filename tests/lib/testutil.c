/* Shared helpers for cmocka tests (see testutil.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scan/links.h"
#include "scan/squash.h"
#include "testutil.h"

char *dd_test_read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	long n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

char *dd_test_data_path(const char *rel)
{
	char *p = NULL;
	/* DD_TEST_DATA_DIR: another tree's tests/data (a worktree's new
	 * fixtures checked with this build's test binaries) */
	const char *dir = getenv("DD_TEST_DATA_DIR");
	if (asprintf(&p, "%s/%s", dir && *dir ? dir : DD_TEST_DATA, rel) < 0)
		return NULL;
	return p;
}

char *dd_test_shared_path(const char *rel)
{
	char *p = NULL;
	struct stat st;
	if (asprintf(&p, "%s/data/%s", DD_SHARED_DIR, rel) < 0)
		return NULL;
	if (stat(p, &st) != 0) {
		free(p);
		return NULL;
	}
	return p;
}

static ssize_t gen_read(dd_reader *r, void *buf, size_t len)
{
	dd_test_gen_reader *g = (dd_test_gen_reader *)r;
	uint64_t total = dd_test_gen_size(g);
	size_t n = 0;
	uint8_t *out = buf;
	while (n < len && g->pos < total) {
		if (g->pos < g->head_len) {
			out[n++] = g->head[g->pos++];
		} else if (g->pos < g->head_len + g->body) {
			uint64_t left = g->head_len + g->body - g->pos;
			size_t k = len - n < left ? len - n : (size_t)left;
			memset(out + n, g->fill, k);
			n += k;
			g->pos += k;
		} else {
			out[n++] = g->tail[g->pos - g->head_len - g->body];
			g->pos++;
		}
	}
	return (ssize_t)n;
}

static ssize_t trickle_read(dd_reader *r, void *buf, size_t len)
{
	dd_test_trickle *t = (dd_test_trickle *)r;
	size_t n = t->len - t->pos;
	if (n > len)
		n = len;
	if (n > t->step)
		n = t->step;
	memcpy(buf, t->p + t->pos, n);
	t->pos += n;
	return (ssize_t)n;
}

void dd_test_trickle_init(dd_test_trickle *t, const void *data, size_t len, size_t step)
{
	*t = (dd_test_trickle){ { trickle_read, NULL }, data, len, 0, step };
}

void dd_test_gen_init(dd_test_gen_reader *g, uint64_t body, uint8_t fill)
{
	memset(g, 0, sizeof(*g));
	g->base.read = gen_read;
	g->body = body;
	g->fill = fill;
}

uint64_t dd_test_gen_size(const dd_test_gen_reader *g)
{
	return g->head_len + g->body + g->tail_len;
}

size_t dd_test_zip_local(uint8_t *p, const char *name, uint32_t size, uint32_t crc)
{
	size_t n = strlen(name);
	uint8_t h[30] = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0 };
	memcpy(h + 14, &crc, 4);
	memcpy(h + 18, &size, 4);
	memcpy(h + 22, &size, 4);
	h[26] = (uint8_t)n;
	memcpy(p, h, 30);
	memcpy(p + 30, name, n);
	return 30 + n;
}

size_t dd_test_zip_end(uint8_t *p)
{
	memcpy(p, "PK\x05\x06", 4);
	memset(p + 4, 0, 18);
	return 22;
}

static void tar_header(uint8_t *h, const char *name, char type, uint64_t size, const char *linkname)
{
	memset(h, 0, 512);
	snprintf((char *)h, 100, "%s", name);
	snprintf((char *)h + 157, 100, "%s", linkname);
	snprintf((char *)h + 100, 8, "%07o", 0644);
	snprintf((char *)h + 108, 8, "%07o", 0);
	snprintf((char *)h + 116, 8, "%07o", 0);
	snprintf((char *)h + 124, 12, "%011llo", (unsigned long long)size);
	snprintf((char *)h + 136, 12, "%011o", 0);
	h[156] = (uint8_t)type;
	memcpy(h + 257, "ustar\0" "00", 8);
	memset(h + 148, ' ', 8);
	unsigned sum = 0;
	for (int i = 0; i < 512; i++)
		sum += h[i];
	snprintf((char *)h + 148, 8, "%06o", sum);
}

void dd_test_tar_header(uint8_t *h, const char *name, char type, uint64_t size)
{
	tar_header(h, name, type, size, "");
}

size_t dd_test_tar_entry(uint8_t *p, const char *name, char type, const void *data, size_t size)
{
	dd_test_tar_header(p, name, type, size);
	size_t padded = (size + 511) / 512 * 512;
	if (size)
		memcpy(p + 512, data, size);
	memset(p + 512 + size, 0, padded - size);
	return 512 + padded;
}

void dd_test_tar_link(uint8_t *h, const char *name, char type, const char *linkname)
{
	tar_header(h, name, type, 0, linkname);
}

#define TEST_LAYER_ENTRIES 64

int dd_test_layers_build(dd_test_layers *l, const char *script, size_t len)
{
	memset(l, 0, sizeof(*l));
	const char *p = script, *end = script + len;
	size_t entries = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char line[256], name[100], arg[160];
		snprintf(line, sizeof(line), "%.*s", (int)(n < 255 ? n : 255), p);
		p += n + (nl ? 1 : 0);
		if (!strcmp(line, "--") || !l->n) {
			if (l->n == DD_TEST_MAX_LAYERS)
				break;
			/* room for the entries, their content and the end blocks */
			if (!(l->tar[l->n] = calloc(TEST_LAYER_ENTRIES * 1024 + 1024, 1)))
				return -1;
			l->n++;
			entries = 0;
			if (!strcmp(line, "--"))
				continue;
		}
		name[0] = arg[0] = '\0';
		if (strlen(line) < 3 || sscanf(line + 2, "%99s %159[^\n]", name, arg) < 1 || entries == TEST_LAYER_ENTRIES)
			continue;
		uint8_t *at = l->tar[l->n - 1] + l->len[l->n - 1];
		size_t k = 0;
		switch (line[0]) {
		case 'f':
			for (char *c = arg; *c; c++)
				if (*c == '|')
					*c = '\n';
			k = dd_test_tar_entry(at, name, '0', arg, strlen(arg));
			break;
		case 'd':
			k = dd_test_tar_entry(at, name, '5', NULL, 0);
			break;
		case 's':
		case 'h':
			dd_test_tar_link(at, name, line[0] == 's' ? '2' : '1', arg);
			k = 512;
			break;
		default:
			continue;
		}
		l->len[l->n - 1] += k;
		entries++;
	}
	for (size_t i = 0; i < l->n; i++)
		l->len[i] += 1024;   /* the end-of-archive blocks (zeroed by calloc) */
	return 0;
}

void dd_test_layers_free(dd_test_layers *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->tar[i]);
	memset(l, 0, sizeof(*l));
}

static int reread_memory(void *ctx, size_t i, const dd_walk_config *cfg, dd_layer_result *res)
{
	dd_test_layers *l = ctx;
	dd_reader *in = NULL;
	int rc = dd_reader_from_memory(&in, l->tar[i], l->len[i]);
	if (rc)
		return rc;
	rc = dd_walk_tar(cfg, in, (int)i, res);
	dd_reader_close(in);
	return rc;
}

int dd_test_layers_walk(dd_test_layers *l, const dd_walk_config *cfg, dd_layer_result **res)
{
	dd_links_io io = { reread_memory, l, cfg };
	int rc = 0;
	for (size_t i = 0; i < l->n; i++) {
		char digest[48];
		snprintf(digest, sizeof(digest), "sha256:layer%zu", i);
		if (!(res[i] = dd_layer_result_new(digest, digest)))
			return -1;
		if (!rc)
			rc = reread_memory(l, i, cfg, res[i]);
		if (!rc)
			rc = dd_links_fetch_own(res[i], i, &io);
		dd_layer_result_sort_paths(res[i]);
	}
	return rc ? rc : dd_links_settle(res, l->n, &io);
}
