/*
 * When an image was made, by its config's `created` field: what the
 * service's time range goes by when the registry never told it a push
 * time. It costs the manifest and the config blob (a few KB), never a
 * layer.
 */
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "image/image.h"
#include "util/error.h"
#include "util/str.h"

int dd_catalog_created(char **out, const dd_catalog_options *opts, const char *repository, const char *digest)
{
	*out = NULL;
	if (!opts || opts->version != DD_CATALOG_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "dd_catalog_created: unknown dd_catalog_options version");
	if (!opts->url || !repository || !*repository || !digest || !*digest)
		return dd_error_set(DD_EINVAL, "dd_catalog_created: no registry URL, repository or digest");
	const char *u = opts->url, *host = strstr(u, "://");
	if (!host)
		return dd_error_set(DD_EINVAL, "registry URL '%.200s' does not start with http:// or https://", u);
	host += 3;
	dd_image_options io = opts->image;
	io.plain_http = !strncmp(u, "http://", 7);
	char *ref = dd_asprintf("docker://%.*s/%s@%s", (int)strcspn(host, "/"), host, repository, digest);
	if (!ref)
		return dd_error_oom();
	dd_image *img = NULL;
	int rc = dd_image_open(&img, ref, &io);
	if (!rc) {
		const char *c = json_string_value(json_object_get(img->config, "created"));
		if (!c || !*c || strlen(c) > 64)
			rc = dd_error_set(DD_ENOTFOUND, "%s: the image config has no `created` time", ref);
		else if (!(*out = strdup(c)))
			rc = dd_error_oom();
	}
	dd_image_free(img);
	free(ref);
	return rc;
}
