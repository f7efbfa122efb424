/*
 * The Azure Container Registry lister. ACR speaks the Distribution API for
 * listing too: GET /v2/_catalog and /v2/<name>/tags/list with n= and Link
 * rel="next" paging (its links carry an extra "orderby=" parameter, kept as
 * given), behind the Bearer token flow whose challenge names the
 * registry:catalog:* scope for the catalog (an admin user, a service
 * principal or a token with content/read; anonymous pull does not list).
 * So the lister is Distribution's; the type exists so that a config names
 * what it talks to and the listing stays right if ACR's differences grow.
 */
#include "image/catalog.h"

static int acr_repositories(dd_strv *out, const dd_catalog_options *opts, const char *namespace_)
{
	return dd_catalog_distribution.repositories(out, opts, namespace_);
}

static int acr_tags(dd_strv *out, const dd_catalog_options *opts, const char *repository)
{
	return dd_catalog_distribution.tags(out, opts, repository);
}

const dd_catalog_backend dd_catalog_acr = {
	.version = 1,
	.name = "acr",
	.repositories = acr_repositories,
	.tags = acr_tags,
};
