/*
 * The Harbor lister (Harbor API v2.0, goharbor.io "Harbor API"): Harbor
 * answers /v2/_catalog to system administrators only, so repositories come
 * from the project API: GET /api/v2.0/projects, then
 * /api/v2.0/projects/{project}/repositories (names "project/repo..."), and
 * tags from /api/v2.0/projects/{project}/repositories/{repo}/artifacts
 * ?with_tag=true (each artifact's tags[].name). Every list is paged with
 * page and page_size and a Link rel="next" header (X-Total-Count beside
 * it); the pager follows the links, bounded like the Distribution lister.
 * A repository name below the project goes in the path URL-encoded twice
 * ("a/b" -> "a%252Fb"), as Harbor's API asks. Credentials: Basic (a robot
 * account), on Harbor's challenge.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "util/error.h"
#include "util/str.h"

/* the k-th name an element gives (a project's or repository's name; an
 * artifact's k-th tag); NULL past the last */
typedef const char *(*pick_fn)(json_t *elem, size_t k);

static const char *pick_name(json_t *e, size_t k)
{
	return k ? NULL : json_string_value(json_object_get(e, "name"));
}

static const char *pick_tag(json_t *e, size_t k)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(e, "tags"), k), "name"));
}

/* Harbor answers a page as a JSON list */
static int take(json_t *doc, dd_strv *out, size_t *listed, size_t max, const void *ctx, const char *what)
{
	pick_fn pick = *(const pick_fn *)ctx;
	json_t *e;
	size_t i;
	int rc = 0;
	if (!json_is_array(doc))
		return dd_error_set(DD_EFORMAT, "%s: Harbor's answer is not a JSON list", what);
	json_array_foreach(doc, i, e) {
		const char *s;
		for (size_t k = 0; !rc && (s = pick(e, k)) != NULL; k++)
			rc = dd_catalog__push_name(out, s, listed, max, what);
		if (rc)
			break;
	}
	return rc;
}

static int pages(dd_strv *out, const dd_catalog_options *opts, const char *first, pick_fn pick, const char *what)
{
	return dd_catalog__pages(out, opts, NULL, first, "/api/v2.0/", take, &pick, what);
}

/* a project or repository name as one path segment: '/' and '%' encoded
 * twice (Harbor decodes the segment once more) */
static char *segment(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n * 5 + 1), *w = out;
	if (!out)
		return NULL;
	for (const char *p = s; *p; p++) {
		if (*p == '/') {
			memcpy(w, "%252F", 5);
			w += 5;
		} else if (*p == '%') {
			memcpy(w, "%2525", 5);
			w += 5;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return out;
}

static int project_repositories(dd_strv *out, const dd_catalog_options *opts, const char *project)
{
	char *seg = segment(project), *first = NULL, *what = NULL;
	int rc;
	if (!seg || !(first = dd_asprintf("/api/v2.0/projects/%s/repositories?page=1&page_size=%zu", seg,
			      dd_catalog__page_size(opts))) || !(what = dd_asprintf("repositories of Harbor project %s", project)))
		rc = dd_error_oom();
	else
		rc = pages(out, opts, first, pick_name, what);
	free(seg);
	free(first);
	free(what);
	return rc;
}

static int harbor_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	/* a namespace's first component is its project: list that one only */
	if (namespace_) {
		char project[256];
		size_t n = strcspn(namespace_, "/");
		if (!n || n >= sizeof(project))
			return dd_error_set(DD_EINVAL, "namespace '%.100s' names no Harbor project", namespace_);
		memcpy(project, namespace_, n);
		project[n] = '\0';
		return project_repositories(out, opts, project);
	}
	dd_strv projects = { 0 };
	char first[96];
	snprintf(first, sizeof(first), "/api/v2.0/projects?page=1&page_size=%zu", dd_catalog__page_size(opts));
	int rc = pages(&projects, opts, first, pick_name, "Harbor projects");
	for (size_t i = 0; !rc && i < projects.count; i++)
		rc = project_repositories(out, opts, projects.items[i]);
	dd_strv_free(&projects);
	return rc;
}

static int harbor_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	size_t n = strcspn(repository, "/");
	if (!repository[n] || !repository[n + 1])
		return dd_error_set(DD_EINVAL, "'%.200s' is not a Harbor repository (project/name)", repository);
	char project[256];
	if (n >= sizeof(project))
		return dd_error_set(DD_EINVAL, "'%.200s': the project name is too long", repository);
	memcpy(project, repository, n);
	project[n] = '\0';
	char *pseg = segment(project), *rseg = segment(repository + n + 1), *first = NULL, *what = NULL;
	int rc;
	if (!pseg || !rseg ||
	    !(first = dd_asprintf("/api/v2.0/projects/%s/repositories/%s/artifacts?with_tag=true&page=1&page_size=%zu", pseg,
		      rseg, dd_catalog__page_size(opts))) ||
	    !(what = dd_asprintf("tags of %s", repository)))
		rc = dd_error_oom();
	else
		rc = pages(out, opts, first, pick_tag, what);
	free(pseg);
	free(rseg);
	free(first);
	free(what);
	return rc;
}

const dd_catalog_backend dd_catalog_harbor = {
	.version = 1,
	.name = "harbor",
	.repositories = harbor_repositories,
	.tags = harbor_tags,
};
