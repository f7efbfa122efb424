/*
 * The service's whitelists (SERVICE.md /whitelists): checking a rule as the
 * API receives it, and applying every stored rule to a report as it is
 * served.
 *
 * The one idea: a stored scan stays as scanned and the whitelist is applied
 * on the way out, to the repository asked about (one scan of a digest
 * serves every repository that has it). So a rule added, deleted or
 * expired changes the next served report without a rescan, and a rule
 * scoped to one repository never silences the same digest elsewhere. The
 * matching is the library's (dd_report_apply_whitelist), the one that
 * --ignore-file uses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/api.h"
#include "server/whitelist.h"
#include "util/str.h"

#define MAX_RULES 100000
#define MAX_REPOS 100

static const char *const classes[] = { "vuln", "secret", "malware", "baseline", "build", NULL };

static int invalid(const char *fmt, const char *a)
{
	char m[300];
	snprintf(m, sizeof(m), fmt, a);
	return dd_error_set_str(DD_EINVAL, m);
}

/* printable, no blanks or control characters, 1..max bytes */
static bool token_ok(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (!n || n > max)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == 0x7f)
			return false;
	return true;
}

int dd_srv_whitelist_check(json_t *w)
{
	const char *cls = json_string_value(json_object_get(w, "class"));
	const char *id = json_string_value(json_object_get(w, "id"));
	json_t *repos = json_object_get(w, "repositories"), *note = json_object_get(w, "note"),
	       *exp = json_object_get(w, "expires");
	bool known = false;
	for (size_t i = 0; cls && classes[i]; i++)
		known |= !strcmp(cls, classes[i]);
	if (!known)
		return invalid("class must be one of vuln, secret, malware, baseline, build%s", "");
	if (!id || !token_ok(id, 256))
		return invalid("id (a vulnerability id or a rule id) is required: 1 to 256 printable characters%s", "");
	if (repos && !json_is_null(repos)) {
		if (!json_is_array(repos) || json_array_size(repos) > MAX_REPOS)
			return invalid("repositories must be a list of at most 100 globs%s", "");
		size_t i;
		json_t *g;
		json_array_foreach(repos, i, g)
			if (!json_is_string(g) || !token_ok(json_string_value(g), 512))
				return invalid("repositories: each glob is 1 to 512 printable characters without blanks%s", "");
		if (!json_array_size(repos))
			json_object_del(w, "repositories"); /* [] means what absent means: every repository */
	}
	if (note && !json_is_null(note) && (!json_is_string(note) || strlen(json_string_value(note)) > 1000))
		return invalid("note must be a text of at most 1000 bytes%s", "");
	if (exp && !json_is_null(exp)) {
		const char *e = json_string_value(exp);
		int64_t t = e ? dd_time_parse(e) : -1;
		if (t < 0)
			return invalid("expires must be an RFC 3339 time like 2027-06-30T00:00:00Z, not '%.60s'", e ? e : "(not a string)");
		char norm[32];
		dd_store_time(t ? t : 1, norm);
		json_object_set_new(w, "expires", json_string(norm));
	}
	return 0;
}

/* every stored rule, loaded once for many reports (the overview) */
struct dd_srv_whitelists {
	json_t *all;                    /* the rows, which own the strings below */
	dd_whitelist_rule *rules;
	const char **globs;
	char (*names)[32];
	size_t n;
};

void dd_srv_whitelists_free(dd_srv_whitelists *w)
{
	if (!w)
		return;
	free(w->rules);
	free(w->globs);
	free(w->names);
	json_decref(w->all);
	free(w);
}

int dd_srv_whitelists_load(dd_srv *srv, dd_srv_whitelists **out)
{
	json_t *page = NULL;
	int64_t after = 0;
	int rc = 0;
	dd_srv_whitelists *w = calloc(1, sizeof(*w));
	*out = NULL;
	if (!w || !(w->all = json_array())) {
		free(w);
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	}
	/* every rule, page by page */
	for (;;) {
		if ((rc = srv->store->be->whitelist_list(srv->store, after, 1000, &page)) != 0)
			goto fail;
		size_t n = json_array_size(page);
		if (n)
			after = json_integer_value(json_object_get(json_array_get(page, n - 1), "whitelist"));
		json_array_extend(w->all, page);
		json_decref(page);
		if (n < 1000 || json_array_size(w->all) >= MAX_RULES)
			break;
	}
	size_t n = json_array_size(w->all), nglobs = 0;
	for (size_t i = 0; i < n; i++)
		nglobs += json_array_size(json_object_get(json_array_get(w->all, i), "repositories"));
	w->rules = calloc(n + 1, sizeof(*w->rules));
	w->globs = calloc(nglobs + 1, sizeof(*w->globs));
	w->names = calloc(n + 1, sizeof(*w->names));
	if (!w->rules || !w->globs || !w->names) {
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		goto fail;
	}
	size_t g = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *row = json_array_get(w->all, i), *repos = json_object_get(row, "repositories");
		dd_whitelist_rule *u = &w->rules[i];
		const char *exp = json_string_value(json_object_get(row, "expires"));
		snprintf(w->names[i], sizeof(w->names[i]), "whitelist %lld",
			(long long)json_integer_value(json_object_get(row, "whitelist")));
		u->cls = json_string_value(json_object_get(row, "class"));
		u->id = json_string_value(json_object_get(row, "id"));
		u->note = json_string_value(json_object_get(row, "note"));
		u->name = w->names[i];
		u->expires = exp ? dd_time_parse(exp) : 0;
		if (u->expires < 0)
			u->expires = 1; /* unreadable: expired, never "forever" */
		u->repositories = w->globs + g;
		for (size_t k = 0; k < json_array_size(repos); k++)
			w->globs[g++] = json_string_value(json_array_get(repos, k));
		u->n_repositories = (size_t)(w->globs + g - u->repositories);
	}
	w->n = n;
	*out = w;
	return 0;
fail:
	dd_srv_whitelists_free(w);
	return rc;
}

bool dd_srv_whitelists_touch(const dd_srv_whitelists *w, const char *repository, int64_t now)
{
	for (size_t i = 0; w && i < w->n; i++) {
		const dd_whitelist_rule *u = &w->rules[i];
		if (u->expires > 0 && u->expires <= now)
			continue;
		if (!u->n_repositories)
			return true;
		for (size_t k = 0; k < u->n_repositories; k++)
			if (dd_glob_match(u->repositories[k], repository))
				return true;
	}
	return false;
}

int dd_srv_whitelists_apply(const dd_srv_whitelists *w, dd_report *r, const char *repository)
{
	/* the repository asked about, not the one the digest was first scanned in */
	char *repo = strdup(repository);
	if (!repo)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	free(r->repository);
	r->repository = repo;
	return dd_report_apply_whitelist(r, w->rules, w->n, (int64_t)time(NULL), NULL);
}

int dd_srv_whitelist_apply(dd_srv *srv, dd_report *r, const char *repository)
{
	dd_srv_whitelists *w = NULL;
	int rc = dd_srv_whitelists_load(srv, &w);
	if (!rc)
		rc = dd_srv_whitelists_apply(w, r, repository);
	dd_srv_whitelists_free(w);
	return rc;
}

int dd_srv_whitelists_summary(dd_srv *srv, const dd_srv_whitelists *w, json_t *row)
{
	const char *repository = json_string_value(json_object_get(row, "repository"));
	int64_t scan = json_integer_value(json_object_get(row, "scan"));
	if (!json_is_object(json_object_get(row, "summary")) || scan <= 0 || !repository ||
	    !dd_srv_whitelists_touch(w, repository, (int64_t)time(NULL))) {
		json_object_set_new(row, "whitelisted", json_integer(0));
		return 0;
	}
	dd_store_scan sc;
	dd_report *r = NULL;
	memset(&sc, 0, sizeof(sc));
	int rc = srv->store->be->scan_get(srv->store, scan, &sc);
	if (!rc)
		rc = dd_report_read_json_buffer(&r, sc.report, sc.report_len, "stored scan");
	dd_store_scan_clear(&sc);
	if (!rc)
		rc = dd_srv_whitelists_apply(w, r, repository);
	if (!rc) {
		size_t whitelisted = 0;
		for (size_t i = 0; i < r->n_findings; i++)
			whitelisted += r->findings[i].suppressed;
		json_t *sum = dd_srv_report_summary(r);
		if (!sum) {
			rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		} else {
			json_object_set_new(row, "summary", sum);
			json_object_set_new(row, "whitelisted", json_integer((json_int_t)whitelisted));
		}
	}
	dd_report_free(r);
	/* a stored report that cannot be read keeps its stored summary here (its
	 * image page says why): one bad row does not take the overview down */
	if (rc && rc != DD_ENOMEM) {
		dd_srv_log("warn", "whitelists not applied to an image's counts", "repository", repository, "detail",
			dd_error_last(), NULL);
		json_object_set_new(row, "whitelisted", json_integer(0));
		rc = 0;
	}
	return rc;
}
