/*
 * The registry sink: an image draft pushed over the OCI Distribution API.
 *
 * Per blob (layers, then the config): HEAD /v2/<name>/blobs/<digest>; a
 * 200 whose size agrees means the registry has it and nothing is sent.
 * Else, for each repository of mount_from, POST
 * /v2/<name>/blobs/uploads/?mount=<digest>&from=<repo>: 201 is a mount (no
 * bytes sent); 202 means the registry would not mount (it lacks the blob
 * there, or our token may not pull from that repository) and opened an
 * upload session instead, which is then used. Else POST
 * /v2/<name>/blobs/uploads/ opens one (202 + Location). The bytes go as one
 * PUT <location>?digest=<d> (monolithic) or as PATCH chunks with
 * Content-Range, each answered 202 with the next Location and the Range
 * received so far, then a PUT ?digest= without a body. Last the manifest:
 * PUT /v2/<name>/manifests/<tag or digest> with its media type.
 *
 * The one idea: the registry's word is checked, never trusted. Every 201
 * must carry a Docker-Content-Digest equal to ours, a chunk's Range must
 * say the registry holds exactly what was sent, and the manifest digest the
 * registry names must be the one we computed; anything else fails the push
 * (DD_EDIGEST) before a tag can point at something we did not write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/registry.h"
#include "image/writer.h"
#include "util/error.h"
#include "util/str.h"

#define CHUNK_MIN (64u << 10)

typedef struct push {
	dd_registry_client *c;
	dd_registry_ref ref;
	const dd_image_draft *draft;
	const dd_push_options *opts;
	dd_push_stats *stats;
} push;

/* ---- bodies ---- */

typedef struct blob_body {
	const dd_image_draft *draft;
	const dd_descriptor *desc;
	uint64_t offset, len;      /* a chunk: [offset, offset+len); len 0 = whole blob */
} blob_body;

/* Skips to offset, then hands out at most len bytes. */
typedef struct window_reader {
	dd_reader base;
	dd_reader *inner;
	uint64_t left;
} window_reader;

static ssize_t window_read(dd_reader *r, void *buf, size_t len)
{
	window_reader *w = (window_reader *)r;
	if (!w->left)
		return 0;
	if (len > w->left)
		len = (size_t)w->left;
	ssize_t n = dd_reader_read(w->inner, buf, len);
	if (n > 0)
		w->left -= (uint64_t)n;
	return n;
}

static void window_close(dd_reader *r)
{
	window_reader *w = (window_reader *)r;
	dd_reader_close(w->inner);
	free(w);
}

static int open_blob_body(void *ctx, dd_reader **out)
{
	blob_body *b = ctx;
	dd_reader *r;
	int rc = dd_image_draft_open_blob(b->draft, b->desc, &r);
	if (rc)
		return rc;
	if (!b->len) {
		*out = r;
		return 0;
	}
	if (b->offset && (rc = dd_reader_skip(r, b->offset)) != 0) {
		dd_reader_close(r);
		return rc;
	}
	window_reader *w = calloc(1, sizeof(*w));
	if (!w) {
		dd_reader_close(r);
		return dd_error_oom();
	}
	w->base.read = window_read;
	w->base.close = window_close;
	w->inner = r;
	w->left = b->len;
	*out = &w->base;
	return 0;
}

/* ---- answers ---- */

static int unexpected(push *p, const char *what, const char *step, const dd_send_response *r)
{
	const char *host = p->ref.host, *repo = p->ref.repository;
	if (r->status == 401 || r->status == 403)
		return dd_error_set(DD_EAUTH, "registry %s refused to let us push to repository %s (%s: HTTP %ld%s): "
			"the credentials need push access (--username/--password or --authfile)", host, repo, step,
			r->status, r->error);
	return dd_error_set(DD_ENET, "registry %s: repository %s: %s: %s answered HTTP %ld%s", host, repo, what, step,
		r->status, r->error);
}

static int check_digest(push *p, const char *what, const char *got, const char *want)
{
	if (!got || !*got)
		return 0;   /* the spec makes the header optional on some answers; the digest PUT checked it */
	if (strcmp(got, want))
		return dd_error_set(DD_EDIGEST, "registry %s: repository %s: %s: the registry says it stored %.80s, "
			"we sent %s; refusing to go on", p->ref.host, p->ref.repository, what, got, want);
	return 0;
}

/* "0-N" (Distribution's Range on upload answers): does it end at end-1? */
static bool range_is(const char *range, uint64_t end)
{
	unsigned long long a = 0, b = 0;
	const char *r = range;
	if (!strncmp(r, "bytes=", 6))
		r += 6;
	if (sscanf(r, "%llu-%llu", &a, &b) != 2)
		return false;
	return a == 0 && b + 1 == end;
}

/* ---- blobs ---- */

static int head_blob(push *p, const dd_descriptor *d, bool *present)
{
	char *path = dd_asprintf("/v2/%s/blobs/%s", p->ref.repository, d->digest);
	char what[120];
	snprintf(what, sizeof(what), "blob %s", d->digest);
	if (!path)
		return dd_error_oom();
	dd_send_request req = { .method = "HEAD", .target = path, .what = what };
	dd_send_response r;
	int rc = dd_registry_send(p->c, &req, &r);
	free(path);
	if (rc)
		return rc;
	*present = r.status == 200;
	if (r.status != 200 && r.status != 404)
		return unexpected(p, what, "HEAD", &r);
	if (*present)
		rc = check_digest(p, what, r.docker_digest, d->digest);
	return rc;
}

/* Starts an upload, or mounts. *mounted, else location holds the session. */
static int start_upload(push *p, const dd_descriptor *d, const char *from, bool *mounted, char *location, size_t cap)
{
	char *path = dd_asprintf("/v2/%s/blobs/uploads/", p->ref.repository);
	char *query = from ? dd_asprintf("mount=%s&from=%s", d->digest, from) : NULL;
	char what[120];
	snprintf(what, sizeof(what), "blob %s", d->digest);
	if (!path || (from && !query)) {
		free(path);
		free(query);
		return dd_error_oom();
	}
	dd_send_request req = { .method = "POST", .target = path, .query = query, .what = what };
	dd_send_response r;
	int rc = dd_registry_send(p->c, &req, &r);
	free(path);
	free(query);
	if (rc)
		return rc;
	*mounted = false;
	if (r.status == 201 && from) {
		*mounted = true;
		return check_digest(p, what, r.docker_digest, d->digest);
	}
	if (r.status != 202)
		return unexpected(p, what, from ? "POST (mount)" : "POST (start upload)", &r);
	if (!r.location[0])
		return dd_error_set(DD_ENET, "registry %s: %s: upload started without a Location", p->ref.host, what);
	snprintf(location, cap, "%s", r.location);
	return 0;
}

static int finish_upload(push *p, const dd_descriptor *d, const char *location, bool with_body)
{
	char *query = dd_asprintf("digest=%s", d->digest);
	char what[120];
	snprintf(what, sizeof(what), "blob %s", d->digest);
	if (!query)
		return dd_error_oom();
	blob_body body = { p->draft, d, 0, 0 };
	dd_send_request req = { .method = "PUT", .target = location, .query = query, .what = what,
		.content_type = "application/octet-stream" };
	if (with_body) {
		req.open_body = open_blob_body;
		req.body_ctx = &body;
		req.body_len = d->size;
	}
	dd_send_response r;
	int rc = dd_registry_send(p->c, &req, &r);
	free(query);
	if (rc)
		return rc;
	if (r.status != 201)
		return unexpected(p, what, "PUT (complete upload)", &r);
	if (!r.docker_digest[0])
		return dd_error_set(DD_EDIGEST, "registry %s: %s: the upload was accepted without a Docker-Content-Digest "
			"to check it by", p->ref.host, what);
	return check_digest(p, what, r.docker_digest, d->digest);
}

static int upload_chunks(push *p, const dd_descriptor *d, char *location, size_t cap)
{
	char what[120];
	snprintf(what, sizeof(what), "blob %s", d->digest);
	uint64_t chunk = p->opts->chunk_size < CHUNK_MIN ? CHUNK_MIN : p->opts->chunk_size;
	for (uint64_t off = 0; off < d->size;) {
		uint64_t n = d->size - off < chunk ? d->size - off : chunk;
		char range[64];
		snprintf(range, sizeof(range), "%llu-%llu", (unsigned long long)off, (unsigned long long)(off + n - 1));
		blob_body body = { p->draft, d, off, n };
		dd_send_request req = { .method = "PATCH", .target = location, .what = what, .content_type =
			"application/octet-stream", .content_range = range, .open_body = open_blob_body, .body_ctx = &body,
			.body_len = n, .no_retry = true };
		dd_send_response r;
		int rc = dd_registry_send(p->c, &req, &r);
		if (rc)
			return rc;
		if (r.status != 202)
			return unexpected(p, what, "PATCH (chunk)", &r);
		if (r.range[0] && !range_is(r.range, off + n))
			return dd_error_set(DD_ENET, "registry %s: %s: after the chunk %s the registry holds '%.60s'; "
				"refusing to go on", p->ref.host, what, range, r.range);
		if (r.location[0])
			snprintf(location, cap, "%s", r.location);
		off += n;
		p->stats->chunks++;
	}
	return finish_upload(p, d, location, false);
}

static int push_blob(push *p, const dd_descriptor *d)
{
	bool present = false, mounted = false;
	char location[2048];
	int rc = head_blob(p, d, &present);
	if (rc)
		return rc;
	if (present) {
		p->stats->blobs_present++;
		return 0;
	}
	location[0] = '\0';
	for (size_t i = 0; p->opts->mount_from && p->opts->mount_from[i]; i++) {
		if (!strcmp(p->opts->mount_from[i], p->ref.repository))
			continue;
		if ((rc = start_upload(p, d, p->opts->mount_from[i], &mounted, location, sizeof(location))) != 0)
			return rc;
		if (mounted) {
			p->stats->blobs_mounted++;
			return 0;
		}
		break;   /* a refused mount opened a session: upload into it */
	}
	if (!location[0] && (rc = start_upload(p, d, NULL, &mounted, location, sizeof(location))) != 0)
		return rc;
	rc = p->opts->chunk_size ? upload_chunks(p, d, location, sizeof(location)) : finish_upload(p, d, location, true);
	if (!rc) {
		p->stats->blobs_uploaded++;
		p->stats->bytes_uploaded += d->size;
	}
	return rc;
}

/* ---- manifest ---- */

static int push_manifest(push *p)
{
	const dd_image_draft *d = p->draft;
	const char *ref = p->ref.digest ? p->ref.digest : p->ref.tag;
	if (p->ref.digest && strcmp(p->ref.digest, d->manifest_digest))
		return dd_error_set(DD_EINVAL, "push to %s@%s: the image's manifest is %s; push it by that digest or by a tag",
			p->ref.repository, p->ref.digest, d->manifest_digest);
	char *path = dd_asprintf("/v2/%s/manifests/%s", p->ref.repository, ref);
	char what[200];
	snprintf(what, sizeof(what), "manifest %s", ref);
	if (!path)
		return dd_error_oom();
	dd_mem_body body = { d->manifest, d->manifest_len };
	dd_send_request req = { .method = "PUT", .target = path, .what = what, .content_type = d->manifest_media_type,
		.open_body = dd_mem_body_open, .body_ctx = &body, .body_len = d->manifest_len };
	dd_send_response r;
	int rc = dd_registry_send(p->c, &req, &r);
	free(path);
	if (rc)
		return rc;
	if (r.status != 201 && r.status != 200)
		return unexpected(p, what, "PUT", &r);
	if ((rc = check_digest(p, what, r.docker_digest, d->manifest_digest)) != 0)
		return rc;
	snprintf(p->stats->manifest_digest, sizeof(p->stats->manifest_digest), "%s", d->manifest_digest);
	return 0;
}

int dd_registry_push(const dd_image_draft *draft, const char *ref, const dd_push_options *opts, dd_push_stats *stats)
{
	dd_push_options def = DD_PUSH_OPTIONS_INIT;
	dd_push_stats local;
	push p = { 0 };
	int rc;
	if (!opts)
		opts = &def;
	if (opts->version != DD_PUSH_OPTIONS_VERSION || opts->image.version != DD_IMAGE_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "push: options version %u (image %u), this drydock knows %u (%u)",
			opts->version, opts->image.version, DD_PUSH_OPTIONS_VERSION, DD_IMAGE_OPTIONS_VERSION);
	if (!stats)
		stats = &local;
	memset(stats, 0, sizeof(*stats));
	if (dd_starts_with(ref, "docker://"))
		ref += 9;
	p.draft = draft;
	p.opts = opts;
	p.stats = stats;
	if ((rc = dd_registry_ref_parse(&p.ref, ref)) != 0)
		return rc;
	if ((rc = dd_registry_client_new(&p.c, &p.ref, &opts->image)) != 0 ||
	    (rc = dd_registry_client_want_push(p.c, opts->mount_from)) != 0)
		goto out;
	for (size_t i = 0; i < draft->n_layers; i++)
		if ((rc = push_blob(&p, &draft->layers[i])) != 0)
			goto out;
	dd_descriptor cd = { .media_type = draft->config_media_type, .digest = (char *)draft->config_digest,
		.size = draft->config_len };
	if ((rc = push_blob(&p, &cd)) != 0)
		goto out;
	rc = push_manifest(&p);
out:
	if (rc)
		dd_error_prefix(rc, "push %s", ref);
	dd_registry_client_free(p.c);
	dd_registry_ref_clear(&p.ref);
	return rc;
}
