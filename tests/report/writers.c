/*
 * Every report writer on a hand-built report full of hostile strings
 * (tests/data/report/hostile.json plus findings with invalid UTF-8 and raw
 * terminal escapes that JSON cannot carry): output is valid (UTF-8, JSON),
 * hostile text is neutralised, structure is what consumers expect, and the
 * stable outputs equal the golden files in tests/data/report/golden/
 * (DD_UPDATE_GOLDEN=1 rewrites them).
 */
#include <jansson.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report/text.h"
#include "report/whitelist.h"
#include "report/writer.h"
#include "testutil.h"

static dd_report *load(const char *name)
{
	char *path = dd_test_data_path(name);
	dd_report *r = NULL;
	assert_int_equal(dd_report_read_json(&r, path), 0);
	free(path);
	return r;
}

/* Adds what a JSON fixture cannot hold: invalid UTF-8 and raw controls. */
static void add_raw_hostile(dd_report *r)
{
	dd_finding f;
	dd_finding_init(&f);
	f.cls = DD_CLASS_SECRET;
	f.id = "raw-bytes";
	f.severity = DD_SEV_LOW;
	f.path = "srv/\xff\xfe/\xc3(\x1b]0;owned\x07.txt";
	f.line = 7;
	f.title = "bad \xed\xa0\x80 surrogate \xc0\xaf overlong \x1b[2J\x1b[31m<b>bold</b>\r\n";
	f.match = "\x9b" "31m";
	assert_int_equal(dd_report_add_finding(r, &f), 0);
	dd_report_finalize(r, NULL);
}

/* the table's width; 0: the terminal's (none here: unbounded) */
static int columns;

static char *render(const dd_report *r, dd_format fmt, bool color, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	assert_non_null(fp);
	dd_write_options wo = DD_WRITE_OPTIONS_INIT;
	wo.color = color;
	wo.width = columns;
	assert_int_equal(dd_report_write_ext(r, fmt, fp, &wo), 0);
	fclose(fp);
	if (len)
		*len = n;
	return buf;
}

static bool valid_utf8(const char *s)
{
	while (*s) {
		uint32_t cp;
		size_t n = dd_utf8_next(s, &cp);
		if (cp == 0xfffd && n == 1)
			return false;
		s += n;
	}
	return true;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static void golden(const char *name, const char *got)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "report/golden/%s", name);
	char *path = dd_test_data_path(rel);
	if (getenv("DD_UPDATE_GOLDEN")) {
		FILE *fp = fopen(path, "w");
		assert_non_null(fp);
		fputs(got, fp);
		fclose(fp);
	}
	char *want = dd_test_read_file(path, NULL);
	if (!want)
		fail_msg("missing golden file %s (run with DD_UPDATE_GOLDEN=1)", path);
	if (strcmp(want, got)) {
		size_t i = 0;
		while (want[i] && want[i] == got[i])
			i++;
		fail_msg("%s differs from the golden file at byte %zu (DD_UPDATE_GOLDEN=1 to accept): ...%.60s", name, i,
			got + (i > 20 ? i - 20 : 0));
	}
	free(want);
	free(path);
}

static json_t *parse(const char *text)
{
	json_error_t err;
	json_t *j = json_loads(text, 0, &err);
	if (!j)
		fail_msg("output is not valid JSON: line %d: %s", err.line, err.text);
	return j;
}

static void test_json_formats_stay_valid_on_bad_bytes(void **state)
{
	dd_report *r = load("report/hostile.json");
	add_raw_hostile(r);
	const dd_format fmts[] = { DD_FORMAT_JSON, DD_FORMAT_SARIF, DD_FORMAT_CYCLONEDX, DD_FORMAT_SPDX_JSON };
	for (size_t i = 0; i < 4; i++) {
		char *out = render(r, fmts[i], false, NULL);
		assert_true(valid_utf8(out));
		json_t *j = parse(out);
		json_decref(j);
		/* the raw escape never survives unescaped */
		assert_null(strchr(out, '\x1b'));
		free(out);
	}
	dd_report_free(r);
}

static void test_table(void **state)
{
	dd_report *r = load("report/hostile.json");
	add_raw_hostile(r);
	columns = 80;
	char *out = render(r, DD_FORMAT_TABLE, false, NULL);
	assert_null(strchr(out, '\x1b'));
	assert_true(valid_utf8(out));
	assert_non_null(strstr(out, "CVE-2021-44228"));
	assert_non_null(strstr(out, "CVE-2020-28928")); /* ids are never cut at 80 columns */
	assert_non_null(strstr(out, "Summary: 14 findings (CRITICAL: 3, HIGH: 5, MEDIUM: 3, LOW: 2, UNKNOWN: 1)"));
	assert_non_null(strstr(out, "By class: os-vuln 5, app-vuln 3, secret 3, baseline 1, malware 1, build 1"));
	assert_null(strstr(out, "INCOMPLETE"));
	assert_null(strstr(out, "clean"));
	/* every line fits 80 columns */
	char *save = NULL;
	for (char *line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		if (dd_term_width(line) > 80)
			fail_msg("line wider than 80 columns: %s", line);
	free(out);

	out = render(r, DD_FORMAT_TABLE, true, NULL);
	assert_non_null(strstr(out, "\x1b[1;31mcritical\x1b[0m"));
	assert_null(strstr(out, "\x1b[2J"));
	assert_null(strstr(out, "\x1b]0;"));
	assert_null(strstr(out, "\x9b"));
	free(out);
	columns = 0;
	dd_report_free(r);

	r = load("report/incomplete.json");
	out = render(r, DD_FORMAT_TABLE, false, NULL);
	assert_non_null(strstr(out, "!! INCOMPLETE SCAN: this is NOT a clean result !!"));
	assert_non_null(strstr(out, "truncated gzip stream"));
	assert_non_null(strstr(out, "Result: INCOMPLETE"));
	assert_null(strstr(out, "Result: clean"));
	free(out);
	dd_report_free(r);

	r = load("report/clean.json");
	out = render(r, DD_FORMAT_TABLE, false, NULL);
	assert_non_null(strstr(out, "Result: clean: the scan is complete"));
	free(out);
	/* an incomplete report without findings is still not clean */
	r->complete = false;
	out = render(r, DD_FORMAT_TABLE, false, NULL);
	assert_null(strstr(out, "Result: clean"));
	assert_non_null(strstr(out, "INCOMPLETE"));
	free(out);
	dd_report_free(r);
}

static void test_html(void **state)
{
	dd_report *r = load("report/hostile.json");
	add_raw_hostile(r);
	char *out = render(r, DD_FORMAT_HTML, false, NULL);
	assert_true(valid_utf8(out));
	assert_int_equal(count(out, "<script"), 1);     /* ours, at the end */
	assert_int_equal(count(out, "<img"), 0);
	assert_int_equal(count(out, "<b>"), 0);
	assert_null(strchr(out, '\x1b'));
	assert_non_null(strstr(out, "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;"));
	assert_non_null(strstr(out, "Content-Security-Policy"));
	assert_null(strstr(out, " src=\""));
	/* no external resources; links (advisories) are plain http(s) only */
	assert_int_equal(count(out, "<link"), 0);
	assert_int_equal(count(out, "href="), count(out, "<a href=\"http"));
	assert_null(strstr(out, "javascript:"));
	assert_non_null(strstr(out, "<a href=\"https://github.com/advisories/GHSA-p6mc-m468-83gw\" rel=\"noopener noreferrer\">GHSA-p6mc-m468-83gw</a>"));
	assert_non_null(strstr(out, "<td id=\"count-critical\">3</td>"));
	assert_non_null(strstr(out, "<td id=\"count-low\">2</td>"));
	assert_non_null(strstr(out, "<svg id=\"severity-chart\""));
	assert_null(strstr(out, "id=\"incomplete\""));
	free(out);
	dd_report_free(r);

	r = load("report/incomplete.json");
	out = render(r, DD_FORMAT_HTML, false, NULL);
	assert_non_null(strstr(out, "id=\"incomplete\""));
	assert_non_null(strstr(out, "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"));
	assert_int_equal(count(out, "<script"), 1);
	free(out);
	dd_report_free(r);
}

static void test_sarif(void **state)
{
	dd_report *r = load("report/hostile.json");
	const char *yaml = "files:\n  - class: secret\n    rule: generic-password\n    paths: [\"app/test/**\"]\n    reason: test fixtures\n";
	assert_int_equal(dd_whitelist__apply_text(r, "t.yaml", yaml, strlen(yaml)), 0);
	dd_report_finalize(r, NULL);
	char *out = render(r, DD_FORMAT_SARIF, false, NULL);
	json_t *j = parse(out);
	json_t *run = json_array_get(json_object_get(j, "runs"), 0);
	json_t *rules = json_object_get(json_object_get(json_object_get(run, "tool"), "driver"), "rules");
	json_t *results = json_object_get(run, "results");
	assert_int_equal(json_array_size(results), r->n_findings);
	/* one rule per distinct id: CVE-2021-3711 appears twice */
	assert_int_equal(json_array_size(rules), r->n_findings - 1);
	size_t i;
	json_t *x;
	bool saw_log4j = false, saw_suppressed = false, saw_encoded = false;
	json_array_foreach(rules, i, x) {
		const char *id = json_string_value(json_object_get(x, "id"));
		json_t *props = json_object_get(x, "properties");
		if (!strcmp(id, "CVE-2021-44228")) {
			saw_log4j = true;
			assert_string_equal(json_string_value(json_object_get(props, "security-severity")), "10.0");
			assert_string_equal(json_string_value(json_object_get(json_object_get(x, "defaultConfiguration"), "level")), "error");
			assert_non_null(strstr(json_string_value(json_object_get(json_object_get(x, "help"), "text")), "2.15.0"));
		}
		if (!strcmp(id, "CVE-2099-0001"))
			assert_null(json_object_get(props, "security-severity")); /* unknown: no made-up number */
		if (!strcmp(id, "GHSA-p6mc-m468-83gw"))
			assert_string_equal(json_string_value(json_object_get(x, "helpUri")), "https://github.com/advisories/GHSA-p6mc-m468-83gw");
	}
	json_array_foreach(results, i, x) {
		json_t *loc = json_object_get(json_array_get(json_object_get(x, "locations"), 0), "physicalLocation");
		const char *uri = json_string_value(json_object_get(json_object_get(loc, "artifactLocation"), "uri"));
		assert_non_null(uri);
		assert_true(*uri);
		assert_true(json_integer_value(json_object_get(json_object_get(loc, "region"), "startLine")) >= 1);
		if (!strcmp(uri, "app/test/fixtures/%3Cimg%20src=x%20onerror=alert(1)%3E.env")) {
			saw_encoded = true;
			json_t *sup = json_array_get(json_object_get(x, "suppressions"), 0);
			assert_non_null(sup);
			saw_suppressed = true;
			assert_string_equal(json_string_value(json_object_get(sup, "justification")), "ignore file: test fixtures");
		}
		if (!strcmp(json_string_value(json_object_get(x, "ruleId")), "alibaba-access-key-id"))
			assert_int_equal(json_integer_value(json_object_get(json_object_get(loc, "region"), "startLine")), 3);
	}
	assert_true(saw_log4j && saw_suppressed && saw_encoded);
	json_t *inv = json_array_get(json_object_get(run, "invocations"), 0);
	assert_true(json_is_true(json_object_get(inv, "executionSuccessful")));
	json_decref(j);
	free(out);
	dd_report_free(r);

	r = load("report/incomplete.json");
	out = render(r, DD_FORMAT_SARIF, false, NULL);
	j = parse(out);
	inv = json_array_get(json_object_get(json_array_get(json_object_get(j, "runs"), 0), "invocations"), 0);
	assert_true(json_is_false(json_object_get(inv, "executionSuccessful")));
	assert_int_equal(json_array_size(json_object_get(inv, "toolExecutionNotifications")), 2);
	json_decref(j);
	free(out);
	dd_report_free(r);
}

static void test_cyclonedx(void **state)
{
	dd_report *r = load("report/hostile.json");
	const char *yaml = "vulnerabilities:\n  - id: CVE-2020-28928\n    reason: musl wcsnrtombs is not used\n";
	assert_int_equal(dd_whitelist__apply_text(r, "t.yaml", yaml, strlen(yaml)), 0);
	dd_report_finalize(r, NULL);
	char *out = render(r, DD_FORMAT_CYCLONEDX, false, NULL);
	json_t *j = parse(out);
	regex_t re;
	assert_int_equal(regcomp(&re, "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", REG_EXTENDED), 0);
	assert_int_equal(regexec(&re, json_string_value(json_object_get(j, "serialNumber")), 0, NULL, 0), 0);
	regfree(&re);
	json_t *meta = json_object_get(json_object_get(j, "metadata"), "component");
	assert_string_equal(json_string_value(json_object_get(meta, "type")), "container");
	assert_string_equal(json_string_value(json_object_get(meta, "purl")),
		"pkg:oci/alpine@sha256:3d2e482b82608d153a374df3357c0291589a61cc194ec4a9ca2381073a17f58e?arch=amd64&repository_url=127.0.0.1:5000%2Flibrary%2Falpine");
	/* the OS plus every package */
	assert_int_equal(json_array_size(json_object_get(j, "components")), r->n_packages + 1);
	json_t *vulns = json_object_get(j, "vulnerabilities"), *v;
	size_t i;
	/* 8 vulnerability findings, CVE-2021-3711 grouped over two packages */
	assert_int_equal(json_array_size(vulns), 7);
	bool saw_group = false, saw_analysis = false;
	json_array_foreach(vulns, i, v) {
		const char *id = json_string_value(json_object_get(v, "id"));
		if (!strcmp(id, "CVE-2021-3711")) {
			saw_group = true;
			json_t *aff = json_object_get(v, "affects");
			assert_int_equal(json_array_size(aff), 2);
			assert_string_equal(json_string_value(json_object_get(json_array_get(aff, 0), "ref")),
				"pkg:apk/alpine/libcrypto1.1@1.1.1k-r0?arch=x86_64&distro=3.10.9");
			json_t *rating = json_array_get(json_object_get(v, "ratings"), 0);
			assert_string_equal(json_string_value(json_object_get(rating, "method")), "CVSSv31");
			assert_string_equal(json_string_value(json_object_get(rating, "severity")), "critical");
		}
		if (!strcmp(id, "CVE-2020-28928")) {
			saw_analysis = true;
			json_t *an = json_object_get(v, "analysis");
			assert_string_equal(json_string_value(json_object_get(an, "state")), "not_affected");
			assert_non_null(strstr(json_string_value(json_object_get(an, "detail")), "musl wcsnrtombs is not used"));
		}
		if (!strcmp(id, "GHSA-p6mc-m468-83gw")) {
			/* javascript: references never become advisory links */
			assert_int_equal(json_array_size(json_object_get(v, "advisories")), 1);
		}
	}
	assert_true(saw_group && saw_analysis);
	json_decref(j);
	free(out);

	/* sbom: the inventory only */
	r->scanners = 0;
	out = render(r, DD_FORMAT_CYCLONEDX, false, NULL);
	j = parse(out);
	assert_null(json_object_get(j, "vulnerabilities"));
	assert_int_equal(json_array_size(json_object_get(j, "components")), r->n_packages + 1);
	json_decref(j);
	free(out);
	dd_report_free(r);
}

static void test_spdx(void **state)
{
	dd_report *r = load("report/hostile.json");
	char *out = render(r, DD_FORMAT_SPDX_JSON, false, NULL);
	json_t *j = parse(out);
	json_t *pkgs = json_object_get(j, "packages"), *p;
	size_t i;
	regex_t re;
	assert_int_equal(regcomp(&re, "^SPDXRef-[0-9a-zA-Z.-]+$", REG_EXTENDED), 0);
	assert_int_equal(json_array_size(pkgs), r->n_packages + 2); /* image, OS */
	json_t *seen = json_object();
	json_array_foreach(pkgs, i, p) {
		const char *id = json_string_value(json_object_get(p, "SPDXID"));
		assert_int_equal(regexec(&re, id, 0, NULL, 0), 0);
		assert_null(json_object_get(seen, id));
		json_object_set_new(seen, id, json_true());
		assert_string_equal(json_string_value(json_object_get(p, "downloadLocation")), "NOASSERTION");
		assert_true(json_is_false(json_object_get(p, "filesAnalyzed")));
		if (!strcmp(json_string_value(json_object_get(p, "name")), "lodash")) {
			json_t *ref = json_array_get(json_object_get(p, "externalRefs"), 0);
			assert_string_equal(json_string_value(json_object_get(ref, "referenceCategory")), "PACKAGE-MANAGER");
			assert_string_equal(json_string_value(json_object_get(ref, "referenceLocator")), "pkg:npm/lodash@4.17.15");
			assert_string_equal(json_string_value(json_object_get(p, "licenseDeclared")), "MIT");
		}
		if (!strcmp(json_string_value(json_object_get(p, "versionInfo")) ? json_string_value(json_object_get(p, "versionInfo")) : "", "1.0.0\"><b>x</b>"))
			assert_string_equal(json_string_value(json_object_get(p, "licenseDeclared")), "NOASSERTION");
	}
	json_decref(seen);
	regfree(&re);
	json_t *rels = json_object_get(j, "relationships");
	assert_int_equal(json_array_size(rels), r->n_packages + 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(rels, 0), "relationshipType")), "DESCRIBES");
	const char *ns = json_string_value(json_object_get(j, "documentNamespace"));
	assert_non_null(strstr(ns, "https://spdx.org/spdxdocs/drydock/library-alpine-"));
	/* same digest and time: same namespace; another time: another one */
	char *again = render(r, DD_FORMAT_SPDX_JSON, false, NULL);
	assert_string_equal(again, out);
	free(again);
	free(r->scanned_at);
	r->scanned_at = strdup("2026-12-02T12:00:00Z");
	again = render(r, DD_FORMAT_SPDX_JSON, false, NULL);
	json_t *j2 = parse(again);
	assert_string_not_equal(json_string_value(json_object_get(j2, "documentNamespace")), ns);
	json_decref(j2);
	free(again);
	json_decref(j);
	free(out);
	dd_report_free(r);
}

static void test_golden(void **state)
{
	dd_report *r = load("report/hostile.json");
	columns = 120;
	static const struct {
		dd_format fmt;
		const char *name;
	} g[] = {
		{ DD_FORMAT_TABLE, "hostile.table.txt" }, { DD_FORMAT_JSON, "hostile.json" },
		{ DD_FORMAT_SARIF, "hostile.sarif" }, { DD_FORMAT_CYCLONEDX, "hostile.cdx.json" },
		{ DD_FORMAT_SPDX_JSON, "hostile.spdx.json" }, { DD_FORMAT_HTML, "hostile.html" },
	};
	for (size_t i = 0; i < sizeof(g) / sizeof(*g); i++) {
		char *out = render(r, g[i].fmt, false, NULL);
		golden(g[i].name, out);
		free(out);
	}
	columns = 0;
	dd_report_free(r);
}

/* A thousand layers of a thousand distinct notes each: the report keeps a
 * bounded list (it searched all earlier notes for each new one, which is
 * quadratic) and says it left some out; incompleteness is never lost. */
static void test_note_cap(void **state)
{
	(void)state;
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	for (int i = 0; i < 200000; i++)
		dd_report_note(r, i == 150000, "layer %d: note %d", i / 1000, i);
	assert_false(r->complete);
	assert_int_equal(r->notes.count, 2001);
	assert_string_equal(r->notes.items[2000], "more notes than the report lists; the rest were left out");
	dd_report_note(r, false, "layer 0: note 0");
	assert_int_equal(r->notes.count, 2001);
	dd_report_free(r);
}

static void test_json_round_trip(void **state)
{
	/* what the JSON writer writes, the reader reads back identically */
	dd_report *r = load("report/hostile.json");
	char *a = render(r, DD_FORMAT_JSON, false, NULL);
	dd_report *back = NULL;
	assert_int_equal(dd_report__read_json_text(&back, "mem", a, strlen(a)), 0);
	char *b = render(back, DD_FORMAT_JSON, false, NULL);
	assert_string_equal(a, b);
	free(a);
	free(b);
	dd_report_free(back);
	dd_report_free(r);
}

/* ids as people read them: CVE-2024-9143 before CVE-2024-58251, in the
 * model's order (so in JSON) and in the table; a title too long for the
 * terminal ends on a word with an ellipsis */
static void test_numeric_ids_and_titles(void **state)
{
	dd_report *r = calloc(1, sizeof(*r));
	assert_non_null(r);
	r->complete = true;
	const char *ids[] = { "CVE-2024-58251", "CVE-2024-9143", "CVE-2023-50495", "CVE-2024-13176" };
	for (size_t i = 0; i < 4; i++) {
		dd_finding f;
		dd_finding_init(&f);
		f.cls = DD_CLASS_OS_VULN;
		f.id = (char *)ids[i];
		f.severity = DD_SEV_MEDIUM;
		f.pkg_name = "libssl3";
		f.pkg_version = "3.0.11-1~deb12u2";
		f.fixed_version = "3.0.15-1~deb12u1";
		f.status = DD_STATUS_FIXED;
		f.title = "openssl: Low-level invalid GF(2^m) parameters lead to out of bounds memory access";
		assert_int_equal(dd_report_add_finding(r, &f), 0);
	}
	dd_report_finalize(r, NULL);
	assert_string_equal(r->findings[0].id, "CVE-2023-50495");
	assert_string_equal(r->findings[1].id, "CVE-2024-9143");
	assert_string_equal(r->findings[2].id, "CVE-2024-13176");
	assert_string_equal(r->findings[3].id, "CVE-2024-58251");
	columns = 80;
	char *out = render(r, DD_FORMAT_TABLE, false, NULL);
	columns = 0;
	char *a = strstr(out, "CVE-2024-9143"), *b = strstr(out, "CVE-2024-58251");
	assert_non_null(a);
	assert_non_null(b);
	assert_true(a < b);
	/* the package once, with its version whole */
	assert_non_null(strstr(out, "\nlibssl3  3.0.11-1~deb12u2\n"));
	assert_null(strstr(strstr(out, "libssl3") + 1, "\nlibssl3"));
	/* 34 columns left for the title: it ends on a word, then the ellipsis */
	assert_non_null(strstr(out, "  CVE-2024-9143   medium    3.0.15-1~deb12u1  openssl: Low-level invalid\xe2\x80\xa6\n"));
	free(out);
	dd_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_formats_stay_valid_on_bad_bytes),
		cmocka_unit_test(test_note_cap),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_sarif),
		cmocka_unit_test(test_cyclonedx),
		cmocka_unit_test(test_spdx),
		cmocka_unit_test(test_golden),
		cmocka_unit_test(test_json_round_trip),
		cmocka_unit_test(test_numeric_ids_and_titles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
