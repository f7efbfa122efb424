/* Tests for the registry source's parsers: references (docker's rules),
 * WWW-Authenticate challenges and config.json credentials. One case a line. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "image/registry.h"
#include "util/error.h"

static const struct {
	const char *in;
	int rc;
	const char *host, *api_host, *repo, *tag, *digest;
} refs[] = {
	{ "alpine", 0, "docker.io", "registry-1.docker.io", "library/alpine", "latest", NULL },
	{ "alpine:3.19", 0, "docker.io", "registry-1.docker.io", "library/alpine", "3.19", NULL },
	{ "bitnami/redis:7", 0, "docker.io", "registry-1.docker.io", "bitnami/redis", "7", NULL },
	{ "docker.io/alpine", 0, "docker.io", "registry-1.docker.io", "library/alpine", "latest", NULL },
	{ "index.docker.io/library/alpine:3", 0, "docker.io", "registry-1.docker.io", "library/alpine", "3", NULL },
	{ "127.0.0.1:5000/app:1.2", 0, "127.0.0.1:5000", "127.0.0.1:5000", "app", "1.2", NULL },
	{ "localhost/a/b/c:x", 0, "localhost", "localhost", "a/b/c", "x", NULL },
	{ "localhost:5000/app", 0, "localhost:5000", "localhost:5000", "app", "latest", NULL },
	{ "Registry/app", 0, "registry", "registry", "app", "latest", NULL },
	{ "[::1]:5000/app:t", 0, "[::1]:5000", "[::1]:5000", "app", "t", NULL },
	{ "ghcr.io/o/r@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 0, "ghcr.io", "ghcr.io",
		"o/r", NULL, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
	{ "ghcr.io/o/r:v1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 0, "ghcr.io", "ghcr.io",
		"o/r", "v1", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
	{ "my-reg.example.com:443/a.b/c__d/e-f:1", 0, "my-reg.example.com:443", "my-reg.example.com:443", "a.b/c__d/e-f", "1", NULL },
	{ "Alpine", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "alpine:", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "alpine:-x", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "a//b", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "host:5000/", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "host:99999999/app", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "ho st.io/app", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "app-/x", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "a..b/c", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "x/app@sha256:abc", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "x/app@sha512:abc", DD_EUNSUPPORTED, NULL, NULL, NULL, NULL, NULL },
	{ "x/app@nodigest", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "x.io/app/../etc:1", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "x.io/app?x=1", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
	{ "x.io/app%2f", DD_EINVAL, NULL, NULL, NULL, NULL, NULL },
};

static void test_refs(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(refs) / sizeof(*refs); i++) {
		dd_registry_ref r;
		int rc = dd_registry_ref_parse(&r, refs[i].in);
		if (rc != refs[i].rc)
			fail_msg("%s: rc %d, want %d (%s)", refs[i].in, rc, refs[i].rc, dd_error_last());
		if (rc)
			continue;
		assert_string_equal(r.host, refs[i].host);
		assert_string_equal(r.api_host, refs[i].api_host);
		assert_string_equal(r.repository, refs[i].repo);
		if (refs[i].tag)
			assert_string_equal(r.tag, refs[i].tag);
		else
			assert_null(r.tag);
		if (refs[i].digest)
			assert_string_equal(r.digest, refs[i].digest);
		else
			assert_null(r.digest);
		dd_registry_ref_clear(&r);
	}
	char longref[2000];
	memset(longref, 'a', sizeof(longref) - 1);
	longref[sizeof(longref) - 1] = '\0';
	dd_registry_ref r;
	assert_int_equal(dd_registry_ref_parse(&r, longref), DD_EINVAL);
}

static const struct {
	const char *in;
	int rc;
	dd_auth_scheme scheme;
	const char *realm, *service, *scope;
} challenges[] = {
	{ "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/alpine:pull\"",
		0, DD_AUTH_BEARER, "https://auth.docker.io/token", "registry.docker.io", "repository:library/alpine:pull" },
	{ "bearer REALM=https://a/t , Service=s", 0, DD_AUTH_BEARER, "https://a/t", "s", NULL },
	{ "Basic realm=\"Registry Realm\"", 0, DD_AUTH_BASIC, "Registry Realm", NULL, NULL },
	{ "Basic", 0, DD_AUTH_BASIC, NULL, NULL, NULL },
	{ "Basic realm=\"x\", Bearer realm=\"https://t\",service=\"y\"", 0, DD_AUTH_BEARER, "https://t", "y", NULL },
	{ "Bearer realm=\"https://t\", Basic realm=\"x\"", 0, DD_AUTH_BEARER, "https://t", NULL, NULL },
	{ "Negotiate abc==, Basic realm=\"r\"", 0, DD_AUTH_BASIC, "r", NULL, NULL },
	{ "Bearer realm=\"https://t\",scope=\"repository:a:pull repository:b:pull\"", 0, DD_AUTH_BEARER, "https://t", NULL,
		"repository:a:pull repository:b:pull" },
	{ "Bearer realm=\"https://t/\\\"q\\\"\"", 0, DD_AUTH_BEARER, "https://t/\"q\"", NULL, NULL },
	{ "Bearer error=\"invalid_token\",realm=\"https://t\"", 0, DD_AUTH_BEARER, "https://t", NULL, NULL },
	{ "Bearer service=\"s\"", DD_EFORMAT, 0, NULL, NULL, NULL },
	{ "Bearer realm=\"https://t", DD_EFORMAT, 0, NULL, NULL, NULL },
	{ "Bearer realm=", DD_EFORMAT, 0, NULL, NULL, NULL },
	{ "Bearer realm=\"a\" service=\"b\"", DD_EFORMAT, 0, NULL, NULL, NULL },
	{ "Digest realm=\"x\", nonce=\"y\"", DD_EUNSUPPORTED, 0, NULL, NULL, NULL },
	{ "", DD_EFORMAT, 0, NULL, NULL, NULL },
	{ "=", DD_EFORMAT, 0, NULL, NULL, NULL },
};

static void test_challenges(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(challenges) / sizeof(*challenges); i++) {
		dd_auth_challenge c;
		int rc = dd_auth_challenge_parse(&c, challenges[i].in, strlen(challenges[i].in));
		if (rc != challenges[i].rc)
			fail_msg("%s: rc %d, want %d (%s)", challenges[i].in, rc, challenges[i].rc, dd_error_last());
		if (rc)
			continue;
		assert_int_equal(c.scheme, challenges[i].scheme);
#define CHECK(f) \
	if (challenges[i].f) \
		assert_string_equal(c.f, challenges[i].f); \
	else \
		assert_null(c.f)
		CHECK(realm);
		CHECK(service);
		CHECK(scope);
#undef CHECK
		dd_auth_challenge_clear(&c);
	}
	/* an over-long value is refused, not truncated */
	size_t n = 10000;
	char *big = malloc(n + 40);
	strcpy(big, "Bearer realm=\"");
	memset(big + 14, 'x', n);
	strcpy(big + 14 + n, "\"");
	dd_auth_challenge c;
	assert_int_equal(dd_auth_challenge_parse(&c, big, strlen(big)), DD_EFORMAT);
	free(big);
}

static const struct {
	const char *json, *host;
	int rc;
	const char *user, *pass, *idtoken;
} creds[] = {
	/* "user:pass" and "u:p:with:colons" in base64 */
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"dXNlcjpwYXNz\"}}}", "reg.io", 0, "user", "pass", NULL },
	{ "{\"auths\":{\"https://reg.io/v2/\":{\"auth\":\"dTpwOndpdGg6Y29sb25z\"}}}", "reg.io", 0, "u", "p:with:colons", NULL },
	{ "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"dXNlcjpwYXNz\"}}}", "docker.io", 0, "user", "pass", NULL },
	{ "{\"auths\":{\"registry-1.docker.io\":{\"username\":\"a\",\"password\":\"b\"}}}", "docker.io", 0, "a", "b", NULL },
	{ "{\"auths\":{\"http://127.0.0.1:5000\":{\"username\":\"a\",\"password\":\"b\"}}}", "127.0.0.1:5000", 0, "a", "b", NULL },
	{ "{\"auths\":{\"REG.IO\":{\"username\":\"a\",\"password\":\"b\"}}}", "reg.io", 0, "a", "b", NULL },
	/* exact key wins over a normalized one */
	{ "{\"auths\":{\"https://reg.io\":{\"username\":\"n\",\"password\":\"n\"},\"reg.io\":{\"username\":\"e\",\"password\":\"e\"}}}",
		"reg.io", 0, "e", "e", NULL },
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"\",\"identitytoken\":\"tok\"}}}", "reg.io", 0, NULL, NULL, "tok" },
	{ "{\"auths\":{\"reg.io:5000\":{\"auth\":\"dXNlcjpwYXNz\"}}}", "reg.io", DD_ENOTFOUND, NULL, NULL, NULL },
	{ "{\"auths\":{\"other.io\":{\"auth\":\"dXNlcjpwYXNz\"}}}", "reg.io", DD_ENOTFOUND, NULL, NULL, NULL },
	{ "{\"credsStore\":\"desktop\"}", "reg.io", DD_ENOTFOUND, NULL, NULL, NULL },
	{ "{\"auths\":{\"reg.io\":{}}}", "reg.io", DD_ENOTFOUND, NULL, NULL, NULL },
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"bm9jb2xvbg==\"}}}", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"!!!!\"}}}", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"abc\"}}}", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "{\"auths\":[]}", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "[1]", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "{\"auths\":", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
	{ "{\"auths\":{\"reg.io\":{\"auth\":\"dXNlcjpwYXNz\"},\"reg.io\":{}}}", "reg.io", DD_EFORMAT, NULL, NULL, NULL },
};

static void test_creds(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(creds) / sizeof(*creds); i++) {
		dd_credentials c;
		int rc = dd_credentials_from_config(&c, creds[i].json, strlen(creds[i].json), creds[i].host);
		if (rc != creds[i].rc)
			fail_msg("%s: rc %d, want %d (%s)", creds[i].json, rc, creds[i].rc, dd_error_last());
		if (rc)
			continue;
#define CHECK(f, w) \
	if (creds[i].w) \
		assert_string_equal(c.f, creds[i].w); \
	else \
		assert_null(c.f)
		CHECK(username, user);
		CHECK(password, pass);
		CHECK(identity_token, idtoken);
#undef CHECK
		dd_credentials_clear(&c);
	}
}

static const struct {
	const char *json, *host;
	int rc;
	const char *helper;
} helpers[] = {
	{ "{\"credsStore\":\"desktop\"}", "reg.io", 1, "desktop" },
	/* credHelpers for the host wins over credsStore, in any spelling */
	{ "{\"credsStore\":\"desktop\",\"credHelpers\":{\"reg.io\":\"gcloud\"}}", "reg.io", 1, "gcloud" },
	{ "{\"credHelpers\":{\"https://REG.io/\":\"gcloud\"}}", "reg.io", 1, "gcloud" },
	{ "{\"credHelpers\":{\"index.docker.io\":\"hub\"}}", "docker.io", 1, "hub" },
	{ "{\"credHelpers\":{\"other.io\":\"gcloud\"},\"credsStore\":\"pass\"}", "reg.io", 1, "pass" },
	{ "{\"credHelpers\":{\"other.io\":\"gcloud\"}}", "reg.io", 0, NULL },
	{ "{\"credHelpers\":{\"reg.io\":\"\"},\"credsStore\":\"\"}", "reg.io", 0, NULL },
	{ "{\"auths\":{\"reg.io\":{}}}", "reg.io", 0, NULL },
	{ "{\"credsStore\":7}", "reg.io", 0, NULL },
	{ "{\"credsStore\":\"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890\"}",
		"reg.io", DD_EINVAL, NULL },
	{ "not json", "reg.io", 0, NULL },
};

static void test_creds_helper_for(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(helpers) / sizeof(*helpers); i++) {
		char name[80] = "";
		int rc = dd_credentials_helper_for(helpers[i].json, strlen(helpers[i].json), helpers[i].host, name, sizeof(name));
		if (rc != helpers[i].rc)
			fail_msg("%s: rc %d, want %d", helpers[i].json, rc, helpers[i].rc);
		if (rc == 1)
			assert_string_equal(name, helpers[i].helper);
	}
	/* only plain names become docker-credential-NAME */
	const char *good[] = { "desktop", "ecr-login", "gcloud", "osxkeychain", "pass", "a.b_c-1" };
	const char *bad[] = { "", "../../bin/sh", "/bin/sh", "a/b", ".hidden", "-x", "a b", "a;b", "a\nb",
		"0123456789012345678901234567890123456789012345678901234567890123456789" };
	for (size_t i = 0; i < sizeof(good) / sizeof(*good); i++)
		assert_true(dd_credhelper_name_ok(good[i]));
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		if (dd_credhelper_name_ok(bad[i]))
			fail_msg("\"%s\" accepted as a helper name", bad[i]);
	dd_credentials c;
	assert_int_equal(dd_credhelper_get("../../bin/sh", "reg.io", 0, &c), DD_EINVAL);
	assert_null(c.username);
}

static void test_creds_options(void **state)
{
	(void)state;
	dd_image_options o = DD_IMAGE_OPTIONS_INIT;
	dd_credentials c;
	o.username = "u";
	assert_int_equal(dd_credentials_load(&c, &o, "reg.io"), DD_EINVAL);
	o.password = "p";
	assert_int_equal(dd_credentials_load(&c, &o, "reg.io"), 0);
	assert_string_equal(c.username, "u");
	assert_string_equal(c.password, "p");
	dd_credentials_clear(&c);
	o.username = NULL;
	o.authfile = "/nonexistent/config.json";
	assert_int_equal(dd_credentials_load(&c, &o, "reg.io"), DD_EINVAL);
	assert_non_null(strstr(dd_error_last(), "/nonexistent/config.json"));
	/* no authfile and no default file: anonymous */
	o.authfile = NULL;
	setenv("DOCKER_CONFIG", "/nonexistent", 1);
	assert_int_equal(dd_credentials_load(&c, &o, "reg.io"), 0);
	assert_null(c.username);
	unsetenv("DOCKER_CONFIG");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_refs),
		cmocka_unit_test(test_challenges),
		cmocka_unit_test(test_creds),
		cmocka_unit_test(test_creds_helper_for),
		cmocka_unit_test(test_creds_options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
