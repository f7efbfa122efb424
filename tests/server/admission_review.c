/*
 * The AdmissionReview parser on the fixtures of tests/data/admission (Pod,
 * Deployment, CronJob) and on hostile reviews (no uid: -1; a uid and an
 * unreadable object: 1 with the reason), and the image reference split as
 * the container runtime reads a reference (docker.io and library/ defaults,
 * ports, digests).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/admission.h"
#include "testutil.h"

/* the fixture with its @IMAGE@ / @INIT@ filled in, parsed */
static int parse_fixture(const char *name, const char *image, const char *init, dd_admission_review *r, char *err)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "admission/%s.json", name);
	char *path = dd_test_data_path(rel);
	size_t len = 0;
	char *raw = dd_test_read_file(path, &len);
	assert_non_null(raw);
	char *out = malloc(len + 64 * 1024);
	assert_non_null(out);
	size_t n = 0;
	for (const char *s = raw; *s;) {
		if (!strncmp(s, "@IMAGE@", 7)) {
			n += (size_t)sprintf(out + n, "%s", image);
			s += 7;
		} else if (!strncmp(s, "@INIT@", 6)) {
			n += (size_t)sprintf(out + n, "%s", init);
			s += 6;
		} else {
			out[n++] = *s++;
		}
	}
	int rc = dd_admission_parse(r, out, n, err, 512);
	free(out);
	free(raw);
	free(path);
	return rc;
}

static void test_fixtures(void **state)
{
	(void)state;
	static dd_admission_review r;
	char err[512];
	assert_int_equal(parse_fixture("pod", "reg:5000/a/b:1", "busybox", &r, err), 0);
	assert_string_equal(r.uid, "705ab4f5-6393-11e8-b7cc-42010a800002");
	assert_string_equal(r.kind, "Pod");
	assert_string_equal(r.namespace_, "shop");
	assert_int_equal(r.n_images, 2);
	assert_string_equal(r.images[0], "busybox");   /* initContainers first */
	assert_string_equal(r.images[1], "reg:5000/a/b:1");
	assert_int_equal(parse_fixture("deployment", "x:1", "y:2", &r, err), 0);
	assert_string_equal(r.kind, "Deployment");
	assert_int_equal(r.n_images, 2);   /* y:2 twice (init and sidecar), the oldObject's not read */
	assert_int_equal(parse_fixture("cronjob", "z:3", "z:3", &r, err), 0);
	assert_int_equal(r.n_images, 1);
	assert_string_equal(r.images[0], "z:3");
}

static void test_hostile(void **state)
{
	(void)state;
	static dd_admission_review r;
	char err[512];
	static const struct {
		int rc;
		const char *body, *names;
	} cases[] = {
		{ -1, "x", "not JSON" },
		{ -1, "{\"apiVersion\":\"admission.k8s.io/v1beta1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\"}}", "admission.k8s.io/v1" },
		{ -1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\"}", "request.uid" },
		{ -1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"\"}}", "request.uid" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\"}}", "kind" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Pod\"},\"object\":[]}}", "object" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Pod\"},\"object\":{}}}", "pod spec" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Job\"},\"object\":{\"spec\":{}}}}", "pod template" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Pod\"},\"object\":{\"spec\":{\"containers\":{}}}}}", "containers" },
		{ 1, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Pod\"},\"object\":{\"spec\":{\"containers\":[{\"image\":1}]}}}}", "containers[0].image" },
		{ 0, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"ConfigMap\"},\"object\":{}}}", "" },
		{ 0, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\",\"kind\":{\"kind\":\"Pod\"},\"object\":null}}", "" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int rc = dd_admission_parse(&r, cases[i].body, strlen(cases[i].body), err, sizeof(err));
		if (rc != cases[i].rc || !strstr(err, cases[i].names))
			fail_msg("case %zu: %d, want %d; message '%s' lacks '%s'", i, rc, cases[i].rc, err, cases[i].names);
		if (rc >= 0)
			assert_string_equal(r.uid, "u");
	}
	/* 65 distinct images: over the cap, a reason, never a cut list */
	char *body = malloc(64 * 1024);
	assert_non_null(body);
	size_t n = (size_t)sprintf(body, "{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"request\":{\"uid\":\"u\","
		"\"kind\":{\"kind\":\"Pod\"},\"object\":{\"spec\":{\"containers\":[");
	for (int i = 0; i <= DD_ADMISSION_MAX_IMAGES; i++)
		n += (size_t)sprintf(body + n, "%s{\"image\":\"r/x%d\"}", i ? "," : "", i);
	n += (size_t)sprintf(body + n, "]}}}}");
	assert_int_equal(dd_admission_parse(&r, body, n, err, sizeof(err)), 1);
	assert_non_null(strstr(err, "more than"));
	free(body);
}

static void test_split(void **state)
{
	(void)state;
	static const struct {
		const char *ref, *host, *repo, *tag, *digest;
	} ok[] = {
		{ "nginx", "docker.io", "library/nginx", "latest", "" },
		{ "nginx:1.25", "docker.io", "library/nginx", "1.25", "" },
		{ "team/app:2", "docker.io", "team/app", "2", "" },
		{ "127.0.0.1:5000/library/alpine:3.19.4", "127.0.0.1:5000", "library/alpine", "3.19.4", "" },
		{ "localhost/a/b", "localhost", "a/b", "latest", "" },
		{ "reg.example/a@sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b", "reg.example", "a", "",
			"sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b" },
		{ "reg:5000/a:1@sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b", "reg:5000", "a", "1",
			"sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b" },
	};
	dd_image_ref_parts p;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		assert_true(dd_admission_image_split(ok[i].ref, &p));
		assert_string_equal(p.host, ok[i].host);
		assert_string_equal(p.repository, ok[i].repo);
		assert_string_equal(p.tag, ok[i].tag);
		assert_string_equal(p.digest, ok[i].digest);
	}
	static const char *const bad[] = { "", "UPPER/x", "a:!!", "a@sha256:12", "reg:5000/", "a//b", NULL };
	for (size_t i = 0; bad[i]; i++)
		if (dd_admission_image_split(bad[i], &p))
			fail_msg("'%s' split", bad[i]);
}

static void test_host_matches(void **state)
{
	(void)state;
	assert_true(dd_admission_host_matches("http://127.0.0.1:5000", "127.0.0.1:5000"));
	assert_true(dd_admission_host_matches("https://reg.example/", "reg.example"));
	assert_true(dd_admission_host_matches("https://reg.example:443", "reg.example"));
	assert_true(dd_admission_host_matches("https://reg.example", "reg.example:443"));
	assert_true(dd_admission_host_matches("http://reg.example:80", "reg.example"));
	assert_true(dd_admission_host_matches("https://registry-1.docker.io", "docker.io"));
	assert_false(dd_admission_host_matches("https://reg.example:5000", "reg.example"));
	assert_false(dd_admission_host_matches("http://127.0.0.1:5000", "127.0.0.1:500"));
	assert_false(dd_admission_host_matches("https://reg.example.evil", "reg.example"));
	assert_false(dd_admission_host_matches("https://docker.io.evil", "docker.io"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_host_matches),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
