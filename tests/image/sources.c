/*
 * Tests for local image sources: OCI layouts (Trivy's real fixtures, good and
 * broken), docker save archives, and tampered blobs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "image/archive.h"
#include "image/image.h"
#include "testutil.h"
#include "util/error.h"

static char *shared_ref(const char *prefix, const char *rel, const char *suffix)
{
	char *p = dd_test_shared_path(rel);
	if (!p)
		return NULL;
	char *ref = NULL;
	if (asprintf(&ref, "%s%s%s", prefix, p, suffix) < 0)
		ref = NULL;
	free(p);
	return ref;
}

static void expect_open(const char *prefix, const char *rel, const char *suffix, int code, const char *needle)
{
	char *ref = shared_ref(prefix, rel, suffix);
	if (!ref)
		skip();
	dd_image *img = NULL;
	int rc = dd_image_open(&img, ref, NULL);
	if (rc != code)
		fail_msg("%s: expected %s, got %s (%s)", ref, dd_error_name(code), dd_error_name(rc), dd_error_last());
	if (needle && !strstr(dd_error_last(), needle))
		fail_msg("%s: '%s' lacks '%s'", ref, dd_error_last(), needle);
	dd_image_free(img);
	free(ref);
}

/* The outcomes Trivy's own tests expect of these layouts (expected-misc.tsv). */
static void test_trivy_oci_layouts(void **state)
{
	(void)state;
	expect_open("oci:", "images/trivy/test.oci", "", 0, NULL);
	expect_open("oci:", "images/trivy/test_image_tag.oci", "", 0, NULL);
	expect_open("oci:", "images/trivy/test_image_tag.oci", ":0.0.1", 0, NULL);
	expect_open("oci:", "images/trivy/test_image_tag.oci", ":0.0.0", DD_ENOTFOUND, "invalid OCI image ref");
	expect_open("oci:", "images/trivy/test_index_json_dir.oci", "", DD_EFORMAT, "index.json");
	expect_open("oci:", "images/trivy/test_bad_index_json.oci", "", DD_EFORMAT, "invalid index.json");
	expect_open("oci:", "images/trivy/test_no_valid_manifests.oci", "", DD_EFORMAT, "no valid manifest");
	expect_open("oci:", "images/trivy/test_invalid_oci_image.oci", "", DD_EFORMAT, "invalid OCI image");
}

static int read_all_layers(const char *ref)
{
	dd_image *img = NULL;
	int rc = dd_image_open(&img, ref, NULL);
	for (size_t i = 0; !rc && i < img->n_layers; i++) {
		dd_reader *layer;
		if ((rc = dd_image_open_layer(img, i, NULL, &layer)) != 0)
			break;
		char buf[65536];
		ssize_t n;
		while ((n = dd_reader_read(layer, buf, sizeof(buf))) > 0)
			;
		rc = n < 0 ? (int)n : 0;
		dd_reader_close(layer);
	}
	dd_image_free(img);
	return rc;
}

static void test_docker_archive(void **state)
{
	(void)state;
	char *ref = shared_ref("docker-archive:", "images/trivy/alpine-311.tar.gz", "");
	if (!ref)
		skip();
	dd_image *img = NULL;
	if (dd_image_open(&img, ref, NULL) != 0)
		fail_msg("%s", dd_error_last());
	/* image ID and diff_id from Trivy's archive_test.go */
	assert_string_equal(img->config_digest, "sha256:a187dde48cd289ac374ad8539930628314bc581a481cdb41409c9289419ddb72");
	assert_int_equal(img->n_layers, 1);
	assert_string_equal(img->diff_ids[0], "sha256:beee9f30bc1f711043e78d4a2be0668955d4b761d587d6f60c2c8dc081efb203");
	assert_string_equal(img->arch, "amd64");
	/* named as a registry reference names it, for whitelist globs */
	assert_non_null(img->repository);
	assert_string_equal(img->repository, "library/alpine");
	dd_image_free(img);
	/* every layer byte is checked against the diff_id */
	assert_int_equal(read_all_layers(ref), 0);

	/* the named form and a wrong name */
	char *named = NULL;
	assert_true(asprintf(&named, "%s:alpine:3.11", ref) > 0);
	assert_int_equal(dd_image_open(&img, named, NULL), 0);
	assert_string_equal(img->repository, "library/alpine");
	dd_image_free(img);
	free(named);
	assert_true(asprintf(&named, "%s:alpine:9.99", ref) > 0);
	assert_int_equal(dd_image_open(&img, named, NULL), DD_ENOTFOUND);
	free(named);
	free(ref);
}

static char *copy_demo(void)
{
	char tmpl[] = "/tmp/dd-demo-XXXXXX";
	char *dir = mkdtemp(tmpl);
	assert_non_null(dir);
	char cmd[1024];
	snprintf(cmd, sizeof(cmd), "cp -r %s/../../samples/demo-image/. %s/", DD_TEST_DATA, dir);
	assert_int_equal(system(cmd), 0);
	return strdup(dir);
}

/* A flipped byte in a layer blob fails with a message naming the layer. */
static void test_tampered_layer(void **state)
{
	(void)state;
	char *dir = copy_demo();
	char ref[512];
	snprintf(ref, sizeof(ref), "oci:%s:3.10", dir);
	assert_int_equal(read_all_layers(ref), 0);

	dd_image *img;
	assert_int_equal(dd_image_open(&img, ref, NULL), 0);
	char blob[600];
	snprintf(blob, sizeof(blob), "%s/blobs/sha256/%s", dir, img->layers[1].digest + 7);
	char layer_digest[80];
	snprintf(layer_digest, sizeof(layer_digest), "%s", img->layers[1].digest);
	dd_image_free(img);
	FILE *fp = fopen(blob, "r+b");
	fseek(fp, -3, SEEK_END); /* inside the gzip trailer: inflates, but the digest fails */
	int c = fgetc(fp);
	fseek(fp, -3, SEEK_END);
	fputc(c ^ 0x01, fp);
	fclose(fp);
	int rc = read_all_layers(ref);
	assert_true(rc == DD_EDIGEST || rc == DD_EFORMAT);
	assert_non_null(strstr(dd_error_last(), layer_digest));

	/* a missing blob */
	unlink(blob);
	rc = read_all_layers(ref);
	assert_int_equal(rc, DD_ENOTFOUND);
	assert_non_null(strstr(dd_error_last(), layer_digest));
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

/* Two members of one name: the last one is what extraction leaves, for a
 * plain tar and a compressed one alike (the compressed path used to stream
 * the first while reporting the size of the last). */
static void test_archive_duplicate_member(void **state)
{
	(void)state;
	uint8_t tar[512 * 8] = { 0 };
	size_t n = dd_test_tar_entry(tar, "manifest.json", '0', "first", 5);
	n += dd_test_tar_entry(tar + n, "manifest.json", '0', "second!", 7);
	for (int gz = 0; gz < 2; gz++) {
		char path[] = "/tmp/dd-dupmember-XXXXXX";
		int fd = mkstemp(path);
		assert_true(fd >= 0);
		if (gz) {
			gzFile g = gzdopen(fd, "wb");
			assert_int_equal(gzwrite(g, tar, sizeof(tar)), (int)sizeof(tar));
			gzclose(g);
		} else {
			assert_int_equal(write(fd, tar, sizeof(tar)), (ssize_t)sizeof(tar));
			close(fd);
		}
		dd_archive *a;
		assert_int_equal(dd_archive_open(&a, path, false), 0);
		char *data;
		size_t len;
		assert_int_equal(dd_archive_read(a, "manifest.json", 100, &data, &len), 0);
		assert_int_equal(len, 7);
		assert_string_equal(data, "second!");
		free(data);
		dd_archive_free(a);
		unlink(path);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trivy_oci_layouts),
		cmocka_unit_test(test_docker_archive),
		cmocka_unit_test(test_tampered_layer),
		cmocka_unit_test(test_archive_duplicate_member),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
