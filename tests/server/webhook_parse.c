/*
 * Webhook parsers on real bodies (docker-registry 2.8's own notifications,
 * the examples of distribution's and Harbor's documentation) and on hostile
 * ones: only manifest pushes come out, with repository, tag, digest, host
 * and push time; blobs, pulls and deletes are ignored; a bad field skips
 * its event, not the envelope; a repeated id comes out once; oversized
 * bodies and event counts are refused.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/webhook.h"
#include "testutil.h"

typedef int (*parse_fn)(dd_push_events *, const char *, size_t);

static int parse_file(parse_fn fn, const char *name, dd_push_events *ev)
{
	char rel[128];
	snprintf(rel, sizeof(rel), "server/%s", name);
	char *path = dd_test_data_path(rel);
	size_t len = 0;
	char *body = dd_test_read_file(path, &len);
	assert_non_null(body);
	int rc = fn(ev, body, len);
	free(body);
	free(path);
	return rc;
}

static int parse_str(parse_fn fn, const char *s, dd_push_events *ev)
{
	return fn(ev, s, strlen(s));
}

static void test_distribution_real_manifest_push(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_file(dd_webhook_parse_distribution, "distribution_manifest_push_real.json", &ev), 0);
	assert_int_equal(ev.count, 1);
	const dd_push_event *e = &ev.items[0];
	assert_string_equal(e->id, "5a2f7731-481d-4055-8768-248d1114cbf5");
	assert_string_equal(e->repository, "library/alpine");
	assert_string_equal(e->tag, "3.19.4");
	assert_string_equal(e->digest, "sha256:0e7584025987cb3c0b5bbdf089531de1e6fa4f4cad68cf71fdfdd56e4e16ee5f");
	assert_string_equal(e->host, "127.0.0.1:18990");
	assert_string_equal(e->media_type, "application/vnd.oci.image.manifest.v1+json");
	assert_int_equal(e->pushed_at, 1796652695); /* 2026-12-07T14:11:35.848217592Z */
	dd_push_events_free(&ev);
}

static void test_distribution_real_blob_and_pull_ignored(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_file(dd_webhook_parse_distribution, "distribution_blob_push_real.json", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.ignored, 1);
	assert_int_equal(ev.invalid, 0);
	dd_push_events_free(&ev);
	assert_int_equal(parse_file(dd_webhook_parse_distribution, "distribution_manifest_pull_real.json", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.ignored, 1);
	dd_push_events_free(&ev);
	assert_int_equal(parse_file(dd_webhook_parse_distribution, "distribution_pull_doc.json", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.ignored, 1);
	dd_push_events_free(&ev);
}

static void test_distribution_doc_envelope(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_file(dd_webhook_parse_distribution, "distribution_envelope_doc.json", &ev), 0);
	assert_int_equal(ev.count, 1); /* the manifest; two layer pushes ignored */
	assert_int_equal(ev.ignored, 2);
	assert_string_equal(ev.items[0].repository, "library/test");
	assert_string_equal(ev.items[0].tag, ""); /* the documented push has no tag: pushed by digest */
	assert_string_equal(ev.items[0].host, "registrycluster.local");
	assert_int_equal(ev.items[0].pushed_at, 1136214245); /* 2006-01-02T15:04:05Z */
	dd_push_events_free(&ev);
}

#define D1 "sha256:0e7584025987cb3c0b5bbdf089531de1e6fa4f4cad68cf71fdfdd56e4e16ee5f"
#define EVENT(id, repo, tag, digest)                                                                                    \
	"{\"id\":\"" id "\",\"timestamp\":\"2026-12-07T14:11:35Z\",\"action\":\"push\",\"target\":{\"mediaType\":"     \
	"\"application/vnd.docker.distribution.manifest.v2+json\",\"repository\":\"" repo "\",\"tag\":\"" tag          \
	"\",\"digest\":\"" digest "\"}}"

static void test_distribution_duplicates_and_bad_fields(void **state)
{
	dd_push_events ev;
	const char *body = "{\"events\":[" EVENT("a", "library/alpine", "3.19", D1) "," EVENT("a", "library/alpine", "3.19", D1)
		"," EVENT("b", "Library/Alpine", "3.19", D1) "," EVENT("c", "library/alpine", "-bad", D1)
		"," EVENT("d", "library/alpine", "3.20", "sha256:abc") "," EVENT("e", "library//alpine", "x", D1)
		"," EVENT("f", "library/alpine", "3.20", D1) ",17,null]}";
	assert_int_equal(parse_str(dd_webhook_parse_distribution, body, &ev), 0);
	assert_int_equal(ev.count, 2);
	assert_string_equal(ev.items[0].id, "a");
	assert_string_equal(ev.items[1].id, "f");
	assert_int_equal(ev.duplicates, 1);
	assert_int_equal(ev.invalid, 6); /* upper case, tag, digest, empty component, 17, null */
	assert_non_null(strstr(ev.first_invalid, "event 2"));
	assert_non_null(strstr(ev.first_invalid, "repository"));
	dd_push_events_free(&ev);
}

static void test_distribution_structure_errors(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_str(dd_webhook_parse_distribution, "{\"events\":", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_distribution, "[]", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_distribution, "{\"events\":{}}", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_distribution, "{\"events\":[],\"events\":[]}", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_distribution, "{\"events\":[]}", &ev), 0);
	assert_int_equal(ev.count, 0);
	dd_push_events_free(&ev);
	/* nesting: jansson's own depth limit, no stack exhaustion */
	size_t n = 100000;
	char *deep = malloc(2 * n + 32);
	assert_non_null(deep);
	strcpy(deep, "{\"events\":[");
	size_t k = strlen(deep);
	for (size_t i = 0; i < n; i++)
		deep[k++] = '[';
	for (size_t i = 0; i < n; i++)
		deep[k++] = ']';
	strcpy(deep + k, "]}");
	assert_int_equal(dd_webhook_parse_distribution(&ev, deep, strlen(deep)), DD_EFORMAT);
	free(deep);
}

static void test_limits(void **state)
{
	dd_push_events ev;
	/* a body over the cap is refused before parsing */
	size_t big = DD_WEBHOOK_MAX_BODY + 1;
	char *body = malloc(big);
	assert_non_null(body);
	memset(body, ' ', big);
	assert_int_equal(dd_webhook_parse_distribution(&ev, body, big), DD_ELIMIT);
	assert_int_equal(dd_webhook_parse_harbor(&ev, body, big), DD_ELIMIT);
	free(body);
	/* 1001 events */
	size_t cap = 16 + (DD_WEBHOOK_MAX_EVENTS + 1) * 3;
	body = malloc(cap);
	assert_non_null(body);
	char *p = body + sprintf(body, "{\"events\":[");
	for (int i = 0; i <= DD_WEBHOOK_MAX_EVENTS; i++)
		p += sprintf(p, "%s{}", i ? "," : "");
	strcpy(p, "]}");
	assert_int_equal(parse_str(dd_webhook_parse_distribution, body, &ev), DD_ELIMIT);
	free(body);
	/* a field longer than its cap skips the event */
	char tag[300];
	memset(tag, 'a', sizeof(tag) - 1);
	tag[sizeof(tag) - 1] = '\0';
	char one[1024];
	snprintf(one, sizeof(one), "{\"events\":[{\"id\":\"x\",\"action\":\"push\",\"target\":{\"mediaType\":"
		"\"application/vnd.oci.image.index.v1+json\",\"repository\":\"a\",\"tag\":\"%s\",\"digest\":\"%s\"}}]}", tag, D1);
	assert_int_equal(parse_str(dd_webhook_parse_distribution, one, &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.invalid, 1);
	dd_push_events_free(&ev);
}

static void test_digest(void **state)
{
	assert_true(dd_webhook_valid_digest(D1));
	assert_false(dd_webhook_valid_digest("sha256:0E7584025987cb3c0b5bbdf089531de1e6fa4f4cad68cf71fdfdd56e4e16ee5f"));
	assert_false(dd_webhook_valid_digest(D1 "0"));
	assert_false(dd_webhook_valid_digest("md5:00"));
	assert_false(dd_webhook_valid_digest(NULL));
}

static void test_harbor_default_by_digest(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_push_default.json", &ev), 0);
	assert_int_equal(ev.count, 1);
	const dd_push_event *e = &ev.items[0];
	assert_string_equal(e->repository, "harbor/alpine");
	assert_string_equal(e->tag, ""); /* "tag" is the digest: a push by digest */
	assert_string_equal(e->digest, "sha256:954b378c375d852eb3c63ab88978f640b4348b01c1b3456a024a81536dafbbf4");
	assert_string_equal(e->host, "localhost");
	assert_int_equal(e->pushed_at, 1680501893);
	assert_true(!strncmp(e->id, "harbor-", 7) && strlen(e->id) == 7 + 64);
	char id1[DD_WEBHOOK_ID_MAX];
	strcpy(id1, e->id);
	dd_push_events_free(&ev);
	/* a redelivery has the same id; another tag of the same digest does not */
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_push_default.json", &ev), 0);
	assert_string_equal(ev.items[0].id, id1);
	dd_push_events_free(&ev);
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_push_tag_default.json", &ev), 0);
	assert_int_equal(ev.count, 1);
	assert_string_equal(ev.items[0].tag, "3.8");
	assert_string_not_equal(ev.items[0].id, id1);
	dd_push_events_free(&ev);
}

static void test_harbor_cloudevents_and_others(void **state)
{
	dd_push_events ev;
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_push_cloudevents.json", &ev), 0);
	assert_int_equal(ev.count, 1);
	assert_string_equal(ev.items[0].id, "harbor-ce-66e18103-09c1-41f6-982f-37df223f3eeb/0");
	assert_string_equal(ev.items[0].tag, "3.8");
	assert_string_equal(ev.items[0].repository, "harbor/alpine");
	assert_int_equal(ev.items[0].pushed_at, 1680502372); /* 2023-04-03T06:12:52Z */
	dd_push_events_free(&ev);
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_pull_cloudevents.json", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.ignored, 1);
	dd_push_events_free(&ev);
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "harbor_delete_default.json", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.ignored, 1);
	dd_push_events_free(&ev);
	/* a Distribution envelope is not a Harbor webhook */
	assert_int_equal(parse_file(dd_webhook_parse_harbor, "distribution_manifest_push_real.json", &ev), DD_EFORMAT);
}

static void test_harbor_hostile(void **state)
{
	dd_push_events ev;
	/* namespace/name without repo_full_name; a bad repository skips every resource */
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"type\":\"PUSH_ARTIFACT\",\"occur_at\":1,\"event_data\":"
		"{\"resources\":[{\"digest\":\"" D1 "\",\"tag\":\"v1\"}],\"repository\":{\"namespace\":\"ns\",\"name\":\"app\"}}}", &ev), 0);
	assert_int_equal(ev.count, 1);
	assert_string_equal(ev.items[0].repository, "ns/app");
	dd_push_events_free(&ev);
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"type\":\"PUSH_ARTIFACT\",\"occur_at\":-5,\"event_data\":"
		"{\"resources\":[{\"digest\":\"" D1 "\"},{\"digest\":\"" D1 "\"}],\"repository\":{\"repo_full_name\":\"../x\"}}}", &ev), 0);
	assert_int_equal(ev.count, 0);
	assert_int_equal(ev.invalid, 2);
	dd_push_events_free(&ev);
	/* a resource repeated in one body comes out once; a bad time is no time */
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"type\":\"PUSH_ARTIFACT\",\"occur_at\":\"x\",\"event_data\":"
		"{\"resources\":[{\"digest\":\"" D1 "\",\"tag\":\"v1\"},{\"digest\":\"" D1 "\",\"tag\":\"v1\"},{\"tag\":\"v2\"}],"
		"\"repository\":{\"repo_full_name\":\"ns/app\"}}}", &ev), 0);
	assert_int_equal(ev.count, 1);
	assert_int_equal(ev.duplicates, 1);
	assert_int_equal(ev.invalid, 1);
	assert_int_equal(ev.items[0].pushed_at, 0);
	dd_push_events_free(&ev);
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"type\":\"PUSH_ARTIFACT\"}", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"type\":\"PUSH_ARTIFACT\",\"event_data\":{\"resources\":7}}", &ev), DD_EFORMAT);
	assert_int_equal(parse_str(dd_webhook_parse_harbor, "{\"specversion\":\"1.0\",\"type\":\"harbor.artifact.pushed\","
		"\"data\":{\"resources\":[{\"digest\":\"" D1 "\"}],\"repository\":{\"repo_full_name\":\"a/b\"}}}", &ev), 0);
	assert_int_equal(ev.count, 0); /* a CloudEvent without id */
	assert_int_equal(ev.invalid, 1);
	dd_push_events_free(&ev);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distribution_real_manifest_push),
		cmocka_unit_test(test_distribution_real_blob_and_pull_ignored),
		cmocka_unit_test(test_distribution_doc_envelope),
		cmocka_unit_test(test_distribution_duplicates_and_bad_fields),
		cmocka_unit_test(test_distribution_structure_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_digest),
		cmocka_unit_test(test_harbor_default_by_digest),
		cmocka_unit_test(test_harbor_cloudevents_and_others),
		cmocka_unit_test(test_harbor_hostile),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
