/*
 * The Quay lister (Red Hat Quay / quay.io API v1, "Red Hat Quay API
 * reference"). Quay's /v2/_catalog lists only what the credentials can see
 * and nothing of a namespace's private repositories to an OAuth token, so a
 * namespace (Quay's organization or user) is listed through the API:
 * GET /api/v1/repository?namespace=NS, paged by the opaque `next_page`
 * token of each answer ({"repositories": [{namespace, name}], "next_page"}),
 * and a repository's tags through GET /api/v1/repository/NS/NAME/tag/
 * ?onlyActiveTags=true&limit=N&page=P ({"tags": [{name}], "has_additional"}),
 * so expired and deleted tags are not scanned. Authorization: the
 * configured API token (an OAuth application token with repo:read) as a
 * Bearer token; without one, the API answers for public repositories only.
 * Without a namespace the Distribution catalog is the only list Quay has.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "util/error.h"
#include "util/str.h"

/* a page count bound from the item bound, as dd_catalog__pages does: a
 * server that pages forever ends as DD_ELIMIT */
static size_t max_pages(const dd_catalog_options *opts)
{
	return dd_catalog__max_items(opts) / dd_catalog__page_size(opts) + 2;
}

static int quay_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	if (!namespace_)
		return dd_catalog_distribution.repositories(out, opts, NULL);
	char org[256];
	size_t n = strcspn(namespace_, "/");
	if (!n || n >= sizeof(org))
		return dd_error_set(DD_EINVAL, "namespace '%.100s' names no Quay organization", namespace_);
	memcpy(org, namespace_, n);
	org[n] = '\0';
	dd_registry_client *c = NULL;
	char *esc = dd_catalog__escape(org), *next = NULL, *what = dd_asprintf("repositories of Quay namespace %s", org);
	size_t listed = 0, max = dd_catalog__max_items(opts);
	int rc = esc && what ? dd_catalog__client(&c, opts, NULL) : dd_error_oom();
	for (size_t page = 0; !rc; page++) {
		if (page >= max_pages(opts)) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %zu pages", what, page);
			break;
		}
		char *tok = next ? dd_catalog__escape(next) : NULL;
		char *path = dd_asprintf("/api/v1/repository?namespace=%s%s%s", esc, tok ? "&next_page=" : "", tok ? tok : "");
		json_t *doc = NULL;
		free(tok);
		rc = path ? dd_catalog__api_get(c, opts, path, what, &doc) : dd_error_oom();
		free(path);
		json_t *repos = json_object_get(doc, "repositories"), *e;
		if (!rc && !json_is_array(repos))
			rc = dd_error_set(DD_EFORMAT, "%s: the answer has no \"repositories\" list", what);
		size_t i;
		json_array_foreach(repos, i, e) {
			const char *ns = json_string_value(json_object_get(e, "namespace"));
			const char *name = json_string_value(json_object_get(e, "name"));
			if (rc || !ns || !name || strcmp(ns, org))
				continue; /* only the asked namespace's, whatever the answer says */
			char *full = dd_asprintf("%s/%s", ns, name);
			rc = full ? dd_catalog__push_name(out, full, &listed, max, what) : dd_error_oom();
			free(full);
		}
		free(next);
		next = NULL;
		const char *np = json_string_value(json_object_get(doc, "next_page"));
		if (!rc && np && *np && !(next = strndup(np, 4096)))
			rc = dd_error_oom();
		json_decref(doc);
		if (!next)
			break;
	}
	dd_registry_client_free(c);
	free(next);
	free(esc);
	free(what);
	return rc;
}

static int quay_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	dd_registry_client *c = NULL;
	char *what = dd_asprintf("tags of %s", repository);
	size_t listed = 0, max = dd_catalog__max_items(opts), size = dd_catalog__page_size(opts);
	int rc = what ? dd_catalog__client(&c, opts, repository) : dd_error_oom();
	bool more = true;
	for (size_t page = 1; !rc && more; page++) {
		if (page > max_pages(opts)) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %zu pages", what, page - 1);
			break;
		}
		/* the repository's path segments as Quay names them (ns/name) */
		char *path = dd_asprintf("/api/v1/repository/%s/tag/?onlyActiveTags=true&limit=%zu&page=%zu", repository, size, page);
		json_t *doc = NULL, *tags, *e;
		rc = path ? dd_catalog__api_get(c, opts, path, what, &doc) : dd_error_oom();
		free(path);
		tags = json_object_get(doc, "tags");
		if (!rc && !json_is_array(tags))
			rc = dd_error_set(DD_EFORMAT, "%s: the answer has no \"tags\" list", what);
		size_t i;
		json_array_foreach(tags, i, e)
			if (!rc)
				rc = dd_catalog__push_name(out, json_string_value(json_object_get(e, "name")), &listed, max, what);
		/* an empty page ends the list even when has_additional says otherwise */
		more = json_is_true(json_object_get(doc, "has_additional")) && json_array_size(tags) > 0;
		json_decref(doc);
	}
	dd_registry_client_free(c);
	free(what);
	return rc;
}

const dd_catalog_backend dd_catalog_quay = {
	.version = 1,
	.name = "quay",
	.repositories = quay_repositories,
	.tags = quay_tags,
};
