/*
 * The tar+gzip layer writer: entries in, a gzip'ed tar out to a file, with
 * both digests a layer needs computed as the bytes pass: the diff_id over
 * the tar (config rootfs.diff_ids) and the blob digest over the gzip stream
 * (manifest layers[].digest). Nothing is read back and nothing held but one
 * block and one deflate buffer, so memory is bounded whatever goes in.
 *
 * The one idea: the output is a function of the entries only. Every header
 * carries the options' mtime, uid and gid, no user or group names, and the
 * gzip header has no name and no time, so the same entries give the same
 * digest on any machine (what makes a fix reproducible and lets a registry
 * recognize a layer it already has).
 *
 * Format: POSIX ustar; a name or link target that does not fit its field
 * gets a pax extended header ('x') before the entry, as GNU tar --format=pax
 * writes them; sizes past the 8 GiB octal field go in the pax header too.
 */
#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "image/writer.h"
#include "util/buf.h"
#include "util/error.h"

#define BLOCK 512
#define OUT_CHUNK (64u << 10)
#define IN_CHUNK (64u << 10)
#define PATH_MAX_LEN 4096
#define PAX_MAX 16384

struct dd_layer_writer {
	int fd;
	dd_layer_writer_options opts;
	z_stream z;
	bool z_ready;
	EVP_MD_CTX *tar_md, *gz_md;
	unsigned char *out;      /* deflate output, OUT_CHUNK */
	unsigned char *in;       /* file content staging, IN_CHUNK */
	uint64_t tar_size, gz_size;
	bool failed, finished;
};

static int fail(dd_layer_writer *w, int rc)
{
	w->failed = true;
	return rc;
}

static int write_all(dd_layer_writer *w, const unsigned char *p, size_t n)
{
	while (n) {
		ssize_t k = write(w->fd, p, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return fail(w, dd_error_set(DD_EIO, "layer writer: writing the layer: %s", strerror(errno)));
		}
		EVP_DigestUpdate(w->gz_md, p, (size_t)k);
		w->gz_size += (uint64_t)k;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Feeds tar bytes to the hash and the compressor; flush ends the stream. */
static int put(dd_layer_writer *w, const void *data, size_t len, int flush)
{
	if (w->failed)
		return dd_error_set(DD_EINVAL, "layer writer: used after a failure");
	EVP_DigestUpdate(w->tar_md, data, len);
	w->tar_size += len;
	w->z.next_in = (Bytef *)data;
	w->z.avail_in = (uInt)len;
	for (;;) {
		w->z.next_out = w->out;
		w->z.avail_out = OUT_CHUNK;
		int zr = deflate(&w->z, flush);
		if (zr == Z_STREAM_ERROR)
			return fail(w, dd_error_set(DD_ERROR, "layer writer: zlib deflate failed"));
		size_t have = OUT_CHUNK - w->z.avail_out;
		int rc;
		if (have && (rc = write_all(w, w->out, have)) != 0)
			return rc;
		if (flush == Z_FINISH ? zr == Z_STREAM_END : (w->z.avail_in == 0 && w->z.avail_out != 0))
			break;
	}
	return 0;
}

int dd_layer_writer_new(dd_layer_writer **out, int fd, const dd_layer_writer_options *opts)
{
	dd_layer_writer_options def = DD_LAYER_WRITER_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	if (opts->version != DD_LAYER_WRITER_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "layer writer: options version %u, this drydock knows %u", opts->version,
			DD_LAYER_WRITER_OPTIONS_VERSION);
	if (opts->level < 1 || opts->level > 9 || opts->mtime < 0 || opts->mtime > 077777777777LL ||
	    opts->uid > 07777777 || opts->gid > 07777777)
		return dd_error_set(DD_EINVAL, "layer writer: level must be 1..9, mtime, uid and gid fit a tar header");
	dd_layer_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return dd_error_oom();
	w->fd = fd;
	w->opts = *opts;
	w->out = malloc(OUT_CHUNK);
	w->in = malloc(IN_CHUNK);
	w->tar_md = EVP_MD_CTX_new();
	w->gz_md = EVP_MD_CTX_new();
	if (!w->out || !w->in || !w->tar_md || !w->gz_md) {
		dd_layer_writer_free(w);
		return dd_error_oom();
	}
	EVP_DigestInit_ex(w->tar_md, EVP_sha256(), NULL);
	EVP_DigestInit_ex(w->gz_md, EVP_sha256(), NULL);
	/* windowBits 15 + 16: a gzip wrapper; zlib writes mtime 0 and no name */
	if (deflateInit2(&w->z, opts->level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
		dd_layer_writer_free(w);
		return dd_error_set(DD_ERROR, "layer writer: zlib deflateInit2 failed");
	}
	w->z_ready = true;
	*out = w;
	return 0;
}

void dd_layer_writer_free(dd_layer_writer *w)
{
	if (!w)
		return;
	if (w->z_ready)
		deflateEnd(&w->z);
	EVP_MD_CTX_free(w->tar_md);
	EVP_MD_CTX_free(w->gz_md);
	free(w->out);
	free(w->in);
	free(w);
}

/* ---- tar headers ---- */

static void octal(char *field, size_t width, uint64_t v)
{
	/* width-1 digits and a NUL, zero-padded, as GNU tar writes them (the
	 * callers keep v within width-1 octal digits) */
	field[width - 1] = '\0';
	for (size_t i = width - 1; i-- > 0; v >>= 3)
		field[i] = (char)('0' + (v & 7));
}

static bool path_ok(const char *p)
{
	if (!p || !*p || *p == '/' || strlen(p) > PATH_MAX_LEN)
		return false;
	for (const char *s = p; *s;) {
		const char *e = strchr(s, '/');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n == 0 && e && e[1])
			return false;          /* "a//b" */
		if ((n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))
			return false;
		if (!e)
			break;
		s = e + 1;
	}
	return true;
}

/* ustar splits a long name at a '/' into prefix (155) and name (100). */
static bool split_name(const char *path, char *name, char *prefix)
{
	size_t n = strlen(path);
	if (n <= 100) {
		memcpy(name, path, n);
		return true;
	}
	for (size_t i = n > 101 ? n - 101 : 0; i < n && i <= 155; i++) {
		if (path[i] == '/' && n - i - 1 <= 100 && n - i - 1 > 0) {
			memcpy(prefix, path, i);
			memcpy(name, path + i + 1, n - i - 1);
			return true;
		}
	}
	return false;
}

static void checksum(unsigned char *h)
{
	memset(h + 148, ' ', 8);
	unsigned sum = 0;
	for (int i = 0; i < BLOCK; i++)
		sum += h[i];
	snprintf((char *)h + 148, 8, "%06o", sum);
	h[155] = ' ';
}

static void fill_header(dd_layer_writer *w, unsigned char *h, const char *name_field, char type, unsigned mode,
	uint64_t size, const char *link)
{
	memset(h, 0, BLOCK);
	memcpy(h, name_field, strnlen(name_field, 100));
	octal((char *)h + 100, 8, mode & 07777);
	octal((char *)h + 108, 8, w->opts.uid);
	octal((char *)h + 116, 8, w->opts.gid);
	octal((char *)h + 124, 12, size);
	octal((char *)h + 136, 12, (uint64_t)w->opts.mtime);
	h[156] = (unsigned char)type;
	if (link)
		memcpy(h + 157, link, strnlen(link, 100));
	memcpy(h + 257, "ustar", 6);
	memcpy(h + 263, "00", 2);
}

/* One pax record "LEN key=value\n"; LEN counts itself. */
static int pax_record(dd_buf *b, const char *key, const char *value)
{
	size_t body = strlen(key) + strlen(value) + 3;   /* ' ', '=', '\n' */
	size_t len = body + 1;
	while (len != body + (size_t)snprintf(NULL, 0, "%zu", len))
		len = body + (size_t)snprintf(NULL, 0, "%zu", len);
	return dd_buf_printf(b, "%zu %s=%s\n", len, key, value);
}

static int put_padded(dd_layer_writer *w, const void *data, size_t len)
{
	static const unsigned char zero[BLOCK];
	int rc = put(w, data, len, Z_NO_FLUSH);
	if (!rc && len % BLOCK)
		rc = put(w, zero, BLOCK - len % BLOCK, Z_NO_FLUSH);
	return rc;
}

static int header(dd_layer_writer *w, const char *path, char type, unsigned mode, uint64_t size, const char *link)
{
	unsigned char h[BLOCK];
	char name[101] = "", prefix[156] = "";
	int rc;
	bool fits = split_name(path, name, prefix);
	bool link_fits = !link || strlen(link) <= 100;
	bool size_fits = size < 077777777777ULL;
	if (!fits || !link_fits || !size_fits) {
		dd_buf pax = DD_BUF_INIT(PAX_MAX);
		char num[32];
		rc = !fits ? pax_record(&pax, "path", path) : 0;
		if (!rc && !link_fits)
			rc = pax_record(&pax, "linkpath", link);
		if (!rc && !size_fits) {
			snprintf(num, sizeof(num), "%llu", (unsigned long long)size);
			rc = pax_record(&pax, "size", num);
		}
		if (rc) {
			dd_buf_free(&pax);
			return fail(w, rc);
		}
		/* the pax header's own name, as GNU tar makes it: short and fixed */
		fill_header(w, h, "././@PaxHeader", 'x', 0644, pax.len, NULL);
		checksum(h);
		if (!(rc = put(w, h, BLOCK, Z_NO_FLUSH)))
			rc = put_padded(w, pax.ptr, pax.len);
		dd_buf_free(&pax);
		if (rc)
			return rc;
		if (!fits) {
			/* the ustar fields carry a truncated name for old readers */
			memset(prefix, 0, sizeof(prefix));
			snprintf(name, sizeof(name), "%.100s", path);
		}
	}
	fill_header(w, h, name, type, mode, size_fits ? size : 0, link_fits ? link : NULL);
	memcpy(h + 345, prefix, strnlen(prefix, 155));
	checksum(h);
	return put(w, h, BLOCK, Z_NO_FLUSH);
}

static int check_entry(dd_layer_writer *w, const char *path)
{
	if (w->finished)
		return dd_error_set(DD_EINVAL, "layer writer: entry %.200s after finish", path ? path : "");
	if (!path_ok(path))
		return dd_error_set(DD_EINVAL, "layer writer: '%.200s' is not an image-relative path "
			"(no leading '/', no '.' or '..' components, at most %d bytes)", path ? path : "", PATH_MAX_LEN);
	return 0;
}

int dd_layer_writer_add_file(dd_layer_writer *w, const char *path, unsigned mode, dd_reader *content, uint64_t size)
{
	int rc = check_entry(w, path);
	if (rc || (rc = header(w, path, '0', mode, size, NULL)) != 0)
		return rc;
	uint64_t left = size;
	while (left) {
		size_t want = left < IN_CHUNK ? (size_t)left : IN_CHUNK;
		ssize_t n = dd_reader_read(content, w->in, want);
		if (n < 0)
			return fail(w, dd_error_prefix((int)n, "layer writer: %s", path));
		if (n == 0)
			return fail(w, dd_error_set(DD_EFORMAT, "layer writer: %s: content ended %llu bytes short of %llu",
				path, (unsigned long long)left, (unsigned long long)size));
		if ((rc = put(w, w->in, (size_t)n, Z_NO_FLUSH)) != 0)
			return rc;
		left -= (uint64_t)n;
	}
	/* a longer content is as wrong as a shorter one: the header said size */
	ssize_t extra = dd_reader_read(content, w->in, 1);
	if (extra != 0)
		return fail(w, extra < 0 ? dd_error_prefix((int)extra, "layer writer: %s", path) :
			dd_error_set(DD_EFORMAT, "layer writer: %s: content is longer than %llu bytes", path,
				(unsigned long long)size));
	if (size % BLOCK) {
		static const unsigned char zero[BLOCK];
		rc = put(w, zero, BLOCK - size % BLOCK, Z_NO_FLUSH);
	}
	return rc;
}

int dd_layer_writer_add_dir(dd_layer_writer *w, const char *path, unsigned mode)
{
	int rc = check_entry(w, path);
	if (rc)
		return rc;
	/* directories end in '/', as tar writes them */
	char *p = malloc(strlen(path) + 2);
	if (!p)
		return dd_error_oom();
	strcpy(p, path);
	if (p[strlen(p) - 1] != '/')
		strcat(p, "/");
	rc = header(w, p, '5', mode, 0, NULL);
	free(p);
	return rc;
}

int dd_layer_writer_add_symlink(dd_layer_writer *w, const char *path, const char *target)
{
	int rc = check_entry(w, path);
	if (rc)
		return rc;
	if (!target || !*target || strlen(target) > PATH_MAX_LEN)
		return dd_error_set(DD_EINVAL, "layer writer: %s: symlink target empty or over %d bytes", path, PATH_MAX_LEN);
	return header(w, path, '2', 0777, 0, target);
}

int dd_layer_writer_add_hardlink(dd_layer_writer *w, const char *path, const char *target)
{
	int rc = check_entry(w, path);
	if (rc)
		return rc;
	if (!path_ok(target))
		return dd_error_set(DD_EINVAL, "layer writer: %s: hard link target '%.200s' is not an image-relative path",
			path, target ? target : "");
	return header(w, path, '1', 0, 0, target);
}

void dd_layer_writer_owner(dd_layer_writer *w, unsigned uid, unsigned gid)
{
	w->opts.uid = uid;
	w->opts.gid = gid;
}

int dd_layer_writer_add_whiteout(dd_layer_writer *w, const char *path)
{
	int rc = check_entry(w, path);
	if (rc)
		return rc;
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path + 1) : 0;
	char *p = malloc(strlen(path) + 5);
	if (!p)
		return dd_error_oom();
	memcpy(p, path, dir);
	strcpy(p + dir, ".wh.");
	strcat(p, path + dir);
	rc = header(w, p, '0', 0, 0, NULL);
	free(p);
	return rc;
}

static void hex_digest(EVP_MD_CTX *md, char out[72])
{
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned n = 0;
	EVP_DigestFinal_ex(md, d, &n);
	dd_sha256_name(d, out);
}

int dd_layer_writer_finish(dd_layer_writer *w, dd_layer_digests *out)
{
	static const unsigned char end[2 * BLOCK];
	if (w->finished)
		return dd_error_set(DD_EINVAL, "layer writer: finished twice");
	int rc = put(w, end, sizeof(end), Z_FINISH);
	if (rc)
		return rc;
	w->finished = true;
	memset(out, 0, sizeof(*out));
	hex_digest(w->tar_md, out->diff_id);
	hex_digest(w->gz_md, out->digest);
	out->size = w->gz_size;
	out->tar_size = w->tar_size;
	return 0;
}
