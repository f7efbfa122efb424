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
 * blob count many times.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "analyzers/rpmdb.h"
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

/* The blob's header data, after checking it against its slot. */
static bool read_blob(const uint8_t *data, const slot *s, dd_rpmdb_stats *st, const uint8_t **blob, size_t *len)
{
	const uint8_t *p = data + (size_t)s->blkoff * BLK_SIZE;
	size_t total = (size_t)s->blkcnt * BLK_SIZE;
	if (total < BLOB_HEAD + BLOB_TAIL || memcmp(p, "BlbS", 4) != 0 || le32(p + 4) != s->pkgidx) {
		dd_rpmdb_bad(st, "NDB: package %u: no blob where its slot points", s->pkgidx);
		return false;
	}
	uint32_t bloblen = le32(p + 12);
	if (((uint64_t)BLOB_HEAD + bloblen + BLOB_TAIL + BLK_SIZE - 1) / BLK_SIZE != s->blkcnt) {
		dd_rpmdb_bad(st, "NDB: package %u: blob length %u does not fit its %u blocks", s->pkgidx, bloblen, s->blkcnt);
		return false;
	}
	const uint8_t *tail = p + total - BLOB_TAIL;
	if (memcmp(tail + 8, "BlbE", 4) != 0 || le32(tail + 4) != bloblen) {
		dd_rpmdb_bad(st, "NDB: package %u: bad blob trailer", s->pkgidx);
		return false;
	}
	uLong adl = adler32_z(1L, p, total - BLOB_TAIL);
	if ((uint32_t)adl != le32(tail)) {
		dd_rpmdb_bad(st, "NDB: package %u: blob checksum mismatch", s->pkgidx);
		return false;
	}
	*blob = p + BLOB_HEAD;
	*len = bloblen;
	return true;
}

int dd_rpmdb_ndb_each(const uint8_t *data, size_t len, dd_rpmdb_visit visit, void *ctx, dd_rpmdb_stats *st)
{
	if (len < HDR_SIZE || memcmp(data, "RpmP", 4) != 0)
		return dd_error_set(DD_EFORMAT, "NDB: not an rpm NDB package database");
	if (le32(data + 4) != 0)
		return dd_error_set(DD_EUNSUPPORTED, "NDB: database version %u is not supported", le32(data + 4));
	uint32_t slotnpages = le32(data + 12);
	if (slotnpages == 0 || (uint64_t)slotnpages * SLOT_PAGE > len)
		return dd_error_set(DD_EFORMAT, "NDB: %u slot pages do not fit in %zu bytes", slotnpages, len);
	uint64_t fileblks = len / BLK_SIZE, minblk = (uint64_t)slotnpages * (SLOT_PAGE / BLK_SIZE);
	size_t nslots_max = (size_t)slotnpages * (SLOT_PAGE / SLOT_SIZE), n = 0;
	slot *slots = malloc(nslots_max * sizeof(*slots));
	int rc = 0;
	if (!slots)
		return dd_error_oom();
	for (size_t i = HDR_SIZE / SLOT_SIZE; i < nslots_max; i++) {
		const uint8_t *p = data + i * SLOT_SIZE;
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
		slots[n++] = s;
	}
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
		const uint8_t *blob;
		size_t blen;
		if (!read_blob(data, &slots[i], st, &blob, &blen))
			continue;
		st->records++;
		if ((rc = visit(ctx, blob, blen)) != 0)
			goto out;
	}
out:
	free(slots);
	return rc;
}
