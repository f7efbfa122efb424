/*
 * Application analyzers on fixture files, data-driven: each case in
 * tests/data/analyzers/apps/NAME.cases names an analyzer, the image path the
 * file sits at, the fixture, and the exact package list it must produce
 * (one "type name version purl dev licenses" line per package, tab
 * separated, '-' for none), optionally followed by "incomplete" (the file
 * must mark the scan incomplete) or "note TEXT" (a note must contain TEXT).
 *
 *   case ANALYZER IMAGE-PATH SOURCE [MODE]
 *   npm<TAB>lodash<TAB>4.17.11<TAB>pkg:npm/lodash@4.17.11<TAB>-<TAB>MIT
 *   end
 *
 * SOURCE is data:REL (tests/data) or shared:REL (../shared/data; the whole
 * case file is skipped when ../shared is absent).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"
#include "analyzers/analyzer.h"
#include "scan/layer_result.h"
#include "util/str.h"

static const dd_analyzer *find_analyzer(const char *name)
{
	for (size_t i = 0; dd_analyzers[i]; i++)
		if (!strcmp(dd_analyzers[i]->name, name))
			return dd_analyzers[i];
	return NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *line_of(const dd_package *p)
{
	return dd_asprintf("%s\t%s\t%s\t%s\t%s\t%s", p->type, p->name, p->version ? p->version : "-",
		p->purl ? p->purl : "-", p->dev ? "dev" : "-", p->licenses ? p->licenses : "-");
}

typedef struct tcase {
	char analyzer[64], path[1024], source[1024];
	unsigned mode;
	dd_strv expect;
	dd_strv notes;
	bool incomplete;
	int lineno;
} tcase;

static int run_case(const char *file, tcase *c)
{
	const dd_analyzer *an = find_analyzer(c->analyzer);
	if (!an) {
		fprintf(stderr, "%s:%d: no analyzer '%s'\n", file, c->lineno, c->analyzer);
		return 1;
	}
	char *src = NULL;
	if (dd_starts_with(c->source, "data:"))
		src = dd_test_data_path(c->source + 5);
	else if (dd_starts_with(c->source, "shared:"))
		src = dd_test_shared_path(c->source + 7);
	size_t len = 0;
	char *data = src ? dd_test_read_file(src, &len) : NULL;
	if (!data) {
		fprintf(stderr, "%s:%d: cannot read %s\n", file, c->lineno, c->source);
		free(src);
		return 1;
	}
	dd_layer_result *r = NULL;
	int rc = dd_analyzer_run_on_buffer(&r, an, c->path, c->mode, data, len, NULL);
	int bad = 0;
	if (rc) {
		fprintf(stderr, "%s:%d: %s on %s failed: %d\n", file, c->lineno, c->analyzer, c->source, rc);
		bad = 1;
		goto out;
	}
	dd_strv got = DD_STRV_INIT;
	for (size_t i = 0; i < r->n_packages; i++) {
		dd_package *p = &r->packages[i];
		if (strcmp(p->path, c->path))
			fprintf(stderr, "%s:%d: package %s has path %s, not %s\n", file, c->lineno, p->name, p->path, c->path), bad = 1;
		dd_strv_push_owned(&got, line_of(p));
	}
	if (got.count)
		qsort(got.items, got.count, sizeof(char *), cmp_str);
	if (c->expect.count)
		qsort(c->expect.items, c->expect.count, sizeof(char *), cmp_str);
	for (size_t i = 0; i < c->expect.count; i++)
		if (!dd_strv_contains(&got, c->expect.items[i]))
			fprintf(stderr, "%s:%d: %s: missing   %s\n", file, c->lineno, c->source, c->expect.items[i]), bad = 1;
	for (size_t i = 0; i < got.count; i++)
		if (!dd_strv_contains(&c->expect, got.items[i]))
			fprintf(stderr, "%s:%d: %s: unexpected %s\n", file, c->lineno, c->source, got.items[i]), bad = 1;
	if (r->incomplete != c->incomplete) {
		fprintf(stderr, "%s:%d: %s: incomplete is %d, expected %d\n", file, c->lineno, c->source, r->incomplete, c->incomplete);
		for (size_t i = 0; i < r->notes.count; i++)
			fprintf(stderr, "    note: %s\n", r->notes.items[i]);
		bad = 1;
	}
	for (size_t k = 0; k < c->notes.count; k++) {
		bool found = false;
		for (size_t i = 0; i < r->notes.count; i++)
			if (strstr(r->notes.items[i], c->notes.items[k]))
				found = true;
		if (!found) {
			fprintf(stderr, "%s:%d: %s: no note contains '%s'\n", file, c->lineno, c->source, c->notes.items[k]);
			for (size_t i = 0; i < r->notes.count; i++)
				fprintf(stderr, "    note: %s\n", r->notes.items[i]);
			bad = 1;
		}
	}
	dd_strv_free(&got);
out:
	dd_layer_result_free(r);
	free(data);
	free(src);
	return bad;
}

/* Runs every case of one file; returns the number of failed cases, or -1
 * when the file needs ../shared and it is absent. */
static int run_file(const char *file)
{
	FILE *fp = fopen(file, "r");
	assert_non_null(fp);
	char line[8192];
	int lineno = 0, failed = 0, cases = 0;
	tcase c;
	bool open = false;
	while (fgets(line, sizeof(line), fp)) {
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (!open) {
			if (!line[0] || line[0] == '#')
				continue;
			memset(&c, 0, sizeof(c));
			c.lineno = lineno;
			int n = sscanf(line, "case %63s %1023s %1023s %o", c.analyzer, c.path, c.source, &c.mode);
			if (n < 3) {
				fprintf(stderr, "%s:%d: expected 'case ANALYZER PATH SOURCE [MODE]'\n", file, lineno);
				failed++;
				continue;
			}
			if (dd_starts_with(c.source, "shared:")) {
				char *shared = dd_test_shared_path("apps");
				if (!shared) {
					fclose(fp);
					return -1;
				}
				free(shared);
			}
			open = true;
			continue;
		}
		if (!strcmp(line, "end")) {
			cases++;
			failed += run_case(file, &c);
			dd_strv_free(&c.expect);
			dd_strv_free(&c.notes);
			open = false;
		} else if (!strcmp(line, "incomplete")) {
			c.incomplete = true;
		} else if (dd_starts_with(line, "note ")) {
			dd_strv_push(&c.notes, line + 5);
		} else if (line[0] && line[0] != '#') {
			dd_strv_push(&c.expect, line);
		}
	}
	fclose(fp);
	assert_false(open);
	fprintf(stderr, "%s: %d cases, %d failed\n", file, cases, failed);
	return failed;
}

static void test_file(void **state)
{
	int n = run_file(*state);
	if (n < 0)
		skip();
	assert_int_equal(n, 0);
}

int main(void)
{
	char *dir = dd_test_data_path("analyzers/apps");
	DIR *d = opendir(dir);
	if (!d)
		return 1;
	struct dirent *de;
	dd_strv files = DD_STRV_INIT;
	while ((de = readdir(d)))
		if (dd_ends_with(de->d_name, ".cases"))
			dd_strv_push_owned(&files, dd_asprintf("%s/%s", dir, de->d_name));
	closedir(d);
	dd_strv_sort(&files);
	struct CMUnitTest *tests = calloc(files.count + 1, sizeof(*tests));
	if (!tests || !files.count)
		return 1;
	for (size_t i = 0; i < files.count; i++) {
		tests[i] = (struct CMUnitTest)cmocka_unit_test_prestate(test_file, files.items[i]);
		tests[i].name = strrchr(files.items[i], '/') + 1;
	}
	int rc = _cmocka_run_group_tests("app_fixtures", tests, files.count, NULL, NULL);
	free(tests);
	dd_strv_free(&files);
	free(dir);
	return rc;
}
