/*
 * Registry credentials: --username/--password first, else the Docker
 * config.json that docker login, podman and skopeo write. The file's keys
 * come in many spellings for the same registry ("host", "https://host/v1/",
 * "http://host:port", Docker Hub's index.docker.io URL), so keys and the
 * wanted host are both normalized to a bare host before comparing; an exact
 * key wins over a normalized one. A credential helper the file names for
 * the registry (credHelpers, else credsStore) is asked first, as docker
 * does (registry_credhelper.c); when it has nothing for the registry, the
 * auths entry still applies.
 */
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/registry.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

#define CONFIG_MAX (4u << 20)
#define FIELD_MAX 16384

void dd_credentials_clear(dd_credentials *c)
{
	free(c->username);
	dd_str_free_secret(c->password);
	dd_str_free_secret(c->identity_token);
	dd_str_free_secret(c->registry_token);
	free(c->origin);
	memset(c, 0, sizeof(*c));
}

const char *dd_credentials_advice(const dd_credentials *c)
{
	return c->origin ? c->origin : "check --username/--password or --authfile";
}

/* Records where credentials came from; they are kept when this fails (the
 * advice then is the generic one). */
static void set_origin(dd_credentials *c, char *origin)
{
	free(c->origin);
	c->origin = origin;
}

/* "https://index.docker.io/v1/" -> "docker.io"; "host:5000/x" -> "host:5000" */
static void key_host(const char *key, char *out, size_t outlen)
{
	const char *p = key;
	if (!strncmp(p, "https://", 8))
		p += 8;
	else if (!strncmp(p, "http://", 7))
		p += 7;
	size_t n = strcspn(p, "/");
	dd_registry_host_normalize(p, n, out, outlen);
}

static int decode_auth(dd_credentials *out, const char *b64)
{
	size_t n = strlen(b64);
	if (n > FIELD_MAX)
		return dd_error_set(DD_EFORMAT, "\"auth\" value is longer than %d bytes", FIELD_MAX);
	while (n && (b64[n - 1] == '\n' || b64[n - 1] == '\r'))
		n--;
	if (n % 4)
		return dd_error_set(DD_EFORMAT, "\"auth\" is not base64 (length %zu)", n);
	unsigned char *dec = malloc(n / 4 * 3 + 1);
	if (!dec)
		return dd_error_oom();
	int dl = n ? EVP_DecodeBlock(dec, (const unsigned char *)b64, (int)n) : 0;
	if (dl < 0) {
		free(dec);
		return dd_error_set(DD_EFORMAT, "\"auth\" is not base64");
	}
	/* EVP_DecodeBlock counts padding as zero bytes */
	if (n >= 1 && b64[n - 1] == '=')
		dl--;
	if (n >= 2 && b64[n - 2] == '=')
		dl--;
	dec[dl] = '\0';
	int rc = 0;
	char *colon = memchr(dec, ':', (size_t)dl);
	if (!colon || memchr(dec, '\0', (size_t)dl)) {
		rc = dd_error_set(DD_EFORMAT, "\"auth\" does not decode to USER:PASSWORD");
	} else {
		out->username = strndup((char *)dec, (size_t)(colon - (char *)dec));
		out->password = strdup(colon + 1);
		if (!out->username || !out->password)
			rc = dd_error_oom();
	}
	memset(dec, 0, (size_t)dl);
	free(dec);
	return rc;
}

static const char *field(json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	return s && *s && strlen(s) <= FIELD_MAX ? s : NULL;
}

static int from_entry(dd_credentials *out, json_t *e)
{
	const char *auth = field(e, "auth"), *user = field(e, "username"), *pass = field(e, "password");
	const char *idt = field(e, "identitytoken");
	int rc = 0;
	if (auth)
		rc = decode_auth(out, auth);
	else if (user && pass) {
		out->username = strdup(user);
		out->password = strdup(pass);
		if (!out->username || !out->password)
			rc = dd_error_oom();
	}
	if (!rc && idt && !(out->identity_token = strdup(idt)))
		rc = dd_error_oom();
	if (!rc && !out->username && !out->identity_token)
		return DD_ENOTFOUND;
	if (rc)
		dd_credentials_clear(out);
	return rc;
}

int dd_credentials_from_config(dd_credentials *out, const char *json, size_t len, const char *host)
{
	json_error_t jerr;
	memset(out, 0, sizeof(*out));
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	int rc = DD_ENOTFOUND;
	if (!json_is_object(root)) {
		json_decref(root);
		return dd_error_set(DD_EFORMAT, "not a JSON object (%s)", jerr.text);
	}
	json_t *auths = json_object_get(root, "auths");
	if (auths && !json_is_object(auths)) {
		json_decref(root);
		return dd_error_set(DD_EFORMAT, "\"auths\" is not an object");
	}
	char want[300];
	dd_registry_host_normalize(host, strlen(host), want, sizeof(want));
	json_t *exact = json_object_get(auths, host), *match = NULL, *v;
	const char *k;
	if (json_is_object(exact))
		match = exact;
	else
		json_object_foreach(auths, k, v) {
			char kh[300];
			key_host(k, kh, sizeof(kh));
			if (json_is_object(v) && !strcmp(kh, want)) {
				match = v;
				break;
			}
		}
	if (match) {
		rc = from_entry(out, match);
		if (rc && rc != DD_ENOTFOUND)
			dd_error_prefix(rc, "entry for %s", host);
	}
	json_decref(root);
	return rc;
}

int dd_credentials_helper_for(const char *json, size_t len, const char *host, char *out, size_t cap)
{
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, NULL);
	const char *name = NULL, *k;
	json_t *v, *helpers = json_object_get(root, "credHelpers");
	char want[300];
	dd_registry_host_normalize(host, strlen(host), want, sizeof(want));
	/* an exact key first, then any spelling of the same host */
	if (json_is_string(json_object_get(helpers, host)))
		name = json_string_value(json_object_get(helpers, host));
	else
		json_object_foreach(helpers, k, v) {
			char kh[300];
			key_host(k, kh, sizeof(kh));
			if (json_is_string(v) && !strcmp(kh, want)) {
				name = json_string_value(v);
				break;
			}
		}
	if (!name || !*name)
		name = json_string_value(json_object_get(root, "credsStore"));
	int found = 0;
	if (name && *name && strlen(name) < cap) {
		memcpy(out, name, strlen(name) + 1);
		found = 1;
	} else if (name && *name) {
		found = dd_error_set(DD_EINVAL, "credential helper name is longer than %zu bytes", cap - 1);
	}
	json_decref(root);
	return found;
}

/* What docker hands a helper: Docker Hub's legacy index URL, else the host. */
static const char *helper_server(const char *host)
{
	char h[300];
	dd_registry_host_normalize(host, strlen(host), h, sizeof(h));
	return !strcmp(h, "docker.io") ? "https://index.docker.io/v1/" : host;
}

static int load_file(dd_credentials *out, const char *path, bool must_exist, const char *host, int helper_timeout)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		if (must_exist)
			return dd_error_set(DD_EINVAL, "--authfile %s: no such file", path);
		return 0;
	}
	dd_reader *r = NULL;
	char *data = NULL;
	size_t len = 0;
	int rc = dd_reader_from_file(&r, path, 0, UINT64_MAX);
	if (!rc)
		rc = dd_reader_read_all(r, CONFIG_MAX, &data, &len);
	dd_reader_close(r);
	if (rc)
		return dd_error_prefix(rc, "auth file %s", path);
	char helper[80];
	int h = dd_credentials_helper_for(data, len, host, helper, sizeof(helper));
	if (h == 1) {
		rc = dd_credhelper_get(helper, helper_server(host), helper_timeout, out);
		if (!rc)
			set_origin(out, dd_asprintf("check what docker-credential-%s returns for %s (named in %s), "
				"or give --username/--password", helper, helper_server(host), path));
		if (rc != DD_ENOTFOUND) {
			if (len)
				memset(data, 0, len);
			free(data);
			return rc ? dd_error_prefix(rc, "auth file %s", path) : 0;
		}
	} else if (h < 0) {
		rc = h;
		goto out;
	}
	rc = dd_credentials_from_config(out, data, len, host);
	if (!rc)
		set_origin(out, dd_asprintf("check the auths entry for %s in %s, or give --username/--password", host, path));
out:
	if (len)
		memset(data, 0, len);
	free(data);
	if (rc == DD_ENOTFOUND)
		return 0;
	if (rc)
		return dd_error_prefix(DD_EINVAL, "auth file %s", path);
	return 0;
}

int dd_credentials_load(dd_credentials *out, const dd_image_options *opts, const char *host)
{
	memset(out, 0, sizeof(*out));
	if (opts->registry_token && *opts->registry_token) {
		out->registry_token = strdup(opts->registry_token);
		out->origin = strdup("the registry token given was refused (expired, or not for this repository)");
		if (!out->registry_token || !out->origin) {
			dd_credentials_clear(out);
			return dd_error_oom();
		}
		return 0;
	}
	if (opts->username && *opts->username) {
		if (!opts->password)
			return dd_error_set(DD_EINVAL, "--username %s given without --password (or DRYDOCK_PASSWORD)", opts->username);
		out->username = strdup(opts->username);
		out->password = strdup(opts->password);
		out->origin = strdup("check --username/--password (or DRYDOCK_USERNAME/DRYDOCK_PASSWORD)");
		if (!out->username || !out->password || !out->origin) {
			dd_credentials_clear(out);
			return dd_error_oom();
		}
		return 0;
	}
	if (opts->authfile)
		return load_file(out, opts->authfile, true, host, opts->credential_helper_timeout);
	char *path;
	int rc = dd_docker_config_default_path(&path);
	if (rc || !path)
		return rc;
	rc = load_file(out, path, false, host, opts->credential_helper_timeout);
	free(path);
	return rc;
}
