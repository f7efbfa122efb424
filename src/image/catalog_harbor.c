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

#define PAGE_BYTES_MAX (8u << 20)

/* appends what one array element names to out (NULL: nothing) */
typedef const char *(*pick_fn)(json_t *elem, size_t k);

static const char *pick_name(json_t *e, size_t k)
{
	return k ? NULL : json_string_value(json_object_get(e, "name"));
}

/* the k-th tag of an artifact */
static const char *pick_tag(json_t *e, size_t k)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(e, "tags"), k), "name"));
}

static int pages(dd_strv *out, const dd_catalog_options *opts, const char *first, pick_fn pick, bool many,
	const char *what)
{
	dd_registry_client *c = NULL;
	char *path = strdup(first), *body = NULL, *link = NULL, *next = NULL;
	size_t len, listed = 0, max = dd_catalog__max_items(opts);
	size_t max_pages = max / dd_catalog__page_size(opts) + 2;
	int rc;
	if (!path)
		return dd_error_oom();
	if ((rc = dd_catalog__client(&c, opts, NULL)) != 0)
		goto cleanup;
	for (size_t page = 0; path; page++) {
		if (page >= max_pages) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %zu pages (at most %zu items are listed)", what, max_pages, max);
			goto cleanup;
		}
		if ((rc = dd_catalog__get_json(c, path, what, PAGE_BYTES_MAX, &body, &len, &link)) != 0)
			goto cleanup;
		json_error_t err;
		json_t *doc = json_loadb(body, len, 0, &err), *e;
		if (!json_is_array(doc)) {
			rc = dd_error_set(DD_EFORMAT, "%s: Harbor's answer is not a JSON list%s%s", what, doc ? "" : ": ",
				doc ? "" : err.text);
			json_decref(doc);
			goto cleanup;
		}
		size_t i;
		json_array_foreach(doc, i, e) {
			const char *s;
			for (size_t k = 0; (s = pick(e, k)) != NULL && (many || k == 0); k++) {
				if (!*s || strlen(s) > 255)
					continue;
				if (++listed > max) {
					rc = dd_error_set(DD_ELIMIT, "%s: more than %zu items", what, max);
					break;
				}
				if ((rc = dd_strv_push(out, s)) != 0)
					break;
			}
			if (rc)
				break;
		}
		json_decref(doc);
		free(body);
		body = NULL;
		if (rc || (rc = dd_catalog__next_link_under(link, dd_registry_client_base(c), "/api/v2.0/", &next)) != 0)
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
		rc = pages(out, opts, first, pick_name, false, what);
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
	int rc = pages(&projects, opts, first, pick_name, false, "Harbor projects");
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
		rc = pages(out, opts, first, pick_tag, true, what);
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
