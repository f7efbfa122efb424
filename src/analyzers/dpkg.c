/*
 * dpkg analyzer: Debian/Ubuntu packages from var/lib/dpkg/status and from
 * distroless images' var/lib/dpkg/status.d/<name> (one or more stanzas per
 * file, written by the image builder instead of dpkg).
 *
 * The one idea: a package counts when its files are on disk. In the status
 * file that is every stanza whose Status state is neither "not-installed"
 * nor "config-files" (so half-configured or unpacked packages, whose code is
 * present, are listed as `dpkg-query -W` lists them; it also lists
 * config-files packages, whose programs are gone, and we do not). status.d
 * files are written by image builders for installed packages and usually
 * carry no Status: a stanza there counts unless a Status says otherwise.
 * Names are plain (libc6, never libc6:amd64); Multi-Arch: same packages of
 * two architectures are two packages with the same name.
 */
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/textdb.h"
#include "util/error.h"
#include "util/str.h"

#define STATUS_PATH "var/lib/dpkg/status"
#define STATUS_D "var/lib/dpkg/status.d/"
/* Longest name/version/arch we accept: real ones are far shorter. */
#define FIELD_MAX 1024

typedef struct stanza {
	dd_slice package, version, arch, source, status;
	bool any;
} stanza;

static const char *const paths[] = { STATUS_PATH, NULL };

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode))
		return false;
	if (strcmp(path, STATUS_PATH) == 0)
		return true;
	if (!dd_starts_with(path, STATUS_D))
		return false;
	const char *base = path + strlen(STATUS_D);
	/* direct children only; distroless puts <pkg>.md5sums beside each <pkg> */
	return *base && !strchr(base, '/') && !dd_ends_with(base, ".md5sums");
}

/* Status is "want flag state"; the state is the last word. */
static bool files_present(dd_slice status)
{
	if (!status.p)
		return false; /* no Status field */
	dd_slice s = dd_textdb_trim(status);
	size_t i = s.n;
	while (i && s.p[i - 1] != ' ' && s.p[i - 1] != '\t')
		i--;
	dd_slice state = { s.p + i, s.n - i };
	return state.n && !dd_textdb_eq(state, "not-installed", false) &&
		!dd_textdb_eq(state, "config-files", false);
}

/* "Source: name" or "Source: name (version)". */
static void split_source(dd_slice src, dd_slice *name, dd_slice *version)
{
	src = dd_textdb_trim(src);
	size_t i = 0;
	while (i < src.n && src.p[i] != ' ' && src.p[i] != '\t' && src.p[i] != '(')
		i++;
	*name = (dd_slice){ src.p, i };
	*version = (dd_slice){ NULL, 0 };
	const char *open = memchr(src.p + i, '(', src.n - i);
	if (!open)
		return;
	const char *close = memchr(open, ')', (size_t)(src.p + src.n - open));
	if (close)
		*version = dd_textdb_trim((dd_slice){ open + 1, (size_t)(close - open - 1) });
}

static int emit(dd_analysis *a, const stanza *s, bool need_status, bool *noted)
{
	dd_slice name = dd_textdb_trim(s->package), ver = dd_textdb_trim(s->version);
	dd_slice arch = dd_textdb_trim(s->arch), sname = { 0 }, sver = { 0 };
	if (!name.n || !ver.n)
		return 0; /* not a package stanza (or a purged one without Version) */
	if ((need_status || s->status.p) && !files_present(s->status))
		return 0;
	if (s->source.p)
		split_source(s->source, &sname, &sver);
	if (name.n > FIELD_MAX || ver.n > FIELD_MAX || arch.n > FIELD_MAX || sname.n > FIELD_MAX ||
	    sver.n > FIELD_MAX || memchr(name.p, '\0', name.n) || memchr(ver.p, '\0', ver.n)) {
		if (!*noted)
			dd_analysis_note(a, true, "a package stanza with an overlong or binary field was skipped");
		*noted = true;
		return 0;
	}
	int rc = DD_ENOMEM;
	dd_package p = { .type = "deb" };
	p.name = dd_textdb_dup(name);
	p.version = dd_textdb_dup(ver);
	p.arch = arch.n ? dd_textdb_dup(arch) : NULL;
	/* no Source: means the source package has the binary's name and version */
	p.source_name = dd_textdb_dup(sname.n ? sname : name);
	p.source_version = dd_textdb_dup(sver.n ? sver : ver);
	if (!p.name || !p.version || (arch.n && !p.arch) || !p.source_name || !p.source_version) {
		rc = dd_error_oom();
		goto cleanup;
	}
	rc = dd_analysis_add_package(a, &p);
cleanup:
	free(p.name);
	free(p.version);
	free(p.arch);
	free(p.source_name);
	free(p.source_version);
	return rc;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	bool need_status = strcmp(f->path, STATUS_PATH) == 0;
	const char *pos = (const char *)data, *end = pos + len;
	stanza s = { 0 };
	dd_slice line, *last;
	bool noted = false, content = false, named = false;
	int rc;
	while (dd_textdb_next_line(&pos, end, &line)) {
		if (dd_textdb_trim(line).n == 0) {
			if (s.any && (rc = emit(a, &s, need_status, &noted)) != 0)
				return rc;
			memset(&s, 0, sizeof(s));
			continue;
		}
		s.any = content = true;
		if (line.p[0] == ' ' || line.p[0] == '\t') {
			/* continuation of a multi-line field (Description,
			 * Conffiles); the fields we read are single-line */
			continue;
		}
		const char *colon = memchr(line.p, ':', line.n);
		last = NULL;
		if (!colon)
			continue;
		dd_slice key = { line.p, (size_t)(colon - line.p) };
		dd_slice val = { colon + 1, (size_t)(line.p + line.n - colon - 1) };
		if (dd_textdb_eq(key, "Package", true)) {
			last = &s.package;
			named = true;
		}
		else if (dd_textdb_eq(key, "Version", true))
			last = &s.version;
		else if (dd_textdb_eq(key, "Architecture", true))
			last = &s.arch;
		else if (dd_textdb_eq(key, "Source", true))
			last = &s.source;
		else if (dd_textdb_eq(key, "Status", true))
			last = &s.status;
		if (last)
			*last = val;
	}
	if (s.any && (rc = emit(a, &s, need_status, &noted)) != 0)
		return rc;
	/* a package DB that says nothing we can read is no empty DB: whatever
	 * it lists went unchecked */
	if (content && !named)
		dd_analysis_note(a, true, "no package stanza could be read (corrupt or not a dpkg database); "
			"the packages it lists were not checked");
	return 0;
}

const dd_analyzer dd_analyzer_dpkg = {
	.name = "dpkg",
	.version = 2,
	.scanners = DD_SCANNER_VULN,
	.max_size = 64u << 20,
	.note_oversize = true,
	.wants = wants,
	.paths = paths,
	.analyze = analyze,
};
