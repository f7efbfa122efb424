/*
 * Backend choice and what every backend shares: report compression (zstd,
 * bounded on the way back: a stored blob is trusted no more than an image)
 * and messages. The backend table is the only list of backends.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zstd.h>

#include "store/store.h"

static const dd_store_backend *const backends[] = {
	&dd_store_sqlite,
	&dd_store_postgres,
	NULL
};

int dd_store_error(int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return dd_error_set_str(code, msg);
}

static int64_t (*store_clock)(void);

void dd_store_clock_set(int64_t (*now)(void))
{
	store_clock = now;
}

int64_t dd_store_now_ms(void)
{
	if (store_clock)
		return store_clock() * 1000;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void dd_store_time(int64_t t, char out[32])
{
	time_t tt = t ? (time_t)t : store_clock ? (time_t)store_clock() : time(NULL);
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int dd_store_open(dd_store **out, const char *location, const char *data_dir)
{
	*out = NULL;
	if (!location || !*location)
		location = "sqlite";
	for (size_t i = 0; backends[i]; i++)
		if (backends[i]->handles(location))
			return backends[i]->open(out, location, data_dir);
	return dd_store_error(DD_EINVAL, "store: '%.100s' is no store this drydock has (sqlite, postgres://...)", location);
}

void dd_store_close(dd_store *s)
{
	if (s)
		s->be->close(s);
}

void dd_store_scan_clear(dd_store_scan *s)
{
	free(s->report);
	free(s->summary);
	memset(s, 0, sizeof(*s));
}

int dd_store_compress(const char *text, size_t len, void **out, size_t *outlen)
{
	size_t cap = ZSTD_compressBound(len);
	void *b = malloc(cap ? cap : 1);
	if (!b)
		return dd_store_error(DD_ENOMEM, "store: out of memory compressing a report");
	size_t n = ZSTD_compress(b, cap, text, len, 3);
	if (ZSTD_isError(n)) {
		free(b);
		return dd_store_error(DD_ERROR, "store: compressing a report: %s", ZSTD_getErrorName(n));
	}
	*out = b;
	*outlen = n;
	return 0;
}

int dd_store_decompress(const void *blob, size_t len, size_t max, char **out, size_t *outlen)
{
	*out = NULL;
	unsigned long long want = ZSTD_getFrameContentSize(blob, len);
	if (want == ZSTD_CONTENTSIZE_ERROR || want == ZSTD_CONTENTSIZE_UNKNOWN)
		return dd_store_error(DD_EFORMAT, "store: a stored report is not a zstd frame with its size");
	if (want > max)
		return dd_store_error(DD_ELIMIT, "store: a stored report of %llu bytes is over the %zu-byte bound", want, max);
	char *b = malloc((size_t)want + 1);
	if (!b)
		return dd_store_error(DD_ENOMEM, "store: out of memory reading a report");
	size_t n = ZSTD_decompress(b, (size_t)want, blob, len);
	if (ZSTD_isError(n) || n != want) {
		free(b);
		return dd_store_error(DD_EFORMAT, "store: a stored report does not decompress: %s",
			ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short");
	}
	b[n] = '\0';
	*out = b;
	*outlen = n;
	return 0;
}
