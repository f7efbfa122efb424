/*
 * NDB reader for rpm's own package database `Packages.db` (SUSE), from its
 * on-disk format (all integers little-endian):
 *   header     32 bytes: "RpmP", version 0, generation, slot page count,
 *              next package index
 *   slot pages that many 4096-byte pages of 16-byte slots: "Slot", package
 *              index, block offset, block count (blocks are 16 bytes; a slot
 *              with block offset 0 is free; the header takes slots 0 and 1)
 *   blob       at block offset: "BlbS", package index, timestamp, length;
 *              the header blob; zero padding; then in the blob's last 12
 *              bytes: adler32 of everything before it, length, "BlbE"
 *
 * The one idea: a slot is trusted only as far as its blob agrees with it
 * (same package index, a block count that fits the length, both magics, the
 * checksum), and blobs may not overlap, so a crafted file cannot make one
 * blob count many times. Slot pages and blobs are read from the spill file
 * one at a time; at most DD_RPMDB_MAX_RECORDS slots are kept, and a blob is
 * read into a per-record buffer claimed from the record budget when large.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "analyzers/rpmdb.h"
#include "util/budget.h"
#include "util/error.h"

#define HDR_SIZE 32
#define SLOT_SIZE 16
#define BLK_SIZE 16
#define SLOT_PAGE 4096
#define BLOB_HEAD 16
#define BLOB_TAIL 12

typedef struct slot {
	uint32_t pkgidx, blkoff, blkcnt;
} slot;

static uint32_t le32(const uint8_t *p)
{
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static int by_blkoff(const void *a, const void *b)
{
	uint32_t x = ((const slot *)a)->blkoff, y = ((const slot *)b)->blkoff;
	return x < y ? -1 : x > y;
}

/* The blob's header data, read into buf after checking it against its
 * slot; 1 when the record is bad, or an error. */
static int read_blob(const dd_spill *file, const slot *s, dd_recbuf *buf, dd_rpmdb_stats *st, size_t *len)
{
	size_t total = (size_t)s->blkcnt * BLK_SIZE;
	if (total < BLOB_HEAD + BLOB_TAIL || total > DD_RPMDB_MAX_BLOB + BLOB_HEAD + BLOB_TAIL + BLK_SIZE) {
		dd_rpmdb_bad(st, "NDB: package %u: a blob of %zu bytes", s->pkgidx, total);
		return 1;
	}
	int rc = dd_recbuf_reserve(buf, total, "NDB rpm header");
	if (rc)
		return rc;
	const uint8_t *p = buf->p;
	if (dd_spill_read(file, (uint64_t)s->blkoff * BLK_SIZE, buf->p, total) != 0 ||
	    memcmp(p, "BlbS", 4) != 0 || le32(p + 4) != s->pkgidx) {
		dd_rpmdb_bad(st, "NDB: package %u: no blob where its slot points", s->pkgidx);
		return 1;
	}
	uint32_t bloblen = le32(p + 12);
	if (((uint64_t)BLOB_HEAD + bloblen + BLOB_TAIL + BLK_SIZE - 1) / BLK_SIZE != s->blkcnt) {
		dd_rpmdb_bad(st, "NDB: package %u: blob length %u does not fit its %u blocks", s->pkgidx, bloblen, s->blkcnt);
		return 1;
	}
	const uint8_t *tail = p + total - BLOB_TAIL;
	if (memcmp(tail + 8, "BlbE", 4) != 0 || le32(tail + 4) != bloblen) {
		dd_rpmdb_bad(st, "NDB: package %u: bad blob trailer", s->pkgidx);
		return 1;
	}
	uLong adl = adler32_z(1L, p, total - BLOB_TAIL);
	if ((uint32_t)adl != le32(tail)) {
		dd_rpmdb_bad(st, "NDB: package %u: blob checksum mismatch", s->pkgidx);
		return 1;
	}
	*len = bloblen;
	return 0;
}

int dd_rpmdb_ndb_each(const dd_spill *file, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	uint8_t *page = NULL;
	slot *slots = NULL;
	dd_recbuf buf = { 0 };
	size_t n = 0, cap = 0;
	int rc = 0;
	if (file->size < HDR_SIZE || !(page = malloc(SLOT_PAGE)))
		return file->size < HDR_SIZE ? dd_error_set(DD_EFORMAT, "NDB: not an rpm NDB package database") : dd_error_oom();
	if (dd_spill_read(file, 0, page, HDR_SIZE) != 0 || memcmp(page, "RpmP", 4) != 0) {
		rc = dd_error_set(DD_EFORMAT, "NDB: not an rpm NDB package database");
		goto out;
	}
	if (le32(page + 4) != 0) {
		rc = dd_error_set(DD_EUNSUPPORTED, "NDB: database version %u is not supported", le32(page + 4));
		goto out;
	}
	uint32_t slotnpages = le32(page + 12);
	if (slotnpages == 0 || (uint64_t)slotnpages * SLOT_PAGE > file->size) {
		rc = dd_error_set(DD_EFORMAT, "NDB: %u slot pages do not fit in %llu bytes", slotnpages,
			(unsigned long long)file->size);
		goto out;
	}
	uint64_t fileblks = file->size / BLK_SIZE, minblk = (uint64_t)slotnpages * (SLOT_PAGE / BLK_SIZE);
	/* every slot the pages can hold, but no more than the record cap */
	uint64_t most = (uint64_t)slotnpages * (SLOT_PAGE / SLOT_SIZE);
	cap = most < DD_RPMDB_MAX_RECORDS ? (size_t)most : DD_RPMDB_MAX_RECORDS;
	if (!(slots = malloc(cap * sizeof(*slots)))) {
		rc = dd_error_oom();
		goto out;
	}
	for (uint32_t pg = 0; pg < slotnpages; pg++) {
		if ((rc = dd_spill_read(file, (uint64_t)pg * SLOT_PAGE, page, SLOT_PAGE)) != 0)
			goto out;
		for (size_t k = pg ? 0 : HDR_SIZE / SLOT_SIZE; k < SLOT_PAGE / SLOT_SIZE; k++) {
			size_t i = (size_t)pg * (SLOT_PAGE / SLOT_SIZE) + k;
			const uint8_t *p = page + k * SLOT_SIZE;
			if (memcmp(p, "Slot", 4) != 0) {
				rc = dd_error_set(DD_EFORMAT, "NDB: slot %zu is corrupt (no slot magic)", i);
				goto out;
			}
			slot s = { le32(p + 4), le32(p + 8), le32(p + 12) };
			if (s.blkoff == 0)
				continue; /* free slot */
			if (!s.pkgidx || !s.blkcnt || s.blkoff < minblk || (uint64_t)s.blkoff + s.blkcnt > fileblks) {
				dd_rpmdb_bad(st, "NDB: slot %zu points outside the file", i);
				continue;
			}
			if (n == cap) {
				rc = dd_error_set(DD_ELIMIT, "NDB: more than %u records", DD_RPMDB_MAX_RECORDS);
				goto out;
			}
			slots[n++] = s;
		}
	}
	if (n)
		qsort(slots, n, sizeof(*slots), by_blkoff);
	uint64_t end = 0;
	for (size_t i = 0; i < n; i++) {
		if (slots[i].blkoff < end) {
			dd_rpmdb_bad(st, "NDB: package %u overlaps another package's blob", slots[i].pkgidx);
			continue;
		}
		end = (uint64_t)slots[i].blkoff + slots[i].blkcnt;
		if (st->records + st->bad >= DD_RPMDB_MAX_RECORDS) {
			rc = dd_error_set(DD_ELIMIT, "NDB: more than %u records", DD_RPMDB_MAX_RECORDS);
			goto out;
		}
		size_t blen = 0;
		if ((rc = read_blob(file, &slots[i], &buf, st, &blen)) < 0)
			goto out;
		if (rc > 0) {
			rc = 0;
			dd_recbuf_done(&buf);
			continue;
		}
		st->records++;
		rc = visit(ctx, buf.p + BLOB_HEAD, blen);
		dd_recbuf_done(&buf);
		if (rc)
			goto out;
	}
out:
	free(page);
	free(slots);
	dd_recbuf_free(&buf);
	return rc;
}
