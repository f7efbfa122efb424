/*
 * The secrets analyzer end to end through dd_scan() on dir: trees of
 * hand-made fixtures (tests/data/checks/secrets, written by its
 * make-fixtures.py): one case of every built-in content rule and every
 * sensitive-file shape is found with the right rule, path and line and a
 * redacted match; the same paths with harmless content give nothing; the
 * documented example key is noted, not reported. Plus the engine's edges:
 * binaries, long lines, CRLF, size cap, hostile repetition, and the rule
 * file parser's errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzers/analyzer.h"
#include "analyzers/secrets_engine.h"
#include "analyzers/secrets_files.h"
#include "scan/layer_result.h"
#include "drydock/drydock.h"
#include "testutil.h"
#include "util/error.h"
#include "util/str.h"

extern const dd_analyzer dd_analyzer_secrets;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static dd_report *scan_dir(const char *rel)
{
	char *dir = dd_test_data_path(rel);
	char ref[1024];
	snprintf(ref, sizeof(ref), "dir:%s", dir);
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.scanners = DD_SCANNER_SECRET;
	dd_report *r = NULL;
	if (dd_scan(&r, ref, &o) != 0)
		fail_msg("%s: %s", ref, dd_error_last());
	free(dir);
	assert_true(r->complete);
	return r;
}

/* "path\trule\tline" of every finding, sorted; checks each finding's shape */
static void findings_of(const dd_report *r, dd_strv *out)
{
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		assert_int_equal(f->cls, DD_CLASS_SECRET);
		assert_non_null(f->title);
		assert_non_null(f->remediation);
		assert_true(f->line >= 1);
		assert_false(f->removed_in_final);
		/* redacted: at most 4 clear characters, then only '*' */
		assert_non_null(f->match);
		size_t clear = strcspn(f->match, "*");
		assert_true(clear <= 4);
		assert_true(strlen(f->match) > clear);
		for (const char *p = f->match + clear; *p; p++)
			assert_int_equal(*p, '*');
		if (f->severity == DD_SEV_UNKNOWN)
			fail_msg("%s: built-in rule without a severity", f->id);
		dd_strv_push_owned(out, dd_asprintf("%s\t%s\t%u", f->path, f->id, f->line));
	}
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(char *), cmp_str);
}

static void expected_of(const char *tree, dd_strv *out, dd_strv *rules)
{
	char *p = dd_test_data_path("checks/secrets/expected.tsv");
	size_t len;
	char *tsv = dd_test_read_file(p, &len);
	assert_non_null(tsv);
	for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#')
			continue;
		char path[512], rule[128], t[32];
		unsigned ln;
		assert_int_equal(sscanf(line, "%511[^\t]\t%127[^\t]\t%u\t%31s", path, rule, &ln, t), 4);
		if (rules)
			dd_strv_push_unique(rules, rule);
		if (!strcmp(t, tree))
			dd_strv_push_owned(out, dd_asprintf("%s\t%s\t%u", path, rule, ln));
	}
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(char *), cmp_str);
	free(tsv);
	free(p);
}

static void assert_same(const char *what, const dd_strv *want, const dd_strv *got)
{
	size_t i = 0, j = 0;
	int bad = 0;
	while (i < want->count || j < got->count) {
		int c = i >= want->count ? 1 : j >= got->count ? -1 : strcmp(want->items[i], got->items[j]);
		if (c < 0) {
			fprintf(stderr, "%s: missing  %s\n", what, want->items[i++]);
			bad++;
		} else if (c > 0) {
			fprintf(stderr, "%s: unexpected %s\n", what, got->items[j++]);
			bad++;
		} else {
			i++;
			j++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_every_rule_planted(void **state)
{
	(void)state;
	dd_strv want = DD_STRV_INIT, got = DD_STRV_INIT, rules = DD_STRV_INIT;
	expected_of("rootfs", &want, &rules);
	dd_report *r = scan_dir("checks/secrets/rootfs");
	findings_of(r, &got);
	assert_same("rootfs", &want, &got);
	/* the documented example key is noted, never a finding */
	bool noted = false;
	for (size_t i = 0; i < r->notes.count; i++)
		noted |= strstr(r->notes.items[i], "srv/app/docs/aws.txt") && strstr(r->notes.items[i], "example");
	assert_true(noted);
	dd_report_free(r);

	/* the fixtures cover every built-in rule and every sensitive-file rule */
	dd_secret_engine *e;
	assert_int_equal(dd_secret_engine_new_default(&e, NULL, NULL, 0), 0);
	for (size_t i = 0; i < dd_secret_engine_rule_count(e); i++) {
		if (dd_secret_engine_rule_is_slow(e, i))
			fail_msg("built-in rule %s is not taken by hyperscan: give it a prefilter", dd_secret_engine_rule(e, i)->id);
		if (!dd_strv_contains(&rules, dd_secret_engine_rule(e, i)->id))
			fail_msg("built-in rule %s has no fixture in tests/data/checks/secrets", dd_secret_engine_rule(e, i)->id);
	}
	for (size_t i = 0; dd_secret_file_rules[i]; i++)
		if (!dd_strv_contains(&rules, dd_secret_file_rules[i]->id))
			fail_msg("sensitive-file rule %s has no fixture", dd_secret_file_rules[i]->id);
	dd_secret_engine_free(e);
	dd_strv_free(&want);
	dd_strv_free(&got);
	dd_strv_free(&rules);
}

static void test_deleted_tree(void **state)
{
	(void)state;
	dd_strv want = DD_STRV_INIT, got = DD_STRV_INIT;
	expected_of("deleted", &want, NULL);
	dd_report *r = scan_dir("checks/secrets/deleted");
	findings_of(r, &got);
	assert_same("deleted", &want, &got);
	dd_report_free(r);
	dd_strv_free(&want);
	dd_strv_free(&got);
}

static void test_clean_tree(void **state)
{
	(void)state;
	dd_report *r = scan_dir("checks/secrets/clean");
	for (size_t i = 0; i < r->n_findings; i++)
		fprintf(stderr, "clean tree: %s %s:%u\n", r->findings[i].id, r->findings[i].path, r->findings[i].line);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
}

/* A token made at run time, so this source file holds none. */
static char *fake_ghp(void)
{
	char *t = malloc(41);
	memcpy(t, "ghp_", 4);
	for (int i = 0; i < 36; i++)
		t[4 + i] = "aB3dE6gH9jK2mN5pQ8sT1vW4yZ7"[(i * 7 + 3) % 27];
	t[40] = '\0';
	return t;
}

static size_t count_hits(const char *path, const char *data, size_t len, const char *rule, unsigned *line)
{
	static dd_secret_engine *e;
	if (!e)
		assert_int_equal(dd_secret_engine_new_default(&e, NULL, NULL, 0), 0);
	if (!path) {
		dd_secret_engine_free(e);
		e = NULL;
		return 0;
	}
	dd_secret_result res;
	assert_int_equal(dd_secret_scan(e, path, (const uint8_t *)data, len, &res), 0);
	size_t n = 0;
	for (size_t i = 0; i < res.n_hits; i++)
		if (!res.hits[i].example && (!rule || !strcmp(res.hits[i].rule->id, rule))) {
			n++;
			if (line)
				*line = res.hits[i].line;
		}
	dd_secret_result_clear(&res);
	return n;
}

static void test_engine_edges(void **state)
{
	(void)state;
	char *tok = fake_ghp();
	unsigned line = 0;

	/* a token at the end of a 4 MiB line (Trivy's long-line case, bigger) */
	size_t big = 4u << 20;
	char *buf = malloc(big + 64);
	memset(buf, 'a', big);
	buf[big] = ' ';
	memcpy(buf + big + 1, tok, 40);
	buf[big + 41] = '\n';
	assert_int_equal(count_hits("app/long.txt", buf, big + 42, "github-pat", &line), 1);
	assert_int_equal(line, 1);

	/* CRLF lines count like LF lines */
	char crlf[200];
	int n = snprintf(crlf, sizeof(crlf), "a\r\nb\r\nTOKEN=%s\r\n", tok);
	assert_int_equal(count_hits("app/crlf.txt", crlf, (size_t)n, "github-pat", &line), 1);
	assert_int_equal(line, 3);

	/* hostile: the same token 200000 times; capped, never slow or unbounded */
	size_t reps = 200000, stride = 42;
	char *rep = malloc(reps * stride);
	for (size_t i = 0; i < reps; i++) {
		memcpy(rep + i * stride, tok, 40);
		rep[i * stride + 40] = ' ';
		rep[i * stride + 41] = '\n';
	}
	dd_secret_engine *e;
	assert_int_equal(dd_secret_engine_new_default(&e, NULL, NULL, 0), 0);
	dd_secret_result res;
	assert_int_equal(dd_secret_scan(e, "app/rep.txt", (const uint8_t *)rep, reps * stride, &res), 0);
	assert_int_equal(res.n_hits, DD_SECRET_MAX_HITS);
	assert_true(res.truncated);
	dd_secret_result_clear(&res);
	dd_secret_engine_free(e);

	/* the analyzer skips binaries (NUL in the first 8000 bytes) and files
	 * named as binaries, but still scans text */
	char bin[100] = { 0 };
	memcpy(bin + 10, tok, 40);
	dd_layer_result *lr = NULL;
	assert_int_equal(dd_analyzer_run_on_buffer(&lr, &dd_analyzer_secrets, "usr/bin/tool", 0, bin, sizeof(bin), NULL), 0);
	assert_int_equal(lr->n_findings, 0);
	dd_layer_result_free(lr);
	assert_false(dd_analyzer_secrets.wants("usr/lib/libx.so.1.2", S_IFREG | 0644, 100));
	assert_false(dd_analyzer_secrets.wants("usr/share/icons/x.png", S_IFREG | 0644, 100));
	assert_false(dd_analyzer_secrets.wants("app/huge.log", S_IFREG | 0644, 64u << 20));
	assert_true(dd_analyzer_secrets.wants("app/x.conf", S_IFREG | 0644, 100));
	assert_false(dd_analyzer_secrets.wants("app/dir", S_IFDIR | 0755, 0));
	assert_int_equal(dd_analyzer_run_on_buffer(&lr, &dd_analyzer_secrets, "app/x.conf", 0, tok, 40, NULL), 0);
	assert_int_equal(lr->n_findings, 1);
	assert_string_equal(lr->findings[0].match, "ghp_********************************");
	assert_null(strstr(lr->findings[0].match, tok + 4));
	dd_layer_result_free(lr);

	/* a token inside a word is not one; one in a test directory is allowed */
	char wrapped[100];
	n = snprintf(wrapped, sizeof(wrapped), "x%s\n", tok);
	assert_int_equal(count_hits("app/w.txt", wrapped, (size_t)n, NULL, NULL), 0);
	assert_int_equal(count_hits("app/tests/w.txt", tok, 40, NULL, NULL), 0);
	assert_int_equal(count_hits("app/w.txt", tok, 40, NULL, NULL), 1);

	/* one secret, one finding: a .env line holding a GitHub token is the
	 * token rule's, not also the generic .env rule's */
	char env[120];
	n = snprintf(env, sizeof(env), "GITHUB_TOKEN=%s\nDB_PASSWORD=s3cr3tValue42\n", tok);
	assert_int_equal(count_hits("srv/.env", env, (size_t)n, NULL, NULL), 2);
	assert_int_equal(count_hits("srv/.env", env, (size_t)n, "github-pat", NULL), 1);
	line = 0;
	assert_int_equal(count_hits("srv/.env", env, (size_t)n, "dotenv-secret", &line), 1);
	assert_int_equal(line, 2);

	count_hits(NULL, NULL, 0, NULL, NULL);
	free(rep);
	free(buf);
	free(tok);
}

/* Rule file errors name the rule and field; user rules merge and override. */
static void test_rule_files(void **state)
{
	(void)state;
	static const struct { const char *yaml, *msg; } bad[] = {
		{ "rules:\n  - id: x\n    regex: 'a('\n", "'x'" },
		{ "rules:\n  - id: x\n    regex: 'abc'\n    colour: red\n", "colour" },
		{ "rules:\n  - title: no id\n    regex: 'abc'\n", "no id" },
		{ "rules:\n  - id: x\n", "needs a regex" },
		{ "rules:\n  - id: x\n    regex: 'a*'\n", "empty" },
		{ "rules:\n  - id: x\n    regex: 'abc'\n    secret-group: nope\n", "nope" },
		{ "rules:\n  - id: x\n    regex: 'abc'\n    entropy: 9\n", "entropy" },
		{ "rules: [\n", "YAML" },
		{ "format: 2\n", "format" },
		{ "rules:\n  - id: 'a b'\n    regex: 'abc'\n", "letters" },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		dd_secret_engine *e = NULL;
		int rc = dd_secret_engine_new_default(&e, "user.yaml", bad[i].yaml, strlen(bad[i].yaml));
		if (rc == 0)
			fail_msg("accepted bad rule file %zu", i);
		if (!strstr(dd_error_last(), bad[i].msg))
			fail_msg("case %zu: message '%s' does not mention '%s'", i, dd_error_last(), bad[i].msg);
	}
	/* a user rule replaces the built-in one with the same id, and may be
	 * written with a regex hyperscan cannot take (back references) */
	const char *ok = "rules:\n  - id: github-pat\n    title: mine\n    severity: LOW\n    regex: '(ghp_[A-Za-z0-9]{36})'\n"
			 "  - id: repeat\n    regex: '(?<w>zz[a-z]{4})-\\k<w>'\n";
	dd_secret_engine *e = NULL;
	if (dd_secret_engine_new_default(&e, "user.yaml", ok, strlen(ok)) != 0)
		fail_msg("%s", dd_error_last());
	const dd_secret_rule *r = dd_secret_engine_find(e, "github-pat");
	assert_non_null(r);
	assert_string_equal(r->title, "mine");
	assert_int_equal(r->severity, DD_SEV_LOW);
	dd_secret_result res;
	const char *txt = "x zzabcd-zzabcd y";
	assert_int_equal(dd_secret_scan(e, "a.txt", (const uint8_t *)txt, strlen(txt), &res), 0);
	assert_int_equal(res.n_hits, 1);
	assert_string_equal(res.hits[0].rule->id, "repeat");
	dd_secret_result_clear(&res);
	dd_secret_engine_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_rule_planted),
		cmocka_unit_test(test_deleted_tree),
		cmocka_unit_test(test_clean_tree),
		cmocka_unit_test(test_engine_edges),
		cmocka_unit_test(test_rule_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
