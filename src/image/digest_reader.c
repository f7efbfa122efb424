/*
 * SHA-256 checking reader: hashes the bytes that flow through and, at end of
 * stream, refuses to report EOF unless they match the descriptor. So a
 * consumer can never finish a layer whose bytes were swapped or truncated.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/stream.h"
#include "util/error.h"

typedef struct digest_reader {
	dd_reader base;
	dd_reader *inner;
	EVP_MD_CTX *md;
	char expected[80];
	uint64_t expected_size;
	uint64_t count;
	char what[256];
	char result[72];
	int done;          /* 1 ok, -1 failed */
} digest_reader;

static void hex_of(const unsigned char *d, unsigned n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	for (unsigned i = 0; i < n; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[2 * n] = '\0';
}

static int finish(digest_reader *r)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned n = 0;
	if (EVP_DigestFinal_ex(r->md, md, &n) != 1)
		return dd_error_set(DD_ERROR, "%s: SHA-256 failed", r->what);
	strcpy(r->result, "sha256:");
	hex_of(md, n, r->result + 7);
	if (r->expected_size && r->count != r->expected_size) {
		r->done = -1;
		return dd_error_set(DD_EDIGEST, "%s: size mismatch: descriptor says %llu bytes, got %llu; the blob is truncated or corrupt",
			r->what, (unsigned long long)r->expected_size, (unsigned long long)r->count);
	}
	if (r->expected[0] && strcmp(r->expected, r->result) != 0) {
		r->done = -1;
		return dd_error_set(DD_EDIGEST, "%s: digest mismatch: expected %s, got %s; the blob is corrupt or was tampered with",
			r->what, r->expected, r->result);
	}
	r->done = 1;
	return 0;
}

static ssize_t digest_read(dd_reader *base, void *buf, size_t len)
{
	digest_reader *r = (digest_reader *)base;
	if (r->done == 1)
		return 0;
	if (r->done == -1)
		return DD_EDIGEST;
	ssize_t n = r->inner->read(r->inner, buf, len);
	if (n < 0)
		return n;
	if (n == 0) {
		int rc = finish(r);
		return rc ? rc : 0;
	}
	r->count += (uint64_t)n;
	if (r->expected_size && r->count > r->expected_size) {
		r->done = -1;
		return dd_error_set(DD_EDIGEST, "%s: more bytes than the descriptor's %llu; refusing the blob",
			r->what, (unsigned long long)r->expected_size);
	}
	EVP_DigestUpdate(r->md, buf, (size_t)n);
	return n;
}

static void digest_close(dd_reader *base)
{
	digest_reader *r = (digest_reader *)base;
	dd_reader_close(r->inner);
	EVP_MD_CTX_free(r->md);
	free(r);
}

int dd_digest_reader_new(dd_reader **out, dd_reader *inner, const char *expected,
	uint64_t expected_size, const char *what)
{
	digest_reader *r = calloc(1, sizeof(*r));
	if (!r || !(r->md = EVP_MD_CTX_new())) {
		free(r);
		dd_reader_close(inner);
		return dd_error_oom();
	}
	if (EVP_DigestInit_ex(r->md, EVP_sha256(), NULL) != 1) {
		digest_close(&r->base);
		return dd_error_set(DD_ERROR, "SHA-256 unavailable");
	}
	if (expected) {
		if (strncmp(expected, "sha256:", 7) != 0 || strlen(expected) != 71) {
			r->inner = inner;
			digest_close(&r->base);
			return dd_error_set(DD_EUNSUPPORTED, "%s: unsupported digest '%.80s' (only sha256 is supported)",
				what ? what : "blob", expected);
		}
		snprintf(r->expected, sizeof(r->expected), "%s", expected);
	}
	snprintf(r->what, sizeof(r->what), "%s", what ? what : "blob");
	r->expected_size = expected_size;
	r->inner = inner;
	r->base.read = digest_read;
	r->base.close = digest_close;
	*out = &r->base;
	return 0;
}

