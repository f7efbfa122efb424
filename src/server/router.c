/*
 * The router: a path is matched segment by segment against every route
 * table ({name} takes one segment), then the token's role is checked
 * against the route's. 404 for no path, 405 for a path without the
 * method, 401 without a valid token, 403 for a role without the right.
 * Tokens are looked up by their SHA-256: the store never sees one.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "server/api.h"
#include "server/session.h"

const dd_api_route *const dd_api_route_tables[] = {
	dd_api_health_routes,
	dd_api_registries_routes,
	dd_api_rules_routes,
	dd_api_tasks_routes,
	dd_api_images_routes,
	dd_api_quota_routes,
	dd_api_webhooks_routes,
	dd_api_whitelists_routes,
	dd_api_openapi_routes,
	dd_api_fix_routes,
	dd_api_notifiers_routes,
	dd_api_harbor_routes,
	dd_api_admission_routes,
	dd_api_image_blocks_routes,
	dd_api_session_routes,
	dd_api_events_routes,
	dd_api_overview_routes,
	dd_api_registry_test_routes,
	dd_api_chains_routes,   /* delivery chains (issue 15) */
	NULL
};

/* Segments of path and pattern; params point into `copy` (the request's
 * own copy of its path). */
static bool match(const char *pattern, char *copy, dd_api_request *req)
{
	const char *p = pattern;
	char *s = copy;
	size_t n = 0;
	while (*p && *s) {
		if (*p != '/' || *s != '/')
			return false;
		p++;
		s++;
		const char *pe = strchr(p, '/');
		size_t pl = pe ? (size_t)(pe - p) : strlen(p);
		char *se = strchr(s, '/');
		size_t sl = se ? (size_t)(se - s) : strlen(s);
		if (pl >= 2 && p[0] == '{' && p[pl - 1] == '}') {
			if (!sl || n >= DD_API_MAX_PARAMS)
				return false;
			req->params[n++] = s;
		} else if (pl != sl || strncmp(p, s, pl)) {
			return false;
		}
		p += pl;
		s += sl;
	}
	if (*p || *s)
		return false;
	/* cut the parameters out of the copy */
	for (size_t i = 0; i < n; i++) {
		char *e = strchr(req->params[i], '/');
		if (e)
			*e = '\0';
	}
	req->n_params = n;
	return true;
}

static bool role_allows(dd_api_role need, const char *have)
{
	switch (need) {
	case DD_ROLE_NONE:
		return true;
	case DD_ROLE_READ:
		return !strcmp(have, "read") || !strcmp(have, "admin");
	case DD_ROLE_ADMIN:
		return !strcmp(have, "admin");
	case DD_ROLE_WEBHOOK:
		return !strcmp(have, "webhook") || !strcmp(have, "admin");
	}
	return false;
}

/* A console request: the session cookie instead of a Bearer token, and
 * on anything but GET/HEAD the session's CSRF token in X-CSRF-Token (a
 * page on another site can make the browser send the cookie, never read
 * the token). */
static const dd_api_route *session_auth(dd_api_request *req, dd_api_response *resp, const dd_api_route *found,
	char *role, size_t cap)
{
	char csrf[65];
	int rc = dd_srv_session_lookup(req->srv->store, req->session, role, cap, csrf);
	if (rc == DD_ENOTFOUND) {
		dd_api_error(resp, 401, "unauthorized", "the console session is unknown or expired: log in again");
		return NULL;
	}
	if (rc) {
		dd_api_fail(resp, rc, "session lookup");
		return NULL;
	}
	if (strcmp(req->method, "GET") && strcmp(req->method, "HEAD")) {
		const char *sent = req->header ? req->header(req, "X-CSRF-Token") : NULL;
		if (!sent || !dd_srv_secret_equal(sent, csrf)) {
			dd_api_error(resp, 403, "csrf", "a console request that changes state needs the session's X-CSRF-Token header");
			return NULL;
		}
	}
	req->role = role;
	req->by_session = true;
	if (!role_allows(found->role, role)) {
		dd_api_error(resp, 403, "forbidden", "a session of role '%s' may not %s %.200s", role, req->method, req->path);
		return NULL;
	}
	return found;
}

const dd_api_route *dd_api_route_find(dd_api_request *req, dd_api_response *resp, const char *authorization)
{
	static __thread char copy[2048];
	const dd_api_route *found = NULL;
	bool path_known = false;
	if (strlen(req->path) >= sizeof(copy)) {
		dd_api_error(resp, 414, "uri_too_long", "the path is longer than %zu bytes", sizeof(copy) - 1);
		return NULL;
	}
	for (size_t t = 0; !found && dd_api_route_tables[t]; t++)
		for (const dd_api_route *r = dd_api_route_tables[t]; r->method; r++) {
			strcpy(copy, req->path);
			if (!match(r->pattern, copy, req))
				continue;
			path_known = true;
			if (!strcmp(r->method, req->method)) {
				found = r;
				break;
			}
		}
	if (!found) {
		if (path_known)
			dd_api_error(resp, 405, "method_not_allowed", "%s is not allowed on %.200s", req->method, req->path);
		else
			dd_api_error(resp, 404, "not_found", "no such path: %.200s", req->path);
		return NULL;
	}
	if (found->role == DD_ROLE_NONE)
		return found;
	static __thread char role[16];
	role[0] = '\0';
	if (!authorization && req->session)
		return session_auth(req, resp, found, role, sizeof(role));
	if (!authorization || strncasecmp(authorization, "Bearer ", 7) || !authorization[7]) {
		resp->www_authenticate = "Bearer realm=\"drydock\"";
		dd_api_error(resp, 401, "unauthorized", "this path needs 'Authorization: Bearer TOKEN' (drydock token create)");
		return NULL;
	}
	char hash[65];
	dd_srv_token_hash(authorization + 7, hash);
	int rc = req->srv->store->be->token_role(req->srv->store, hash, role, sizeof(role));
	if (rc == DD_ENOTFOUND) {
		resp->www_authenticate = "Bearer realm=\"drydock\", error=\"invalid_token\"";
		dd_api_error(resp, 401, "unauthorized", "the token is not known to this service");
		return NULL;
	}
	if (rc) {
		dd_api_fail(resp, rc, "token lookup");
		return NULL;
	}
	req->role = role;
	if (!role_allows(found->role, role)) {
		dd_api_error(resp, 403, "forbidden", "a token of role '%s' may not %s %.200s", role, req->method, req->path);
		return NULL;
	}
	return found;
}

void dd_api_dispatch(dd_api_request *req, dd_api_response *resp, const char *authorization)
{
	const dd_api_route *r = dd_api_route_find(req, resp, authorization);
	if (r)
		r->handler(req, resp);
	if (!resp->body && !resp->stream)
		dd_api_error(resp, 500, "internal", "the handler gave no answer");
}
