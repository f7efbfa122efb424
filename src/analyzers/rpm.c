/*
 * rpm analyzer: Red Hat, Fedora, CentOS, Alma, Rocky, Oracle, Amazon and
 * SUSE packages from the rpm database, in any of its three backends
 * (rpmdb.h): rpmdb.sqlite, Berkeley DB Packages, NDB Packages.db, under
 * var/lib/rpm or usr/lib/sysimage/rpm.
 *
 * The one idea: the database file is copied once out of the layer stream
 * into a spill file (util/spill.h; its size claimed from the process-wide
 * spill budget) and read back a page or a record at a time, so a hostile
 * database of any size up to DB_MAX costs a few MiB of memory per layer
 * thread. The backend is chosen by its magic, not its name; each backend only
 * finds the
 * header blobs, and one header parser turns each into a package the way
 * `rpm -qa` would list it: version [EPOCH:]VERSION-RELEASE (epoch only when
 * non-zero), source package from the SOURCERPM file name. gpg-pubkey entries,
 * which `rpm -qa` also lists, are imported signing keys, not software, and
 * are left out (as Trivy and Syft do).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/rpm_header.h"
#include "analyzers/rpmdb.h"
#include "util/error.h"
#include "util/spill.h"
#include "util/str.h"

/* The largest rpm database we read: big RHEL hosts have ~100 MB ones. */
#define DB_MAX (512ull << 20)
#define FIELD_MAX 4096

static const char *const db_dirs[] = { "var/lib/rpm/", "usr/lib/sysimage/rpm/", NULL };
static const char *const db_files[] = { "rpmdb.sqlite", "Packages", "Packages.db", "rpmdb.sqlite-wal", NULL };

/* db_dirs x db_files, spelled out for the link settlement (analyzer.h) */
static const char *const paths[] = {
	"var/lib/rpm/rpmdb.sqlite", "var/lib/rpm/Packages", "var/lib/rpm/Packages.db", "var/lib/rpm/rpmdb.sqlite-wal",
	"usr/lib/sysimage/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/Packages", "usr/lib/sysimage/rpm/Packages.db",
	"usr/lib/sysimage/rpm/rpmdb.sqlite-wal", NULL,
};

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode) || (path[0] != 'v' && path[0] != 'u'))
		return false;
	for (size_t d = 0; db_dirs[d]; d++) {
		if (!dd_starts_with(path, db_dirs[d]))
			continue;
		const char *base = path + strlen(db_dirs[d]);
		for (size_t f = 0; db_files[f]; f++)
			if (strcmp(base, db_files[f]) == 0)
				return true;
	}
	return false;
}

typedef struct visit_ctx {
	dd_analysis *a;
	size_t bad_headers, pubkeys;
	char first_bad[200];
} visit_ctx;

static bool bad_field(dd_slice s)
{
	return s.n > FIELD_MAX;
}

static int visit(void *arg, const uint8_t *blob, size_t len)
{
	visit_ctx *v = arg;
	dd_rpm_header h;
	if (dd_rpm_header_parse(blob, len, &h) != 0) {
		if (v->bad_headers++ == 0)
			snprintf(v->first_bad, sizeof(v->first_bad), "%s", dd_error_last());
		return 0;
	}
	if (dd_textdb_eq(h.name, "gpg-pubkey", false)) {
		v->pubkeys++;
		return 0;
	}
	if (!h.name.n || !h.version.n || bad_field(h.name) || bad_field(h.version) || bad_field(h.release) ||
	    bad_field(h.arch) || bad_field(h.sourcerpm) || bad_field(h.license) || h.license.n > 16 * FIELD_MAX) {
		if (v->bad_headers++ == 0)
			snprintf(v->first_bad, sizeof(v->first_bad), "rpm header without a NAME or VERSION, or with an overlong field");
		return 0;
	}
	char epoch[16] = "";
	if (h.has_epoch && h.epoch != 0)
		snprintf(epoch, sizeof(epoch), "%u:", h.epoch);
	dd_slice sname, sver, srel;
	bool have_src = h.sourcerpm.n && dd_rpm_split_srpm(h.sourcerpm, &sname, &sver, &srel);
	dd_package p = { .type = "rpm" };
	int rc;
	p.name = dd_textdb_dup(h.name);
	p.version = h.release.n ? dd_asprintf("%s%.*s-%.*s", epoch, (int)h.version.n, h.version.p, (int)h.release.n, h.release.p)
				: dd_asprintf("%s%.*s", epoch, (int)h.version.n, h.version.p);
	p.arch = h.arch.n ? dd_textdb_dup(h.arch) : NULL;
	p.licenses = h.license.n ? dd_textdb_dup(h.license) : NULL;
	if (have_src) {
		/* an SRPM file name has no epoch; the binary's is the source's */
		p.source_name = dd_textdb_dup(sname);
		p.source_version = dd_asprintf("%s%.*s-%.*s", epoch, (int)sver.n, sver.p, (int)srel.n, srel.p);
	} else {
		p.source_name = dd_textdb_dup(h.name);
		p.source_version = dd_strdup(p.version);
	}
	if (!p.name || !p.version || (h.arch.n && !p.arch) || (h.license.n && !p.licenses) || !p.source_name ||
	    !p.source_version) {
		rc = dd_error_oom();
		goto cleanup;
	}
	rc = dd_analysis_add_package(v->a, &p);
cleanup:
	free(p.name);
	free(p.version);
	free(p.arch);
	free(p.licenses);
	free(p.source_name);
	free(p.source_version);
	return rc;
}

static int analyze_stream(dd_analysis *a, const dd_file *f, dd_reader *in)
{
	if (dd_ends_with(f->path, "-wal")) {
		/* rpm closes its db cleanly with an empty WAL; frames left in it
		 * are transactions rpmdb.sqlite does not show yet */
		if (f->size > 32)
			dd_analysis_note(a, true, "the sqlite write-ahead log holds %llu bytes not yet checkpointed into rpmdb.sqlite; packages of the last rpm transaction may be missing or stale",
				(unsigned long long)f->size);
		return 0;
	}
	if (f->size > DB_MAX) {
		dd_analysis_note(a, true, "rpm database of %llu bytes is over the %llu-byte limit; its packages were not read",
			(unsigned long long)f->size, (unsigned long long)DB_MAX);
		return 0;
	}
	if (f->size == 0)
		return 0; /* rpm creates empty files when it initialises a db dir */
	dd_spill db = DD_SPILL_INIT;
	int rc = dd_spill_from_reader(&db, in, f->size, "rpm database");
	if (rc == DD_ELIMIT || rc == DD_EIO) {
		/* the budget or the temporary directory, not the stream: note it */
		dd_analysis_note(a, true, "%s; its packages were not read", dd_error_last());
		return 0;
	}
	if (rc)
		return rc;
	visit_ctx v = { .a = a };
	dd_rpmdb_stats st;
	dd_rpmdb_kind kind = dd_rpmdb_sniff_file(&db);
	rc = dd_rpmdb_each(&db, visit, &v, &st);
	dd_spill_close(&db);
	if (rc == DD_ENOMEM)
		return rc;
	if (rc) {
		/* what was read before the failure stays; the scan is incomplete */
		dd_analysis_note(a, true, "%s rpm database could not be read to the end (%zu packages read): %s",
			dd_rpmdb_kind_name(kind), st.records, dd_error_last());
	}
	if (st.bad)
		dd_analysis_note(a, true, "%zu records of the %s rpm database could not be read (first: %s)",
			st.bad, dd_rpmdb_kind_name(kind), st.first_bad);
	if (v.bad_headers)
		dd_analysis_note(a, true, "%zu rpm headers could not be parsed (first: %s)", v.bad_headers, v.first_bad);
	return 0;
}

const dd_analyzer dd_analyzer_rpm = {
	.name = "rpm",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = DB_MAX,
	.note_oversize = true,
	.wants = wants,
	.paths = paths,
	.analyze_stream = analyze_stream,
};
