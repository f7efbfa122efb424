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

int dd_srv_whitelist_apply(dd_srv *srv, dd_report *r, const char *repository)
{
	json_t *all = json_array(), *page = NULL;
	dd_whitelist_rule *rules = NULL;
	const char **globs = NULL;
	char (*names)[32] = NULL;
	int64_t after = 0;
	int rc = 0;
	/* every rule, page by page */
	for (;;) {
		if ((rc = srv->store->be->whitelist_list(srv->store, after, 1000, &page)) != 0)
			goto cleanup;
		size_t n = json_array_size(page);
		if (n)
			after = json_integer_value(json_object_get(json_array_get(page, n - 1), "whitelist"));
		json_array_extend(all, page);
		json_decref(page);
		if (n < 1000 || json_array_size(all) >= MAX_RULES)
			break;
	}
	size_t n = json_array_size(all), nglobs = 0;
	for (size_t i = 0; i < n; i++)
		nglobs += json_array_size(json_object_get(json_array_get(all, i), "repositories"));
	rules = calloc(n + 1, sizeof(*rules));
	globs = calloc(nglobs + 1, sizeof(*globs));
	names = calloc(n + 1, sizeof(*names));
	if (!rules || !globs || !names) {
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		goto cleanup;
	}
	size_t g = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *w = json_array_get(all, i), *repos = json_object_get(w, "repositories");
		const char *exp = json_string_value(json_object_get(w, "expires"));
		snprintf(names[i], sizeof(names[i]), "whitelist %lld",
			(long long)json_integer_value(json_object_get(w, "whitelist")));
		rules[i].cls = json_string_value(json_object_get(w, "class"));
		rules[i].id = json_string_value(json_object_get(w, "id"));
		rules[i].note = json_string_value(json_object_get(w, "note"));
		rules[i].name = names[i];
		rules[i].expires = exp ? dd_time_parse(exp) : 0;
		if (rules[i].expires < 0)
			rules[i].expires = 1; /* unreadable: expired, never "forever" */
		rules[i].repositories = globs + g;
		for (size_t k = 0; k < json_array_size(repos); k++)
			globs[g++] = json_string_value(json_array_get(repos, k));
		rules[i].n_repositories = (size_t)(globs + g - rules[i].repositories);
	}
	/* the repository asked about, not the one the digest was first scanned in */
	char *repo = strdup(repository);
	if (!repo) {
		rc = dd_error_set_str(DD_ENOMEM, "out of memory");
		goto cleanup;
	}
	free(r->repository);
	r->repository = repo;
	rc = dd_report_apply_whitelist(r, rules, n, (int64_t)time(NULL), NULL);
cleanup:
	free(rules);
	free(globs);
	free(names);
	json_decref(all);
	return rc;
}
