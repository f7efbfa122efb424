/*
 * Registry references, docker's way: the first path component is a host
 * only when it looks like one (has a '.' or ':', is "localhost", or has an
 * upper-case letter, which a repository never does); otherwise the image is
 * on Docker Hub, where one-component names live under "library/".
 * Everything is validated here so that later URL building needs no escaping.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "image/image.h"
#include "image/registry.h"
#include "util/error.h"
#include "util/str.h"

#define REF_MAX 1024
#define REPO_MAX 255
#define TAG_MAX 128

void dd_registry_ref_clear(dd_registry_ref *r)
{
	free(r->host);
	free(r->api_host);
	free(r->repository);
	free(r->tag);
	free(r->digest);
	memset(r, 0, sizeof(*r));
}

void dd_registry_host_normalize(const char *in, size_t len, char *out, size_t outlen)
{
	size_t n = len < outlen - 1 ? len : outlen - 1;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)in[i]);
	out[n] = '\0';
	if (!strcmp(out, "index.docker.io") || !strcmp(out, "registry-1.docker.io") ||
	    !strcmp(out, "registry.hub.docker.com"))
		snprintf(out, outlen, "docker.io");
}

static bool host_valid(const char *h, size_t n)
{
	if (!n || n > 253)
		return false;
	if (h[0] == '[') {
		/* [IPv6]:port */
		const char *end = memchr(h, ']', n);
		if (!end)
			return false;
		for (const char *p = h + 1; p < end; p++)
			if (!isxdigit((unsigned char)*p) && *p != ':' && *p != '.')
				return false;
		size_t rest = n - (size_t)(end + 1 - h);
		if (rest == 0)
			return true;
		if (end[1] != ':' || rest < 2)
			return false;
		for (size_t i = 2; i < rest; i++)
			if (!isdigit((unsigned char)end[i]))
				return false;
		return rest <= 6;
	}
	const char *colon = memchr(h, ':', n);
	size_t hn = colon ? (size_t)(colon - h) : n;
	if (!hn)
		return false;
	/* DNS labels: non-empty, letters, digits and inner '-' */
	for (size_t i = 0; i < hn; i++) {
		bool edge = i == 0 || h[i - 1] == '.' || i + 1 == hn || h[i + 1] == '.';
		if (h[i] == '.' ? (i == 0 || i + 1 == hn || h[i + 1] == '.') :
		    h[i] == '-' ? edge : !isalnum((unsigned char)h[i]))
			return false;
	}
	if (colon) {
		size_t pn = n - hn - 1;
		if (!pn || pn > 5)
			return false;
		for (size_t i = hn + 1; i < n; i++)
			if (!isdigit((unsigned char)h[i]))
				return false;
	}
	return true;
}

/* path-component := [a-z0-9]+ (separator [a-z0-9]+)*, separator := '.' | '_' | '__' | '-'+ */
static bool repository_valid(const char *r)
{
	size_t n = strlen(r);
	if (!n || n > REPO_MAX)
		return false;
	const char *p = r;
	for (;;) {
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p))
			return false;
		while (islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '.' || *p == '_' || *p == '-') {
			if ((*p == '.' || *p == '_' || *p == '-') &&
			    !(islower((unsigned char)p[1]) || isdigit((unsigned char)p[1]) || p[1] == '_' || p[1] == '-'))
				return false;
			if (*p == '.' && p[1] == '.')
				return false;
			p++;
		}
		if (!*p)
			return true;
		if (*p != '/')
			return false;
		p++;
	}
}

static bool tag_valid(const char *t)
{
	size_t n = strlen(t);
	if (!n || n > TAG_MAX || !(isalnum((unsigned char)t[0]) || t[0] == '_'))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!isalnum((unsigned char)t[i]) && t[i] != '_' && t[i] != '.' && t[i] != '-')
			return false;
	return true;
}

int dd_registry_ref_parse(dd_registry_ref *out, const char *locator)
{
	char buf[REF_MAX + 1];
	int rc = 0;
	memset(out, 0, sizeof(*out));
	if (strlen(locator) > REF_MAX)
		return dd_error_set(DD_EINVAL, "image reference is longer than %d characters", REF_MAX);
	snprintf(buf, sizeof(buf), "%s", locator);

	char *at = strrchr(buf, '@');
	if (at) {
		*at = '\0';
		const char *d = at + 1;
		if (!strncmp(d, "sha256:", 7) ? !dd_digest_valid(d) : strchr(d, ':') == NULL) {
			rc = dd_error_set(DD_EINVAL, "'%s': invalid digest '%s' (expected sha256:<64 lowercase hex>)", locator, d);
			goto fail;
		}
		if (strncmp(d, "sha256:", 7) != 0) {
			rc = dd_error_set(DD_EUNSUPPORTED, "'%s': digest algorithm of '%s' is not supported (only sha256)", locator, d);
			goto fail;
		}
		if (!(out->digest = strdup(d)))
			goto oom;
	}
	char *name = buf;
	const char *slash = strchr(name, '/');
	char host[300];
	if (slash) {
		size_t hl = (size_t)(slash - name);
		bool is_host = memchr(name, '.', hl) || memchr(name, ':', hl) || (hl == 9 && !strncmp(name, "localhost", 9));
		for (size_t i = 0; i < hl && !is_host; i++)
			if (isupper((unsigned char)name[i]))
				is_host = true;
		if (is_host) {
			if (!host_valid(name, hl)) {
				rc = dd_error_set(DD_EINVAL, "'%s': invalid registry host '%.*s'", locator, (int)hl, name);
				goto fail;
			}
			dd_registry_host_normalize(name, hl, host, sizeof(host));
			name += hl + 1;
		} else {
			snprintf(host, sizeof(host), "docker.io");
		}
	} else {
		snprintf(host, sizeof(host), "docker.io");
	}
	char *colon = strrchr(name, ':');
	if (colon && !strchr(colon, '/')) {
		*colon = '\0';
		if (!tag_valid(colon + 1)) {
			rc = dd_error_set(DD_EINVAL, "'%s': invalid tag '%s' (letters, digits, '_', '.', '-'; at most %d)",
				locator, colon + 1, TAG_MAX);
			goto fail;
		}
		if (!(out->tag = strdup(colon + 1)))
			goto oom;
	}
	bool hub = !strcmp(host, "docker.io");
	out->repository = hub && !strchr(name, '/') ? dd_asprintf("library/%s", name) : strdup(name);
	if (!out->repository)
		goto oom;
	if (!repository_valid(out->repository)) {
		rc = dd_error_set(DD_EINVAL, "'%s': invalid repository name '%s' (lowercase letters, digits, separators '.', '_', '-', '/')",
			locator, out->repository);
		goto fail;
	}
	if (!out->tag && !out->digest && !(out->tag = strdup("latest")))
		goto oom;
	out->host = strdup(host);
	out->api_host = strdup(hub ? "registry-1.docker.io" : host);
	if (!out->host || !out->api_host)
		goto oom;
	return 0;
oom:
	rc = dd_error_oom();
fail:
	dd_registry_ref_clear(out);
	return rc;
}
