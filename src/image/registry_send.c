/*
 * Requests that send: the push side of the registry transport (HEAD, POST,
 * PUT and PATCH with a streamed body) and DELETE, beside registry_http.c's pull
 * stream. A push is sequential and its bodies come from files or blobs that
 * can be opened again, so this is a plain blocking exchange; what it shares
 * with the pull side is the client: its TLS setup, credentials and token
 * cache, and the challenge handling of registry_auth.c.
 *
 * The one idea: a body is a function, not a stream. Answering a 401 with a
 * token, or retrying after a reset or a 503, sends the body again from the
 * start, so the caller passes something that opens it (dd_body_open_fn).
 * PATCH chunks are the exception: an upload session has moved on after a
 * chunk, so they are not retried (no_retry) and the push fails instead.
 */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


#include "image/registry.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#define ERRBODY_MAX 4096
#define MAX_AUTH_TRIES 2

typedef struct exchange {
	dd_send_response *resp;
	char *challenges[DD_HTTP_CHALLENGES_MAX];
	size_t n_challenges;
	dd_buf errbody;
	dd_reader *body;
	int body_rc;               /* the body reader's error, if it failed */
} exchange;

static void clear_challenges(exchange *x)
{
	for (size_t i = 0; i < x->n_challenges; i++)
		free(x->challenges[i]);
	x->n_challenges = 0;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *ud)
{
	exchange *x = ud;
	size_t len = size * nmemb;
	dd_send_response *r = x->resp;
	if (len >= 5 && !strncmp(p, "HTTP/", 5)) {
		/* a new response (after 100 Continue): forget the last one's headers */
		r->location[0] = r->docker_digest[0] = r->range[0] = '\0';
		clear_challenges(x);
		return len;
	}
	const char *v;
	size_t n;
	if (dd_http_header_is(p, len, "location", &v, &n))
		dd_http_field_copy(r->location, sizeof(r->location), v, n);
	else if (dd_http_header_is(p, len, "docker-content-digest", &v, &n))
		dd_http_field_copy(r->docker_digest, sizeof(r->docker_digest), v, n);
	else if (dd_http_header_is(p, len, "range", &v, &n))
		dd_http_field_copy(r->range, sizeof(r->range), v, n);
	else if (dd_http_header_is(p, len, "www-authenticate", &v, &n))
		dd_http_challenge_keep(x->challenges, &x->n_challenges, v, n);
	return len;
}

static size_t on_body(char *p, size_t size, size_t nmemb, void *ud)
{
	exchange *x = ud;
	size_t len = size * nmemb;
	size_t room = x->errbody.max > x->errbody.len ? x->errbody.max - x->errbody.len : 0;
	if (room)
		dd_buf_put(&x->errbody, p, len < room ? len : room);
	return len;   /* answers to pushes are short; the rest is dropped */
}

static size_t on_read(char *buf, size_t size, size_t nmemb, void *ud)
{
	exchange *x = ud;
	if (!x->body)
		return 0;   /* a PUT that closes an upload has no body */
	ssize_t n = dd_reader_read(x->body, buf, size * nmemb);
	if (n < 0) {
		x->body_rc = (int)n;
		return CURL_READFUNC_ABORT;
	}
	return (size_t)n;
}

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
	}
}

static char *make_url(dd_registry_client *c, const dd_send_request *req)
{
	const char *t = req->target;
	bool absolute = !strncasecmp(t, "http://", 7) || !strncasecmp(t, "https://", 8);
	const char *sep = strchr(t, '?') ? "&" : "?";
	return dd_asprintf("%s%s%s%s", absolute ? "" : dd_registry_client_base(c), t, req->query ? sep : "",
		req->query ? req->query : "");
}

/* One attempt. CURLcode in *cr; 0 or an error from opening the body. */
static int perform(dd_registry_client *c, const dd_send_request *req, const char *url, const char *auth,
	exchange *x, CURLcode *cr, char *errbuf)
{
	CURL *e = curl_easy_init();
	struct curl_slist *h = NULL;
	int rc = 0;
	char line[256];
	if (!e)
		return dd_error_oom();
	x->body = NULL;
	x->body_rc = 0;
	dd_buf_clear(&x->errbody);
	memset(x->resp, 0, sizeof(*x->resp));
	if (req->open_body && (rc = req->open_body(req->body_ctx, &x->body)) != 0)
		goto out;
	dd_registry_client_setup(c, e);
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	h = curl_slist_append(h, "Expect:");   /* no 100-continue round trip */
	if (auth)
		h = curl_slist_append(h, auth);
	if (req->content_type) {
		snprintf(line, sizeof(line), "Content-Type: %s", req->content_type);
		h = curl_slist_append(h, line);
	}
	if (req->content_range) {
		snprintf(line, sizeof(line), "Content-Range: %s", req->content_range);
		h = curl_slist_append(h, line);
	}
	if (!strcmp(req->method, "HEAD")) {
		curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
	} else if (!strcmp(req->method, "DELETE")) {
		curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, "DELETE");
	} else if (!strcmp(req->method, "POST") && !req->open_body) {
		curl_easy_setopt(e, CURLOPT_POST, 1L);
		curl_easy_setopt(e, CURLOPT_POSTFIELDS, "");
		curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, 0L);
	} else {
		/* PUT and PATCH (and a POST with a body) upload from the reader */
		curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
		curl_easy_setopt(e, CURLOPT_READFUNCTION, on_read);
		curl_easy_setopt(e, CURLOPT_READDATA, x);
		curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, (curl_off_t)(req->open_body ? req->body_len : 0));
		if (strcmp(req->method, "PUT"))
			curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, req->method);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
	*cr = curl_easy_perform(e);
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &x->resp->status);
	if (x->body_rc)
		rc = dd_error_prefix(x->body_rc, "registry %s: %s: reading what to send", dd_registry_client_host(c), req->what);
	dd_registry_error_text(x->errbody.ptr, x->errbody.len, x->resp->error, sizeof(x->resp->error));
out:
	dd_reader_close(x->body);
	x->body = NULL;
	curl_slist_free_all(h);
	curl_easy_cleanup(e);
	return rc;
}

int dd_registry_send(dd_registry_client *c, const dd_send_request *req, dd_send_response *resp)
{
	int rc = dd_curl_load();
	if (rc)
		return rc;
	char *url = make_url(c, req);
	if (!url)
		return dd_error_oom();
	exchange x = { .resp = resp };
	dd_buf_init(&x.errbody, ERRBODY_MAX);
	dd_registry_auth *a = dd_registry_client_auth(c);
	const char *host = dd_registry_client_host(c);
	int attempts = 0, auth_tries = 0, max = req->no_retry ? 0 : dd_registry_client_max_retries(c);
	for (;;) {
		unsigned gen = 0;
		bool ours = dd_registry_client_same_origin(c, url);
		char *auth = ours ? dd_registry_auth_header(a, &gen) : NULL;
		char errbuf[CURL_ERROR_SIZE] = "";
		CURLcode cr = CURLE_OK;
		rc = perform(c, req, url, auth, &x, &cr, errbuf);
		bool had_auth = auth != NULL;
		dd_str_free_secret(auth);
		if (rc)
			break;
		if (cr != CURLE_OK) {
			if (dd_registry_curl_transient(cr) && attempts < max) {
				pause_ms(250L << attempts++);
				continue;
			}
			rc = dd_error_set(DD_ENET, "registry %s: %s: %s %s: %s", host, req->what, req->method,
				req->target, errbuf[0] ? errbuf : curl_easy_strerror(cr));
			break;
		}
		long s = resp->status;
		if (s == 401 && ours && auth_tries < MAX_AUTH_TRIES) {
			const char *ch[DD_HTTP_CHALLENGES_MAX];
			for (size_t i = 0; i < x.n_challenges; i++)
				ch[i] = x.challenges[i];
			auth_tries++;
			if ((rc = dd_registry_auth_challenge(c, a, ch, x.n_challenges, gen, had_auth)) != 0)
				break;
			continue;
		}
		if ((s == 429 || s == 502 || s == 503 || s == 504 || s == 500) && attempts < max) {
			pause_ms(250L << attempts++);
			continue;
		}
		break;
	}
	clear_challenges(&x);
	dd_buf_free(&x.errbody);
	free(url);
	return rc;
}

int dd_mem_body_open(void *ctx, dd_reader **out)
{
	dd_mem_body *m = ctx;
	return dd_reader_from_memory(out, m->data, m->len);
}
