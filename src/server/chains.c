/*
 * Delivery chains (chains.h): the checks of a chain document and the run
 * after a pushed image's scan.
 *
 * The one idea: a chain run is a list of steps (block, backup, delete,
 * notify, auto_fix, promote), each idempotent, each recorded in the store
 * (chain_steps) the moment its effect is done. The run happens inside the
 * scan item, before the item's end: a process killed anywhere runs the
 * item again, the scan is reused, and the run skips what the store says
 * is done. A step done but not yet recorded is harmless to redo: a copy
 * puts the same bytes again, a delete of a gone manifest is a 404 taken
 * as done, a block is an upsert, an event keeps its id.
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

/* ---- the run ---- */

typedef struct run {
	dd_srv *srv;
	const dd_store_item *it;
	const char *digest;
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
static bool verdict(json_t *c, size_t n[DD_CLASS_COUNT][DD_SEV_COUNT], char *why, size_t cap)
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

static int failed(run *r, int rc, const char *chain, const char *step, const char *what)
{
	/* the runner logs the item's error as its "failed" line */
	snprintf(r->err, r->cap, "chain %s: %s: %s", chain, step, what);
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
static bool done_before(run *r, const char *chain, int64_t item, const char *step)
{
	json_t *row = NULL;
	if (r->srv->store->be->chain_step_get(r->srv->store, chain, item, r->digest, step, &row) != 0)
		return false;
	logf_(r, "chain", "chain %s: %s: done before (%s)", chain, step,
		json_string_value(json_object_get(row, "detail")) ?: "");
	json_decref(row);
	return true;
}

static void record(run *r, const char *chain, int64_t item, const char *step, const char *detail)
{
	if (r->srv->store->be->chain_step_done(r->srv->store, chain, item, r->digest, step, detail, NULL) != 0)
		dd_srv_log("error", "could not record a chain step", "chain", chain, "step", step, "detail", dd_error_last(), NULL);
}

/* namespace + the repository's last component */
static void target_repo(const char *ns, const char *repository, char *out, size_t cap)
{
	const char *last = strrchr(repository, '/');
	snprintf(out, cap, "%s/%s", ns, last ? last + 1 : repository);
}

static int copy_step(run *r, const char *chain, const char *step, const char *ns)
{
	char to[600], detail[1400];
	if (done_before(r, chain, r->it->id, step))
		return 0;
	target_repo(ns, r->it->repository, to, sizeof(to));
	int rc = options(r);
	dd_catalog_copy_stats cs = { 0, 0 };
	if (!rc)
		rc = dd_catalog_copy(&r->co, r->it->repository, r->digest, to, r->it->tag, &cs);
	if (rc)
		return failed(r, rc, chain, step, dd_error_last());
	snprintf(detail, sizeof(detail), "%s:%s (%zu blobs mounted, %zu present, none uploaded)", to, r->it->tag,
		cs.blobs_mounted, cs.blobs_present);
	logf_(r, step, "chain %s: %s@%s copied to %s", chain, r->it->repository, r->digest, detail);
	record(r, chain, r->it->id, step, detail);
	return 0;
}

static int delete_step(run *r, const char *chain)
{
	if (done_before(r, chain, r->it->id, "delete"))
		return 0;
	int rc = options(r);
	if (rc)
		return failed(r, rc, chain, "delete", dd_error_last());
	/* every tag of the digest goes with the manifest: say which */
	dd_strv tags = { 0 };
	if (dd_catalog_tags(&tags, &r->co, r->it->repository) == 0) {
		size_t n = 0;
		for (size_t i = 0; i < tags.count && n < MAX_TAGS_LOGGED; i++, n++) {
			char *d = NULL;
			if (dd_catalog_digest(&d, &r->co, r->it->repository, tags.items[i]) == 0 && !strcmp(d, r->digest))
				logf_(r, "delete", "chain %s: deleting %s:%s (%s)", chain, r->it->repository, tags.items[i], r->digest);
			free(d);
		}
		if (tags.count > MAX_TAGS_LOGGED)
			logf_(r, "delete", "chain %s: %zu more tags not checked", chain, tags.count - MAX_TAGS_LOGGED);
	}
	dd_strv_free(&tags);
	rc = dd_catalog_delete(&r->co, r->it->repository, r->digest);
	if (rc == DD_ENOTFOUND)
		logf_(r, "delete", "chain %s: %s@%s is gone already", chain, r->it->repository, r->digest);
	else if (rc)
		return failed(r, rc, chain, "delete", dd_error_last());
	else
		logf_(r, "delete", "chain %s: deleted the manifest %s from %s", chain, r->digest, r->it->repository);
	record(r, chain, r->it->id, "delete", r->it->repository);
	return 0;
}

static void notify_step(run *r, json_t *c, const char *why, size_t n[DD_CLASS_COUNT][DD_SEV_COUNT])
{
	const char *chain = json_string_value(json_object_get(c, "name"));
	char id[200];
	snprintf(id, sizeof(id), "image_blocked|%s|%lld|%s", chain, (long long)r->it->id, r->digest);
	json_t *image = json_pack("{s:s,s:s,s:s,s:s}", "registry", r->it->registry, "repository", r->it->repository,
		"tag", r->it->tag, "digest", r->digest);
	json_t *summary = json_object();
	for (int s = 0; severities[s]; s++) {
		size_t t = 0;
		for (int k = 0; k < DD_CLASS_COUNT; k++)
			t += n[k][dd_severity_parse(severities[s])];
		json_object_set_new(summary, severities[s], json_integer((json_int_t)t));
	}
	json_t *extra = json_pack("{s:s,s:b,s:s,s:s,s:I,s:o}", "id", id, "blocked", 1, "chain", chain, "reason", why,
		"task", (json_int_t)r->it->task, "summary", summary);
	if (json_is_array(json_object_get(c, "notifiers")))
		json_object_set(extra, "notifiers", json_object_get(c, "notifiers"));
	if (dd_srv_event_emit(r->srv, "image_blocked", image, extra) != 0)
		logf_(r, "notify", "chain %s: could not queue image_blocked: %s", chain, dd_error_last());
	else
		logf_(r, "notify", "chain %s: image_blocked queued for the notifiers", chain);
	json_decref(image);
	json_decref(extra);
}

/* a fix task for the image, once per digest: from the backup when the source was deleted */
static void fix_step(run *r, json_t *c)
{
	const char *chain = json_string_value(json_object_get(c, "name"));
	json_t *ob = json_object_get(c, "on_block");
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
		logf_(r, "auto_fix", "chain %s: this digest had its fix already (%s)", chain,
			json_string_value(json_object_get(row, "detail")) ?: "");
		json_decref(row);
		return;
	}
	json_t *req = json_pack("{s:s,s:s,s:s,s:n,s:b}", "registry", r->it->registry, "repository", src, "tag",
		r->it->tag, "ids", "overwrite", 0);
	if (from_backup)
		json_object_set_new(req, "target_repository", json_string(r->it->repository));
	int64_t deadline = r->srv->cfg.max_task_duration ? dd_srv_now() + r->srv->cfg.max_task_duration : 0, id = 0;
	/* recorded first: a crash between the two loses one fix, never doubles it (at most once) */
	char detail[1400];
	snprintf(detail, sizeof(detail), "fix of %s:%s into %s:%s_fixed (chain %s)", src, r->it->tag, r->it->repository,
		r->it->tag, chain);
	bool added = false;
	if (r->srv->store->be->chain_step_done(r->srv->store, ANY_CHAIN, 0, r->digest, "auto_fix", detail, &added) != 0 || !added)
		goto out;
	if (r->srv->store->be->fix_submit(r->srv->store, req, deadline, &id) != 0) {
		logf_(r, "auto_fix", "chain %s: the fix could not be queued: %s", chain, dd_error_last());
		goto out;
	}
	dd_srv_task_queued(r->srv, "fix", id, 1);
	logf_(r, "auto_fix", "chain %s: task %lld: %s", chain, (long long)id, detail);
out:
	json_decref(req);
}

int dd_srv_chains_run(dd_srv *srv, const dd_store_item *it, const char *digest, int64_t scan_id,
	dd_srv_chain_log_fn log, char *err, size_t cap)
{
	json_t *chains = NULL, *c, *blocking = json_array();
	size_t i, n[DD_CLASS_COUNT][DD_SEV_COUNT];
	char why[400], reasons[1024] = "";
	run r = { srv, it, digest, log, DD_CATALOG_OPTIONS_INIT, NULL, "", false, err, cap };
	int rc = matching(srv, it->registry, it->repository, it->tag, &chains);
	if (rc || !json_array_size(chains) || !digest || !scan_id)
		goto out;
	bool complete = false;
	if ((rc = counts(srv, scan_id, it->repository, n, &complete)) != 0) {
		snprintf(err, cap, "chains: counting the stored report: %s", dd_error_last());
		goto out;
	}
	json_array_foreach(chains, i, c) {
		const char *name = json_string_value(json_object_get(c, "name"));
		bool block = verdict(c, n, why, sizeof(why));
		logf_(&r, "chain", "chain %s: %s (%s)", name, block ? "block" : "pass", why);
		if (block) {
			size_t len = strlen(reasons);
			snprintf(reasons + len, sizeof(reasons) - len, "%schain %s: %s", len ? "; " : "", name, why);
			json_array_append(blocking, c);
		}
	}
	if (json_array_size(blocking)) {
		/* any one blocking blocks: the digest first, so admission denies it at once */
		if ((rc = dd_srv_image_block(srv, it->registry, it->repository, it->tag, digest, true, reasons, NULL)) != 0) {
			snprintf(err, cap, "chains: blocking %s: %s", digest, dd_error_last());
			goto out;
		}
		logf_(&r, "block", "%s blocked: %s", digest, reasons);
		json_array_foreach(blocking, i, c) {
			const char *name = json_string_value(json_object_get(c, "name"));
			json_t *ob = json_object_get(c, "on_block");
			const char *ns = json_string_value(json_object_get(ob, "backup_to"));
			/* backup before delete: a failed backup keeps the source */
			if (ns && (rc = copy_step(&r, name, "backup", ns)) != 0)
				goto out;
			if (json_is_true(json_object_get(ob, "delete")) && (rc = delete_step(&r, name)) != 0)
				goto out;
			verdict(c, n, why, sizeof(why));
			notify_step(&r, c, why, n);
			if (json_is_true(json_object_get(c, "auto_fix")))
				fix_step(&r, c);
		}
		goto out;
	}
	json_array_foreach(chains, i, c) {
		const char *ns = json_string_value(json_object_get(json_object_get(c, "on_pass"), "promote_to"));
		const char *name = json_string_value(json_object_get(c, "name"));
		/* an INCOMPLETE scan is never a clean result: it blocks nothing it did not see, promotes nothing */
		if (ns && !complete)
			logf_(&r, "promote", "chain %s: not promoted: the scan is INCOMPLETE (see the scan's notes)", name);
		else if (ns && strcmp(it->kind, "push"))
			logf_(&r, "promote", "chain %s: passes again after the %s; promotion happens on a push only", name, it->kind);
		else if (ns && (rc = copy_step(&r, name, "promote", ns)) != 0)
			goto out;
	}
out:
	explicit_bzero(r.pw, sizeof(r.pw));
	json_decref(r.reg);
	json_decref(blocking);
	json_decref(chains);
	return rc;
}
