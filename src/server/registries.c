/*
 * Registries as the service uses them: the config's (read-only) first,
 * then the store's; credentials resolved at the moment of use (a
 * password_env is read then, so rotating it needs no restart); secrets
 * sealed with AES-256-GCM when secret_key_file is configured, so the
 * store file alone does not give a registry password away.
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "server/server.h"

/* "harbor:ID": the registry a Harbor ScanRequest named (api_harbor.c), with
 * the robot account or the registry token (bearer) it sent, sealed in the
 * stored request. Such names never
 * pass the registry name grammar, so they cannot shadow a configured one. */
static int harbor_registry(dd_srv *srv, const char *name, json_t **out)
{
	json_t *hs = NULL;
	int rc = srv->store->be->harbor_scan_get(srv->store, name + 7, &hs);
	if (rc)
		return rc;
	json_t *req = json_object_get(hs, "request");
	*out = json_pack("{s:s,s:O,s:s}", "name", name, "url", json_object_get(req, "url"), "type", "distribution");
	if (*out && json_object_get(req, "username"))
		json_object_set(*out, "username", json_object_get(req, "username"));
	if (*out && json_object_get(req, "secret"))
		json_object_set(*out, "secret", json_object_get(req, "secret"));
	if (*out && json_is_true(json_object_get(req, "bearer")))
		json_object_set_new(*out, "bearer", json_true());
	json_decref(hs);
	return *out ? 0 : dd_error_set_str(DD_ENOMEM, "out of memory");
}

int dd_srv_registry_find(dd_srv *srv, const char *name, json_t **out, bool *from_config)
{
	size_t i;
	json_t *r;
	*out = NULL;
	if (from_config)
		*from_config = false;
	json_array_foreach(srv->cfg.registries, i, r) {
		if (!strcmp(json_string_value(json_object_get(r, "name")), name)) {
			*out = json_deep_copy(r);
			if (from_config)
				*from_config = true;
			return *out ? 0 : dd_error_set_str(DD_ENOMEM, "out of memory");
		}
	}
	if (!strncmp(name, "harbor:", 7))
		return harbor_registry(srv, name, out);
	return srv->store->be->registry_get(srv->store, name, out);
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

int dd_srv_registry_options(dd_srv *srv, json_t *reg, dd_catalog_options *co, char *pw, size_t pwcap)
{
	dd_catalog_options init = DD_CATALOG_OPTIONS_INIT;
	*co = init;
	pw[0] = '\0';
	co->type = str(reg, "type");
	co->url = str(reg, "url");
	co->image.username = str(reg, "username");
	co->image.authfile = str(reg, "authfile");
	co->max_items = srv->cfg.max_task_items;
	co->page_size = srv->cfg.catalog_page_size;
	const char *env = str(reg, "password_env"), *sealed = str(reg, "secret");
	if (env) {
		const char *v = getenv(env);
		if (!v) {
			char m[256];
			snprintf(m, sizeof(m), "registry %s: password_env names %.64s, which is not set in the service's environment",
				str(reg, "name"), env);
			return dd_error_set_str(DD_EAUTH, m);
		}
		snprintf(pw, pwcap, "%s", v);
	} else if (sealed) {
		int rc = dd_srv_secret_open(srv, sealed, pw, pwcap);
		if (rc)
			return rc;
	}
	/* a Harbor request's Bearer token goes as given, never as a password */
	if (pw[0] && json_is_true(json_object_get(reg, "bearer")))
		co->image.registry_token = pw;
	else if (pw[0])
		co->image.password = pw;
	co->api_url = str(reg, "api_url");
	if ((env = str(reg, "api_token_env")) != NULL) {
		/* read at each use, like password_env: a rotated token needs no restart */
		if (!(co->api_token = getenv(env))) {
			char m[256];
			snprintf(m, sizeof(m), "registry %s: api_token_env names %.64s, which is not set in the service's environment",
				str(reg, "name"), env);
			return dd_error_set_str(DD_EAUTH, m);
		}
	}
	return 0;
}

static void hex(const unsigned char *b, size_t n, char *out)
{
	for (size_t i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
}

static int unhex(const char *s, unsigned char *out, size_t cap, size_t *n)
{
	size_t l = strlen(s);
	if (l % 2 || l / 2 > cap)
		return -1;
	for (size_t i = 0; i < l / 2; i++) {
		unsigned v;
		if (!isxdigit((unsigned char)s[2 * i]) || !isxdigit((unsigned char)s[2 * i + 1]) || sscanf(s + 2 * i, "%2x", &v) != 1)
			return -1;
		out[i] = (unsigned char)v;
	}
	*n = l / 2;
	return 0;
}

#define SECRET_MAX 4096

int dd_srv_secret_seal(dd_srv *srv, const char *secret, char **out)
{
	size_t n = strlen(secret);
	*out = NULL;
	if (n > SECRET_MAX)
		return dd_error_set_str(DD_ELIMIT, "password: over 4096 bytes");
	if (!srv->have_secret_key) {
		/* no key configured: kept as given (docs/server.md says so) */
		char *s = malloc(6 + n + 1);
		if (!s)
			return dd_error_set_str(DD_ENOMEM, "out of memory");
		memcpy(s, "plain:", 6);
		memcpy(s + 6, secret, n + 1);
		*out = s;
		return 0;
	}
	unsigned char iv[12], tag[16], ct[SECRET_MAX];
	int len = 0, fl = 0, ok = 0;
	if (getrandom(iv, sizeof(iv), 0) != (ssize_t)sizeof(iv))
		return dd_error_set_str(DD_EIO, "no random bytes from the kernel");
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	if (c && EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, srv->secret_key, iv) &&
	    EVP_EncryptUpdate(c, ct, &len, (const unsigned char *)secret, (int)n) &&
	    EVP_EncryptFinal_ex(c, ct + len, &fl) && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, tag))
		ok = 1;
	EVP_CIPHER_CTX_free(c);
	if (!ok)
		return dd_error_set_str(DD_ERROR, "sealing the password failed (OpenSSL)");
	size_t total = (size_t)(len + fl);
	char *s = malloc(3 + 2 * (12 + 16 + total) + 1);
	if (!s)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	memcpy(s, "v1:", 3);
	hex(iv, 12, s + 3);
	hex(tag, 16, s + 3 + 24);
	hex(ct, total, s + 3 + 24 + 32);
	s[3 + 2 * (12 + 16 + total)] = '\0';
	*out = s;
	return 0;
}

int dd_srv_secret_open(dd_srv *srv, const char *sealed, char *out, size_t cap)
{
	out[0] = '\0';
	if (!strncmp(sealed, "plain:", 6)) {
		snprintf(out, cap, "%s", sealed + 6);
		return 0;
	}
	if (strncmp(sealed, "v1:", 3) || strlen(sealed) < 3 + 56)
		return dd_error_set_str(DD_EFORMAT, "a stored registry password is in no form this drydock reads");
	if (!srv->have_secret_key)
		return dd_error_set_str(DD_EAUTH, "a stored registry password is sealed, and no secret_key_file is configured");
	unsigned char iv[12], tag[16], ct[SECRET_MAX], pt[SECRET_MAX + 1];
	char part[64];
	size_t n;
	snprintf(part, sizeof(part), "%.24s", sealed + 3);
	if (unhex(part, iv, 12, &n) || n != 12)
		return dd_error_set_str(DD_EFORMAT, "a stored registry password is damaged");
	snprintf(part, sizeof(part), "%.32s", sealed + 27);
	if (unhex(part, tag, 16, &n) || n != 16 || unhex(sealed + 59, ct, sizeof(ct), &n))
		return dd_error_set_str(DD_EFORMAT, "a stored registry password is damaged");
	int len = 0, fl = 0, ok = 0;
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	if (c && EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), NULL, srv->secret_key, iv) &&
	    EVP_DecryptUpdate(c, pt, &len, ct, (int)n) && EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, 16, tag) &&
	    EVP_DecryptFinal_ex(c, pt + len, &fl) > 0)
		ok = 1;
	EVP_CIPHER_CTX_free(c);
	if (!ok)
		return dd_error_set_str(DD_EAUTH, "a stored registry password does not open with secret_key_file's key (another key?)");
	pt[len + fl] = '\0';
	snprintf(out, cap, "%s", (char *)pt);
	return 0;
}

/* distribution's grammar: path-component ("/" path-component)*, component
 * [a-z0-9]+ with single separators . _ __ - inside */
bool dd_srv_repository_ok(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 255)
		return false;
	bool start = true;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			start = false;
			continue;
		}
		if (start || i + 1 == n)
			return false;
		if (c == '/') {
			start = true;
			continue;
		}
		if (c != '.' && c != '_' && c != '-')
			return false;
		char nx = s[i + 1];
		if (!((nx >= 'a' && nx <= 'z') || (nx >= '0' && nx <= '9') || (c == '_' && nx == '_') || (c == '-' && nx == '-')))
			return false;
	}
	return true;
}

/* [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} */
bool dd_srv_tag_ok(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 128)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!isalnum((unsigned char)c) && c != '_' && (i == 0 || (c != '.' && c != '-')))
			return false;
	}
	return true;
}
