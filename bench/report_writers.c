/*
 * Times every report writer on a synthetic report of N findings (default
 * 10,000: 60% OS vulns over 2,000 packages, 20% app vulns, the rest secrets,
 * baseline, malware and build findings, 5% suppressed), writing to a temp
 * file (a real fd, as `-o` does):
 *   bench_report_writers [N] [--repeat K] [--only FORMAT]
 * Prints the best of K runs per format in ms and the output size. The goal
 * (issue "Reports, whitelists and the CI gate"): under 100 ms each at 10,000.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report/writer.h"
#include "util/str.h"

static double clock_s(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
static double now(void) { return clock_s(CLOCK_MONOTONIC); }
/* CPU time of this process: on a shared machine, wall time also counts waiting for a core */
static double cpu(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }

static dd_report *build(size_t n)
{
	dd_report *r = calloc(1, sizeof(*r));
	char buf[256], purl[256];
	r->ref = strdup("docker://registry.example.invalid/team/app:1.2.3");
	r->repository = strdup("team/app");
	r->digest = strdup("sha256:3d2e482b82608d153a374df3357c0291589a61cc194ec4a9ca2381073a17f58e");
	r->os_family = strdup("debian");
	r->os_version = strdup("12.5");
	r->os_name = strdup("Debian GNU/Linux 12 (bookworm)");
	r->scanned_at = strdup("2026-12-01T12:00:00Z");
	r->complete = true;
	r->scanners = DD_SCANNER_ALL;
	size_t npkg = n / 5 ? n / 5 : 1;
	for (size_t i = 0; i < npkg; i++) {
		dd_package p = { 0 };
		snprintf(buf, sizeof(buf), "libpkg%zu", i);
		snprintf(purl, sizeof(purl), "pkg:deb/debian/libpkg%zu@1.%zu.3-1+deb12u1?arch=amd64&distro=debian-12.5", i, i % 50);
		p.type = "deb";
		p.name = buf;
		p.version = "1.2.3-1+deb12u1";
		p.purl = purl;
		p.path = "var/lib/dpkg/status";
		p.licenses = i % 3 ? "GPL-2.0-or-later" : "MIT AND BSD-3-Clause";
		dd_report_add_package(r, &p);
	}
	for (size_t i = 0; i < n; i++) {
		dd_finding f;
		dd_finding_init(&f);
		size_t k = i % 10;
		char id[64], title[200], path[128];
		snprintf(id, sizeof(id), "CVE-20%02zu-%05zu", 10 + i % 15, i);
		snprintf(title, sizeof(title), "A representative vulnerability title for finding %zu with <markup> & \"quotes\"", i);
		f.severity = (dd_severity)(i % DD_SEV_COUNT);
		f.title = title;
		f.description = "A longer description of the problem, as advisories carry it, in a sentence or two of text.";
		f.suppressed = i % 20 == 0;
		f.suppressed_by = f.suppressed ? "ignore file: accepted risk" : NULL;
		if (k < 8) {
			const dd_package *p = &r->packages[i % npkg];
			f.cls = k < 6 ? DD_CLASS_OS_VULN : DD_CLASS_APP_VULN;
			f.id = id;
			f.pkg_type = p->type;
			f.pkg_name = p->name;
			f.pkg_version = p->version;
			f.pkg_path = p->path;
			f.pkg_purl = p->purl;
			f.fixed_version = i % 3 ? "1.2.4-1" : NULL;
			f.status = i % 3 ? DD_STATUS_FIXED : DD_STATUS_AFFECTED;
			f.cvss_score = 1.0 + (double)(i % 90) / 10;
			f.cvss_vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
			f.severity_source = "cvss:3.1";
			dd_strv_push(&f.references, "https://security-tracker.debian.org/tracker/CVE-2021-3711");
		} else if (k == 8) {
			f.cls = (dd_finding_class)(DD_CLASS_SECRET + i % 3);
			snprintf(id, sizeof(id), "rule-%zu", i % 40);
			snprintf(path, sizeof(path), "srv/app/config/file%zu.yaml", i);
			f.id = id;
			f.path = path;
			f.line = (unsigned)(i % 300 + 1);
			f.match = "AKIA****************";
		} else {
			f.cls = DD_CLASS_BUILD;
			snprintf(id, sizeof(id), "build-rule-%zu", i % 12);
			f.id = id;
			f.history_index = (int)(i % 30);
		}
		dd_report_add_finding(r, &f);
		dd_strv_free(&f.references);
	}
	dd_report_finalize(r, NULL);
	return r;
}

int main(int argc, char **argv)
{
	size_t n = 10000;
	int repeat = 5;
	const char *only = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--only") && i + 1 < argc)
			only = argv[++i];
		else
			n = (size_t)strtoul(argv[i], NULL, 10);
	}
	double t0 = now();
	dd_report *r = build(n);
	printf("report: %zu findings, %zu packages (built in %.0f ms)\n", r->n_findings, r->n_packages, (now() - t0) * 1e3);
	static const dd_format fmts[] = { DD_FORMAT_TABLE, DD_FORMAT_JSON, DD_FORMAT_SARIF, DD_FORMAT_CYCLONEDX,
		DD_FORMAT_SPDX_JSON, DD_FORMAT_HTML };
	int worst = 0;
	for (size_t k = 0; k < sizeof(fmts) / sizeof(*fmts); k++) {
		const dd_writer *w = dd_writer_for(fmts[k]);
		if (only && strcmp(only, w->name))
			continue;
		double best = 1e9, best_cpu = 1e9;
		long size = 0;
		for (int rep = 0; rep < repeat; rep++) {
			FILE *fp = tmpfile();
			if (!fp)
				return 1;
			double t = now(), c = cpu();
			if (dd_report_write(r, fmts[k], fp, false)) {
				fprintf(stderr, "%s: %s\n", w->name, dd_error_last());
				return 1;
			}
			t = now() - t;
			c = cpu() - c;
			if (c < best_cpu)
				best_cpu = c;
			size = ftell(fp);
			fclose(fp);
			if (t < best)
				best = t;
		}
		printf("%-10s %8.1f ms wall %8.1f ms cpu %9.1f KB%s\n", w->name, best * 1e3, best_cpu * 1e3, (double)size / 1024,
			best > 0.1 ? "  OVER 100 ms" : "");
		if (best > 0.1)
			worst = 1;
	}
	dd_report_free(r);
	return worst;
}
