/*
 * Registries: the config's (read-only here, "source": "config") and the
 * store's (created, changed and deleted through the API). A password is
 * write-only: it is sealed into the store (encrypted when a
 * secret_key_file is configured) and no answer ever carries it, only
 * "has_password".
 */
#include <string.h>

#include "server/api.h"

static json_t *public_view(json_t *r, bool from_config)
{
	json_t *o = json_deep_copy(r);
	json_object_set_new(o, "has_password", json_boolean(json_object_get(o, "secret") != NULL));
	json_object_del(o, "secret");
	json_object_set_new(o, "source", json_string(from_config ? "config" : "api"));
	if (!json_object_get(o, "plain_http"))
		json_object_set_new(o, "plain_http", json_false());
	if (!json_object_get(o, "speed_limit"))
		json_object_set_new(o, "speed_limit", json_integer(0));
	return o;
}

static void registries_list(const dd_api_request *req, dd_api_response *resp)
{
	json_t *stored = NULL, *items = json_array(), *r;
	size_t i;
	json_array_foreach(req->srv->cfg.registries, i, r)
		json_array_append_new(items, public_view(r, true));
	int rc = req->srv->store->be->registry_list(req->srv->store, &stored);
	if (rc) {
		json_decref(items);
		dd_api_fail(resp, rc, "registries");
		return;
	}
	json_array_foreach(stored, i, r)
		json_array_append_new(items, public_view(r, false));
	json_decref(stored);
	/* every registry fits one page: names are unique and few */
	dd_api_json(resp, 200, json_pack("{s:o,s:n}", "items", items, "next_after"));
}

static void registry_get(const dd_api_request *req, dd_api_response *resp)
{
	json_t *r = NULL;
	bool cfg = false;
	int rc = dd_srv_registry_find(req->srv, req->params[0], &r, &cfg);
	if (rc) {
		dd_api_fail(resp, rc, "registry");
		return;
	}
	dd_api_json(resp, 200, public_view(r, cfg));
	json_decref(r);
}

/* The body as a registry to store (name from the path on PUT); NULL when
 * the response is filled. */
static json_t *registry_body(const dd_api_request *req, dd_api_response *resp, const char *name)
{
	static const char *const fields[] = { "name", "url", "type", "username", "password", "password_env", "authfile",
		"plain_http", "speed_limit", "api_url", "api_token_env", NULL };
	json_t *body = dd_api_body_named(req, resp, fields, name, "registry");
	if (!body)
		return NULL;
	json_t *pw = json_object_get(body, "password");
	if (pw && !json_is_string(pw)) {
		dd_api_error(resp, 422, "invalid", "password: must be a string");
		goto bad;
	}
	char *sealed = NULL;
	if (pw && dd_srv_secret_seal(req->srv, json_string_value(pw), &sealed) != 0) {
		dd_api_error(resp, 422, "invalid", "password: %s", dd_error_last());
		goto bad;
	}
	json_object_del(body, "password");
	if (dd_srv_registry_check(body, NULL, "") != 0) {
		free(sealed);
		dd_api_error(resp, 422, "invalid", "%s", dd_error_last());
		goto bad;
	}
	if (sealed) {
		json_object_set_new(body, "secret", json_string(sealed));
		free(sealed);
	}
	return body;
bad:
	json_decref(body);
	return NULL;
}

static bool in_config(dd_srv *srv, const char *name)
{
	size_t i;
	json_t *r;
	json_array_foreach(srv->cfg.registries, i, r)
		if (!strcmp(json_string_value(json_object_get(r, "name")), name))
			return true;
	return false;
}

static void registry_create(const dd_api_request *req, dd_api_response *resp)
{
	json_t *body = registry_body(req, resp, NULL);
	if (!body)
		return;
	const char *name = json_string_value(json_object_get(body, "name"));
	int rc;
	if (in_config(req->srv, name))
		dd_api_error(resp, 409, "conflict", "registry '%s' is in the config file", name);
	else if ((rc = req->srv->store->be->registry_put(req->srv->store, body, true)) != 0)
		dd_api_fail(resp, rc, "registry");
	else
		dd_api_json(resp, 201, public_view(body, false));
	json_decref(body);
}

static void registry_update(const dd_api_request *req, dd_api_response *resp)
{
	if (in_config(req->srv, req->params[0])) {
		dd_api_error(resp, 409, "read_only", "registry '%s' comes from the config file: change it there", req->params[0]);
		return;
	}
	json_t *body = registry_body(req, resp, req->params[0]);
	if (!body)
		return;
	int rc = req->srv->store->be->registry_put(req->srv->store, body, false);
	json_t *r = NULL;
	if (!rc)
		rc = req->srv->store->be->registry_get(req->srv->store, req->params[0], &r);
	if (rc)
		dd_api_fail(resp, rc, "registry");
	else
		dd_api_json(resp, 200, public_view(r, false));
	json_decref(r);
	json_decref(body);
}

static void registry_delete(const dd_api_request *req, dd_api_response *resp)
{
	if (in_config(req->srv, req->params[0])) {
		dd_api_error(resp, 409, "read_only", "registry '%s' comes from the config file: remove it there", req->params[0]);
		return;
	}
	int rc = req->srv->store->be->registry_delete(req->srv->store, req->params[0]);
	if (rc)
		dd_api_fail(resp, rc, "registry");
	else
		dd_api_json(resp, 200, json_pack("{s:s,s:b}", "name", req->params[0], "deleted", 1));
}

const dd_api_route dd_api_registries_routes[] = {
	{ "GET", "/api/v1/registries", DD_ROLE_READ, registries_list },
	{ "POST", "/api/v1/registries", DD_ROLE_ADMIN, registry_create },
	{ "GET", "/api/v1/registries/{name}", DD_ROLE_READ, registry_get },
	{ "PUT", "/api/v1/registries/{name}", DD_ROLE_ADMIN, registry_update },
	{ "DELETE", "/api/v1/registries/{name}", DD_ROLE_ADMIN, registry_delete },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
