/*
 * Console login and logout (web console, issue 16). POST /api/v1/session
 * takes an API token ({"token": ...}), checks it like a Bearer token, and
 * answers with the session cookie (HttpOnly, SameSite=Strict, Secure when
 * the service speaks HTTPS) and the CSRF token the page must send back in
 * X-CSRF-Token. Sessions are rows of the store (session.c): any process
 * sharing it accepts the cookie, and a restart keeps it. GET tells a page
 * that was reloaded who it is and its CSRF token again (the cookie cannot
 * be read by script); DELETE logs out.
 * Only admin and read tokens may open a console session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"
#include "server/session.h"

static char *cookie(const dd_api_request *req, const char *value, int64_t max_age)
{
	char *c = NULL;
	if (asprintf(&c, "%s=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%lld%s", DD_SESSION_COOKIE, value,
		    (long long)max_age, req->srv->cfg.tls_cert[0] ? "; Secure" : "") < 0)
		return NULL;
	return c;
}

static void session_create(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const fields[] = { "token", NULL };
	json_t *body = dd_api_body_object(req, resp);
	if (!body)
		return;
	if (!dd_api_fields_known(body, fields, resp))
		goto done;
	const char *token = json_string_value(json_object_get(body, "token"));
	if (!token || !*token || strlen(token) > 256) {
		dd_api_error(resp, 422, "invalid", "token: required, the API token to log in with (drydock token create)");
		goto done;
	}
	char hash[65], role[16], id[65], csrf[65];
	dd_srv_token_hash(token, hash);
	int rc = req->srv->store->be->token_role(req->srv->store, hash, role, sizeof(role));
	if (rc == DD_ENOTFOUND) {
		dd_api_error(resp, 401, "unauthorized", "the token is not known to this service");
		goto done;
	}
	if (rc) {
		dd_api_fail(resp, rc, "token lookup");
		goto done;
	}
	if (strcmp(role, "admin") && strcmp(role, "read")) {
		dd_api_error(resp, 403, "forbidden", "a token of role '%s' may not open a console session (admin or read)", role);
		goto done;
	}
	int64_t expires = 0;
	if ((rc = dd_srv_session_create(req->srv->store, hash, id, csrf, &expires)) != 0) {
		dd_api_fail(resp, rc, "session");
		goto done;
	}
	char at[32];
	dd_store_time(expires, at);
	if (!(resp->set_cookie = cookie(req, id, DD_SESSION_TTL))) {
		dd_srv_session_delete(req->srv->store, id);
		dd_api_error(resp, 500, "internal", "out of memory");
		goto done;
	}
	dd_api_json(resp, 201, json_pack("{s:s,s:s,s:s}", "role", role, "csrf_token", csrf, "expires_at", at));
done:
	json_decref(body);
}

static void session_get(const dd_api_request *req, dd_api_response *resp)
{
	char role[16], csrf[65];
	if (req->by_session && !dd_srv_session_lookup(req->srv->store, req->session, role, sizeof(role), csrf))
		dd_api_json(resp, 200, json_pack("{s:s,s:s}", "role", req->role, "csrf_token", csrf));
	else
		dd_api_json(resp, 200, json_pack("{s:s,s:n}", "role", req->role, "csrf_token"));
}

static void session_delete(const dd_api_request *req, dd_api_response *resp)
{
	int rc = req->session ? dd_srv_session_delete(req->srv->store, req->session) : 0;
	if (rc) {
		dd_api_fail(resp, rc, "logout");
		return;
	}
	resp->set_cookie = cookie(req, "", 0);
	dd_api_text(resp, 204, "text/plain", "", 0);
}

const dd_api_route dd_api_session_routes[] = {
	{ "POST", "/api/v1/session", DD_ROLE_NONE, session_create },
	{ "GET", "/api/v1/session", DD_ROLE_READ, session_get },
	{ "DELETE", "/api/v1/session", DD_ROLE_READ, session_delete },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
