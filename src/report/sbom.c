/* Shared SBOM identifiers: image purl and per-package refs (see sbom.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "report/sbom.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/str.h"

const char *dd_sbom_sha256_hex(const char *digest)
{
	if (!digest || strncmp(digest, "sha256:", 7) || strlen(digest) != 7 + 64)
		return NULL;
	for (const char *p = digest + 7; *p; p++)
		if (!isxdigit((unsigned char)*p))
			return NULL;
	return digest + 7;
}

char *dd_sbom_image_purl(const dd_report *r)
{
	if (!r->digest || !*r->digest)
		return NULL;
	const char *ref = r->ref ? r->ref : "";
	if (!strncmp(ref, "docker://", 9))
		ref += 9;
	/* registry refs have a host first: "host[:port]/repo..." */
	char *url = NULL, *name = NULL;
	const char *slash = strchr(ref, '/');
	bool registry = r->repository && slash && strncmp(r->ref ? r->ref : "", "oci", 3) &&
		strncmp(r->ref ? r->ref : "", "docker-archive:", 15) && strncmp(r->ref ? r->ref : "", "dir:", 4);
	if (registry) {
		size_t hl = (size_t)(slash - ref);
		if (!memchr(ref, '.', hl) && !memchr(ref, ':', hl) && strncmp(ref, "localhost", hl))
			url = dd_asprintf("docker.io/%s", r->repository);
		else
			url = dd_asprintf("%.*s/%s", (int)hl, ref, r->repository);
	}
	const char *repo = r->repository && *r->repository ? r->repository : "image";
	const char *last = strrchr(repo, '/');
	name = strdup(last ? last + 1 : repo);
	if (!name) {
		free(url);
		return NULL;
	}
	for (char *p = name; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	const char *q[] = { "arch", r->architecture, "repository_url", url, NULL };
	char *purl = dd_purl_build("oci", NULL, name, r->digest, q);
	free(url);
	free(name);
	return purl;
}

static int cmp_by_purl(const void *a, const void *b, void *ctx)
{
	const dd_report *r = ctx;
	size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
	const dd_package *pa = &r->packages[ia], *pb = &r->packages[ib];
	int c = dd_strcmp_null(pa->purl, pb->purl);
	if (c)
		return c;
	if ((c = dd_strcmp_null(pa->path, pb->path)))
		return c;
	return ia < ib ? -1 : 1;
}

int dd_sbom_refs_build(dd_sbom_refs *out, const dd_report *r)
{
	memset(out, 0, sizeof(*out));
	size_t n = r->n_packages;
	out->ref = calloc(n + 1, sizeof(char *));
	out->by_purl = calloc(n + 1, sizeof(size_t));
	if (!out->ref || !out->by_purl)
		goto oom;
	out->n = n;
	for (size_t i = 0; i < n; i++)
		out->by_purl[i] = i;
	qsort_r(out->by_purl, n, sizeof(size_t), cmp_by_purl, (void *)r);
	for (size_t k = 0; k < n; k++) {
		size_t i = out->by_purl[k];
		const dd_package *p = &r->packages[i];
		bool dup = p->purl && k > 0 && !dd_strcmp_null(r->packages[out->by_purl[k - 1]].purl, p->purl);
		if (!p->purl || !*p->purl)
			out->ref[i] = dd_asprintf("package-%zu", i + 1);
		else if (dup)
			out->ref[i] = dd_asprintf("%s#%zu", p->purl, i + 1);
		else
			out->ref[i] = strdup(p->purl);
		if (!out->ref[i])
			goto oom;
	}
	return 0;
oom:
	dd_sbom_refs_free(out);
	return dd_error_oom();
}

long dd_sbom_refs_find(const dd_sbom_refs *refs, const dd_report *r, const dd_finding *f)
{
	if (!f->pkg_purl || !refs->n)
		goto by_name;
	size_t lo = 0, hi = refs->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (dd_strcmp_null(r->packages[refs->by_purl[mid]].purl, f->pkg_purl) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	long first = -1;
	for (size_t k = lo; k < refs->n; k++) {
		const dd_package *p = &r->packages[refs->by_purl[k]];
		if (dd_strcmp_null(p->purl, f->pkg_purl))
			break;
		if (first < 0)
			first = (long)refs->by_purl[k];
		if (!f->pkg_path || !dd_strcmp_null(p->path, f->pkg_path))
			return (long)refs->by_purl[k];
	}
	if (first >= 0)
		return first;
by_name:
	/* findings without a purl: a linear match on name, version and path */
	for (size_t i = 0; i < r->n_packages && f->pkg_name; i++) {
		const dd_package *p = &r->packages[i];
		if (!dd_strcmp_null(p->name, f->pkg_name) && !dd_strcmp_null(p->version, f->pkg_version) &&
		    (!f->pkg_path || !dd_strcmp_null(p->path, f->pkg_path)))
			return (long)i;
	}
	return -1;
}

void dd_sbom_refs_free(dd_sbom_refs *refs)
{
	if (refs->ref)
		for (size_t i = 0; i < refs->n; i++)
			free(refs->ref[i]);
	free(refs->ref);
	free(refs->by_purl);
	memset(refs, 0, sizeof(*refs));
}
