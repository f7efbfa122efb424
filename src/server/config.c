/*
 * The service config: YAML read into a JSON tree (libyaml events; plain
 * scalars true/false/null and integers typed, quoted ones strings), then
 * every key checked against what this drydock knows, so that a typo is a
 * start-up error naming the key and not a silently ignored setting.
 */
#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "server/server.h"

#define CONFIG_MAX (1u << 20)
#define YAML_DEPTH_MAX 32

static json_t *scalar(const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	if (ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
		if (!strcmp(v, "true") || !strcmp(v, "yes"))
			return json_true();
		if (!strcmp(v, "false") || !strcmp(v, "no"))
			return json_false();
		if (!strcmp(v, "null") || !strcmp(v, "~") || !n)
			return json_null();
		char *end;
		errno = 0;
		long long x = strtoll(v, &end, 10);
		if (!errno && !*end && (isdigit((unsigned char)v[0]) || (v[0] == '-' && isdigit((unsigned char)v[1]))))
			return json_integer(x);
	}
	return json_stringn(v, n);
}

/* adds v under the container (object: pending key) */
static int add(json_t *parent, json_t **key, json_t *v)
{
	if (json_is_array(parent))
		return json_array_append_new(parent, v);
	if (!*key) {
		/* v is the key */
		if (!json_is_string(v)) {
			json_t *s = json_is_integer(v) ? json_sprintf("%lld", (long long)json_integer_value(v)) :
				json_is_boolean(v) ? json_string(json_is_true(v) ? "true" : "false") : NULL;
			json_decref(v);
			if (!s)
				return -1;
			v = s;
		}
		*key = v;
		return 0;
	}
	int rc = json_object_set_new(parent, json_string_value(*key), v);
	json_decref(*key);
	*key = NULL;
	return rc;
}

int dd_srv_yaml_to_json(json_t **out, const char *text, size_t len, char *err, size_t errlen)
{
	yaml_parser_t p;
	yaml_event_t ev;
	json_t *stack[YAML_DEPTH_MAX + 1], *keys[YAML_DEPTH_MAX + 1], *root = NULL;
	int depth = 0, rc = 0;
	bool done = false;
	*out = NULL;
	if (!yaml_parser_initialize(&p)) {
		snprintf(err, errlen, "out of memory");
		return DD_ENOMEM;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev)) {
			snprintf(err, errlen, "line %zu: %s", p.problem_mark.line + 1, p.problem ? p.problem : "YAML error");
			rc = DD_EFORMAT;
			break;
		}
		json_t *v = NULL;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			done = ev.type == YAML_STREAM_END_EVENT || root;
			break;
		case YAML_ALIAS_EVENT:
			snprintf(err, errlen, "line %zu: aliases are not allowed in the config", ev.start_mark.line + 1);
			rc = DD_EFORMAT;
			break;
		case YAML_SCALAR_EVENT:
			v = scalar(&ev);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (depth >= YAML_DEPTH_MAX) {
				snprintf(err, errlen, "line %zu: nested deeper than %d", ev.start_mark.line + 1, YAML_DEPTH_MAX);
				rc = DD_ELIMIT;
				break;
			}
			v = ev.type == YAML_SEQUENCE_START_EVENT ? json_array() : json_object();
			if (depth > 0 && add(stack[depth - 1], &keys[depth - 1], json_incref(v))) {
				json_decref(v);
				snprintf(err, errlen, "line %zu: a mapping or list is not a key", ev.start_mark.line + 1);
				rc = DD_EFORMAT;
				break;
			}
			if (!depth)
				root = json_incref(v);
			stack[depth] = v;
			keys[depth] = NULL;
			depth++;
			v = NULL;
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			depth--;
			json_decref(keys[depth]);
			json_decref(stack[depth]);
			break;
		default:
			break;
		}
		if (v) {
			if (!depth) {
				json_decref(root);
				root = v;
			} else if (add(stack[depth - 1], &keys[depth - 1], v)) {
				snprintf(err, errlen, "line %zu: cannot add a value", ev.start_mark.line + 1);
				rc = DD_EFORMAT;
			}
		}
		yaml_event_delete(&ev);
		if (rc)
			break;
	}
	while (depth > 0) {
		depth--;
		json_decref(keys[depth]);
		json_decref(stack[depth]);
	}
	yaml_parser_delete(&p);
	if (rc) {
		json_decref(root);
		return rc;
	}
	*out = root ? root : json_object();
	return 0;
}

int64_t dd_srv_duration_parse(const char *s)
{
	char *end;
	if (!s || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || v < 0 || v > 100LL * 365 * 86400)
		return -1;
	int64_t mul = 1;
	if (!*end)
		mul = 1;
	else if (!strcmp(end, "s"))
		mul = 1;
	else if (!strcmp(end, "m"))
		mul = 60;
	else if (!strcmp(end, "h"))
		mul = 3600;
	else if (!strcmp(end, "d"))
		mul = 86400;
	else if (!strcmp(end, "w"))
		mul = 7 * 86400;
	else
		return -1;
	return v * mul;
}

static int bad(const char *path, const char *key, const char *why)
{
	char m[1024];
	if (path)
		snprintf(m, sizeof(m), "config %.400s: %s: %s", path, key, why);
	else
		snprintf(m, sizeof(m), "%s: %s", key, why);
	return dd_error_set_str(DD_EINVAL, m);
}

static int get_string(json_t *doc, const char *path, const char *key, char *out, size_t cap)
{
	json_t *v = json_object_get(doc, key);
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_string(v))
		return bad(path, key, "must be a string");
	if (json_string_length(v) >= cap)
		return bad(path, key, "too long");
	snprintf(out, cap, "%s", json_string_value(v));
	return 0;
}

static int get_int(json_t *doc, const char *path, const char *key, int64_t lo, int64_t hi, int64_t *out)
{
	json_t *v = json_object_get(doc, key);
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi) {
		char why[128];
		snprintf(why, sizeof(why), "must be a whole number from %lld to %lld", (long long)lo, (long long)hi);
		return bad(path, key, why);
	}
	*out = json_integer_value(v);
	return 0;
}

static int get_duration(json_t *doc, const char *path, const char *key, int64_t *out)
{
	json_t *v = json_object_get(doc, key);
	if (!v || json_is_null(v))
		return 0;
	char tmp[64];
	if (json_is_integer(v))
		snprintf(tmp, sizeof(tmp), "%lld", (long long)json_integer_value(v));
	else if (json_is_string(v))
		snprintf(tmp, sizeof(tmp), "%s", json_string_value(v));
	else
		tmp[0] = '\0';
	int64_t d = dd_srv_duration_parse(tmp);
	if (d < 0)
		return bad(path, key, "must be a duration such as 30s, 15m, 4h, 2d or 1w");
	*out = d;
	return 0;
}

static const char *const top_keys[] = {
	"listen", "data_dir", "store", "advisory_db", "workers", "max_task_duration", "quota", "registries",
	"tls_cert", "tls_key", "shutdown_grace", "fix_sources", "item_timeout", "max_connections",
	"connection_timeout", "max_body", "max_task_items", "catalog_page_size", "secret_key_file", "scanners",
	"advisory_db_poll", "notify_backoff", "public_url", "test_clock_file", /* a test hook (clock.c) */
	"admission", NULL
};

/* admission: {unscanned: allow | deny | scan, failure: open | closed}
 * (api_admission.c reads it from cfg->doc) */
static int admission_check(json_t *doc, const char *path)
{
	static const char *const keys[] = { "unscanned", "failure", NULL };
	json_t *a = json_object_get(doc, "admission");
	const char *k;
	if (!a)
		return 0;
	if (!json_is_object(a))
		return bad(path, "admission", "must be a mapping (unscanned, failure)");
	if ((k = dd_srv_unknown_key(a, keys)) != NULL)
		return bad(path, "admission", "unknown key (unscanned, failure)");
	const char *u = json_string_value(json_object_get(a, "unscanned"));
	const char *f = json_string_value(json_object_get(a, "failure"));
	if (json_object_get(a, "unscanned") && (!u || (strcmp(u, "allow") && strcmp(u, "deny") && strcmp(u, "scan"))))
		return bad(path, "admission.unscanned", "must be allow, deny or scan");
	if (json_object_get(a, "failure") && (!f || (strcmp(f, "open") && strcmp(f, "closed"))))
		return bad(path, "admission.failure", "must be open or closed");
	return 0;
}

static const char *const registry_keys[] = {
	"name", "url", "type", "username", "password_env", "authfile", "plain_http", "speed_limit", "api_url",
	"api_token_env", NULL
};

const char *dd_srv_unknown_key(json_t *obj, const char *const *allowed)
{
	const char *k;
	json_t *v;
	json_object_foreach(obj, k, v) {
		size_t i = 0;
		while (allowed[i] && strcmp(allowed[i], k))
			i++;
		if (!allowed[i])
			return k;
	}
	return NULL;
}

static bool name_ok(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 64)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("._-", s[i]))
			return false;
	return true;
}

int dd_srv_registry_check(json_t *r, const char *path, const char *pfx)
{
	char key[96];
	const char *k;
	json_t *v;
	if (!json_is_object(r)) {
		snprintf(key, sizeof(key), "%s(entry)", pfx);
		return bad(path, key, "must be a mapping (name, url, type...)");
	}
	if ((k = dd_srv_unknown_key(r, registry_keys)) != NULL) {
		snprintf(key, sizeof(key), "%s%.40s", pfx, k);
		return bad(path, key, "unknown key (name, url, type, username, password_env, authfile, plain_http, speed_limit, api_url, "
			"api_token_env)");
	}
	const char *name = json_string_value(json_object_get(r, "name"));
	const char *url = json_string_value(json_object_get(r, "url"));
	const char *type = json_string_value(json_object_get(r, "type"));
	snprintf(key, sizeof(key), "%sname", pfx);
	if (!name || !name_ok(name))
		return bad(path, key, "required: 1 to 64 of A-Z a-z 0-9 . _ -");
	snprintf(key, sizeof(key), "%surl", pfx);
	if (!url || (strncmp(url, "http://", 7) && strncmp(url, "https://", 8)) || strlen(url) > 512)
		return bad(path, key, "required: http://HOST[:PORT] or https://HOST[:PORT]");
	snprintf(key, sizeof(key), "%stype", pfx);
	if (json_object_get(r, "type") && (!type || !dd_catalog_type_known(type)))
		return bad(path, key, "must be a registry type drydock lists (distribution, harbor, acr, quay, gitlab)");
	static const char *const strs[] = { "username", "password_env", "authfile", "api_token_env", NULL };
	for (size_t j = 0; strs[j]; j++) {
		v = json_object_get(r, strs[j]);
		snprintf(key, sizeof(key), "%s%s", pfx, strs[j]);
		if (v && (!json_is_string(v) || json_string_length(v) > 1024))
			return bad(path, key, "must be a string");
	}
	const char *api_url = json_string_value(json_object_get(r, "api_url"));
	snprintf(key, sizeof(key), "%sapi_url", pfx);
	if (json_object_get(r, "api_url") &&
	    (!api_url || (strncmp(api_url, "http://", 7) && strncmp(api_url, "https://", 8)) || strlen(api_url) > 512))
		return bad(path, key, "must be http://HOST[:PORT][/PATH] or https://HOST[:PORT][/PATH] (the product API's root)");
	v = json_object_get(r, "plain_http");
	snprintf(key, sizeof(key), "%splain_http", pfx);
	if (v && !json_is_boolean(v))
		return bad(path, key, "must be true or false");
	v = json_object_get(r, "speed_limit");
	snprintf(key, sizeof(key), "%sspeed_limit", pfx);
	if (v && (!json_is_integer(v) || json_integer_value(v) < 0))
		return bad(path, key, "must be a whole number of images per hour (0: unlimited)");
	if (!type)
		json_object_set_new(r, "type", json_string("distribution"));
	if (!v)   /* Harbor's own default (its Scan Settings): 10 images an hour */
		json_object_set_new(r, "speed_limit", json_integer(dd_srv_speed_limit(r)));
	return 0;
}

/* notify_backoff {initial, max} and public_url (notifications, issue 15) */
static int notify_keys(dd_srv_config *cfg, json_t *doc, const char *path)
{
	static const char *const backoff_keys[] = { "initial", "max", NULL };
	int64_t initial = 2, max = 24 * 3600;
	int rc;
	json_t *v = json_object_get(doc, "notify_backoff");
	if (v && !json_is_null(v)) {
		const char *k = json_is_object(v) ? dd_srv_unknown_key(v, backoff_keys) : NULL;
		if (!json_is_object(v) || k)
			return bad(path, "notify_backoff", "must be a mapping {initial: 2s, max: 24h}");
		if ((rc = get_duration(v, path, "initial", &initial)) || (rc = get_duration(v, path, "max", &max)))
			return rc;
		if (initial < 1 || max < initial)
			return bad(path, "notify_backoff", "initial must be at least 1s and max at least initial");
	}
	cfg->notify_backoff_initial_ms = initial * 1000;
	cfg->notify_backoff_max_ms = max * 1000;
	if ((rc = get_string(doc, path, "public_url", cfg->public_url, sizeof(cfg->public_url))))
		return rc;
	if (cfg->public_url[0] && strncmp(cfg->public_url, "http://", 7) && strncmp(cfg->public_url, "https://", 8))
		return bad(path, "public_url", "must be http://HOST[:PORT][/PATH] or https://...");
	if (!cfg->public_url[0])
		snprintf(cfg->public_url, sizeof(cfg->public_url), "%s://%.400s", cfg->tls_cert[0] ? "https" : "http",
			cfg->listen);
	size_t n = strlen(cfg->public_url);
	while (n && cfg->public_url[n - 1] == '/')
		cfg->public_url[--n] = '\0';
	return 0;
}

int dd_srv_config_load(dd_srv_config *cfg, const char *path)
{
	char err[256];
	char *text = NULL;
	size_t len = 0;
	int rc = 0;
	memset(cfg, 0, sizeof(*cfg));
	snprintf(cfg->listen, sizeof(cfg->listen), "127.0.0.1:8740");
	snprintf(cfg->store, sizeof(cfg->store), "sqlite");
	cfg->workers = 2;
	cfg->max_task_duration = 4 * 3600;
	cfg->item_timeout = 1800;
	cfg->quota = 10000;
	cfg->shutdown_grace = 30;
	cfg->max_connections = 1024;
	cfg->connection_timeout = 30;
	cfg->max_body = 1 << 20;
	cfg->max_task_items = 10000;
	cfg->scanners = 0;

	FILE *fp = fopen(path, "rb");
	if (!fp) {
		snprintf(err, sizeof(err), "config %.200s: cannot open: %s", path, strerror(errno));
		return dd_error_set_str(DD_EINVAL, err);
	}
	text = malloc(CONFIG_MAX + 1);
	if (text)
		len = fread(text, 1, CONFIG_MAX + 1, fp);
	fclose(fp);
	if (!text)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	if (len > CONFIG_MAX) {
		free(text);
		return bad(path, "(file)", "over 1 MiB");
	}
	json_t *doc = NULL;
	if ((rc = dd_srv_yaml_to_json(&doc, text, len, err, sizeof(err))) != 0) {
		free(text);
		return bad(path, "(YAML)", err);
	}
	free(text);
	cfg->doc = doc;
	if (!json_is_object(doc))
		return bad(path, "(file)", "must be a mapping of keys (listen, data_dir, ...)");
	const char *k = dd_srv_unknown_key(doc, top_keys);
	json_t *v;
	if (k)
		return bad(path, k, "unknown key (see docs/server.md for the keys)");
	int64_t x;
	if ((rc = get_string(doc, path, "listen", cfg->listen, sizeof(cfg->listen))) ||
	    (rc = get_string(doc, path, "data_dir", cfg->data_dir, sizeof(cfg->data_dir))) ||
	    (rc = get_string(doc, path, "store", cfg->store, sizeof(cfg->store))) ||
	    (rc = get_string(doc, path, "advisory_db", cfg->advisory_db, sizeof(cfg->advisory_db))) ||
	    (rc = get_string(doc, path, "tls_cert", cfg->tls_cert, sizeof(cfg->tls_cert))) ||
	    (rc = get_string(doc, path, "tls_key", cfg->tls_key, sizeof(cfg->tls_key))) ||
	    (rc = get_string(doc, path, "secret_key_file", cfg->secret_key_file, sizeof(cfg->secret_key_file))) ||
	    (rc = get_duration(doc, path, "max_task_duration", &cfg->max_task_duration)) ||
	    (rc = get_duration(doc, path, "item_timeout", &cfg->item_timeout)) ||
	    (rc = get_duration(doc, path, "shutdown_grace", &cfg->shutdown_grace)) ||
	    (rc = get_int(doc, path, "quota", 0, INT64_MAX, &cfg->quota)) ||
	    (rc = admission_check(doc, path)))
		return rc;
	x = cfg->workers;
	if ((rc = get_int(doc, path, "workers", 1, 64, &x)))
		return rc;
	cfg->workers = (int)x;
	x = cfg->max_connections;
	if ((rc = get_int(doc, path, "max_connections", 1, 65536, &x)))
		return rc;
	cfg->max_connections = (int)x;
	int64_t ct = cfg->connection_timeout;
	if ((rc = get_duration(doc, path, "connection_timeout", &ct)))
		return rc;
	if (ct < 1 || ct > 3600)
		return bad(path, "connection_timeout", "must be from 1s to 1h");
	cfg->connection_timeout = (int)ct;
	x = (int64_t)cfg->max_body;
	if ((rc = get_int(doc, path, "max_body", 1024, 64 << 20, &x)))
		return rc;
	cfg->max_body = (size_t)x;
	x = (int64_t)cfg->max_task_items;
	if ((rc = get_int(doc, path, "max_task_items", 1, 1000000, &x)))
		return rc;
	cfg->max_task_items = (size_t)x;
	x = 100;
	if ((rc = get_int(doc, path, "catalog_page_size", 1, 10000, &x)))
		return rc;
	cfg->catalog_page_size = (size_t)x;
	if (cfg->item_timeout < 1)
		return bad(path, "item_timeout", "must be at least 1s");
	v = json_object_get(doc, "scanners");
	if (v && (!json_is_string(v) || dd_scanners_parse(json_string_value(v), &cfg->scanners) < 0))
		return bad(path, "scanners", "must be a list such as \"vuln,secret\" (vuln, secret, baseline, malware, history)");
	if (!cfg->data_dir[0])
		return bad(path, "data_dir", "required: the folder for the store, the layer cache and task logs");
	if (!!cfg->tls_cert[0] != !!cfg->tls_key[0])
		return bad(path, cfg->tls_cert[0] ? "tls_key" : "tls_cert", "tls_cert and tls_key go together");
	v = json_object_get(doc, "fix_sources");
	if (v && !json_is_object(v))
		return bad(path, "fix_sources", "must be a mapping (apt: FILE, apk: FILE)");
	snprintf(cfg->cache_dir, sizeof(cfg->cache_dir), "%.2000s/cache", cfg->data_dir);
	if ((rc = notify_keys(cfg, doc, path)) != 0)
		return rc;
	v = json_object_get(doc, "registries");
	if (v && !json_is_null(v) && !json_is_array(v))
		return bad(path, "registries", "must be a list of registries");
	cfg->registries = json_is_array(v) ? json_incref(v) : json_array();
	size_t i;
	json_array_foreach(cfg->registries, i, v) {
		char pfx[48];
		snprintf(pfx, sizeof(pfx), "registries[%zu].", i);
		if ((rc = dd_srv_registry_check(v, path, pfx)) != 0)
			return rc;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(json_string_value(json_object_get(json_array_get(cfg->registries, j), "name")),
				    json_string_value(json_object_get(v, "name")))) {
				char key[64];
				snprintf(key, sizeof(key), "%sname", pfx);
				return bad(path, key, "the same name twice");
			}
	}
	return 0;
}

void dd_srv_config_clear(dd_srv_config *cfg)
{
	json_decref(cfg->registries);
	json_decref(cfg->doc);
	memset(cfg, 0, sizeof(*cfg));
}
