/* Tests for the bounded buffer and string helpers. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/str.h"

static void test_buf_limit(void **state)
{
	(void)state;
	dd_buf b = DD_BUF_INIT(8);
	assert_int_equal(dd_buf_puts(&b, "12345678"), 0);
	assert_int_equal(b.len, 8);
	assert_int_equal(dd_buf_putc(&b, 'x'), DD_ELIMIT);
	assert_string_equal(b.ptr, "12345678");
	dd_buf_free(&b);
}

static void test_buf_printf(void **state)
{
	(void)state;
	dd_buf b = DD_BUF_INIT(1024);
	assert_int_equal(dd_buf_printf(&b, "%s-%d", "a", 42), 0);
	assert_string_equal(b.ptr, "a-42");
	char *s = dd_buf_detach(&b);
	assert_string_equal(s, "a-42");
	free(s);
}

static void test_glob(void **state)
{
	(void)state;
	assert_true(dd_glob_match("app/test/**", "app/test/a/b.txt"));
	assert_true(dd_glob_match("**/*.jar", "a/b/c.jar"));
	assert_true(dd_glob_match("**/*.jar", "c.jar"));
	assert_false(dd_glob_match("*.jar", "a/c.jar"));
	assert_true(dd_glob_match("library/*", "library/alpine"));
	assert_false(dd_glob_match("library/*", "library/a/b"));
	assert_true(dd_glob_match("etc/?asswd", "etc/passwd"));
	assert_false(dd_glob_match("etc/?asswd", "etc/passwd2"));
	assert_false(dd_glob_match("a?b", "a/b"));
	assert_true(dd_glob_match("**", "any/depth/x"));
	assert_true(dd_glob_match("a/**/b", "a/b"));
	assert_true(dd_glob_match("a/**/b", "a/x/y/b"));
	assert_false(dd_glob_match("a/**/b", "a/x/yb"));
	assert_true(dd_glob_match("*", ""));
	assert_false(dd_glob_match("?", ""));
	assert_true(dd_glob_match("", ""));
	assert_false(dd_glob_match("", "a"));
	assert_true(dd_glob_match("etc/*.conf", "etc/a.conf"));
	assert_false(dd_glob_match("etc/*.conf", "etc/d/a.conf"));
	assert_true(dd_glob_match("**/.env", ".env"));
	assert_true(dd_glob_match("**/.env", "srv/app/.env"));
	assert_true(dd_glob_match("usr/*/bin/**", "usr/local/bin/x/y"));
	{
		/* pathological patterns stay linear: this took minutes with backtracking */
		char pat[400], str[4000];
		size_t k = 0;
		for (int i = 0; i < 100; i++) {
			pat[k++] = '*';
			pat[k++] = '*';
			pat[k++] = 'a';
		}
		pat[k++] = 'b';
		pat[k] = '\0';
		memset(str, 'a', sizeof(str) - 1);
		str[sizeof(str) - 1] = '\0';
		assert_false(dd_glob_match(pat, str));
		memset(str, 'a', 1000);
		str[1000] = '/';
		str[1001] = '\0';
		assert_false(dd_glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*ab", str));
	}
}

static void test_purl(void **state)
{
	(void)state;
	const char *q[] = { "distro", "debian-12", "arch", "amd64", NULL };
	char *p = dd_purl_build("deb", "debian", "libc6", "2.36-9+deb12u4", q);
	assert_string_equal(p, "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12");
	free(p);
	p = dd_purl_build("npm", "@babel", "core", "7.0.0", NULL);
	assert_string_equal(p, "pkg:npm/%40babel/core@7.0.0");
	free(p);
	p = dd_purl_build("rpm", "almalinux", "bash", "1:5.1-2.el9", NULL);
	assert_string_equal(p, "pkg:rpm/almalinux/bash@1:5.1-2.el9");
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_limit),
		cmocka_unit_test(test_buf_printf),
		cmocka_unit_test(test_glob),
		cmocka_unit_test(test_purl),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
