/*
 * The API's plumbing: a request as handlers see it, the response they
 * fill, and the route tables. One api_<resource>.c per resource defines
 * its handlers and a `const dd_api_route dd_api_<resource>_routes[]`
 * (ended by a NULL method), listed once in router.c. A handler returns
 * nothing: it always fills the response (an error body included).
 */
#ifndef DD_SERVER_API_H
#define DD_SERVER_API_H

#include <jansson.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

#include "server/server.h"

typedef enum dd_api_role {
	DD_ROLE_NONE = 0,   /* no token needed (/healthz, /readyz, /metrics) */
	DD_ROLE_READ,       /* read or admin */
	DD_ROLE_ADMIN,      /* admin */
	DD_ROLE_WEBHOOK     /* webhook or admin */
} dd_api_role;

#define DD_API_MAX_PARAMS 4

typedef struct dd_api_request {
	dd_srv *srv;
	const char *method;
	const char *path;                       /* without the query */
	const char *params[DD_API_MAX_PARAMS];  /* the {x} segments of the pattern, in order */
	size_t n_params;
	const char *body;                       /* NUL-terminated; "" when none */
	size_t body_len;
	const char *role;                       /* the token's role ("" without one) */
	const char *session;                    /* the console's session cookie (NULL: none) */
	bool by_session;                        /* authenticated by that cookie, not a Bearer token */
	/* query and header lookups (http.c) */
	const char *(*query)(const struct dd_api_request *req, const char *key);
	const char *(*header)(const struct dd_api_request *req, const char *name);
	void *conn;
} dd_api_request;

typedef struct dd_api_response {
	int status;
	char *body;                 /* malloc'ed */
	size_t len;
	const char *content_type;   /* static string */
	const char *www_authenticate;
	/* one more header when extra_name is set (the Harbor adapter's Refresh-After) */
	const char *extra_name;
	char extra_value[64];
	char *set_cookie;           /* malloc'ed Set-Cookie value (NULL: none) */
	/* a streamed body instead of `body` (Server-Sent Events): http.c sends
	 * what stream_read gives until it returns -1, then calls stream_done */
	void *stream;
	ssize_t (*stream_read)(void *stream, char *buf, size_t max);
	void (*stream_done)(void *stream);
} dd_api_response;

typedef void (*dd_api_handler)(const dd_api_request *req, dd_api_response *resp);

typedef struct dd_api_route {
	const char *method;         /* "GET", "POST", ...; NULL ends a table */
	const char *pattern;        /* "/api/v1/rules/{id}/scan" */
	dd_api_role role;
	dd_api_handler handler;
} dd_api_route;

extern const dd_api_route dd_api_health_routes[];
extern const dd_api_route dd_api_registries_routes[];
extern const dd_api_route dd_api_rules_routes[];
extern const dd_api_route dd_api_tasks_routes[];
extern const dd_api_route dd_api_images_routes[];
extern const dd_api_route dd_api_quota_routes[];
extern const dd_api_route dd_api_webhooks_routes[];
extern const dd_api_route dd_api_whitelists_routes[];
extern const dd_api_route dd_api_openapi_routes[];
extern const dd_api_route dd_api_fix_routes[];
extern const dd_api_route dd_api_notifiers_routes[];   /* notifications (issue 15) */
extern const dd_api_route dd_api_harbor_routes[];
extern const dd_api_route dd_api_admission_routes[];
extern const dd_api_route dd_api_image_blocks_routes[];
/* the console's additions (web console, issue 16) */
extern const dd_api_route dd_api_session_routes[];
extern const dd_api_route dd_api_events_routes[];
extern const dd_api_route dd_api_overview_routes[];
extern const dd_api_route dd_api_registry_test_routes[];

/* "critical" ... "unknown" (the highest severity with a finding), "none",
 * or "not_scanned" (no summary object): an image's risk level (api_overview.c) */
const char *dd_srv_risk_level(json_t *summary);
extern const dd_api_route dd_api_chains_routes[];   /* delivery chains (issue 15) */

/* Every table, NULL-terminated (router.c): what the dispatcher and the
 * OpenAPI check walk. */
extern const dd_api_route *const dd_api_route_tables[];

/* Finds the route and checks the role: fills resp with 401/403/404/405
 * itself and returns NULL, else the route with req->params set. */
const dd_api_route *dd_api_route_find(dd_api_request *req, dd_api_response *resp, const char *authorization);
/* Runs a request start to end (auth, route, handler). */
void dd_api_dispatch(dd_api_request *req, dd_api_response *resp, const char *authorization);

/* ---- responses (json_io.c) ---- */

/* {"error": {"code": CODE, "message": ...}} with status */
void dd_api_error(dd_api_response *r, int status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* a store or library error code as a response (404, 409, 422, 500...) */
void dd_api_fail(dd_api_response *r, int rc, const char *what);
/* a JSON body (takes the reference) */
void dd_api_json(dd_api_response *r, int status, json_t *doc);
/* a text body (copied) */
void dd_api_text(dd_api_response *r, int status, const char *content_type, const char *text, size_t len);
/* the body as a JSON object: 400 (malformed, with line and column) or 422
 * (not an object) filled in r and NULL returned */
json_t *dd_api_body_object(const dd_api_request *req, dd_api_response *r);
/* The body of a create (name NULL) or a PUT of the object `name` (its
 * path parameter; a different "name" in the body is 422, "what ... is
 * renamed by DELETE and POST") with only the fields allowed; NULL when r
 * is filled. */
json_t *dd_api_body_named(const dd_api_request *req, dd_api_response *r, const char *const *allowed, const char *name,
	const char *what);
/* 422 naming the first field of obj not in allowed (NULL-terminated) */
bool dd_api_fields_known(json_t *obj, const char *const *allowed, dd_api_response *r);
/* paging: ?after=ID&limit=N (default 100, at most 1000); false: 400 filled */
bool dd_api_page(const dd_api_request *req, dd_api_response *r, int64_t *after, size_t *limit);
/* {"items": items, "next_after": last id or null} (takes items) */
void dd_api_page_reply(dd_api_response *r, json_t *items, size_t limit);
/* registry, repository and tag of a body naming one image, checked (the
 * registry configured); strings point into body; false: 422 filled
 * (api_images.c) */
bool dd_api_image_body(dd_srv *srv, json_t *body, dd_api_response *resp, const char **reg, const char **repo,
	const char **tag);
/* a positive id of the path parameter i; false: 404 filled */
bool dd_api_param_id(const dd_api_request *req, size_t i, dd_api_response *r, int64_t *id);

#endif
