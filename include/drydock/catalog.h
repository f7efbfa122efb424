/*
 * Registry catalogs: which repositories a registry holds, which tags a
 * repository has, and which manifest digest a tag names, without pulling
 * anything. The service enumerates a scan rule's images with it. Registry
 * products differ in how they list (Docker Distribution's /v2/_catalog,
 * Harbor's project API where the catalog is admin-only, Quay's and
 * GitLab's own APIs...): the `type` picks the lister; the tag -> digest step is the Distribution API
 * everywhere. Every answer is hostile: pages, items and bytes are bounded.
 *
 *   dd_catalog_options co = DD_CATALOG_OPTIONS_INIT;
 *   co.url = "http://127.0.0.1:5000";
 *   dd_strv repos = { 0 };
 *   if (dd_catalog_repositories(&repos, &co, "library") < 0) ... dd_error_last() ...
 *   dd_strv_free(&repos);
 */
#ifndef DRYDOCK_CATALOG_H
#define DRYDOCK_CATALOG_H

#include "drydock/drydock.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dd_catalog_options {
	unsigned version;
	const char *type;           /* "distribution" (NULL: that); dd_catalog_type_known() */
	const char *url;            /* "http://host:port" or "https://host"; the scheme sets image.plain_http */
	dd_image_options image;     /* credentials (username/password or authfile), TLS, retries */
	size_t max_items;           /* repositories or tags listed at most (0: 100000); more is DD_ELIMIT */
	size_t page_size;           /* items asked for per request (0: 100) */
	/* The registry product's own API, for the types that list through it
	 * (quay, gitlab): its root URL when it is not the registry's (GitLab:
	 * "https://gitlab.example.com" beside "https://registry.example.com"),
	 * and the token it takes as "Authorization: Bearer" (a Quay OAuth
	 * application token, a GitLab personal, group or project access token). */
	const char *api_url;        /* NULL: url */
	const char *api_token;      /* NULL: anonymous */
} dd_catalog_options;
#define DD_CATALOG_OPTIONS_VERSION 1
#define DD_CATALOG_OPTIONS_INIT { DD_CATALOG_OPTIONS_VERSION, NULL, NULL, DD_IMAGE_OPTIONS_INIT, 0, 0, NULL, NULL }

/* 1 when a lister of this type is built in, else 0. */
int dd_catalog_type_known(const char *type);

/* The registry's repositories, sorted; with a namespace ("library"), only
 * that one and those under it ("library/..."); NULL or "": all. *out is
 * filled (append) and freed by the caller with dd_strv_free(). */
int dd_catalog_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_);

/* A repository's tags, sorted (append into *out). DD_ENOTFOUND when the
 * registry does not know the repository. */
int dd_catalog_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository);

/* The manifest digest ("sha256:...") REPOSITORY:TAG names now (malloc'ed).
 * DD_ENOTFOUND: manifest unknown; DD_EAUTH: credentials refused. */
int dd_catalog_digest(char **out, const dd_catalog_options *opts, const char *repository, const char *tag);

/* The `created` time of the image REPOSITORY@DIGEST's config, as written
 * there (RFC 3339; malloc'ed): the manifest and the config are read, no
 * layer. DD_ENOTFOUND when the config has none. */
int dd_catalog_created(char **out, const dd_catalog_options *opts, const char *repository, const char *digest);

/* What dd_catalog_copy did with the blobs (issue 15, delivery chains). */
typedef struct dd_catalog_copy_stats {
	size_t blobs_present;   /* the target repository had them */
	size_t blobs_mounted;   /* mounted from the source: no byte moved */
} dd_catalog_copy_stats;

/* Copies the manifest FROM@DIGEST (an image or an index with its
 * platform manifests) to TO:TAG on the same registry: every blob is
 * mounted from FROM, never uploaded (a registry that will not mount fails
 * the copy), then the manifest's exact bytes are put, so the copy has the
 * same digest. stats may be NULL. */
int dd_catalog_copy(const dd_catalog_options *opts, const char *from, const char *digest, const char *to,
	const char *tag, dd_catalog_copy_stats *stats);
/* DELETE /v2/REPOSITORY/manifests/DIGEST: every tag of that digest in the
 * repository goes. DD_EUNSUPPORTED when the registry has deletes disabled
 * (405), DD_ENOTFOUND when it does not know the manifest. */
int dd_catalog_delete(const dd_catalog_options *opts, const char *repository, const char *digest);

#ifdef __cplusplus
}
#endif
#endif
