/*
 * Console sessions (session.c): the login form trades an API token for a
 * random session id (an HttpOnly, SameSite=Strict cookie) and a CSRF token
 * the page sends back in X-CSRF-Token on every state-changing request.
 * Sessions live in this process's memory only: a restart logs everyone out,
 * which is the safe direction (no session secret is ever on disk).
 */
#ifndef DD_SERVER_SESSION_H
#define DD_SERVER_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "drydock/errors.h"

#define DD_SESSION_COOKIE "dd_session"
#define DD_SESSION_TTL (12 * 3600)      /* seconds a session lives */
#define DD_SESSION_MAX 4096             /* sessions at once; the oldest goes first */

/* A new session of `role`; id and csrf receive 64 hex digits each. */
int dd_srv_session_create(const char *role, char id[65], char csrf[65], int64_t *expires);
/* The session's role and CSRF token; DD_ENOTFOUND when unknown or expired. */
int dd_srv_session_lookup(const char *id, char *role, size_t cap, char csrf[65]);
/* Ends the session (nothing when unknown). */
void dd_srv_session_delete(const char *id);
/* Forgets every session (the service's stop). */
void dd_srv_sessions_clear(void);
/* Constant-time comparison of two NUL-terminated secrets. */
int dd_srv_secret_equal(const char *a, const char *b);

#endif
