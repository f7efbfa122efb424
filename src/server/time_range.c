/*
 * A rule's `time_range_days`: its scans (scan-now and periodic) only cover
 * images updated within the range. The update time is the registry's push
 * time when a webhook told us (images.pushed_at), else the image config's
 * `created` (one small config read, no layer). An image whose time cannot
 * be learned is scanned: skipping it would hide it from every scan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/server.h"

int dd_srv_time_range_skip(dd_srv *srv, const dd_store_item *it, const dd_catalog_options *co, const char *digest,
	char *reason, size_t cap)
{
	dd_store *st = srv->store;
	json_t *task = NULL, *rule = NULL, *img = NULL;
	char *created = NULL;
	int skip = 0;
	if (st->be->task_get(st, it->task, 0, 0, &task) != 0)
		goto cleanup;
	const char *kind = json_string_value(json_object_get(task, "kind"));
	int64_t rule_id = json_integer_value(json_object_get(task, "rule"));
	if (!kind || (strcmp(kind, "scan") && strcmp(kind, "periodic")) || rule_id <= 0 ||
	    st->be->rule_get(st, rule_id, &rule) != 0)
		goto cleanup;
	int64_t days = json_integer_value(json_object_get(rule, "time_range_days"));
	if (days <= 0)
		goto cleanup;
	const char *when = NULL, *what = "pushed";
	if (st->be->image_get(st, it->registry, it->repository, it->tag, &img) == 0 &&
	    !strcmp(json_string_value(json_object_get(img, "digest")) ? json_string_value(json_object_get(img, "digest")) : "",
		    digest))
		when = json_string_value(json_object_get(img, "pushed_at"));
	if (!when) {
		if (dd_catalog_created(&created, co, it->repository, digest) != 0)
			goto cleanup;   /* unknown: scanned */
		when = created;
		what = "created (the image config; no push time is known)";
	}
	int64_t t = dd_srv_time_parse(when), now = dd_srv_now();
	if (t >= 0 && t < now - days * 86400) {
		snprintf(reason, cap, "outside the rule's time range: %s %s, more than time_range_days %lld ago", what, when,
			(long long)days);
		skip = 1;
	}
cleanup:
	json_decref(task);
	json_decref(rule);
	json_decref(img);
	free(created);
	return skip;
}
