/*
 * Zip reader (see zip.h). The one idea: both modes reduce to "a window of
 * the current entry's raw bytes" (a pointer into memory, or a read-ahead
 * buffer over the stream), so one STORED copier and one inflater serve both,
 * and the inflater's exact end (ISA-L reads a few bytes ahead; they are
 * handed back) is where a stream continues with the descriptor or the next
 * header.
 */
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/isal_ready.h"
#include "util/error.h"
#include "util/zip.h"

#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_EOCD 0x06054b50u
#define SIG_EOCD64 0x06064b50u
#define SIG_LOCATOR64 0x07064b50u
#define SIG_DESCRIPTOR 0x08074b50u
#define SIG_SPAN_TEMP 0x30304b50u   /* "PK00": a split archive that fit in one part */

#define WIN_SIZE (192u * 1024)      /* holds a local header with 64 KiB name and extra */
#define HISTORY 16                  /* consumed bytes kept on refill: the inflater's read-ahead */
#define RATIO_AFTER (1u << 20)
#define SCRATCH 65536

struct dd_zip {
	dd_zip_limits lim;
	char what[256];
	bool memory_mode;           /* central directory over memory */
	bool started, failed, finished;

	/* memory */
	const uint8_t *mem;
	size_t mem_len;
	uint64_t delta;             /* actual position = recorded offset + delta */
	uint64_t cd_cur, cd_end;

	/* stream */
	dd_reader *in;
	dd_reader *own_in;          /* the memory reader of a fallback */
	uint8_t *win;
	size_t wlen, wpos;          /* unread bytes: win[wpos, wlen) */
	uint64_t pos;               /* input offset of win[wpos] */
	bool in_eof;
	int in_err;                 /* the input failed; reported once the window runs dry */
	char in_msg[512];

	/* current entry */
	dd_zip_entry e;
	char *name;
	bool have_entry;
	bool zip64_loc;             /* its local header had a ZIP64 extra */
	bool sizes_later;           /* stream mode, bit 3: a descriptor follows the data */
	bool raw_known;
	uint64_t raw_len, raw_used; /* compressed bytes: length (when known), consumed */
	uint64_t out;               /* inflated bytes produced */
	uint32_t crc;
	bool crc_valid;             /* crc covers every byte (nothing was skipped raw) */
	const uint8_t *mdata;       /* memory: start of the entry's data (NULL until located) */
	bool data_done;
	bool inflating;             /* the inflater was reset for this entry */
	int entry_err;

	/* inflater */
	bool use_zlib;
	struct inflate_state *isal;
	z_stream zs;
	bool zs_init;
	uint8_t *scratch;

	dd_reader content;
	dd_zip_info info;
};

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t rd32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }

static ssize_t content_read(dd_reader *r, void *buf, size_t len);

static int zip_new(dd_zip **out, const dd_zip_limits *limits, const char *what)
{
	dd_zip *z = calloc(1, sizeof(*z));
	if (!z)
		return dd_error_oom();
	dd_zip_limits def = DD_ZIP_LIMITS_INIT;
	z->lim = limits ? *limits : def;
	snprintf(z->what, sizeof(z->what), "%s", what ? what : "zip archive");
	z->name = malloc(z->lim.max_name + 1);
	if (!z->name) {
		free(z);
		return dd_error_oom();
	}
	z->name[0] = '\0';
	z->e.name = z->name;
	z->content.read = content_read;
	z->content.close = NULL;
	z->info.fallback_reason = "";
	z->use_zlib = z->lim.zlib;
	*out = z;
	return 0;
}

static int stream_setup(dd_zip *z, dd_reader *in)
{
	z->in = in;
	z->memory_mode = false;
	if (!z->win && !(z->win = malloc(WIN_SIZE)))
		return dd_error_oom();
	return 0;
}

int dd_zip_open_memory(dd_zip **out, const void *data, size_t len, const dd_zip_limits *limits, const char *what)
{
	int rc = zip_new(out, limits, what);
	if (rc)
		return rc;
	(*out)->memory_mode = true;
	(*out)->mem = data;
	(*out)->mem_len = len;
	return 0;
}

int dd_zip_open_stream(dd_zip **out, dd_reader *in, const dd_zip_limits *limits, const char *what)
{
	int rc = zip_new(out, limits, what);
	if (rc)
		return rc;
	if ((rc = stream_setup(*out, in)) != 0) {
		dd_zip_free(*out);
		*out = NULL;
	}
	return rc;
}

void dd_zip_free(dd_zip *z)
{
	if (!z)
		return;
	if (z->zs_init)
		inflateEnd(&z->zs);
	free(z->isal);
	free(z->scratch);
	free(z->win);
	dd_reader_close(z->own_in);
	free(z->name);
	free(z);
}

const dd_zip_info *dd_zip_info_get(const dd_zip *z)
{
	return &z->info;
}

dd_reader *dd_zip_content(dd_zip *z)
{
	return &z->content;
}

/* ---- stream window ---- */

/* Reads ahead until `want` bytes are at win + wpos or the input ends;
 * returns how many are (at most want), or the input's error when fewer than
 * `need` are. want <= WIN_SIZE - HISTORY. A failing input (a truncated outer
 * entry) still gives up what it gave before. */
static ssize_t ensure_some(dd_zip *z, size_t want, size_t need)
{
	size_t n = want;
	while (z->wlen - z->wpos < n && !z->in_eof) {
		if (WIN_SIZE - z->wlen < n - (z->wlen - z->wpos) || z->wlen == WIN_SIZE) {
			size_t from = z->wpos > HISTORY ? z->wpos - HISTORY : 0;
			memmove(z->win, z->win + from, z->wlen - from);
			z->wlen -= from;
			z->wpos -= from;
		}
		ssize_t got = dd_reader_read(z->in, z->win + z->wlen, WIN_SIZE - z->wlen);
		if (got < 0) {
			z->in_err = (int)got;
			snprintf(z->in_msg, sizeof(z->in_msg), "%s", dd_error_last());
			z->in_eof = true;
			break;
		}
		if (got == 0)
			z->in_eof = true;
		z->wlen += (size_t)got;
	}
	size_t avail = z->wlen - z->wpos;
	if (avail < need && z->in_err)
		return dd_error_set(z->in_err, "%s", z->in_msg);
	return (ssize_t)(avail < n ? avail : n);
}

/* Makes n bytes readable (fewer only at the end of input). */
static ssize_t ensure(dd_zip *z, size_t n)
{
	return ensure_some(z, n, n);
}

static void consume(dd_zip *z, size_t n)
{
	z->wpos += n;
	z->pos += n;
}

static int skip_input(dd_zip *z, uint64_t n)
{
	while (n) {
		ssize_t got = ensure(z, 1);
		if (got < 0)
			return (int)got;
		if (got == 0)
			return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': unexpected end of data", z->what, z->name);
		size_t avail = z->wlen - z->wpos;
		size_t k = avail < n ? avail : (size_t)n;
		consume(z, k);
		n -= k;
	}
	return 0;
}

/* ---- the current entry's raw bytes ---- */

static int raw_window(dd_zip *z, const uint8_t **p, size_t *n)
{
	if (z->memory_mode) {
		*p = z->mdata + z->raw_used;
		uint64_t left = z->raw_len - z->raw_used;
		*n = left > SIZE_MAX ? SIZE_MAX : (size_t)left;
		return 0;
	}
	if (z->wlen - z->wpos < 4096 && !z->in_eof) {
		ssize_t got = ensure_some(z, 65536, 1);
		if (got < 0)
			return (int)got;
	}
	*p = z->win + z->wpos;
	size_t avail = z->wlen - z->wpos;
	if (z->raw_known && avail > z->raw_len - z->raw_used)
		avail = (size_t)(z->raw_len - z->raw_used);
	*n = avail;
	return 0;
}

static void raw_consume(dd_zip *z, size_t n)
{
	z->raw_used += n;
	if (!z->memory_mode)
		consume(z, n);
}

/* Hands back bytes the inflater read past the end of the deflate data. */
static void raw_unconsume(dd_zip *z, size_t n)
{
	if (n > z->raw_used)
		n = (size_t)z->raw_used;
	z->raw_used -= n;
	if (!z->memory_mode) {
		z->wpos -= n;
		z->pos -= n;
	}
}

static int truncated(dd_zip *z)
{
	return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': data ends early (truncated or corrupt archive)", z->what, z->name);
}

static ssize_t read_stored(dd_zip *z, uint8_t *buf, size_t len)
{
	const uint8_t *p = NULL;
	size_t n = 0;
	int rc = raw_window(z, &p, &n);
	if (rc)
		return rc;
	if (n == 0) {
		if (z->raw_known && z->raw_used == z->raw_len) {
			z->data_done = true;
			return 0;
		}
		return truncated(z);
	}
	if (n > len)
		n = len;
	memcpy(buf, p, n);
	raw_consume(z, n);
	if (z->raw_known && z->raw_used == z->raw_len)
		z->data_done = true;
	return (ssize_t)n;
}

/* Does a descriptor that matches the data so far start at p (avail bytes)?
 * Returns its length (12, 16, 20 or 24) or 0. */
static size_t descriptor_at(dd_zip *z, const uint8_t *p, size_t avail, uint64_t out, bool check_out)
{
	size_t off = avail >= 4 && rd32(p) == SIG_DESCRIPTOR ? 4 : 0;
	bool crc_ok = avail >= off + 4 && (!z->crc_valid || rd32(p + off) == z->crc);
	if (!crc_ok)
		return 0;
	bool ok64 = avail >= off + 20 && rd64(p + off + 4) == z->raw_used && (!check_out || rd64(p + off + 12) == out);
	bool ok32 = avail >= off + 12 && rd32(p + off + 4) == (uint32_t)z->raw_used &&
		(!check_out || rd32(p + off + 8) == (uint32_t)out);
	if (z->zip64_loc && ok64)
		return off + 20;
	if (ok32)
		return off + 12;
	if (ok64)
		return off + 20;
	return 0;
}

/* STORED data whose length follows it: everything up to a descriptor (with
 * its signature) that matches the bytes seen. */
static ssize_t read_stored_scan(dd_zip *z, uint8_t *buf, size_t len)
{
	for (;;) {
		ssize_t got = ensure_some(z, 65536, 1);
		if (got < 0)
			return got;
		const uint8_t *p = z->win + z->wpos;
		size_t avail = z->wlen - z->wpos;
		if (avail == 0)
			return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': STORED data without a matching data descriptor", z->what, z->name);
		const uint8_t *sig = memmem(p, avail, "PK\x07\x08", 4);
		size_t deliver;
		if (sig == p) {
			if ((got = ensure(z, 24)) < 0)
				return got;
			p = z->win + z->wpos;
			avail = z->wlen - z->wpos;
			size_t dl = descriptor_at(z, p, avail, z->raw_used, true);
			if (dl >= 16) {
				z->e.crc32 = rd32(p + 4);
				z->e.compressed_size = z->e.size = z->raw_used;
				consume(z, dl);
				z->data_done = true;
				z->sizes_later = false;   /* descriptor consumed already */
				return 0;
			}
			deliver = 4 < avail ? 4 : avail;
		} else if (sig) {
			deliver = (size_t)(sig - p);
		} else {
			/* keep a tail that may be the start of a signature */
			deliver = z->in_eof ? avail : avail > 3 ? avail - 3 : 0;
			if (!deliver) {
				if ((got = ensure(z, avail + 1)) < 0)
					return got;
				if ((size_t)got <= avail)
					deliver = avail;
				else
					continue;
			}
		}
		if (deliver > len)
			deliver = len;
		memcpy(buf, p, deliver);
		z->raw_used += deliver;
		consume(z, deliver);
		return (ssize_t)deliver;
	}
}

static int inflater_reset(dd_zip *z)
{
	if (z->use_zlib) {
		if (!z->zs_init) {
			memset(&z->zs, 0, sizeof(z->zs));
			if (inflateInit2(&z->zs, -15) != Z_OK)
				return dd_error_oom();
			z->zs_init = true;
		} else {
			inflateReset(&z->zs);
		}
		return 0;
	}
	if (!z->isal && !(z->isal = malloc(sizeof(*z->isal))))
		return dd_error_oom();
	dd_isal_ready();
	isal_inflate_init(z->isal);
	z->isal->crc_flag = ISAL_DEFLATE;
	return 0;
}

static int corrupt_deflate(dd_zip *z)
{
	return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': corrupt deflate data", z->what, z->name);
}

static ssize_t read_deflate(dd_zip *z, uint8_t *buf, size_t len)
{
	if (len > (1u << 30))
		len = 1u << 30;
	for (;;) {
		const uint8_t *p = NULL;
		size_t n = 0;
		int rc = raw_window(z, &p, &n);
		if (rc)
			return rc;
		if (n > (1u << 30))
			n = 1u << 30;
		size_t used, produced;
		bool end = false;
		if (z->use_zlib) {
			z->zs.next_in = (Bytef *)p;
			z->zs.avail_in = (uInt)n;
			z->zs.next_out = buf;
			z->zs.avail_out = (uInt)len;
			int ret = inflate(&z->zs, Z_NO_FLUSH);
			used = n - z->zs.avail_in;
			produced = len - z->zs.avail_out;
			raw_consume(z, used);
			if (ret == Z_STREAM_END)
				end = true;
			else if (ret != Z_OK && ret != Z_BUF_ERROR)
				return corrupt_deflate(z);
		} else {
			struct inflate_state *s = z->isal;
			s->next_in = (uint8_t *)p;
			s->avail_in = (uint32_t)n;
			s->next_out = buf;
			s->avail_out = (uint32_t)len;
			int ret = isal_inflate(s);
			used = n - s->avail_in;
			produced = len - s->avail_out;
			raw_consume(z, used);
			if (ret < 0)
				return corrupt_deflate(z);
			if (s->block_state == ISAL_BLOCK_FINISH) {
				/* the bits it read ahead belong to what follows */
				raw_unconsume(z, (size_t)(s->read_in_length / 8));
				s->read_in_length = 0;
				end = true;
			}
		}
		if (end) {
			z->data_done = true;
			return (ssize_t)produced;
		}
		if (produced)
			return (ssize_t)produced;
		if (n == 0 || used == 0)
			return n == 0 ? truncated(z) : corrupt_deflate(z);
	}
}

/* ---- entry reading with the checks ---- */

static int read_descriptor(dd_zip *z)
{
	ssize_t got = ensure_some(z, 24, 12);
	if (got < 0)
		return (int)got;
	const uint8_t *p = z->win + z->wpos;
	size_t dl = descriptor_at(z, p, (size_t)got, z->out, z->e.method != DD_ZIP_STORED || z->crc_valid);
	if (!dl) {
		/* some writers set bit 3 yet give the sizes up front and no descriptor */
		if (z->e.compressed_size != DD_ZIP_UNKNOWN && z->e.compressed_size == z->raw_used)
			return 0;
		return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': data descriptor does not match the data (corrupt archive)", z->what, z->name);
	}
	size_t off = rd32(p) == SIG_DESCRIPTOR ? 4 : 0;
	z->e.crc32 = rd32(p + off);
	consume(z, dl);
	return 0;
}

static int finish_entry(dd_zip *z)
{
	if (z->sizes_later) {
		int rc = read_descriptor(z);
		if (rc)
			return rc;
		z->sizes_later = false;
		z->e.compressed_size = z->raw_used;
		if (z->crc_valid)
			z->e.size = z->out;
		return 0;
	}
	if (!z->crc_valid)
		return 0;
	if (z->e.size != DD_ZIP_UNKNOWN && z->out != z->e.size)
		return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': %llu bytes where %llu were declared (corrupt archive)",
			z->what, z->name, (unsigned long long)z->out, (unsigned long long)z->e.size);
	if (z->crc != z->e.crc32)
		return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': CRC-32 mismatch (corrupt archive)", z->what, z->name);
	return 0;
}

static int locate_data(dd_zip *z)
{
	uint64_t at = z->e.offset + z->delta;
	if (z->e.offset > z->mem_len || z->delta > z->mem_len - z->e.offset || z->mem_len - at < 30 ||
	    rd32(z->mem + at) != SIG_LOCAL)
		return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': no local header where the central directory says (corrupt archive)", z->what, z->name);
	const uint8_t *h = z->mem + at;
	uint64_t data = at + 30 + rd16(h + 26) + rd16(h + 28);
	if (data > z->mem_len || z->mem_len - data < z->raw_len)
		return dd_error_set(DD_EFORMAT, "%s: entry '%.200s': data runs past the end of the archive (truncated?)", z->what, z->name);
	z->mdata = z->mem + data;
	return 0;
}

static int account(dd_zip *z, const uint8_t *buf, size_t n)
{
	z->out += n;
	z->info.inflated += n;
	if (z->crc_valid)
		z->crc = crc32_gzip_refl(z->crc, buf, n);
	if (z->out > z->lim.max_entry_size)
		return dd_error_set(DD_ELIMIT, "%s: entry '%.200s' inflates past the %llu-byte limit", z->what, z->name,
			(unsigned long long)z->lim.max_entry_size);
	if (z->info.inflated > z->lim.max_total)
		return dd_error_set(DD_ELIMIT, "%s: more than %llu inflated bytes in the archive (zip bomb?)", z->what,
			(unsigned long long)z->lim.max_total);
	if (z->lim.budget) {
		if (*z->lim.budget < n) {
			*z->lim.budget = 0;
			return dd_error_set(DD_ELIMIT, "%s: entry '%.200s': the inflated-bytes budget of the outer archive is spent (zip bomb?)",
				z->what, z->name);
		}
		*z->lim.budget -= n;
	}
	if (z->out > RATIO_AFTER && z->out / (z->raw_used ? z->raw_used : 1) > z->lim.max_ratio)
		return dd_error_set(DD_ELIMIT, "%s: entry '%.200s': compression ratio above %llu:1 (zip bomb?)", z->what, z->name,
			(unsigned long long)z->lim.max_ratio);
	return 0;
}

static ssize_t entry_read(dd_zip *z, uint8_t *buf, size_t len)
{
	if (!z->have_entry)
		return dd_error_set(DD_EINVAL, "%s: no current entry", z->what);
	if (z->entry_err)
		return z->entry_err;
	if (z->data_done || len == 0)
		return 0;
	int rc = 0;
	ssize_t n;
	if (z->e.encrypted) {
		rc = dd_error_set(DD_EUNSUPPORTED, "%s: entry '%.200s' is encrypted", z->what, z->name);
		goto fail;
	}
	if (z->e.method != DD_ZIP_STORED && z->e.method != DD_ZIP_DEFLATED) {
		rc = dd_error_set(DD_EUNSUPPORTED, "%s: entry '%.200s': compression method %u is not supported", z->what, z->name,
			(unsigned)z->e.method);
		goto fail;
	}
	if (z->memory_mode && !z->mdata && (rc = locate_data(z)) != 0)
		goto fail;
	if (z->e.method == DD_ZIP_DEFLATED && !z->inflating) {
		if ((rc = inflater_reset(z)) != 0)
			goto fail;
		z->inflating = true;
	}
	if (z->e.method == DD_ZIP_STORED)
		n = z->raw_known ? read_stored(z, buf, len) : read_stored_scan(z, buf, len);
	else
		n = read_deflate(z, buf, len);
	if (n < 0) {
		rc = (int)n;
		goto fail;
	}
	if (n > 0 && (rc = account(z, buf, (size_t)n)) != 0)
		goto fail;
	if (z->data_done && (rc = finish_entry(z)) != 0)
		goto fail;
	return n;
fail:
	z->entry_err = rc;
	return rc;
}

static ssize_t content_read(dd_reader *r, void *buf, size_t len)
{
	dd_zip *z = (dd_zip *)((char *)r - offsetof(dd_zip, content));
	if (len == 0)
		return 0;
	for (;;) {
		ssize_t n = entry_read(z, buf, len);
		/* an inflate call may end the entry without output; 0 is only the end */
		if (n != 0 || z->data_done || z->entry_err)
			return n;
	}
}

int dd_zip_read_entry(dd_zip *z, size_t max, char **out, size_t *len)
{
	if (z->have_entry && z->e.size != DD_ZIP_UNKNOWN && z->e.size > max)
		return dd_error_set(DD_ELIMIT, "%s: entry '%.200s' is %llu bytes, over the %zu-byte limit", z->what, z->name,
			(unsigned long long)z->e.size, max);
	int rc = dd_reader_read_all(&z->content, max, out, len);
	/* the entry's own cap (ratio, total) keeps its reason; past max is ours */
	if (rc == DD_ELIMIT && !z->entry_err)
		dd_error_set(DD_ELIMIT, "%s: entry '%.200s' inflates past the %zu-byte limit", z->what, z->name, max);
	return rc;
}

/* ---- moving between entries ---- */

static void entry_reset(dd_zip *z)
{
	z->have_entry = true;
	z->zip64_loc = false;
	z->sizes_later = false;
	z->raw_known = true;
	z->raw_len = z->raw_used = 0;
	z->out = 0;
	z->crc = 0;
	z->crc_valid = true;
	z->mdata = NULL;
	z->data_done = false;
	z->inflating = false;
	z->entry_err = 0;
}

static int set_name(dd_zip *z, const uint8_t *p, size_t n)
{
	if (n > z->lim.max_name)
		return dd_error_set(DD_ELIMIT, "%s: an entry name of %zu bytes is over the %zu-byte limit", z->what, n, z->lim.max_name);
	if (memchr(p, '\0', n))
		return dd_error_set(DD_EFORMAT, "%s: an entry name contains a NUL byte (hostile archive)", z->what);
	memcpy(z->name, p, n);
	z->name[n] = '\0';
	z->e.name_len = n;
	z->e.is_dir = n && p[n - 1] == '/';
	return 0;
}

/* Finds the ZIP64 extra field (id 1) in an extra block; NULL when absent. */
static const uint8_t *zip64_extra(const uint8_t *x, size_t xlen, size_t *size)
{
	while (xlen >= 4) {
		size_t id = rd16(x), sz = rd16(x + 2);
		if (sz > xlen - 4)
			return NULL;
		if (id == 1) {
			*size = sz;
			return x + 4;
		}
		x += 4 + sz;
		xlen -= 4 + sz;
	}
	return NULL;
}

static int count_entry(dd_zip *z)
{
	if (z->info.entries >= z->lim.max_entries)
		return dd_error_set(DD_ELIMIT, "%s: more than %llu entries", z->what, (unsigned long long)z->lim.max_entries);
	z->info.entries++;
	return 0;
}

/* Skips what is left of the current entry (stream mode). */
static int stream_skip_entry(dd_zip *z)
{
	if (!z->have_entry)
		return 0;
	if (z->entry_err) {
		/* with the data's end known (its length, or where the inflater
		 * stopped) the next header can still be found */
		if (!z->raw_known && !z->data_done)
			return z->entry_err;
		z->entry_err = 0;
		z->crc_valid = false;
		if (z->raw_known) {
			int rc = skip_input(z, z->raw_len - z->raw_used);
			if (rc)
				return rc;
			z->raw_used = z->raw_len;
		}
		z->data_done = true;
		return z->sizes_later ? read_descriptor(z) : 0;
	}
	if (!z->data_done) {
		if (z->raw_known) {
			int rc = skip_input(z, z->raw_len - z->raw_used);
			if (rc)
				return rc;
			z->raw_used = z->raw_len;
			z->crc_valid = false;
			z->data_done = true;
			if ((rc = finish_entry(z)) != 0)
				return rc;
		} else {
			/* only reading finds the end: inflate (or scan) and discard */
			if (z->e.encrypted || (z->e.method != DD_ZIP_STORED && z->e.method != DD_ZIP_DEFLATED))
				return dd_error_set(DD_EUNSUPPORTED, "%s: entry '%.200s': cannot find the end of its data (method %u, sizes after the data)",
					z->what, z->name, (unsigned)z->e.method);
			if (!z->scratch && !(z->scratch = malloc(SCRATCH)))
				return dd_error_oom();
			ssize_t n;
			while ((n = content_read(&z->content, z->scratch, SCRATCH)) > 0)
				;
			if (n < 0)
				return (int)n;
		}
	}
	/* deflate data may end before the declared length: step over the rest */
	if (z->raw_known && z->raw_used < z->raw_len) {
		int rc = skip_input(z, z->raw_len - z->raw_used);
		if (rc)
			return rc;
		z->raw_used = z->raw_len;
	}
	return 0;
}

static int stream_start(dd_zip *z)
{
	bool marker_done = false;
	for (;;) {
		ssize_t got = ensure(z, 4);
		if (got < 0)
			return (int)got;
		const uint8_t *p = z->win + z->wpos;
		if (got == 4) {
			uint32_t sig = rd32(p);
			if (sig == SIG_LOCAL)
				return 0;
			if (sig == SIG_EOCD && z->pos == z->info.prefix) {
				z->finished = true;   /* an empty archive */
				return 0;
			}
			if (!marker_done && z->pos == 0 && (sig == SIG_DESCRIPTOR || sig == SIG_SPAN_TEMP)) {
				marker_done = true;
				consume(z, 4);
				z->info.prefix = 4;
				continue;
			}
		}
		/* a stub before the archive: look for the first local header */
		size_t avail = z->wlen - z->wpos;
		const uint8_t *hit = avail >= 4 ? memmem(p + 1, avail - 1, "PK\x03\x04", 4) : NULL;
		size_t drop = hit ? (size_t)(hit - p) : avail > 3 ? avail - 3 : (z->in_eof ? avail : 0);
		if (z->info.prefix + drop > z->lim.max_prefix || (!hit && z->in_eof)) {
			z->info.not_zip = true;
			return dd_error_set(DD_EFORMAT, "%s: not a zip archive (no local file header in the first %llu bytes)", z->what,
				(unsigned long long)(z->info.prefix + avail));
		}
		if (!drop) {
			if ((got = ensure(z, avail + 1)) < 0)
				return (int)got;
			continue;
		}
		consume(z, drop);
		z->info.prefix += drop;
		if (!hit) {
			if ((got = ensure_some(z, 65536, 1)) < 0)
				return (int)got;
		}
	}
}

static int stream_next(dd_zip *z)
{
	int rc;
	if (!z->started) {
		z->started = true;
		if ((rc = stream_start(z)) != 0)
			return rc;
	} else if ((rc = stream_skip_entry(z)) != 0) {
		return rc;
	}
	z->have_entry = false;
	if (z->finished)
		return DD_ITEROVER;
	ssize_t got = ensure_some(z, 30, 4);
	if (got < 0)
		return (int)got;
	const uint8_t *p = z->win + z->wpos;
	uint32_t sig = got >= 4 ? rd32(p) : 0;
	if (sig == SIG_CENTRAL || sig == SIG_EOCD || sig == SIG_EOCD64) {
		z->finished = true;
		return DD_ITEROVER;
	}
	if (got < 4)
		return dd_error_set(DD_EFORMAT, "%s: the archive ends without a central directory (truncated?)", z->what);
	if (sig != SIG_LOCAL)
		return dd_error_set(DD_EFORMAT, "%s: no zip header at offset %llu (corrupt archive)", z->what, (unsigned long long)z->pos);
	if (got < 30)
		return dd_error_set(DD_EFORMAT, "%s: a local header is cut short (truncated archive)", z->what);
	size_t nlen = rd16(p + 26), xlen = rd16(p + 28);
	if ((got = ensure(z, 30 + nlen + xlen)) < 0)
		return (int)got;
	if ((size_t)got < 30 + nlen + xlen)
		return dd_error_set(DD_EFORMAT, "%s: a local header is cut short (truncated archive)", z->what);
	p = z->win + z->wpos;
	if ((rc = count_entry(z)) != 0 || (rc = set_name(z, p + 30, nlen)) != 0)
		return rc;
	entry_reset(z);
	z->e.flags = rd16(p + 6);
	z->e.method = rd16(p + 8);
	z->e.crc32 = rd32(p + 14);
	uint64_t csize = rd32(p + 18), usize = rd32(p + 22);
	size_t x64len = 0;
	const uint8_t *x64 = zip64_extra(p + 30 + nlen, xlen, &x64len);
	if (x64 && (csize == 0xffffffffu || usize == 0xffffffffu)) {
		z->zip64_loc = true;
		if (x64len >= 16) {
			usize = rd64(x64);
			csize = rd64(x64 + 8);
		} else if (x64len >= 8) {
			if (usize == 0xffffffffu)
				usize = rd64(x64);
			else
				csize = rd64(x64);
		}
	} else if (x64) {
		z->zip64_loc = true;
	}
	z->e.encrypted = z->e.flags & 1;
	z->e.offset = z->pos - z->info.prefix;
	z->sizes_later = z->e.flags & 8;
	if (z->sizes_later) {
		/* deflate ends by itself; a STORED entry needs its length or a scan */
		z->raw_known = z->e.method == DD_ZIP_STORED && csize != 0;
		z->raw_len = z->raw_known ? csize : 0;
		z->e.compressed_size = csize ? csize : DD_ZIP_UNKNOWN;
		z->e.size = usize ? usize : DD_ZIP_UNKNOWN;
		if (!csize)
			z->e.crc32 = 0;
	} else {
		z->raw_len = csize;
		z->e.compressed_size = csize;
		z->e.size = usize;
	}
	consume(z, 30 + nlen + xlen);
	return 0;
}

/* Reads the end records; sets the directory range and the prepended-bytes
 * delta. Returns NULL on success or why the directory cannot be used. */
static const char *locate_directory(dd_zip *z)
{
	const uint8_t *m = z->mem;
	size_t len = z->mem_len;
	if (len < 22)
		return "too small for an end record";
	size_t lo = len - 22 > 65535 ? len - 22 - 65535 : 0;
	size_t eocd = SIZE_MAX, loose = SIZE_MAX;
	for (size_t i = len - 22 + 1; i-- > lo;) {
		if (rd32(m + i) != SIG_EOCD)
			continue;
		size_t clen = rd16(m + i + 20);
		if (i + 22 + clen == len) {
			eocd = i;
			break;
		}
		if (loose == SIZE_MAX && i + 22 + clen <= len)
			loose = i;
	}
	if (eocd == SIZE_MAX)
		eocd = loose;
	if (eocd == SIZE_MAX)
		return "no end-of-central-directory record";
	const uint8_t *e = m + eocd;
	uint64_t cd_size = rd32(e + 12), cd_off = rd32(e + 16);
	uint64_t end = eocd;   /* where the directory should end */
	if (eocd >= 20 && rd32(m + eocd - 20) == SIG_LOCATOR64) {
		uint64_t z64 = rd64(m + eocd - 20 + 8);
		uint64_t guess = eocd - 20 >= 56 ? eocd - 20 - 56 : UINT64_MAX;
		if (!(z64 + 56 <= eocd - 20 && rd32(m + z64) == SIG_EOCD64)) {
			if (guess == UINT64_MAX || rd32(m + guess) != SIG_EOCD64)
				return "ZIP64 locator without a ZIP64 end record";
			z64 = guess;
		}
		cd_size = rd64(m + z64 + 40);
		cd_off = rd64(m + z64 + 48);
		end = z64;
	} else if (cd_size == 0xffffffffu || cd_off == 0xffffffffu) {
		return "ZIP64 sizes without a ZIP64 end record";
	}
	if (cd_size > end)
		return "central directory larger than the archive";
	uint64_t actual = end - cd_size;
	if (cd_off > actual)
		return "central directory offset beyond the archive (truncated at the front?)";
	if (cd_size && (cd_size < 46 || rd32(m + actual) != SIG_CENTRAL))
		return "no central directory where the end record says";
	/* an "empty" directory after local headers hides them all */
	if (!cd_size && actual >= 4 && rd32(m) == SIG_LOCAL)
		return "empty central directory after local headers";
	z->delta = actual - cd_off;
	z->cd_cur = actual;
	z->cd_end = actual + cd_size;
	z->info.prefix = z->delta;
	z->info.central_directory = true;
	return NULL;
}

static int memory_next(dd_zip *z)
{
	int rc;
	z->have_entry = false;
	if (z->cd_cur >= z->cd_end)
		return DD_ITEROVER;
	const uint8_t *c = z->mem + z->cd_cur;
	uint64_t left = z->cd_end - z->cd_cur;
	if (left < 46 || rd32(c) != SIG_CENTRAL)
		return dd_error_set(DD_EFORMAT, "%s: central directory entry %llu is corrupt", z->what, (unsigned long long)z->info.entries);
	size_t nlen = rd16(c + 28), xlen = rd16(c + 30), clen = rd16(c + 32);
	if (46 + nlen + xlen + clen > left)
		return dd_error_set(DD_EFORMAT, "%s: central directory entry %llu runs past the directory", z->what,
			(unsigned long long)z->info.entries);
	if ((rc = count_entry(z)) != 0 || (rc = set_name(z, c + 46, nlen)) != 0)
		return rc;
	entry_reset(z);
	z->e.flags = rd16(c + 8);
	z->e.method = rd16(c + 10);
	z->e.crc32 = rd32(c + 16);
	uint64_t csize = rd32(c + 20), usize = rd32(c + 24), lho = rd32(c + 42);
	size_t x64len = 0;
	const uint8_t *x = zip64_extra(c + 46 + nlen, xlen, &x64len);
	if (x) {
		/* only the fields that overflowed are there, in this order */
		size_t o = 0;
		if (usize == 0xffffffffu && o + 8 <= x64len) { usize = rd64(x + o); o += 8; }
		if (csize == 0xffffffffu && o + 8 <= x64len) { csize = rd64(x + o); o += 8; }
		if (lho == 0xffffffffu && o + 8 <= x64len) { lho = rd64(x + o); o += 8; }
	}
	z->e.encrypted = z->e.flags & 1;
	z->e.compressed_size = csize;
	z->e.size = usize;
	z->e.offset = lho;
	z->raw_len = csize;
	z->cd_cur += 46 + nlen + xlen + clen;
	return 0;
}

int dd_zip_next(dd_zip *z, const dd_zip_entry **entry)
{
	if (z->failed)
		return dd_error_set(DD_EINVAL, "%s: reading already failed", z->what);
	int rc;
	if (z->memory_mode && !z->started) {
		z->started = true;
		const char *why = locate_directory(z);
		if (why) {
			/* no usable directory: the local headers are all there is */
			z->info.fell_back = true;
			z->info.fallback_reason = why;
			if ((rc = dd_reader_from_memory(&z->own_in, z->mem, z->mem_len)) != 0 ||
			    (rc = stream_setup(z, z->own_in)) != 0) {
				z->failed = true;
				return rc;
			}
			z->started = false;
		}
	}
	rc = z->memory_mode ? memory_next(z) : stream_next(z);
	if (rc == 0) {
		*entry = &z->e;
		return 0;
	}
	z->have_entry = false;
	if (rc != DD_ITEROVER)
		z->failed = true;
	return rc;
}
