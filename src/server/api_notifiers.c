/*
 * Notifiers: GET, POST /notifiers; GET, PUT, DELETE /notifiers/{name};
 * POST /notifiers/{name}/test (one test message now, the answer says how
 * it went); GET /notifiers/{name}/deliveries (the outbox rows: what was
 * sent, what waits and why). The secret is write-only: sealed into the
 * store like a registry password, answers say has_secret. A PUT without
 * "secret" keeps the stored one ("secret": null removes it).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "server/api.h"
#include "server/events.h"
#include "server/notify.h"

#define URL_MAX 2048
#define SECRET_MAX 512

static json_t *public_view(json_t *n)
{
	json_t *o = json_deep_copy(n);
	json_object_set_new(o, "has_secret", json_boolean(json_is_string(json_object_get(o, "secret"))));
	json_object_del(o, "secret");
	return o;
}

static bool name_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 1 || n > 64)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' && *s != '.')
			return false;
	return true;
}

static bool invalid(dd_api_response *resp, const char *fmt, const char *arg)
{
	dd_api_error(resp, 422, "invalid", fmt, arg);
	return false;
}

/* Checks a notifier body (API fields); fills a 422 and returns false on the first wrong field. */
static bool notifier_check(json_t *b, dd_api_response *resp)
{
	const char *name = json_string_value(json_object_get(b, "name"));
	const char *type = json_string_value(json_object_get(b, "type"));
	json_t *url = json_object_get(b, "url"), *ca = json_object_get(b, "ca_file"), *ev = json_object_get(b, "events");
	json_t *secret = json_object_get(b, "secret");
	if (!name_ok(name))
		return invalid(resp, "name: required, 1 to 64 letters, digits, '-', '_' or '.'%s", "");
	const dd_notify_backend *be = dd_notify_backend_find(type);
	if (!be)
		return invalid(resp, "type: required: dingtalk, http or https%s", "");
	if (!json_is_string(url) || json_string_length(url) > URL_MAX ||
	    strncmp(json_string_value(url), be->scheme, strlen(be->scheme)) ||
	    json_string_length(url) <= strlen(be->scheme))
		return invalid(resp, "url: required for this type: %s... (at most 2048 bytes)", be->scheme);
	for (const char *p = json_string_value(url); *p; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f)
			return invalid(resp, "url: spaces and control characters are not allowed (percent-encode them)%s", "");
	if (secret && !json_is_null(secret) &&
	    (!json_is_string(secret) || !json_string_length(secret) || json_string_length(secret) > SECRET_MAX))
		return invalid(resp, "secret: a string of 1 to 512 bytes (or null: none)%s", "");
	if (ca && !json_is_null(ca)) {
		if (!json_is_string(ca) || json_string_length(ca) > 1024)
			return invalid(resp, "ca_file: a file path (PEM)%s", "");
		if (access(json_string_value(ca), R_OK) != 0)
			return invalid(resp, "ca_file: %s cannot be read by the service", json_string_value(ca));
	}
	if (!ev || json_is_null(ev)) {
		json_object_set_new(b, "events", json_pack("[ssss]", "scan_completed", "image_blocked", "fix_completed",
			"new_vulnerabilities"));
		return true;
	}
	size_t i;
	json_t *e;
	if (!json_is_array(ev) || !json_array_size(ev) || json_array_size(ev) > 4)
		return invalid(resp, "events: a non-empty list of scan_completed, image_blocked, fix_completed, "
			"new_vulnerabilities%s", "");
	json_array_foreach(ev, i, e) {
		if (!dd_srv_event_known(json_string_value(e)))
			return invalid(resp, "events: '%s' is not an event (scan_completed, image_blocked, fix_completed, "
				"new_vulnerabilities)", json_is_string(e) ? json_string_value(e) : "(not a string)");
		for (size_t j = 0; j < i; j++)
			if (json_equal(json_array_get(ev, j), e))
				return invalid(resp, "events: '%s' is listed twice", json_string_value(e));
	}
	return true;
}

/* The body as a notifier to store (name from the path on PUT, secret
 * sealed, the stored one kept when absent); NULL when resp is filled. */
static json_t *notifier_body(const dd_api_request *req, dd_api_response *resp, const char *name, json_t *old)
{
	static const char *const fields[] = { "name", "type", "url", "secret", "ca_file", "events", NULL };
	json_t *body = dd_api_body_named(req, resp, fields, name, "notifier");
	char *sealed = NULL;
	if (!body)
		return NULL;
	if (!notifier_check(body, resp))
		goto bad;
	json_t *secret = json_object_get(body, "secret");
	if (json_is_string(secret)) {
		if (dd_srv_secret_seal(req->srv, json_string_value(secret), &sealed) != 0) {
			dd_api_error(resp, 422, "invalid", "secret: %s", dd_error_last());
			goto bad;
		}
		json_object_set_new(body, "secret", json_string(sealed));
		free(sealed);
	} else if (!secret && old && json_is_string(json_object_get(old, "secret"))) {
		json_object_set(body, "secret", json_object_get(old, "secret"));
	} else {
		json_object_del(body, "secret");
	}
	return body;
bad:
	json_decref(body);
	return NULL;
}

/* The notifier with its delivery state (from the list that carries it). */
static int find_with_stats(dd_srv *srv, const char *name, json_t **out)
{
	json_t *all = NULL, *n;
	size_t i;
	int rc = srv->store->be->notifier_list(srv->store, true, &all);
	*out = NULL;
	if (rc)
		return rc;
	json_array_foreach(all, i, n)
		if (!strcmp(json_string_value(json_object_get(n, "name")), name))
			*out = public_view(n);
	json_decref(all);
	char m[128];
	snprintf(m, sizeof(m), "notifier '%.64s' not found", name);
	return *out ? 0 : dd_error_set_str(DD_ENOTFOUND, m);
}

static void notifiers_list(const dd_api_request *req, dd_api_response *resp)
{
	json_t *all = NULL, *items = json_array(), *n;
	size_t i;
	int rc = req->srv->store->be->notifier_list(req->srv->store, true, &all);
	if (rc) {
		json_decref(items);
		dd_api_fail(resp, rc, "notifiers");
		return;
	}
	json_array_foreach(all, i, n)
		json_array_append_new(items, public_view(n));
	json_decref(all);
	/* every notifier fits one page: names are unique and few */
	dd_api_json(resp, 200, json_pack("{s:o,s:n}", "items", items, "next_after"));
}

static void notifier_reply(const dd_api_request *req, dd_api_response *resp, const char *name, int status)
{
	json_t *n = NULL;
	int rc = find_with_stats(req->srv, name, &n);
	if (rc)
		dd_api_fail(resp, rc, "notifier");
	else
		dd_api_json(resp, status, n);
}

static void notifier_get(const dd_api_request *req, dd_api_response *resp)
{
	notifier_reply(req, resp, req->params[0], 200);
}

static void notifier_create(const dd_api_request *req, dd_api_response *resp)
{
	json_t *body = notifier_body(req, resp, NULL, NULL);
	if (!body)
		return;
	int rc = req->srv->store->be->notifier_put(req->srv->store, body, true);
	if (rc)
		dd_api_fail(resp, rc, "notifier");
	else
		notifier_reply(req, resp, json_string_value(json_object_get(body, "name")), 201);
	json_decref(body);
}

static void notifier_update(const dd_api_request *req, dd_api_response *resp)
{
	json_t *old = NULL, *body = NULL;
	int rc = req->srv->store->be->notifier_get(req->srv->store, req->params[0], &old);
	if (rc) {
		dd_api_fail(resp, rc, "notifier");
		return;
	}
	if ((body = notifier_body(req, resp, req->params[0], old)) != NULL) {
		if ((rc = req->srv->store->be->notifier_put(req->srv->store, body, false)) != 0)
			dd_api_fail(resp, rc, "notifier");
		else
			notifier_reply(req, resp, req->params[0], 200);
	}
	/* a fixed url or secret: the waiting rows may go now rather than at their backoff */
	if (!rc && body && req->srv->notify)
		dd_srv_notify_kick(req->srv->notify);
	json_decref(body);
	json_decref(old);
}

static void notifier_delete(const dd_api_request *req, dd_api_response *resp)
{
	int rc = req->srv->store->be->notifier_delete(req->srv->store, req->params[0]);
	if (rc)
		dd_api_fail(resp, rc, "notifier");
	else
		dd_api_json(resp, 200, json_pack("{s:b,s:s}", "deleted", 1, "name", req->params[0]));
}

/* A test message, sent now (not through the outbox): the console's "test" button. */
static void notifier_test(const dd_api_request *req, dd_api_response *resp)
{
	json_t *n = NULL, *body = NULL;
	char *text = NULL, id[80], now[32];
	int rc = req->srv->store->be->notifier_get(req->srv->store, req->params[0], &n);
	if (rc) {
		dd_api_fail(resp, rc, "notifier");
		return;
	}
	dd_store_time(0, now);
	snprintf(id, sizeof(id), "test-%s-%ld", now, (long)getpid());
	body = json_pack("{s:s,s:s,s:s,s:{s:s,s:s,s:s,s:s},s:{s:i,s:i,s:i,s:i,s:i},s:b,s:s,s:s}", "id", id, "event", "test",
		"occurred_at", now, "image", "registry", "drydock", "repository", "test/notification", "tag", "test",
		"digest", "sha256:0000000000000000000000000000000000000000000000000000000000000000", "summary",
		"critical", 0, "high", 0, "medium", 0, "low", 0, "unknown", 0, "blocked", 0, "report_url",
		req->srv->cfg.public_url, "message", "a test message from drydock: this notifier works");
	if (!body || !(text = json_dumps(body, JSON_COMPACT | JSON_SORT_KEYS)))
		dd_api_error(resp, 500, "internal", "out of memory");
	else if ((rc = dd_srv_notify_send(req->srv, n, id, text)) != 0)
		dd_api_error(resp, 502, "delivery_failed", "notifier %s: %s", req->params[0], dd_error_last());
	else
		dd_api_json(resp, 200, json_pack("{s:b,s:s}", "delivered", 1, "id", id));
	free(text);
	json_decref(body);
	json_decref(n);
}

static void notifier_deliveries(const dd_api_request *req, dd_api_response *resp)
{
	int64_t after;
	size_t limit;
	json_t *n = NULL, *items = NULL;
	if (!dd_api_page(req, resp, &after, &limit))
		return;
	int rc = req->srv->store->be->notifier_get(req->srv->store, req->params[0], &n);
	if (!rc)
		rc = req->srv->store->be->outbox_list(req->srv->store, req->params[0], after, limit, &items);
	json_decref(n);
	if (rc)
		dd_api_fail(resp, rc, "notifier");
	else
		dd_api_page_reply(resp, items, limit);
}

const dd_api_route dd_api_notifiers_routes[] = {
	{ "GET", "/api/v1/notifiers", DD_ROLE_READ, notifiers_list },
	{ "POST", "/api/v1/notifiers", DD_ROLE_ADMIN, notifier_create },
	{ "GET", "/api/v1/notifiers/{name}", DD_ROLE_READ, notifier_get },
	{ "PUT", "/api/v1/notifiers/{name}", DD_ROLE_ADMIN, notifier_update },
	{ "DELETE", "/api/v1/notifiers/{name}", DD_ROLE_ADMIN, notifier_delete },
	{ "POST", "/api/v1/notifiers/{name}/test", DD_ROLE_ADMIN, notifier_test },
	{ "GET", "/api/v1/notifiers/{name}/deliveries", DD_ROLE_READ, notifier_deliveries },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
