/*
 * Copies and deletes inside one registry, by manifest digest: what the
 * service's delivery chains do to a verdict (backup, promote, delete).
 * A copy never moves layer bytes: each blob the target repository lacks
 * is mounted from the source (POST .../blobs/uploads/?mount=&from=), and a
 * registry that will not mount fails the copy instead of a silent
 * re-upload. The manifest goes last, as the exact bytes read (so the copy
 * has the same digest), after its digest was checked.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "util/error.h"
#include "util/reader.h"
#include "image/image.h"
#include "util/str.h"

#define MANIFEST_MAX (4u << 20)
#define MAX_BLOBS 512
#define MAX_CHILDREN 64
#define MANIFEST_ACCEPT \
	"application/vnd.oci.image.manifest.v1+json, " \
	"application/vnd.oci.image.index.v1+json, " \
	"application/vnd.docker.distribution.manifest.v2+json, " \
	"application/vnd.docker.distribution.manifest.list.v2+json"

typedef struct copy_ctx {
	dd_registry_client *src, *dst;
	const char *from, *to, *host;
	dd_catalog_copy_stats *st;
} copy_ctx;

static bool digest_ok(const char *d)
{
	return d && !strncmp(d, "sha256:", 7) && strlen(d) == 71 && strspn(d + 7, "0123456789abcdef") == 64;
}

/* the manifest repository@digest: its bytes (checked) and media type */
static int manifest_get(copy_ctx *x, const char *digest, char **body, size_t *len, char **media_type)
{
	char *path = dd_asprintf("/v2/%s/manifests/%s", x->from, digest);
	char what[200];
	snprintf(what, sizeof(what), "manifest %s@%s", x->from, digest);
	dd_reader *r = NULL;
	dd_http_response resp;
	memset(&resp, 0, sizeof(resp));
	*body = *media_type = NULL;
	if (!path)
		return dd_error_oom();
	dd_http_request req = { path, MANIFEST_ACCEPT, MANIFEST_MAX, 0, what };
	int rc = dd_registry_get(x->src, &req, &r, &resp);
	free(path);
	if (!rc)
		rc = dd_reader_read_all(r, MANIFEST_MAX, body, len);
	if (r)
		dd_reader_close(r);
	char computed[72];
	if (!rc) {
		dd_sha256_digest(*body, *len, computed);
		if (strcmp(computed, digest))
			rc = dd_error_set(DD_EDIGEST, "%s: the registry sent bytes that hash to %s", what, computed);
	}
	if (!rc && !(*media_type = strdup(resp.content_type ? resp.content_type :
	    "application/vnd.oci.image.manifest.v1+json")))
		rc = dd_error_oom();
	dd_http_response_clear(&resp);
	if (rc) {
		free(*body);
		free(*media_type);
		*body = *media_type = NULL;
	}
	return rc;
}

/* the blob is in the target repository, present or mounted from the source */
static int blob_mount(copy_ctx *x, const char *digest)
{
	char what[120];
	snprintf(what, sizeof(what), "blob %s", digest);
	char *path = dd_asprintf("/v2/%s/blobs/%s", x->to, digest);
	if (!path)
		return dd_error_oom();
	dd_send_request head = { .method = "HEAD", .target = path, .what = what };
	dd_send_response r;
	int rc = dd_registry_send(x->dst, &head, &r);
	free(path);
	if (rc)
		return rc;
	if (r.status == 200) {
		x->st->blobs_present++;
		return 0;
	}
	path = dd_asprintf("/v2/%s/blobs/uploads/", x->to);
	char *query = dd_asprintf("mount=%s&from=%s", digest, x->from);
	if (!path || !query) {
		free(path);
		free(query);
		return dd_error_oom();
	}
	dd_send_request post = { .method = "POST", .target = path, .query = query, .what = what };
	rc = dd_registry_send(x->dst, &post, &r);
	free(path);
	free(query);
	if (rc)
		return rc;
	if (r.status == 201) {
		x->st->blobs_mounted++;
		return 0;
	}
	if (r.status == 202 && r.location[0]) {
		/* an upload session instead of a mount: give it back, send nothing */
		dd_send_request del = { .method = "DELETE", .target = r.location, .what = what };
		dd_send_response ignored;
		(void)dd_registry_send(x->dst, &del, &ignored);
	}
	return dd_error_set(DD_ENET, "registry %s: %s: mounting it from %s into %s answered HTTP %ld%s; the copy "
		"only mounts (no re-upload): check that both repositories are on this registry and the credentials may "
		"pull from %s", x->host, what, x->from, x->to, r.status, r.error, x->from);
}

static int manifest_put(copy_ctx *x, const char *ref, const char *body, size_t len, const char *media_type,
	const char *digest)
{
	char *path = dd_asprintf("/v2/%s/manifests/%s", x->to, ref);
	char what[200];
	snprintf(what, sizeof(what), "manifest %s:%s", x->to, ref);
	if (!path)
		return dd_error_oom();
	dd_mem_body mem = { body, len };
	dd_send_request req = { .method = "PUT", .target = path, .what = what, .content_type = media_type,
		.open_body = dd_mem_body_open, .body_ctx = &mem, .body_len = len };
	dd_send_response r;
	int rc;
	rc = dd_registry_send(x->dst, &req, &r);
	free(path);
	if (rc)
		return rc;
	if (r.status != 201 && r.status != 200)
		return dd_error_set(DD_ENET, "registry %s: %s: PUT answered HTTP %ld%s", x->host, what, r.status, r.error);
	if (r.docker_digest[0] && strcmp(r.docker_digest, digest))
		return dd_error_set(DD_EDIGEST, "registry %s: %s: stored as %s, not %s", x->host, what, r.docker_digest, digest);
	return 0;
}

static int copy_manifest(copy_ctx *x, const char *digest, const char *tag, int depth)
{
	char *body = NULL, *mt = NULL;
	size_t len = 0;
	json_t *doc = NULL;
	int rc = manifest_get(x, digest, &body, &len, &mt);
	if (rc)
		return rc;
	json_error_t je;
	if (!(doc = json_loadb(body, len, 0, &je)) || !json_is_object(doc)) {
		rc = dd_error_set(DD_EFORMAT, "manifest %s@%s is not a JSON object", x->from, digest);
		goto out;
	}
	json_t *children = json_object_get(doc, "manifests"), *d;
	size_t i;
	if (json_is_array(children)) {
		/* an index: its platform manifests first, by digest */
		if (depth > 0 || json_array_size(children) > MAX_CHILDREN) {
			rc = dd_error_set(DD_ELIMIT, "manifest %s@%s: nested or over %d entries; not copied", x->from, digest,
				MAX_CHILDREN);
			goto out;
		}
		json_array_foreach(children, i, d) {
			const char *cd = json_string_value(json_object_get(d, "digest"));
			if (!digest_ok(cd)) {
				rc = dd_error_set(DD_EFORMAT, "manifest %s@%s: entry %zu has no sha256 digest", x->from, digest, i);
				goto out;
			}
			if ((rc = copy_manifest(x, cd, NULL, depth + 1)) != 0)
				goto out;
		}
	} else {
		json_t *layers = json_object_get(doc, "layers");
		const char *cfg = json_string_value(json_object_get(json_object_get(doc, "config"), "digest"));
		if (!json_is_array(layers) || json_array_size(layers) > MAX_BLOBS || !digest_ok(cfg)) {
			rc = dd_error_set(DD_EFORMAT, "manifest %s@%s: not an image manifest with a config and at most %d "
				"layers", x->from, digest, MAX_BLOBS);
			goto out;
		}
		json_array_foreach(layers, i, d) {
			const char *ld = json_string_value(json_object_get(d, "digest"));
			if (!digest_ok(ld)) {
				rc = dd_error_set(DD_EFORMAT, "manifest %s@%s: layer %zu has no sha256 digest", x->from, digest, i);
				goto out;
			}
			if ((rc = blob_mount(x, ld)) != 0)
				goto out;
		}
		if ((rc = blob_mount(x, cfg)) != 0)
			goto out;
	}
	rc = manifest_put(x, tag ? tag : digest, body, len, mt, digest);
out:
	json_decref(doc);
	free(body);
	free(mt);
	return rc;
}

static int host_of(const dd_catalog_options *opts, char *out, size_t cap)
{
	const char *h = opts->url ? strstr(opts->url, "://") : NULL;
	if (!h)
		return dd_error_set(DD_EINVAL, "registry URL '%.200s' does not start with http:// or https://",
			opts->url ? opts->url : "");
	snprintf(out, cap, "%.*s", (int)strcspn(h + 3, "/"), h + 3);
	return 0;
}

int dd_catalog_copy(const dd_catalog_options *opts, const char *from, const char *digest, const char *to,
	const char *tag, dd_catalog_copy_stats *stats)
{
	dd_catalog_copy_stats local;
	char host[256];
	copy_ctx x = { NULL, NULL, from, to, host, stats ? stats : &local };
	memset(x.st, 0, sizeof(*x.st));
	int rc;
	if (!opts || opts->version != DD_CATALOG_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "dd_catalog_copy: unknown dd_catalog_options version");
	if (!from || !*from || !to || !*to || !tag || !*tag || !digest_ok(digest))
		return dd_error_set(DD_EINVAL, "dd_catalog_copy: a source, a sha256 digest, a target and a tag are needed");
	if ((rc = host_of(opts, host, sizeof(host))) != 0)
		return rc;
	if ((rc = dd_catalog__client(&x.src, opts, from)) != 0 || (rc = dd_catalog__client(&x.dst, opts, to)) != 0 ||
	    (rc = dd_registry_client_want_push(x.dst, (const char *const[]){ from, NULL })) != 0)
		goto out;
	rc = copy_manifest(&x, digest, tag, 0);
out:
	if (rc)
		dd_error_prefix(rc, "copy %s@%s to %s:%s", from, digest, to, tag);
	dd_registry_client_free(x.src);
	dd_registry_client_free(x.dst);
	return rc;
}

int dd_catalog_delete(const dd_catalog_options *opts, const char *repository, const char *digest)
{
	dd_registry_client *c = NULL;
	char host[256], what[200];
	int rc;
	if (!opts || opts->version != DD_CATALOG_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "dd_catalog_delete: unknown dd_catalog_options version");
	if (!repository || !*repository || !digest_ok(digest))
		return dd_error_set(DD_EINVAL, "dd_catalog_delete: a repository and a sha256 digest are needed");
	if ((rc = host_of(opts, host, sizeof(host))) != 0)
		return rc;
	if ((rc = dd_catalog__client(&c, opts, repository)) != 0 || (rc = dd_registry_client_want_push(c, NULL)) != 0) {
		dd_registry_client_free(c);
		return rc;
	}
	char *path = dd_asprintf("/v2/%s/manifests/%s", repository, digest);
	snprintf(what, sizeof(what), "manifest %s@%s", repository, digest);
	dd_send_request req = { .method = "DELETE", .target = path, .what = what };
	dd_send_response r;
	if (!path)
		rc = dd_error_oom();
	else
		rc = dd_registry_send(c, &req, &r);
	free(path);
	dd_registry_client_free(c);
	if (rc)
		return rc;
	if (r.status == 202 || r.status == 200)
		return 0;
	if (r.status == 404)
		return dd_error_set(DD_ENOTFOUND, "registry %s: DELETE %s: HTTP 404%s (already deleted?)", host, what, r.error);
	if (r.status == 405)
		return dd_error_set(DD_EUNSUPPORTED, "registry %s: DELETE %s: HTTP 405%s: the registry has deletes "
			"disabled (docker-registry: storage: delete: enabled: true)", host, what, r.error);
	return dd_error_set(r.status == 401 || r.status == 403 ? DD_EAUTH : DD_ENET, "registry %s: DELETE %s: HTTP %ld%s",
		host, what, r.status, r.error);
}
