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

/* one answer's array `key` ({"repositories": [...]} or {"tags": [...]}) */
static int take(json_t *doc, dd_strv *out, size_t *listed, size_t max, const void *ctx, const char *what)
{
	const char *key = ctx;
	json_t *arr = json_object_get(doc, key), *v;
	size_t i;
	int rc = 0;
	if (!json_is_object(doc) || (arr && !json_is_array(arr) && !json_is_null(arr)))
		return dd_error_set(DD_EFORMAT, "%s: the registry's answer is not a JSON object with a \"%s\" list", what, key);
	json_array_foreach(arr, i, v)
		if ((rc = dd_catalog__push_name(out, json_string_value(v), listed, max, what)) != 0)
			break;
	return rc;
}

static int list_pages(dd_strv *out, const dd_catalog_options *opts, const char *repository, const char *first,
	const char *key, const char *what)
{
	return dd_catalog__pages(out, opts, repository, first, "/v2/", take, key, what);
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
