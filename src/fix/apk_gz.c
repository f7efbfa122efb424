/*
 * The gzip members of apk files (apk_internal.h). An .apk is three gzip
 * streams one after the other (signature, control, data) and APKINDEX.tar.gz
 * two (signature, index); the signatures are over the compressed bytes of
 * the next member, so the boundaries must be found by inflating, exactly.
 * zlib stops at the end of one member and says how much input it used.
 * Output is capped: an index or control member that inflates past its cap
 * is a decompression bomb and refused.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "fix/apk_internal.h"
#include "util/buf.h"
#include "util/error.h"

#define CHUNK 65536

int dd_apk_gz_member(int fd, uint64_t off, uint64_t file_size, size_t max_out, const char *what, uint64_t *end,
	char **out, size_t *outlen)
{
	z_stream z = { 0 };
	unsigned char *in = malloc(CHUNK), *tmp = malloc(CHUNK);
	dd_buf b = DD_BUF_INIT(max_out);
	int rc = 0, zr = Z_OK;
	uint64_t pos = off;
	if (!in || !tmp) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		rc = dd_error_oom();
		goto cleanup;
	}
	while (zr != Z_STREAM_END) {
		if (z.avail_in == 0) {
			if (pos >= file_size) {
				rc = dd_error_set(DD_EFORMAT, "%s: truncated gzip member at byte %llu", what, (unsigned long long)pos);
				goto end;
			}
			size_t want = file_size - pos < CHUNK ? (size_t)(file_size - pos) : CHUNK;
			ssize_t n = pread(fd, in, want, (off_t)pos);
			if (n <= 0) {
				rc = dd_error_set(n < 0 ? DD_EIO : DD_EFORMAT, "%s: read at %llu: %s", what,
					(unsigned long long)pos, n < 0 ? strerror(errno) : "unexpected end");
				goto end;
			}
			pos += (uint64_t)n;
			z.next_in = in;
			z.avail_in = (uInt)n;
		}
		z.next_out = tmp;
		z.avail_out = CHUNK;
		zr = inflate(&z, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END) {
			rc = dd_error_set(DD_EFORMAT, "%s: not a gzip stream (%s)", what, z.msg ? z.msg : "corrupt");
			goto end;
		}
		size_t got = CHUNK - z.avail_out;
		if (out && got && dd_buf_put(&b, tmp, got) < 0) {
			rc = dd_error_set(DD_ELIMIT, "%s inflates to more than %zu bytes; refusing it (decompression bomb?)",
				what, max_out);
			goto end;
		}
		if (!out && z.total_out > max_out) {
			rc = dd_error_set(DD_ELIMIT, "%s inflates to more than %zu bytes; refusing it (decompression bomb?)",
				what, max_out);
			goto end;
		}
	}
	*end = pos - z.avail_in;
	if (out) {
		if (!b.ptr && dd_buf_put(&b, "", 0) < 0) {
			rc = dd_error_oom();
			goto end;
		}
		*outlen = b.len;
		*out = dd_buf_detach(&b);
	}
end:
	inflateEnd(&z);
cleanup:
	dd_buf_free(&b);
	free(in);
	free(tmp);
	return rc;
}

int dd_apk_digest_range(int fd, uint64_t off, uint64_t end, const EVP_MD *md, unsigned char *out, unsigned *outlen)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	unsigned char *buf = malloc(CHUNK);
	int rc = 0;
	if (!ctx || !buf || EVP_DigestInit_ex(ctx, md, NULL) != 1) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (uint64_t pos = off; pos < end;) {
		size_t want = end - pos < CHUNK ? (size_t)(end - pos) : CHUNK;
		ssize_t n = pread(fd, buf, want, (off_t)pos);
		if (n <= 0) {
			rc = dd_error_set(DD_EIO, "read at %llu: %s", (unsigned long long)pos, n < 0 ? strerror(errno) : "end");
			goto cleanup;
		}
		EVP_DigestUpdate(ctx, buf, (size_t)n);
		pos += (uint64_t)n;
	}
	if (EVP_DigestFinal_ex(ctx, out, outlen) != 1)
		rc = dd_error_set(DD_ERROR, "digest failed");
cleanup:
	EVP_MD_CTX_free(ctx);
	free(buf);
	return rc;
}
