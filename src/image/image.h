/*
 * An opened image: the reference resolved through its source to one
 * platform's manifest, its config, and its layer descriptors. Layers are then
 * opened one at a time as verified, decompressed streams. dir: references
 * have no manifest: `rootfs_dir` is set and there are no layers.
 */
#ifndef DD_IMAGE_IMAGE_H
#define DD_IMAGE_IMAGE_H

#include <jansson.h>
#include <stdbool.h>

#include "drydock/drydock.h"
#include "image/source.h"
#include "image/stream.h"
#include "util/str.h"

typedef struct dd_image {
	char *ref;              /* as given, with the transport prefix made explicit */
	char *transport;        /* "docker", "oci", "oci-archive", "docker-archive", "dir" */
	dd_source *source;
	char *rootfs_dir;       /* dir: only */
	char *repository;       /* registry repository ("library/alpine") or NULL */
	char *manifest_digest;  /* digest of the selected platform's manifest */
	char *config_digest;
	char *config_raw;
	size_t config_len;
	json_t *config;         /* parsed config (owned) */
	dd_descriptor *layers;
	size_t n_layers;
	char **diff_ids;        /* n_layers entries from config rootfs.diff_ids (may be NULL each) */
	bool verify_diff_ids;   /* the source has no compressed digests (old docker save) */
	bool zlib;              /* gzip layers through zlib (dd_image_options.inflate) */
	char *os, *arch, *variant;
	char *manifest_raw;     /* the selected manifest's bytes, as stored (image writers keep them) */
	size_t manifest_len;
	char *manifest_media_type;  /* its mediaType (the field, else what the source said); may be NULL */
	dd_strv notes;          /* caveats about the manifest (odd layer descriptors) for the report */
} dd_image;

/* Opens REF (docs/CLI.md forms). */
int dd_image_open(dd_image **out, const char *ref, const dd_image_options *opts);
void dd_image_free(dd_image *img);
/* Opens through a given backend (tests and fuzzers use in-memory ones). */
int dd_image_open_source(dd_image **out, const char *ref, const dd_source_ops *ops, const char *locator,
	const dd_image_options *opts);

/* Opens layer i as a stream of its uncompressed tar bytes, verified against
 * its digest as it is read. `limits` may be NULL. */
int dd_image_open_layer(dd_image *img, size_t i, const dd_inflate_limits *limits, dd_reader **out);
/* Flags for dd_image_open_layer_flags(). */
#define DD_LAYER_READAHEAD 1u   /* read and hash the blob on a helper thread (a spare core) */
int dd_image_open_layer_flags(dd_image *img, size_t i, const dd_inflate_limits *limits, unsigned flags,
	dd_reader **out);

/* Helpers shared by the sources. */
bool dd_digest_valid(const char *digest);
bool dd_sha256_matches(const void *data, size_t len, const char *digest);
/* "sha256:<hex>" of data into out (72 bytes). */
void dd_sha256_digest(const void *data, size_t len, char out[72]);
/* "sha256:<hex>" of a finished SHA-256 (32 bytes) into out (72 bytes). */
void dd_sha256_name(const unsigned char md[32], char out[72]);
bool dd_media_type_is_manifest(const char *mt);
bool dd_media_type_is_index(const char *mt);
/* Splits "PATH[:TAG]" (see oci_layout.c). */
int dd_split_path_tag(const char *locator, char **path, char **tag);

#endif
