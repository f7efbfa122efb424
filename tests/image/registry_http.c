/* Tests for the registry transport against a scripted in-process HTTP
 * server on a free loopback port: Range resume (honoured, ignored, wrong),
 * retries, a refused oversized manifest, the Bearer and Basic flows, and a
 * cross-origin redirect that must not carry our credentials. These run in
 * the ASan build too, which the shell tests against real registries do not. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "testutil.h"
#include "image/registry.h"
#include "util/error.h"
#include "util/reader.h"

#define BLOB_LEN (1u << 20)
#define MAX_REQS 16

typedef enum { C_RESUME, C_IGNORE_RANGE, C_BAD_RANGE, C_BIG, C_RETRY, C_BEARER, C_REDIRECT, C_404 } scenario;

typedef struct server {
	int fd, port;
	pthread_t th;
	scenario sc;
	unsigned char *blob;
	char reqs[MAX_REQS][2048];
	int n;
} server;

static void send_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t w = send(fd, c, n, MSG_NOSIGNAL);
		if (w <= 0)
			return;
		c += w;
		n -= (size_t)w;
	}
}

static void reply(int fd, const char *status, const char *headers, const void *body, size_t len)
{
	char h[1024];
	int n = snprintf(h, sizeof(h), "HTTP/1.1 %s\r\nContent-Length: %zu\r\nConnection: close\r\n%s\r\n", status, len, headers);
	send_all(fd, h, (size_t)n);
	if (body)
		send_all(fd, body, len);
}

static const char *header(const char *req, const char *name)
{
	static _Thread_local char v[512];
	const char *p = strcasestr(req, name);
	if (!p)
		return NULL;
	p += strlen(name);
	size_t n = strcspn(p, "\r\n");
	snprintf(v, sizeof(v), "%.*s", (int)n, p);
	return v;
}

static void handle(server *s, int fd, const char *req, int i)
{
	char hdr[512];
	const char *range = header(req, "\nRange: bytes=");
	unsigned long from = range ? strtoul(range, NULL, 10) : 0;
	switch (s->sc) {
	case C_RESUME:
	case C_IGNORE_RANGE:
	case C_BAD_RANGE:
		if (i == 0) {
			/* announce everything, send 300000 bytes, hang up */
			snprintf(hdr, sizeof(hdr), "HTTP/1.1 200 OK\r\nContent-Length: %u\r\n\r\n", BLOB_LEN);
			send_all(fd, hdr, strlen(hdr));
			send_all(fd, s->blob, 300000);
			return;
		}
		if (range && s->sc == C_RESUME) {
			snprintf(hdr, sizeof(hdr), "Content-Range: bytes %lu-%u/%u\r\n", from, BLOB_LEN - 1, BLOB_LEN);
			reply(fd, "206 Partial Content", hdr, s->blob + from, BLOB_LEN - from);
		} else if (range && s->sc == C_BAD_RANGE) {
			snprintf(hdr, sizeof(hdr), "Content-Range: bytes 0-%u/%u\r\n", BLOB_LEN - 1, BLOB_LEN);
			reply(fd, "206 Partial Content", hdr, s->blob, BLOB_LEN);
		} else {
			reply(fd, "200 OK", "", s->blob, BLOB_LEN);
		}
		return;
	case C_BIG:
		send_all(fd, "HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n{", 48);
		return;
	case C_RETRY:
		if (i == 0)
			reply(fd, "503 Service Unavailable", "", "{}", 2);
		else if (i == 1)
			reply(fd, "429 Too Many Requests", "Retry-After: 0\r\n", "{}", 2);
		else
			reply(fd, "200 OK", "", s->blob, 1000);
		return;
	case C_BEARER:
		if (strstr(req, "GET /token?")) {
			if (!strstr(req, "service=svc") || !strstr(req, "scope=repository%3Atest%2Fapp%3Apull"))
				reply(fd, "400 Bad Request", "", "{}", 2);
			else
				reply(fd, "200 OK", "", "{\"token\":\"tok123\",\"expires_in\":300}", 35);
		} else if (strstr(req, "\nAuthorization: Bearer tok123")) {
			reply(fd, "200 OK", "", s->blob, 1000);
		} else {
			snprintf(hdr, sizeof(hdr),
				"WWW-Authenticate: Bearer realm=\"http://127.0.0.1:%d/token\",service=\"svc\",scope=\"repository:test/app:pull\"\r\n",
				s->port);
			reply(fd, "401 Unauthorized", hdr, "{}", 2);
		}
		return;
	case C_REDIRECT:
		if (strstr(req, "GET /cdn/")) {
			reply(fd, "200 OK", "", s->blob, 1000);
		} else if (strstr(req, "\nAuthorization: Basic dTpw")) {   /* u:p */
			snprintf(hdr, sizeof(hdr), "Location: http://localhost:%d/cdn/x\r\n", s->port);
			reply(fd, "307 Temporary Redirect", hdr, NULL, 0);
		} else {
			reply(fd, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"r\"\r\n", "{}", 2);
		}
		return;
	case C_404:
		reply(fd, "404 Not Found", "Content-Type: application/json\r\n",
			"{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}", 69);
		return;
	}
}

static void *serve(void *arg)
{
	server *s = arg;
	for (;;) {
		int fd = accept(s->fd, NULL, NULL);
		if (fd < 0)
			return NULL;
		char req[2048];
		size_t n = 0;
		while (n < sizeof(req) - 1 && !memmem(req, n, "\r\n\r\n", 4)) {
			ssize_t r = recv(fd, req + n, sizeof(req) - 1 - n, 0);
			if (r <= 0)
				break;
			n += (size_t)r;
		}
		req[n] = '\0';
		int i = s->n < MAX_REQS ? s->n++ : MAX_REQS - 1;
		memcpy(s->reqs[i], req, n + 1);
		handle(s, fd, req, i);
		shutdown(fd, SHUT_RDWR);
		close(fd);
	}
}

static server *start(scenario sc)
{
	server *s = calloc(1, sizeof(*s));
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t al = sizeof(a);
	s->sc = sc;
	s->blob = malloc(BLOB_LEN);
	for (unsigned i = 0; i < BLOB_LEN; i++)
		s->blob[i] = (unsigned char)(i * 2654435761u >> 13);
	s->fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(s->fd >= 0);
	assert_int_equal(bind(s->fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(listen(s->fd, 16), 0);
	getsockname(s->fd, (struct sockaddr *)&a, &al);
	s->port = ntohs(a.sin_port);
	pthread_create(&s->th, NULL, serve, s);
	return s;
}

static void stop(server *s)
{
	shutdown(s->fd, SHUT_RDWR);
	close(s->fd);
	pthread_join(s->th, NULL);
	free(s->blob);
	free(s);
}

static dd_registry_client *client(server *s, const char *user, const char *pass)
{
	char loc[64];
	dd_registry_ref ref;
	dd_registry_client *c = NULL;
	dd_image_options o = DD_IMAGE_OPTIONS_INIT;
	o.retry_base_ms = 1;
	o.http_timeout = 10;
	o.plain_http = true;
	o.username = user;
	o.password = pass;
	setenv("DOCKER_CONFIG", "/nonexistent", 1);   /* no credentials of the machine's user */
	snprintf(loc, sizeof(loc), "127.0.0.1:%d/test/app:1", s->port);
	assert_int_equal(dd_registry_ref_parse(&ref, loc), 0);
	if (dd_registry_client_new(&c, &ref, &o) != 0)
		fail_msg("client: %s", dd_error_last());
	dd_registry_ref_clear(&ref);
	return c;
}

/* GETs a path and reads the body; returns the rc, *out the bytes. */
static int get(dd_registry_client *c, uint64_t size, uint64_t max, unsigned char **out, size_t *len)
{
	dd_http_request req = { .path = "/v2/test/app/blobs/sha256:x", .max_body = max, .expect_size = size, .what = "blob" };
	dd_reader *r = NULL;
	int rc = dd_registry_get(c, &req, &r, NULL);
	if (rc)
		return rc;
	rc = dd_reader_read_all(r, BLOB_LEN + 1, (char **)out, len);
	dd_reader_close(r);
	return rc;
}

static void check_blob(scenario sc, int want_reqs)
{
	server *s = start(sc);
	dd_registry_client *c = client(s, NULL, NULL);
	unsigned char *got = NULL;
	size_t len = 0;
	if (get(c, BLOB_LEN, BLOB_LEN, &got, &len) != 0)
		fail_msg("scenario %d: %s", sc, dd_error_last());
	assert_int_equal(len, BLOB_LEN);
	assert_memory_equal(got, s->blob, BLOB_LEN);
	assert_int_equal(s->n, want_reqs);
	free(got);
	dd_registry_client_free(c);
	stop(s);
}

static void test_resume(void **state)
{
	(void)state;
	check_blob(C_RESUME, 2);
}

static void test_resume_range_ignored(void **state)
{
	(void)state;
	check_blob(C_IGNORE_RANGE, 2);
}

static void test_resume_wrong_range(void **state)
{
	(void)state;
	/* drop, a 206 from byte 0 (refused), then a plain GET */
	check_blob(C_BAD_RANGE, 3);
}

static void test_oversized_refused(void **state)
{
	(void)state;
	server *s = start(C_BIG);
	dd_registry_client *c = client(s, NULL, NULL);
	unsigned char *got = NULL;
	size_t len = 0;
	assert_int_equal(get(c, 0, 4u << 20, &got, &len), DD_ELIMIT);
	/* the same words as when no length announces it (registry_hostile_big_manifest.sh) */
	assert_non_null(strstr(dd_error_last(), "is over the 4194304-byte limit; refusing it"));
	dd_registry_client_free(c);
	stop(s);
}

static void test_retry(void **state)
{
	(void)state;
	server *s = start(C_RETRY);
	dd_registry_client *c = client(s, NULL, NULL);
	unsigned char *got = NULL;
	size_t len = 0;
	if (get(c, 1000, 1000, &got, &len) != 0)
		fail_msg("%s", dd_error_last());
	assert_int_equal(len, 1000);
	assert_int_equal(s->n, 3);
	free(got);
	dd_registry_client_free(c);
	stop(s);
}

static void test_bearer(void **state)
{
	(void)state;
	server *s = start(C_BEARER);
	dd_registry_client *c = client(s, NULL, NULL);
	unsigned char *got = NULL;
	size_t len = 0;
	for (int round = 0; round < 2; round++) {
		if (get(c, 1000, 1000, &got, &len) != 0)
			fail_msg("%s", dd_error_last());
		assert_int_equal(len, 1000);
		free(got);
	}
	/* 401, token, retry; then the cached token straight away */
	assert_int_equal(s->n, 4);
	assert_non_null(strstr(s->reqs[1], "GET /token?"));
	assert_null(strstr(s->reqs[1], "Authorization"));
	dd_registry_client_free(c);
	stop(s);
}

static void test_redirect_drops_credentials(void **state)
{
	(void)state;
	server *s = start(C_REDIRECT);
	dd_registry_client *c = client(s, "u", "p");
	unsigned char *got = NULL;
	size_t len = 0;
	if (get(c, 1000, 1000, &got, &len) != 0)
		fail_msg("%s", dd_error_last());
	assert_int_equal(len, 1000);
	assert_int_equal(s->n, 3);
	assert_non_null(strstr(s->reqs[2], "GET /cdn/x"));
	assert_non_null(strstr(s->reqs[2], "Host: localhost:"));
	assert_null(strstr(s->reqs[2], "Authorization"));
	free(got);
	dd_registry_client_free(c);
	stop(s);
}

static void test_not_found(void **state)
{
	(void)state;
	server *s = start(C_404);
	dd_registry_client *c = client(s, NULL, NULL);
	unsigned char *got = NULL;
	size_t len = 0;
	assert_int_equal(get(c, 0, 1000, &got, &len), DD_ENOTFOUND);
	assert_non_null(strstr(dd_error_last(), "MANIFEST_UNKNOWN: manifest unknown"));
	assert_non_null(strstr(dd_error_last(), "repository test/app"));
	assert_int_equal(s->n, 1);
	dd_registry_client_free(c);
	stop(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resume),
		cmocka_unit_test(test_resume_range_ignored),
		cmocka_unit_test(test_resume_wrong_range),
		cmocka_unit_test(test_oversized_refused),
		cmocka_unit_test(test_retry),
		cmocka_unit_test(test_bearer),
		cmocka_unit_test(test_redirect_drops_credentials),
		cmocka_unit_test(test_not_found),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
