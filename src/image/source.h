/*
 * Image sources, one backend per transport (registry.c, oci_layout.c,
 * oci_archive.c, docker_archive.c; dir: is walked, not fetched), in one table
 * like curl's TLS backends. A source answers two questions: "what is the
 * manifest (or index) for this reference" and "give me the raw bytes of this
 * blob". Everything above (platform selection, config parsing, digest
 * checks, decompression) is shared in image.c and layer_stream.c.
 */
#ifndef DD_IMAGE_SOURCE_H
#define DD_IMAGE_SOURCE_H

#include <stdbool.h>
#include <stdint.h>

#include "drydock/drydock.h"
#include "util/reader.h"

/* Manifests, indexes and configs are small; anything bigger is hostile. */
#define DD_MANIFEST_MAX (4u << 20)
#define DD_CONFIG_MAX (8u << 20)

typedef struct dd_descriptor {
	char *media_type;
	char *digest;          /* "sha256:<64 hex>" */
	uint64_t size;
	char *platform_os, *platform_arch, *platform_variant;   /* index entries only */
} dd_descriptor;

void dd_descriptor_clear(dd_descriptor *d);

typedef struct dd_source dd_source;

typedef struct dd_source_ops {
	const char *transport;     /* "docker", "oci", "oci-archive", "docker-archive" */
	/* locator is the reference without "transport:" (e.g. "127.0.0.1:5000/library/alpine:3.10"). */
	int (*open)(dd_source **out, const char *locator, const dd_image_options *opts);
	/*
	 * Fetches a manifest or index. digest NULL means "the one the reference
	 * names" (tag or digest). *data is malloc'ed (at most DD_MANIFEST_MAX,
	 * DD_ELIMIT beyond), *media_type malloc'ed (may be NULL when the source
	 * cannot tell; the caller then sniffs the JSON). When digest is given the
	 * bytes must hash to it (the caller verifies again).
	 */
	int (*get_manifest)(dd_source *s, const char *digest, char **data, size_t *len, char **media_type);
	/* Opens a blob's raw (possibly compressed) bytes. Size and digest checks
	 * are done by the caller's layer stream; a backend may check too. */
	int (*open_blob)(dd_source *s, const dd_descriptor *d, dd_reader **out);
	/* Optional: what names the blob in the source when its digest does not
	 * (a docker save member, "<id>/layer.tar"), for messages. */
	const char *(*blob_name)(dd_source *s, const dd_descriptor *d);
	/* "library/alpine" for registries (used by whitelists); NULL otherwise. */
	const char *(*repository)(dd_source *s);
	void (*close)(dd_source *s);
} dd_source_ops;

/* Backends. */
extern const dd_source_ops dd_source_registry;
extern const dd_source_ops dd_source_oci_layout;
extern const dd_source_ops dd_source_oci_archive;
extern const dd_source_ops dd_source_docker_archive;

/* Every source struct starts with this. */
struct dd_source {
	const dd_source_ops *ops;
};

#endif
