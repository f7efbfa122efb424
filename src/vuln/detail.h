/*
 * Detail blobs: a record's details and references, stored as one blob.
 * Kinds, by the first byte: 'r' raw; 'z' zstd; 'd' zstd with the DB's
 * dictionary (table zdict). The plain form is details, a NUL, then the
 * references '\n'-joined.
 */
#ifndef DD_VULN_DETAIL_H
#define DD_VULN_DETAIL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "drydock/common.h"

typedef struct dd_detail_codec {
	void *cctx, *dctx;        /* ZSTD_CCtx / ZSTD_DCtx, made on first use */
	void *cdict, *ddict;      /* from the DB's zdict table, NULL when it has none */
	bool trained;             /* dd_detail_train made the dictionary just now */
} dd_detail_codec;

/* Loads the DB's dictionary, if any. */
int dd_detail_codec_load(dd_detail_codec *c, sqlite3 *db);
void dd_detail_codec_free(dd_detail_codec *c);

/* *out is malloc'ed (NULL when there is nothing to store). */
int dd_detail_encode(dd_detail_codec *c, const char *details, const dd_strv *refs, void **out, size_t *outlen);
/* *details malloc'ed (may be NULL), refs appended. DD_ENODB on a corrupt blob. */
int dd_detail_decode(dd_detail_codec *c, const void *blob, size_t len, char **details, dd_strv *refs);

/* Once the DB holds enough details and no dictionary: trains one on a
 * sample and recompresses every blob with it (sets c->trained: the file
 * then holds free pages worth a VACUUM). Inside the caller's transaction. */
int dd_detail_train(dd_detail_codec *c, sqlite3 *db);

#endif
