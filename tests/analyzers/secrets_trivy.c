/*
 * The secret engine against Trivy's own secret-scanner fixtures
 * (../shared/data/secrets/trivy) and the findings Trivy's tests expect of
 * them (trivy-expected-findings.tsv): every expected (rule, line) is found,
 * nothing else is, and the "no finding" cases (allow rules, invalid tokens,
 * wrapped words, example files) stay silent.
 *
 * Trivy's cases with their own rule configs use drydock equivalents written
 * in our format (tests/data/analyzers/secrets/trivy-configs/, same file
 * names). Our built-in rule ids are Trivy's where the token is the same;
 * rule_map below lists the ones that differ (none today).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/secrets_engine.h"
#include "util/redact.h"
#include "testutil.h"
#include "util/error.h"
#include "util/str.h"

static const struct { const char *trivy, *ours; } rule_map[] = {
	{ NULL, NULL },
};

static const char *map_rule(const char *id)
{
	for (size_t i = 0; rule_map[i].trivy; i++)
		if (!strcmp(rule_map[i].trivy, id))
			return rule_map[i].ours;
	return id;
}

typedef struct engine_cache {
	char *config;
	dd_secret_engine *e;
} engine_cache;

static engine_cache cache[64];
static size_t n_cache;

static dd_secret_engine *engine_for(const char *config)
{
	for (size_t i = 0; i < n_cache; i++)
		if (!strcmp(cache[i].config, config))
			return cache[i].e;
	char rel[256];
	snprintf(rel, sizeof(rel), "analyzers/secrets/trivy-configs/%s", config);
	char *path = dd_test_data_path(rel);
	size_t len;
	char *yaml = dd_test_read_file(path, &len);
	if (!yaml)
		fail_msg("missing drydock equivalent of Trivy config %s", config);
	dd_secret_engine *e = NULL;
	if (dd_secret_engine_new_default(&e, config, yaml, len) != 0)
		fail_msg("%s: %s", config, dd_error_last());
	free(yaml);
	free(path);
	assert_true(n_cache < 64);
	cache[n_cache].config = strdup(config);
	cache[n_cache++].e = e;
	return e;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "rule:line" for each reported (non-example) hit, sorted */
static void scan_case(const char *config, const char *file, dd_strv *got, dd_severity *first_sev)
{
	char rel[512];
	snprintf(rel, sizeof(rel), "secrets/trivy/%s", file);
	char *path = dd_test_shared_path(rel);
	size_t len;
	char *data = dd_test_read_file(path, &len);
	if (!data)
		fail_msg("missing fixture %s", rel);
	char img_path[512];
	snprintf(img_path, sizeof(img_path), "testdata/%s", file);
	dd_secret_result res;
	assert_int_equal(dd_secret_scan(engine_for(config), img_path, (const uint8_t *)data, len, &res), 0);
	assert_false(res.truncated);
	for (size_t i = 0; i < res.n_hits; i++) {
		if (res.hits[i].example)
			continue;
		if (first_sev && got->count == 0)
			*first_sev = res.hits[i].rule->severity;
		char *s = dd_asprintf("%s:%u", res.hits[i].rule->id, res.hits[i].line);
		dd_strv_push_owned(got, s);
	}
	if (got->count > 1)
		qsort(got->items, got->count, sizeof(char *), cmp_str);
	dd_secret_result_clear(&res);
	free(data);
	free(path);
}

static void test_trivy_expected(void **state)
{
	(void)state;
	char *tsv_path = dd_test_shared_path("secrets/trivy-expected-findings.tsv");
	if (!tsv_path)
		skip();
	size_t len;
	char *tsv = dd_test_read_file(tsv_path, &len);
	assert_non_null(tsv);

	/* group lines by (case, config, path): one scan each */
	typedef struct group { char key[512], config[128], file[128], kase[200]; dd_strv want; } group;
	group *groups = calloc(256, sizeof(group));
	size_t n_groups = 0, n_expected = 0, n_silent = 0;
	for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#')
			continue;
		char *f[6] = { 0 };
		char *p = line;
		for (int i = 0; i < 6; i++) {
			f[i] = p;
			char *t = strchr(p, '\t');
			if (!t) {
				assert_int_equal(i, 5);
				break;
			}
			*t = '\0';
			p = t + 1;
		}
		char key[512];
		snprintf(key, sizeof(key), "%s|%s|%s", f[5], f[4], f[0]);
		group *g = NULL;
		for (size_t i = 0; i < n_groups; i++)
			if (!strcmp(groups[i].key, key))
				g = &groups[i];
		if (!g) {
			assert_true(n_groups < 256);
			g = &groups[n_groups++];
			snprintf(g->key, sizeof(g->key), "%s", key);
			snprintf(g->config, sizeof(g->config), "%s", f[4]);
			snprintf(g->file, sizeof(g->file), "%s", f[0]);
			snprintf(g->kase, sizeof(g->kase), "%s", f[5]);
		}
		if (strcmp(f[1], "-") != 0) {
			dd_strv_push_owned(&g->want, dd_asprintf("%s:%s", map_rule(f[1]), f[2]));
			n_expected++;
		}
	}
	int failures = 0;
	for (size_t i = 0; i < n_groups; i++) {
		group *g = &groups[i];
		if (g->want.count > 1)
			qsort(g->want.items, g->want.count, sizeof(char *), cmp_str);
		dd_strv got = DD_STRV_INIT;
		dd_severity sev = DD_SEV_CRITICAL;
		scan_case(g->config, g->file, &got, &sev);
		bool same = got.count == g->want.count;
		for (size_t k = 0; same && k < got.count; k++)
			same = !strcmp(got.items[k], g->want.items[k]);
		if (!same) {
			failures++;
			fprintf(stderr, "case '%s' (%s with %s): want", g->kase, g->file, g->config);
			for (size_t k = 0; k < g->want.count; k++)
				fprintf(stderr, " %s", g->want.items[k]);
			fprintf(stderr, " | got");
			for (size_t k = 0; k < got.count; k++)
				fprintf(stderr, " %s", got.items[k]);
			fprintf(stderr, "\n");
		}
		if (!g->want.count)
			n_silent++;
		/* a rule without a valid severity is "unknown", like Trivy */
		if (strstr(g->config, "severity") && got.count)
			assert_int_equal(sev, DD_SEV_UNKNOWN);
		dd_strv_free(&got);
		dd_strv_free(&g->want);
	}
	fprintf(stderr, "%zu cases, %zu expected findings, %zu no-finding cases, %d failed\n", n_groups, n_expected, n_silent,
		failures);
	assert_int_equal(failures, 0);
	assert_true(n_expected >= 65 && n_silent >= 12);
	free(groups);
	free(tsv);
	free(tsv_path);
}

/* The redacted match keeps at most 4 leading characters and never the secret. */
static void test_redaction(void **state)
{
	(void)state;
	char *m = dd_redact((const uint8_t *)"LTAI0123456789abcdefXYZW", 24);
	assert_non_null(m);
	assert_string_equal(m, "LTAI********************");
	free(m);
	m = dd_redact((const uint8_t *)"hunter2", 7);
	assert_non_null(m);
	assert_string_equal(m, "h******");
	free(m);
	m = dd_redact((const uint8_t *)"abc", 3);
	assert_non_null(m);
	assert_string_equal(m, "***");
	free(m);
	/* long secrets: a bounded mask, not the length */
	char big[300];
	memset(big, 'A', sizeof(big));
	m = dd_redact((const uint8_t *)big, sizeof(big));
	assert_non_null(m);
	assert_int_equal(strlen(m), 4 + 32);
	free(m);
}

static int teardown(void **state)
{
	(void)state;
	for (size_t i = 0; i < n_cache; i++) {
		dd_secret_engine_free(cache[i].e);
		free(cache[i].config);
	}
	n_cache = 0;
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trivy_expected),
		cmocka_unit_test(test_redaction),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
