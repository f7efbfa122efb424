/*
 * Events out (issue 15): what the service tells notifiers. Any part of the
 * service calls dd_srv_event_emit when something happened to an image;
 * the event becomes one row per interested notifier in the store's outbox
 * and the delivery thread (notify.c) sends it, retrying until the
 * receiver accepts it. Emitting never waits for a receiver.
 */
#ifndef DD_SERVER_EVENTS_H
#define DD_SERVER_EVENTS_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "drydock/report.h"
#include "server/server.h"

/*
 * Queues `event` (scan_completed, image_blocked, fix_completed,
 * new_vulnerabilities) about `image` {registry, repository, tag, digest}
 * for every notifier whose `events` list it and, when extra has
 * "notifiers" (an array of names: a rule's or a chain's), that is named
 * there. The body is SERVICE.md's {id, event, occurred_at, image, summary,
 * blocked, report_url} with extra's other keys merged in (summary,
 * blocked, report_url, added, removed, fixed_tag, task, ...; defaults:
 * blocked false, report_url the image's HTML report on this service).
 * Control keys of extra, not sent: "id" (a string naming the event stably: a
 * caller that may emit the same event again after a crash passes the same
 * one, the event id is its SHA-256 in UUID form, and the outbox keeps one
 * row; absent: a random UUID), "notifiers".
 * "task" (an integer) is sent and also names the task whose log shows
 * the deliveries' failures.
 * Neither argument is taken (the caller keeps its references). Returns 0
 * (also when nobody is interested) or a negative dd_error_code.
 */
int dd_srv_event_emit(dd_srv *srv, const char *event, json_t *image, json_t *extra);

/* true when `event` is a known event name */
bool dd_srv_event_known(const char *event);

/*
 * The runner's hook: a task item finished with a stored scan. Emits
 * scan_completed for the item (stable id from the item, so a requeued item
 * emits once) with summary, classes (counts per finding class) and
 * top_findings from the report (rep, or the stored scan scan_id when rep
 * is NULL), to the notifiers of the task's rule. Cheap when no notifier
 * wants scan_completed. Failures are logged, never the item's.
 */
void dd_srv_event_scan_completed(dd_srv *srv, int64_t task, int64_t item, json_t *image, int64_t scan_id,
	const dd_report *rep);

#endif
