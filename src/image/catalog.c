/*
 * Registry catalogs (include/drydock/catalog.h): picks the lister of the
 * registry's type, filters and sorts what it lists, and resolves tags to
 * digests through the Distribution API (every type speaks it). The one
 * idea: nothing here pulls an image, so a service can decide what to scan
 * (and what it already scanned) before a single blob is read.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "image/image.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

#define MANIFEST_ACCEPT \
	"application/vnd.oci.image.manifest.v1+json, " \
	"application/vnd.oci.image.index.v1+json, " \
	"application/vnd.docker.distribution.manifest.v2+json, " \
	"application/vnd.docker.distribution.manifest.list.v2+json"
#define MANIFEST_MAX (4u << 20)
#define CATALOG_PAGE_MAX (8u << 20)

static const dd_catalog_backend *const backends[] = {
	&dd_catalog_distribution,
	&dd_catalog_harbor,
	&dd_catalog_acr,
	&dd_catalog_quay,
	&dd_catalog_gitlab,
	NULL
};

static const dd_catalog_backend *backend_for(const char *type)
{
	if (!type || !*type)
		type = "distribution";
	for (size_t i = 0; backends[i]; i++)
		if (!strcmp(backends[i]->name, type))
			return backends[i];
	return NULL;
}

int dd_catalog_type_known(const char *type)
{
	return backend_for(type) != NULL;
}

size_t dd_catalog__max_items(const dd_catalog_options *opts)
{
	return opts->max_items ? opts->max_items : 100000;
}

size_t dd_catalog__page_size(const dd_catalog_options *opts)
{
	return opts->page_size && opts->page_size <= 10000 ? opts->page_size : 100;
}

static int check_opts(const dd_catalog_options *opts, const char *fn)
{
	int rc;
	if ((rc = dd_options_check(opts->version, DD_CATALOG_OPTIONS_VERSION, fn, "dd_catalog_options")) != 0)
		return rc;
	if (!opts->url || !*opts->url)
		return dd_error_set(DD_EINVAL, "%s: no registry URL", fn);
	if (!backend_for(opts->type))
		return dd_error_set(DD_EINVAL, "registry type '%s' is not one drydock lists (distribution, harbor, acr, quay, gitlab)",
			opts->type);
	return 0;
}

int dd_catalog__client(dd_registry_client **out, const dd_catalog_options *opts, const char *repository)
{
	const char *u = opts->url, *host;
	dd_image_options io = opts->image;
	if (!strncmp(u, "http://", 7)) {
		host = u + 7;
		io.plain_http = true;
	} else if (!strncmp(u, "https://", 8)) {
		host = u + 8;
		io.plain_http = false;
	} else {
		return dd_error_set(DD_EINVAL, "registry URL '%.200s' does not start with http:// or https://", u);
	}
	size_t hl = strcspn(host, "/");
	if (!hl || hl >= 256)
		return dd_error_set(DD_EINVAL, "registry URL '%.200s' has no host", u);
	for (size_t i = 0; i < hl; i++)
		if (!isalnum((unsigned char)host[i]) && !strchr(".-:[]_", host[i]))
			return dd_error_set(DD_EINVAL, "registry URL '%.200s': bad character in the host", u);
	char h[256];
	memcpy(h, host, hl);
	h[hl] = '\0';
	dd_registry_ref ref = { h, h, (char *)(repository ? repository : "catalog"), NULL, NULL };
	return dd_registry_client_new(out, &ref, &io);
}

int dd_catalog__get_json(dd_registry_client *c, const char *path, const char *what, size_t max,
	char **body, size_t *len, char **link)
{
	dd_http_request req = { path, "application/json", max, 0, what };
	dd_http_response resp;
	dd_reader *r = NULL;
	*body = NULL;
	if (link)
		*link = NULL;
	memset(&resp, 0, sizeof(resp));
	int rc = dd_registry_get(c, &req, &r, &resp);
	if (rc == 0) {
		rc = dd_reader_read_all(r, max, body, len);
		dd_reader_close(r);
	}
	if (rc == 0 && link && resp.link) {
		*link = resp.link;
		resp.link = NULL;
	}
	dd_http_response_clear(&resp);
	return rc;
}

char *dd_catalog__escape(const char *s)
{
	static const char hexd[] = "0123456789ABCDEF";
	char *out = malloc(strlen(s) * 3 + 1), *w = out;
	if (!out)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (isalnum(*p) || strchr("-._~", *p)) {
			*w++ = (char)*p;
		} else {
			*w++ = '%';
			*w++ = hexd[*p >> 4];
			*w++ = hexd[*p & 15];
		}
	}
	*w = '\0';
	return out;
}

int dd_catalog__api_get(dd_registry_client *c, const dd_catalog_options *opts, const char *path, const char *what,
	json_t **doc)
{
	const char *root = opts->api_url && *opts->api_url ? opts->api_url : opts->url;
	size_t rl = strlen(root);
	while (rl && root[rl - 1] == '/')
		rl--;
	char *url = dd_asprintf("%.*s%s", (int)rl, root, path), *auth = NULL, *body = NULL;
	size_t len = 0;
	long status = 0;
	int rc;
	*doc = NULL;
	if (!url || (opts->api_token && !(auth = dd_asprintf("Authorization: Bearer %s", opts->api_token)))) {
		rc = dd_error_oom();
		goto out;
	}
	if (strncmp(url, "https://", 8) && !(strncmp(url, "http://", 7) == 0 && dd_registry_client_plain_http(c))) {
		rc = dd_error_set(DD_EINVAL, "%s: the API URL '%.200s' is not https (http only with an http:// registry URL)",
			what, root);
		goto out;
	}
	if ((rc = dd_registry_fetch_url(c, url, auth, NULL, CATALOG_PAGE_MAX, what, &status, &body, &len)) != 0)
		goto out;
	if (status == 401 || status == 403)
		rc = dd_error_set(DD_EAUTH, "%s: the registry's API answered %ld at %.200s: %s", what, status, path,
			opts->api_token ? "the API token was refused or lacks the read scope"
					: "it needs an API token (the registry's api_token_env)");
	else if (status == 404)
		rc = dd_error_set(DD_ENOTFOUND, "%s: the registry's API answered 404 at %.200s", what, path);
	else if (status < 200 || status >= 300)
		rc = dd_error_set(DD_ENET, "%s: the registry's API answered %ld at %.200s", what, status, path);
	else {
		json_error_t err;
		if (!(*doc = json_loadb(body, len, 0, &err)))
			rc = dd_error_set(DD_EFORMAT, "%s: the registry's API answer is not JSON: %s", what, err.text);
	}
out:
	dd_str_free_secret(auth);
	free(url);
	free(body);
	return rc;
}

int dd_catalog__next_link(const char *link, const char *base, char **next)
{
	return dd_catalog__next_link_under(link, base, "/v2/", next);
}

int dd_catalog__next_link_under(const char *link, const char *base, const char *prefix, char **next)
{
	*next = NULL;
	if (!link)
		return 0;
	/* RFC 8288: <target>; rel="next" (several links comma-separated) */
	for (const char *p = link; (p = strchr(p, '<')) != NULL;) {
		const char *e = strchr(p, '>');
		if (!e)
			break;
		const char *params = e + 1, *stop = strchr(params, ',');
		size_t plen = stop ? (size_t)(stop - params) : strlen(params);
		char pbuf[256];
		snprintf(pbuf, sizeof(pbuf), "%.*s", (int)(plen < 255 ? plen : 255), params);
		if (strstr(pbuf, "rel=\"next\"") || strstr(pbuf, "rel=next")) {
			const char *t = p + 1;
			size_t tl = (size_t)(e - t), bl = strlen(base);
			if (tl > bl && !strncmp(t, base, bl) && t[bl] == '/') {
				t += bl;
				tl -= bl;
			}
			size_t pl = strlen(prefix);
			if (tl < pl || strncmp(t, prefix, pl) || memchr(t, ' ', tl))
				return dd_error_set(DD_EFORMAT, "the registry's next page link '%.100s' is not a %s path here", p + 1, prefix);
			if (!(*next = strndup(t, tl)))
				return dd_error_oom();
			return 0;
		}
		p = e + 1;
	}
	return 0;
}

int dd_catalog__pages(dd_strv *out, const dd_catalog_options *opts, const char *repository, const char *first,
	const char *link_prefix, dd_catalog_page_fn take, const void *ctx, const char *what)
{
	dd_registry_client *c = NULL;
	char *path = strdup(first), *body = NULL, *link = NULL, *next = NULL;
	size_t len, listed = 0, max = dd_catalog__max_items(opts);
	size_t max_pages = max / dd_catalog__page_size(opts) + 2;
	int rc;
	if (!path)
		return dd_error_oom();
	if ((rc = dd_catalog__client(&c, opts, repository)) != 0)
		goto cleanup;
	for (size_t page = 0; path; page++) {
		if (page >= max_pages) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %zu pages (at most %zu items are listed)", what, max_pages, max);
			goto cleanup;
		}
		if ((rc = dd_catalog__get_json(c, path, what, CATALOG_PAGE_MAX, &body, &len, &link)) != 0)
			goto cleanup;
		json_error_t err;
		json_t *doc = json_loadb(body, len, 0, &err);
		if (!doc)
			rc = dd_error_set(DD_EFORMAT, "%s: the registry's answer is not JSON: %s", what, err.text);
		else
			rc = take(doc, out, &listed, max, ctx, what);
		json_decref(doc);
		free(body);
		body = NULL;
		if (rc || (rc = dd_catalog__next_link_under(link, dd_registry_client_base(c), link_prefix, &next)) != 0)
			goto cleanup;
		free(link);
		link = NULL;
		free(path);
		path = next;
		next = NULL;
	}
cleanup:
	dd_registry_client_free(c);
	free(path);
	free(body);
	free(link);
	return rc;
}

int dd_catalog__push_name(dd_strv *out, const char *s, size_t *listed, size_t max, const char *what)
{
	if (!s || !*s || strlen(s) > 255)
		return 0; /* not a name a registry can have */
	if (++*listed > max)
		return dd_error_set(DD_ELIMIT, "%s: more than %zu items", what, max);
	return dd_strv_push(out, s);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sort_unique(dd_strv *v, size_t from)
{
	if (v->count - from < 2)
		return;
	qsort(v->items + from, v->count - from, sizeof(char *), cmp_str);
	size_t w = from + 1;
	for (size_t i = from + 1; i < v->count; i++) {
		if (!strcmp(v->items[i], v->items[w - 1]))
			free(v->items[i]);
		else
			v->items[w++] = v->items[i];
	}
	v->count = w;
	v->items[w] = NULL;
}

int dd_catalog_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	int rc = check_opts(opts, "dd_catalog_repositories");
	if (rc)
		return rc;
	if (namespace_ && !*namespace_)
		namespace_ = NULL;
	size_t from = out->count;
	if ((rc = backend_for(opts->type)->repositories(out, opts, namespace_)) != 0)
		return rc;
	/* a lister may list more than asked: keep the namespace and what under it */
	size_t w = from, nl = namespace_ ? strlen(namespace_) : 0;
	for (size_t i = from; i < out->count; i++) {
		const char *r = out->items[i];
		if (!namespace_ || (!strncmp(r, namespace_, nl) && (r[nl] == '\0' || r[nl] == '/')))
			out->items[w++] = out->items[i];
		else
			free(out->items[i]);
	}
	out->count = w;
	if (out->items)
		out->items[w] = NULL;
	sort_unique(out, from);
	return 0;
}

int dd_catalog_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	int rc = check_opts(opts, "dd_catalog_tags");
	if (rc)
		return rc;
	if (!repository || !*repository)
		return dd_error_set(DD_EINVAL, "dd_catalog_tags: no repository");
	size_t from = out->count;
	if ((rc = backend_for(opts->type)->tags(out, opts, repository)) != 0)
		return rc;
	sort_unique(out, from);
	return 0;
}

int dd_catalog_digest(char **out, const dd_catalog_options *opts, const char *repository, const char *tag)
{
	dd_registry_client *c = NULL;
	dd_reader *r = NULL;
	dd_http_response resp;
	char *path = NULL, *what = NULL, *body = NULL;
	size_t len = 0;
	int rc;
	*out = NULL;
	memset(&resp, 0, sizeof(resp));
	if ((rc = check_opts(opts, "dd_catalog_digest")) != 0)
		return rc;
	if (!repository || !*repository || !tag || !*tag)
		return dd_error_set(DD_EINVAL, "dd_catalog_digest: no repository or tag");
	if ((rc = dd_catalog__client(&c, opts, repository)) != 0)
		goto cleanup;
	path = dd_asprintf("/v2/%s/manifests/%s", repository, tag);
	what = dd_asprintf("manifest %s:%s", repository, tag);
	if (!path || !what) {
		rc = dd_error_oom();
		goto cleanup;
	}
	dd_http_request req = { path, MANIFEST_ACCEPT, MANIFEST_MAX, 0, what };
	if ((rc = dd_registry_get(c, &req, &r, &resp)) != 0)
		goto cleanup;
	if ((rc = dd_reader_read_all(r, MANIFEST_MAX, &body, &len)) != 0)
		goto cleanup;
	/* the digest of the bytes is the truth; the header only when it agrees */
	char computed[72];
	dd_sha256_digest(body, len, computed);
	if (resp.docker_digest && strcmp(resp.docker_digest, computed)) {
		rc = dd_error_set(DD_EDIGEST, "%s: the registry says %s, the manifest hashes to %s", what,
			resp.docker_digest, computed);
		goto cleanup;
	}
	if (!(*out = strdup(computed)))
		rc = dd_error_oom();
cleanup:
	if (r)
		dd_reader_close(r);
	dd_http_response_clear(&resp);
	dd_registry_client_free(c);
	free(body);
	free(path);
	free(what);
	return rc;
}
