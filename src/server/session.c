/*
 * Console sessions in memory (session.h). Only the SHA-256 of a session id
 * is kept, and lookups compare hashes in constant time, so neither a core
 * dump nor a timing probe hands out a live cookie. The table is bounded
 * (DD_SESSION_MAX): a login beyond it evicts the session that expires first.
 */
#include <openssl/crypto.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "server/server.h"
#include "server/session.h"

typedef struct session {
	char hash[65];      /* SHA-256 hex of the id; "" for a free slot */
	char csrf[65];
	char role[16];
	int64_t expires;
} session;

static session table[DD_SESSION_MAX];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int random_hex(char out[65])
{
	unsigned char raw[32];
	if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
		return dd_error_set_str(DD_EIO, "no random bytes from the kernel (getrandom) for a session");
	for (size_t i = 0; i < sizeof(raw); i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
	return 0;
}

int dd_srv_secret_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	return n == strlen(b) && CRYPTO_memcmp(a, b, n) == 0;
}

int dd_srv_session_create(const char *role, char id[65], char csrf[65], int64_t *expires)
{
	int rc;
	if ((rc = random_hex(id)) != 0 || (rc = random_hex(csrf)) != 0)
		return rc;
	int64_t now = (int64_t)time(NULL);
	*expires = now + DD_SESSION_TTL;
	pthread_mutex_lock(&lock);
	size_t pick = 0;
	for (size_t i = 0; i < DD_SESSION_MAX; i++) {
		if (!table[i].hash[0] || table[i].expires <= now) {
			pick = i;
			break;
		}
		if (table[i].expires < table[pick].expires)
			pick = i;
	}
	dd_srv_token_hash(id, table[pick].hash);
	memcpy(table[pick].csrf, csrf, 65);
	snprintf(table[pick].role, sizeof(table[pick].role), "%s", role);
	table[pick].expires = *expires;
	pthread_mutex_unlock(&lock);
	return 0;
}

int dd_srv_session_lookup(const char *id, char *role, size_t cap, char csrf[65])
{
	char hash[65];
	int rc = DD_ENOTFOUND;
	if (strlen(id) != 64)
		return DD_ENOTFOUND;
	dd_srv_token_hash(id, hash);
	int64_t now = (int64_t)time(NULL);
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < DD_SESSION_MAX; i++) {
		if (table[i].hash[0] && table[i].expires > now && dd_srv_secret_equal(table[i].hash, hash)) {
			snprintf(role, cap, "%s", table[i].role);
			memcpy(csrf, table[i].csrf, 65);
			rc = 0;
			break;
		}
	}
	pthread_mutex_unlock(&lock);
	return rc;
}

void dd_srv_session_delete(const char *id)
{
	char hash[65];
	if (strlen(id) != 64)
		return;
	dd_srv_token_hash(id, hash);
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < DD_SESSION_MAX; i++)
		if (table[i].hash[0] && dd_srv_secret_equal(table[i].hash, hash))
			memset(&table[i], 0, sizeof(table[i]));
	pthread_mutex_unlock(&lock);
}

void dd_srv_sessions_clear(void)
{
	pthread_mutex_lock(&lock);
	memset(table, 0, sizeof(table));
	pthread_mutex_unlock(&lock);
}
