/*
 * Delivery chains (chains.h): the checks of a chain document and the run
 * after a pushed image's scan.
 *
 * The one idea: a chain run is a task of kind chain whose items are its
 * steps (block, backup, delete, notify, auto_fix, promote), each with its
 * own state and log. The scan item that judged the image creates the run
 * (dd_srv_chains_run: one transaction, once per chain, item and digest,
 * with the chain and the verdict as judged); the runner then hands each
 * step item to dd_srv_chain_step, in order. Each step is idempotent and
 * recorded in the store (chain_steps) the moment its effect is done: a
 * process killed anywhere runs the interrupted item again, and the step
 * skips what the store says is done. A step done but not yet recorded is
 * harmless to redo: a copy puts the same bytes again, a delete of a gone
 * manifest is a 404 taken as done, a block is an upsert, an event keeps
 * its id. A step that fails fails its item, and the later steps that need
 * it end skipped, saying why.
 */
#include <fnmatch.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/chains.h"
#include "server/events.h"
#include "server/whitelist.h"

#define MAX_CHAINS 1000
#define MAX_NOTIFIERS 16
#define MAX_TAGS_LOGGED 200
#define GLOB_MAX 255
#define ANY_CHAIN "*"   /* the chain of steps done once per digest (not a chain name: name_ok refuses it) */

static const char *const severities[] = { "critical", "high", "medium", "low", "unknown", NULL };

static int bad(char *err, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(char *err, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, cap, fmt, ap);
	va_end(ap);
	return DD_EINVAL;
}

/* a repository glob: the repository grammar plus * ? and [...] sets */
static bool glob_ok(const char *g)
{
	size_t n = strlen(g);
	if (!n || n > GLOB_MAX || g[0] == '/' || g[n - 1] == '/' || strstr(g, "//"))
		return false;
	for (const char *p = g; *p; p++) {
		if (*p == '[') {
			const char *end = strchr(p + 1, ']');
			if (!end || end == p + 1)
				return false;
			for (const char *q = p + 1; q < end; q++)
				if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789._-!", *q))
					return false;
			p = end;
		} else if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789._-/*?", *p)) {
			return false;
		}
	}
	return true;
}

static bool name_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n < 1 || n > 64)
		return false;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.", *s))
			return false;
	return true;
}

static int check_keys(json_t *o, const char *what, const char *const *allowed, char *err, size_t cap)
{
	if (!json_is_object(o))
		return bad(err, cap, "%s: an object", what);
	const char *k = dd_srv_unknown_key(o, allowed);
	return k ? bad(err, cap, "%s.%.64s: unknown field", what, k) : 0;
}

static int namespace_check(json_t *o, const char *key, const char *what, char *err, size_t cap)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v)) {
		json_object_del(o, key);
		return 0;
	}
	if (!json_is_string(v) || !dd_srv_repository_ok(json_string_value(v)))
		return bad(err, cap, "%s.%s: a namespace (a repository path such as 'quarantine' or 'team/release')", what, key);
	return 0;
}

static int block_if_check(json_t *b, char *err, size_t cap)
{
	static const char *const keys[] = { "critical", "high", "medium", "low", "unknown", "classes", NULL };
	int rc = check_keys(b, "block_if", keys, err, cap);
	if (rc)
		return rc;
	for (int i = 0; severities[i]; i++) {
		json_t *v = json_object_get(b, severities[i]);
		if (!v || json_is_null(v)) {
			json_object_del(b, severities[i]);
			continue;
		}
		if (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 1000000)
			return bad(err, cap, "block_if.%s: a count from 1 to 1000000 (the image is blocked when it has that many; "
				"0 is refused: leave the key out not to check it)", severities[i]);
	}
	json_t *cl = json_object_get(b, "classes"), *c;
	size_t i;
	if (!cl || json_is_null(cl)) {
		json_object_del(b, "classes");
		return 0;
	}
	if (!json_is_array(cl) || !json_array_size(cl) || json_array_size(cl) > DD_CLASS_COUNT)
		return bad(err, cap, "block_if.classes: a non-empty list of finding classes (os-vuln, app-vuln, secret, "
			"baseline, malware, build)");
	json_array_foreach(cl, i, c) {
		if (!json_is_string(c) || dd_class_parse(json_string_value(c)) < 0)
			return bad(err, cap, "block_if.classes[%zu]: '%.40s' is not a finding class", i,
				json_is_string(c) ? json_string_value(c) : "(not a string)");
		for (size_t j = 0; j < i; j++)
			if (json_equal(json_array_get(cl, j), c))
				return bad(err, cap, "block_if.classes: '%s' is listed twice", json_string_value(c));
	}
	return 0;
}

int dd_srv_chain_check(dd_srv *srv, json_t *c, char *err, size_t cap)
{
	static const char *const keys[] = { "name", "registry", "repository", "tag_regex", "block_if", "on_block",
		"on_pass", "auto_fix", "notifiers", NULL };
	static const char *const block_keys[] = { "delete", "backup_to", NULL };
	static const char *const pass_keys[] = { "promote_to", NULL };
	int rc = check_keys(c, "chain", keys, err, cap);
	if (rc)
		return rc;
	if (!name_ok(json_string_value(json_object_get(c, "name"))))
		return bad(err, cap, "name: required, 1 to 64 letters, digits, '-', '_' or '.'");
	const char *reg = json_string_value(json_object_get(c, "registry"));
	json_t *found = NULL;
	if (!reg || dd_srv_registry_find(srv, reg, &found, NULL) != 0)
		return bad(err, cap, "registry: required, the name of a configured registry%s%.64s%s", reg ? " ('" : "",
			reg ? reg : "", reg ? "' is not one)" : "");
	json_decref(found);
	const char *repo = json_string_value(json_object_get(c, "repository"));
	if (!repo || !glob_ok(repo))
		return bad(err, cap, "repository: required, a glob on full repository names ('staging/*'): lowercase "
			"letters, digits, . _ - /, and * ? [...]");
	json_t *re = json_object_get(c, "tag_regex");
	if (!re || json_is_null(re))
		json_object_set_new(c, "tag_regex", json_string(".*"));
	else if (!json_is_string(re) || json_string_length(re) > 1024)
		return bad(err, cap, "tag_regex: a POSIX extended regular expression (at most 1024 bytes)");
	regex_t rx;
	char why[300];
	if (dd_srv_tag_regex(json_string_value(json_object_get(c, "tag_regex")), &rx, why, sizeof(why)) != 0)
		return bad(err, cap, "tag_regex: %s", why);
	regfree(&rx);
	json_t *b = json_object_get(c, "block_if");
	if (!b || json_is_null(b))
		json_object_set_new(c, "block_if", b = json_object());
	if ((rc = block_if_check(b, err, cap)) != 0)
		return rc;
	json_t *ob = json_object_get(c, "on_block");
	if (!ob || json_is_null(ob))
		json_object_set_new(c, "on_block", ob = json_object());
	if ((rc = check_keys(ob, "on_block", block_keys, err, cap)) != 0 ||
	    (rc = namespace_check(ob, "backup_to", "on_block", err, cap)) != 0)
		return rc;
	json_t *del = json_object_get(ob, "delete");
	if (!del || json_is_null(del))
		json_object_set_new(ob, "delete", json_false());
	else if (!json_is_boolean(del))
		return bad(err, cap, "on_block.delete: true or false");
	json_t *op = json_object_get(c, "on_pass");
	if (!op || json_is_null(op))
		json_object_set_new(c, "on_pass", op = json_object());
	if ((rc = check_keys(op, "on_pass", pass_keys, err, cap)) != 0 ||
	    (rc = namespace_check(op, "promote_to", "on_pass", err, cap)) != 0)
		return rc;
	json_t *af = json_object_get(c, "auto_fix");
	if (!af || json_is_null(af))
		json_object_set_new(c, "auto_fix", af = json_false());
	else if (!json_is_boolean(af))
		return bad(err, cap, "auto_fix: true or false");
	if (json_is_true(af) && json_is_true(json_object_get(ob, "delete")) && !json_object_get(ob, "backup_to"))
		return bad(err, cap, "auto_fix: with on_block.delete the fix reads the backup: set on_block.backup_to");
	json_t *ns = json_object_get(c, "notifiers"), *n;
	size_t i;
	if (!ns || json_is_null(ns)) {
		json_object_del(c, "notifiers");
		return 0;
	}
	if (!json_is_array(ns) || json_array_size(ns) > MAX_NOTIFIERS)
		return bad(err, cap, "notifiers: a list of at most %d notifier names", MAX_NOTIFIERS);
	json_array_foreach(ns, i, n)
		if (!name_ok(json_string_value(n)))
			return bad(err, cap, "notifiers[%zu]: a notifier name", i);
	return 0;
}

/* ---- matching ---- */

static bool chain_matches(json_t *c, const char *registry, const char *repository, const char *tag)
{
	const char *reg = json_string_value(json_object_get(c, "registry"));
	const char *glob = json_string_value(json_object_get(c, "repository"));
	const char *re = json_string_value(json_object_get(c, "tag_regex"));
	regex_t rx;
	char why[300];
	if (!reg || !glob || strcmp(reg, registry) || fnmatch(glob, repository, 0) != 0)
		return false;
	if (dd_srv_tag_regex(re ? re : ".*", &rx, why, sizeof(why)) != 0)
		return false;
	bool yes = regexec(&rx, tag, 0, NULL, 0) == 0;
	regfree(&rx);
	return yes;
}

/* the chains watching the image, in name order */
static int matching(dd_srv *srv, const char *registry, const char *repository, const char *tag, json_t **out)
{
	json_t *all = NULL, *c;
	size_t i;
	*out = json_array();
	int rc = srv->store->be->chain_list(srv->store, NULL, MAX_CHAINS, &all);
	if (rc)
		return rc;
	json_array_foreach(all, i, c)
		if (chain_matches(c, registry, repository, tag))
			json_array_append(*out, c);
	json_decref(all);
	return 0;
}

bool dd_srv_chains_watch(dd_srv *srv, const char *registry, const char *repository, const char *tag)
{
	json_t *m = NULL;
	bool yes = matching(srv, registry, repository, tag, &m) == 0 && json_array_size(m) > 0;
	json_decref(m);
	return yes;
}

/* ---- the steps (a chain task's items) ---- */

typedef struct run {
	dd_srv *srv;
	const dd_store_item *it;    /* the step's item: the judged image */
	const char *digest;
	const char *chain;
	int64_t item;               /* the judged scan item: chain_steps and event ids key on it */
	int64_t scan_task;          /* its task */
	json_t *doc, *verdict;      /* the chain and the verdict as judged */
	dd_srv_chain_log_fn log;
	dd_catalog_options co;
	json_t *reg;
	char pw[4200];
	bool have_co;
	char *err;
	size_t cap;
} run;

static void logf_(run *r, const char *step, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void logf_(run *r, const char *step, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	r->log(r->srv, r->it, step, msg);
}

static int failed(run *r, int rc, const char *step, const char *what)
{
	/* the runner logs the item's error as its "failed" line */
	snprintf(r->err, r->cap, "chain %s: %s: %s", r->chain, step, what);
	return rc;
}

static int options(run *r)
{
	if (r->have_co)
		return 0;
	int rc = dd_srv_registry_find(r->srv, r->it->registry, &r->reg, NULL);
	if (!rc)
		rc = dd_srv_registry_options(r->srv, r->reg, &r->co, r->pw, sizeof(r->pw));
	r->have_co = !rc;
	return rc;
}

/* a step of a chain: true when the store says it is done (logged so) */
static bool done_before(run *r, const char *step)
{
	json_t *row = NULL;
	if (r->srv->store->be->chain_step_get(r->srv->store, r->chain, r->item, r->digest, step, &row) != 0)
		return false;
	logf_(r, step, "chain %s: %s: done before (%s)", r->chain, step,
		json_string_value(json_object_get(row, "detail")) ?: "");
	json_decref(row);
	return true;
}

static void record(run *r, const char *step, const char *detail)
{
	if (r->srv->store->be->chain_step_done(r->srv->store, r->chain, r->item, r->digest, step, detail, NULL) != 0)
		dd_srv_log("error", "could not record a chain step", "chain", r->chain, "step", step, "detail", dd_error_last(), NULL);
}

/* namespace + the repository's last component */
static void target_repo(const char *ns, const char *repository, char *out, size_t cap)
{
	const char *last = strrchr(repository, '/');
	snprintf(out, cap, "%s/%s", ns, last ? last + 1 : repository);
}

/* any one blocking chain blocks: the digest with every blocking chain's
 * reason. The verdict blocked it already and recorded the step (so the
 * block never waits for a free worker): this item says so, and blocks
 * only when that record is missing. */
static int block_step(run *r)
{
	const char *reasons = json_string_value(json_object_get(r->verdict, "reasons")) ?: "blocked by a chain";
	json_t *row = NULL;
	if (r->srv->store->be->chain_step_get(r->srv->store, r->chain, r->item, r->digest, "block", &row) == 0) {
		logf_(r, "block", "%s blocked by the verdict of task %lld at %s: %s", r->digest, (long long)r->scan_task,
			json_string_value(json_object_get(row, "at")) ?: "?", json_string_value(json_object_get(row, "detail")) ?: "");
		json_decref(row);
		return 0;
	}
	int rc = dd_srv_image_block(r->srv, r->it->registry, r->it->repository, r->it->tag, r->digest, true, reasons, NULL);
	if (rc)
		return failed(r, rc, "block", dd_error_last());
	logf_(r, "block", "%s blocked: %s", r->digest, reasons);
	record(r, "block", reasons);
	return 0;
}

static int copy_step(run *r, const char *step, const char *ns)
{
	char to[600], detail[1400];
	if (done_before(r, step))
		return 0;
	if (!ns)
		return failed(r, DD_EINVAL, step, "the chain as judged has no namespace for it");
	target_repo(ns, r->it->repository, to, sizeof(to));
	int rc = options(r);
	dd_catalog_copy_stats cs = { 0, 0 };
	if (!rc)
		rc = dd_catalog_copy(&r->co, r->it->repository, r->digest, to, r->it->tag, &cs);
	if (rc)
		return failed(r, rc, step, dd_error_last());
	snprintf(detail, sizeof(detail), "%s:%s (%zu blobs mounted, %zu present, none uploaded)", to, r->it->tag,
		cs.blobs_mounted, cs.blobs_present);
	logf_(r, step, "chain %s: %s@%s copied to %s", r->chain, r->it->repository, r->digest, detail);
	record(r, step, detail);
	return 0;
}

static int delete_step(run *r)
{
	if (done_before(r, "delete"))
		return 0;
	int rc = options(r);
	if (rc)
		return failed(r, rc, "delete", dd_error_last());
	/* every tag of the digest goes with the manifest: say which */
	dd_strv tags = { 0 };
	if (dd_catalog_tags(&tags, &r->co, r->it->repository) == 0) {
		size_t n = 0;
		for (size_t i = 0; i < tags.count && n < MAX_TAGS_LOGGED; i++, n++) {
			char *d = NULL;
			if (dd_catalog_digest(&d, &r->co, r->it->repository, tags.items[i]) == 0 && !strcmp(d, r->digest))
				logf_(r, "delete", "chain %s: deleting %s:%s (%s)", r->chain, r->it->repository, tags.items[i], r->digest);
			free(d);
		}
		if (tags.count > MAX_TAGS_LOGGED)
			logf_(r, "delete", "chain %s: %zu more tags not checked", r->chain, tags.count - MAX_TAGS_LOGGED);
	}
	dd_strv_free(&tags);
	rc = dd_catalog_delete(&r->co, r->it->repository, r->digest);
	if (rc == DD_ENOTFOUND)
		logf_(r, "delete", "chain %s: %s@%s is gone already", r->chain, r->it->repository, r->digest);
	else if (rc)
		return failed(r, rc, "delete", dd_error_last());
	else
		logf_(r, "delete", "chain %s: deleted the manifest %s from %s", r->chain, r->digest, r->it->repository);
	record(r, "delete", r->it->repository);
	return 0;
}

/* image_blocked, once per chain, judged item and digest (the event id) */
static int notify_step(run *r)
{
	char id[200];
	snprintf(id, sizeof(id), "image_blocked|%s|%lld|%s", r->chain, (long long)r->item, r->digest);
	json_t *image = json_pack("{s:s,s:s,s:s,s:s}", "registry", r->it->registry, "repository", r->it->repository,
		"tag", r->it->tag, "digest", r->digest);
	json_t *summary = json_object_get(r->verdict, "summary");
	json_t *extra = json_pack("{s:s,s:b,s:s,s:s,s:I,s:O}", "id", id, "blocked", 1, "chain", r->chain, "reason",
		json_string_value(json_object_get(r->verdict, "why")) ?: "", "task", (json_int_t)r->it->task, "summary",
		json_is_object(summary) ? summary : json_object());
	if (json_is_array(json_object_get(r->doc, "notifiers")))
		json_object_set(extra, "notifiers", json_object_get(r->doc, "notifiers"));
	int rc = dd_srv_event_emit(r->srv, "image_blocked", image, extra);
	if (rc)
		failed(r, rc, "notify", dd_error_last());
	else
		logf_(r, "notify", "chain %s: image_blocked queued for the notifiers", r->chain);
	json_decref(image);
	json_decref(extra);
	return rc;
}

/* a fix task for the image, once per digest: from the backup when the source was deleted */
static int fix_step(run *r)
{
	json_t *ob = json_object_get(r->doc, "on_block");
	const char *ns = json_string_value(json_object_get(ob, "backup_to"));
	bool from_backup = json_is_true(json_object_get(ob, "delete")) && ns;
	char src[600];
	if (from_backup)
		target_repo(ns, r->it->repository, src, sizeof(src));
	else
		snprintf(src, sizeof(src), "%s", r->it->repository);
	/* once per digest, whichever chain asks: recorded under ANY_CHAIN */
	json_t *row = NULL;
	if (r->srv->store->be->chain_step_get(r->srv->store, ANY_CHAIN, 0, r->digest, "auto_fix", &row) == 0) {
		logf_(r, "auto_fix", "chain %s: this digest had its fix already (%s)", r->chain,
			json_string_value(json_object_get(row, "detail")) ?: "");
		json_decref(row);
		return 0;
	}
	json_t *req = json_pack("{s:s,s:s,s:s,s:n,s:b}", "registry", r->it->registry, "repository", src, "tag",
		r->it->tag, "ids", "overwrite", 0);
	if (from_backup)
		json_object_set_new(req, "target_repository", json_string(r->it->repository));
	int64_t deadline = r->srv->cfg.max_task_duration ? dd_srv_now() + r->srv->cfg.max_task_duration : 0, id = 0;
	/* recorded first: a crash between the two loses one fix, never doubles it (at most once) */
	char detail[1400];
	snprintf(detail, sizeof(detail), "fix of %s:%s into %s:%s_fixed (chain %s)", src, r->it->tag, r->it->repository,
		r->it->tag, r->chain);
	bool added = false;
	int rc = r->srv->store->be->chain_step_done(r->srv->store, ANY_CHAIN, 0, r->digest, "auto_fix", detail, &added);
	if (rc)
		failed(r, rc, "auto_fix", dd_error_last());
	else if (!added)
		logf_(r, "auto_fix", "chain %s: another chain queued this digest's fix just now", r->chain);
	else if ((rc = r->srv->store->be->fix_submit(r->srv->store, req, deadline, &id)) != 0)
		failed(r, rc, "auto_fix", dd_error_last());
	else {
		dd_srv_task_queued(r->srv, "fix", id, 1);
		logf_(r, "auto_fix", "chain %s: task %lld: %s", r->chain, (long long)id, detail);
	}
	json_decref(req);
	return rc;
}

/* A step and the earlier steps of its run it needs: a step whose need did
 * not succeed ends skipped (backup before delete: a failed backup keeps
 * the source; the fix from the backup needs it). notify needs only the
 * block: the notifiers hear of a blocked image whatever failed after. */
static const struct step_kind {
	const char *name;
	const char *needs[3];
} step_kinds[] = {
	{ "block", { NULL } },
	{ "backup", { "block", NULL } },
	{ "delete", { "block", "backup", NULL } },
	{ "notify", { "block", NULL } },
	{ "auto_fix", { "block", "backup", NULL } },
	{ "promote", { NULL } },
};

static const struct step_kind *step_kind(const char *name)
{
	for (size_t i = 0; i < sizeof(step_kinds) / sizeof(step_kinds[0]); i++)
		if (!strcmp(step_kinds[i].name, name))
			return &step_kinds[i];
	return NULL;
}

/* the first earlier item of the task this step needs that did not
 * succeed: "the backup step failed"; false when none */
static bool need_unmet(dd_srv *srv, const dd_store_item *it, const struct step_kind *k, char *why, size_t cap)
{
	json_t *task = NULL, *item;
	size_t i;
	bool unmet = false;
	if (srv->store->be->task_get(srv->store, it->task, 0, 16, &task) != 0) {
		snprintf(why, cap, "the earlier steps could not be read: %s", dd_error_last());
		return true;
	}
	json_array_foreach(json_object_get(task, "items"), i, item) {
		const char *step = json_string_value(json_object_get(item, "step")) ?: "";
		const char *state = json_string_value(json_object_get(item, "state")) ?: "";
		if (json_integer_value(json_object_get(item, "id")) >= it->id)
			break;
		for (int n = 0; k->needs[n] && !unmet; n++)
			if (!strcmp(k->needs[n], step) && strcmp(state, DD_STATE_SUCCEEDED)) {
				snprintf(why, cap, "the %s step %s", step, !strcmp(state, DD_STATE_QUEUED) ? "did not run" : state);
				unmet = true;
			}
	}
	json_decref(task);
	return unmet;
}

const char *dd_srv_chain_step(dd_srv *srv, const dd_store_item *it, dd_srv_chain_log_fn log, char *err, size_t cap)
{
	json_t *row = NULL, *doc = NULL, *verdict = NULL;
	const struct step_kind *k = step_kind(it->step);
	const char *state = DD_STATE_FAILED;
	char why[200];
	int rc = srv->store->be->chain_run_get(srv->store, it->task, &row);
	if (rc) {
		snprintf(err, cap, "chain step %s: the run is not in the store: %s", it->step, dd_error_last());
		return state;
	}
	run r = { srv, it, it->digest, json_string_value(json_object_get(row, "chain")) ?: "?",
		json_integer_value(json_object_get(row, "item")), json_integer_value(json_object_get(row, "scan_task")), NULL,
		NULL, log, DD_CATALOG_OPTIONS_INIT, NULL, "", false, err, cap };
	r.doc = doc = json_loads(json_string_value(json_object_get(row, "doc")) ?: "", 0, NULL);
	r.verdict = verdict = json_loads(json_string_value(json_object_get(row, "verdict")) ?: "", 0, NULL);
	if (!k || !json_is_object(doc) || !json_is_object(verdict) || !it->digest[0]) {
		failed(&r, DD_EFORMAT, it->step, "the stored run is not one this version knows (unknown step or bad JSON)");
		goto out;
	}
	if (need_unmet(srv, it, k, why, sizeof(why))) {
		snprintf(err, cap, "skipped: %s", why);
		state = DD_STATE_SKIPPED;
		goto out;
	}
	const char *step = k->name;
	if (!strcmp(step, "block"))
		rc = block_step(&r);
	else if (!strcmp(step, "backup"))
		rc = copy_step(&r, "backup", json_string_value(json_object_get(json_object_get(doc, "on_block"), "backup_to")));
	else if (!strcmp(step, "delete"))
		rc = delete_step(&r);
	else if (!strcmp(step, "notify"))
		rc = notify_step(&r);
	else if (!strcmp(step, "auto_fix"))
		rc = fix_step(&r);
	else
		rc = copy_step(&r, "promote", json_string_value(json_object_get(json_object_get(doc, "on_pass"), "promote_to")));
	if (!rc)
		state = DD_STATE_SUCCEEDED;
out:
	explicit_bzero(r.pw, sizeof(r.pw));
	json_decref(r.reg);
	json_decref(doc);
	json_decref(verdict);
	json_decref(row);
	return state;
}

/* ---- the verdict (inside the judged scan item) ---- */

/* unsuppressed findings per severity (whitelists applied) of the classes a chain counts */
static int counts(dd_srv *srv, int64_t scan_id, const char *repository, size_t out[DD_CLASS_COUNT][DD_SEV_COUNT],
	bool *complete)
{
	dd_store_scan sc;
	dd_report *rep = NULL;
	memset(&sc, 0, sizeof(sc));
	memset(out, 0, sizeof(size_t) * DD_CLASS_COUNT * DD_SEV_COUNT);
	int rc = srv->store->be->scan_get(srv->store, scan_id, &sc);
	if (!rc)
		rc = dd_report_read_json_buffer(&rep, sc.report, sc.report_len, "stored scan");
	if (!rc)
		rc = dd_srv_whitelist_apply(srv, rep, repository);
	*complete = !rc && rep->complete;
	for (size_t i = 0; !rc && i < rep->n_findings; i++) {
		const dd_finding *f = &rep->findings[i];
		if (!f->suppressed && (unsigned)f->cls < DD_CLASS_COUNT && (unsigned)f->severity < DD_SEV_COUNT)
			out[f->cls][f->severity]++;
	}
	dd_report_free(rep);
	dd_store_scan_clear(&sc);
	return rc;
}

/* block (with why) when a count of block_if reaches its number */
static bool verdict_of(json_t *c, size_t n[DD_CLASS_COUNT][DD_SEV_COUNT], char *why, size_t cap)
{
	json_t *b = json_object_get(c, "block_if"), *cl = json_object_get(b, "classes");
	bool cls[DD_CLASS_COUNT];
	for (int k = 0; k < DD_CLASS_COUNT; k++)
		cls[k] = !json_is_array(cl);
	size_t i;
	json_t *v;
	json_array_foreach(cl, i, v) {
		int k = dd_class_parse(json_string_value(v));
		if (k >= 0 && k < DD_CLASS_COUNT)
			cls[k] = true;
	}
	why[0] = '\0';
	bool block = false;
	for (int s = 0; severities[s]; s++) {
		json_t *lim = json_object_get(b, severities[s]);
		if (!json_is_integer(lim))
			continue;
		int sev = dd_severity_parse(severities[s]);
		size_t total = 0;
		for (int k = 0; k < DD_CLASS_COUNT; k++)
			total += cls[k] && sev >= 0 ? n[k][sev] : 0;
		size_t len = strlen(why);
		snprintf(why + len, cap - len, "%s%s %zu%s%lld", len ? ", " : "", severities[s], total,
			total >= (size_t)json_integer_value(lim) ? " >= " : " < ", (long long)json_integer_value(lim));
		block = block || total >= (size_t)json_integer_value(lim);
	}
	if (!why[0])
		snprintf(why, cap, "no block_if count set");
	return block;
}

/* every finding per severity, whatever the class: the notification's summary */
static json_t *summary_of(size_t n[DD_CLASS_COUNT][DD_SEV_COUNT])
{
	json_t *summary = json_object();
	for (int s = 0; severities[s]; s++) {
		size_t t = 0;
		for (int k = 0; k < DD_CLASS_COUNT; k++)
			t += n[k][dd_severity_parse(severities[s])];
		json_object_set_new(summary, severities[s], json_integer((json_int_t)t));
	}
	return summary;
}

/* the chain's run as a task (once per chain, item and digest), logged in the judged item */
static int run_create(dd_srv *srv, const dd_store_item *it, const char *digest, int64_t scan_id, json_t *c,
	json_t *verdict, json_t *steps, dd_srv_chain_log_fn log, char *err, size_t cap)
{
	const char *name = json_string_value(json_object_get(c, "name"));
	char *doc = json_dumps(c, JSON_COMPACT | JSON_SORT_KEYS), *vd = json_dumps(verdict, JSON_COMPACT);
	json_t *r = json_pack("{s:s,s:I,s:s,s:I,s:I,s:s,s:s,s:s,s:s?,s:s?,s:O}", "chain", name, "item", (json_int_t)it->id,
		"digest", digest, "scan_task", (json_int_t)it->task, "scan", (json_int_t)scan_id, "registry", it->registry,
		"repository", it->repository, "tag", it->tag, "doc", doc, "verdict", vd, "steps", steps);
	int64_t deadline = srv->cfg.max_task_duration ? dd_srv_now() + srv->cfg.max_task_duration : 0, task = 0;
	bool fresh = false;
	int rc = !r || !doc || !vd ? dd_error_set_str(DD_ENOMEM, "out of memory") :
		srv->store->be->chain_run_create(srv->store, r, deadline, &task, &fresh);
	if (rc)
		snprintf(err, cap, "chain %s: creating its run: %s", name, dd_error_last());
	else {
		char list[200] = "", msg[400];
		size_t i;
		json_t *s;
		json_array_foreach(steps, i, s) {
			size_t len = strlen(list);
			snprintf(list + len, sizeof(list) - len, "%s%s", i ? ", " : "", json_string_value(s));
		}
		snprintf(msg, sizeof(msg), "chain %s: task %lld runs the steps %s%s", name, (long long)task, list,
			fresh ? "" : " (created before this attempt)");
		log(srv, it, "chain", msg);
		if (fresh)
			dd_srv_task_queued(srv, "chain", task, json_array_size(steps));
	}
	json_decref(r);
	free(doc);
	free(vd);
	return rc;
}

int dd_srv_chains_run(dd_srv *srv, const dd_store_item *it, const char *digest, int64_t scan_id,
	dd_srv_chain_log_fn log, char *err, size_t cap)
{
	json_t *chains = NULL, *c, *blocking = json_array(), *summary = NULL;
	size_t i, n[DD_CLASS_COUNT][DD_SEV_COUNT];
	char why[400], reasons[1024] = "", msg[1200];
	int rc = matching(srv, it->registry, it->repository, it->tag, &chains);
	if (rc || !json_array_size(chains) || !digest || !scan_id)
		goto out;
	bool complete = false;
	if ((rc = counts(srv, scan_id, it->repository, n, &complete)) != 0) {
		snprintf(err, cap, "chains: counting the stored report: %s", dd_error_last());
		goto out;
	}
	summary = summary_of(n);
	json_array_foreach(chains, i, c) {
		const char *name = json_string_value(json_object_get(c, "name"));
		bool block = verdict_of(c, n, why, sizeof(why));
		snprintf(msg, sizeof(msg), "chain %s: %s (%s)", name, block ? "block" : "pass", why);
		log(srv, it, "chain", msg);
		if (block) {
			size_t len = strlen(reasons);
			snprintf(reasons + len, sizeof(reasons) - len, "%schain %s: %s", len ? "; " : "", name, why);
			json_array_append(blocking, c);
		}
	}
	if (json_array_size(blocking)) {
		/* any one blocking blocks: the digest at once, before the scan item
		 * ends (admission denies it from now on, and a caller that sees the
		 * scan task end sees it blocked), recorded as each blocking chain's
		 * block step, which its run's block item then reports */
		if ((rc = dd_srv_image_block(srv, it->registry, it->repository, it->tag, digest, true, reasons, NULL)) != 0) {
			snprintf(err, cap, "chains: blocking %s: %s", digest, dd_error_last());
			goto out;
		}
		snprintf(msg, sizeof(msg), "%s blocked: %s", digest, reasons);
		log(srv, it, "block", msg);
		json_array_foreach(blocking, i, c) {
			const char *name = json_string_value(json_object_get(c, "name"));
			if ((rc = srv->store->be->chain_step_done(srv->store, name, it->id, digest, "block", reasons, NULL)) != 0) {
				snprintf(err, cap, "chain %s: recording its block: %s", name, dd_error_last());
				goto out;
			}
		}
		json_array_foreach(blocking, i, c) {
			json_t *ob = json_object_get(c, "on_block"), *steps = json_pack("[s]", "block");
			if (json_object_get(ob, "backup_to"))
				json_array_append_new(steps, json_string("backup"));
			if (json_is_true(json_object_get(ob, "delete")))
				json_array_append_new(steps, json_string("delete"));
			json_array_append_new(steps, json_string("notify"));
			if (json_is_true(json_object_get(c, "auto_fix")))
				json_array_append_new(steps, json_string("auto_fix"));
			verdict_of(c, n, why, sizeof(why));
			json_t *v = json_pack("{s:s,s:s,s:O}", "why", why, "reasons", reasons, "summary", summary);
			rc = run_create(srv, it, digest, scan_id, c, v, steps, log, err, cap);
			json_decref(v);
			json_decref(steps);
			if (rc)
				goto out;
		}
		goto out;
	}
	json_array_foreach(chains, i, c) {
		const char *ns = json_string_value(json_object_get(json_object_get(c, "on_pass"), "promote_to"));
		const char *name = json_string_value(json_object_get(c, "name"));
		/* an INCOMPLETE scan is never a clean result: it blocks nothing it did not see, promotes nothing */
		if (!ns)
			continue;
		if (!complete)
			snprintf(msg, sizeof(msg), "chain %s: not promoted: the scan is INCOMPLETE (see the scan's notes)", name);
		else if (strcmp(it->kind, "push"))
			snprintf(msg, sizeof(msg), "chain %s: passes again after the %s; promotion happens on a push only", name,
				it->kind);
		else {
			verdict_of(c, n, why, sizeof(why));
			json_t *v = json_pack("{s:s,s:O}", "why", why, "summary", summary), *steps = json_pack("[s]", "promote");
			rc = run_create(srv, it, digest, scan_id, c, v, steps, log, err, cap);
			json_decref(v);
			json_decref(steps);
			if (rc)
				goto out;
			continue;
		}
		log(srv, it, "promote", msg);
	}
out:
	json_decref(summary);
	json_decref(blocking);
	json_decref(chains);
	return rc;
}
