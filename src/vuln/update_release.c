/*
 * A GitHub release as a db update source: cvelistV5 publishes the whole CVE
 * List once a day as a release asset named
 * <YYYY-MM-DD>_all_CVEs_at_midnight.zip.zip (a zip holding cves.zip), in a
 * release that changes every hour. The source URL is the release API
 * (https://api.github.com/repos/CVEProject/cvelistV5/releases/latest); the
 * answer names the assets, and the daily one is downloaded like any other
 * source, so its ETag spares the download while the day's export stays the
 * same.
 *
 * The one idea: the API answer is hostile too. It is read bounded
 * (RELEASE_JSON_MAX), and the asset URL it gives must be https:// (curl
 * refuses anything else anyway) and free of control characters.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "util/error.h"
#include "util/str.h"
#include "vuln/update.h"

#define RELEASE_JSON_MAX ((uint64_t)4 << 20)
#define ASSETS_MAX 1000
#define DAILY_ASSET "_all_CVEs_at_midnight.zip"

bool dd_update_is_release(const char *url)
{
	return !strchr(url, '?') && dd_ends_with(url, "/releases/latest") && strstr(url, "/repos/");
}

static bool url_ok(const char *u)
{
	if (!u || strncasecmp(u, "https://", 8) || strlen(u) > 4096)
		return false;
	for (const char *p = u; *p; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f)
			return false;
	return true;
}

int dd_update_release_asset(const char *api_url, const char *db_path, const dd_db_update_options *opts, char **asset)
{
	static const char *const hdrs[] = { "Accept: application/vnd.github+json", NULL };
	char *tmp = NULL, what[300];
	int fd = -1, rc;
	json_t *doc = NULL;
	dd_update_http h;
	*asset = NULL;
	snprintf(what, sizeof(what), "source %.250s", api_url);
	if ((rc = dd_update_tmpfile(db_path, "dl", &tmp, &fd)) != 0)
		return rc;
	if ((rc = dd_update_get(api_url, what, fd, RELEASE_JSON_MAX, hdrs, opts, &h)) != 0)
		goto cleanup;
	if (h.status != 200) {
		rc = dd_error_set(h.status == 404 ? DD_ENOTFOUND : DD_ENET, "%s: HTTP %ld%s", what, h.status,
			h.status == 403 || h.status == 429 ? " (GitHub's API limit for this address? try again later)" : "");
		goto cleanup;
	}
	json_error_t err;
	if (!(doc = json_load_file(tmp, 0, &err))) {
		rc = dd_error_set(DD_EFORMAT, "%s: not valid JSON (line %d: %s)", what, err.line, err.text);
		goto cleanup;
	}
	const json_t *assets = json_object_get(doc, "assets"), *a;
	size_t i;
	if (!json_is_array(assets) || json_array_size(assets) > ASSETS_MAX) {
		rc = dd_error_set(DD_EFORMAT, "%s: not a GitHub release (no assets list, or more than %d assets)", what,
			ASSETS_MAX);
		goto cleanup;
	}
	json_array_foreach(assets, i, a) {
		const char *name = json_string_value(json_object_get(a, "name"));
		const char *url = json_string_value(json_object_get(a, "browser_download_url"));
		if (name && strstr(name, DAILY_ASSET) && url_ok(url)) {
			if (!(*asset = strdup(url)))
				rc = dd_error_oom();
			goto cleanup;
		}
	}
	rc = dd_error_set(DD_ENOTFOUND, "%s: the release has no asset named *%s* with an https:// URL", what, DAILY_ASSET);
cleanup:
	json_decref(doc);
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	return rc;
}
