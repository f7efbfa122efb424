/*
 * PUT /api/v1/images/blocked (admin): blocks or unblocks an image by hand.
 * Delivery chains block through the same dd_srv_image_block; this route is
 * how an operator overrides a verdict (and how the tests set one).
 * Body {registry, repository, tag | digest, blocked, reason}.
 */
#include <string.h>

#include "server/api.h"

static void put_blocked(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const fields[] = { "registry", "repository", "tag", "digest", "blocked", "reason", NULL };
	json_t *body = dd_api_body_object(req, resp);
	if (!body)
		return;
	if (!dd_api_fields_known(body, fields, resp)) {
		json_decref(body);
		return;
	}
	const char *reg = json_string_value(json_object_get(body, "registry"));
	const char *repo = json_string_value(json_object_get(body, "repository"));
	const char *tag = json_string_value(json_object_get(body, "tag"));
	const char *digest = json_string_value(json_object_get(body, "digest"));
	const char *reason = json_string_value(json_object_get(body, "reason"));
	json_t *blocked = json_object_get(body, "blocked");
	char d[80];
	if (!json_is_boolean(blocked)) {
		dd_api_error(resp, 422, "invalid", "blocked (true or false) is required");
	} else if (!digest && (!reg || !repo || !tag)) {
		dd_api_error(resp, 422, "invalid", "digest, or registry, repository and tag, name the image");
	} else if ((repo && !dd_srv_repository_ok(repo)) || (tag && !dd_srv_tag_ok(tag))) {
		dd_api_error(resp, 422, "invalid", "'%.100s:%.100s' is not a repository:tag a registry can have", repo ? repo : "",
			tag ? tag : "");
	} else if (reason && strlen(reason) > 1000) {
		dd_api_error(resp, 422, "invalid", "reason is longer than 1000 bytes");
	} else {
		int rc = dd_srv_image_block(req->srv, reg, repo, tag, digest, json_is_true(blocked), reason, d);
		if (rc == DD_EINVAL)
			dd_api_error(resp, 422, "invalid", "%s", dd_error_last());
		else if (rc)
			dd_api_fail(resp, rc, "block");
		else {
			json_t *out = json_pack("{s:s,s:b}", "digest", d, "blocked", json_is_true(blocked));
			if (out && json_is_true(blocked))
				json_object_set_new(out, "reason", json_string(reason && *reason ? reason : "blocked"));
			dd_api_json(resp, 200, out);
		}
	}
	json_decref(body);
}

const dd_api_route dd_api_image_blocks_routes[] = {
	{ "PUT", "/api/v1/images/blocked", DD_ROLE_ADMIN, put_blocked },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
