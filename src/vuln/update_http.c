/*
 * One HTTPS GET of db update into a file, bounded: the body may not pass
 * `max` bytes (a Content-Length above it is refused before any byte is
 * read), only https:// is spoken, also across redirects, and the caller's
 * progress callback may stop the transfer. Whatever the status, the answer
 * is handed back for the caller to judge (a 304, a 429 to retry).
 */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/update.h"

#define RETRY_AFTER_CAP 300u   /* seconds a server may ask us to wait */

typedef struct download {
	int fd;
	uint64_t max;
	bool too_big;
	bool canceled;      /* the progress callback said stop */
	const char *what;
	dd_update_http *out;
	const dd_db_update_options *opts;
} download;

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *ud)
{
	download *d = ud;
	size_t n = size * nmemb;
	if (d->out->bytes + n > d->max) {
		d->too_big = true;
		return 0;
	}
	for (size_t off = 0; off < n;) {
		ssize_t w = write(d->fd, ptr + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return 0;
		off += (size_t)w;
	}
	d->out->bytes += n;
	return n;
}

static void header_value(const char *line, size_t n, const char *name, char *out, size_t cap)
{
	size_t nl = strlen(name);
	if (n <= nl || strncasecmp(line, name, nl) || line[nl] != ':')
		return;
	const char *v = line + nl + 1;
	size_t vl = n - nl - 1;
	while (vl && (*v == ' ' || *v == '\t'))
		v++, vl--;
	while (vl && (v[vl - 1] == '\r' || v[vl - 1] == '\n' || v[vl - 1] == ' '))
		vl--;
	for (size_t i = 0; i < vl; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return; /* never echo control characters back in a request header */
	if (vl < cap) {
		memcpy(out, v, vl);
		out[vl] = '\0';
	}
}

static size_t on_header(char *ptr, size_t size, size_t nmemb, void *ud)
{
	download *d = ud;
	size_t n = size * nmemb;
	char retry[16] = "";
	/* a redirect's headers come first: each response starts afresh */
	if (n >= 5 && !strncmp(ptr, "HTTP/", 5)) {
		d->out->etag[0] = '\0';
		d->out->last_modified[0] = '\0';
		d->out->retry_after = 0;
	}
	header_value(ptr, n, "ETag", d->out->etag, sizeof(d->out->etag));
	header_value(ptr, n, "Last-Modified", d->out->last_modified, sizeof(d->out->last_modified));
	header_value(ptr, n, "Retry-After", retry, sizeof(retry));
	if (*retry) {
		/* delta-seconds only; a date (rare) falls back to our own backoff */
		char *end;
		unsigned long s = strtoul(retry, &end, 10);
		if (!*end && end != retry)
			d->out->retry_after = s > RETRY_AFTER_CAP ? RETRY_AFTER_CAP : (unsigned)s;
	}
	return n;
}

static int on_progress(void *ud, curl_off_t total, curl_off_t now, curl_off_t ut, curl_off_t un)
{
	download *d = ud;
	(void)ut, (void)un;
	if (d->opts->progress && d->opts->progress(d->what, (uint64_t)now, (uint64_t)total, d->opts->progress_payload))
		d->canceled = true;
	return d->canceled; /* non-zero: curl aborts the transfer */
}

int dd_update_get(const char *url, const char *what, int fd, uint64_t max, const char *const *headers,
	const dd_db_update_options *opts, dd_update_http *out)
{
	struct curl_slist *hdrs = NULL;
	download d = { .fd = fd, .max = max, .what = what, .out = out, .opts = opts };
	char errbuf[CURL_ERROR_SIZE] = "";
	int rc = 0;
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; headers && headers[i]; i++) {
		struct curl_slist *nh = curl_slist_append(hdrs, headers[i]);
		if (!nh) {
			curl_slist_free_all(hdrs);
			return dd_error_oom();
		}
		hdrs = nh;
	}
	CURL *c = curl_easy_init();
	if (!c) {
		curl_slist_free_all(hdrs);
		return dd_error_oom();
	}
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "drydock/" DD_VERSION);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 120L);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &d);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &d);
	curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(c, CURLOPT_XFERINFODATA, &d);
	curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	if (hdrs)
		curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
	if (opts->ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, opts->ca_file);
	CURLcode cr = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
	if (d.too_big || cr == CURLE_FILESIZE_EXCEEDED) {
		rc = dd_error_set(DD_ELIMIT, "%s: the answer is larger than %llu MB; refusing it", what,
			(unsigned long long)(max >> 20));
	} else if (d.canceled) {
		rc = dd_error_set(DD_ECANCELED, "db update canceled while downloading %s; the DB was not changed", what);
	} else if (cr != CURLE_OK) {
		curl_off_t want = -1;
		curl_easy_getinfo(c, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &want);
		if (cr == CURLE_PARTIAL_FILE && want > 0)
			rc = dd_error_set(DD_ENET, "%s: download interrupted after %llu of %lld bytes (truncated)", what,
				(unsigned long long)out->bytes, (long long)want);
		else
			rc = dd_error_set(DD_ENET, "%s: download failed: %s", what, errbuf[0] ? errbuf : curl_easy_strerror(cr));
	} else if (out->status == 200 && fsync(fd) != 0) {
		rc = dd_error_set(DD_EIO, "cannot write the download of %s: %s", what, strerror(errno));
	}
	curl_slist_free_all(hdrs);
	curl_easy_cleanup(c);
	return rc;
}

int dd_update_tmpfile(const char *db_path, const char *kind, char **path, int *fd)
{
	char *p = dd_asprintf("%s.%s-XXXXXX", db_path, kind);
	*path = NULL;
	*fd = -1;
	if (!p)
		return dd_error_oom();
	if ((*fd = mkstemp(p)) < 0) {
		int rc = dd_error_set(DD_EIO, "cannot create a download file beside %s: %s", db_path, strerror(errno));
		free(p);
		return rc;
	}
	*path = p;
	return 0;
}

void dd_update_remove(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *de;
	if (!d) {
		unlink(path);
		return;
	}
	while ((de = readdir(d)))
		if (de->d_name[0] != '.') {
			char *p = dd_asprintf("%s/%s", path, de->d_name);
			if (p)
				unlink(p);
			free(p);
		}
	closedir(d);
	rmdir(path);
}

int dd_update_sleep(unsigned ms, const char *what, const dd_db_update_options *opts)
{
	while (ms) {
		unsigned step = ms < 100 ? ms : 100;
		struct timespec ts = { 0, (long)step * 1000000L };
		nanosleep(&ts, NULL);
		ms -= step;
		if (opts->progress && opts->progress(what, 0, 0, opts->progress_payload))
			return dd_error_set(DD_ECANCELED, "db update canceled while waiting to ask %s; the DB was not changed", what);
	}
	return 0;
}
