/*
 * The Harbor adapter's pure parts: the ScanRequest parser on the spec's own
 * example, a Bearer registry token, and on hostile bodies (each refused with the spec's status and a
 * message naming the field), and the report writer (severity scale, CVSS
 * split by vector, fix version, links, layer, suppressed findings left out).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/harbor.h"
#include "testutil.h"

#define DIGEST "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b"

static int parse(const char *body, dd_harbor_request *r, char *err)
{
	return dd_harbor_request_parse(r, body, strlen(body), err, 512);
}

static void test_spec_example(void **state)
{
	(void)state;
	static dd_harbor_request r;
	char err[512];
	/* the spec's example request; "robot$library+scanner:secret" */
	const char *body = "{\"registry\":{\"url\":\"https://core.harbor.domain/\",\"authorization\":"
			   "\"Basic cm9ib3QkbGlicmFyeStzY2FubmVyOnNlY3JldA==\"},\"artifact\":{\"repository\":\"library/mongo\","
			   "\"digest\":\"" DIGEST "\",\"tag\":\"3.14-xenial\",\"mime_type\":"
			   "\"application/vnd.docker.distribution.manifest.v2+json\"},\"enabled_capabilities\":[{\"type\":\"sbom\","
			   "\"parameters\":{\"sbom_media_types\":[\"application/spdx+json\"]}}]}";
	assert_int_equal(parse(body, &r, err), 0);
	assert_string_equal(r.url, "https://core.harbor.domain");
	assert_string_equal(r.username, "robot$library+scanner");
	assert_string_equal(r.password, "secret");
	assert_string_equal(r.repository, "library/mongo");
	assert_string_equal(r.digest, DIGEST);
	assert_string_equal(r.tag, "3.14-xenial");
	assert_true(r.want_sbom);
	assert_false(r.want_vuln);
	/* v1.0: no capabilities, no tag, no authorization: anonymous, both reports */
	assert_int_equal(parse("{\"registry\":{\"url\":\"http://127.0.0.1:5000\"},\"artifact\":{\"repository\":\"a/b\","
			       "\"digest\":\"" DIGEST "\"}}", &r, err), 0);
	assert_true(r.want_vuln && r.want_sbom);
	assert_string_equal(r.username, "");
	assert_string_equal(r.tag, "");
	assert_false(r.bearer);
	/* a registry token Harbor minted: kept as given, no user */
	assert_int_equal(parse("{\"registry\":{\"url\":\"http://127.0.0.1:5000\",\"authorization\":\"Bearer eyJh.eyJz.c2ln\"},"
			       "\"artifact\":{\"repository\":\"a/b\",\"digest\":\"" DIGEST "\"}}", &r, err), 0);
	assert_true(r.bearer);
	assert_string_equal(r.password, "eyJh.eyJz.c2ln");
	assert_string_equal(r.username, "");
}

static void test_hostile(void **state)
{
	(void)state;
	static dd_harbor_request r;
	char err[512];
	static const struct {
		int status;
		const char *body, *names;
	} cases[] = {
		{ 400, "nope", "not JSON" },
		{ 400, "{\"registry\":{},\"artifact\":[]}", "registry and artifact" },
		{ 400, "{\"registry\":{\"url\":1},\"artifact\":{}}", "registry.url" },
		{ 422, "{\"registry\":{},\"artifact\":{}}", "registry.url" },
		{ 422, "{\"registry\":{\"url\":\"ftp://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "registry.url" },
		{ 422, "{\"registry\":{\"url\":\"http:///x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "no host" },
		{ 422, "{\"registry\":{\"url\":\"http://u@x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "registry.url" },
		{ 422, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"A/../b\",\"digest\":\"" DIGEST "\"}}", "artifact.repository" },
		{ 422, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"sha256:00\"}}", "artifact.digest" },
		{ 422, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\",\"tag\":\"-x\"}}", "artifact.tag" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Digest t\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "'Bearer TOKEN'" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Bearer \"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "Bearer token is empty" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Bearer a b\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "header cannot carry" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Bearer a\\r\\nX: y\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "header cannot carry" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Basic bm9jb2xvbg==\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "USER:PASSWORD" },
		{ 422, "{\"registry\":{\"url\":\"http://x\",\"authorization\":\"Basic ####\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"}}", "base64" },
		{ 501, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\",\"mime_type\":\"text/plain\"}}", "mime_type" },
		{ 501, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"},\"enabled_capabilities\":[{\"type\":\"x\"}]}", "enabled_capabilities[0].type" },
		{ 400, "{\"registry\":{\"url\":\"http://x\"},\"artifact\":{\"repository\":\"a\",\"digest\":\"" DIGEST "\"},\"enabled_capabilities\":{}}", "enabled_capabilities" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int st = parse(cases[i].body, &r, err);
		if (st != cases[i].status || !strstr(err, cases[i].names))
			fail_msg("case %zu: status %d, want %d; message '%s' lacks '%s'", i, st, cases[i].status, err, cases[i].names);
		assert_string_equal(r.password, "");
	}
	/* NUL inside a string (jansson refuses it: bad JSON), and a body over the cap */
	const char nul[] = "{\"registry\":{\"url\":\"http://x\\u0000y\"},\"artifact\":{}}";
	assert_int_equal(parse(nul, &r, err), 400);
	char *big = malloc(DD_HARBOR_REQUEST_MAX + 2);
	assert_non_null(big);
	memset(big, ' ', DD_HARBOR_REQUEST_MAX + 1);
	big[DD_HARBOR_REQUEST_MAX + 1] = '\0';
	assert_int_equal(dd_harbor_request_parse(&r, big, DD_HARBOR_REQUEST_MAX + 1, err, sizeof(err)), 400);
	free(big);
}

static void test_report(void **state)
{
	(void)state;
	dd_report r;
	dd_finding f[4];
	dd_package p;
	dd_layer_info layer;
	memset(&r, 0, sizeof(r));
	memset(f, 0, sizeof(f));
	memset(&p, 0, sizeof(p));
	memset(&layer, 0, sizeof(layer));
	p.name = "openssl";
	p.version = "3.1.0-r0";
	p.layer = "sha256:aaaa";
	layer.digest = "sha256:aaaa";
	layer.diff_id = "sha256:bbbb";
	f[0].cls = DD_CLASS_OS_VULN;
	f[0].id = "CVE-2024-1";
	f[0].severity = DD_SEV_CRITICAL;
	f[0].pkg_name = "openssl";
	f[0].pkg_version = "3.1.0-r0";
	f[0].fixed_version = "3.1.1-r0";
	f[0].cvss_score = 9.8;
	f[0].cvss_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
	f[1] = f[0];
	f[1].id = "CVE-2010-2";
	f[1].severity = DD_SEV_LOW;
	f[1].cvss_score = 2.1;
	f[1].cvss_vector = "AV:L/AC:H/Au:N/C:P/I:N/A:N";
	f[1].fixed_version = NULL;
	f[2] = f[0];
	f[2].id = "CVE-2024-3";
	f[2].suppressed = true;
	f[3].cls = DD_CLASS_SECRET;
	f[3].id = "aws-key";
	f[3].severity = DD_SEV_CRITICAL;
	r.findings = f;
	r.n_findings = 4;
	r.packages = &p;
	r.n_packages = 1;
	r.layers = &layer;
	r.n_layers = 1;
	json_t *art = json_pack("{s:s,s:s}", "repository", "library/x", "digest", DIGEST);
	json_t *doc = dd_harbor_vuln_report(&r, art);
	json_decref(art);
	assert_non_null(doc);
	json_t *v = json_object_get(doc, "vulnerabilities");
	assert_int_equal(json_array_size(v), 2);   /* the suppressed one and the secret left out */
	assert_string_equal(json_string_value(json_object_get(doc, "severity")), "Critical");
	json_t *a = json_array_get(v, 0), *b = json_array_get(v, 1);
	assert_string_equal(json_string_value(json_object_get(a, "severity")), "Critical");
	assert_string_equal(json_string_value(json_object_get(a, "fix_version")), "3.1.1-r0");
	assert_true(json_real_value(json_object_get(json_object_get(a, "preferred_cvss"), "score_v3")) > 9.7);
	assert_non_null(json_object_get(json_object_get(a, "preferred_cvss"), "vector_v3"));
	assert_string_equal(json_string_value(json_object_get(json_object_get(a, "layer"), "diff_id")), "sha256:bbbb");
	assert_string_equal(json_string_value(json_array_get(json_object_get(a, "links"), 0)),
		"https://nvd.nist.gov/vuln/detail/CVE-2024-1");
	assert_string_equal(json_string_value(json_object_get(b, "severity")), "Low");
	assert_null(json_object_get(b, "fix_version"));
	assert_non_null(json_object_get(json_object_get(b, "preferred_cvss"), "vector_v2"));
	assert_null(json_object_get(json_object_get(b, "preferred_cvss"), "score_v3"));
	json_decref(doc);
	assert_string_equal(dd_harbor_severity(DD_SEV_UNKNOWN), "Unknown");
	assert_string_equal(dd_harbor_severity(DD_SEV_MEDIUM), "Medium");
	assert_string_equal(dd_harbor_severity(DD_SEV_HIGH), "High");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spec_example),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_report),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
