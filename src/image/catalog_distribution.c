/*
 * The Docker Distribution lister: GET /v2/_catalog?n=N and
 * /v2/<name>/tags/list?n=N, following the Link rel="next" header page by
 * page (the distribution spec's paging) until it stops, bounded by the
 * options' max_items and a page count derived from it (a registry that
 * links in circles ends as DD_ELIMIT, not as an endless loop).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "util/error.h"
#include "util/str.h"

#define PAGE_BYTES_MAX (8u << 20)

/* Pages of `first`, the array `key` of each answer's JSON appended to out. */
static int list_pages(dd_strv *out, const dd_catalog_options *opts, const char *repository, const char *first,
	const char *key, const char *what)
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
		if ((rc = dd_catalog__get_json(c, path, what, PAGE_BYTES_MAX, &body, &len, &link)) != 0)
			goto cleanup;
		json_error_t err;
		json_t *doc = json_loadb(body, len, 0, &err);
		json_t *arr = doc ? json_object_get(doc, key) : NULL;
		if (!doc || (arr && !json_is_array(arr) && !json_is_null(arr))) {
			rc = dd_error_set(DD_EFORMAT, "%s: the registry's answer is not a JSON object with a \"%s\" list%s%s",
				what, key, doc ? "" : ": ", doc ? "" : err.text);
			json_decref(doc);
			goto cleanup;
		}
		size_t i;
		json_t *v;
		json_array_foreach(arr, i, v) {
			const char *s = json_string_value(v);
			if (!s || !*s || strlen(s) > 255)
				continue;   /* not a name a registry can have */
			if (++listed > max) {
				json_decref(doc);
				rc = dd_error_set(DD_ELIMIT, "%s: more than %zu items", what, max);
				goto cleanup;
			}
			if ((rc = dd_strv_push(out, s)) != 0) {
				json_decref(doc);
				goto cleanup;
			}
		}
		json_decref(doc);
		free(body);
		body = NULL;
		if ((rc = dd_catalog__next_link(link, dd_registry_client_base(c), &next)) != 0)
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

static int distribution_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	char first[64];
	snprintf(first, sizeof(first), "/v2/_catalog?n=%zu", dd_catalog__page_size(opts));
	return list_pages(out, opts, NULL, first, "repositories", "registry catalog");
}

static int distribution_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	char *first = dd_asprintf("/v2/%s/tags/list?n=%zu", repository, dd_catalog__page_size(opts));
	char *what = dd_asprintf("tags of %s", repository);
	int rc = first && what ? list_pages(out, opts, repository, first, "tags", what) : dd_error_oom();
	free(first);
	free(what);
	return rc;
}

const dd_catalog_backend dd_catalog_distribution = {
	.version = 1,
	.name = "distribution",
	.repositories = distribution_repositories,
	.tags = distribution_tags,
};
