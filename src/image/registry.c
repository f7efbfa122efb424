/*
 * The docker:// source: an OCI Distribution (v2) registry. Manifests and
 * indexes come from /v2/<name>/manifests/<ref> (bounded, verified when a
 * digest names them), blobs stream from /v2/<name>/blobs/<digest>. Platform
 * selection, config parsing and layer digest checks are image.c's; this file
 * only maps the source interface onto the client in registry_http.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/image.h"
#include "image/registry.h"
#include "image/source.h"
#include "util/error.h"
#include "util/str.h"

#define MANIFEST_ACCEPT \
	"application/vnd.oci.image.manifest.v1+json, " \
	"application/vnd.oci.image.index.v1+json, " \
	"application/vnd.docker.distribution.manifest.v2+json, " \
	"application/vnd.docker.distribution.manifest.list.v2+json"

typedef struct registry_source {
	dd_source base;
	dd_registry_ref ref;
	dd_registry_client *client;
} registry_source;

static void registry_close(dd_source *s)
{
	registry_source *r = (registry_source *)s;
	if (!r)
		return;
	dd_registry_client_free(r->client);
	dd_registry_ref_clear(&r->ref);
	free(r);
}

static int registry_open(dd_source **out, const char *locator, const dd_image_options *opts)
{
	registry_source *r = calloc(1, sizeof(*r));
	int rc;
	if (!r)
		return dd_error_oom();
	r->base.ops = &dd_source_registry;
	if ((rc = dd_registry_ref_parse(&r->ref, locator)) != 0 ||
	    (rc = dd_registry_client_new(&r->client, &r->ref, opts)) != 0) {
		registry_close(&r->base);
		return rc;
	}
	*out = &r->base;
	return 0;
}

/* Only media types drydock reads are passed up; "application/json" and the
 * like become NULL so that image.c sniffs the document instead. Schema 1
 * goes up too, so that image.c can say it is unsupported. */
static bool known_media_type(const char *ct)
{
	return ct && (dd_media_type_is_manifest(ct) || dd_media_type_is_index(ct) ||
		strstr(ct, "docker.distribution.manifest.v1") != NULL);
}

static int registry_get_manifest(dd_source *s, const char *digest, char **data, size_t *len, char **media_type)
{
	registry_source *r = (registry_source *)s;
	const char *ref = digest ? digest : r->ref.digest ? r->ref.digest : r->ref.tag;
	const char *want = digest ? digest : r->ref.digest;
	char *path = dd_asprintf("/v2/%s/manifests/%s", r->ref.repository, ref);
	char what[200];
	dd_reader *rd = NULL;
	dd_http_response resp = { 0 };
	int rc;
	*data = NULL;
	*media_type = NULL;
	if (!path)
		return dd_error_oom();
	if (digest || r->ref.digest)
		snprintf(what, sizeof(what), "manifest %s", ref);
	else
		snprintf(what, sizeof(what), "manifest of tag '%s'", ref);
	dd_http_request req = { .path = path, .accept = MANIFEST_ACCEPT, .max_body = DD_MANIFEST_MAX, .what = what };
	rc = dd_registry_get(r->client, &req, &rd, &resp);
	free(path);
	if (rc)
		return rc;
	rc = dd_reader_read_all(rd, DD_MANIFEST_MAX, data, len);
	dd_reader_close(rd);
	if (rc) {
		dd_http_response_clear(&resp);
		return rc == DD_ELIMIT ? dd_error_set(DD_ELIMIT, "registry %s: %s is over the %u-byte limit; refusing it",
			r->ref.host, what, DD_MANIFEST_MAX) : rc;
	}
	if (want && !dd_sha256_matches(*data, *len, want)) {
		rc = dd_error_set(DD_EDIGEST, "registry %s: %s: the registry sent a manifest that does not match the digest",
			r->ref.host, what);
		goto fail;
	}
	if (known_media_type(resp.content_type) && !(*media_type = strdup(resp.content_type))) {
		rc = dd_error_oom();
		goto fail;
	}
	dd_http_response_clear(&resp);
	return 0;
fail:
	dd_http_response_clear(&resp);
	free(*data);
	*data = NULL;
	return rc;
}

static int registry_open_blob(dd_source *s, const dd_descriptor *d, dd_reader **out)
{
	registry_source *r = (registry_source *)s;
	if (!dd_digest_valid(d->digest))
		return dd_error_set(DD_EFORMAT, "invalid blob digest '%.100s'", d->digest ? d->digest : "");
	char *path = dd_asprintf("/v2/%s/blobs/%s", r->ref.repository, d->digest);
	if (!path)
		return dd_error_oom();
	/* a layer's size is known from the manifest: more bytes are refused
	 * as they arrive, fewer are resumed */
	dd_http_request req = { .path = path, .max_body = d->size ? d->size : 0, .expect_size = d->size,
		.what = "blob" };
	int rc = dd_registry_get(r->client, &req, out, NULL);
	free(path);
	return rc;
}

static const char *registry_repository(dd_source *s)
{
	return ((registry_source *)s)->ref.repository;
}

const dd_source_ops dd_source_registry = {
	.transport = "docker",
	.open = registry_open,
	.get_manifest = registry_get_manifest,
	.open_blob = registry_open_blob,
	.repository = registry_repository,
	.close = registry_close,
};
