/*
 * Hostile inputs for the application analyzers: files far over the size
 * caps, a lock file with a million entries, nesting past every depth limit,
 * absurdly long lines and strings, YAML aliases that multiply the walk.
 * Each must end quickly with bounded memory, no crash, and a note that
 * says what was not read (marking the scan incomplete where packages may
 * be missing).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "testutil.h"
#include "analyzers/analyzer.h"
#include "scan/layer_result.h"
#include "util/buf.h"
#include "util/toml.h"

static const dd_analyzer *find(const char *name)
{
	for (size_t i = 0; dd_analyzers[i]; i++)
		if (!strcmp(dd_analyzers[i]->name, name))
			return dd_analyzers[i];
	fail_msg("no analyzer %s", name);
	return NULL;
}

static bool has_note(const dd_layer_result *r, const char *text)
{
	for (size_t i = 0; i < r->notes.count; i++)
		if (strstr(r->notes.items[i], text))
			return true;
	fprintf(stderr, "no note with '%s'; notes:\n", text);
	for (size_t i = 0; i < r->notes.count; i++)
		fprintf(stderr, "  %s\n", r->notes.items[i]);
	return false;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs an analyzer; checks the package count, incompleteness and a note. */
static void run(const char *an, const char *path, const char *data, size_t len, long npkgs, bool incomplete,
	const char *note)
{
	dd_layer_result *r = NULL;
	double t0 = now();
	assert_int_equal(dd_analyzer_run_on_buffer(&r, find(an), path, 0, data, len, NULL), 0);
	double dt = now() - t0;
	fprintf(stderr, "%s on %zu bytes: %zu packages, %.2f s\n", an, len, r->n_packages, dt);
	if (npkgs >= 0)
		assert_int_equal(r->n_packages, (size_t)npkgs);
	assert_int_equal(r->incomplete, incomplete);
	if (note)
		assert_true(has_note(r, note));
	dd_layer_result_free(r);
}

static char *repeat(const char *head, const char *unit, size_t times, const char *tail, size_t *len)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
	char *p = malloc(hl + ul * times + tl + 1);
	assert_non_null(p);
	memcpy(p, head, hl);
	for (size_t i = 0; i < times; i++)
		memcpy(p + hl + i * ul, unit, ul);
	memcpy(p + hl + ul * times, tail, tl + 1);
	*len = hl + ul * times + tl;
	return p;
}

static void test_oversize(void **state)
{
	(void)state;
	/* a 50 MB package.json (a huge "readme"): not parsed, and the package
	 * it names is missing from the inventory, so the scan is incomplete */
	size_t len;
	char *p = repeat("{\"name\":\"big\",\"version\":\"1.0.0\",\"readme\":\"", "x", 50u << 20, "\"}", &len);
	run("npm", "app/node_modules/big/package.json", p, len, 0, true, "not analyzed");
	free(p);
}

static void test_million_entries(void **state)
{
	(void)state;
	/* a v3 lock with a million packages: parsed within its 64 MiB cap, the
	 * per-file and per-layer package caps stop the list, and say so */
	dd_buf b = DD_BUF_INIT(64u << 20);
	dd_buf_puts(&b, "{\"lockfileVersion\":3,\"packages\":{\"\":{}");
	for (unsigned i = 0; i < 1000000; i++)
		dd_buf_printf(&b, ",\"node_modules/p%u\":{\"version\":\"1.0.%u\"}", i, i % 10);
	dd_buf_puts(&b, "}}");
	assert_true(b.len < (64u << 20));
	run("npm-lock", "app/package-lock.json", b.ptr, b.len, 200000, true, "not recorded");
	dd_buf_free(&b);
}

static void test_deep_nesting(void **state)
{
	(void)state;
	size_t len;
	/* past jansson's depth limit: a parse error, noted */
	char *p = repeat("", "[", 100000, "", &len);
	run("npm-lock", "app/package-lock.json", p, len, 0, true, "not valid JSON");
	run("composer", "app/composer.lock", p, len, 0, true, "not valid JSON");
	run("dotnet-deps", "app/app.deps.json", p, len, 0, true, "not valid JSON");
	run("pipfile-lock", "app/Pipfile.lock", p, len, 0, true, "not valid JSON");
	free(p);
	/* a v1 dependency tree 400 levels deep (within jansson's limit): the
	 * first 257 levels are read, the rest is noted */
	dd_buf b = DD_BUF_INIT(1u << 20);
	dd_buf_puts(&b, "{\"lockfileVersion\":1,\"dependencies\":");
	for (int i = 0; i < 400; i++)
		dd_buf_printf(&b, "{\"d%d\":{\"version\":\"1.0.0\",\"dependencies\":", i);
	dd_buf_puts(&b, "{}");
	for (int i = 0; i < 400; i++)
		dd_buf_puts(&b, "}}");
	dd_buf_puts(&b, "}");
	run("npm-lock", "app/package-lock.json", b.ptr, b.len, 257, true, "deeper than");
	dd_buf_free(&b);
	/* TOML arrays nested past the reader's depth limit */
	p = repeat("[[package]]\nname = \"x\"\nversion = \"1\"\ndeps = ", "[", 100000, "", &len);
	run("cargo-lock", "app/Cargo.lock", p, len, 0, true, "depth limit");
	free(p);
}

static void test_absurd_lines(void **state)
{
	(void)state;
	size_t len;
	/* 30 MB on one line, in each line-oriented format: linear time, and the
	 * well-formed entries around it still count */
	char *p = repeat("lodash@^4.17.11:\n  version \"4.17.11\"\n\n\"", "a", 30u << 20, "@1\":\n  version \"1.0.0\"\n", &len);
	run("yarn-lock", "app/yarn.lock", p, len, 1, false, "overlong");
	free(p);
	p = repeat("GEM\n  specs:\n    rack (2.2.3)\n    ", "b", 30u << 20, " (1.0)\n", &len);
	run("gemfile-lock", "app/Gemfile.lock", p, len, 1, false, "overlong");
	free(p);
	p = repeat("Gem::Specification.new do |s|\n  s.name = \"", "c", 3u << 20, "\"\n  s.version = \"1.0\"\nend\n", &len);
	run("gemspec", "usr/lib/ruby/gems/3.1.0/specifications/x-1.0.gemspec", p, len, 0, true, "literal name");
	free(p);
	p = repeat("Name: ", "d", 3u << 20, "\nVersion: 1.0\n", &len);
	run("python-dist", "usr/lib/python3/site-packages/x-1.0.dist-info/METADATA", p, len, 0, false, "overlong");
	free(p);
	/* a TOML string over the reader's 1 MiB cap */
	p = repeat("[[package]]\nname = \"", "e", 2u << 20, "\"\nversion = \"1\"\n", &len);
	run("poetry-lock", "app/poetry.lock", p, len, 0, true, "longer than the reader allows");
	free(p);
}

static void test_yaml_aliases(void **state)
{
	(void)state;
	/* importers that all alias one importer with thousands of dependencies:
	 * a 300 KB file describing a 50-million-step walk */
	dd_buf b = DD_BUF_INIT(8u << 20);
	dd_buf_puts(&b, "lockfileVersion: '9.0'\nimporters:\n  a: &imp\n    dependencies: &deps\n");
	for (int i = 0; i < 5000; i++)
		dd_buf_printf(&b, "      p%d: {specifier: 1.0.0, version: 1.0.0}\n", i);
	for (int i = 0; i < 10000; i++)
		dd_buf_printf(&b, "  i%d: *imp\n", i);
	dd_buf_puts(&b, "packages:\n  p1@1.0.0: {}\nsnapshots:\n  p1@1.0.0: {}\n");
	double t0 = now();
	run("pnpm-lock", "app/pnpm-lock.yaml", b.ptr, b.len, -1, true, "too large to walk");
	assert_true(now() - t0 < 20);
	dd_buf_free(&b);
	/* not YAML at all */
	run("pnpm-lock", "app/pnpm-lock.yaml", "a: [\n  - : :", 12, 0, true, "not valid YAML");
}

/* A v1 lock whose dependency name holds an escaped NUL: the decoded copy
 * was made with strndup(), which stopped at the NUL while the name was read
 * on to its full length (a heap over-read found by fuzz_npm_lock). The
 * package with a binary name is skipped with a note; its neighbour stays. */
static void test_escaped_nul(void **state)
{
	(void)state;
	static const char lock[] = "{\"lockfileVersion\":1,\"dependencies\":{"
		"\"evil\\u0000name-that-is-long\":{\"version\":\"1.0.0\"},"
		"\"ok\":{\"version\":\"2.0.0\"}}}";
	run("npm-lock", "app/package-lock.json", lock, strlen(lock), 1, false, "binary name");
}

static void test_binary_garbage(void **state)
{
	(void)state;
	/* random bytes in every text format: no crash, no package invented */
	unsigned seed = 12345;
	size_t len = 1u << 20;
	char *p = malloc(len + 1);
	assert_non_null(p);
	for (size_t i = 0; i < len; i++) {
		seed = seed * 1103515245u + 12345u;
		p[i] = (char)(seed >> 16);
	}
	p[len] = '\0';
	static const char *const cases[][2] = {
		{ "yarn-lock", "app/yarn.lock" }, { "gemfile-lock", "app/Gemfile.lock" },
		{ "gemspec", "usr/local/bundle/specifications/x.gemspec" },
		{ "python-dist", "usr/lib/python3/site-packages/x-1.dist-info/METADATA" },
		{ "poetry-lock", "app/poetry.lock" }, { "cargo-lock", "app/Cargo.lock" },
		{ "pnpm-lock", "app/pnpm-lock.yaml" }, { "npm-lock", "app/package-lock.json" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		dd_layer_result *r = NULL;
		assert_int_equal(dd_analyzer_run_on_buffer(&r, find(cases[i][0]), cases[i][1], 0, p, len, NULL), 0);
		assert_int_equal(r->n_packages, 0);
		dd_layer_result_free(r);
	}
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oversize),
		cmocka_unit_test(test_million_entries),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_absurd_lines),
		cmocka_unit_test(test_yaml_aliases),
		cmocka_unit_test(test_escaped_nul),
		cmocka_unit_test(test_binary_garbage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
