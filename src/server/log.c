/*
 * Structured logs on stderr: "TIME LEVEL message key=value ..." for people,
 * or one JSON object per line (--log-format json) for collectors. Values
 * may hold what a registry or a client sent: text mode quotes them, JSON
 * escapes them, so a line is always one line.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "server/server.h"

static dd_server_log_format format;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void dd_srv_log_init(dd_server_log_format fmt)
{
	format = fmt;
}

static void quoted(FILE *fp, const char *v)
{
	bool plain = *v != '\0';
	for (const char *p = v; *p; p++)
		if (*p <= ' ' || *p == '"' || *p == '=' || (unsigned char)*p == 0x7f)
			plain = false;
	if (plain) {
		fputs(v, fp);
		return;
	}
	fputc('"', fp);
	for (const char *p = v; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\x%02x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

void dd_srv_log(const char *level, const char *msg, ...)
{
	char ts[40];
	struct timeval tv;
	struct tm tm;
	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	size_t n = strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(ts + n, sizeof(ts) - n, ".%03ldZ", (long)(tv.tv_usec / 1000));
	va_list ap;
	va_start(ap, msg);
	if (format == DD_SERVER_LOG_JSON) {
		json_t *o = json_pack("{s:s,s:s,s:s}", "time", ts, "level", level, "msg", msg);
		const char *k;
		while (o && (k = va_arg(ap, const char *)) != NULL) {
			const char *v = va_arg(ap, const char *);
			json_object_set_new(o, k, json_string(v ? v : ""));
		}
		char *line = o ? json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII) : NULL;
		json_decref(o);
		if (line) {
			pthread_mutex_lock(&lock);
			fprintf(stderr, "%s\n", line);
			pthread_mutex_unlock(&lock);
		}
		free(line);
	} else {
		pthread_mutex_lock(&lock);
		fprintf(stderr, "%s %s ", ts, level);
		quoted(stderr, msg);
		const char *k;
		while ((k = va_arg(ap, const char *)) != NULL) {
			const char *v = va_arg(ap, const char *);
			fprintf(stderr, " %s=", k);
			quoted(stderr, v ? v : "");
		}
		fputc('\n', stderr);
		pthread_mutex_unlock(&lock);
	}
	va_end(ap);
}
