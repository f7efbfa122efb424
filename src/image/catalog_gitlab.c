/*
 * The GitLab lister (GitLab REST API v4, "Container registry API"). GitLab's
 * registry does not serve /v2/_catalog to users (only to its own admin
 * tooling), so a namespace (a group path, "group" or "group/subgroup") is
 * listed through the GitLab instance's API: GET
 * /api/v4/groups/:id/registry/repositories, :id the URL-encoded group path,
 * paged with page and per_page until a short page (GitLab's offset
 * pagination); each entry's `path` is the registry repository name. Tags
 * come from the registry itself (/v2/NAME/tags/list, Distribution's
 * lister): the registry's token service answers pull with the same
 * credentials `docker pull` uses. The API lives on the GitLab host, which
 * is usually not the registry's (registry.gitlab.example.com beside
 * gitlab.example.com): `api_url`. Authorization: the API token (a personal,
 * group or project access token with read_api or read_registry) as a
 * Bearer token, which GitLab accepts beside its PRIVATE-TOKEN header.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "util/error.h"
#include "util/str.h"

static int gitlab_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	if (!namespace_)
		return dd_error_set(DD_EINVAL, "a GitLab registry is listed per group: give the rule a namespace (the group's "
					       "full path, e.g. \"team\" or \"team/backend\")");
	dd_registry_client *c = NULL;
	char *esc = dd_catalog__escape(namespace_), *what = dd_asprintf("repositories of GitLab group %s", namespace_);
	size_t listed = 0, max = dd_catalog__max_items(opts), size = dd_catalog__page_size(opts);
	size_t pages = max / size + 2;
	if (size > 100)
		size = 100; /* GitLab's per_page maximum */
	int rc = esc && what ? dd_catalog__client(&c, opts, NULL) : dd_error_oom();
	for (size_t page = 1; !rc; page++) {
		if (page > pages) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %zu pages", what, pages);
			break;
		}
		char *path = dd_asprintf("/api/v4/groups/%s/registry/repositories?per_page=%zu&page=%zu", esc, size, page);
		json_t *doc = NULL, *e;
		rc = path ? dd_catalog__api_get(c, opts, path, what, &doc) : dd_error_oom();
		free(path);
		if (!rc && !json_is_array(doc))
			rc = dd_error_set(DD_EFORMAT, "%s: GitLab's answer is not a JSON list", what);
		size_t i, n = json_array_size(doc);
		json_array_foreach(doc, i, e)
			if (!rc)
				rc = dd_catalog__push_name(out, json_string_value(json_object_get(e, "path")), &listed, max, what);
		json_decref(doc);
		if (n < size)
			break;
	}
	dd_registry_client_free(c);
	free(esc);
	free(what);
	return rc;
}

static int gitlab_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	return dd_catalog_distribution.tags(out, opts, repository);
}

const dd_catalog_backend dd_catalog_gitlab = {
	.version = 1,
	.name = "gitlab",
	.repositories = gitlab_repositories,
	.tags = gitlab_tags,
};
