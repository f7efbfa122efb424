/*
 * Times matching once the DB is open (the hot path of dd_vuln_match_report):
 *   bench_vuln_match DB [--packages N] [--os FAMILY VERSION] [--repeat K] [--version-mode old|current]
 * Builds a report of N packages taken from the DB itself: OS packages of the
 * release ecosystem of --os (default alpine 3.11) and language packages
 * (npm, Go, PyPI, Maven, crates.io...), about half each. "old" versions
 * (default) sit below every fix, so nearly every advisory matches: the
 * worst case. Prints the open time, min and median match time, findings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "util/str.h"
#include "vuln/ecosystem.h"
#include "vuln/match_internal.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

typedef struct row {
	char *eco, *pkg;
} row;

static const char *purl_type(const char *eco, const char *os_type)
{
	static const struct { const char *eco, *type; } map[] = {
		{ "npm", "npm" }, { "Go", "golang" }, { "PyPI", "pypi" }, { "Maven", "maven" }, { "crates.io", "cargo" },
		{ "RubyGems", "gem" }, { "Packagist", "composer" }, { "NuGet", "nuget" },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (!strcmp(eco, map[i].eco))
			return map[i].type;
	return os_type;
}

static const char *old_version(const char *type)
{
	if (!strcmp(type, "apk"))
		return "0.0.1-r0";
	if (!strcmp(type, "deb"))
		return "0.0.1-1";
	if (!strcmp(type, "rpm"))
		return "0.0.1-1.el9";
	if (!strcmp(type, "golang"))
		return "v0.0.1";
	return "0.0.1";
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DB [--packages N] [--os FAMILY VERSION] [--repeat K]\n", argv[0]);
		return 2;
	}
	const char *db = argv[1], *family = "alpine", *osver = "3.11.13";
	int n = 1000, repeat = 20;
	bool current = false;
	for (int i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--packages") && i + 1 < argc)
			n = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--os") && i + 2 < argc) {
			family = argv[++i];
			osver = argv[++i];
		} else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--version-mode") && i + 1 < argc)
			current = !strcmp(argv[++i], "current");
	}
	char cand[DD_ECO_CANDIDATES_MAX][DD_ECO_NAME_MAX];
	const char *via;
	size_t nc = dd_eco_for_os(family, osver, cand, DD_ECO_CANDIDATES_MAX, &via);
	const char *os_type = !strcmp(family, "alpine") ? "apk" : !strcmp(family, "debian") || !strcmp(family, "ubuntu") ? "deb" : "rpm";

	double t0 = now();
	dd_matcher *m = NULL;
	if (dd_matcher_open(&m, db) != 0) {
		fprintf(stderr, "%s\n", dd_error_last());
		return 1;
	}
	double t_open = now() - t0;

	/* packages from the DB: half OS (when it has the release), half language */
	sqlite3_stmt *q;
	sqlite3_prepare_v2(dd_vdb_sqlite(m->db),
		"SELECT e.name, a.pkg FROM (SELECT DISTINCT eco, pkg FROM affected) a JOIN ecosystem e ON e.id = a.eco"
		" WHERE e.name = ?1 OR e.name IN ('npm','Go','PyPI','Maven','crates.io','RubyGems','Packagist','NuGet')"
		" ORDER BY (e.name = ?1) DESC, a.pkg", -1, &q, NULL);
	sqlite3_bind_text(q, 1, nc ? cand[0] : "", -1, SQLITE_STATIC);
	row *rows = calloc((size_t)n, sizeof(*rows));
	size_t nr = 0, n_os = 0, want_os = (size_t)n / 2;
	row *lang = calloc((size_t)n, sizeof(*lang));
	size_t nl = 0;
	while (sqlite3_step(q) == SQLITE_ROW) {
		const char *eco = (const char *)sqlite3_column_text(q, 0), *pkg = (const char *)sqlite3_column_text(q, 1);
		bool os = nc && !strcmp(eco, cand[0]);
		if (os && n_os < want_os) {
			rows[nr++] = (row){ strdup(eco), strdup(pkg) };
			n_os++;
		} else if (!os && nl < (size_t)n) {
			lang[nl++] = (row){ strdup(eco), strdup(pkg) };
		}
	}
	sqlite3_finalize(q);
	for (size_t i = 0; i < nl && nr < (size_t)n; i++)
		rows[nr++] = lang[i], lang[i].eco = lang[i].pkg = NULL;
	for (size_t i = 0; i < nl; i++)
		free(lang[i].eco), free(lang[i].pkg);
	free(lang);

	double *times = calloc((size_t)repeat, sizeof(double)), *cpus = calloc((size_t)repeat, sizeof(double));
	size_t findings = 0;
	for (int k = 0; k < repeat; k++) {
		dd_report *r = calloc(1, sizeof(*r));
		r->complete = true;
		r->os_family = strdup(family);
		r->os_version = strdup(osver);
		for (size_t i = 0; i < nr; i++) {
			const char *type = purl_type(rows[i].eco, os_type);
			dd_package p = { .type = (char *)type, .name = rows[i].pkg, .source_name = rows[i].pkg,
				.version = (char *)(current ? "999.0.0" : old_version(type)),
				.source_version = (char *)(current ? "999.0.0" : old_version(type)) };
			dd_report_add_package(r, &p);
		}
		double t = now(), c = cpu();
		if (dd_matcher_run(m, r) != 0) {
			fprintf(stderr, "%s\n", dd_error_last());
			return 1;
		}
		times[k] = now() - t;
		cpus[k] = cpu() - c;
		findings = r->n_findings;
		dd_report_free(r);
	}
	qsort(times, (size_t)repeat, sizeof(double), cmp_d);
	qsort(cpus, (size_t)repeat, sizeof(double), cmp_d);
	printf("db %s: open %.2f ms; %zu packages (%zu %s, %zu language): match wall min %.2f ms, median %.2f ms;"
		" cpu min %.2f ms, median %.2f ms; %zu findings\n", db, t_open * 1e3, nr, n_os, nc ? cand[0] : "-", nr - n_os,
		times[0] * 1e3, times[repeat / 2] * 1e3, cpus[0] * 1e3, cpus[repeat / 2] * 1e3, findings);
	free(cpus);
	for (size_t i = 0; i < nr; i++)
		free(rows[i].eco), free(rows[i].pkg);
	free(rows);
	free(times);
	dd_matcher_close(m);
	return 0;
}
