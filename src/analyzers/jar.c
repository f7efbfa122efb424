/*
 * jar analyzer: Maven packages in Java archives (.jar .war .ear .par .sar,
 * Jenkins .hpi/.jpi) and in the archives nested inside them (Spring Boot
 * BOOT-INF/lib, WEB-INF/lib, an EAR's lib/), to a bounded depth.
 *
 * The one idea: an archive is read once, from the tar entry, and a nested
 * archive is read from its parent's entry, so nothing is unpacked; small
 * archives are held in memory and read through their central directory
 * (only the few entries that matter are inflated), big ones are streamed
 * through their local headers. Every inflated byte of a top-level file and
 * all it contains comes from one budget.
 *
 * What one archive yields:
 * 1. every valid pom.properties, anywhere in it (shaded jars carry several;
 *    duplicates are listed once): type maven, name GROUP:ARTIFACT, purl
 *    pkg:maven/GROUP/ARTIFACT@VERSION, path the archive's chain
 *    ("app.war!/WEB-INF/lib/x.jar");
 * 2. the archive's own coordinates from MANIFEST.MF and the file name
 *    (java_meta.c), unless they would count it twice: not when a
 *    pom.properties has the file name's artifact (it is that artifact), not
 *    when they repeat a pom.properties' artifact and version, and not when
 *    the artifact id comes from the file name while a META-INF/maven/
 *    pom.properties exists (a Maven-built archive names itself there) or
 *    the archive could not be listed to its end (no evidence it is one).
 * A package whose group could not be established has the bare artifact as
 * its name (no ':') and a purl without namespace. The matcher looks such a
 * name up as "*:ARTIFACT" in Maven advisories and reports a match only when
 * exactly one group has that artifact there (otherwise it cannot tell which).
 *
 * Notes (dd_analysis_note), naming the chain: data that is not a zip at all
 * (a placeholder or a script named .jar), or a central directory that had to
 * be replaced by the local headers, is informational; everything else that
 * leaves part of an archive unread marks the scan incomplete: corrupt or
 * truncated data, a cap (depth, entries, inflated bytes, ratio, name length,
 * archives per file), an entry that matters (pom.properties, the manifest, a
 * nested archive) in an unsupported method or encrypted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/analyzer.h"
#include "analyzers/java_meta.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/str.h"
#include "util/zip.h"

#define TOP_MEMORY_MAX (16u << 20)     /* a file up to this is read whole: central directory */
#define NESTED_MEMORY_MAX (32u << 20)  /* a nested archive up to this is held in memory */
#define HELD_MAX (64u << 20)           /* bytes held at once along one chain */
#define DEPTH_MAX 8                    /* nested archives inside the file */
#define BUDGET (2ull << 30)            /* inflated bytes per file, everything nested included */
#define ARCHIVES_MAX 10000             /* nested archives per file */
#define ENTRIES_MAX 1000000            /* entries per archive */
#define POM_MAX (64u << 10)
#define MANIFEST_MAX (1u << 20)        /* only the main section matters; it comes first */
#define CHAIN_MAX 4096
#define POMS_MAX 2000                  /* pom.properties per archive */
#define NOTES_MAX 20                   /* notes per file; then one saying more were dropped */

typedef struct walk {
	dd_analysis *a;
	bool stream_only;        /* dd_scan_options.jar_stream: never the central directory (tests) */
	bool zlib;               /* dd_image_options.inflate */
	uint64_t budget;
	uint64_t held;
	unsigned archives;
	unsigned notes;
	char last[256];          /* the last note, not repeated */
	bool last_incomplete;
	bool incomplete;         /* a note marked the scan incomplete */
	bool budget_noted;
} walk;

typedef struct archive {
	dd_java_gav *poms;
	size_t n_poms, cap_poms;
	bool maven_dir_pom;      /* a pom.properties under META-INF/maven/ */
	bool poms_capped;
	dd_java_manifest manifest;
	bool have_manifest;
} archive;

static int process(walk *w, dd_zip *z, const char *chain, int depth);

static bool is_java_archive(const char *path)
{
	static const char *const exts[] = { "jar", "war", "ear", "par", "sar", "hpi", "jpi" };
	const char *base = dd_path_basename(path);
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return false;
	for (size_t i = 0; i < sizeof(exts) / sizeof(*exts); i++)
		if (!strcasecmp(dot + 1, exts[i]))
			return true;
	return false;
}

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	return dd_mode_is_regular(mode) && size > 0 && is_java_archive(path);
}

static void note(walk *w, bool incomplete, const char *chain, const char *msg)
{
	if (w->notes >= NOTES_MAX) {
		/* quiet from here on, but a part left unread must still count */
		if (w->notes == NOTES_MAX || (incomplete && !w->incomplete))
			dd_analysis_note(w->a, incomplete, "more problems in this file than are listed");
		w->notes++;
		w->incomplete |= incomplete;
		return;
	}
	/* one broken entry fails its reader and then the next header: once is enough */
	if (!strncmp(w->last, msg, sizeof(w->last) - 1) && (w->last_incomplete || !incomplete))
		return;
	snprintf(w->last, sizeof(w->last), "%s", msg);
	w->last_incomplete = incomplete;
	w->incomplete |= incomplete;
	w->notes++;
	/* zip messages start with the archive they are about, a part of the chain */
	const char *colon = strstr(msg, ": ");
	size_t n = colon ? (size_t)(colon - msg) : 0;
	if (n && !strncmp(chain, msg, n) && (chain[n] == '\0' || !strncmp(chain + n, "!/", 2)))
		dd_analysis_note(w->a, incomplete, "%s", msg);
	else
		dd_analysis_note(w->a, incomplete, "%s: %s", chain, msg);
}

/* Errors about the archive's bytes; anything else (no memory, the layer
 * stream failing underneath) ends the walk and goes up to the walker. */
static bool content_error(int rc)
{
	return rc == DD_EFORMAT || rc == DD_ELIMIT || rc == DD_EUNSUPPORTED;
}

/* A failed read of something that mattered: a note, and the walk goes on. */
static void note_error(walk *w, const char *chain, int rc)
{
	if (rc == DD_ELIMIT && w->budget == 0) {
		if (w->budget_noted)
			return;
		w->budget_noted = true;
	}
	note(w, true, chain, dd_error_last());
}

static void archive_free(archive *ar)
{
	for (size_t i = 0; i < ar->n_poms; i++)
		dd_java_gav_clear(&ar->poms[i]);
	free(ar->poms);
	dd_java_manifest_clear(&ar->manifest);
}

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int add_pom(archive *ar, dd_java_gav *g)
{
	for (size_t i = 0; i < ar->n_poms; i++) {
		if (same(ar->poms[i].group, g->group) && same(ar->poms[i].artifact, g->artifact) &&
		    same(ar->poms[i].version, g->version)) {
			dd_java_gav_clear(g);
			return 0;
		}
	}
	if (ar->n_poms >= POMS_MAX) {
		ar->poms_capped = true;
		dd_java_gav_clear(g);
		return 0;
	}
	if (ar->n_poms == ar->cap_poms) {
		size_t cap = ar->cap_poms ? ar->cap_poms * 2 : 4;
		dd_java_gav *p = realloc(ar->poms, cap * sizeof(*p));
		if (!p) {
			dd_java_gav_clear(g);
			return dd_error_oom();
		}
		ar->poms = p;
		ar->cap_poms = cap;
	}
	ar->poms[ar->n_poms++] = *g;
	return 0;
}

static int emit(walk *w, const dd_java_gav *g, const char *chain, int depth)
{
	char *name = g->group ? dd_asprintf("%s:%s", g->group, g->artifact) : strdup(g->artifact);
	char *purl = dd_purl_build("maven", g->group, g->artifact, g->version, NULL);
	int rc;
	if (!name || !purl) {
		rc = dd_error_oom();
		goto out;
	}
	dd_package p = {
		.type = "maven", .name = name, .version = g->version, .purl = purl,
		/* NULL: the file itself, which the framework fills in */
		.path = depth ? (char *)chain : NULL,
	};
	rc = dd_analysis_add_package(w->a, &p);
out:
	free(name);
	free(purl);
	return rc;
}

/*
 * Reads the current entry, at most max bytes of it (a longer one is cut).
 * When the entry's data fails (*read_err: corrupt, truncated, a cap), what
 * came before is kept: a truncated nested jar still lists its first entries.
 */
static int read_upto(dd_zip *z, size_t max, char **out, size_t *len, int *read_err)
{
	dd_buf b = DD_BUF_INIT(max);
	char tmp[16384];
	int rc = 0;
	*read_err = 0;
	while (b.len < max) {
		size_t want = max - b.len < sizeof(tmp) ? max - b.len : sizeof(tmp);
		ssize_t n = dd_reader_read(dd_zip_content(z), tmp, want);
		if (n < 0) {
			if (!content_error((int)n))
				rc = (int)n;
			*read_err = (int)n;
			break;
		}
		if (n == 0)
			break;
		if ((rc = dd_buf_put(&b, tmp, (size_t)n)) != 0)
			break;
	}
	if (rc == 0 && !b.ptr && (rc = dd_buf_reserve(&b, 0)) != 0)
		rc = dd_error_oom();
	if (rc) {
		dd_buf_free(&b);
		return rc;
	}
	b.ptr[b.len] = '\0';
	*len = b.len;
	*out = dd_buf_detach(&b);
	return 0;
}

static bool is_maven_dir_pom(const char *name)
{
	/* META-INF/maven/GROUP/ARTIFACT/pom.properties */
	if (!dd_starts_with(name, "META-INF/maven/"))
		return false;
	const char *s = name + strlen("META-INF/maven/");
	const char *a = strchr(s, '/');
	if (!a || a == s)
		return false;
	const char *b = strchr(a + 1, '/');
	return b && b > a + 1 && !strcmp(b + 1, "pom.properties");
}

static int nested(walk *w, dd_zip *z, const dd_zip_entry *e, const char *chain, int depth)
{
	char *child = dd_asprintf("%s!/%s", chain, e->name);
	if (!child)
		return dd_error_oom();
	int rc = 0;
	char *data = NULL;
	dd_zip *cz = NULL;
	size_t held = 0;
	if (e->size == 0)
		goto out;
	if (strlen(child) > CHAIN_MAX) {
		note(w, true, chain, "a nested archive's path is longer than 4096 bytes; not read");
		goto out;
	}
	if (depth + 1 > DEPTH_MAX) {
		char msg[96];
		snprintf(msg, sizeof(msg), "archive nested more than %d deep; not read", DEPTH_MAX);
		note(w, true, child, msg);
		goto out;
	}
	if (++w->archives > ARCHIVES_MAX) {
		if (w->archives == ARCHIVES_MAX + 1)
			note(w, true, child, "more than 10000 nested archives in this file; the rest were not read");
		goto out;
	}
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	lim.max_entries = ENTRIES_MAX;
	lim.budget = &w->budget;
	lim.zlib = w->zlib;
	if (!w->stream_only && e->size != DD_ZIP_UNKNOWN && e->size <= NESTED_MEMORY_MAX && w->held + e->size <= HELD_MAX) {
		size_t len = 0;
		int err;
		if ((rc = read_upto(z, (size_t)e->size, &data, &len, &err)) != 0)
			goto out;
		if (err) {
			note_error(w, child, err);
			if (!len)
				goto out;
		}
		w->held += len;
		held = len;
		rc = dd_zip_open_memory(&cz, data, len, &lim, child);
	} else {
		/* too big to hold: stream it from the parent's entry */
		rc = dd_zip_open_stream(&cz, dd_zip_content(z), &lim, child);
	}
	if (rc == 0)
		rc = process(w, cz, child, depth + 1);
out:
	w->held -= held;
	dd_zip_free(cz);
	free(data);
	free(child);
	return rc;
}

/* The entries of one archive; errors are notes except running out of memory. */
static int process(walk *w, dd_zip *z, const char *chain, int depth)
{
	archive ar = { 0 };
	const dd_zip_entry *e;
	int rc;
	while ((rc = dd_zip_next(z, &e)) == 0) {
		if (e->is_dir)
			continue;
		const char *base = dd_path_basename(e->name);
		char *data = NULL;
		size_t len = 0;
		if (!strcmp(base, "pom.properties")) {
			if ((rc = dd_zip_read_entry(z, POM_MAX, &data, &len)) != 0) {
				if (!content_error(rc))
					break;
				note_error(w, chain, rc);
				continue;
			}
			dd_java_gav g;
			rc = dd_java_pom_parse(&g, data, len);
			free(data);
			if (rc == DD_ENOMEM)
				break;
			if (rc == 0) {
				if (is_maven_dir_pom(e->name))
					ar.maven_dir_pom = true;
				if ((rc = add_pom(&ar, &g)) != 0)
					break;
			}
		} else if (!strcasecmp(e->name, "META-INF/MANIFEST.MF")) {
			int err;
			if ((rc = read_upto(z, MANIFEST_MAX, &data, &len, &err)) != 0)
				break;
			if (err) {
				note_error(w, chain, err);
				free(data);
				continue;
			}
			dd_java_manifest_clear(&ar.manifest);
			rc = dd_java_manifest_parse(&ar.manifest, data, len);
			free(data);
			if (rc)
				break;
			ar.have_manifest = true;
		} else if (is_java_archive(e->name)) {
			if ((rc = nested(w, z, e, chain, depth)) != 0)
				break;
		}
		rc = 0;
	}
	if (rc != DD_ITEROVER && !content_error(rc))
		goto out;
	const dd_zip_info *info = dd_zip_info_get(z);
	if (info->fell_back && !info->not_zip) {
		char msg[200];
		snprintf(msg, sizeof(msg), "central directory unusable (%s); entries read from the local headers",
			info->fallback_reason);
		note(w, false, chain, msg);
	}
	bool listed = rc == DD_ITEROVER;
	if (!listed) {
		if (info->not_zip)
			note(w, false, chain, "not a zip archive; no packages read from it");
		else
			note_error(w, chain, rc);
	}
	if (ar.poms_capped)
		note(w, true, chain, "more than 2000 pom.properties; the rest were not listed");

	/* the archive's own coordinates, when they add something (file comment) */
	const char *base = dd_path_basename(chain);
	char *fa = NULL, *fv = NULL;
	if ((rc = dd_java_filename_parse(base, &fa, &fv)) == DD_ENOMEM)
		goto out;
	bool named = false;
	for (size_t i = 0; fa && i < ar.n_poms && !named; i++)
		named = !strcasecmp(ar.poms[i].artifact, fa);
	free(fa);
	free(fv);
	rc = 0;
	for (size_t i = 0; i < ar.n_poms && rc == 0; i++)
		rc = emit(w, &ar.poms[i], chain, depth);
	if (rc || named)
		goto out;
	dd_java_gav own;
	bool by_manifest;
	rc = dd_java_identify(&own, &by_manifest, ar.have_manifest ? &ar.manifest : NULL, base);
	if (rc == DD_ENOTFOUND) {
		rc = 0;
		goto out;
	}
	if (rc)
		goto out;
	/* a file name adds nothing to a Maven-built archive, and is no evidence
	 * for an archive that could not be read */
	bool dup = !by_manifest && (ar.maven_dir_pom || !listed);
	for (size_t i = 0; i < ar.n_poms && !dup; i++)
		dup = !strcasecmp(ar.poms[i].artifact, own.artifact) && !strcmp(ar.poms[i].version, own.version);
	if (!dup)
		rc = emit(w, &own, chain, depth);
	dd_java_gav_clear(&own);
out:
	archive_free(&ar);
	return rc == DD_ITEROVER ? 0 : rc;
}

static int analyze_stream(dd_analysis *a, const dd_file *f, dd_reader *in)
{
	const dd_scan_options *opts = dd_analysis_options(a);
	walk w = { .a = a, .budget = BUDGET, .stream_only = opts->jar_stream, .zlib = opts->image.inflate == DD_INFLATE_ZLIB };
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	lim.max_entries = ENTRIES_MAX;
	lim.budget = &w.budget;
	lim.zlib = w.zlib;
	char *data = NULL;
	dd_zip *z = NULL;
	int rc;
	if (f->size <= TOP_MEMORY_MAX && !w.stream_only) {
		size_t len;
		if ((rc = dd_reader_read_all(in, TOP_MEMORY_MAX, &data, &len)) != 0)
			return rc;
		rc = dd_zip_open_memory(&z, data, len, &lim, f->path);
	} else {
		rc = dd_zip_open_stream(&z, in, &lim, f->path);
	}
	if (rc == 0)
		rc = process(&w, z, f->path, 0);
	dd_zip_free(z);
	free(data);
	return rc;
}

const dd_analyzer dd_analyzer_jar = {
	.name = "jar",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = UINT64_MAX,
	.wants = wants,
	.analyze_stream = analyze_stream,
};
