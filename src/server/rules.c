/*
 * Scan rules: which images of a registry a rule covers (a namespace, or
 * one repository, and a POSIX ERE on tags) and enumerating them through
 * the registry's catalog. The tag regex is POSIX ERE because that is what
 * it means everywhere in drydock; PCRE2 reads the same text only to say
 * where an invalid one goes wrong (regcomp does not tell).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/server.h"

#define REGEX_MAX 1024

int dd_srv_tag_regex(const char *re, regex_t *out, char *err, size_t cap)
{
	if (strlen(re) > REGEX_MAX) {
		snprintf(err, cap, "tag_regex: longer than %d bytes", REGEX_MAX);
		return DD_EINVAL;
	}
	int rc = regcomp(out, re, REG_EXTENDED | REG_NOSUB);
	if (rc == 0)
		return 0;
	char why[256];
	regerror(rc, out, why, sizeof(why));
	int code;
	PCRE2_SIZE off;
	pcre2_code *p = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED, 0, &code, &off, NULL);
	if (p) {
		pcre2_code_free(p);
		snprintf(err, cap, "tag_regex: not a valid POSIX extended regular expression: %s", why);
	} else {
		PCRE2_UCHAR pm[160];
		pcre2_get_error_message(code, pm, sizeof(pm));
		snprintf(err, cap, "tag_regex: invalid at position %zu (%s): %s", (size_t)off, (char *)pm, why);
	}
	return DD_EINVAL;
}

static int fail(int *status, int st, const char *fmt, const char *a)
{
	char m[512];
	snprintf(m, sizeof(m), fmt, a);
	*status = st;
	return dd_error_set_str(DD_EINVAL, m);
}

unsigned dd_srv_rule_scanners(json_t *rule)
{
	json_t *a = json_object_get(rule, "scanners"), *v;
	unsigned bits = 0, b;
	size_t i;
	json_array_foreach(a, i, v) {
		if (json_is_string(v) && dd_scanners_parse(json_string_value(v), &b) == 0)
			bits |= b;
	}
	return bits;
}

int dd_srv_rule_check(dd_srv *srv, json_t *r, int *status)
{
	static const char *const fields[] = { "name", "registry", "namespace", "repository", "tag_regex", "on_push", "cycle",
		"time_range_days", "retention_days", "scanners", "notifiers", NULL };
	const char *k = dd_srv_unknown_key(r, fields);
	json_t *v;
	*status = 422;
	if (k)
		return fail(status, 422, "unknown field '%.100s'", k);
	const char *name = json_string_value(json_object_get(r, "name"));
	if (!name || !*name || strlen(name) > 128)
		return fail(status, 422, "name: required, a string of 1 to 128 characters%s", "");
	const char *reg = json_string_value(json_object_get(r, "registry"));
	json_t *found = NULL;
	if (!reg)
		return fail(status, 422, "registry: required, the name of a configured registry%s", "");
	if (dd_srv_registry_find(srv, reg, &found, NULL) != 0)
		return fail(status, 422, "registry: '%.64s' is not configured", reg);
	json_decref(found);
	static const char *const repo_fields[] = { "namespace", "repository", NULL };
	for (size_t i = 0; repo_fields[i]; i++) {
		v = json_object_get(r, repo_fields[i]);
		if (v && !json_is_null(v) && (!json_is_string(v) || !dd_srv_repository_ok(json_string_value(v))))
			return fail(status, 422, "%s: must be a repository path (lowercase letters, digits, . _ - and /)", repo_fields[i]);
	}
	const char *ns = json_string_value(json_object_get(r, "namespace"));
	const char *repo = json_string_value(json_object_get(r, "repository"));
	if (ns && repo && (strncmp(repo, ns, strlen(ns)) || repo[strlen(ns)] != '/'))
		return fail(status, 422, "repository: '%.200s' is not under the namespace", repo);
	v = json_object_get(r, "tag_regex");
	if (!v || json_is_null(v))
		json_object_set_new(r, "tag_regex", json_string(".*"));
	else if (!json_is_string(v))
		return fail(status, 422, "tag_regex: must be a string%s", "");
	regex_t re;
	char err[512];
	if (dd_srv_tag_regex(json_string_value(json_object_get(r, "tag_regex")), &re, err, sizeof(err)) != 0)
		return fail(status, 400, "%s", err);
	regfree(&re);
	v = json_object_get(r, "on_push");
	if (v && !json_is_boolean(v))
		return fail(status, 422, "on_push: must be true or false%s", "");
	v = json_object_get(r, "cycle");
	const char *cy = json_string_value(v);
	if (v && (!cy || (strcmp(cy, "off") && strcmp(cy, "3d") && strcmp(cy, "1w") && strcmp(cy, "2w"))))
		return fail(status, 422, "cycle: must be off, 3d, 1w or 2w%s", "");
	static const char *const days[] = { "time_range_days", "retention_days", NULL };
	for (size_t i = 0; days[i]; i++) {
		v = json_object_get(r, days[i]);
		if (v && (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 36500))
			return fail(status, 422, "%s: must be a whole number of days from 0 to 36500", days[i]);
	}
	v = json_object_get(r, "scanners");
	if (v) {
		size_t i;
		json_t *s;
		unsigned b;
		if (!json_is_array(v) || json_array_size(v) > 16)
			return fail(status, 422, "scanners: must be a list such as [\"vuln\", \"secret\"]%s", "");
		json_array_foreach(v, i, s) {
			if (!json_is_string(s) || dd_scanners_parse(json_string_value(s), &b) < 0)
				return fail(status, 422, "scanners: '%.40s' is none of vuln, secret, baseline, malware, history",
					json_is_string(s) ? json_string_value(s) : "(not a string)");
		}
	}
	v = json_object_get(r, "notifiers");
	if (v) {
		size_t i;
		json_t *s;
		if (!json_is_array(v) || json_array_size(v) > 64)
			return fail(status, 422, "notifiers: must be a list of notifier names%s", "");
		json_array_foreach(v, i, s) {
			if (!json_is_string(s) || !json_string_length(s) || json_string_length(s) > 64)
				return fail(status, 422, "notifiers: each must be a notifier name (1 to 64 characters)%s", "");
		}
	}
	return 0;
}

bool dd_srv_rule_matches(json_t *rule, const regex_t *re, const char *registry, const char *repository, const char *tag)
{
	const char *reg = json_string_value(json_object_get(rule, "registry"));
	const char *ns = json_string_value(json_object_get(rule, "namespace"));
	const char *repo = json_string_value(json_object_get(rule, "repository"));
	if (!reg || strcmp(reg, registry))
		return false;
	if (repo && strcmp(repo, repository))
		return false;
	if (!repo && ns) {
		size_t n = strlen(ns);
		if (strncmp(repository, ns, n) || (repository[n] != '/' && repository[n] != '\0'))
			return false;
	}
	return regexec(re, tag, 0, NULL, 0) == 0;
}

/* one name into an empty dd_strv (freed by dd_strv_free) */
static int strv_one(dd_strv *v, const char *s)
{
	v->items = calloc(2, sizeof(char *));
	if (!v->items || !(v->items[0] = strdup(s)))
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	v->count = 1;
	v->cap = 2;
	return 0;
}

int dd_srv_rule_enumerate(dd_srv *srv, json_t *rule, json_t **items)
{
	json_t *reg = NULL;
	dd_strv repos = { 0 };
	dd_catalog_options co;
	regex_t re;
	char pw[4200], err[512];
	int rc;
	bool have_re = false;
	*items = NULL;
	const char *rname = json_string_value(json_object_get(rule, "registry"));
	const char *repo = json_string_value(json_object_get(rule, "repository"));
	if ((rc = dd_srv_registry_find(srv, rname, &reg, NULL)) != 0 ||
	    (rc = dd_srv_registry_options(srv, reg, &co, pw, sizeof(pw))) != 0)
		goto cleanup;
	if ((rc = dd_srv_tag_regex(json_string_value(json_object_get(rule, "tag_regex")), &re, err, sizeof(err))) != 0) {
		rc = dd_error_set_str(DD_EINVAL, err);
		goto cleanup;
	}
	have_re = true;
	if (repo)
		rc = strv_one(&repos, repo);
	else
		rc = dd_catalog_repositories(&repos, &co, json_string_value(json_object_get(rule, "namespace")));
	if (rc)
		goto cleanup;
	json_t *out = json_array();
	size_t n = 0;
	for (size_t i = 0; i < repos.count && !rc; i++) {
		dd_strv tags = { 0 };
		rc = dd_catalog_tags(&tags, &co, repos.items[i]);
		if (rc == DD_ENOTFOUND && !repo) {
			rc = 0;   /* listed, then deleted: nothing to scan */
			continue;
		}
		for (size_t j = 0; !rc && j < tags.count; j++) {
			if (!dd_srv_rule_matches(rule, &re, rname, repos.items[i], tags.items[j]))
				continue;
			if (++n > srv->cfg.max_task_items) {
				char m[256];
				snprintf(m, sizeof(m), "the rule covers more than max_task_items (%zu) images: narrow it or raise the limit",
					srv->cfg.max_task_items);
				rc = dd_error_set_str(DD_ELIMIT, m);
				break;
			}
			json_array_append_new(out, json_pack("{s:s,s:s,s:s}", "registry", rname, "repository", repos.items[i],
				"tag", tags.items[j]));
		}
		dd_strv_free(&tags);
	}
	if (rc)
		json_decref(out);
	else
		*items = out;
cleanup:
	if (have_re)
		regfree(&re);
	dd_strv_free(&repos);
	json_decref(reg);
	explicit_bzero(pw, sizeof(pw));
	return rc;
}
