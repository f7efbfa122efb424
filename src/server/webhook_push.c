/*
 * Scan on push: the manifest pushes a webhook carried become tasks of kind
 * "push", one per matching rule (on_push, registry, scope, tag regex), and
 * the push time becomes the image's update time.
 *
 * The one idea: a push is acted on once. The event id, the image's record
 * and the tasks are one store transaction (push_accept), so a replayed or
 * redelivered event finds its id and does nothing, and a crash before the
 * commit leaves nothing half done: the registry, which got no answer,
 * sends it again.
 *
 * Which registry an event is from: the webhook URL's ?registry=NAME, else
 * the registry whose URL has the event's host (Distribution's request.host,
 * Harbor's resource_url), else the only registry when there is one.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "server/api.h"
#include "server/chains.h"
#include "server/webhook.h"

typedef struct push_rule {
	json_t *rule;
	regex_t re;
} push_rule;

/* on_push rules, compiled; a rule whose regex no longer compiles is left out */
static int load_rules(dd_srv *srv, push_rule **out, size_t *n)
{
	json_t *page = NULL;
	int64_t after = 0;
	*out = NULL;
	*n = 0;
	for (;;) {
		int rc = srv->store->be->rule_list(srv->store, after, 1000, &page);
		if (rc)
			return rc;
		size_t i, cnt = json_array_size(page);
		json_t *r;
		push_rule *grown = cnt ? realloc(*out, (*n + cnt) * sizeof(**out)) : *out;
		if (cnt && !grown) {
			json_decref(page);
			return dd_error_set_str(DD_ENOMEM, "out of memory");
		}
		*out = grown;
		json_array_foreach(page, i, r) {
			const char *re = json_string_value(json_object_get(r, "tag_regex"));
			char err[200];
			after = json_integer_value(json_object_get(r, "id"));
			if (!json_is_true(json_object_get(r, "on_push")) || dd_srv_tag_regex(re ? re : ".*", &(*out)[*n].re, err, sizeof(err)))
				continue;
			(*out)[(*n)++].rule = json_incref(r);
		}
		json_decref(page);
		if (cnt < 1000)
			return 0;
	}
}

static void free_rules(push_rule *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		regfree(&r[i].re);
		json_decref(r[i].rule);
	}
	free(r);
}

/* "http://127.0.0.1:5000/x" -> "127.0.0.1:5000" */
static void url_host(const char *url, char *out, size_t cap)
{
	const char *s = strstr(url ? url : "", "://");
	s = s ? s + 3 : (url ? url : "");
	size_t n = strcspn(s, "/");
	snprintf(out, cap, "%.*s", (int)(n < cap ? n : cap - 1), s);
}

/* every registry (config and store) as [{name, host}] */
static int registries(dd_srv *srv, json_t **out)
{
	json_t *stored = NULL, *all = json_array(), *r;
	size_t i;
	int rc = srv->store->be->registry_list(srv->store, &stored);
	if (rc) {
		json_decref(all);
		return rc;
	}
	for (int pass = 0; pass < 2; pass++)
		json_array_foreach(pass ? stored : srv->cfg.registries, i, r) {
			char host[256];
			url_host(json_string_value(json_object_get(r, "url")), host, sizeof(host));
			json_array_append_new(all, json_pack("{s:s?,s:s}", "name",
				json_string_value(json_object_get(r, "name")), "host", host));
		}
	json_decref(stored);
	*out = all;
	return 0;
}

static const char *registry_of(json_t *regs, const char *hint, const char *host)
{
	size_t i;
	json_t *r;
	if (hint)
		return hint;
	json_array_foreach(regs, i, r)
		if (*host && !strcasecmp(host, json_string_value(json_object_get(r, "host"))))
			return json_string_value(json_object_get(r, "name"));
	return json_array_size(regs) == 1 ? json_string_value(json_object_get(json_array_get(regs, 0), "name")) : NULL;
}

static void count(const char *source, const char *result, uint64_t n)
{
	char labels[96];
	if (!n)
		return;
	snprintf(labels, sizeof(labels), "source=\"%s\",result=\"%s\"", source, result);
	dd_srv_counter_add("drydock_webhook_events_total", labels, n);
}

int dd_srv_push_accept(dd_srv *srv, const char *source, const char *hint, const dd_push_events *ev, json_t **summary)
{
	push_rule *rules = NULL;
	size_t nrules = 0, fresh_n = 0, replays = 0, unknown = 0;
	json_t *regs = NULL, *task_ids = json_array();
	int rc = load_rules(srv, &rules, &nrules);
	if (!rc)
		rc = registries(srv, &regs);
	int64_t deadline = srv->cfg.max_task_duration ? dd_srv_now() + srv->cfg.max_task_duration : 0;
	for (size_t k = 0; !rc && k < ev->count; k++) {
		const dd_push_event *e = &ev->items[k];
		const char *reg = registry_of(regs, hint, e->host);
		if (!reg) {
			unknown++;
			continue;
		}
		json_t *tasks = json_array(), *image = NULL;
		for (size_t i = 0; *e->tag && i < nrules; i++) {
			if (!dd_srv_rule_matches(rules[i].rule, &rules[i].re, reg, e->repository, e->tag))
				continue;
			json_array_append_new(tasks, json_pack("{s:s,s:I,s:I,s:[{s:s,s:s,s:s,s:s}]}", "kind", "push", "rule",
				json_object_get(rules[i].rule, "id") ? (json_int_t)json_integer_value(json_object_get(rules[i].rule, "id")) : 0,
				"scanners", (json_int_t)dd_srv_rule_scanners(rules[i].rule), "items", "registry", reg,
				"repository", e->repository, "tag", e->tag, "digest", e->digest));
		}
		/* a delivery chain judges pushes no scan rule covers: a scan of its own */
		if (*e->tag && !json_array_size(tasks) && dd_srv_chains_watch(srv, reg, e->repository, e->tag))
			json_array_append_new(tasks, json_pack("{s:s,s:I,s:I,s:[{s:s,s:s,s:s,s:s}]}", "kind", "push", "rule",
				(json_int_t)0, "scanners", (json_int_t)0, "items", "registry", reg, "repository", e->repository,
				"tag", e->tag, "digest", e->digest));
		char when[32] = "", key[DD_WEBHOOK_ID_MAX + 32];
		if (e->pushed_at > 0)
			dd_store_time(e->pushed_at, when);
		if (*e->tag)
			image = json_pack("{s:s,s:s,s:s,s:s,s:s?}", "registry", reg, "repository", e->repository, "tag", e->tag,
				"digest", e->digest, "pushed_at", *when ? when : NULL);
		snprintf(key, sizeof(key), "%s:%s", source, e->id);
		bool fresh = false;
		rc = srv->store->be->push_accept(srv->store, key, image, tasks, deadline, task_ids, &fresh);
		fresh_n += fresh;
		replays += !rc && !fresh;
		json_decref(tasks);
		json_decref(image);
	}
	free_rules(rules, nrules);
	json_decref(regs);
	if (rc) {
		json_decref(task_ids);
		return rc;
	}
	count(source, "accepted", fresh_n);
	count(source, "replayed", replays);
	count(source, "ignored", ev->ignored + ev->duplicates);
	count(source, "invalid", ev->invalid);
	count(source, "unknown_registry", unknown);
	if (json_array_size(task_ids)) {
		char n[24];
		snprintf(n, sizeof(n), "%zu", json_array_size(task_ids));
		dd_srv_log("info", "push tasks queued", "source", source, "tasks", n, NULL);
		if (srv->runner)
			dd_srv_runner_kick(srv->runner);
	}
	*summary = json_pack("{s:I,s:I,s:I,s:I,s:I,s:s?,s:o}", "accepted", (json_int_t)fresh_n, "replays",
		(json_int_t)(replays + ev->duplicates), "ignored", (json_int_t)ev->ignored, "invalid", (json_int_t)ev->invalid,
		"unknown_registry", (json_int_t)unknown, "first_invalid", *ev->first_invalid ? ev->first_invalid : NULL,
		"tasks", task_ids);
	return 0;
}
