/*
 * Harbor's ScanRequest (pluggable-scanner-spec v1.0..v1.2): which registry
 * to pull from, with which Authorization, and which artifact. The body is
 * hostile (any holder of a webhook token sends it): every field is typed,
 * bounded and checked against the registry grammar before anything uses
 * it, and the status follows the spec (400 for bad JSON, 422 for a bad
 * field, 501 for what drydock cannot scan).
 */
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "server/harbor.h"
#include "server/server.h"
#include "server/webhook.h"

static int bad(int status, char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int bad(int status, char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
	return status;
}

/* a string member that fits in cap (NUL included); absent: "" when
 * optional. Returns 0, or 400 (not a string) / 422 (too long, missing). */
static int str_field(json_t *o, const char *key, const char *where, char *out, size_t cap, bool required, char *err,
	size_t errcap)
{
	json_t *v = json_object_get(o, key);
	out[0] = '\0';
	if (!v || json_is_null(v))
		return required ? bad(422, err, errcap, "%s.%s is required", where, key) : 0;
	if (!json_is_string(v))
		return bad(400, err, errcap, "%s.%s must be a string", where, key);
	size_t n = json_string_length(v);
	if (n >= cap || strlen(json_string_value(v)) != n)
		return bad(422, err, errcap, "%s.%s is longer than %zu bytes or holds a NUL", where, key, cap - 1);
	memcpy(out, json_string_value(v), n + 1);
	return 0;
}

/* http(s)://HOST[:PORT][/...]: the path is dropped (the spec calls it a base
 * URL; the Distribution API lives at /v2/ of the host). */
static int url_check(char *url, char *err, size_t cap)
{
	const char *host = !strncmp(url, "http://", 7) ? url + 7 : !strncmp(url, "https://", 8) ? url + 8 : NULL;
	if (!host || !*host)
		return bad(422, err, cap, "registry.url must be http://HOST[:PORT] or https://HOST[:PORT]");
	size_t n = strcspn(host, "/?#");
	if (!n || host[0] == ':')
		return bad(422, err, cap, "registry.url has no host: http://HOST[:PORT] or https://HOST[:PORT]");
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)host[i];
		if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && !strchr(".-:[]", c))
			return bad(422, err, cap, "registry.url: the host holds '%c'; only a host name or address and a port", c);
	}
	url[(size_t)(host - url) + n] = '\0';
	return 0;
}

/* "Bearer TOKEN": a registry token Harbor minted for this pull, used as
 * given; it must fit a header line (visible ASCII, no space) */
static int bearer_check(dd_harbor_request *r, char *err, size_t cap)
{
	const char *t = r->authorization + 7;
	size_t n = strlen(t);
	if (!n || n >= sizeof(r->password))
		return bad(422, err, cap, "registry.authorization: the Bearer token is empty or too long");
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] <= 0x20 || (unsigned char)t[i] >= 0x7f)
			return bad(422, err, cap, "registry.authorization: the Bearer token holds a character a header cannot carry");
	memcpy(r->password, t, n + 1);
	r->bearer = true;
	return 0;
}

/* "Basic base64(user:password)" into username and password, "Bearer TOKEN"
 * into password (bearer); "" is anonymous */
static int auth_check(dd_harbor_request *r, char *err, size_t cap)
{
	const char *a = r->authorization;
	if (!*a)
		return 0;
	if (!strncmp(a, "Bearer ", 7))
		return bearer_check(r, err, cap);
	if (strncmp(a, "Basic ", 6))
		return bad(422, err, cap, "registry.authorization: 'Basic BASE64' (a robot account) or 'Bearer TOKEN' (a registry "
			"token)");
	const char *b64 = a + 6;
	size_t n = strlen(b64);
	unsigned char dec[3 * (sizeof(r->authorization) / 4) + 4];
	if (!n || n % 4 || n > sizeof(r->authorization) - 7)
		return bad(422, err, cap, "registry.authorization: the Basic credentials are not base64");
	int m = EVP_DecodeBlock(dec, (const unsigned char *)b64, (int)n);
	if (m < 0)
		return bad(422, err, cap, "registry.authorization: the Basic credentials are not base64");
	/* EVP_DecodeBlock counts the padding as bytes */
	if (n >= 1 && b64[n - 1] == '=')
		m--;
	if (n >= 2 && b64[n - 2] == '=')
		m--;
	const unsigned char *colon = memchr(dec, ':', (size_t)m);
	if (!colon || memchr(dec, '\0', (size_t)m))
		return bad(422, err, cap, "registry.authorization: the Basic credentials are not USER:PASSWORD");
	size_t ul = (size_t)(colon - dec), pl = (size_t)m - ul - 1;
	if (!ul || ul >= sizeof(r->username) || pl >= sizeof(r->password))
		return bad(422, err, cap, "registry.authorization: the user name is empty or too long");
	memcpy(r->username, dec, ul);
	r->username[ul] = '\0';
	memcpy(r->password, colon + 1, pl);
	r->password[pl] = '\0';
	return 0;
}

static int capabilities(dd_harbor_request *r, json_t *caps, char *err, size_t cap)
{
	r->want_vuln = r->want_sbom = true;
	if (!caps || json_is_null(caps))
		return 0;
	if (!json_is_array(caps))
		return bad(400, err, cap, "enabled_capabilities must be an array");
	if (json_array_size(caps) > 16)
		return bad(422, err, cap, "enabled_capabilities: more than 16 entries");
	r->want_vuln = r->want_sbom = false;
	size_t i;
	json_t *c;
	json_array_foreach(caps, i, c) {
		const char *type = json_string_value(json_object_get(c, "type"));
		if (!json_is_object(c) || !type)
			return bad(400, err, cap, "enabled_capabilities[%zu].type (a string) is required", i);
		if (!strcmp(type, "vulnerability"))
			r->want_vuln = true;
		else if (!strcmp(type, "sbom"))
			r->want_sbom = true;
		else
			return bad(501, err, cap, "enabled_capabilities[%zu].type '%.32s': drydock has vulnerability and sbom", i, type);
		json_t *media = json_object_get(json_object_get(c, "parameters"), "sbom_media_types");
		if (media && !json_is_array(media))
			return bad(400, err, cap, "enabled_capabilities[%zu].parameters.sbom_media_types must be an array", i);
		size_t j;
		json_t *m;
		json_array_foreach(media, j, m) {
			const char *s = json_string_value(m);
			if (!s || (strcmp(s, DD_HARBOR_SBOM_SPDX) && strcmp(s, DD_HARBOR_SBOM_CYCLONEDX)))
				return bad(501, err, cap, "enabled_capabilities[%zu].parameters.sbom_media_types[%zu]: drydock writes "
					DD_HARBOR_SBOM_SPDX " and " DD_HARBOR_SBOM_CYCLONEDX, i, j);
		}
	}
	return 0;
}

int dd_harbor_request_parse(dd_harbor_request *r, const char *body, size_t len, char *err, size_t cap)
{
	json_error_t je;
	int rc;
	memset(r, 0, sizeof(*r));
	err[0] = '\0';
	if (len > DD_HARBOR_REQUEST_MAX)
		return bad(400, err, cap, "the ScanRequest is over %d bytes", DD_HARBOR_REQUEST_MAX);
	json_t *doc = json_loadb(body, len, JSON_REJECT_DUPLICATES, &je);
	if (!doc)
		return bad(400, err, cap, "the ScanRequest is not JSON: %.100s (line %d, column %d)", je.text, je.line, je.column);
	json_t *reg = json_object_get(doc, "registry"), *art = json_object_get(doc, "artifact");
	if (!json_is_object(doc) || !json_is_object(reg) || !json_is_object(art)) {
		rc = bad(400, err, cap, "a ScanRequest is an object with the objects registry and artifact");
		goto out;
	}
	if ((rc = str_field(reg, "url", "registry", r->url, sizeof(r->url), true, err, cap)) ||
	    (rc = str_field(reg, "authorization", "registry", r->authorization, sizeof(r->authorization), false, err, cap)) ||
	    (rc = str_field(art, "repository", "artifact", r->repository, sizeof(r->repository), true, err, cap)) ||
	    (rc = str_field(art, "digest", "artifact", r->digest, sizeof(r->digest), true, err, cap)) ||
	    (rc = str_field(art, "tag", "artifact", r->tag, sizeof(r->tag), false, err, cap)) ||
	    (rc = str_field(art, "mime_type", "artifact", r->mime_type, sizeof(r->mime_type), false, err, cap)))
		goto out;
	if ((rc = url_check(r->url, err, cap)) || (rc = auth_check(r, err, cap)))
		goto out;
	if (!dd_srv_repository_ok(r->repository)) {
		rc = bad(422, err, cap, "artifact.repository '%.100s' is not a repository name", r->repository);
		goto out;
	}
	if (!dd_webhook_valid_digest(r->digest)) {
		rc = bad(422, err, cap, "artifact.digest must be sha256: and 64 lowercase hex digits");
		goto out;
	}
	if (r->tag[0] && !dd_srv_tag_ok(r->tag)) {
		rc = bad(422, err, cap, "artifact.tag '%.100s' is not a tag", r->tag);
		goto out;
	}
	if (r->mime_type[0] && strcmp(r->mime_type, DD_HARBOR_MT_OCI_MANIFEST) && strcmp(r->mime_type, DD_HARBOR_MT_DOCKER_MANIFEST)) {
		rc = bad(501, err, cap, "artifact.mime_type '%.100s': drydock scans " DD_HARBOR_MT_OCI_MANIFEST " and "
			DD_HARBOR_MT_DOCKER_MANIFEST, r->mime_type);
		goto out;
	}
	rc = capabilities(r, json_object_get(doc, "enabled_capabilities"), err, cap);
out:
	json_decref(doc);
	if (rc) {
		explicit_bzero(r->password, sizeof(r->password));
		explicit_bzero(r->authorization, sizeof(r->authorization));
	}
	return rc;
}
