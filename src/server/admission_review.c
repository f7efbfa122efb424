/*
 * The AdmissionReview a Kubernetes API server POSTs to a validating
 * webhook: request.uid (which the answer must echo), request.kind, and
 * request.object, whose pod spec lies at spec (Pod), spec.template.spec
 * (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * ReplicationController) or spec.jobTemplate.spec.template.spec (CronJob).
 * Images come from containers, initContainers and ephemeralContainers.
 * The body is hostile: its size, the image count and each image's length
 * are capped, and anything unexpected makes an error, never a guess.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "server/admission.h"
#include "server/server.h"
#include "server/webhook.h"

static int fail(int rc, char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(int rc, char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
	return rc;
}

static void copy(char *out, size_t cap, json_t *v)
{
	const char *s = json_string_value(v);
	snprintf(out, cap, "%s", s ? s : "");
}

/* the pod spec of the object by kind; NULL when the kind has none */
static json_t *pod_spec(const char *kind, json_t *obj)
{
	json_t *spec = json_object_get(obj, "spec");
	if (!strcmp(kind, "Pod"))
		return spec;
	if (!strcmp(kind, "CronJob"))
		return json_object_get(json_object_get(json_object_get(json_object_get(spec, "jobTemplate"), "spec"), "template"),
			"spec");
	static const char *const templated[] = { "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
		"ReplicationController", NULL };
	for (size_t i = 0; templated[i]; i++)
		if (!strcmp(kind, templated[i]))
			return json_object_get(json_object_get(spec, "template"), "spec");
	return NULL;
}

static int add_images(dd_admission_review *r, json_t *list, const char *field, char *err, size_t cap)
{
	size_t i;
	json_t *c;
	if (!list || json_is_null(list))
		return 0;
	if (!json_is_array(list))
		return fail(1, err, cap, "the pod spec's %s is not a list", field);
	json_array_foreach(list, i, c) {
		json_t *img = json_object_get(c, "image");
		const char *s = json_string_value(img);
		if (!json_is_object(c))
			return fail(1, err, cap, "%s[%zu] is not an object", field, i);
		/* a container without an image is invalid to Kubernetes; nothing to check */
		if (!img || json_is_null(img))
			continue;
		if (!s || !*s || json_string_length(img) >= DD_ADMISSION_IMAGE_MAX || strlen(s) != json_string_length(img))
			return fail(1, err, cap, "%s[%zu].image is not a string of 1 to %d bytes", field, i, DD_ADMISSION_IMAGE_MAX - 1);
		bool seen = false;
		for (size_t j = 0; j < r->n_images && !seen; j++)
			seen = !strcmp(r->images[j], s);
		if (seen)
			continue;
		if (r->n_images >= DD_ADMISSION_MAX_IMAGES)
			return fail(1, err, cap, "more than %d distinct images in one object", DD_ADMISSION_MAX_IMAGES);
		snprintf(r->images[r->n_images++], DD_ADMISSION_IMAGE_MAX, "%s", s);
	}
	return 0;
}

int dd_admission_parse(dd_admission_review *r, const char *body, size_t len, char *err, size_t cap)
{
	json_error_t je;
	int rc = 0;
	memset(r, 0, sizeof(*r));
	err[0] = '\0';
	if (len > DD_ADMISSION_BODY_MAX)
		return fail(-1, err, cap, "the AdmissionReview is over %u bytes", DD_ADMISSION_BODY_MAX);
	json_t *doc = json_loadb(body, len, 0, &je);
	if (!doc)
		return fail(-1, err, cap, "the body is not JSON: %.100s (line %d, column %d)", je.text, je.line, je.column);
	const char *api = json_string_value(json_object_get(doc, "apiVersion"));
	const char *kind = json_string_value(json_object_get(doc, "kind"));
	json_t *req = json_object_get(doc, "request");
	json_t *uid = json_object_get(req, "uid");
	if (!api || strcmp(api, "admission.k8s.io/v1") || !kind || strcmp(kind, "AdmissionReview")) {
		rc = fail(-1, err, cap, "not an admission.k8s.io/v1 AdmissionReview (apiVersion and kind)");
		goto out;
	}
	if (!json_is_object(req) || !json_is_string(uid) || !json_string_length(uid) || json_string_length(uid) >= sizeof(r->uid) ||
	    strlen(json_string_value(uid)) != json_string_length(uid)) {
		rc = fail(-1, err, cap, "request.uid (a string of 1 to %zu bytes) is required", sizeof(r->uid) - 1);
		goto out;
	}
	copy(r->uid, sizeof(r->uid), uid);
	copy(r->kind, sizeof(r->kind), json_object_get(json_object_get(req, "kind"), "kind"));
	copy(r->namespace_, sizeof(r->namespace_), json_object_get(req, "namespace"));
	copy(r->name, sizeof(r->name), json_object_get(req, "name"));
	if (!r->kind[0]) {
		rc = fail(1, err, cap, "request.kind.kind is missing");
		goto out;
	}
	json_t *obj = json_object_get(req, "object");
	if (!obj || json_is_null(obj))
		goto out;   /* DELETE and CONNECT carry no object */
	if (!json_is_object(obj)) {
		rc = fail(1, err, cap, "request.object is not an object");
		goto out;
	}
	if (!r->name[0])
		copy(r->name, sizeof(r->name), json_object_get(json_object_get(obj, "metadata"), "name"));
	json_t *spec = pod_spec(r->kind, obj);
	if (!strcmp(r->kind, "Pod") || spec)
		r->pod_kind = true;
	if (!r->pod_kind) {
		/* a kind this webhook was not meant for: nothing to judge */
		bool known = !strcmp(r->kind, "Deployment") || !strcmp(r->kind, "StatefulSet") || !strcmp(r->kind, "DaemonSet") ||
			!strcmp(r->kind, "ReplicaSet") || !strcmp(r->kind, "Job") || !strcmp(r->kind, "CronJob") ||
			!strcmp(r->kind, "ReplicationController");
		if (known)
			rc = fail(1, err, cap, "%s '%s' has no pod template (spec.template.spec)", r->kind, r->name);
		goto out;
	}
	if (!json_is_object(spec)) {
		rc = fail(1, err, cap, "%s '%s' has no pod spec", r->kind, r->name);
		goto out;
	}
	if ((rc = add_images(r, json_object_get(spec, "initContainers"), "initContainers", err, cap)) ||
	    (rc = add_images(r, json_object_get(spec, "containers"), "containers", err, cap)) ||
	    (rc = add_images(r, json_object_get(spec, "ephemeralContainers"), "ephemeralContainers", err, cap)))
		goto out;
out:
	json_decref(doc);
	return rc;
}

bool dd_admission_image_split(const char *image, dd_image_ref_parts *p)
{
	char name[DD_ADMISSION_IMAGE_MAX];
	memset(p, 0, sizeof(*p));
	if (!image || strlen(image) >= sizeof(name))
		return false;
	snprintf(name, sizeof(name), "%s", image);
	char *at = strchr(name, '@');
	if (at) {
		*at = '\0';
		if (!dd_webhook_valid_digest(at + 1))
			return false;
		snprintf(p->digest, sizeof(p->digest), "%s", at + 1);
	}
	char *slash = strchr(name, '/');
	char *path = name;
	/* the first component is a host when it looks like one (Docker's rule) */
	if (slash && (memchr(name, '.', (size_t)(slash - name)) || memchr(name, ':', (size_t)(slash - name)) ||
		      !strncmp(name, "localhost/", 10))) {
		if ((size_t)(slash - name) >= sizeof(p->host))
			return false;
		*slash = '\0';
		memcpy(p->host, name, (size_t)(slash - name) + 1);
		path = slash + 1;
	} else {
		snprintf(p->host, sizeof(p->host), "docker.io");
	}
	char *last = strrchr(path, '/');
	char *colon = strrchr(last ? last : path, ':');
	if (colon) {
		*colon = '\0';
		if (!dd_srv_tag_ok(colon + 1))
			return false;
		snprintf(p->tag, sizeof(p->tag), "%s", colon + 1);
	} else if (!p->digest[0]) {
		snprintf(p->tag, sizeof(p->tag), "latest");
	}
	if (!strcmp(p->host, "docker.io") && !strchr(path, '/'))
		snprintf(p->repository, sizeof(p->repository), "library/%.240s", path);
	else if (strlen(path) < sizeof(p->repository))
		memcpy(p->repository, path, strlen(path) + 1);
	return p->host[0] && dd_srv_repository_ok(p->repository);
}

/* host without the scheme's default port (":443" for https, ":80" for http) */
static size_t host_len(const char *h, size_t n, bool https)
{
	const char *dflt = https ? ":443" : ":80";
	size_t dl = strlen(dflt);
	if (n > dl && !strncmp(h + n - dl, dflt, dl))
		return n - dl;
	return n;
}

bool dd_admission_host_matches(const char *url, const char *host)
{
	if (!url || !host)
		return false;
	const char *h = strstr(url, "://");
	bool https = !strncmp(url, "https://", 8);
	h = h ? h + 3 : url;
	size_t n = host_len(h, strcspn(h, "/"), https);
	/* a reference names no scheme: its default-port form counts for either */
	size_t m = host_len(host, strlen(host), https);
	if (n == m && !strncmp(h, host, n))
		return true;
	/* docker.io is served from registry-1.docker.io */
	return !strcmp(host, "docker.io") && n == 20 && !strncmp(h, "registry-1.docker.io", 20);
}
