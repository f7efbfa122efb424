/*
 * Registry catalog paging (src/image/catalog.c): the next page is the
 * Link header's rel="next" target (RFC 8288), a /v2/ path on the same
 * registry; a link to another origin or outside /v2/ is refused (the
 * credentials would follow it), no link ends the listing. Also the
 * catalog options' checks: an unknown type, a URL without a scheme.
 */
#include <stdlib.h>
#include <string.h>

#include "image/catalog.h"
#include "testutil.h"

static const char *base = "http://127.0.0.1:5000";

static void next_of(const char *link, int want_rc, const char *want)
{
	char *next = NULL;
	int rc = dd_catalog__next_link(link, base, &next);
	assert_int_equal(rc, want_rc);
	if (want)
		assert_string_equal(next, want);
	else
		assert_null(next);
	free(next);
}

static void links(void **state)
{
	next_of(NULL, 0, NULL);
	next_of("", 0, NULL);
	next_of("</v2/_catalog?last=b&n=2>; rel=\"next\"", 0, "/v2/_catalog?last=b&n=2");
	next_of("</v2/_catalog?last=b&n=2>; rel=next", 0, "/v2/_catalog?last=b&n=2");
	/* the next one among several */
	next_of("</v2/x/tags/list?n=1>; rel=\"prev\", </v2/x/tags/list?last=a&n=1>; rel=\"next\"", 0,
		"/v2/x/tags/list?last=a&n=1");
	/* an absolute URL on the same registry */
	next_of("<http://127.0.0.1:5000/v2/_catalog?last=c>; rel=\"next\"", 0, "/v2/_catalog?last=c");
	/* only prev: the last page */
	next_of("</v2/_catalog?n=2>; rel=\"prev\"", 0, NULL);
	/* elsewhere: refused */
	next_of("<http://evil.example/v2/_catalog?last=c>; rel=\"next\"", DD_EFORMAT, NULL);
	next_of("<http://127.0.0.1:5000.evil/v2/_catalog>; rel=\"next\"", DD_EFORMAT, NULL);
	next_of("</admin/secrets>; rel=\"next\"", DD_EFORMAT, NULL);
	next_of("</v2/a b>; rel=\"next\"", DD_EFORMAT, NULL);
	/* unterminated: no link */
	next_of("</v2/_catalog?last=b; rel=\"next\"", 0, NULL);
}

static void options(void **state)
{
	dd_catalog_options co = DD_CATALOG_OPTIONS_INIT;
	dd_strv out = { 0 };
	char *digest = NULL;
	assert_int_equal(dd_catalog_type_known("distribution"), 1);
	assert_int_equal(dd_catalog_type_known(NULL), 1);
	assert_int_equal(dd_catalog_type_known("nexus"), 0);
	assert_int_equal(dd_catalog_repositories(&out, &co, NULL), DD_EINVAL);   /* no URL */
	co.url = "127.0.0.1:5000";
	assert_int_equal(dd_catalog_repositories(&out, &co, NULL), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "http://"));
	co.url = "http://127.0.0.1:5000";
	co.type = "nexus";
	assert_int_equal(dd_catalog_tags(&out, &co, "a"), DD_EINVAL);
	co.type = NULL;
	co.version = 99;
	assert_int_equal(dd_catalog_digest(&digest, &co, "a", "1"), DD_EINVAL);
	assert_null(digest);
	assert_int_equal(out.count, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(links),
		cmocka_unit_test(options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
