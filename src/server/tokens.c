/*
 * API tokens: 32 random bytes shown once as "ddt_" + hex; the store keeps
 * only their SHA-256, so a copy of the store grants nothing. Creating one
 * is a plain insert into the store, which is why `drydock token create`
 * works while the service runs (SQLite WAL: the service sees the row at
 * its next lookup).
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "server/server.h"

void dd_srv_token_hash(const char *token, char out[65])
{
	unsigned char md[32];
	unsigned len = 0;
	EVP_Digest(token, strlen(token), md, &len, EVP_sha256(), NULL);
	for (unsigned i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

bool dd_srv_role_ok(const char *role)
{
	return role && (!strcmp(role, "admin") || !strcmp(role, "read") || !strcmp(role, "webhook"));
}

/* The store of the config, opened for one token command. */
static int open_store(const char *config_path, dd_srv_config *cfg, dd_store **st)
{
	*st = NULL;
	int rc = dd_srv_config_load(cfg, config_path);
	if (!rc)
		rc = dd_store_open(st, cfg->store, cfg->data_dir);
	return rc;
}

int dd_server_token_create(char **out, const char *config_path, const char *name, const char *role)
{
	dd_srv_config cfg;
	dd_store *st = NULL;
	unsigned char raw[32];
	char hash[65];
	int rc;
	*out = NULL;
	if (!role)
		role = "admin";
	if (!dd_srv_role_ok(role))
		return dd_error_set_str(DD_EINVAL, "--role must be admin, read or webhook");
	if (!name || !*name || strlen(name) > 64)
		return dd_error_set_str(DD_EINVAL, "a token needs a NAME of 1 to 64 characters");
	if ((rc = open_store(config_path, &cfg, &st)) != 0)
		goto cleanup;
	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw)) {
		rc = dd_error_set_str(DD_EIO, "no random bytes from the kernel (getrandom)");
		goto cleanup;
	}
	char *tok = malloc(4 + 64 + 1);
	if (!tok) {
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		goto cleanup;
	}
	memcpy(tok, "ddt_", 4);
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(tok + 4 + 2 * i, 3, "%02x", raw[i]);
	dd_srv_token_hash(tok, hash);
	if ((rc = st->be->token_add(st, name, role, hash)) != 0) {
		free(tok);
		goto cleanup;
	}
	*out = tok;
cleanup:
	dd_store_close(st);
	dd_srv_config_clear(&cfg);
	return rc;
}

int dd_server_token_list(char **json_out, const char *config_path)
{
	dd_srv_config cfg;
	dd_store *st = NULL;
	json_t *rows = NULL;
	*json_out = NULL;
	int rc = open_store(config_path, &cfg, &st);
	if (!rc)
		rc = st->be->token_list(st, dd_srv_now(), &rows);
	if (!rc && !(*json_out = json_dumps(rows, JSON_COMPACT)))
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
	json_decref(rows);
	dd_store_close(st);
	dd_srv_config_clear(&cfg);
	return rc;
}

int dd_server_token_revoke(const char *config_path, const char *name, size_t *sessions)
{
	dd_srv_config cfg;
	dd_store *st = NULL;
	*sessions = 0;
	if (!name || !*name || strlen(name) > 64)
		return dd_error_set_str(DD_EINVAL, "give the NAME of the token to revoke (1 to 64 characters)");
	int rc = open_store(config_path, &cfg, &st);
	if (!rc)
		rc = st->be->token_revoke(st, name, sessions);
	dd_store_close(st);
	dd_srv_config_clear(&cfg);
	return rc;
}
