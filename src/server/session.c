/*
 * Console sessions (session.h) over the store. The one idea: nothing the
 * store keeps lets anyone present a session. A row is found by the SHA-256
 * of the id, and the CSRF token is the SHA-256 of the id under another
 * label, recomputed at each request: every process that sees the cookie
 * derives the same token, a store copy derives none. A lookup by hash
 * leaks nothing to a timing probe: the attacker cannot steer the hash.
 */
#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include "server/server.h"
#include "server/session.h"

static int random_hex(char out[65])
{
	unsigned char raw[32];
	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return dd_error_set_str(DD_EIO, "no random bytes from the kernel (getrandom) for a session");
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
	return 0;
}

/* an id is 64 lower-case hex digits; anything else is no session */
static bool id_ok(const char *id)
{
	if (!id || strlen(id) != 64)
		return false;
	for (size_t i = 0; i < 64; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
			return false;
	return true;
}

static void csrf_of(const char *id, char csrf[65])
{
	char label[80];
	snprintf(label, sizeof(label), "drydock-csrf:%s", id);
	dd_srv_token_hash(label, csrf);
}

int dd_srv_secret_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	return n == strlen(b) && CRYPTO_memcmp(a, b, n) == 0;
}

int dd_srv_session_create(dd_store *st, const char *token_hash, char id[65], char csrf[65], int64_t *expires)
{
	char hash[65];
	int rc;
	if ((rc = random_hex(id)) != 0)
		return rc;
	int64_t now = dd_srv_now();
	*expires = now + DD_SESSION_TTL;
	dd_srv_token_hash(id, hash);
	if ((rc = st->be->session_put(st, hash, token_hash, now, *expires, DD_SESSION_MAX)) != 0)
		return rc;
	csrf_of(id, csrf);
	return 0;
}

int dd_srv_session_lookup(dd_store *st, const char *id, char *role, size_t cap, char csrf[65])
{
	char hash[65];
	json_t *row = NULL;
	if (!id_ok(id))
		return dd_error_set_str(DD_ENOTFOUND, "not a session id");
	dd_srv_token_hash(id, hash);
	int rc = st->be->session_get(st, hash, dd_srv_now(), &row);
	if (rc)
		return rc;
	snprintf(role, cap, "%s", json_string_value(json_object_get(row, "role")));
	json_decref(row);
	csrf_of(id, csrf);
	return 0;
}

int dd_srv_session_delete(dd_store *st, const char *id)
{
	char hash[65];
	if (!id_ok(id))
		return 0;
	dd_srv_token_hash(id, hash);
	return st->be->session_delete(st, hash);
}
