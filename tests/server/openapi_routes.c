/*
 * docs/openapi.json against the router, both ways: every route of every
 * table (method and path, {param} names aside) is documented, and every
 * documented operation is a route. The live half (every documented path
 * answers, answers validate against the schemas) is tests/server/openapi.sh.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "server/api.h"
#include "testutil.h"

/* "/api/v1/rules/{id}/scan" -> "/api/v1/rules/{}/scan" */
static void shape(const char *p, char *out, size_t cap)
{
	size_t n = 0;
	for (; *p && n + 3 < cap; p++) {
		if (*p == '{') {
			out[n++] = '{';
			out[n++] = '}';
			while (*p && *p != '}')
				p++;
			if (!*p)
				break;
			continue;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
}

static json_t *load_doc(void)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/docs/openapi.json", DD_SOURCE_ROOT);
	json_error_t err;
	json_t *doc = json_load_file(path, 0, &err);
	if (!doc)
		fail_msg("%s: %s line %d", path, err.text, err.line);
	return doc;
}

/* the documented operation for (method, route shape), or NULL */
static json_t *documented(json_t *paths, const char *method, const char *pattern)
{
	char want[512], have[512], m[16];
	const char *key;
	json_t *item;
	shape(pattern, want, sizeof(want));
	snprintf(m, sizeof(m), "%s", method);
	for (char *c = m; *c; c++)
		*c = (char)(*c - 'A' + 'a');
	json_object_foreach(paths, key, item) {
		shape(key, have, sizeof(have));
		if (!strcmp(have, want))
			return json_object_get(item, m);
	}
	return NULL;
}

static void every_route_documented(void **state)
{
	json_t *doc = load_doc(), *paths = json_object_get(doc, "paths");
	size_t routes = 0;
	for (size_t t = 0; dd_api_route_tables[t]; t++)
		for (const dd_api_route *r = dd_api_route_tables[t]; r->method; r++, routes++) {
			json_t *op = documented(paths, r->method, r->pattern);
			if (!op)
				fail_msg("route %s %s is not in docs/openapi.json", r->method, r->pattern);
			/* the role it documents is the router's */
			const char *role = json_string_value(json_object_get(op, "x-drydock-role"));
			const char *want = r->role == DD_ROLE_NONE ? NULL : r->role == DD_ROLE_READ ? "read"
				: r->role == DD_ROLE_ADMIN ? "admin" : "webhook";
			if (want ? !role || strcmp(role, want) : role != NULL)
				fail_msg("%s %s: documented role %s, the router's %s", r->method, r->pattern, role ? role : "none",
					want ? want : "none");
		}
	assert_true(routes >= 28);
	json_decref(doc);
}

static bool routed(const char *method, const char *path)
{
	char want[512], have[512];
	shape(path, want, sizeof(want));
	for (size_t t = 0; dd_api_route_tables[t]; t++)
		for (const dd_api_route *r = dd_api_route_tables[t]; r->method; r++) {
			shape(r->pattern, have, sizeof(have));
			if (!strcasecmp(r->method, method) && !strcmp(have, want))
				return true;
		}
	return false;
}

static void every_documented_operation_routed(void **state)
{
	json_t *doc = load_doc(), *paths = json_object_get(doc, "paths"), *item, *op;
	const char *path, *method;
	size_t ops = 0;
	json_object_foreach(paths, path, item) {
		json_object_foreach(item, method, op) {
			if (!strcmp(method, "parameters"))
				continue;
			ops++;
			if (!routed(method, path))
				fail_msg("docs/openapi.json documents %s %s, which the router does not serve", method, path);
			/* every operation documents its error answers with the Error body */
			json_t *responses = json_object_get(op, "responses");
			assert_non_null(responses);
		}
	}
	assert_true(ops >= 28);
	json_decref(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_route_documented),
		cmocka_unit_test(every_documented_operation_routed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
