/*
 * Response helpers: every 4xx/5xx carries {"error": {"code", "message"}}
 * (SERVICE.md); request bodies are parsed strictly (unknown fields are an
 * error, not silently dropped: a typo in "tag_regex" must not scan
 * everything); lists are paged by id cursor.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

void dd_api_error(dd_api_response *r, int status, const char *code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	json_t *doc = json_pack("{s:{s:s,s:s}}", "error", "code", code, "message", msg);
	dd_api_json(r, status, doc);
}

/* library and store codes as HTTP answers; the rest is 500 */
static const struct {
	int rc, status;
	const char *code;
} fail_map[] = {
	{ DD_ENOTFOUND, 404, "not_found" },
	{ DD_EINVAL, 409, "conflict" },
	{ DD_EFORMAT, 422, "invalid" },
	{ DD_EUNSUPPORTED, 422, "invalid" },
	{ DD_ELIMIT, 422, "limit" },
	{ DD_EAUTH, 502, "registry_auth_refused" },
	{ DD_ENET, 502, "registry_unreachable" },
};

void dd_api_fail(dd_api_response *r, int rc, const char *what)
{
	const char *msg = dd_error_last();
	int status = 500;
	const char *code = "internal";
	if (!msg || !*msg)
		msg = dd_error_name(rc);
	for (size_t i = 0; i < sizeof(fail_map) / sizeof(*fail_map); i++)
		if (fail_map[i].rc == rc) {
			status = fail_map[i].status;
			code = fail_map[i].code;
		}
	dd_api_error(r, status, code, "%s: %s", what, msg);
}

void dd_api_json(dd_api_response *r, int status, json_t *doc)
{
	free(r->body);
	r->body = doc ? json_dumps(doc, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
	json_decref(doc);
	if (!r->body) {
		static const char oom[] = "{\"error\":{\"code\":\"internal\",\"message\":\"out of memory\"}}";
		r->body = strdup(oom);
		status = 500;
	}
	r->len = r->body ? strlen(r->body) : 0;
	r->status = status;
	r->content_type = "application/json";
}

void dd_api_text(dd_api_response *r, int status, const char *content_type, const char *text, size_t len)
{
	free(r->body);
	r->body = malloc(len + 1);
	if (!r->body) {
		dd_api_error(r, 500, "internal", "out of memory");
		return;
	}
	memcpy(r->body, text, len);
	r->body[len] = '\0';
	r->len = len;
	r->status = status;
	r->content_type = content_type;
}

json_t *dd_api_body_object(const dd_api_request *req, dd_api_response *r)
{
	json_error_t err;
	if (!req->body_len) {
		dd_api_error(r, 400, "bad_request", "the request needs a JSON body");
		return NULL;
	}
	json_t *doc = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &err);
	if (!doc) {
		dd_api_error(r, 400, "malformed_json", "the body is not JSON: line %d column %d: %s", err.line, err.column,
			err.text);
		return NULL;
	}
	if (!json_is_object(doc)) {
		json_decref(doc);
		dd_api_error(r, 422, "invalid", "the body must be a JSON object");
		return NULL;
	}
	return doc;
}

bool dd_api_fields_known(json_t *obj, const char *const *allowed, dd_api_response *r)
{
	const char *key = dd_srv_unknown_key(obj, allowed);
	if (key)
		dd_api_error(r, 422, "unknown_field", "unknown field '%.100s'", key);
	return !key;
}

static bool parse_int(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
	char *end;
	if (!s || !*s)
		return false;
	long long v = strtoll(s, &end, 10);
	if (*end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

bool dd_api_page(const dd_api_request *req, dd_api_response *r, int64_t *after, size_t *limit)
{
	const char *a = req->query(req, "after"), *l = req->query(req, "limit");
	int64_t v;
	*after = 0;
	*limit = 100;
	if (a) {
		if (!parse_int(a, 0, INT64_MAX, &v)) {
			dd_api_error(r, 400, "bad_request", "'after' must be an id (a number from a previous page's next_after)");
			return false;
		}
		*after = v;
	}
	if (l) {
		if (!parse_int(l, 1, 1000, &v)) {
			dd_api_error(r, 400, "bad_request", "'limit' must be a number from 1 to 1000");
			return false;
		}
		*limit = (size_t)v;
	}
	return true;
}

void dd_api_page_reply(dd_api_response *r, json_t *items, size_t limit)
{
	size_t n = json_array_size(items);
	json_t *next = json_null();
	if (n == limit && n > 0)
		next = json_integer(json_integer_value(json_object_get(json_array_get(items, n - 1), "id")));
	dd_api_json(r, 200, json_pack("{s:o,s:o}", "items", items, "next_after", next));
}

bool dd_api_param_id(const dd_api_request *req, size_t i, dd_api_response *r, int64_t *id)
{
	if (i >= req->n_params || !parse_int(req->params[i], 1, INT64_MAX, id)) {
		dd_api_error(r, 404, "not_found", "no such id '%.40s'", i < req->n_params ? req->params[i] : "");
		return false;
	}
	return true;
}

json_t *dd_api_body_named(const dd_api_request *req, dd_api_response *r, const char *const *allowed, const char *name,
	const char *what)
{
	json_t *body = dd_api_body_object(req, r);
	if (!body)
		return NULL;
	if (!dd_api_fields_known(body, allowed, r))
		goto bad;
	if (name) {
		const char *bn = json_string_value(json_object_get(body, "name"));
		if (bn && strcmp(bn, name)) {
			dd_api_error(r, 422, "invalid", "name: a %s is renamed by DELETE and POST, not PUT", what);
			goto bad;
		}
		json_object_set_new(body, "name", json_string(name));
	}
	return body;
bad:
	json_decref(body);
	return NULL;
}
