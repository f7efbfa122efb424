/*
 * The registry transport over libcurl. One idea: a response body is a pull
 * stream. Each transfer runs on its own curl multi handle and is driven
 * only from dd_reader reads; the write callback copies into the caller's
 * buffer, spills at most one bounded staging buffer, and pauses the
 * transfer when that is full, so TCP flow control (not memory) absorbs a
 * consumer slower than the network. No thread, no temporary file, and at
 * most STAGE_MAX bytes per open blob.
 *
 * Around that: a request loop that authenticates on 401 (registry_auth.c),
 * follows redirects by hand (the Authorization header goes only to the
 * registry's own origin, as docker does for S3/CDN redirects), retries 429,
 * 5xx, timeouts and resets with exponential backoff and jitter (Retry-After
 * wins), and a blob reader that resumes an interrupted body with
 * "Range: bytes=N-", checking the 206's Content-Range and, when the server
 * ignores Range, discarding the N bytes already delivered. The digest
 * reader above sees one continuous stream either way.
 */
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */

#include "image/registry.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/curl_global.h"
#include "util/error.h"
#include "util/str.h"

#define STAGE_MAX (256u << 10)
#define ERRBODY_MAX 4096
#define MAX_REDIRECTS 5
#define MAX_AUTH_TRIES 2
#define MAX_RESUMES 64
#define RETRY_AFTER_MAX 60
#define BACKOFF_CAP_MS 8000
#define POOL_MAX 16
#define BLOB_MAX (64ull << 30)

typedef struct handle {
	CURLM *multi;
	CURL *easy;
} handle;

struct dd_registry_client {
	char *base;          /* "https://host:port" */
	char *scheme, *hostname, *port;   /* of base, for origin checks */
	char *host, *repository;
	bool plain_http, tls_verify;
	char *ca_file;
	int max_retries;
	long connect_timeout, stall_timeout;
	long retry_base_ms;
	CURLSH *share;
	pthread_mutex_t share_locks[CURL_LOCK_DATA_LAST];
	pthread_mutex_t pool_lock;
	handle pool[POOL_MAX];
	size_t n_pool;
	dd_registry_auth auth;
};

/* One HTTP exchange. */
typedef struct xfer {
	dd_registry_client *c;
	handle h;
	struct curl_slist *hdrs;
	char errbuf[CURL_ERROR_SIZE];
	/* response */
	bool headers_done;
	long status;
	uint64_t content_length;
	char content_type[128];
	char docker_digest[80];
	char link[1024];       /* Link (catalog and tag list paging) */
	char content_range[128];
	char retry_after[64];
	char *challenges[DD_HTTP_CHALLENGES_MAX];
	size_t n_challenges;
	dd_buf errbody;
	/* body delivery */
	unsigned char *stage;
	size_t stage_len, stage_off, stage_cap;
	unsigned char *dst;
	size_t dst_len, dst_got;
	uint64_t skip;         /* bytes still to discard (server ignored Range) */
	uint64_t base_offset;  /* 206: where the body starts in the blob */
	uint64_t body_seen;
	uint64_t max_body;
	uint64_t range_from;   /* asked for "Range: bytes=N-" */
	bool too_big, bad_range, paused, done;
	CURLcode result;
	int64_t last_progress_ms;   /* last byte from the server, or last unpause */
} xfer;

/* ---- small helpers ---- */

/* Backoff waits end early when the scan is cancelled; the request loop
 * then stops at its next check. */
static void sleep_ms(long ms)
{
	dd_cancel_sleep_ms(ms);
}

static long jitter(long ms)
{
	static _Thread_local unsigned seed;
	if (!seed) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		seed = (unsigned)ts.tv_nsec ^ (unsigned)(uintptr_t)&ts;
	}
	/* "equal jitter": half fixed, half random, so retries of many clients spread out */
	return ms / 2 + (ms > 1 ? (long)(rand_r(&seed) % (ms / 2 + 1)) : 0);
}

static long backoff_ms(const dd_registry_client *c, int attempt)
{
	long ms = c->retry_base_ms;
	for (int i = 0; i < attempt && ms < BACKOFF_CAP_MS; i++)
		ms *= 2;
	if (ms > BACKOFF_CAP_MS)
		ms = BACKOFF_CAP_MS;
	return jitter(ms);
}

/* Retry-After: delta-seconds or an HTTP date; -1 when absent or unreadable. */
static long retry_after_s(const char *v)
{
	if (!*v)
		return -1;
	if (isdigit((unsigned char)*v)) {
		char *end;
		long s = strtol(v, &end, 10);
		return *end && !isspace((unsigned char)*end) ? -1 : s;
	}
	time_t t = curl_getdate(v, NULL);
	if (t == -1)
		return -1;
	time_t now = time(NULL);
	return t > now ? (long)(t - now) : 0;
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* An option's value when set and within [lo, hi], else the default. */
static long option_or(long v, long def, long lo, long hi)
{
	return v && v >= lo && v <= hi ? v : def;
}

void dd_http_response_clear(dd_http_response *r)
{
	free(r->content_type);
	free(r->docker_digest);
	free(r->link);
	memset(r, 0, sizeof(*r));
}

/* ---- the client ---- */

static void share_lock(CURL *h, curl_lock_data data, curl_lock_access a, void *ud)
{
	dd_registry_client *c = ud;
	pthread_mutex_lock(&c->share_locks[data]);
}

static void share_unlock(CURL *h, curl_lock_data data, void *ud)
{
	dd_registry_client *c = ud;
	pthread_mutex_unlock(&c->share_locks[data]);
}

static int url_parts(const char *url, char **scheme, char **hostname, char **port)
{
	CURLU *u = curl_url();
	int rc = 0;
	*scheme = *hostname = *port = NULL;
	if (!u)
		return dd_error_oom();
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, hostname, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
		curl_free(*scheme);
		curl_free(*hostname);
		curl_free(*port);
		*scheme = *hostname = *port = NULL;
		rc = dd_error_set(DD_EFORMAT, "not a URL: '%.200s'", url);
	}
	curl_url_cleanup(u);
	return rc;
}

/* scheme, host and port of two URLs equal (a fixed Authorization header
 * never follows a redirect to another origin) */
static bool urls_same_origin(const char *a, const char *b)
{
	char *s1 = NULL, *h1 = NULL, *p1 = NULL, *s2 = NULL, *h2 = NULL, *p2 = NULL;
	bool same = false;
	if (url_parts(a, &s1, &h1, &p1) == 0 && url_parts(b, &s2, &h2, &p2) == 0)
		same = !strcasecmp(s1, s2) && !strcasecmp(h1, h2) && !strcmp(p1, p2);
	else
		dd_error_clear();
	curl_free(s1);
	curl_free(h1);
	curl_free(p1);
	curl_free(s2);
	curl_free(h2);
	curl_free(p2);
	return same;
}

/* Same scheme, host and port as the registry: only then does it get our Authorization. */
static bool same_origin(const dd_registry_client *c, const char *url)
{
	char *s, *h, *p;
	if (url_parts(url, &s, &h, &p) != 0) {
		dd_error_clear();
		return false;
	}
	bool same = !strcasecmp(s, c->scheme) && !strcasecmp(h, c->hostname) && !strcmp(p, c->port);
	curl_free(s);
	curl_free(h);
	curl_free(p);
	return same;
}

int dd_registry_client_new(dd_registry_client **out, const dd_registry_ref *ref, const dd_image_options *opts)
{
	int lrc = dd_curl_global_setup();
	if (lrc)
		return dd_error_prefix(lrc, "registry %s", ref->host);
	dd_registry_client *c = calloc(1, sizeof(*c));
	int rc = 0;
	if (!c)
		return dd_error_oom();
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
		pthread_mutex_init(&c->share_locks[i], NULL);
	pthread_mutex_init(&c->pool_lock, NULL);
	pthread_mutex_init(&c->auth.lock, NULL);
	c->plain_http = opts->plain_http;
	c->tls_verify = opts->tls_verify;
	c->max_retries = opts->max_retries < 0 ? 0 : opts->max_retries > 20 ? 20 : opts->max_retries;
	/* http_timeout: seconds to connect and longest stall of a body */
	c->connect_timeout = option_or(opts->http_timeout, 15, 1, 3600);
	c->stall_timeout = option_or(opts->http_timeout, 30, 1, 3600);
	c->retry_base_ms = option_or(opts->retry_base_ms, 500, 1, 60000);
	c->base = dd_asprintf("%s://%s", c->plain_http ? "http" : "https", ref->api_host);
	c->host = strdup(ref->host);
	c->repository = strdup(ref->repository);
	c->ca_file = opts->ca_file ? strdup(opts->ca_file) : NULL;
	c->auth.default_scope = dd_asprintf("repository:%s:pull", ref->repository);
	if (!c->base || !c->host || !c->repository || (opts->ca_file && !c->ca_file) || !c->auth.default_scope) {
		rc = dd_error_oom();
		goto fail;
	}
	c->auth.host = c->host;
	c->auth.repository = c->repository;
	if ((rc = url_parts(c->base, &c->scheme, &c->hostname, &c->port)) != 0) {
		rc = dd_error_set(DD_EINVAL, "registry host '%s' does not make a URL", ref->api_host);
		goto fail;
	}
	if (!(c->share = curl_share_init())) {
		rc = dd_error_oom();
		goto fail;
	}
	curl_share_setopt(c->share, CURLSHOPT_LOCKFUNC, share_lock);
	curl_share_setopt(c->share, CURLSHOPT_UNLOCKFUNC, share_unlock);
	curl_share_setopt(c->share, CURLSHOPT_USERDATA, c);
	curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
	curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
	if ((rc = dd_credentials_load(&c->auth.creds, opts, ref->host)) != 0)
		goto fail;
	*out = c;
	return 0;
fail:
	dd_registry_client_free(c);
	return rc;
}

void dd_registry_client_free(dd_registry_client *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_pool; i++) {
		curl_easy_cleanup(c->pool[i].easy);
		curl_multi_cleanup(c->pool[i].multi);
	}
	if (c->share)
		curl_share_cleanup(c->share);
	dd_credentials_clear(&c->auth.creds);
	free(c->auth.realm);
	free(c->auth.service);
	free(c->auth.default_scope);
	free(c->auth.current_scope);
	for (size_t i = 0; i < DD_TOKEN_CACHE_MAX; i++) {
		if (c->auth.tokens[i].token)
			memset(c->auth.tokens[i].token, 0, strlen(c->auth.tokens[i].token));
		free(c->auth.tokens[i].scope);
		free(c->auth.tokens[i].token);
	}
	pthread_mutex_destroy(&c->auth.lock);
	pthread_mutex_destroy(&c->pool_lock);
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
		pthread_mutex_destroy(&c->share_locks[i]);
	curl_free(c->scheme);
	curl_free(c->hostname);
	curl_free(c->port);
	free(c->base);
	free(c->host);
	free(c->repository);
	free(c->ca_file);
	free(c);
}

bool dd_registry_client_plain_http(const dd_registry_client *c)
{
	return c->plain_http;
}

/* Handles keep their connections between requests of one thread. */
static int handle_get(dd_registry_client *c, handle *h)
{
	pthread_mutex_lock(&c->pool_lock);
	if (c->n_pool) {
		*h = c->pool[--c->n_pool];
		pthread_mutex_unlock(&c->pool_lock);
		curl_easy_reset(h->easy);
		return 0;
	}
	pthread_mutex_unlock(&c->pool_lock);
	h->multi = curl_multi_init();
	h->easy = curl_easy_init();
	if (!h->multi || !h->easy) {
		curl_multi_cleanup(h->multi);
		curl_easy_cleanup(h->easy);
		return dd_error_oom();
	}
	return 0;
}

static void handle_put(dd_registry_client *c, handle *h)
{
	pthread_mutex_lock(&c->pool_lock);
	if (c->n_pool < POOL_MAX) {
		c->pool[c->n_pool++] = *h;
		h = NULL;
	}
	pthread_mutex_unlock(&c->pool_lock);
	if (h) {
		curl_easy_cleanup(h->easy);
		curl_multi_cleanup(h->multi);
	}
}

/* ---- one exchange ---- */

bool dd_http_header_is(const char *line, size_t len, const char *name, const char **value, size_t *vlen)
{
	size_t n = strlen(name);
	if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':')
		return false;
	const char *v = line + n + 1, *end = line + len;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*value = v;
	*vlen = (size_t)(end - v);
	return true;
}

void dd_http_field_copy(char *dst, size_t cap, const char *v, size_t n)
{
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, v, n);
	dst[n] = '\0';
}

void dd_http_challenge_keep(char **list, size_t *n, const char *v, size_t vn)
{
	if (*n >= DD_HTTP_CHALLENGES_MAX || vn > DD_HTTP_CHALLENGE_MAX)
		return;
	char *s = strndup(v, vn);
	if (s)
		list[(*n)++] = s;
}

static void reset_response(xfer *x)
{
	x->headers_done = false;
	x->status = 0;
	x->content_length = UINT64_MAX;
	x->content_type[0] = x->docker_digest[0] = x->link[0] = x->content_range[0] = x->retry_after[0] = '\0';
	for (size_t i = 0; i < x->n_challenges; i++)
		free(x->challenges[i]);
	x->n_challenges = 0;
}

/* Content-Range "bytes START-END/TOTAL": does the body start where we asked? */
static bool range_starts_at(const char *cr, uint64_t from)
{
	unsigned long long start = 0, end = 0;
	if (sscanf(cr, "bytes %llu-%llu", &start, &end) != 2)
		return false;
	return start == from && end >= start;
}

static size_t on_header(char *p, size_t size, size_t nmemb, void *ud)
{
	xfer *x = ud;
	size_t len = size * nmemb;
	const char *v;
	size_t vn;
	x->last_progress_ms = now_ms();
	if (len >= 5 && !strncmp(p, "HTTP/", 5)) {
		reset_response(x);
		return len;
	}
	if (len <= 2 && (p[0] == '\r' || p[0] == '\n')) {
		curl_easy_getinfo(x->h.easy, CURLINFO_RESPONSE_CODE, &x->status);
		if (x->status < 200)
			return len;   /* 100 Continue: another header block follows */
		x->headers_done = true;
		if (x->range_from && x->status == 206 && !range_starts_at(x->content_range, x->range_from)) {
			x->bad_range = true;
			return 0;
		}
		if (x->range_from && x->status == 200) {
			/* Range ignored: the whole body comes again; drop what was delivered */
			x->skip = x->range_from;
		}
		uint64_t before = x->status == 206 ? x->range_from : 0;
		if (x->status >= 200 && x->status < 300 && x->content_length != UINT64_MAX &&
		    x->max_body && x->content_length > x->max_body - before) {
			x->too_big = true;
			return 0;   /* refuse before a byte of the body is read */
		}
		return len;
	}
	if (dd_http_header_is(p, len, "content-length", &v, &vn)) {
		char tmp[32];
		dd_http_field_copy(tmp, sizeof(tmp), v, vn);
		char *end;
		errno = 0;
		unsigned long long cl = strtoull(tmp, &end, 10);
		if (!errno && !*end && isdigit((unsigned char)tmp[0]))
			x->content_length = cl;
	} else if (dd_http_header_is(p, len, "content-type", &v, &vn)) {
		size_t n = 0;
		while (n < vn && v[n] != ';' && v[n] != ' ')
			n++;
		dd_http_field_copy(x->content_type, sizeof(x->content_type), v, n);
	} else if (dd_http_header_is(p, len, "docker-content-digest", &v, &vn)) {
		dd_http_field_copy(x->docker_digest, sizeof(x->docker_digest), v, vn);
	} else if (dd_http_header_is(p, len, "link", &v, &vn)) {
		dd_http_field_copy(x->link, sizeof(x->link), v, vn);
	} else if (dd_http_header_is(p, len, "content-range", &v, &vn)) {
		dd_http_field_copy(x->content_range, sizeof(x->content_range), v, vn);
	} else if (dd_http_header_is(p, len, "retry-after", &v, &vn)) {
		dd_http_field_copy(x->retry_after, sizeof(x->retry_after), v, vn);
	} else if (dd_http_header_is(p, len, "www-authenticate", &v, &vn)) {
		dd_http_challenge_keep(x->challenges, &x->n_challenges, v, vn);
	}
	return len;
}

static size_t on_body(char *p, size_t size, size_t nmemb, void *ud)
{
	xfer *x = ud;
	size_t len = size * nmemb;
	x->last_progress_ms = now_ms();
	if (!x->headers_done || x->status < 200 || x->status >= 300) {
		/* an error document: keep its start for the message */
		size_t room = x->errbody.max > x->errbody.len ? x->errbody.max - x->errbody.len : 0;
		if (!room)
			return 0;   /* enough for a message: stop reading */
		dd_buf_put(&x->errbody, p, len < room ? len : room);
		return len;
	}
	uint64_t skip = x->skip < len ? x->skip : len;
	size_t rest = len - (size_t)skip;
	size_t dst_room = x->dst ? x->dst_len - x->dst_got : 0;
	if (rest > dst_room) {
		size_t need = rest - dst_room;
		if (x->stage_off == x->stage_len)
			x->stage_off = x->stage_len = 0;
		if (x->stage_cap - x->stage_len < need) {
			if (x->stage_len == 0 && need > x->stage_cap) {
				/* a chunk bigger than the stage (curl bounds it): grow once */
				unsigned char *n = realloc(x->stage, need);
				if (!n)
					return 0;
				x->stage = n;
				x->stage_cap = need;
			} else {
				x->paused = true;
				return CURL_WRITEFUNC_PAUSE;
			}
		}
	}
	uint64_t pos = x->base_offset + x->body_seen + rest;  /* base_offset: bytes before this body */
	if (x->max_body && pos > x->max_body) {
		x->too_big = true;
		return 0;
	}
	if (skip)
		x->base_offset = x->range_from;
	x->skip -= skip;
	p += skip;
	x->body_seen += rest;
	size_t k = rest < dst_room ? rest : dst_room;
	if (k) {
		memcpy(x->dst + x->dst_got, p, k);
		x->dst_got += k;
	}
	if (rest > k) {
		memcpy(x->stage + x->stage_len, p + k, rest - k);
		x->stage_len += rest - k;
	}
	return len;
}

static void xfer_free(xfer *x)
{
	if (!x)
		return;
	if (x->h.easy) {
		curl_multi_remove_handle(x->h.multi, x->h.easy);
		handle_put(x->c, &x->h);
	}
	curl_slist_free_all(x->hdrs);
	reset_response(x);
	dd_buf_free(&x->errbody);
	free(x->stage);
	free(x);
}

typedef struct xfer_args {
	const char *url;
	const char *auth;       /* full header line or NULL */
	const char *accept;
	const char *post;       /* form body: POST */
	uint64_t range_from;
	uint64_t skip;          /* discard this many body bytes first */
	uint64_t max_body;
} xfer_args;

static int xfer_start(dd_registry_client *c, const xfer_args *a, xfer **out)
{
	xfer *x = calloc(1, sizeof(*x));
	int rc;
	if (!x)
		return dd_error_oom();
	x->c = c;
	x->content_length = UINT64_MAX;
	dd_buf_init(&x->errbody, ERRBODY_MAX);
	x->max_body = a->max_body;
	x->range_from = a->range_from;
	x->base_offset = a->range_from ? a->range_from : a->skip;
	x->skip = a->skip;
	x->stage_cap = STAGE_MAX;
	if (!(x->stage = malloc(x->stage_cap))) {
		free(x);
		return dd_error_oom();
	}
	if ((rc = handle_get(c, &x->h)) != 0) {
		x->h.easy = NULL;
		xfer_free(x);
		return rc;
	}
	char range[64];
	struct curl_slist *l = NULL;
	if (a->accept) {
		char *h = dd_asprintf("Accept: %s", a->accept);
		if (h)
			l = curl_slist_append(l, h);
		free(h);
	}
	if (a->auth)
		l = curl_slist_append(l, a->auth);
	if (a->range_from) {
		snprintf(range, sizeof(range), "Range: bytes=%llu-", (unsigned long long)a->range_from);
		l = curl_slist_append(l, range);
	}
	x->hdrs = l;
	CURL *e = x->h.easy;
	dd_registry_client_setup(c, e);
	curl_easy_setopt(e, CURLOPT_URL, a->url);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, l);
	curl_easy_setopt(e, CURLOPT_BUFFERSIZE, 64L * 1024);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	if (a->post) {
		curl_easy_setopt(e, CURLOPT_POST, 1L);
		curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, a->post);
	}
	x->last_progress_ms = now_ms();
	if (curl_multi_add_handle(x->h.multi, e) != CURLM_OK) {
		xfer_free(x);
		return dd_error_set(DD_ERROR, "libcurl refused a transfer");
	}
	*out = x;
	return 0;
}

/* Drives the transfer until cond holds or it ends. A server that sends
 * nothing for stall_timeout seconds (while we are not the ones pausing)
 * ends the transfer as a timeout; curl's own low-speed check averages over
 * several seconds and would notice a stall only much later. */
static void xfer_drive(xfer *x, bool (*cond)(const xfer *))
{
	while (!x->done && !cond(x)) {
		int running = 0;
		curl_multi_perform(x->h.multi, &running);
		CURLMsg *m;
		int left;
		while ((m = curl_multi_info_read(x->h.multi, &left)))
			if (m->msg == CURLMSG_DONE && m->easy_handle == x->h.easy) {
				x->done = true;
				x->result = m->data.result;
			}
		if (x->done || cond(x))
			break;
		if (!x->paused && now_ms() - x->last_progress_ms > x->c->stall_timeout * 1000) {
			x->done = true;
			x->result = CURLE_OPERATION_TIMEDOUT;
			snprintf(x->errbuf, sizeof(x->errbuf), "no data from the server for %ld s", x->c->stall_timeout);
			break;
		}
		/* a server that trickles a byte now and then keeps the stall check
		 * quiet: the scan's deadline and cancel are checked here, between
		 * two waits of at most DD_CANCEL_POLL_MS */
		if (dd_cancel_check() != 0) {
			x->done = true;
			x->result = CURLE_ABORTED_BY_CALLBACK;
			snprintf(x->errbuf, sizeof(x->errbuf), "%s", dd_error_last());
			break;
		}
		curl_multi_poll(x->h.multi, NULL, 0, (int)dd_cancel_wait_ms(250), NULL);
	}
}

static bool have_headers(const xfer *x)
{
	return x->headers_done;
}

static bool never(const xfer *x)
{
	return false;
}

static bool have_data(const xfer *x)
{
	return x->dst_got > 0 || x->stage_len > x->stage_off;
}

/* 0 at the end of the body, -1 when the transfer failed (x->result says why). */
static ssize_t xfer_read(xfer *x, void *buf, size_t len)
{
	if (x->stage_len == x->stage_off && !x->done) {
		x->dst = buf;
		x->dst_len = len;
		x->dst_got = 0;
		if (x->paused) {
			x->paused = false;
			x->last_progress_ms = now_ms();
			curl_easy_pause(x->h.easy, CURLPAUSE_CONT);
		}
		xfer_drive(x, have_data);
		x->dst = NULL;
		if (x->dst_got)
			return (ssize_t)x->dst_got;
	}
	if (x->stage_len > x->stage_off) {
		size_t n = x->stage_len - x->stage_off;
		if (n > len)
			n = len;
		memcpy(buf, x->stage + x->stage_off, n);
		x->stage_off += n;
		return (ssize_t)n;
	}
	if (x->paused && !x->done)
		return xfer_read(x, buf, len);
	return x->result == CURLE_OK ? 0 : -1;
}

/* ---- errors ---- */

/* " (CODE: message)" from a registry's {"errors":[...]} body, into out. */
void dd_registry_error_text(const char *body, size_t len, char *out, size_t cap)
{
	out[0] = '\0';
	if (!len)
		return;
	json_t *j = json_loadb(body, len, 0, NULL);
	json_t *e = json_array_get(json_object_get(j, "errors"), 0);
	const char *code = json_string_value(json_object_get(e, "code"));
	const char *msg = json_string_value(json_object_get(e, "message"));
	if (code)
		snprintf(out, cap, " (%.40s%s%.160s)", code, msg ? ": " : "", msg ? msg : "");
	json_decref(j);
}

bool dd_registry_curl_transient(int code)
{
	CURLcode r = (CURLcode)code;
	switch (r) {
	case CURLE_COULDNT_CONNECT:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return true;
	default:
		return false;
	}
}

static bool curl_tls(CURLcode r)
{
	return r == CURLE_PEER_FAILED_VERIFICATION || r == CURLE_SSL_CONNECT_ERROR ||
		r == CURLE_SSL_CACERT_BADFILE || r == CURLE_SSL_CERTPROBLEM || r == CURLE_SSL_ISSUER_ERROR ||
		r == CURLE_SSL_PINNEDPUBKEYNOTMATCH || r == CURLE_SSL_CRL_BADFILE;
}

static int curl_failure(const dd_registry_client *c, const xfer *x, const char *what, int retries)
{
	const char *detail = x->errbuf[0] ? x->errbuf : curl_easy_strerror(x->result);
	char tail[64] = "";
	if (retries)
		snprintf(tail, sizeof(tail), " (after %d retries)", retries);
	if (x->result == CURLE_COULDNT_RESOLVE_HOST)
		return dd_error_set(DD_ENET, "registry %s: %s: cannot resolve the host name (%s); check the reference and DNS",
			c->host, what, detail);
	if (curl_tls(x->result)) {
		if (strstr(detail, "wrong version number") || strstr(detail, "packet length too long"))
			return dd_error_set(DD_ENET, "registry %s: %s: TLS handshake failed (%s); if this registry speaks plain http, use --plain-http",
				c->host, what, detail);
		return dd_error_set(DD_ENET, "registry %s: %s: TLS certificate of %s not trusted (%s); pass its CA with --cacert FILE, or --tls-verify=false for a test registry",
			c->host, what, c->hostname, detail);
	}
	if (x->result == CURLE_COULDNT_CONNECT)
		return dd_error_set(DD_ENET, "registry %s: %s: cannot connect (%s)%s", c->host, what, detail, tail);
	if (x->result == CURLE_OPERATION_TIMEDOUT)
		return dd_error_set(DD_ENET, "registry %s: %s: timed out (%s)%s", c->host, what, detail, tail);
	if (x->result == CURLE_UNSUPPORTED_PROTOCOL)
		return dd_error_set(DD_ENET, "registry %s: %s: refusing a non-https URL (%s); --plain-http allows http", c->host, what, detail);
	return dd_error_set(DD_ENET, "registry %s: %s: %s%s", c->host, what, detail, tail);
}

static int status_failure(const dd_registry_client *c, const xfer *x, const char *what, bool had_creds, int retries)
{
	char reg[256];
	dd_registry_error_text(x->errbody.ptr, x->errbody.len, reg, sizeof(reg));
	switch (x->status) {
	case 401:
	case 403:
		if (had_creds)
			return dd_error_set(DD_EAUTH, "registry %s refused credentials for repository %s (HTTP %ld%s): %s",
				c->host, c->repository, x->status, reg, dd_credentials_advice(&c->auth.creds));
		return dd_error_set(DD_EAUTH, "registry %s denied access to repository %s (HTTP %ld%s): it may not exist, or needs credentials (--username/--password or --authfile)",
			c->host, c->repository, x->status, reg);
	case 404:
		return dd_error_set(DD_ENOTFOUND, "registry %s: repository %s: %s not found (HTTP 404%s)", c->host, c->repository, what, reg);
	case 416:
		return dd_error_set(DD_ENET, "registry %s: %s: range not satisfiable (HTTP 416)", c->host, what);
	default:
		if (x->status == 429 || x->status >= 500)
			return dd_error_set(DD_ENET, "registry %s: %s: HTTP %ld%s after %d retries; the registry is overloaded or failing, try again later",
				c->host, what, x->status, reg, retries);
		if (x->status == 400 && c->plain_http)
			return dd_error_set(DD_ENET, "registry %s: %s: HTTP 400%s; if this registry speaks https, drop --plain-http",
				c->host, what, reg);
		return dd_error_set(DD_ENET, "registry %s: %s: unexpected HTTP %ld%s", c->host, what, x->status, reg);
	}
}

/* ---- the request loop ---- */

typedef struct req_ctx {
	const char *url;        /* absolute; NULL: base + path */
	const char *path;
	const char *accept;
	const char *post;
	const char *fixed_auth; /* token requests: this header (or none) */
	bool token_request;     /* no challenge handling; return any final status */
	uint64_t range_from;
	uint64_t skip;
	uint64_t max_body;
	const char *what;
} req_ctx;

static bool status_retryable(long s)
{
	return s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

/* A body over its cap, with or without a length announcing it: one message,
 * one code. */
static int over_limit(dd_registry_client *c, const char *what, uint64_t max)
{
	return dd_error_set(DD_ELIMIT, "registry %s: %s is over the %llu-byte limit; refusing it", c->host, what,
		(unsigned long long)max);
}

/* Runs the request to the start of a final response's body. *out is the
 * transfer (status 2xx, or any status with raw_status). */
static int request(dd_registry_client *c, const req_ctx *r, xfer **out)
{
	char *url = r->url ? strdup(r->url) : dd_asprintf("%s%s", c->base, r->path);
	int attempts = 0, auth_tries = 0, hops = 0, rc = 0;
	xfer *x = NULL;
	if (!url)
		return dd_error_oom();
	for (;;) {
		unsigned gen = 0;
		char *auth = NULL;
		bool registry_origin = same_origin(c, url);
		if ((rc = dd_cancel_check()) != 0)
			break;
		if (r->token_request)
			auth = r->fixed_auth && (!hops || urls_same_origin(r->url, url)) ? strdup(r->fixed_auth) : NULL;
		else if (registry_origin)
			auth = dd_registry_auth_header(&c->auth, &gen);
		xfer_args a = { .url = url, .auth = auth, .accept = r->accept, .post = r->post,
			.range_from = r->range_from, .skip = r->skip, .max_body = r->max_body };
		rc = xfer_start(c, &a, &x);
		bool had_auth = auth != NULL;
		dd_str_free_secret(auth);
		if (rc)
			break;
		xfer_drive(x, have_headers);
		if (x->too_big) {
			rc = over_limit(c, r->what, r->max_body);
			break;
		}
		if (!x->headers_done) {
			if (x->done && x->result == CURLE_OK)
				x->result = CURLE_GOT_NOTHING;
			if (dd_registry_curl_transient(x->result) && attempts < c->max_retries) {
				xfer_free(x);
				x = NULL;
				sleep_ms(backoff_ms(c, attempts++));
				continue;
			}
			rc = curl_failure(c, x, r->what, attempts);
			break;
		}
		long s = x->status;
		if (s >= 300 && s < 400 && s != 304) {
			char *loc = NULL;
			curl_easy_getinfo(x->h.easy, CURLINFO_REDIRECT_URL, &loc);
			if (!loc || hops >= MAX_REDIRECTS) {
				rc = dd_error_set(DD_ENET, "registry %s: %s: %s", c->host, r->what,
					loc ? "too many redirects" : "redirect without a Location");
				break;
			}
			if (!c->plain_http && strncasecmp(loc, "https://", 8) != 0) {
				rc = dd_error_set(DD_ENET, "registry %s: %s: redirected to a non-https URL '%.200s'; refusing (--plain-http allows it)",
					c->host, r->what, loc);
				break;
			}
			char *next = strdup(loc);
			if (!next) {
				rc = dd_error_oom();
				break;
			}
			free(url);
			url = next;
			hops++;
			xfer_free(x);
			x = NULL;
			continue;
		}
		if (s == 401 && !r->token_request && registry_origin && auth_tries < MAX_AUTH_TRIES) {
			/* the challenge parser needs the strings after x is gone */
			const char *ch[DD_HTTP_CHALLENGES_MAX];
			for (size_t i = 0; i < x->n_challenges; i++)
				ch[i] = x->challenges[i];
			auth_tries++;
			rc = dd_registry_auth_challenge(c, &c->auth, ch, x->n_challenges, gen, had_auth);
			if (rc)
				break;
			xfer_free(x);
			x = NULL;
			continue;
		}
		if (status_retryable(s) && attempts < c->max_retries) {
			long ra = retry_after_s(x->retry_after);
			if (ra > RETRY_AFTER_MAX) {
				rc = dd_error_set(DD_ENET, "registry %s: %s: HTTP %ld, and it asks to wait %ld s (Retry-After); try again later",
					c->host, r->what, s, ra);
				break;
			}
			long ms = ra >= 0 ? ra * 1000 + jitter(200) : backoff_ms(c, attempts);
			attempts++;
			xfer_free(x);
			x = NULL;
			sleep_ms(ms);
			continue;
		}
		if ((s >= 200 && s < 300) || r->token_request) {
			*out = x;
			x = NULL;
			break;
		}
		xfer_drive(x, never);   /* the error document, at most ERRBODY_MAX */
		rc = status_failure(c, x, r->what, c->auth.creds.username || c->auth.creds.identity_token ||
			c->auth.creds.registry_token, attempts);
		break;
	}
	xfer_free(x);
	free(url);
	return rc;
}

int dd_registry_fetch_url(dd_registry_client *c, const char *url, const char *authorization,
	const char *post_body, size_t max_body, const char *what, long *status, char **body, size_t *body_len)
{
	xfer *x = NULL;
	req_ctx r = { .url = url, .post = post_body, .fixed_auth = authorization, .token_request = true,
		.max_body = max_body, .what = what };
	*body = NULL;
	*body_len = 0;
	int rc = request(c, &r, &x);
	if (rc)
		return rc;
	*status = x->status;
	dd_buf b = DD_BUF_INIT(max_body);
	if (x->status >= 200 && x->status < 300) {
		char chunk[16384];
		ssize_t n;
		while ((n = xfer_read(x, chunk, sizeof(chunk))) > 0)
			if ((rc = dd_buf_put(&b, chunk, (size_t)n)) != 0)
				break;
		/* an answer without a length goes over the cap while read: the
		 * same refusal as one whose length says so up front */
		if (x->too_big || rc == DD_ELIMIT)
			rc = over_limit(c, what, max_body);
		else if (!rc && n < 0)
			rc = curl_failure(c, x, what, 0);
	}
	xfer_free(x);
	if (rc) {
		dd_buf_free(&b);
		return rc;
	}
	*body_len = b.len;
	*body = b.ptr ? dd_buf_detach(&b) : strdup("");
	return *body ? 0 : dd_error_oom();
}

/* ---- the body reader, with resume ---- */

typedef struct body_reader {
	dd_reader base;
	dd_registry_client *c;
	xfer *x;
	req_ctx r;
	char *path, *accept, *what;
	uint64_t delivered;
	uint64_t expect_size;
	int failures;       /* consecutive failed resumes without progress */
	int resumes;
	bool progressed;
	bool finished;
} body_reader;

static int resume(body_reader *b)
{
	dd_registry_client *c = b->c;
	xfer_free(b->x);
	b->x = NULL;
	if (b->progressed)
		b->failures = 0;
	b->progressed = false;
	if (b->failures >= c->max_retries || b->resumes >= MAX_RESUMES)
		return -1;
	sleep_ms(backoff_ms(c, b->failures++));
	b->resumes++;
	b->r.range_from = b->delivered;
	b->r.skip = 0;
	int rc = request(c, &b->r, &b->x);
	if (rc || !b->x->bad_range)
		return rc;
	/* a range we did not ask for: start over, dropping what was delivered */
	xfer_free(b->x);
	b->x = NULL;
	b->r.range_from = 0;
	b->r.skip = b->delivered;
	return request(c, &b->r, &b->x);
}

static ssize_t body_read(dd_reader *base, void *buf, size_t len)
{
	body_reader *b = (body_reader *)base;
	if (b->finished)
		return 0;
	for (;;) {
		if (!b->x)
			return dd_error_set(DD_ENET, "registry %s: %s: read after a failure", b->c->host, b->what);
		ssize_t n = xfer_read(b->x, buf, len);
		if (n > 0) {
			b->delivered += (uint64_t)n;
			b->progressed = true;
			return n;
		}
		xfer *x = b->x;
		if (x->too_big)
			return over_limit(b->c, b->what, b->r.max_body);
		bool short_body = n == 0 && b->expect_size && b->delivered < b->expect_size;
		if (n == 0 && !short_body) {
			b->finished = true;
			return 0;
		}
		if (n < 0 && !dd_registry_curl_transient(x->result))
			return curl_failure(b->c, x, b->what, b->resumes);
		/* interrupted: pick up where the consumer is */
		CURLcode why = n < 0 ? x->result : CURLE_PARTIAL_FILE;
		char detail[CURL_ERROR_SIZE];
		snprintf(detail, sizeof(detail), "%s", x->errbuf[0] ? x->errbuf : curl_easy_strerror(why));
		int rc = resume(b);
		if (rc == -1) {
			char total[32] = "?";
			if (b->expect_size)
				snprintf(total, sizeof(total), "%llu", (unsigned long long)b->expect_size);
			return dd_error_set(DD_ENET, "registry %s: %s: connection lost after %llu of %s bytes (%s); gave up after %d resume attempts",
				b->c->host, b->what, (unsigned long long)b->delivered, total, detail, b->resumes);
		}
		if (rc) {
			char total[32] = "?";
			if (b->expect_size)
				snprintf(total, sizeof(total), "%llu", (unsigned long long)b->expect_size);
			return dd_error_prefix(rc, "connection lost after %llu of %s bytes (%s), and resuming failed",
				(unsigned long long)b->delivered, total, detail);
		}
	}
}

static void body_close(dd_reader *base)
{
	body_reader *b = (body_reader *)base;
	xfer_free(b->x);
	free(b->path);
	free(b->accept);
	free(b->what);
	free(b);
}

static void fill_response(const xfer *x, dd_http_response *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->status = x->status;
	resp->content_length = x->content_length;
	resp->content_type = x->content_type[0] ? strdup(x->content_type) : NULL;
	resp->docker_digest = x->docker_digest[0] ? strdup(x->docker_digest) : NULL;
	resp->link = x->link[0] ? strdup(x->link) : NULL;
}

int dd_registry_get(dd_registry_client *c, const dd_http_request *req, dd_reader **out, dd_http_response *resp)
{
	body_reader *b = calloc(1, sizeof(*b));
	int rc;
	if (!b)
		return dd_error_oom();
	b->c = c;
	b->path = strdup(req->path);
	b->accept = req->accept ? strdup(req->accept) : NULL;
	b->what = strdup(req->what ? req->what : req->path);
	if (!b->path || (req->accept && !b->accept) || !b->what) {
		body_close(&b->base);
		return dd_error_oom();
	}
	b->expect_size = req->expect_size;
	b->r = (req_ctx){ .path = b->path, .accept = b->accept, .what = b->what,
		.max_body = req->max_body ? req->max_body : BLOB_MAX };
	b->base.read = body_read;
	b->base.close = body_close;
	if ((rc = request(c, &b->r, &b->x)) != 0) {
		body_close(&b->base);
		return rc;
	}
	if (resp)
		fill_response(b->x, resp);
	*out = &b->base;
	return 0;
}

/* ---- for the push transport (registry_send.c) ---- */

const char *dd_registry_client_base(const dd_registry_client *c)
{
	return c->base;
}

const char *dd_registry_client_host(const dd_registry_client *c)
{
	return c->host;
}

dd_registry_auth *dd_registry_client_auth(dd_registry_client *c)
{
	return &c->auth;
}

int dd_registry_client_max_retries(const dd_registry_client *c)
{
	return c->max_retries;
}

bool dd_registry_client_same_origin(const dd_registry_client *c, const char *url)
{
	return same_origin(c, url);
}

void dd_registry_client_setup(dd_registry_client *c, void *easy)
{
	CURL *e = easy;
	curl_easy_setopt(e, CURLOPT_USERAGENT, "drydock/" DD_VERSION);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, c->plain_http ? "http,https" : "https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, c->connect_timeout);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
	/* the pull side watches stalls itself (stall_timeout); curl's own
	 * low-speed check is the backstop */
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, c->stall_timeout * 2);
	curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(e, CURLOPT_SHARE, c->share);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, c->tls_verify ? 1L : 0L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, c->tls_verify ? 2L : 0L);
	if (c->ca_file)
		curl_easy_setopt(e, CURLOPT_CAINFO, c->ca_file);
}

#define MOUNT_SOURCES_MAX 8

int dd_registry_client_want_push(dd_registry_client *c, const char *const *mount_from)
{
	dd_buf b = DD_BUF_INIT(8192);
	int rc = dd_buf_printf(&b, "repository:%s:pull,push", c->repository);
	for (size_t i = 0; !rc && mount_from && mount_from[i] && i < MOUNT_SOURCES_MAX; i++)
		if (strcmp(mount_from[i], c->repository))
			rc = dd_buf_printf(&b, " repository:%s:pull", mount_from[i]);
	if (rc || !b.ptr) {
		dd_buf_free(&b);
		return rc ? rc : dd_error_oom();
	}
	pthread_mutex_lock(&c->auth.lock);
	free(c->auth.default_scope);
	c->auth.default_scope = b.ptr;   /* the buffer's string is ours now */
	c->auth.ask_default = true;
	pthread_mutex_unlock(&c->auth.lock);
	return 0;
}
