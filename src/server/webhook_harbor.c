/*
 * Harbor webhooks (goharbor.io, "Configure Webhook Notifications"): the
 * Default payload {type: "PUSH_ARTIFACT", occur_at (unix seconds),
 * operator, event_data {resources [{digest, tag, resource_url}],
 * repository {name, namespace, repo_full_name}}} and the CloudEvents one
 * {specversion, id, type: "harbor.artifact.pushed", time, data {the same
 * event_data}}. Harbor sends one resource per tag pushed; a push by digest
 * (replication does that) carries the digest in "tag".
 *
 * The Default payload has no event id. The replay key is then a hash of
 * what makes the push itself (time, repository, digest, tag): Harbor's
 * redelivery of a failed notification resends the same body.
 */
#include <inttypes.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "server/webhook.h"
#include "drydock/drydock.h"
#include "server/server.h"

/* "harbor-" and the hex SHA-256 of the push's identity */
static bool derived_id(dd_push_event *e, int64_t occur_at)
{
	char key[DD_WEBHOOK_REPO_MAX + DD_WEBHOOK_DIGEST_MAX + DD_WEBHOOK_TAG_MAX + 64];
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	int n = snprintf(key, sizeof(key), "%" PRId64 "\n%s\n%s\n%s", occur_at, e->repository, e->digest, e->tag);
	if (n < 0 || (size_t)n >= sizeof(key) || !EVP_Digest(key, (size_t)n, md, &mdlen, EVP_sha256(), NULL))
		return false;
	char *p = e->id + snprintf(e->id, sizeof(e->id), "harbor-");
	for (unsigned i = 0; i < mdlen && i < 32; i++)
		p += snprintf(p, 3, "%02x", md[i]);
	return true;
}

/* "registry.example.com/library/nginx:v1" → "registry.example.com" when what
 * follows the first '/' is the repository; otherwise no host. */
static void host_of(dd_push_event *e, const char *url)
{
	if (!url)
		return;
	const char *s = strstr(url, "://");
	s = s ? s + 3 : url;
	const char *slash = strchr(s, '/');
	size_t rl = strlen(e->repository);
	if (!slash || strncmp(slash + 1, e->repository, rl) || (slash[1 + rl] && slash[1 + rl] != ':' && slash[1 + rl] != '@'))
		return;
	size_t n = (size_t)(slash - s);
	if (n && n < sizeof(e->host)) {
		memcpy(e->host, s, n);
		e->host[n] = '\0';
	}
}

static const char *resource(const json_t *res, const char *repo, dd_push_event *e)
{
	const char *digest = dd_webhook__str(res, "digest"), *tag = dd_webhook__str(res, "tag");
	if (!json_is_object(res))
		return "not an object";
	if (!dd_webhook_valid_digest(digest) || !dd_webhook__field(e->digest, sizeof(e->digest), digest))
		return "digest is not a sha256 or sha512 digest";
	if (tag && strcmp(tag, digest) && strncmp(tag, "sha256:", 7)) {
		if (!dd_srv_tag_ok(tag) || !dd_webhook__field(e->tag, sizeof(e->tag), tag))
			return "tag is not a tag";
	}
	if (!dd_webhook__field(e->repository, sizeof(e->repository), repo))
		return "repository too long";
	host_of(e, dd_webhook__str(res, "resource_url"));
	return NULL;
}

int dd_webhook_parse_harbor(dd_push_events *out, const char *body, size_t len)
{
	int rc = 0;
	memset(out, 0, sizeof(*out));
	json_t *root = dd_webhook__load("harbor", body, len, &rc);
	if (!root)
		return rc;
	const char *type = dd_webhook__str(root, "type"), *ce_id = dd_webhook__str(root, "id");
	bool cloudevents = json_object_get(root, "specversion") != NULL;
	const json_t *data = json_object_get(root, cloudevents ? "data" : "event_data");
	if (!type) {
		rc = dd_webhook__error(DD_EFORMAT, "harbor webhook: no \"type\" (is this a Harbor webhook?)");
		goto cleanup;
	}
	if (strcmp(type, cloudevents ? "harbor.artifact.pushed" : "PUSH_ARTIFACT")) {
		out->ignored = 1; /* pulls, deletes, scans, quota, replication */
		goto cleanup;
	}
	if (!json_is_object(data)) {
		rc = dd_webhook__error(DD_EFORMAT, "harbor webhook: a push without \"%s\"", cloudevents ? "data" : "event_data");
		goto cleanup;
	}
	int64_t when = 0;
	const json_t *occur = json_object_get(root, "occur_at");
	if (cloudevents) {
		const char *t = dd_webhook__str(root, "time");
		when = t ? dd_time_parse(t) : 0;
	} else if (json_is_integer(occur))
		when = json_integer_value(occur);
	if (when < 0 || when > INT64_C(253402300799)) /* beyond year 9999: not a time */
		when = 0;
	const json_t *repo_o = json_object_get(data, "repository"), *resources = json_object_get(data, "resources");
	const char *full = dd_webhook__str(repo_o, "repo_full_name"), *ns = dd_webhook__str(repo_o, "namespace"),
		   *name = dd_webhook__str(repo_o, "name");
	char repo[DD_WEBHOOK_REPO_MAX] = "";
	if (full)
		dd_webhook__field(repo, sizeof(repo), full);
	else if (ns && name && strlen(ns) + strlen(name) + 2 <= sizeof(repo)) {
		size_t nl = strlen(ns);
		memcpy(repo, ns, nl);
		repo[nl] = '/';
		memcpy(repo + nl + 1, name, strlen(name) + 1);
	}
	if ((rc = dd_webhook__list(resources, "harbor", "resources")) != 0)
		goto cleanup;
	if (!dd_srv_repository_ok(repo)) {
		/* every resource is of this repository: none is usable */
		for (size_t k = 0; k < json_array_size(resources); k++)
			dd_webhook__invalid(out, "resource", k, "event_data.repository names no valid repository");
		goto cleanup;
	}
	size_t i;
	const json_t *res;
	json_array_foreach(resources, i, res) {
		dd_push_event e;
		memset(&e, 0, sizeof(e));
		const char *why = resource(res, repo, &e);
		if (!why) {
			e.pushed_at = when;
			if (cloudevents) {
				int n = snprintf(e.id, sizeof(e.id), "harbor-ce-%s/%zu", ce_id ? ce_id : "", i);
				if (!ce_id || n < 0 || (size_t)n >= sizeof(e.id))
					why = "the CloudEvent has no usable id";
			} else if (!derived_id(&e, when))
				why = "could not derive an id";
		}
		if (why)
			dd_webhook__invalid(out, "resource", i, why);
		else if ((rc = dd_webhook__add(out, &e)))
			goto cleanup;
	}
cleanup:
	json_decref(root);
	if (rc)
		dd_push_events_free(out);
	return rc;
}
