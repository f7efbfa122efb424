/*
 * Internals of the registry source (registry.c): reference parsing
 * (registry_ref.c), credentials (registry_creds.c), challenges and tokens
 * (registry_auth.c) and the HTTP transport (registry_http.c). The parsers
 * take hostile input (a registry's headers, a user's config.json) and are
 * fuzzed on their own, which is why they live apart from the network code.
 */
#ifndef DD_IMAGE_REGISTRY_H
#define DD_IMAGE_REGISTRY_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/drydock.h"
#include "util/reader.h"

/* ---- references (registry_ref.c) ---- */

typedef struct dd_registry_ref {
	char *host;        /* "docker.io", "127.0.0.1:5000": names the registry in messages and credentials */
	char *api_host;    /* where requests go ("registry-1.docker.io" for docker.io) */
	char *repository;  /* "library/alpine" */
	char *tag;         /* NULL when only a digest was given */
	char *digest;      /* "sha256:..." or NULL */
} dd_registry_ref;

/* Parses "HOST[:PORT]/NAME[:TAG][@DIGEST]" or "NAME[:TAG]" (docker.io,
 * library/ for one-component names, tag "latest" by default), docker's rules
 * for telling a host from a path component. DD_EINVAL on a malformed one. */
int dd_registry_ref_parse(dd_registry_ref *out, const char *locator);
void dd_registry_ref_clear(dd_registry_ref *r);
/* "docker.io" for Docker Hub's aliases, else the host as given (lowercased). */
void dd_registry_host_normalize(const char *in, size_t len, char *out, size_t outlen);

/* ---- credentials (registry_creds.c) ---- */

typedef struct dd_credentials {
	char *username, *password;
	char *identity_token;  /* OAuth2 refresh token from config.json ("identitytoken") */
	char *registry_token;  /* a bearer token used as given (dd_image_options.registry_token) */
	char *origin;          /* where they came from, for the advice of a refusal */
} dd_credentials;

/* Finds HOST's credentials in a Docker config.json (auths: base64 "auth" or
 * username/password, identitytoken; key forms "host", "https://host/v1/",
 * Docker Hub's aliases). 0 found, DD_ENOTFOUND none, DD_EFORMAT malformed. */
int dd_credentials_from_config(dd_credentials *out, const char *json, size_t len, const char *host);
/* --username/--password, else --authfile (must exist when given), else
 * $DOCKER_CONFIG/config.json or ~/.docker/config.json. 0 with nothing set
 * means anonymous. */
int dd_credentials_load(dd_credentials *out, const dd_image_options *opts, const char *host);
void dd_credentials_clear(dd_credentials *c);
/* What to check when the registry refuses C: "check --username/--password",
 * "check the auths entry in FILE...", "check what docker-credential-X ...". */
const char *dd_credentials_advice(const dd_credentials *c);
/* The credential helper a Docker config.json names for HOST: credHelpers
 * (any spelling of the host), else credsStore. 1 and the name in OUT when
 * there is one, 0 when none, an error code when it does not fit. */
int dd_credentials_helper_for(const char *json, size_t len, const char *host, char *out, size_t cap);

/* ---- credential helpers (registry_credhelper.c) ---- */

/* A helper name docker would run as docker-credential-NAME: a plain
 * file name ([A-Za-z0-9._-], no leading '.' or '-', at most 64 bytes). */
bool dd_credhelper_name_ok(const char *name);
/* Runs `docker-credential-HELPER get` (from PATH) with SERVER on stdin,
 * killed after timeout_s seconds (0: 30; dd_image_options.
 * credential_helper_timeout). 0 with the credentials (Username "<token>"
 * means an identity token), DD_ENOTFOUND when the helper has none for
 * SERVER, DD_EINVAL when it cannot be run, DD_EAUTH when it fails or
 * answers nonsense. */
int dd_credhelper_get(const char *helper, const char *server, int timeout_s, dd_credentials *out);

/* ---- challenges (registry_auth.c) ---- */

typedef enum { DD_AUTH_NONE, DD_AUTH_BASIC, DD_AUTH_BEARER } dd_auth_scheme;

typedef struct dd_auth_challenge {
	dd_auth_scheme scheme;
	char *realm, *service, *scope;
} dd_auth_challenge;

/* Parses one WWW-Authenticate value (RFC 7235: scheme, then comma-separated
 * auth-params with token or quoted-string values). Unknown schemes give
 * DD_EUNSUPPORTED, malformed ones DD_EFORMAT. */
int dd_auth_challenge_parse(dd_auth_challenge *out, const char *value, size_t len);
void dd_auth_challenge_clear(dd_auth_challenge *c);

/* ---- transport (registry_http.c) ---- */

typedef struct dd_registry_client dd_registry_client;

/* One response, as the source sees it. */
typedef struct dd_http_response {
	long status;
	char *content_type;   /* without parameters */
	char *docker_digest;  /* Docker-Content-Digest */
	char *link;           /* Link (paging of /v2/_catalog and tags/list), at most 1023 bytes */
	uint64_t content_length;  /* UINT64_MAX when unknown */
} dd_http_response;

typedef struct dd_http_request {
	const char *path;     /* "/v2/<name>/manifests/<ref>" */
	const char *accept;   /* NULL: none */
	uint64_t max_body;    /* refuse (DD_ELIMIT) a longer body, before reading it when announced */
	uint64_t expect_size; /* blobs: the descriptor's size (0 unknown), for resume decisions */
	const char *what;     /* "manifest 3.19", "layer sha256:...": for messages */
} dd_http_request;

/* The client owns the connection pool, credentials and token cache of one
 * registry + repository; it is shared by the layer threads. */
int dd_registry_client_new(dd_registry_client **out, const dd_registry_ref *ref, const dd_image_options *opts);
void dd_registry_client_free(dd_registry_client *c);

/* Sends a GET (authenticating, following redirects, retrying) and returns a
 * reader over the body once a 2xx status arrived; an interrupted body is
 * resumed with Range. resp (optional) receives the headers (caller clears).
 * Errors map the status: 401/403 DD_EAUTH, 404 DD_ENOTFOUND, else DD_ENET. */
int dd_registry_get(dd_registry_client *c, const dd_http_request *req, dd_reader **out, dd_http_response *resp);
void dd_http_response_clear(dd_http_response *r);

/* Auth state lives in the client; registry_auth.c fills it from a challenge. */
typedef struct dd_token_entry {
	char *scope;
	char *token;
	int64_t expires;   /* monotonic seconds */
} dd_token_entry;

#define DD_TOKEN_CACHE_MAX 8

typedef struct dd_registry_auth {
	pthread_mutex_t lock;
	dd_credentials creds;
	dd_auth_scheme scheme;          /* what the registry asked for last */
	char *realm, *service;          /* Bearer challenge */
	char *default_scope;            /* "repository:<name>:pull" */
	char *current_scope;            /* the one the last challenge named */
	bool ask_default;               /* a writer: every token request asks default_scope too */
	dd_token_entry tokens[DD_TOKEN_CACHE_MAX];
	unsigned generation;            /* bumps each time a token is fetched */
	const char *host, *repository;  /* for messages (owned by the client) */
} dd_registry_auth;

/* "Authorization: ..." header line for the next request, or NULL (anonymous). */
char *dd_registry_auth_header(dd_registry_auth *a, unsigned *generation);
/* Reacts to a 401: parses the challenge(s) and fetches a token if asked.
 * generation is the one the failed request used: when another thread
 * refreshed the token since, this returns 0 at once (retry). DD_EAUTH when
 * there is nothing left to try. */
int dd_registry_auth_challenge(dd_registry_client *c, dd_registry_auth *a, const char *const *challenges,
	size_t n, unsigned generation, bool had_auth);

/* A GET or POST to an absolute URL outside the repository namespace (a
 * token service, a registry product's own API), with retries, the body of
 * a 2xx answer bounded by max_body; authorization: a whole header line
 * ("Authorization: Bearer ...") or NULL; what: for messages. */
int dd_registry_fetch_url(dd_registry_client *c, const char *url, const char *authorization,
	const char *post_body, size_t max_body, const char *what, long *status, char **body, size_t *body_len);

bool dd_registry_client_plain_http(const dd_registry_client *c);

/* " (CODE: message)" of a registry's {"errors":[...]} document ("" when
 * it has none), for messages. */
void dd_registry_error_text(const char *body, size_t len, char *out, size_t cap);
/* A response header line "Name: value" whose name is `name` (any case):
 * value and vlen: the value without surrounding blanks and CRLF. */
bool dd_http_header_is(const char *line, size_t len, const char *name, const char **value, size_t *vlen);
/* A header value into a fixed field, cut to fit (NUL-terminated). */
void dd_http_field_copy(char *dst, size_t cap, const char *v, size_t n);
/* Bounds on the WWW-Authenticate challenges kept from one answer. */
#define DD_HTTP_CHALLENGES_MAX 8
#define DD_HTTP_CHALLENGE_MAX 8192
/* Keeps a copy of one challenge in list[*n] while fewer than
 * DD_HTTP_CHALLENGES_MAX are kept and it is at most DD_HTTP_CHALLENGE_MAX
 * bytes; others (and a failed copy) are dropped. */
void dd_http_challenge_keep(char **list, size_t *n, const char *v, size_t vn);
/* A CURLcode worth a retry (reset, timeout, refused connection...). */
bool dd_registry_curl_transient(int code);

/* What the push transport (registry_send.c) needs of the client. */
const char *dd_registry_client_base(const dd_registry_client *c);
const char *dd_registry_client_host(const dd_registry_client *c);
dd_registry_auth *dd_registry_client_auth(dd_registry_client *c);
int dd_registry_client_max_retries(const dd_registry_client *c);
bool dd_registry_client_same_origin(const dd_registry_client *c, const char *url);
/* Sets a CURL easy handle's TLS, timeouts, share and protocol options as
 * the client's own requests have them. */
void dd_registry_client_setup(dd_registry_client *c, void *easy);
/* From now on every token request asks "repository:NAME:pull,push" and
 * "repository:FROM:pull" for each repository of mount_from (NULL-terminated,
 * may be NULL; at most 8), beside the scope a challenge names: a blob mount
 * needs pull on its source in the same token, and a registry whose
 * challenge names only the target would otherwise refuse the mount. */
int dd_registry_client_want_push(dd_registry_client *c, const char *const *mount_from);

/* ---- sending (registry_send.c): HEAD, POST, PUT, PATCH with a body ---- */

/* Opens the request body again for each attempt (retries, a 401 answered
 * with a token). */
typedef int (*dd_body_open_fn)(void *ctx, dd_reader **out);

typedef struct dd_send_request {
	const char *method;        /* "HEAD", "POST", "PUT", "PATCH" */
	const char *target;        /* "/v2/..." or an absolute URL (an upload Location) */
	const char *query;         /* appended with '?' or '&' (e.g. "digest=sha256:..."); may be NULL */
	const char *content_type;  /* NULL: none */
	const char *content_range; /* "START-END" (PATCH); NULL: none */
	dd_body_open_fn open_body; /* NULL: no body */
	void *body_ctx;
	uint64_t body_len;
	bool no_retry;             /* not idempotent (a PATCH chunk): one attempt after auth */
	const char *what;          /* for messages: "blob sha256:...", "manifest 1.0" */
} dd_send_request;

/* A body held in memory: ctx is a dd_mem_body (for open_body). */
typedef struct dd_mem_body {
	const char *data;
	size_t len;
} dd_mem_body;
int dd_mem_body_open(void *ctx, dd_reader **out);

typedef struct dd_send_response {
	long status;
	char location[2048];
	char docker_digest[80];
	char range[128];
	char error[256];           /* the registry's {"errors":[...]} as " (CODE: message)" */
} dd_send_response;

/* Sends the request, authenticating on 401 and retrying 429/5xx and
 * connection failures (unless no_retry). Any final status is returned in
 * resp (the caller decides what it means); errors are transport failures
 * and refused credentials. */
int dd_registry_send(dd_registry_client *c, const dd_send_request *req, dd_send_response *resp);

#endif
