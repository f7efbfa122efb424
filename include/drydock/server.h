/*
 * The scanning service (`drydock serve`): a JSON API over HTTP(S), an
 * embedded store, and a pool of workers sharing one engine. The CLI only
 * parses its arguments and calls these. See docs/server.md; the contract
 * (paths, fields, states) is SERVICE.md.
 */
#ifndef DRYDOCK_SERVER_H
#define DRYDOCK_SERVER_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dd_server_log_format {
	DD_SERVER_LOG_TEXT = 0,     /* "2026-12-07T14:00:00Z info msg key=value" */
	DD_SERVER_LOG_JSON          /* one JSON object per line */
} dd_server_log_format;

typedef struct dd_server_options {
	unsigned version;
	const char *config_path;    /* the YAML config (required) */
	dd_server_log_format log_format;
	/* version 2: scale-out (several processes on one PostgreSQL store) */
	bool worker;                /* only take work: no API; needs a shared store */
	const char *listen;         /* HOST:PORT instead of the config's listen (NULL: the config's); a
	                             * worker's listener serves only /healthz and /metrics */
} dd_server_options;
#define DD_SERVER_OPTIONS_VERSION 2
#define DD_SERVER_OPTIONS_INIT { DD_SERVER_OPTIONS_VERSION, NULL, DD_SERVER_LOG_TEXT, false, NULL }

/*
 * Validates the config (a wrong key is named), opens the store, starts the
 * workers and the listener (a worker: the workers, and the listener only
 * with opts->listen or a listen key in the config), and serves until
 * SIGTERM or SIGINT: then no new
 * work is taken, running items get shutdown_grace to finish, the rest go
 * back to the queue, and it returns 0. The calling thread handles the
 * signals (they are blocked in every thread the service starts).
 */
int dd_server_run(const dd_server_options *opts);

/*
 * Creates an API token NAME with ROLE ("admin", "read" or "webhook") in the
 * store the config names; *out is the token (malloc'ed, shown once: only its
 * SHA-256 is kept). Safe while the service runs.
 */
int dd_server_token_create(char **out, const char *config_path, const char *name, const char *role);

/*
 * The tokens of the store the config names, as a JSON array (malloc'ed) of
 * {name, role, created_at, sessions}: sessions are the live console
 * sessions each opened. Never a token or its hash. Safe while the service
 * runs.
 */
int dd_server_token_list(char **json_out, const char *config_path);

/*
 * Revokes the token NAME: it and the console sessions it opened are gone
 * in one transaction, so every process on the store refuses them from the
 * next request on. *sessions: how many sessions ended. DD_ENOTFOUND when no
 * token has that name. Safe while the service runs.
 */
int dd_server_token_revoke(const char *config_path, const char *name, size_t *sessions);

#ifdef __cplusplus
}
#endif
#endif
