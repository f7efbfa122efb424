/*
 * Downloads for fix backends (backend.h): one URL into one file of the work
 * directory, with a size cap, the fix's deadline and the image options'
 * TLS settings. https anywhere; plain http only to the loopback host (a
 * test repository): the signature checks make a hostile mirror harmless,
 * but a hostile network should not even get to try.
 */
#include "util/curl_lib.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fix/backend.h"
#include "util/cancel.h"
#include "util/curl_global.h"
#include "util/error.h"
#include "util/str.h"

typedef struct sink {
	int fd;
	uint64_t got, max;
	bool too_big, failed;
} sink;

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *ud)
{
	sink *s = ud;
	size_t n = size * nmemb;
	if (s->got + n > s->max) {
		s->too_big = true;
		return 0;
	}
	for (size_t off = 0; off < n;) {
		ssize_t w = write(s->fd, ptr + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			s->failed = true;
			return 0;
		}
		off += (size_t)w;
	}
	s->got += n;
	return n;
}

static int on_progress(void *ud, curl_off_t total, curl_off_t now, curl_off_t ut, curl_off_t un)
{
	(void)ud, (void)total, (void)now, (void)ut, (void)un;
	return dd_cancel_check() != 0;
}

static bool loopback_http(const char *url)
{
	static const char *const ok[] = { "http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:",
		"http://localhost/", "http://[::1]:", "http://[::1]/" };
	for (size_t i = 0; i < sizeof(ok) / sizeof(*ok); i++)
		if (dd_starts_with(url, ok[i]))
			return true;
	return false;
}

/* A local file of the user's (--sources naming a directory repository). */
static int copy_local(const char *src, const char *dest, uint64_t max)
{
	char *data = NULL;
	size_t len = 0;
	int rc = dd_file_read_all("repository file", src, (size_t)max, &data, &len);
	if (rc < 0)
		return rc;
	int fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write(fd, data, len) != (ssize_t)len)
		rc = dd_error_set(DD_EIO, "%s: %s", dest, strerror(errno));
	if (fd >= 0)
		close(fd);
	free(data);
	return rc;
}

int dd_fix_fetch(const dd_fix_ctx *ctx, const char *url, const char *dest, uint64_t max, bool local_ok)
{
	if (url[0] == '/') {
		if (!local_ok)
			return dd_error_set(DD_EINVAL, "%s: a local path in the image's own sources names the image's "
				"filesystem, not this host's; give --sources", url);
		return copy_local(url, dest, max);
	}
	if (!dd_starts_with(url, "https://") && !loopback_http(url))
		return dd_error_set(DD_EINVAL, "%s: packages are fetched over https (plain http only from 127.0.0.1)", url);
	int rc = dd_curl_global_setup();
	if (rc < 0)
		return rc;
	const dd_image_options *im = &ctx->opts->image;
	sink s = { .fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600), .max = max };
	char errbuf[CURL_ERROR_SIZE] = "";
	CURL *c = NULL;
	if (s.fd < 0)
		return dd_error_set(DD_EIO, "%s: %s", dest, strerror(errno));
	if (!(c = curl_easy_init())) {
		rc = dd_error_oom();
		goto cleanup;
	}
	long timeout = im->http_timeout > 0 ? im->http_timeout : 30;
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "drydock/" DD_VERSION);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, timeout);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, im->tls_verify ? 1L : 0L);
	if (im->ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, im->ca_file);
	CURLcode cr = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (s.too_big)
		rc = dd_error_set(DD_ELIMIT, "%s is larger than %llu bytes; refusing it", url, (unsigned long long)max);
	else if (dd_cancel_peek())
		rc = dd_cancel_check();
	else if (s.failed)
		rc = dd_error_set(DD_EIO, "%s: %s", dest, strerror(errno));
	else if (cr != CURLE_OK)
		rc = dd_error_set(DD_ENET, "%s: %s", url, errbuf[0] ? errbuf : curl_easy_strerror(cr));
	else if (status != 200)
		rc = dd_error_set(DD_ENET, "%s: HTTP %ld", url, status);
cleanup:
	curl_easy_cleanup(c);
	if (close(s.fd) != 0 && rc == 0)
		rc = dd_error_set(DD_EIO, "%s: %s", dest, strerror(errno));
	return rc;
}
