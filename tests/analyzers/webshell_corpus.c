/*
 * Recall of the webshell analyzers on real webshells (tests/data/webshells,
 * one folder per language family; PROVENANCE.md names each file's source
 * repository, path and commit). Every file of a folder must be wanted by
 * its language's analyzer, and at least 95% of them must get a
 * finding from drydock's malware engines: the language's data-flow
 * analyzer (webshell-<lang>-input-to-*, webshell-<lang>-runs-decoded-code) or the bundled YARA rules, with
 * the SHA-256 blocklist left out (its findings are not counted). The
 * data-flow analyzer's own recall is printed beside.
 * DD_WEBSHELL_VERBOSE=1 prints every file's findings.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scan/layer_result.h"
#include "testutil.h"
#include "util/error.h"

extern const dd_analyzer dd_analyzer_malware, dd_analyzer_webshell_php, dd_analyzer_webshell_jsp, dd_analyzer_webshell_asp,
	dd_analyzer_webshell_aspx;

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void recall(const char *lang, const dd_analyzer *an)
{
	char rel[64];
	snprintf(rel, sizeof(rel), "webshells/%s", lang);
	char *dir = dd_test_data_path(rel);
	DIR *d = opendir(dir);
	assert_non_null(d);
	char *names[512];
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL && n < 512)
		if (de->d_name[0] != '.')
			names[n++] = strdup(de->d_name);
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_name);
	/* every file's source is on record */
	char *prov_path = dd_test_data_path("webshells/PROVENANCE.md");
	char *prov = dd_test_read_file(prov_path, NULL);
	free(prov_path);
	assert_non_null(prov);
	for (size_t i = 0; i < n; i++) {
		char rec[600];
		snprintf(rec, sizeof(rec), "%s/%s", lang, names[i]);
		if (!strstr(prov, rec))
			fail_msg("%s is not in tests/data/webshells/PROVENANCE.md", rec);
	}
	free(prov);
	bool verbose = getenv("DD_WEBSHELL_VERBOSE") != NULL;
	size_t found = 0, found_flow = 0;
	char prefix[64];
	snprintf(prefix, sizeof(prefix), "webshell-%s-", lang);   /* input-to-* and runs-decoded-code */
	for (size_t i = 0; i < n; i++) {
		char path[1024], img[600];
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		snprintf(img, sizeof(img), "var/www/html/%s", names[i]);
		size_t len = 0;
		char *data = dd_test_read_file(path, &len);
		assert_non_null(data);
		if (!an->wants(img, S_IFREG | 0644, len))
			fail_msg("%s: the %s analyzer does not want it", names[i], lang);
		dd_layer_result *r = NULL;
		dd_scan_options o = DD_SCAN_OPTIONS_INIT;
		if (dd_analyzer_run_on_buffer(&r, an, img, S_IFREG | 0644, data, len, &o))
			fail_msg("%s: %s", names[i], dd_error_last());
		bool flow = false, yara = false;
		for (size_t k = 0; k < r->n_findings; k++) {
			if (!strncmp(r->findings[k].id, prefix, strlen(prefix))) {
				flow = true;
				assert_int_equal(r->findings[k].cls, DD_CLASS_MALWARE);
				assert_true(r->findings[k].line > 0);
				assert_non_null(strstr(r->findings[k].description, "score "));
			}
			if (verbose)
				printf("    %s: %s\n", r->findings[k].id, r->findings[k].title);
		}
		for (size_t k = 0; verbose && k < r->notes.count; k++)
			printf("    note: %s\n", r->notes.items[k]);
		dd_layer_result_free(r);
		r = NULL;
		if (dd_analyzer_run_on_buffer(&r, &dd_analyzer_malware, img, S_IFREG | 0644, data, len, &o))
			fail_msg("%s: %s", names[i], dd_error_last());
		for (size_t k = 0; k < r->n_findings; k++) {
			if (strstr(r->findings[k].title, "SHA-256 blocklist"))
				continue;   /* known samples do not count toward recall */
			yara = true;
			if (verbose)
				printf("    %s: %s\n", r->findings[k].id, r->findings[k].title);
		}
		if (!flow && !yara)
			printf("  %s: MISSED %s\n", lang, names[i]);
		else if (verbose || !flow)
			printf("  %s: %s %s\n", lang, flow ? "found" : "found by YARA only:", names[i]);
		found += flow || yara;
		found_flow += flow;
		dd_layer_result_free(r);
		free(data);
		free(names[i]);
	}
	free(dir);
	printf("%s: %zu of %zu webshells found (%.1f%% recall; data-flow analyzer alone %zu, %.1f%%)\n", lang, found, n,
	       n ? 100.0 * (double)found / (double)n : 0.0, found_flow, n ? 100.0 * (double)found_flow / (double)n : 0.0);
	assert_true(n > 0);
	assert_true(found * 100 >= n * 95);
}

static void test_php(void **state) { (void)state; recall("php", &dd_analyzer_webshell_php); }
static void test_jsp(void **state) { (void)state; recall("jsp", &dd_analyzer_webshell_jsp); }
static void test_asp(void **state) { (void)state; recall("asp", &dd_analyzer_webshell_asp); }
static void test_aspx(void **state) { (void)state; recall("aspx", &dd_analyzer_webshell_aspx); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_php),
		cmocka_unit_test(test_jsp),
		cmocka_unit_test(test_asp),
		cmocka_unit_test(test_aspx),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
