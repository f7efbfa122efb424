/*
 * Every version a distribution shipped is a version: each installed OS
 * package version in the real images of ../shared/data (Alpine minirootfs
 * 3.7 to 3.20 and Trivy's alpine-311 image, scanned for their inventory;
 * the Debian 12 minbase status file) is accepted by its ecosystem's
 * comparator, and so is every version string of every real advisory record
 * (Alpine secdb secfixes; OSV ranges' events and versions lists). The strict
 * grammars may refuse some of them (apk-tools 3 refuses 3.3.3p1-r3, which
 * apk 2 installed): the count is printed, not failed, since matching
 * compares installed OS versions as the package manager does.
 * Skips when ../shared is absent.
 */
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "testutil.h"
#include "vuln/version.h"

typedef struct tally {
	size_t checked, strict_refused, refused;
} tally;

static void check(tally *t, const char *eco, const char *v, const char *where)
{
	const dd_version_scheme *s = dd_version_scheme_for(eco);
	if (!s)
		fail_msg("no comparator for ecosystem %s (%s)", eco, where);
	int r = 2;
	t->checked++;
	if (s->compare(v, v, &r) != 0 || r != 0) {
		print_message("%s: %s version '%s' refused by the %s comparator: %s\n", where, eco, v, s->name, dd_error_last());
		t->refused++;
	} else if (s->valid && !s->valid(v)) {
		t->strict_refused++;
	}
}

static char *shared(const char *rel)
{
	char *p = dd_test_shared_path(rel);
	if (!p || access(p, R_OK) != 0) {
		print_message("SKIP: ../shared/data/%s is absent\n", rel);
		exit(DD_SKIP_EXIT);
	}
	return p;
}

/* Calls fn on every *.json under dir (one level of subfolders). */
static void each_json(const char *dir, void (*fn)(tally *, json_t *, const char *), tally *t)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *p = NULL;
		assert_true(asprintf(&p, "%s/%s", dir, e->d_name) > 0);
		size_t n = strlen(p);
		if (n > 5 && !strcmp(p + n - 5, ".json")) {
			json_t *j = json_load_file(p, 0, NULL);
			if (j)
				fn(t, j, p);
			json_decref(j);
		} else if (e->d_type == DT_DIR && strcmp(e->d_name, "raw")) {
			each_json(p, fn, t);
		}
		free(p);
	}
	closedir(d);
}

static void secdb_record(tally *t, json_t *j, const char *where)
{
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(j, "packages"), i, p) {
		const char *v;
		json_t *cves;
		json_object_foreach(json_object_get(json_object_get(p, "pkg"), "secfixes"), v, cves)
			check(t, "Alpine", v, where);
	}
}

static void osv_record(tally *t, json_t *j, const char *where)
{
	size_t i, k, m;
	json_t *a, *r, *ev, *v;
	json_array_foreach(json_object_get(j, "affected"), i, a) {
		const char *eco = json_string_value(json_object_get(json_object_get(a, "package"), "ecosystem"));
		if (!eco)
			continue;
		json_array_foreach(json_object_get(a, "ranges"), k, r) {
			const char *type = json_string_value(json_object_get(r, "type"));
			if (type && !strcmp(type, "GIT"))
				continue;   /* commit hashes, not versions */
			json_array_foreach(json_object_get(r, "events"), m, ev) {
				const char *key;
				json_object_foreach(ev, key, v) {
					const char *s = json_string_value(v);
					if (s && strcmp(s, "0"))   /* "0": OSV's "from the beginning" */
						check(t, eco, s, where);
				}
			}
		}
		json_array_foreach(json_object_get(a, "versions"), k, v)
			if (json_string_value(v))
				check(t, eco, json_string_value(v), where);
	}
}

static void test_advisory_versions(void **state)
{
	(void)state;
	tally t = { 0 };
	char *secdb = shared("vulndb/alpine-secdb"), *osv = shared("vulndb/osv");
	each_json(secdb, secdb_record, &t);
	each_json(osv, osv_record, &t);
	print_message("advisory versions: %zu checked, %zu refused, %zu outside the strict grammar\n", t.checked, t.refused,
		t.strict_refused);
	assert_true(t.checked > 100000);
	assert_int_equal(t.refused, 0);
	free(secdb);
	free(osv);
}

static const char *eco_of(const dd_report *r)
{
	if (!r->os_family)
		return NULL;
	if (!strcmp(r->os_family, "alpine"))
		return "Alpine";
	if (!strcmp(r->os_family, "debian"))
		return "Debian";
	return NULL;
}

static void inventory(tally *t, const char *ref, size_t *n_pkgs)
{
	dd_scan_options o = DD_SCAN_OPTIONS_INIT;
	o.inventory_only = true;
	o.scanners = DD_SCANNER_VULN;
	dd_report *r = NULL;
	if (dd_scan(&r, ref, &o))
		fail_msg("%s: %s", ref, dd_error_last());
	const char *eco = eco_of(r);
	if (!eco)
		fail_msg("%s: no OS detected", ref);
	for (size_t i = 0; i < r->n_packages; i++) {
		const dd_package *p = &r->packages[i];
		if (!strcmp(p->type, "apk") || !strcmp(p->type, "deb")) {
			check(t, eco, p->version, ref);
			(*n_pkgs)++;
		}
	}
	dd_report_free(r);
}

static void test_installed_versions(void **state)
{
	(void)state;
	tally t = { 0 };
	size_t n_pkgs = 0, n_images = 0;
	char *dir = shared("images/alpine");
	char tmpl[] = "/tmp/dd-every-version.XXXXXX";
	assert_non_null(mkdtemp(tmpl));
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n < 7 || strcmp(e->d_name + n - 7, ".tar.gz"))
			continue;
		/* a root filesystem tarball: extracted, then read as dir: */
		char *cmd = NULL, *ref = NULL;
		assert_true(asprintf(&cmd, "rm -rf '%s/r' && mkdir '%s/r' && tar -xzf '%s/%s' -C '%s/r' 2>/dev/null", tmpl, tmpl, dir,
			e->d_name, tmpl) > 0);
		assert_int_equal(system(cmd), 0);
		assert_true(asprintf(&ref, "dir:%s/r", tmpl) > 0);
		inventory(&t, ref, &n_pkgs);
		n_images++;
		free(cmd);
		free(ref);
	}
	closedir(d);
	char *cmd = NULL;
	assert_true(asprintf(&cmd, "rm -rf '%s'", tmpl) > 0);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	char *img = shared("images/trivy/alpine-311.tar.gz"), *ref = NULL;
	assert_true(asprintf(&ref, "docker-archive:%s", img) > 0);
	inventory(&t, ref, &n_pkgs);
	free(ref);
	free(img);
	/* Debian 12 minbase: the dpkg status file as shipped */
	char *status = shared("vulndb/debian/bookworm-minbase.status");
	FILE *f = fopen(status, "r");
	assert_non_null(f);
	char line[4096];
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!strncmp(line, "Version: ", 9)) {
			check(&t, "Debian", line + 9, status);
			n_pkgs++;
		}
	}
	fclose(f);
	free(status);
	print_message("installed versions: %zu packages of %zu images and the Debian status file, %zu refused, "
		"%zu outside the strict grammar\n", n_pkgs, n_images + 1, t.refused, t.strict_refused);
	assert_true(n_images >= 6);
	assert_true(n_pkgs > 150);
	assert_int_equal(t.refused, 0);
	free(dir);
}

/* The case that made every Alpine 3.14 scan incomplete, compared as apk 2
 * compares it: a revision bump is newer, and so is p2 after p1. */
static void test_libretls(void **state)
{
	(void)state;
	int r = 0;
	assert_int_equal(dd_vercmp("Alpine", "3.3.3p1-r3", "3.3.3p1-r4", &r), 0);
	assert_int_equal(r, -1);
	assert_int_equal(dd_vercmp("Alpine", "3.3.3p1-r3", "3.3.3p2-r0", &r), 0);
	assert_int_equal(r, -1);
	assert_int_equal(dd_vercmp("Alpine", "3.3.3p1-r3", "3.3.3-r0", &r), 0);
	assert_int_equal(r, 1);
	assert_int_equal(dd_version_valid("Alpine", "3.3.3p1-r3"), 0);   /* apk-tools 3's grammar still refuses it */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_libretls),
		cmocka_unit_test(test_advisory_versions),
		cmocka_unit_test(test_installed_versions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
