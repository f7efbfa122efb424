/*
 * Berkeley DB hash reader for rpm's `Packages` (key: 4-byte header number,
 * value: the header blob), from the on-disk format:
 *   page 0     hash meta page: magic 0x061561 at 12 (its byte order is the
 *              file's), version at 16, page size at 20, encryption at 24,
 *              last page at 32, max_bucket at 72, spares[32] at 96
 *   pages      26-byte header: page number at 8, next page at 16, item
 *              count at 20, high free offset at 22, type at 25; then the
 *              item offsets (u16), items growing down from the page end
 *   hash page  (type 13, or 2 in old files) key/value items alternate; an
 *              item is H_KEYDATA (1, bytes inline) or H_OFFPAGE (3: first
 *              overflow page at +4, total length at +8)
 *   overflow   (type 7) chained by next page; its high free offset is the
 *              number of data bytes on the page
 * Bucket b starts at page b + spares[bit length of b] and continues along
 * next-page links, which is how BDB (and rpm's own read-only reader) walk
 * the table.
 *
 * The one idea: every page number comes from the file, so each is range-
 * checked and each page may be visited once (a bitmap): loops and shared
 * chains end instead of spinning or multiplying the work. Pages are read
 * from the spill file one at a time into two page buffers (the hash page
 * being walked, and the overflow page being copied out of); a value on
 * overflow pages is reassembled into a per-record buffer that is claimed
 * from the process-wide record budget when large.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/rpmdb.h"
#include "util/budget.h"
#include "util/error.h"

#define META_SIZE 512
#define PAGE_HDR 26
#define P_HASH_UNSORTED 2
#define P_OVERFLOW 7
#define P_HASHMETA 8
#define P_HASH 13
#define H_KEYDATA 1
#define H_OFFPAGE 3

typedef struct bdb {
	const dd_spill *file;
	bool swapped;
	uint32_t pagesize, npages;
	uint8_t *seen;            /* one bit per page */
	uint8_t *hpage, *opage;   /* the hash page being walked; an overflow page */
	dd_recbuf ov;             /* reassembled overflow value */
} bdb;

static uint32_t u32(const bdb *b, const uint8_t *p)
{
	if (b->swapped)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static uint16_t u16(const bdb *b, const uint8_t *p)
{
	return b->swapped ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[1] << 8 | p[0]);
}

/* Page pgno read into buf, if it exists, has not been visited, and says it
 * is page pgno. */
static const uint8_t *visit_page(bdb *b, uint32_t pgno, uint8_t *buf)
{
	if (pgno == 0 || pgno >= b->npages)
		return NULL;
	if (b->seen[pgno / 8] & (1u << (pgno % 8)))
		return NULL;
	b->seen[pgno / 8] |= (uint8_t)(1u << (pgno % 8));
	if (dd_spill_read(b->file, (uint64_t)pgno * b->pagesize, buf, b->pagesize) != 0)
		return NULL;
	return u32(b, buf + 8) == pgno ? buf : NULL;
}

/* Reassembles an off-page value into b->ov. */
static int overflow_value(bdb *b, uint32_t pgno, uint32_t tlen, dd_rpmdb_stats *st, const uint8_t **out)
{
	if (tlen == 0 || tlen > DD_RPMDB_MAX_BLOB || tlen > b->file->size) {
		dd_rpmdb_bad(st, "Berkeley DB: off-page item of implausible length %u", tlen);
		return 1;
	}
	int rc = dd_recbuf_reserve(&b->ov, tlen, "Berkeley DB rpm header");
	if (rc)
		return rc;
	uint32_t got = 0;
	while (got < tlen) {
		const uint8_t *p = visit_page(b, pgno, b->opage);
		if (!p || p[25] != P_OVERFLOW) {
			dd_rpmdb_bad(st, "Berkeley DB: broken overflow chain at page %u", pgno);
			return 1;
		}
		uint32_t plen = u16(b, p + 22);
		if (plen > b->pagesize - PAGE_HDR || plen > tlen - got || plen == 0) {
			dd_rpmdb_bad(st, "Berkeley DB: overflow page %u holds %u bytes", pgno, plen);
			return 1;
		}
		memcpy(b->ov.p + got, p + PAGE_HDR, plen);
		got += plen;
		pgno = u32(b, p + 16);
	}
	*out = b->ov.p;
	return 0;
}

/* Offset and length of item i of a page with n items, or false. */
static bool item(const bdb *b, const uint8_t *p, uint32_t n, uint32_t i, uint32_t *off, uint32_t *len)
{
	uint32_t o = u16(b, p + PAGE_HDR + 2 * i);
	uint32_t end = i == 0 ? b->pagesize : u16(b, p + PAGE_HDR + 2 * (i - 1));
	if (o < PAGE_HDR + 2 * n || o >= end || end > b->pagesize)
		return false;
	*off = o;
	*len = end - o;
	return true;
}

static int hash_page(bdb *b, const uint8_t *p, uint32_t pgno, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	uint32_t n = u16(b, p + 20);
	if (n > (b->pagesize - PAGE_HDR) / 2 || n % 2) {
		dd_rpmdb_bad(st, "Berkeley DB: hash page %u has a bad item count %u", pgno, n);
		return 0;
	}
	for (uint32_t i = 0; i + 1 < n; i += 2) {
		uint32_t koff, klen, voff, vlen;
		if (!item(b, p, n, i, &koff, &klen) || !item(b, p, n, i + 1, &voff, &vlen)) {
			dd_rpmdb_bad(st, "Berkeley DB: hash page %u has an item outside the page", pgno);
			continue;
		}
		/* record 0 is rpm's bookkeeping, not a package */
		if (p[koff] == H_KEYDATA && klen == 5 && !memcmp(p + koff + 1, "\0\0\0\0", 4))
			continue;
		if (st->records + st->bad >= DD_RPMDB_MAX_RECORDS)
			return dd_error_set(DD_ELIMIT, "Berkeley DB: more than %u records", DD_RPMDB_MAX_RECORDS);
		const uint8_t *val = NULL;
		size_t val_len = 0;
		if (p[voff] == H_KEYDATA) {
			val = p + voff + 1;
			val_len = vlen - 1;
		} else if (p[voff] == H_OFFPAGE && vlen >= 12) {
			uint32_t tlen = u32(b, p + voff + 8);
			int rc = overflow_value(b, u32(b, p + voff + 4), tlen, st, &val);
			if (rc < 0)
				return rc;
			if (rc > 0)
				continue;
			val_len = tlen;
		} else {
			dd_rpmdb_bad(st, "Berkeley DB: hash page %u has an item of type %u", pgno, p[voff]);
			continue;
		}
		st->records++;
		int rc = visit(ctx, val, val_len);
		dd_recbuf_done(&b->ov);
		if (rc)
			return rc;
	}
	return 0;
}

int dd_rpmdb_bdb_each(const dd_spill *file, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	bdb b = { .file = file };
	uint8_t data[META_SIZE];
	int rc = 0;
	if (file->size < META_SIZE || dd_spill_read(file, 0, data, META_SIZE) != 0)
		return dd_error_set(DD_EFORMAT, "Berkeley DB: %llu bytes is too short for a meta page", (unsigned long long)file->size);
	if (data[12] == 0x61 && data[13] == 0x15 && data[14] == 0x06 && data[15] == 0)
		b.swapped = false;
	else if (data[12] == 0 && data[13] == 0x06 && data[14] == 0x15 && data[15] == 0x61)
		b.swapped = true;
	else
		return dd_error_set(DD_EFORMAT, "Berkeley DB: not a hash database (btree and queue files are not rpm Packages)");
	uint32_t version = u32(&b, data + 16);
	b.pagesize = u32(&b, data + 20);
	uint32_t last_pgno = u32(&b, data + 32), max_bucket = u32(&b, data + 72);
	if (version < 8 || version > 10)
		return dd_error_set(DD_EUNSUPPORTED, "Berkeley DB: hash version %u is not supported", version);
	if (b.pagesize < 512 || b.pagesize > 65536 || (b.pagesize & (b.pagesize - 1)))
		return dd_error_set(DD_EFORMAT, "Berkeley DB: bad page size %u", b.pagesize);
	if (data[24] != 0)
		return dd_error_set(DD_EUNSUPPORTED, "Berkeley DB: the database is encrypted");
	if (data[25] != P_HASHMETA)
		return dd_error_set(DD_EFORMAT, "Berkeley DB: page 0 is not a hash meta page");
	uint64_t have = file->size / b.pagesize;
	if ((uint64_t)last_pgno + 1 > have) {
		/* truncated: read what is there; missing pages make bad records */
		dd_rpmdb_bad(st, "Berkeley DB: file has %llu pages, meta page says %llu",
			(unsigned long long)have, (unsigned long long)last_pgno + 1);
		b.npages = (uint32_t)have;
	} else {
		b.npages = last_pgno + 1;
	}
	if (max_bucket >= b.npages)
		return dd_error_set(DD_EFORMAT, "Berkeley DB: %u buckets in %u pages", max_bucket + 1, b.npages);
	uint32_t spares[32];
	for (int i = 0; i < 32; i++)
		spares[i] = u32(&b, data + 96 + 4 * i);
	b.seen = calloc((size_t)b.npages / 8 + 1, 1);
	b.hpage = malloc(b.pagesize);
	b.opage = malloc(b.pagesize);
	if (!b.seen || !b.hpage || !b.opage) {
		rc = dd_error_oom();
		goto out;
	}

	for (uint32_t bucket = 0; bucket <= max_bucket; bucket++) {
		unsigned bits = 0;
		for (uint32_t v = bucket; v; v >>= 1)
			bits++;
		uint64_t pg = (uint64_t)bucket + spares[bits];
		if (pg >= b.npages) {
			dd_rpmdb_bad(st, "Berkeley DB: bucket %u maps to page %llu, past the end", bucket, (unsigned long long)pg);
			continue;
		}
		/* a bucket page never written (type 0, page number 0): an empty bucket */
		uint8_t first[PAGE_HDR];
		if (dd_spill_read(file, pg * b.pagesize, first, sizeof(first)) == 0 && first[25] == 0 && u32(&b, first + 8) == 0)
			continue;
		for (uint32_t pgno = (uint32_t)pg; pgno;) {
			const uint8_t *p = visit_page(&b, pgno, b.hpage);
			if (!p || (p[25] != P_HASH && p[25] != P_HASH_UNSORTED)) {
				dd_rpmdb_bad(st, "Berkeley DB: bucket %u: page %u is missing, revisited or not a hash page", bucket, pgno);
				break;
			}
			if ((rc = hash_page(&b, p, pgno, visit, ctx, st)) != 0)
				goto out;
			pgno = u32(&b, p + 16);
		}
	}
out:
	free(b.seen);
	free(b.hpage);
	free(b.opage);
	dd_recbuf_free(&b.ov);
	return rc;
}
