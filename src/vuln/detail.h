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
	sqlite3 *db;
	void *cctx, *dctx;        /* ZSTD_CCtx / ZSTD_DCtx, made on first use */
	void *cdict, *ddict;      /* from the DB's zdict table, NULL when it has none */
	bool new_dict;            /* the dictionary was made in this session */
	size_t pending;           /* blobs stored without the dictionary in this session */
	bool trained;             /* blobs were recompressed: the file may be worth a VACUUM */
} dd_detail_codec;

/* Loads the DB's dictionary, if any (writable: may make one). */
int dd_detail_codec_load(dd_detail_codec *c, sqlite3 *db, bool writable);
void dd_detail_codec_free(dd_detail_codec *c);

/* *out is malloc'ed (NULL when there is nothing to store). */
int dd_detail_encode(dd_detail_codec *c, const char *details, const dd_strv *refs, void **out, size_t *outlen);
/* *details malloc'ed (may be NULL), refs appended. DD_ENODB on a corrupt blob. */
int dd_detail_decode(dd_detail_codec *c, const void *blob, size_t len, char **details, dd_strv *refs);

/* At the end of an import: makes the dictionary if the DB now holds enough
 * details for one, and recompresses the blobs stored without it (sets
 * c->trained when they were many: the file then holds free pages worth a
 * VACUUM). Inside the caller's transaction. */
int dd_detail_train(dd_detail_codec *c, sqlite3 *db);

#endif
