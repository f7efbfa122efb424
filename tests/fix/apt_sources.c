/* Tests for the deb822 reader and apt sources (one-line and deb822). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apt_sources.h"
#include "fix/deb822.h"
#include "testutil.h"
#include "util/error.h"

static void test_deb822_stanzas(void **state)
{
	(void)state;
	const char *text = "Package: a\nVersion: 1\nDescription: x\n more\n .\n end\n\n\n"
			   "Package: b\r\nConffiles:\n /etc/b 0123\n /etc/c 4567\n";
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	assert_non_null(st);
	dd_deb822_init(&it, text, strlen(text), false, "t");
	assert_int_equal(dd_deb822_next(&it, st), 1);
	assert_int_equal(st->n, 3);
	assert_true(dd_span_eq(dd_deb822_get(st, "package"), "a"));
	dd_span d = dd_deb822_get(st, "Description"), line;
	assert_true(dd_deb822_value_lines(&d, &line) && dd_span_eq(line, "x"));
	assert_true(dd_deb822_value_lines(&d, &line) && dd_span_eq(line, "more"));
	assert_true(dd_deb822_value_lines(&d, &line) && line.n == 0);
	assert_true(dd_deb822_value_lines(&d, &line) && dd_span_eq(line, "end"));
	assert_false(dd_deb822_value_lines(&d, &line));
	assert_int_equal(st->lineno, 1);
	assert_int_equal(dd_deb822_next(&it, st), 1);
	assert_true(dd_span_eq(dd_deb822_get(st, "Package"), "b"));
	dd_span c = dd_deb822_get(st, "Conffiles");
	/* an empty first line is not part of the value */
	assert_true(dd_deb822_value_lines(&c, &line) && dd_span_eq(line, "/etc/b 0123"));
	assert_true(dd_deb822_value_lines(&c, &line) && dd_span_eq(line, "/etc/c 4567"));
	assert_null(dd_deb822_get(st, "Version").p);
	assert_int_equal(dd_deb822_next(&it, st), 0);

	/* garbage and a continuation before any field */
	dd_deb822_init(&it, "no colon here\n", 14, false, "bad");
	assert_int_equal(dd_deb822_next(&it, st), DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), "bad line 1"));
	dd_deb822_init(&it, " cont\n", 6, false, "bad");
	assert_int_equal(dd_deb822_next(&it, st), DD_EFORMAT);
	/* too many fields: bounded */
	char *many = malloc(200 * 8 + 1);
	assert_non_null(many);
	many[0] = '\0';
	for (int i = 0; i < 200; i++)
		sprintf(many + strlen(many), "F%03d: x\n", i);
	dd_deb822_init(&it, many, strlen(many), false, "many");
	assert_int_equal(dd_deb822_next(&it, st), DD_ELIMIT);
	free(many);
	free(st);
}

static void test_one_line(void **state)
{
	(void)state;
	const char *text = "# comment\n"
			   "deb http://deb.example/debian bookworm main contrib # trailing\n"
			   "deb-src http://deb.example/debian bookworm main\n"
			   "deb [arch=amd64 signed-by=/etc/apt/keyrings/x.gpg] https://r.example/apt/ stable main\n"
			   "deb file:/srv/flat ./\n";
	dd_apt_sources s = { 0 };
	assert_int_equal(dd_apt_sources_parse(&s, text, strlen(text), false, "etc/apt/sources.list"), 0);
	assert_int_equal(s.n, 3);
	assert_string_equal(s.v[0].uri, "http://deb.example/debian");
	assert_string_equal(s.v[0].suite, "bookworm");
	assert_int_equal(s.v[0].n_components, 2);
	assert_string_equal(s.v[0].components[1], "contrib");
	assert_null(s.v[0].signed_by);
	assert_string_equal(s.v[0].where, "etc/apt/sources.list line 2");
	assert_string_equal(s.v[1].uri, "https://r.example/apt");
	assert_string_equal(s.v[1].signed_by, "/etc/apt/keyrings/x.gpg");
	assert_string_equal(s.v[2].suite, "./");
	assert_int_equal(s.v[2].n_components, 0);
	dd_apt_sources_free(&s);

	const char *bad[] = {
		"deb [trusted=yes] http://x/ s main\n", "deb http://x/ s\n", "deb ftp://x/ s main\n",
		"rpm http://x/ s main\n", "deb [signed-by=/k http://x s main\n", "deb http://x/\n",
	};
	int want[] = { DD_EUNSUPPORTED, DD_EFORMAT, DD_EUNSUPPORTED, DD_EFORMAT, DD_EFORMAT, DD_EFORMAT };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		dd_apt_sources t = { 0 };
		assert_int_equal(dd_apt_sources_parse(&t, bad[i], strlen(bad[i]), false, "f"), want[i]);
		dd_apt_sources_free(&t);
	}
}

static void test_deb822(void **state)
{
	(void)state;
	const char *text = "# Debian\n"
			   "Types: deb deb-src\n"
			   "URIs: http://deb.example/debian http://mirror2.example/debian/\n"
			   "Suites: bookworm bookworm-updates\n"
			   "Components: main\n"
			   "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n"
			   "\n"
			   "Types: deb-src\nURIs: http://x/\nSuites: s\nComponents: main\n\n"
			   "Types: deb\nURIs: http://y/\nSuites: s\nComponents: main\nEnabled: no\n\n"
			   "Types: deb\n"
			   "URIs: http://z/\n"
			   "Suites: z\n"
			   "Components: main non-free\n"
			   "Signed-By:\n"
			   " -----BEGIN PGP PUBLIC KEY BLOCK-----\n"
			   " .\n"
			   " mDMEZ\n"
			   " -----END PGP PUBLIC KEY BLOCK-----\n";
	dd_apt_sources s = { 0 };
	assert_int_equal(dd_apt_sources_parse(&s, text, strlen(text), true, "debian.sources"), 0);
	assert_int_equal(s.n, 5);
	assert_string_equal(s.v[0].suite, "bookworm");
	assert_string_equal(s.v[1].suite, "bookworm-updates");
	assert_string_equal(s.v[2].uri, "http://mirror2.example/debian");
	assert_string_equal(s.v[3].signed_by, "/usr/share/keyrings/debian-archive-keyring.gpg");
	assert_string_equal(s.v[4].uri, "http://z");
	assert_int_equal(s.v[4].n_components, 2);
	assert_non_null(strstr(s.v[4].signed_by, "-----BEGIN PGP PUBLIC KEY BLOCK-----"));
	dd_apt_sources_free(&s);

	const char *trusted = "Types: deb\nURIs: http://x/\nSuites: s\nComponents: main\nTrusted: yes\n";
	assert_int_equal(dd_apt_sources_parse(&s, trusted, strlen(trusted), true, "t.sources"), DD_EUNSUPPORTED);
	assert_non_null(strstr(dd_error_last(), "t.sources stanza at line 1"));
	dd_apt_sources_free(&s);
	const char *missing = "Types: deb\nURIs: http://x/\n";
	assert_int_equal(dd_apt_sources_parse(&s, missing, strlen(missing), true, "m.sources"), DD_EFORMAT);
	dd_apt_sources_free(&s);

	bool d822;
	assert_true(dd_apt_sources_path("etc/apt/sources.list", &d822) && !d822);
	assert_true(dd_apt_sources_path("etc/apt/sources.list.d/debian.sources", &d822) && d822);
	assert_true(dd_apt_sources_path("etc/apt/sources.list.d/x.list", &d822) && !d822);
	assert_false(dd_apt_sources_path("etc/apt/sources.list.d/x.list.save", &d822));
	assert_false(dd_apt_sources_path("etc/apt/sources.list.d/sub/x.list", &d822));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deb822_stanzas),
		cmocka_unit_test(test_one_line),
		cmocka_unit_test(test_deb822),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
