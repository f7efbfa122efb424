/*
 * OS detection on real release files: every folder of tests/data/analyzers/os
 * is the release files of one distribution release (os-release, the
 * family's own *-release, SuSE-release, or only the latter in images too
 * old for os-release) and EXPECTED says "family<TAB>version<TAB>name".
 * Then the purls OS packages get from the detected release.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyzers/os_detect.h"
#include "report/model.h"
#include "testutil.h"

typedef struct files {
	dd_kept_file f[32];
	char *paths[32];
	size_t n;
} files;

static void load_tree(files *fs, const char *root, const char *rel)
{
	char dir[1024];
	snprintf(dir, sizeof(dir), "%s%s%s", root, *rel ? "/" : "", rel);
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !strcmp(de->d_name, "EXPECTED"))
			continue;
		char sub[1024], full[2100];
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "", de->d_name);
		snprintf(full, sizeof(full), "%s/%s", root, sub);
		struct stat st;
		assert_int_equal(stat(full, &st), 0);
		if (S_ISDIR(st.st_mode)) {
			load_tree(fs, root, sub);
			continue;
		}
		assert_true(fs->n < 32);
		size_t len;
		char *data = dd_test_read_file(full, &len);
		fs->paths[fs->n] = strdup(sub);
		fs->f[fs->n] = (dd_kept_file){ .path = fs->paths[fs->n], .data = (const uint8_t *)data, .len = len,
			.mode = S_IFREG | 0644 };
		fs->n++;
	}
	closedir(d);
}

static const dd_kept_file *lookup(void *ctx, const char *path)
{
	files *fs = ctx;
	for (size_t i = 0; i < fs->n; i++)
		if (!strcmp(fs->f[i].path, path))
			return &fs->f[i];
	return NULL;
}

static void free_files(files *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		free(fs->paths[i]);
		free((void *)fs->f[i].data);
	}
}

/* Detects the OS of case NAME into r (caller frees). */
static dd_report *detect(const char *name)
{
	char rel[256];
	snprintf(rel, sizeof(rel), "analyzers/os/%s", name);
	char *root = dd_test_data_path(rel);
	files fs = { .n = 0 };
	load_tree(&fs, root, "");
	free(root);
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	assert_int_equal(dd_os_detect(r, lookup, &fs), 0);
	free_files(&fs);
	return r;
}

static void test_release_files(void **state)
{
	(void)state;
	char *root = dd_test_data_path("analyzers/os");
	DIR *d = opendir(root);
	assert_non_null(d);
	struct dirent *de;
	int cases = 0, failed = 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char exp_path[1024];
		snprintf(exp_path, sizeof(exp_path), "%s/%s/EXPECTED", root, de->d_name);
		size_t len;
		char *want = dd_test_read_file(exp_path, &len);
		assert_non_null(want);
		want[strcspn(want, "\n")] = '\0';
		dd_report *r = detect(de->d_name);
		char got[512];
		snprintf(got, sizeof(got), "%s\t%s\t%s", r->os_family ? r->os_family : "", r->os_version ? r->os_version : "",
			r->os_name ? r->os_name : "");
		if (strcmp(got, want)) {
			fprintf(stderr, "%s: want '%s', got '%s'\n", de->d_name, want, got);
			failed++;
		}
		cases++;
		free(want);
		dd_report_free(r);
	}
	closedir(d);
	free(root);
	assert_true(cases >= 25);
	assert_int_equal(failed, 0);
}

static char *purl_in(const char *os_case, const char *type, const char *name, const char *version,
	const char *arch, const char *src, const char *srcver)
{
	dd_report *r = detect(os_case);
	dd_package p = { .type = (char *)type, .name = (char *)name, .version = (char *)version, .arch = (char *)arch,
		.source_name = (char *)src, .source_version = (char *)srcver };
	assert_int_equal(dd_report_add_package(r, &p), 0);
	assert_int_equal(dd_os_fill_purls(r), 0);
	char *out = strdup(r->packages[0].purl);
	dd_report_free(r);
	return out;
}

static void test_purls(void **state)
{
	(void)state;
	static const struct {
		const char *os, *type, *name, *version, *arch, *src, *srcver, *want;
	} cases[] = {
		{ "rhel-9.3", "rpm", "openssl-libs", "1:3.0.7-24.el9", "x86_64", "openssl", "1:3.0.7-24.el9",
		  "pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=rhel-9.3&epoch=1&upstream=openssl" },
		{ "almalinux-9.3", "rpm", "bash", "5.1.8-6.el9", "x86_64", "bash", "5.1.8-6.el9",
		  "pkg:rpm/almalinux/bash@5.1.8-6.el9?arch=x86_64&distro=almalinux-9.3" },
		{ "rocky-8.9", "rpm", "tzdata", "2023c-1.el8", "noarch", "tzdata", "2023c-1.el8",
		  "pkg:rpm/rocky/tzdata@2023c-1.el8?arch=noarch&distro=rocky-8.9" },
		{ "fedora-39", "rpm", "curl", "8.2.1-5.fc39", "x86_64", "curl", "8.2.1-5.fc39",
		  "pkg:rpm/fedora/curl@8.2.1-5.fc39?arch=x86_64&distro=fedora-39" },
		{ "amzn-2023", "rpm", "glibc", "2.34-52.amzn2023.0.8", "x86_64", "glibc", "2.34-52.amzn2023.0.8",
		  "pkg:rpm/amazon/glibc@2.34-52.amzn2023.0.8?arch=x86_64&distro=amazon-2023" },
		{ "ol-8.9", "rpm", "libgcc", "8.5.0-20.0.1.el8", "x86_64", "gcc", "8.5.0-20.0.1.el8",
		  "pkg:rpm/oracle/libgcc@8.5.0-20.0.1.el8?arch=x86_64&distro=ol-8.9&upstream=gcc" },
		{ "sles-15.5", "rpm", "libzypp", "17.31.22-150400.3.43.1", "x86_64", "libzypp", "17.31.22-150400.3.43.1",
		  "pkg:rpm/suse/libzypp@17.31.22-150400.3.43.1?arch=x86_64&distro=sles-15.5" },
		{ "opensuse-leap-15.5", "rpm", "bash", "4.4-150400.27.3.2", "x86_64", "bash", "4.4-150400.27.3.2",
		  "pkg:rpm/opensuse/bash@4.4-150400.27.3.2?arch=x86_64&distro=opensuse-leap-15.5" },
		{ "sle-micro-5.5", "rpm", "bash", "4.4-150400.27.3.2", "x86_64", "bash", "4.4-150400.27.3.2",
		  "pkg:rpm/suse/bash@4.4-150400.27.3.2?arch=x86_64&distro=sle-micro-5.5" },
		{ "centos-7", "rpm", "bind-license", "32:9.11.4-26.P2.el7", "noarch", "bind", "32:9.11.4-26.P2.el7",
		  "pkg:rpm/centos/bind-license@9.11.4-26.P2.el7?arch=noarch&distro=centos-7.9.2009&epoch=32&upstream=bind" },
		{ "alinux-3", "rpm", "bash", "4.4.20-4.0.1.al8", "x86_64", "bash", "4.4.20-4.0.1.al8",
		  "pkg:rpm/alinux/bash@4.4.20-4.0.1.al8?arch=x86_64&distro=alinux-3" },
		{ "debian-12", "deb", "libc6", "2.36-9+deb12u4", "amd64", "glibc", "2.36-9+deb12u4",
		  "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12.5&upstream=glibc" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = purl_in(cases[i].os, cases[i].type, cases[i].name, cases[i].version, cases[i].arch, cases[i].src,
			cases[i].srcver);
		if (strcmp(got, cases[i].want))
			fprintf(stderr, "%s %s: want %s\n got %s\n", cases[i].os, cases[i].name, cases[i].want, got);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_release_files),
		cmocka_unit_test(test_purls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
