/*
 * Blocked images: the verdict delivery chains give (a later issue calls
 * dd_srv_image_block), what the status API shows and what admission
 * denies. Kept per manifest digest (store_sqlite_harbor.c says why), so a
 * tag is resolved through the store first: the image must have been seen
 * (scanned, pushed) for its tag to be blocked.
 */
#include <stdio.h>
#include <string.h>

#include "server/server.h"
#include "server/webhook.h"

int dd_srv_image_block(dd_srv *srv, const char *registry, const char *repository, const char *tag, const char *digest,
	bool blocked, const char *reason, char digest_out[80])
{
	dd_store *st = srv->store;
	char d[80] = "";
	int rc;
	if (digest && *digest) {
		if (!dd_webhook_valid_digest(digest))
			return dd_error_set_str(DD_EINVAL, "digest must be sha256: and 64 lowercase hex digits");
		snprintf(d, sizeof(d), "%s", digest);
	} else {
		json_t *img = NULL;
		if (!registry || !repository || !tag)
			return dd_error_set_str(DD_EINVAL, "a digest, or registry, repository and tag, name the image");
		if ((rc = st->be->image_get(st, registry, repository, tag, &img)) != 0)
			return rc;
		const char *known = json_string_value(json_object_get(img, "digest"));
		if (!known)
			known = json_string_value(json_object_get(img, "item_digest"));
		if (known)
			snprintf(d, sizeof(d), "%s", known);
		json_decref(img);
		if (!d[0]) {
			char m[512];
			snprintf(m, sizeof(m), "%.64s/%.200s:%.128s has no known digest yet (scan it first, or give the digest)",
				registry, repository, tag);
			return dd_error_set_str(DD_ENOTFOUND, m);
		}
	}
	json_t *info = NULL;
	if (blocked) {
		info = json_pack("{s:s?,s:s?,s:s?,s:s}", "registry", registry, "repository", repository, "tag", tag, "reason",
			reason && *reason ? reason : "blocked");
		if (!info)
			return dd_error_set_str(DD_ENOMEM, "out of memory");
	}
	rc = st->be->image_block_set(st, d, info);
	json_decref(info);
	if (!rc) {
		dd_srv_log("info", blocked ? "image blocked" : "image unblocked", "digest", d, "repository",
			repository ? repository : "", "reason", reason ? reason : "", NULL);
		if (digest_out)
			snprintf(digest_out, 80, "%s", d);
	}
	return rc;
}
