/*
 * The scheduler: one thread per process that makes a pass every second
 * (0.2 s on a test clock); of the processes sharing a store only the one
 * holding the store's "scheduler" role (leader_try: an advisory lock in
 * PostgreSQL, let go when its holder dies, always this process with
 * SQLite) does steps 2 and 3, and every pass asks again, so another
 * process takes over within a pass of the leader's death:
 *   1. tasks past their max_task_duration end timed_out (store task_expire:
 *      queued items skipped; running ones see the state through the
 *      engine's progress callback and stop);
 *   2. each rule with a `cycle` runs when its last run's start (its latest
 *      scan-now or periodic task, from the store) plus the cycle has come,
 *      or one cycle after its creation when it never ran; the task is
 *      created only if the last run is still the one read (store
 *      periodic_create), so a restart or a second pass never doubles a run,
 *      and a run that was due while the service was down starts at once;
 *   3. a rule's `retention_days`: stored results of its images older than
 *      that are deleted (the quota keeps their digests); once a minute.
 * Nothing here remembers anything between passes: the store is the state.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/server.h"

#define PAGE 100
#define PASS_MS 1000
#define PASS_MS_TEST_CLOCK 200   /* a test that moves the clock waits for passes: keep it short */
#define RETENTION_EVERY 60       /* seconds (service clock) between retention sweeps: a day's precision is enough */

struct dd_srv_scheduler {
	dd_srv *srv;
	dd_srv_ticker *ticker;
	int64_t last_sweep;         /* service clock of the last retention sweep */
};

int64_t dd_srv_cycle_seconds(const char *cycle)
{
	if (!cycle)
		return 0;
	if (!strcmp(cycle, "3d"))
		return 3 * 86400;
	if (!strcmp(cycle, "1w"))
		return 7 * 86400;
	if (!strcmp(cycle, "2w"))
		return 14 * 86400;
	return 0;
}

/* The start of the rule's next periodic run (unix seconds; 0: none) and its
 * last run as the store has it (last: "" when it never ran). */
static int64_t next_run(dd_srv *srv, json_t *rule, char last[32])
{
	dd_store *st = srv->store;
	int64_t cycle = dd_srv_cycle_seconds(json_string_value(json_object_get(rule, "cycle")));
	last[0] = '\0';
	if (st->be->rule_last_run(st, json_integer_value(json_object_get(rule, "id")), last) != 0)
		return 0;
	int64_t from = dd_srv_time_parse(last[0] ? last : json_string_value(json_object_get(rule, "created_at")));
	return cycle && from >= 0 ? from + cycle : 0;
}

json_t *dd_srv_rule_schedule(dd_srv *srv, json_t *rule)
{
	char last[32], next[32];
	int64_t at = next_run(srv, rule, last);
	if (at)
		dd_store_time(at, next);
	json_object_set_new(rule, "last_run_at", last[0] ? json_string(last) : json_null());
	json_object_set_new(rule, "next_run_at", at ? json_string(next) : json_null());
	return rule;
}

static void rule_log(const char *level, const char *msg, int64_t rule, const char *k, const char *v)
{
	char id[24];
	snprintf(id, sizeof(id), "%lld", (long long)rule);
	dd_srv_log(level, msg, "rule", id, k, v, NULL);
}

/* Starts the rule's periodic run when it is due. */
static void periodic(dd_srv *srv, json_t *rule, int64_t now)
{
	dd_store *st = srv->store;
	int64_t id = json_integer_value(json_object_get(rule, "id"));
	char last[32];
	int64_t due = next_run(srv, rule, last);
	if (!due || now < due)
		return;
	json_t *items = NULL;
	char err[600] = "";
	if (dd_srv_rule_enumerate(srv, rule, &items) != 0)
		snprintf(err, sizeof(err), "listing the rule's images failed: %s", dd_error_last());
	int64_t deadline = srv->cfg.max_task_duration ? now + srv->cfg.max_task_duration : 0;
	int64_t task = 0;
	int rc = st->be->periodic_create(st, id, last, dd_srv_rule_scanners(rule), items, deadline, err[0] ? err : NULL,
		&task);
	json_decref(items);
	if (rc) {
		rule_log("error", "could not start a periodic run", id, "detail", dd_error_last());
		return;
	}
	if (!task)
		return;   /* another pass started it */
	char t[24];
	snprintf(t, sizeof(t), "%lld", (long long)task);
	rule_log(err[0] ? "warn" : "info", err[0] ? err : "periodic run started", id, "task", t);
	if (srv->runner)
		dd_srv_runner_kick(srv->runner);
}

/* Deletes the stored results of the rule's images older than its retention. */
static void retention(dd_srv *srv, json_t *rule, int64_t now)
{
	dd_store *st = srv->store;
	int64_t days = json_integer_value(json_object_get(rule, "retention_days"));
	int64_t id = json_integer_value(json_object_get(rule, "id"));
	const char *registry = json_string_value(json_object_get(rule, "registry"));
	const char *re_text = json_string_value(json_object_get(rule, "tag_regex"));
	regex_t re;
	char before[32], err[300];
	if (days <= 0 || !registry || dd_srv_tag_regex(re_text ? re_text : ".*", &re, err, sizeof(err)) != 0)
		return;
	dd_store_time(now - days * 86400, before);
	int64_t after = 0;
	for (;;) {
		json_t *page = NULL, *img;
		size_t i;
		if (st->be->retention_list(st, registry, before, after, PAGE, &page) != 0)
			break;
		json_array_foreach(page, i, img) {
			after = json_integer_value(json_object_get(img, "id"));
			const char *repo = json_string_value(json_object_get(img, "repository"));
			const char *tag = json_string_value(json_object_get(img, "tag"));
			if (!dd_srv_rule_matches(rule, &re, registry, repo, tag))
				continue;
			if (st->be->scan_drop(st, json_integer_value(json_object_get(img, "scan"))) != 0) {
				rule_log("error", "could not delete a result past retention_days", id, "detail", dd_error_last());
				continue;
			}
			char image[600];
			snprintf(image, sizeof(image), "%s/%s:%s scanned %s", registry, repo, tag,
				json_string_value(json_object_get(img, "scanned_at")));
			rule_log("info", "result older than retention_days deleted", id, "image", image);
		}
		size_t n = json_array_size(page);
		json_decref(page);
		if (n < PAGE)
			break;
	}
	regfree(&re);
}

bool dd_srv_leader_check(dd_srv *srv)
{
	dd_store *st = srv->store;
	bool leader = false;
	int rc = st->be->leader_try(st, "scheduler", &leader);
	if (rc)
		leader = false;   /* a store that does not answer: nobody here may schedule on it */
	bool was = atomic_exchange(&srv->metrics.leader, leader ? 1 : 0) != 0;
	if (!srv->shared)
		return leader;   /* one process: always the leader, nothing to say */
	if (leader && !was)
		dd_srv_log("info", "leader: this process schedules the periodic runs and retention", NULL);
	else if (!leader && was)
		dd_srv_log("warn", "leader no more: another process schedules (or the store is gone)", "detail",
			rc ? dd_error_last() : "another process holds the role", NULL);
	return leader;
}

static void pass(void *arg)
{
	dd_srv_scheduler *s = arg;
	dd_srv *srv = s->srv;
	dd_store *st = srv->store;
	int64_t now = dd_srv_now();
	size_t expired = 0;
	if (st->be->task_expire(st, now, &expired) == 0 && expired)
		dd_srv_counter_add("drydock_tasks_timed_out_total", "", expired);
	if (!dd_srv_leader_check(srv)) {
		dd_srv_counter_add("drydock_scheduler_passes_total", "", 1);
		return;
	}
	bool sweep = now - s->last_sweep >= RETENTION_EVERY || now < s->last_sweep;
	if (sweep)
		s->last_sweep = now;
	int64_t after = 0;
	for (;;) {
		json_t *page = NULL, *rule;
		size_t i;
		if (st->be->rule_list(st, after, PAGE, &page) != 0) {
			dd_srv_log("error", "scheduler: the store refused the rule list", "detail", dd_error_last(), NULL);
			return;
		}
		json_array_foreach(page, i, rule) {
			after = json_integer_value(json_object_get(rule, "id"));
			if (sweep)
				retention(srv, rule, now);
			periodic(srv, rule, now);
		}
		size_t n = json_array_size(page);
		json_decref(page);
		if (n < PAGE)
			break;
	}
	/* tests wait for a pass that began after they moved the clock */
	dd_srv_counter_add("drydock_scheduler_passes_total", "", 1);
}

int dd_srv_scheduler_start(dd_srv *srv, dd_srv_scheduler **out)
{
	dd_srv_scheduler *s = calloc(1, sizeof(*s));
	*out = NULL;
	if (!s)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	s->srv = srv;
	int rc = dd_srv_ticker_start(&s->ticker, pass, s, dd_srv_clock_injected() ? PASS_MS_TEST_CLOCK : PASS_MS, "scheduler");
	if (rc) {
		free(s);
		return rc;
	}
	*out = s;
	return 0;
}

void dd_srv_scheduler_stop(dd_srv_scheduler *s)
{
	if (!s)
		return;
	dd_srv_ticker_stop(s->ticker);
	free(s);
}
