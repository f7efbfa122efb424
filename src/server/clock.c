/*
 * The service's clock. Everything that depends on time (task deadlines,
 * periodic runs, retention, the speed limit's bucket, the store's
 * timestamps) asks dd_srv_now(), so that a test can run days of schedule
 * without sleeping: the config key `test_clock_file` (a test hook, not for
 * production) names a file holding unix seconds, read at every call. A
 * file that cannot be read or parsed falls back to the real time.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "server/server.h"

static char clock_file[1024];   /* set once at start, before any thread */

static bool file_seconds(double *out)
{
	char buf[48];
	int fd = open(clock_file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	char *end = NULL;
	double v = strtod(buf, &end);
	if (end == buf || v < 1 || v > 4e9)
		return false;
	*out = v;
	return true;
}

int64_t dd_srv_now_ms(void)
{
	double v;
	if (clock_file[0] && file_seconds(&v))
		return (int64_t)(v * 1000.0);
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

bool dd_srv_clock_injected(void)
{
	return clock_file[0] != '\0';
}

int64_t dd_srv_now(void)
{
	return dd_srv_now_ms() / 1000;
}

int dd_srv_clock_init(dd_srv *srv)
{
	json_t *v = json_object_get(srv->cfg.doc, "test_clock_file");
	clock_file[0] = '\0';
	if (!v)
		return 0;
	if (!json_is_string(v) || !json_string_length(v) || json_string_length(v) >= sizeof(clock_file))
		return dd_error_set_str(DD_EINVAL, "config: test_clock_file: must be the path of a file holding unix seconds");
	snprintf(clock_file, sizeof(clock_file), "%s", json_string_value(v));
	dd_store_clock_set(dd_srv_now);
	dd_srv_log("warn", "test_clock_file is set: the service's time is read from a file (a test hook)", "file",
		clock_file, NULL);
	return 0;
}

/* unix seconds of an RFC 3339 time ("2026-12-07T14:00:00Z", fractions and
 * offsets allowed); -1 when it is not one */
int64_t dd_srv_time_parse(const char *s)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	const char *p = s ? strptime(s, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
	if (!p)
		return -1;
	int64_t t = (int64_t)timegm(&tm);
	if (*p == '.')
		while (*++p >= '0' && *p <= '9')
			;
	if (*p == '+' || *p == '-') {
		int h = 0, m = 0;
		if (sscanf(p + 1, "%2d:%2d", &h, &m) != 2)
			return -1;
		t -= (*p == '+' ? 1 : -1) * (int64_t)(h * 3600 + m * 60);
	} else if (*p != 'Z' && *p != 'z') {
		return -1;
	}
	return t;
}
