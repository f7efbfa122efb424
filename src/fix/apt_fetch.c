/*
 * apt downloads over libcurl (apt_fetch.h), one blocking easy transfer per
 * file: a fix fetches a handful of indexes and packages.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/curl_lib.h"

#include "fix/apt_fetch.h"
#include "image/stream.h"
#include "util/reader.h"
#include "util/curl_global.h"
#include "util/error.h"
#include "util/str.h"

typedef struct {
	int fd;
	uint64_t got, max;
	bool too_big, io_error;
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
		if (w <= 0) {
			s->io_error = true;
			return 0;
		}
		off += (size_t)w;
	}
	s->got += n;
	return n;
}

static int copy_local(const char *path, const char *dest, uint64_t max, const char *url)
{
	int in = open(path, O_RDONLY | O_CLOEXEC), out = -1, rc = 0;
	uint64_t got = 0;
	char buf[65536];
	if (in < 0)
		return dd_error_set(errno == ENOENT ? DD_ENOTFOUND : DD_EIO, "%s: %s", url, strerror(errno));
	if ((out = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) {
		rc = dd_error_set(DD_EIO, "cannot create %s: %s", dest, strerror(errno));
		goto cleanup;
	}
	for (;;) {
		ssize_t n = read(in, buf, sizeof(buf));
		if (n < 0) {
			rc = dd_error_set(DD_EIO, "%s: %s", url, strerror(errno));
			break;
		}
		if (n == 0)
			break;
		if ((got += (uint64_t)n) > max) {
			rc = dd_error_set(DD_ELIMIT, "%s is larger than %llu bytes; refusing it", url, (unsigned long long)max);
			break;
		}
		if (write(out, buf, (size_t)n) != n) {
			rc = dd_error_set(DD_EIO, "cannot write %s: %s", dest, strerror(errno));
			break;
		}
	}
cleanup:
	close(in);
	if (out >= 0)
		close(out);
	if (rc)
		unlink(dest);
	return rc;
}

int dd_apt_fetch(const char *url, const char *dest, uint64_t max, bool allow_file)
{
	if (dd_starts_with(url, "file:")) {
		if (!allow_file)
			return dd_error_set(DD_EUNSUPPORTED,
				"%s: an image's own sources may not name local files; give --sources to use a file: repository", url);
		const char *path = url + 5;
		if (dd_starts_with(path, "//"))
			path += 2;
		return copy_local(path, dest, max, url);
	}
	int rc = dd_curl_global_setup();
	if (rc)
		return rc;
	sink s = { .fd = -1, .max = max };
	char errbuf[CURL_ERROR_SIZE] = "";
	CURL *c = NULL;
	if ((s.fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0)
		return dd_error_set(DD_EIO, "cannot create %s: %s", dest, strerror(errno));
	if (!(c = curl_easy_init())) {
		rc = dd_error_oom();
		goto cleanup;
	}
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "drydock/" DD_VERSION);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	CURLcode cr = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (s.too_big)
		rc = dd_error_set(DD_ELIMIT, "%s is larger than %llu bytes; refusing it", url, (unsigned long long)max);
	else if (s.io_error)
		rc = dd_error_set(DD_EIO, "cannot write %s: %s", dest, strerror(errno));
	else if (cr != CURLE_OK)
		rc = dd_error_set(DD_ENET, "%s: download failed: %s", url, errbuf[0] ? errbuf : curl_easy_strerror(cr));
	else if (status != 200)
		rc = dd_error_set(status == 404 ? DD_ENOTFOUND : DD_ENET, "%s: HTTP %ld", url, status);
cleanup:
	curl_easy_cleanup(c);
	close(s.fd);
	if (rc)
		unlink(dest);
	return rc;
}

int dd_apt_file_verify(const char *path, uint64_t size, const char *sha256_hex, const char *what)
{
	dd_reader *raw = NULL, *dig = NULL;
	char expected[80], buf[65536];
	int rc = dd_reader_from_file(&raw, path, 0, UINT64_MAX);
	if (rc)
		return rc;
	snprintf(expected, sizeof(expected), "sha256:%s", sha256_hex);
	/* size 0 would mean "any size" to the digest reader: an empty file is
	 * still checked by its hash */
	if ((rc = dd_digest_reader_new(&dig, raw, expected, size, what)))
		return rc;
	for (;;) {
		ssize_t n = dd_reader_read(dig, buf, sizeof(buf));
		if (n < 0) {
			rc = (int)n;
			break;
		}
		if (n == 0)
			break;
	}
	dd_reader_close(dig);
	return rc;
}
