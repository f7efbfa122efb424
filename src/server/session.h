/*
 * Console sessions (session.c): the login form trades an API token for a
 * random session id (an HttpOnly, SameSite=Strict cookie) and a CSRF token
 * the page sends back in X-CSRF-Token on every state-changing request.
 * Sessions live in the store (dd_store_backend.session_*), so that every
 * API process sharing it accepts the cookie and a restart keeps it; the
 * store holds only the SHA-256 of the id, and the CSRF token is derived
 * from the id, so a copy of the store opens no session.
 */
#ifndef DD_SERVER_SESSION_H
#define DD_SERVER_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "drydock/errors.h"
#include "store/store.h"

#define DD_SESSION_COOKIE "dd_session"
#define DD_SESSION_TTL (12 * 3600)      /* seconds a session lives */
#define DD_SESSION_MAX 4096             /* sessions at once; the one ending first goes first */

/* A new session for the token of hash token_hash (its role and name are
 * the session's); id and csrf receive 64 hex digits each, expires the
 * session's end (unix seconds, the service's clock). */
int dd_srv_session_create(dd_store *st, const char *token_hash, char id[65], char csrf[65], int64_t *expires);
/* The session's role and CSRF token; DD_ENOTFOUND when unknown or expired,
 * another code when the store failed. */
int dd_srv_session_lookup(dd_store *st, const char *id, char *role, size_t cap, char csrf[65]);
/* Ends the session (nothing when unknown). */
int dd_srv_session_delete(dd_store *st, const char *id);
/* Constant-time comparison of two NUL-terminated secrets. */
int dd_srv_secret_equal(const char *a, const char *b);

#endif
