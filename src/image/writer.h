/*
 * Writing images: the sinks beside the sources (docs/image-writing.md).
 *
 *   layer_writer.c   a tar+gzip layer, streamed to a file, with its diff_id
 *                    and compressed digest computed in the same pass
 *   image_draft.c    a new image = an opened image's manifest and config
 *                    plus appended layers (digests recomputed)
 *   oci_layout_write.c   a draft into an OCI layout (atomic index.json update)
 *   registry_push.c  a draft to a registry (Distribution API uploads)
 *
 * Semi-private: `drydock fix` and the service call these; the CLI does not.
 * Every function returns 0 or a negative dd_error_code with the message in
 * dd_error_last(); `T **out` first means the caller frees it.
 */
#ifndef DD_IMAGE_WRITER_H
#define DD_IMAGE_WRITER_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "image/image.h"
#include "util/reader.h"

/* ---- layer writer (layer_writer.c) ---- */

typedef struct dd_layer_writer dd_layer_writer;

typedef struct dd_layer_writer_options {
	unsigned version;
	int64_t mtime;          /* every entry's mtime (seconds since the epoch): reproducible output */
	unsigned uid, gid;      /* every entry's owner */
	int level;              /* gzip level 1..9 */
} dd_layer_writer_options;
#define DD_LAYER_WRITER_OPTIONS_VERSION 1
#define DD_LAYER_WRITER_OPTIONS_INIT { DD_LAYER_WRITER_OPTIONS_VERSION, 0, 0, 0, 6 }

/* What a finished layer is: what the manifest and the config record. */
typedef struct dd_layer_digests {
	char digest[72];        /* sha256 of the gzip stream (manifest layers[].digest) */
	char diff_id[72];       /* sha256 of the tar (config rootfs.diff_ids) */
	uint64_t size;          /* bytes of the gzip stream */
	uint64_t tar_size;
} dd_layer_digests;

/* Writes the layer to fd (not closed; the caller owns it), from its current
 * position. Memory stays bounded whatever the entries' sizes. */
int dd_layer_writer_new(dd_layer_writer **out, int fd, const dd_layer_writer_options *opts);
/* Entries, in the order given. Paths are image-relative ("usr/bin/x", no
 * leading '/', no "." or ".." component). mode holds the permission bits
 * (07777); the type comes from the function. A file's content is read from
 * `content` (exactly size bytes, else DD_EFORMAT). */
int dd_layer_writer_add_file(dd_layer_writer *w, const char *path, unsigned mode, dd_reader *content, uint64_t size);
int dd_layer_writer_add_dir(dd_layer_writer *w, const char *path, unsigned mode);
int dd_layer_writer_add_symlink(dd_layer_writer *w, const char *path, const char *target);
/* An OCI whiteout: the path is deleted from the layers below. */
int dd_layer_writer_add_whiteout(dd_layer_writer *w, const char *path);
/* Ends the tar (two zero blocks) and the gzip stream; fills *out. */
int dd_layer_writer_finish(dd_layer_writer *w, dd_layer_digests *out);
void dd_layer_writer_free(dd_layer_writer *w);

/* ---- image drafts (image_draft.c) ---- */

/* A new image ready to be written: manifest and config bytes (as they will
 * be stored, so their digests are final) and where each layer's blob comes
 * from: a local file (a layer just written) or the base image's source. */
typedef struct dd_image_draft {
	char *manifest;
	size_t manifest_len;
	char manifest_digest[72];
	char *manifest_media_type;
	char *config;
	size_t config_len;
	char config_digest[72];
	char *config_media_type;
	dd_descriptor *layers;
	size_t n_layers;
	char **layer_files;     /* per layer: a local file, or NULL: the base image's blob */
	dd_image *base;         /* not owned: must outlive the draft */
} dd_image_draft;

typedef struct dd_append_options {
	unsigned version;
	const char *created;            /* RFC 3339 time of the history entry and config "created"; NULL: now */
	const char *created_by;         /* history entry's created_by */
	const char *comment;            /* history entry's comment (may be NULL) */
	const char *const *annotations; /* key, value, ..., NULL: on the new layer's descriptor */
	const char *const *labels;      /* key, value, ..., NULL: added to config.Labels */
} dd_append_options;
#define DD_APPEND_OPTIONS_VERSION 1
#define DD_APPEND_OPTIONS_INIT { DD_APPEND_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL }

/* The base image unchanged (a copy). */
int dd_image_draft_new(dd_image_draft **out, dd_image *base);
/* Appends the layer at layer_file (written by a dd_layer_writer that gave
 * d): manifest layers[], config rootfs.diff_ids and history, both digests
 * recomputed. The base image must come from a source with a manifest (not
 * dir:). */
int dd_image_draft_append_layer(dd_image_draft *draft, const char *layer_file, const dd_layer_digests *d,
	const dd_append_options *opts);
/* Removes the top layer: its manifest descriptor, its config diff_id and the
 * last history entry that made a layer (`drydock fix` replacing its own
 * patch layer). At least one layer must remain. */
int dd_image_draft_drop_top_layer(dd_image_draft *draft);
/* Opens the raw bytes of a blob of the draft (a layer, or the config by its
 * digest). */
int dd_image_draft_open_blob(const dd_image_draft *draft, const dd_descriptor *d, dd_reader **out);
void dd_image_draft_free(dd_image_draft *draft);

/* ---- OCI layout sink (oci_layout_write.c) ---- */

/* Writes the draft into the OCI layout at dir (created when absent) and
 * points tag at it (index.json's org.opencontainers.image.ref.name); other
 * tags stay. Blobs already present are not written again; every blob is
 * written to a temporary file, checked against its digest and renamed into
 * place, and index.json is replaced by rename, so a reader sees the old
 * layout or the new one, never half of one. */
int dd_oci_layout_write(const dd_image_draft *draft, const char *dir, const char *tag);

/* ---- registry sink (registry_push.c) ---- */

typedef struct dd_push_options {
	unsigned version;
	dd_image_options image;         /* credentials, --plain-http, TLS, retries */
	const char *const *mount_from;  /* repositories of the same registry to mount blobs from; NULL-terminated */
	uint64_t chunk_size;            /* 0: monolithic uploads; else PATCH chunks of this size */
} dd_push_options;
#define DD_PUSH_OPTIONS_VERSION 1
#define DD_PUSH_OPTIONS_INIT { DD_PUSH_OPTIONS_VERSION, DD_IMAGE_OPTIONS_INIT, NULL, 0 }

/* What a push did (for the caller's report and the tests). */
typedef struct dd_push_stats {
	size_t blobs_present;           /* HEAD said the registry has it: not sent */
	size_t blobs_mounted;           /* cross-repository mount */
	size_t blobs_uploaded;
	uint64_t bytes_uploaded;
	size_t chunks;                  /* PATCH requests */
	char manifest_digest[72];       /* as the registry confirmed it */
} dd_push_stats;

/* Pushes the draft to REF ("HOST/NAME:TAG", "HOST/NAME@sha256:..." or with
 * "docker://"): every blob (HEAD first; mount when mount_from names a
 * repository holding it; else upload) and then the manifest, by tag or by
 * digest. The registry's Docker-Content-Digest must equal ours for every
 * blob and for the manifest (DD_EDIGEST). stats may be NULL. */
int dd_registry_push(const dd_image_draft *draft, const char *ref, const dd_push_options *opts, dd_push_stats *stats);

#endif
