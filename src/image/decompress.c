/*
 * Decompressing reader: gzip through ISA-L's igzip (several times faster
 * than zlib; zlib stays as the fallback, selected with DRYDOCK_INFLATE=zlib),
 * zstd through libzstd, xz through liblzma (.deb members and apt indexes,
 * never OCI layers, so AUTO does not sniff it), or pass-through. Multi-member gzip and multi-frame
 * zstd streams are followed to the end. Output is capped in total and, past
 * a threshold, in ratio to input: a decompression bomb ends with DD_ELIMIT.
 */
#include <isa-l/igzip_lib.h>
#include <lzma.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

#include "image/stream.h"
#include "util/isal_ready.h"
#include "util/error.h"

#define IN_CHUNK (128u * 1024)
#define RATIO_THRESHOLD (256ull << 20)

typedef struct decomp {
	dd_reader base;
	dd_reader *inner;
	dd_compression kind;
	bool use_zlib;
	unsigned char *in;
	size_t in_len, in_pos;
	bool in_eof;
	bool member_done;   /* gzip: a member ended; look for another */
	bool finished;
	uint64_t total_in, total_out;
	dd_inflate_limits limits;
	struct inflate_state *isal;
	z_stream zs;
	bool zs_init;
	ZSTD_DCtx *zstd;
	lzma_stream xz;
	bool xz_init;
	char what[256];
} decomp;

static int refill(decomp *d)
{
	if (d->in_pos < d->in_len || d->in_eof)
		return 0;
	ssize_t n = d->inner->read(d->inner, d->in, IN_CHUNK);
	if (n < 0)
		return (int)n;
	d->in_pos = 0;
	d->in_len = (size_t)n;
	d->total_in += (uint64_t)n;
	if (n == 0)
		d->in_eof = true;
	return 0;
}

static int check_limits(decomp *d)
{
	if (d->total_out > d->limits.max_output)
		return dd_error_set(DD_ELIMIT, "%s: decompressed size exceeds the %llu-byte limit (decompression bomb?)",
			d->what, (unsigned long long)d->limits.max_output);
	if (d->total_out > RATIO_THRESHOLD && d->total_in &&
	    d->total_out / d->total_in > d->limits.max_ratio)
		return dd_error_set(DD_ELIMIT, "%s: compression ratio above %llu:1 (decompression bomb?)",
			d->what, (unsigned long long)d->limits.max_ratio);
	return 0;
}

/* After a gzip member: another member, zero padding, or the end. */
static int next_member(decomp *d, bool *more)
{
	*more = false;
	for (;;) {
		int rc = refill(d);
		if (rc)
			return rc;
		if (d->in_pos >= d->in_len)
			return 0; /* clean end */
		unsigned char c = d->in[d->in_pos];
		if (c == 0x1f) {
			*more = true;
			return 0;
		}
		if (c != 0)
			return dd_error_set(DD_EFORMAT, "%s: garbage after the end of the gzip stream", d->what);
		d->in_pos++; /* tolerate zero padding */
	}
}

static ssize_t read_isal(decomp *d, unsigned char *out, size_t len)
{
	for (;;) {
		if (d->member_done) {
			bool more;
			int rc = next_member(d, &more);
			if (rc)
				return rc;
			if (!more) {
				d->finished = true;
				return 0;
			}
			isal_inflate_reset(d->isal);
			d->isal->crc_flag = ISAL_GZIP;
			d->member_done = false;
		}
		int rc = refill(d);
		if (rc)
			return rc;
		d->isal->next_in = d->in + d->in_pos;
		d->isal->avail_in = (uint32_t)(d->in_len - d->in_pos);
		d->isal->next_out = out;
		d->isal->avail_out = len > (1u << 30) ? (1u << 30) : (uint32_t)len;
		uint32_t before_out = d->isal->avail_out;
		int ret = isal_inflate(d->isal);
		d->in_pos = d->in_len - d->isal->avail_in;
		size_t produced = before_out - d->isal->avail_out;
		if (ret < 0)
			return dd_error_set(DD_EFORMAT, "%s: corrupt gzip data (%s)", d->what,
				ret == ISAL_INCORRECT_CHECKSUM ? "checksum mismatch" :
				ret == ISAL_INVALID_WRAPPER ? "bad gzip header" : "invalid deflate stream");
		if (d->isal->block_state == ISAL_BLOCK_FINISH)
			d->member_done = true;
		if (produced)
			return (ssize_t)produced;
		if (d->member_done)
			continue;
		if (d->in_eof && d->in_pos >= d->in_len)
			return dd_error_set(DD_EFORMAT, "%s: truncated gzip stream", d->what);
	}
}

static ssize_t read_zlib(decomp *d, unsigned char *out, size_t len)
{
	for (;;) {
		if (d->member_done) {
			bool more;
			int rc = next_member(d, &more);
			if (rc)
				return rc;
			if (!more) {
				d->finished = true;
				return 0;
			}
			inflateReset(&d->zs);
			d->member_done = false;
		}
		int rc = refill(d);
		if (rc)
			return rc;
		d->zs.next_in = d->in + d->in_pos;
		d->zs.avail_in = (uInt)(d->in_len - d->in_pos);
		d->zs.next_out = out;
		d->zs.avail_out = len > (1u << 30) ? (1u << 30) : (uInt)len;
		uInt before_out = d->zs.avail_out;
		int ret = inflate(&d->zs, Z_NO_FLUSH);
		d->in_pos = d->in_len - d->zs.avail_in;
		size_t produced = before_out - d->zs.avail_out;
		if (ret == Z_STREAM_END)
			d->member_done = true;
		else if (ret != Z_OK && ret != Z_BUF_ERROR)
			return dd_error_set(DD_EFORMAT, "%s: corrupt gzip data (%s)", d->what, d->zs.msg ? d->zs.msg : "inflate failed");
		if (produced)
			return (ssize_t)produced;
		if (d->member_done)
			continue;
		if (d->in_eof && d->in_pos >= d->in_len)
			return dd_error_set(DD_EFORMAT, "%s: truncated gzip stream", d->what);
	}
}

static ssize_t read_zstd(decomp *d, unsigned char *out, size_t len)
{
	for (;;) {
		int rc = refill(d);
		if (rc)
			return rc;
		if (d->in_eof && d->in_pos >= d->in_len) {
			if (!d->member_done)
				return dd_error_set(DD_EFORMAT, "%s: truncated zstd stream", d->what);
			d->finished = true;
			return 0;
		}
		ZSTD_inBuffer in = { d->in, d->in_len, d->in_pos };
		ZSTD_outBuffer ob = { out, len, 0 };
		size_t ret = ZSTD_decompressStream(d->zstd, &ob, &in);
		d->in_pos = in.pos;
		if (ZSTD_isError(ret))
			return dd_error_set(DD_EFORMAT, "%s: corrupt zstd data (%s)", d->what, ZSTD_getErrorName(ret));
		/* ret == 0: a frame ended exactly here; more frames may follow */
		d->member_done = ret == 0;
		if (ob.pos)
			return (ssize_t)ob.pos;
	}
}

static ssize_t read_xz(decomp *d, unsigned char *out, size_t len)
{
	for (;;) {
		int rc = refill(d);
		if (rc)
			return rc;
		d->xz.next_in = d->in + d->in_pos;
		d->xz.avail_in = d->in_len - d->in_pos;
		d->xz.next_out = out;
		d->xz.avail_out = len;
		/* LZMA_FINISH once the input has ended: a truncated stream is then
		 * LZMA_BUF_ERROR instead of a wait for more */
		lzma_ret ret = lzma_code(&d->xz, d->in_eof && d->in_pos >= d->in_len ? LZMA_FINISH : LZMA_RUN);
		d->in_pos = d->in_len - d->xz.avail_in;
		size_t produced = len - d->xz.avail_out;
		if (ret == LZMA_STREAM_END) {
			d->finished = true;
			return (ssize_t)produced;
		}
		if (ret == LZMA_MEMLIMIT_ERROR)
			return dd_error_set(DD_ELIMIT, "%s: xz stream needs more than 256 MiB to decode (hostile?)", d->what);
		if (ret == LZMA_BUF_ERROR && d->in_eof)
			return dd_error_set(DD_EFORMAT, "%s: truncated xz stream", d->what);
		if (ret != LZMA_OK && ret != LZMA_BUF_ERROR)
			return dd_error_set(DD_EFORMAT, "%s: corrupt xz data (liblzma error %d)", d->what, (int)ret);
		if (produced)
			return (ssize_t)produced;
	}
}

static ssize_t decomp_read(dd_reader *base, void *buf, size_t len)
{
	decomp *d = (decomp *)base;
	if (d->finished || len == 0)
		return 0;
	ssize_t n;
	switch (d->kind) {
	case DD_COMPRESSION_GZIP:
		n = d->use_zlib ? read_zlib(d, buf, len) : read_isal(d, buf, len);
		break;
	case DD_COMPRESSION_ZSTD:
		n = read_zstd(d, buf, len);
		break;
	case DD_COMPRESSION_XZ:
		n = read_xz(d, buf, len);
		break;
	default:
		if (d->in_pos < d->in_len) {
			/* bytes consumed by sniffing */
			size_t k = d->in_len - d->in_pos;
			if (k > len)
				k = len;
			memcpy(buf, d->in + d->in_pos, k);
			d->in_pos += k;
			n = (ssize_t)k;
		} else {
			n = d->inner->read(d->inner, buf, len);
			if (n > 0)
				d->total_in += (uint64_t)n;
		}
		if (n == 0)
			d->finished = true;
		break;
	}
	if (n > 0) {
		d->total_out += (uint64_t)n;
		int rc = check_limits(d);
		if (rc)
			return rc;
	}
	return n;
}

static void decomp_close(dd_reader *base)
{
	decomp *d = (decomp *)base;
	dd_reader_close(d->inner);
	free(d->in);
	free(d->isal);
	if (d->zs_init)
		inflateEnd(&d->zs);
	ZSTD_freeDCtx(d->zstd);
	if (d->xz_init)
		lzma_end(&d->xz);
	free(d);
}

int dd_decompress_reader_new(dd_reader **out, dd_reader *inner, dd_compression c,
	const dd_inflate_limits *limits, const char *what)
{
	int rc = 0;
	decomp *d = calloc(1, sizeof(*d));
	if (!d || !(d->in = malloc(IN_CHUNK))) {
		free(d);
		dd_reader_close(inner);
		return dd_error_oom();
	}
	d->inner = inner;
	d->base.read = decomp_read;
	d->base.close = decomp_close;
	snprintf(d->what, sizeof(d->what), "%s", what ? what : "layer");
	d->limits.max_output = limits && limits->max_output ? limits->max_output : (64ull << 30);
	d->limits.max_ratio = limits && limits->max_ratio ? limits->max_ratio : 2000;
	if (c == DD_COMPRESSION_AUTO) {
		/* sniff the magic: gzip 1f 8b, zstd 28 b5 2f fd, else plain tar */
		while (d->in_len < 4 && !d->in_eof) {
			ssize_t n = inner->read(inner, d->in + d->in_len, IN_CHUNK - d->in_len);
			if (n < 0) {
				rc = (int)n;
				goto fail;
			}
			if (n == 0)
				d->in_eof = true;
			d->in_len += (size_t)n;
			d->total_in += (uint64_t)n;
		}
		if (d->in_len >= 2 && d->in[0] == 0x1f && d->in[1] == 0x8b)
			c = DD_COMPRESSION_GZIP;
		else if (d->in_len >= 4 && d->in[0] == 0x28 && d->in[1] == 0xb5 && d->in[2] == 0x2f && d->in[3] == 0xfd)
			c = DD_COMPRESSION_ZSTD;
		else
			c = DD_COMPRESSION_NONE;
	}
	d->kind = c;
	if (c == DD_COMPRESSION_GZIP) {
		d->use_zlib = limits && limits->zlib;
		if (d->use_zlib) {
			if (inflateInit2(&d->zs, 16 + MAX_WBITS) != Z_OK) {
				rc = dd_error_oom();
				goto fail;
			}
			d->zs_init = true;
		} else {
			if (!(d->isal = calloc(1, sizeof(*d->isal)))) {
				rc = dd_error_oom();
				goto fail;
			}
			dd_isal_ready();
			isal_inflate_init(d->isal);
			d->isal->crc_flag = ISAL_GZIP;
		}
	} else if (c == DD_COMPRESSION_ZSTD) {
		if (!(d->zstd = ZSTD_createDCtx())) {
			rc = dd_error_oom();
			goto fail;
		}
		/* cap the window (memory) at 128 MiB; larger windows are refused */
		ZSTD_DCtx_setParameter(d->zstd, ZSTD_d_windowLogMax, 27);
	} else if (c == DD_COMPRESSION_XZ) {
		/* xz -9 needs 65 MiB to decode; a stream asking for more than
		 * 256 MiB is refused (LZMA_MEMLIMIT_ERROR) rather than obeyed.
		 * LZMA_CONCATENATED follows multi-stream files as xz(1) does */
		lzma_stream init = LZMA_STREAM_INIT;
		d->xz = init;
		lzma_ret ret = lzma_stream_decoder(&d->xz, 256ull << 20, LZMA_CONCATENATED);
		if (ret != LZMA_OK) {
			rc = ret == LZMA_MEM_ERROR ? dd_error_oom() : dd_error_set(DD_ERROR, "%s: liblzma init failed (%d)", d->what, (int)ret);
			goto fail;
		}
		d->xz_init = true;
	}
	*out = &d->base;
	return 0;
fail:
	decomp_close(&d->base);
	return rc;
}
