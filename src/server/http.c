/*
 * The listener: libmicrohttpd with its own polling thread and a small pool
 * of threads (handlers are short store reads and writes). Every connection
 * is bounded: how many at once (max_connections), how long it may stay
 * silent (connection_timeout), and how big a body may be (max_body: 413
 * before a byte more is kept). Bodies are collected per connection, then
 * the request goes through the router (router.c) once complete.
 */
#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "server/api.h"
#include "server/console.h"
#include "server/sse.h"
#include "server/session.h"

struct dd_srv_http {
	struct MHD_Daemon *d;
	char *cert, *key;
};

typedef struct conn_state {
	char *body;
	size_t len, cap;
	bool too_big;
} conn_state;

static const char *query_get(const dd_api_request *req, const char *key)
{
	return MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, key);
}

static const char *header_get(const dd_api_request *req, const char *name)
{
	return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

/* Every answer: the console's pages load only their own script and style
 * (no inline script, no other origin), are never framed, and leak no
 * referrer; harmless on JSON. */
static void common_headers(struct MHD_Response *mr)
{
	MHD_add_response_header(mr, "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
		"img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
		"frame-ancestors 'none'");
	MHD_add_response_header(mr, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(mr, "X-Frame-Options", "DENY");
	MHD_add_response_header(mr, "Referrer-Policy", "no-referrer");
}

static ssize_t stream_cb(void *cls, uint64_t pos, char *buf, size_t max)
{
	dd_api_response *r = cls;
	ssize_t n = r->stream_read(r->stream, buf, max);
	return n < 0 ? MHD_CONTENT_READER_END_OF_STREAM : n;
}

static void stream_free(void *cls)
{
	dd_api_response *r = cls;
	r->stream_done(r->stream);
	free(r);
}

static enum MHD_Result send_response(struct MHD_Connection *c, dd_api_response *r)
{
	struct MHD_Response *mr;
	if (r->stream) {
		dd_api_response *held = malloc(sizeof(*held));
		if (!held) {
			r->stream_done(r->stream);
			free(r->set_cookie);
			return MHD_NO;
		}
		*held = *r;
		held->set_cookie = NULL;
		mr = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, stream_cb, held, stream_free);
		if (!mr) {
			stream_free(held);
			free(r->set_cookie);
			return MHD_NO;
		}
	} else {
		mr = MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE);
		if (!mr) {
			free(r->body);
			free(r->set_cookie);
			return MHD_NO;
		}
		r->body = NULL;
	}
	MHD_add_response_header(mr, "Content-Type", r->content_type ? r->content_type : "application/json");
	MHD_add_response_header(mr, "Cache-Control", "no-store");
	common_headers(mr);
	if (r->www_authenticate)
		MHD_add_response_header(mr, "WWW-Authenticate", r->www_authenticate);
	if (r->extra_name)
		MHD_add_response_header(mr, r->extra_name, r->extra_value);
	if (r->set_cookie)
		MHD_add_response_header(mr, "Set-Cookie", r->set_cookie);
	free(r->set_cookie);
	r->set_cookie = NULL;
	enum MHD_Result ok = MHD_queue_response(c, (unsigned)r->status, mr);
	MHD_destroy_response(mr);
	return ok;
}

/* The console's files, from the binary (gzip when the browser takes it). */
static enum MHD_Result send_asset(struct MHD_Connection *c, const dd_console_asset *a)
{
	const char *ae = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING);
	bool gz = a->gz && ae && strstr(ae, "gzip");
	struct MHD_Response *mr = MHD_create_response_from_buffer(gz ? a->gz_len : a->len,
		(void *)(gz ? a->gz : a->data), MHD_RESPMEM_PERSISTENT);
	if (!mr)
		return MHD_NO;
	MHD_add_response_header(mr, "Content-Type", a->type);
	MHD_add_response_header(mr, "Cache-Control", "no-cache");
	MHD_add_response_header(mr, "Vary", "Accept-Encoding");
	if (gz)
		MHD_add_response_header(mr, "Content-Encoding", "gzip");
	common_headers(mr);
	enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, mr);
	MHD_destroy_response(mr);
	return ok;
}

static void count_status(dd_srv *srv, int status)
{
	int k = status / 100;
	if (k >= 1 && k <= 5)
		atomic_fetch_add(&srv->metrics.http_requests[k], 1);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
	const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
	dd_srv *srv = cls;
	conn_state *st = *con_cls;
	dd_api_response resp = { 0 };
	if (!st) {
		if (!(st = calloc(1, sizeof(*st))))
			return MHD_NO;
		*con_cls = st;
		/* an announced body over the bound: refuse before reading it */
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl && strtoull(cl, NULL, 10) > srv->cfg.max_body) {
			/* answered now: MHD reads none of the body and closes the connection */
			st->too_big = true;
			dd_api_error(&resp, 413, "body_too_large", "the request body is over %zu bytes", srv->cfg.max_body);
			count_status(srv, resp.status);
			return send_response(c, &resp);
		}
		return MHD_YES;
	}
	if (*upload_size) {
		if (!st->too_big && st->len + *upload_size > srv->cfg.max_body)
			st->too_big = true;
		if (!st->too_big) {
			if (st->len + *upload_size + 1 > st->cap) {
				size_t cap = st->cap ? st->cap : 4096;
				while (cap < st->len + *upload_size + 1)
					cap *= 2;
				char *nb = realloc(st->body, cap);
				if (!nb)
					return MHD_NO;
				st->body = nb;
				st->cap = cap;
			}
			memcpy(st->body + st->len, upload, *upload_size);
			st->len += *upload_size;
			st->body[st->len] = '\0';
		}
		*upload_size = 0;
		return MHD_YES;
	}
	/* a worker has no API: its listener is for the load balancer's probe
	 * and Prometheus only */
	if (srv->worker && strcmp(url, "/healthz") && strcmp(url, "/metrics")) {
		dd_api_error(&resp, 404, "not_found", "this is a worker (drydock serve --worker): it serves only /healthz and "
			"/metrics; the API is on the service's API processes");
		count_status(srv, resp.status);
		return send_response(c, &resp);
	}
	const dd_console_asset *asset = NULL;
	if (!st->too_big && (!strcmp(method, "GET") || !strcmp(method, "HEAD")) && (asset = dd_srv_console_find(url))) {
		count_status(srv, 200);
		return send_asset(c, asset);
	}
	if (st->too_big) {
		dd_api_error(&resp, 413, "body_too_large", "the request body is over %zu bytes", srv->cfg.max_body);
	} else {
		dd_api_request req = { 0 };
		req.srv = srv;
		req.method = method;
		req.path = url;
		req.body = st->body ? st->body : "";
		req.body_len = st->len;
		req.role = "";
		req.query = query_get;
		req.header = header_get;
		req.conn = c;
		req.session = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, DD_SESSION_COOKIE);
		dd_api_dispatch(&req, &resp, MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION));
	}
	count_status(srv, resp.status);
	return send_response(c, &resp);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	conn_state *st = *con_cls;
	if (st) {
		free(st->body);
		free(st);
		*con_cls = NULL;
	}
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char msg[512];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	dd_srv_log("warn", "http", "detail", msg, NULL);
}

static int read_file(const char *path, const char *key, char **out)
{
	FILE *fp = fopen(path, "rb");
	char buf[1 << 16];
	if (!fp)
		return dd_error_set_str(DD_EIO, key);
	size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	if (!n || n == sizeof(buf) - 1)
		return dd_error_set_str(DD_EINVAL, key);
	*out = strdup(buf);
	return *out ? 0 : DD_ENOMEM;
}

int dd_srv_http_start(dd_srv *srv, dd_srv_http **out, int *port)
{
	dd_srv_config *cfg = &srv->cfg;
	char host[256], svc[16];
	const char *colon = strrchr(cfg->listen, ':');
	*out = NULL;
	if (!colon || colon == cfg->listen || strlen(colon + 1) >= sizeof(svc)) {
		char m[400];
		snprintf(m, sizeof(m), "config: listen: '%.200s' is not HOST:PORT", cfg->listen);
		return dd_error_set_str(DD_EINVAL, m);
	}
	const char *h = cfg->listen;
	size_t hl = (size_t)(colon - h);
	if (h[0] == '[' && hl >= 2 && h[hl - 1] == ']') {
		h++;
		hl -= 2;
	}
	snprintf(host, sizeof(host), "%.*s", (int)hl, h);
	snprintf(svc, sizeof(svc), "%s", colon + 1);
	struct addrinfo hints = { 0 }, *ai = NULL;
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	int g = getaddrinfo(host, svc, &hints, &ai);
	if (g) {
		char m[512];
		snprintf(m, sizeof(m), "config: listen: cannot use '%.200s': %s", cfg->listen, gai_strerror(g));
		return dd_error_set_str(DD_EINVAL, m);
	}
	dd_srv_http *hs = calloc(1, sizeof(*hs));
	if (!hs) {
		freeaddrinfo(ai);
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	}
	/* suspend/resume: an idle event stream gives its pool thread back (api_events.c) */
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG | MHD_USE_AUTO | MHD_ALLOW_SUSPEND_RESUME;
	if (ai->ai_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	int rc = 0;
	if (cfg->tls_cert[0]) {
		if (MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
			rc = dd_error_set_str(DD_EUNSUPPORTED, "config: tls_cert: this libmicrohttpd was built without TLS");
			goto fail;
		}
		if (read_file(cfg->tls_cert, "config: tls_cert: cannot read the certificate file (PEM, under 64 KiB)", &hs->cert) ||
		    read_file(cfg->tls_key, "config: tls_key: cannot read the key file (PEM, under 64 KiB)", &hs->key)) {
			rc = dd_error_last_code();
			goto fail;
		}
		flags |= MHD_USE_TLS;
	}
	struct MHD_OptionItem tls_opts[] = {
		{ MHD_OPTION_HTTPS_MEM_CERT, 0, hs->cert },
		{ MHD_OPTION_HTTPS_MEM_KEY, 0, hs->key },
		{ MHD_OPTION_END, 0, NULL }
	};
	struct MHD_OptionItem none[] = { { MHD_OPTION_END, 0, NULL } };
	hs->d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, srv,
		MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
		MHD_OPTION_SOCK_ADDR, ai->ai_addr,
		MHD_OPTION_THREAD_POOL_SIZE, (unsigned)4,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)cfg->max_connections,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->connection_timeout,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)0,
		MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL,
		MHD_OPTION_ARRAY, cfg->tls_cert[0] ? tls_opts : none,
		MHD_OPTION_END);
	if (!hs->d) {
		char m[400];
		snprintf(m, sizeof(m), "cannot listen on %.200s (in use, or not an address of this machine?)", cfg->listen);
		rc = dd_error_set_str(DD_EIO, m);
		goto fail;
	}
	if ((rc = dd_srv_sse_start()) != 0)
		goto fail;
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(hs->d, MHD_DAEMON_INFO_BIND_PORT);
	*port = info ? info->port : 0;
	freeaddrinfo(ai);
	*out = hs;
	return 0;
fail:
	freeaddrinfo(ai);
	dd_srv_http_stop(hs);
	return rc;
}

void dd_srv_http_stop(dd_srv_http *h)
{
	if (!h)
		return;
	/* open event streams end first: a suspended connection must be resumed
	 * before the daemon stops */
	dd_srv_sse_stop();
	if (h->d)
		MHD_stop_daemon(h->d);
	free(h->cert);
	free(h->key);
	free(h);
}
