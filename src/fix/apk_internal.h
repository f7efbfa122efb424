/*
 * The apk backend's pieces (apk.c is the backend itself), one concept each:
 *   apk_gz.c       the gzip members of .apk and APKINDEX.tar.gz files
 *   apk_record.c   "X:value" records (APKINDEX and lib/apk/db/installed)
 *   apk_sign.c     .SIGN.RSA[256].<key> signatures against etc/apk/keys
 *   apk_package.c  one downloaded .apk verified and its data segment read
 *   apk_db.c       the package DB files rewritten (installed, scripts.tar, triggers)
 *   apk_plan.c     sources, indexes, candidates and the dependency closure
 */
#ifndef DD_FIX_APK_INTERNAL_H
#define DD_FIX_APK_INTERNAL_H

#include <openssl/evp.h>
#include <stdbool.h>
#include <stdint.h>

#include "fix/backend.h"

/* ---- apk_gz.c ---- */

/* Inflates the gzip member at off of fd (file_size bytes long): *end is
 * where it ends (where the next member starts). out NULL: only count
 * (max_out still caps the output). */
int dd_apk_gz_member(int fd, uint64_t off, uint64_t file_size, size_t max_out, const char *what, uint64_t *end,
	char **out, size_t *outlen);
/* Digest of the bytes [off, end) of fd. */
int dd_apk_digest_range(int fd, uint64_t off, uint64_t end, const EVP_MD *md, unsigned char *out, unsigned *outlen);
/* "Q1" + base64 of a SHA-1 (apk's checksum text) into out (31 bytes). */
void dd_apk_q1(const unsigned char sha1[20], char out[32]);

/* ---- apk_record.c ---- */

/* The single-letter fields drydock reads or writes, in the order apk
 * writes them into lib/apk/db/installed. */
#define DD_APK_FIELDS "CPVASITULomtckDpirq"
#define DD_APK_NFIELDS 19

typedef struct dd_apk_rec {
	const char *f[DD_APK_NFIELDS];  /* first value of each field, or NULL; into the owner's text */
	size_t start, end;              /* the record's bytes in the original text */
} dd_apk_rec;

typedef struct dd_apk_records {
	char *text;                     /* a private, split copy: values point into it */
	const char *orig;               /* the original text (not owned) */
	dd_apk_rec *v;
	size_t n;
} dd_apk_records;

/* Parses records separated by blank lines; at most max_records (DD_ELIMIT). */
int dd_apk_records_parse(dd_apk_records *out, const char *text, size_t len, size_t max_records, const char *what);
void dd_apk_records_free(dd_apk_records *r);
const char *dd_apk_get(const dd_apk_rec *r, char field);

/* ---- apk_sign.c ---- */

/* Verifies the signature member (an inflated tar: sig, sig_len) over the
 * bytes [off, end) of fd with the key the member names, from the image's
 * etc/apk/keys. DD_ENOTFOUND when the image does not have that key,
 * DD_EDIGEST when the signature does not verify. */
int dd_apk_verify(const dd_fix_files *files, const char *sig, size_t sig_len, int fd, uint64_t off, uint64_t end,
	const char *what);

/* ---- apk_package.c ---- */

typedef struct dd_apk_entry {
	char *path;
	char *link;                     /* symlink or hardlink target */
	uint32_t mode;                  /* st_mode */
	uint32_t uid, gid;
	uint64_t size;
	char q1[32];                    /* Z: checksum (files and symlinks) */
	bool hardlink;
} dd_apk_entry;

typedef struct dd_apk_script {
	char *name;                     /* "post-upgrade" */
	char *data;
	size_t len;
} dd_apk_script;

typedef struct dd_apk_pkg {
	char *file;                     /* the verified .apk */
	const dd_apk_rec *rec;          /* its APKINDEX record */
	uint64_t data_off, size;        /* the data member's place */
	dd_apk_entry *entries;          /* the data tar, in order */
	size_t n_entries;
	dd_apk_script *scripts;
	size_t n_scripts;
	char *triggers;                 /* .PKGINFO triggers, or NULL */
	char *replaces_priority;        /* .PKGINFO replaces_priority, or NULL */
} dd_apk_pkg;

/* Verifies pkg->file against its index record (C:), its own signature and
 * the datahash, and reads the data tar's entry list. */
int dd_apk_package_load(dd_apk_pkg *pkg, const dd_fix_files *files);
/* Streams the data tar's entries into w. */
int dd_apk_package_write(const dd_apk_pkg *pkg, dd_layer_writer *w);
void dd_apk_package_free(dd_apk_pkg *pkg);

/* ---- apk_db.c ---- */

/* One upgraded (or added) package as the DB writer needs it. */
typedef struct dd_apk_change {
	const dd_apk_rec *old;          /* its installed record, or NULL for a new package */
	const dd_apk_pkg *pkg;
} dd_apk_change;

/* The old version's files that the new one lacks: appended to *paths. */
int dd_apk_db_dropped(const dd_apk_records *db, const dd_apk_change *c, dd_strv *paths);
/* The new lib/apk/db/installed. */
int dd_apk_db_installed(const dd_apk_records *db, const dd_apk_change *c, size_t n, char **out, size_t *len);
/* The new lib/apk/db/scripts.tar (old may be NULL). */
int dd_apk_db_scripts(const dd_fix_file *old, const dd_apk_change *c, size_t n, char **out, size_t *len);
/* The new lib/apk/db/triggers (old may be NULL). */
int dd_apk_db_triggers(const dd_fix_file *old, const dd_apk_change *c, size_t n, char **out, size_t *len);

/* ---- apk_plan.c ---- */

typedef struct dd_apk_state {
	dd_apk_records db;              /* lib/apk/db/installed */
	dd_apk_records *indexes;        /* one per repository */
	size_t n_indexes;
	dd_apk_change *changes;
	dd_apk_pkg *pkgs;               /* changes[i].pkg == &pkgs[i] */
	size_t n;
} dd_apk_state;

int dd_apk_plan(const dd_fix_ctx *ctx, const dd_fix_want *wants, size_t n_wants, dd_fix_plan *plan);
void dd_apk_state_free(void *state);

#endif
