/*
 * Detail blobs (detail.h): the bulk of the DB is advisory prose, short
 * texts that general-purpose compression hardly shrinks one by one. The one
 * idea: once a DB holds a few thousand of them, a zstd dictionary is trained
 * on a sample and every blob is recompressed with it; advisories repeat the
 * same phrases and URLs, so blobs shrink about twice more and decode faster
 * (the entropy tables come from the dictionary). The dictionary is made
 * once per DB and never changes afterwards, so blobs stay readable. It is
 * trained at the end of the import that brings the DB past a few thousand
 * texts, on a sample spread over the whole DB.
 */
#include <stdlib.h>
#include <string.h>
#include <zdict.h>
#include <zstd.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/advisory.h"
#include "vuln/detail.h"

#define LEVEL 3
#define TRAIN_MIN_BLOBS 2000              /* below this, no dictionary */
#define TRAIN_SAMPLES 20000               /* texts the dictionary is trained on, spread over the DB */
#define TRAIN_SAMPLE_BYTES (8u << 20)     /* plain text the dictionary is trained on */
#define DICT_BYTES (112u << 10)
#define PLAIN_MAX (1u << 20)

int dd_detail_codec_load(dd_detail_codec *c, sqlite3 *db, bool writable)
{
	sqlite3_stmt *s = NULL;
	memset(c, 0, sizeof(*c));
	c->db = writable ? db : NULL;
	if (sqlite3_prepare_v2(db, "SELECT dict FROM zdict ORDER BY id LIMIT 1", -1, &s, NULL) != SQLITE_OK)
		return dd_error_set(DD_ENODB, "advisory DB: %s", sqlite3_errmsg(db));
	int rc = 0;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_bytes(s, 0) > 0) {
		const void *d = sqlite3_column_blob(s, 0);
		size_t n = (size_t)sqlite3_column_bytes(s, 0);
		c->ddict = ZSTD_createDDict(d, n);
		/* compressing is for imports only: building the CDict was a tenth
		 * of a scan's matching time */
		if (writable)
			c->cdict = ZSTD_createCDict(d, n, LEVEL);
		if (!c->ddict || (writable && !c->cdict))
			rc = dd_error_set(DD_ENODB, "advisory DB: unusable compression dictionary");
	}
	sqlite3_finalize(s);
	return rc;
}

void dd_detail_codec_free(dd_detail_codec *c)
{
	ZSTD_freeCCtx(c->cctx);
	ZSTD_freeDCtx(c->dctx);
	ZSTD_freeCDict(c->cdict);
	ZSTD_freeDDict(c->ddict);
	memset(c, 0, sizeof(*c));
}

static int sql_fail(sqlite3 *db)
{
	return dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(db));
}

/* Trains on samples[0..n), stores the dictionary, switches to it. */
static int make_dict(dd_detail_codec *c, const char *samples, const size_t *sizes, size_t n)
{
	sqlite3_stmt *s = NULL;
	void *dict = malloc(DICT_BYTES);
	int rc = 0;
	if (!dict)
		return dd_error_oom();
	size_t dn = ZDICT_trainFromBuffer(dict, DICT_BYTES, samples, sizes, (unsigned)n);
	if (ZDICT_isError(dn))
		goto cleanup; /* texts too uniform or too few: no dictionary, nothing lost */
	if (sqlite3_prepare_v2(c->db, "INSERT INTO zdict(dict) VALUES(?1)", -1, &s, NULL) != SQLITE_OK) {
		rc = sql_fail(c->db);
		goto cleanup;
	}
	sqlite3_bind_blob(s, 1, dict, (int)dn, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		rc = sql_fail(c->db);
		goto cleanup;
	}
	c->cdict = ZSTD_createCDict(dict, dn, LEVEL);
	c->ddict = ZSTD_createDDict(dict, dn);
	if (!c->cdict || !c->ddict)
		rc = dd_error_oom();
	c->new_dict = true;
cleanup:
	sqlite3_finalize(s);
	free(dict);
	return rc;
}

/* The plain form, with one leading byte of room for the kind. */
static int plain_form(const char *details, const dd_strv *refs, dd_buf *b)
{
	if (dd_buf_putc(b, 'r') || dd_buf_puts(b, details ? details : "") || dd_buf_put(b, "", 1))
		return dd_error_oom();
	for (size_t i = 0; i < refs->count; i++)
		if ((i && dd_buf_putc(b, '\n')) || dd_buf_puts(b, refs->items[i]))
			return dd_error_oom();
	return 0;
}

/* Compresses b's plain text (after its kind byte) when that pays. */
static int pack(dd_detail_codec *c, dd_buf *b, void **out, size_t *outlen)
{
	if (b->len > (c->cdict ? 48 : 160)) {
		size_t bound = ZSTD_compressBound(b->len - 1);
		char *z = malloc(bound + 1);
		if (!z)
			return dd_error_oom();
		if (!c->cctx && !(c->cctx = ZSTD_createCCtx())) {
			free(z);
			return dd_error_oom();
		}
		size_t zn = c->cdict ? ZSTD_compress_usingCDict(c->cctx, z + 1, bound, b->ptr + 1, b->len - 1, c->cdict)
			: ZSTD_compressCCtx(c->cctx, z + 1, bound, b->ptr + 1, b->len - 1, LEVEL);
		if (!ZSTD_isError(zn) && zn + 1 < b->len) {
			z[0] = c->cdict ? 'd' : 'z';
			*out = z;
			*outlen = zn + 1;
			dd_buf_free(b);
			return 0;
		}
		free(z);
	}
	*outlen = b->len;
	*out = dd_buf_detach(b);
	return 0;
}

int dd_detail_encode(dd_detail_codec *c, const char *details, const dd_strv *refs, void **out, size_t *outlen)
{
	dd_buf b = DD_BUF_INIT(DD_ADV_DETAILS_MAX + DD_ADV_REFS_MAX * (DD_ADV_REF_MAX + 1) + 16);
	int rc;
	*out = NULL;
	*outlen = 0;
	if ((!details || !*details) && !refs->count)
		return 0;
	if ((rc = plain_form(details, refs, &b)) != 0)
		goto fail;
	if ((rc = pack(c, &b, out, outlen)) != 0)
		goto fail;
	if (**(char **)out != 'd')
		c->pending++;
	return 0;
fail:
	dd_buf_free(&b);
	return rc;
}

/* The plain text of a blob into *plain (malloc'ed, NUL-terminated). */
static int unpack(dd_detail_codec *c, const char *p, size_t len, char **plain, size_t *n)
{
	*plain = NULL;
	if (p[0] == 'r') {
		if (!(*plain = malloc(len)))
			return dd_error_oom();
		memcpy(*plain, p + 1, len - 1);
		*n = len - 1;
	} else if (p[0] == 'z' || (p[0] == 'd' && c->ddict)) {
		unsigned long long size = ZSTD_getFrameContentSize(p + 1, len - 1);
		if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > PLAIN_MAX)
			return dd_error_set(DD_ENODB, "advisory DB: corrupt detail blob");
		if (!c->dctx && !(c->dctx = ZSTD_createDCtx()))
			return dd_error_oom();
		if (!(*plain = malloc(size + 1)))
			return dd_error_oom();
		*n = p[0] == 'd' ? ZSTD_decompress_usingDDict(c->dctx, *plain, size, p + 1, len - 1, c->ddict)
			: ZSTD_decompressDCtx(c->dctx, *plain, size, p + 1, len - 1);
		if (ZSTD_isError(*n)) {
			free(*plain);
			*plain = NULL;
			return dd_error_set(DD_ENODB, "advisory DB: corrupt detail blob");
		}
	} else {
		return dd_error_set(DD_ENODB, "advisory DB: corrupt detail blob");
	}
	(*plain)[*n] = '\0';
	return 0;
}

int dd_detail_decode(dd_detail_codec *c, const void *blob, size_t len, char **details, dd_strv *refs)
{
	char *plain;
	size_t n = 0;
	*details = NULL;
	if (!blob || len < 1)
		return 0;
	int rc = unpack(c, blob, len, &plain, &n);
	if (rc)
		return rc;
	size_t dl = strnlen(plain, n);
	if (dl && !(*details = strndup(plain, dl)))
		rc = dd_error_oom();
	for (size_t i = dl + 1; !rc && i < n;) {
		size_t e = i;
		while (e < n && plain[e] != '\n')
			e++;
		if (e > i) {
			char *r = strndup(plain + i, e - i);
			if (!r || dd_strv_push_owned(refs, r))
				rc = dd_error_oom();
		}
		i = e + 1;
	}
	free(plain);
	return rc;
}


/* Recompresses every blob that is not yet of kind 'd'. */
static int recompress(dd_detail_codec *c, sqlite3 *db)
{
	sqlite3_stmt *sel = NULL, *one = NULL, *upd = NULL;
	int rc = 0;
	int64_t last = 0;
	if (sqlite3_prepare_v2(db, "SELECT id, substr(detail, 1, 1) FROM vuln WHERE id > ?1 AND detail IS NOT NULL"
		" ORDER BY id LIMIT 4096", -1, &sel, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT detail FROM vuln WHERE id = ?1", -1, &one, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "UPDATE vuln SET detail = ?2 WHERE id = ?1", -1, &upd, NULL) != SQLITE_OK) {
		rc = sql_fail(db);
		goto cleanup;
	}
	for (;;) {
		/* a batch of ids first: the table is not changed under a running SELECT */
		int64_t ids[4096];
		size_t n = 0, rows = 0;
		sqlite3_reset(sel);
		sqlite3_bind_int64(sel, 1, last);
		while (sqlite3_step(sel) == SQLITE_ROW) {
			rows++;
			last = sqlite3_column_int64(sel, 0);
			const unsigned char *kind = sqlite3_column_text(sel, 1);
			if (!kind || kind[0] != 'd')
				ids[n++] = last;
		}
		sqlite3_reset(sel);
		if (!rows)
			break;
		for (size_t i = 0; i < n && !rc; i++) {
			char *plain = NULL;
			size_t pn = 0;
			void *out = NULL;
			size_t outlen = 0;
			sqlite3_reset(one);
			sqlite3_bind_int64(one, 1, ids[i]);
			if (sqlite3_step(one) == SQLITE_ROW && sqlite3_column_bytes(one, 0) > 0)
				rc = unpack(c, sqlite3_column_blob(one, 0), (size_t)sqlite3_column_bytes(one, 0), &plain, &pn);
			sqlite3_reset(one);
			if (rc || !plain)
				continue;
			dd_buf b = DD_BUF_INIT(PLAIN_MAX + 2);
			if (dd_buf_putc(&b, 'r') || dd_buf_put(&b, plain, pn))
				rc = dd_error_oom();
			free(plain);
			if (!rc)
				rc = pack(c, &b, &out, &outlen);
			dd_buf_free(&b);
			if (rc)
				break;
			sqlite3_reset(upd);
			sqlite3_bind_int64(upd, 1, ids[i]);
			sqlite3_bind_blob(upd, 2, out, (int)outlen, SQLITE_STATIC);
			if (sqlite3_step(upd) != SQLITE_DONE)
				rc = sql_fail(db);
			sqlite3_reset(upd);
			free(out);
		}
		if (rc)
			break;
	}
cleanup:
	sqlite3_finalize(sel);
	sqlite3_finalize(one);
	sqlite3_finalize(upd);
	return rc;
}

int dd_detail_train(dd_detail_codec *c, sqlite3 *db)
{
	sqlite3_stmt *s = NULL;
	char *samples = NULL;
	size_t *sizes = NULL, n = 0, used = 0;
	int rc = 0;
	if (!c->cdict) {
		/* trained on texts spread over the whole DB, not on the first ones
		 * imported (an import's order is by ecosystem: a biased sample) */
		if (sqlite3_prepare_v2(db, "SELECT count(*) FROM vuln WHERE detail IS NOT NULL", -1, &s, NULL) != SQLITE_OK)
			return sql_fail(db);
		int64_t blobs = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
		sqlite3_finalize(s);
		s = NULL;
		if (blobs < TRAIN_MIN_BLOBS || !c->db)
			return 0;
		int64_t step = blobs / TRAIN_SAMPLES + 1;
		if (sqlite3_prepare_v2(db, "SELECT detail FROM vuln WHERE detail IS NOT NULL AND id % ?1 = 0", -1, &s, NULL)
			!= SQLITE_OK)
			return sql_fail(db);
		sqlite3_bind_int64(s, 1, step);
		if (!(samples = malloc(TRAIN_SAMPLE_BYTES)) || !(sizes = malloc(sizeof(size_t) * TRAIN_SAMPLES))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		while (sqlite3_step(s) == SQLITE_ROW && n < TRAIN_SAMPLES) {
			char *plain = NULL;
			size_t pn = 0;
			if ((rc = unpack(c, sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0), &plain, &pn)) != 0)
				goto cleanup;
			bool fits = used + pn <= TRAIN_SAMPLE_BYTES;
			if (fits) {
				memcpy(samples + used, plain, pn);
				sizes[n++] = pn;
				used += pn;
			}
			free(plain);
			if (!fits)
				break;
		}
		sqlite3_finalize(s);
		s = NULL;
		if ((rc = make_dict(c, samples, sizes, n)) != 0 || !c->cdict)
			goto cleanup;
	}
	if (c->new_dict || c->pending) {
		rc = recompress(c, db);
		c->trained = !rc && c->new_dict;
		c->pending = 0;
		c->new_dict = false;
	}
cleanup:
	sqlite3_finalize(s);
	free(samples);
	free(sizes);
	return rc;
}
