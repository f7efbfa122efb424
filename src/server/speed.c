/*
 * Per-registry speed limits: `speed_limit` images pulled per hour, a token
 * bucket with a burst of 1 shared by every task (and, through the store,
 * every process): a pull may start when the registry's next free time has
 * come, and moves it one interval (3600 s / speed_limit) on. Only pulls
 * pay: a digest served from a stored scan (dedup, rematch) never gets
 * here, and a scan the layer cache served gives its token back.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "server/server.h"

#define POLL_MS 200   /* how often a waiting pull looks at the bucket and at a cancel */

int64_t dd_srv_speed_limit(json_t *reg)
{
	json_t *v = json_object_get(reg, "speed_limit");
	if (json_is_integer(v))
		return json_integer_value(v) > 0 ? json_integer_value(v) : 0;
	const char *type = json_string_value(json_object_get(reg, "type"));
	return type && !strcmp(type, "harbor") ? 10 : 0;
}

static int64_t interval_ms(json_t *reg)
{
	int64_t limit = dd_srv_speed_limit(reg);
	return limit > 0 ? 3600000 / limit : 0;
}

int dd_srv_speed_wait(dd_srv *srv, json_t *reg, dd_progress_cb stop, void *payload)
{
	int64_t every = interval_ms(reg);
	const char *name = json_string_value(json_object_get(reg, "name"));
	dd_store *st = srv->store;
	if (!every || !name)
		return 0;
	for (;;) {
		int64_t wait = 0;
		int rc = st->be->speed_take(st, name, dd_srv_now_ms(), every, &wait);
		if (rc)
			return rc;
		if (!wait)
			return 0;
		if (stop && stop("speed_limit", 0, 0, payload))
			return dd_error_set_str(DD_ECANCELED, "stopped while waiting for the registry's speed_limit");
		int64_t ms = wait < POLL_MS ? wait : POLL_MS;
		struct timespec ts = { (time_t)(ms / 1000), (long)(ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
	}
}

void dd_srv_speed_refund(dd_srv *srv, json_t *reg)
{
	int64_t every = interval_ms(reg);
	const char *name = json_string_value(json_object_get(reg, "name"));
	if (every && name)
		srv->store->be->speed_refund(srv->store, name, every);
}
