/*
 * Docker Distribution notifications (distribution's docs/notifications.md):
 * an envelope {"events": [...]}, each event {id, timestamp, action, target
 * {mediaType, digest, repository, url, tag}, request {host}}. The registry
 * sends an event for every blob and manifest pulled or pushed; a scan is
 * wanted for a manifest push only. An image pushed by tag gives one event
 * with the tag, a push by digest one without.
 */
#include <string.h>

#include "server/webhook.h"
#include "drydock/drydock.h"
#include "server/server.h"

/* What the registry sends a manifest push with (image manifests and
 * indexes, Docker's and OCI's); layer and config blobs have others. */
static const char *const manifest_types[] = {
	"application/vnd.docker.distribution.manifest.v2+json",
	"application/vnd.docker.distribution.manifest.list.v2+json",
	"application/vnd.docker.distribution.manifest.v1+json",
	"application/vnd.docker.distribution.manifest.v1+prettyjws",
	"application/vnd.oci.image.manifest.v1+json",
	"application/vnd.oci.image.index.v1+json",
};

static bool is_manifest(const char *media_type)
{
	for (size_t i = 0; i < sizeof(manifest_types) / sizeof(*manifest_types); i++)
		if (media_type && !strcmp(media_type, manifest_types[i]))
			return true;
	return false;
}

/* Fills e from one event; returns NULL when it is a manifest push that
 * checks out, else why not ("" for "not a manifest push"). */
static const char *event(const json_t *ev, dd_push_event *e)
{
	const json_t *target = json_object_get(ev, "target");
	const char *action = dd_webhook__str(ev, "action"), *mt = dd_webhook__str(target, "mediaType");
	if (!json_is_object(ev))
		return "not an object";
	if (!action || strcmp(action, "push") || !json_is_object(target) || !is_manifest(mt))
		return "";
	const char *id = dd_webhook__str(ev, "id"), *repo = dd_webhook__str(target, "repository");
	const char *digest = dd_webhook__str(target, "digest"), *tag = dd_webhook__str(target, "tag");
	const char *ts = dd_webhook__str(ev, "timestamp");
	const char *host = dd_webhook__str(json_object_get(ev, "request"), "host");
	memset(e, 0, sizeof(*e));
	if (!id || !dd_webhook__field(e->id, sizeof(e->id), id))
		return "no usable id";
	if (!repo || !dd_srv_repository_ok(repo) || !dd_webhook__field(e->repository, sizeof(e->repository), repo))
		return "target.repository is not a repository name";
	if (!dd_webhook_valid_digest(digest) || !dd_webhook__field(e->digest, sizeof(e->digest), digest))
		return "target.digest is not a sha256 or sha512 digest";
	if (tag && (!dd_srv_tag_ok(tag) || !dd_webhook__field(e->tag, sizeof(e->tag), tag)))
		return "target.tag is not a tag";
	if (host && !dd_webhook__field(e->host, sizeof(e->host), host))
		return "request.host is too long";
	dd_webhook__field(e->media_type, sizeof(e->media_type), mt);
	int64_t t = ts ? dd_time_parse(ts) : -1;
	e->pushed_at = t > 0 ? t : 0;
	return NULL;
}

int dd_webhook_parse_distribution(dd_push_events *out, const char *body, size_t len)
{
	int rc = 0;
	memset(out, 0, sizeof(*out));
	json_t *root = dd_webhook__load("distribution", body, len, &rc);
	if (!root)
		return rc;
	const json_t *events = json_object_get(root, "events");
	if ((rc = dd_webhook__list(events, "distribution", "events")) != 0)
		goto cleanup;
	size_t i;
	const json_t *ev;
	json_array_foreach(events, i, ev) {
		dd_push_event e;
		const char *why = event(ev, &e);
		if (why && !*why)
			out->ignored++;
		else if (why)
			dd_webhook__invalid(out, "event", i, why);
		else if ((rc = dd_webhook__add(out, &e)))
			goto cleanup;
	}
cleanup:
	json_decref(root);
	if (rc)
		dd_push_events_free(out);
	return rc;
}
