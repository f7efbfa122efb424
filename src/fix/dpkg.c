/*
 * The dpkg backend (Debian; Ubuntu has the same formats, untested): what it
 * collects from the final view and its plan and build steps. The pieces
 * live beside it, one concept per file: apt_sources.c (sources.list and
 * .sources), apt_keys.c + apt_release.c (keyrings, InRelease through
 * gpgv), apt_repo.c + apt_fetch.c (indexes, downloads), apt_index.c
 * (Packages), apt_resolve.c + dpkg_deps.c (candidates and closure),
 * deb_archive.c (.deb), dpkg_db.c (status), dpkg_unpack.c (the layer).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fix/apt_repo.h"
#include "fix/apt_resolve.h"
#include "fix/apt_verify.h"
#include "fix/backend.h"
#include "fix/deb_archive.h"
#include "fix/dpkg_db.h"
#include "fix/dpkg_unpack.h"
#include "util/error.h"
#include "util/str.h"

#define STATUS_PATH "var/lib/dpkg/status"
#define DEB_MAX (2ull << 30)

typedef struct dpkg_state {
	dd_dpkg_db db;
	dd_apt_sources sources;
	dd_apt_index ix;
	dd_apt_plan plan;
	dd_deb **debs;              /* per plan step, verified and opened */
	dd_apt_want *wants;
	bool libs_changed;          /* set by build: a package's library file names changed */
} dpkg_state;

static bool dpkg_wants(const char *path)
{
	bool d822;
	/* etc/ whole: sources, keys under etc/apt, and the conffiles whose
	 * md5 tells whether the user changed them */
	/* the merged-/usr symlinks (lib -> usr/lib): a package's ./lib/x is
	 * written where dpkg would put it, through them */
	static const char *const top_links[] = { "bin", "sbin", "lib", "lib32", "lib64", "libx32", "libo32" };
	for (size_t i = 0; i < sizeof(top_links) / sizeof(top_links[0]); i++)
		if (!strcmp(path, top_links[i]))
			return true;
	return !strcmp(path, STATUS_PATH) || dd_starts_with(path, "var/lib/dpkg/info/") ||
		dd_starts_with(path, "etc/") || dd_apt_key_path(path) || dd_apt_sources_path(path, &d822) ||
		!strcmp(path, "usr/lib/os-release");
}

static void state_free(void *p)
{
	dpkg_state *s = p;
	if (!s)
		return;
	for (size_t i = 0; s->debs && i < s->plan.n; i++)
		dd_deb_free(s->debs[i]);
	free(s->debs);
	dd_apt_plan_free(&s->plan);
	dd_apt_index_free(&s->ix);
	dd_apt_sources_free(&s->sources);
	dd_dpkg_db_free(&s->db);
	free(s->wants);
	free(s);
}

static bool looks_deb822(const char *text, size_t len, const char *path)
{
	if (path && dd_ends_with(path, ".sources"))
		return true;
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, text, len);
	while (dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (!line.n || line.p[0] == '#')
			continue;
		return dd_span_has_prefix(line, "Types:") || dd_span_has_prefix(line, "URIs:") ||
			dd_span_has_prefix(line, "Suites:");
	}
	return false;
}

static int load_sources(const dd_fix_ctx *ctx, dd_apt_sources *s)
{
	if (ctx->sources) {
		const char *what = ctx->sources_path ? ctx->sources_path : "--sources";
		return dd_apt_sources_parse(s, ctx->sources, ctx->sources_len,
			looks_deb822(ctx->sources, ctx->sources_len, ctx->sources_path), what);
	}
	int rc = 0;
	for (size_t i = 0; i < ctx->files->n && !rc; i++) {
		const dd_fix_file *f = &ctx->files->v[i];
		bool d822;
		if (!f->data || !dd_apt_sources_path(f->path, &d822))
			continue;
		rc = dd_apt_sources_parse(s, (const char *)f->data, f->len, d822, f->path);
	}
	return rc;
}

/* Does a maintainer script do more than the trivial (ldconfig, triggers,
 * the shell skeleton around them)? The plan names such packages. */
static bool script_nontrivial(const dd_deb_file *f)
{
	static const char *const trivial[] = {
		"set -e", "exit 0", "esac", "fi", "then", "else", ";;", "*)", "configure)", "#DEBHELPER#",
	};
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, f->data, f->len);
	while (dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (!line.n || line.p[0] == '#')
			continue;
		bool ok = memmem(line.p, line.n, "ldconfig", 8) || memmem(line.p, line.n, "dpkg-trigger", 12) ||
			dd_span_has_prefix(line, "if [ \"$1\" = ") || dd_span_has_prefix(line, "case \"$1\" in");
		for (size_t i = 0; !ok && i < sizeof(trivial) / sizeof(trivial[0]); i++)
			ok = dd_span_eq(line, trivial[i]);
		if (!ok)
			return true;
	}
	return false;
}

static bool has_scripts(const dd_deb *d)
{
	static const char *const names[] = { "preinst", "postinst", "prerm", "postrm" };
	for (size_t i = 0; i < 4; i++) {
		const dd_deb_file *f = dd_deb_control(d, names[i]);
		if (f && script_nontrivial(f))
			return true;
	}
	return false;
}

/* The .deb of one plan step: from the package directory when it has the
 * file, else downloaded; either way checked against the index's size and
 * SHA-256 and opened. */
static int get_deb(const dd_fix_ctx *ctx, dpkg_state *s, const dd_apt_step *st, dd_deb **out)
{
	const dd_apt_pkg *p = st->to;
	char hex[65], sizebuf[32], base[512], path[4096], what[600];
	unsigned long long size;
	char *url = NULL;
	int rc;
	snprintf(what, sizeof(what), "%.*s %.*s", (int)p->name.n, p->name.p, (int)p->version.n, p->version.p);
	if (p->sha256.n != 64 || !dd_span_uint(p->size, DEB_MAX, &size))
		return dd_error_set(DD_EFORMAT, "%s: the index gives no SHA256 or Size for it; it cannot be verified", what);
	dd_span_cpy(hex, sizeof(hex), p->sha256);
	dd_span_cpy(sizebuf, sizeof(sizebuf), p->size);
	const char *slash = memrchr(p->filename.p, '/', p->filename.n);
	dd_span b = slash ? (dd_span){ slash + 1, (size_t)(p->filename.p + p->filename.n - slash - 1) } : p->filename;
	dd_span_cpy(base, sizeof(base), b);
	if (!base[0] || base[0] == '.')
		return dd_error_set(DD_EFORMAT, "%s: Filename '%.*s' has no usable file name", what, (int)p->filename.n,
			p->filename.p);
	struct stat sb;
	if (ctx->package_dir && snprintf(path, sizeof(path), "%s/%s", ctx->package_dir, base) < (int)sizeof(path) &&
	    stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
		/* a cached copy: verified like a download */
	} else {
		snprintf(path, sizeof(path), "%s/%s", ctx->work_dir, base);
		if ((rc = dd_apt_repo_url(&s->sources, p->origin, p->filename, &url)))
			return rc;
		rc = dd_apt_repo_fetch(ctx, url, path, size, ctx->sources != NULL);
		free(url);
		if (rc)
			return dd_error_prefix(rc, "%s", what);
	}
	if ((rc = dd_apt_file_verify(path, size, hex, what)))
		return rc;
	if ((rc = dd_deb_open(out, path, what)))
		return rc;
	/* the control inside must be the package the signed index named */
	const dd_deb_file *c = dd_deb_control(*out, "control");
	char needle[600];
	snprintf(needle, sizeof(needle), "Version: %.*s\n", (int)p->version.n, p->version.p);
	if (!c || !strstr(c->data, needle)) {
		dd_deb_free(*out);
		*out = NULL;
		return dd_error_set(DD_EFORMAT, "%s: the package's control file names another version", what);
	}
	return 0;
}

static int dpkg_plan(const dd_fix_ctx *ctx, const dd_fix_want *wants, size_t n_wants, dd_fix_plan *plan)
{
	dpkg_state *s = calloc(1, sizeof(*s));
	dd_apt_file *keys = NULL;
	size_t n_keys = 0;
	int rc = 0;
	if (!s)
		return dd_error_oom();
	plan->state = s;
	const dd_fix_file *status = dd_fix_files_get(ctx->files, STATUS_PATH);
	if (!status || !status->data)
		return dd_error_set(DD_EINVAL, "the image has no %s: no dpkg database to fix", STATUS_PATH);
	if ((rc = dd_dpkg_db_parse(&s->db, (const char *)status->data, status->len, STATUS_PATH)))
		return rc;
	if ((rc = load_sources(ctx, &s->sources)))
		return rc;
	if (!(keys = calloc(ctx->files->n ? ctx->files->n : 1, sizeof(*keys))))
		return dd_error_oom();
	for (size_t i = 0; i < ctx->files->n; i++) {
		const dd_fix_file *f = &ctx->files->v[i];
		if (f->data && dd_apt_key_path(f->path))
			keys[n_keys++] = (dd_apt_file){ f->path, f->data, f->len };
	}
	dd_apt_repo_options ro = { ctx, keys, n_keys, ctx->work_dir, ctx->arch ? ctx->arch : "amd64", ctx->sources != NULL,
		NULL, time(NULL) };
	rc = dd_apt_repo_load(&s->sources, &ro, &s->ix);
	free(keys);
	if (rc)
		return rc;
	if (n_wants && !(s->wants = calloc(n_wants, sizeof(*s->wants))))
		return dd_error_oom();
	for (size_t i = 0; i < n_wants; i++)
		s->wants[i] = (dd_apt_want){ wants[i].name, NULL, wants[i].fixed ? wants[i].fixed : wants[i].installed,
			wants[i].carried };
	if ((rc = dd_apt_resolve(&s->db, &s->ix, s->wants, n_wants, &s->plan)))
		return rc;
	for (size_t i = 0; i < n_wants && !rc; i++)
		if (s->plan.why_not[i])
			rc = dd_fix_plan_add_not_fixable(plan, wants[i].name, "%s", s->plan.why_not[i]);
	if (rc)
		return rc;
	if (s->plan.n && !(s->debs = calloc(s->plan.n, sizeof(*s->debs))))
		return dd_error_oom();
	bool any_scripts = false;
	for (size_t i = 0; i < s->plan.n && !rc; i++) {
		const dd_apt_step *st = &s->plan.v[i];
		if ((rc = get_deb(ctx, s, st, &s->debs[i])))
			break;
		char *name = dd_span_dup(st->to->name), *to = dd_span_dup(st->to->version);
		char *from = st->from ? dd_span_dup(st->from->version) : strdup("");
		bool scripts = has_scripts(s->debs[i]);
		any_scripts |= scripts;
		if (!name || !to || !from)
			rc = dd_error_oom();
		else
			rc = dd_fix_plan_add_upgrade(plan, name, from, to, st->dependency, scripts);
		free(name);
		free(to);
		free(from);
	}
	if (!rc && any_scripts && ctx->notes && !(ctx->opts && ctx->opts->run_scripts))
		rc = dd_strv_push(ctx->notes,
			"maintainer scripts of the upgraded packages were not run (they are placed in var/lib/dpkg/info)");
	return rc;
}

static int dpkg_build(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_layer_writer *w)
{
	dpkg_state *s = plan->state;
	const dd_fix_file *format = dd_fix_files_get(ctx->files, "var/lib/dpkg/info/format");
	dd_dpkg_unpack u = { w, ctx->files, &s->db, format && format->data && format->len && format->data[0] == '1',
		{ 0 }, { 0 }, ctx->notes };
	size_t n = s->plan.n;
	dd_dpkg_unpacked *done = calloc(n ? n : 1, sizeof(*done));
	const dd_dpkg_pkg **olds = calloc(n ? n : 1, sizeof(*olds));
	dd_dpkg_stanza_repl *repl = calloc(n ? n : 1, sizeof(*repl));
	dd_buf status = DD_BUF_INIT(DD_DPKG_STATUS_MAX + (64u << 20));
	dd_reader *r = NULL;
	size_t n_done = 0;
	int rc = 0;
	if (!done || !olds || !repl) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		olds[i] = s->plan.v[i].from;
		if ((rc = dd_dpkg_unpack_one(&u, s->debs[i], olds[i], &done[i])))
			break;
		n_done++;
		s->libs_changed |= done[i].libs_changed;
		repl[i] = (dd_dpkg_stanza_repl){ olds[i], done[i].stanza.ptr, done[i].stanza.len };
	}
	if (!rc)
		rc = dd_dpkg_unpack_whiteouts(&u, olds, done, n);
	if (!rc)
		rc = dd_dpkg_status_rewrite(&s->db, repl, n, &status);
	if (!rc && !(rc = dd_reader_from_memory(&r, status.ptr, status.len))) {
		dd_layer_writer_owner(w, 0, 0);
		rc = dd_layer_writer_add_file(w, STATUS_PATH, 0644, r, status.len);
	}
cleanup:
	dd_reader_close(r);
	for (size_t i = 0; i < n_done; i++)
		dd_dpkg_unpacked_free(&done[i]);
	free(done);
	free(olds);
	free(repl);
	dd_buf_free(&status);
	dd_dpkg_unpack_free(&u);
	return rc;
}

static bool dpkg_libs_changed(const dd_fix_plan *plan)
{
	const dpkg_state *s = plan->state;
	return s && s->libs_changed;
}

/* One script of a step: the new version's from its .deb, the old one's
 * from the image's info directory (gone from the tree once unpacked, as
 * dpkg keeps its own copy while it upgrades). */
static int add_script(dd_fix_scripts *out, const dd_fix_ctx *ctx, const char *pkg, const char *name,
	const dd_deb *deb, const char *old_stem, const char *a1, const char *a2, bool before)
{
	const void *data = NULL;
	size_t len = 0;
	if (deb) {
		const dd_deb_file *f = dd_deb_control(deb, name);
		if (f)
			data = f->data, len = f->len;
	} else if (old_stem) {
		char path[700];
		snprintf(path, sizeof(path), "var/lib/dpkg/info/%s.%s", old_stem, name);
		const dd_fix_file *f = dd_fix_files_get(ctx->files, path);
		if (f && f->data)
			data = f->data, len = f->len;
	}
	if (!data)
		return 0;
	char e1[600], e2[64];
	snprintf(e1, sizeof(e1), "DPKG_MAINTSCRIPT_PACKAGE=%s", pkg);
	snprintf(e2, sizeof(e2), "DPKG_MAINTSCRIPT_NAME=%s", name);
	const char *env[] = { e1, e2, NULL };
	return dd_fix_scripts_add(out, pkg, name, a1, a2, env, data, len, before);
}

/* dpkg's order for an upgrade (debian-policy ch. 6.5): old prerm upgrade
 * NEW, new preinst upgrade OLD, unpack, old postrm upgrade NEW, then at
 * configure new postinst configure OLD (a new package: preinst install,
 * postinst configure). Configured in reverse plan order: the closure's
 * dependencies come after the packages that need them. */
static int dpkg_scripts(const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_fix_scripts *out)
{
	const dpkg_state *s = plan->state;
	const dd_fix_file *format = dd_fix_files_get(ctx->files, "var/lib/dpkg/info/format");
	bool multiarch = format && format->data && format->len && format->data[0] == '1';
	size_t n = s->plan.n;
	int rc = 0;
	for (int phase = 0; phase < 3 && rc == 0; phase++)
		for (size_t k = 0; k < n && rc == 0; k++) {
			size_t i = phase == 2 ? n - 1 - k : k;
			const dd_apt_step *st = &s->plan.v[i];
			char pkg[256], to[256], from[256] = "", stem[512] = "";
			dd_span_cpy(pkg, sizeof(pkg), st->to->name);
			dd_span_cpy(to, sizeof(to), st->to->version);
			if (st->from) {
				dd_span_cpy(from, sizeof(from), st->from->version);
				dd_dpkg_info_stem(st->from->name, st->from->arch, st->from->multi_arch, multiarch, stem,
					sizeof(stem));
			}
			const dd_deb *deb = s->debs[i];
			if (phase == 0 && st->from)
				rc = add_script(out, ctx, pkg, "prerm", NULL, stem, "upgrade", to, true);
			if (phase == 0 && rc == 0)
				rc = add_script(out, ctx, pkg, "preinst", deb, NULL, st->from ? "upgrade" : "install",
					st->from ? from : NULL, true);
			if (phase == 1 && st->from)
				rc = add_script(out, ctx, pkg, "postrm", NULL, stem, "upgrade", to, false);
			if (phase == 2)
				rc = add_script(out, ctx, pkg, "postinst", deb, NULL, "configure", st->from ? from : NULL, false);
		}
	return rc;
}

static const char *const dpkg_families[] = { "debian", "ubuntu", NULL };

const dd_fix_backend dd_fix_backend_dpkg = {
	.version = DD_FIX_BACKEND_VERSION,
	.name = "dpkg",
	.pkg_type = "deb",
	.ecosystem = "Debian",
	.os_families = dpkg_families,
	.wants = dpkg_wants,
	.max_file = DD_DPKG_STATUS_MAX,
	.max_total = 512u << 20,
	.db_path = STATUS_PATH,
	.plan = dpkg_plan,
	.build = dpkg_build,
	.plan_free = state_free,
	.scripts = dpkg_scripts,
	.libs_changed = dpkg_libs_changed,
	.ld_cache = "etc/ld.so.cache",
};
