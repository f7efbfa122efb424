/*
 * The apk plan (apk_internal.h): from the image's etc/apk/repositories (or
 * --sources) to a set of verified .apk files.
 *
 *   1. every repository's <repo>/<arch>/APKINDEX.tar.gz, its signature
 *      checked against the image's etc/apk/keys before a byte of it is read
 *   2. per wanted package, the candidate with the highest version across the
 *      repositories (apk's default choice without pinning)
 *   3. the closure: a dependency (D:, names, so: and cmd: provides) that
 *      the packages as they will be no longer satisfy brings its provider's
 *      candidate in, and an installed package whose own dependencies the
 *      upgrades break (busybox-binsh's busybox=VERSION) is upgraded with
 *      it; nothing is added that no new version requires
 *   4. each package downloaded (or found in --package-dir) and verified
 *      against its index record (apk_package.c)
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

#include "fix/apk_internal.h"
#include "image/tar.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#define ECO "Alpine"
#define MAX_REPOS 32
#define MAX_INDEX_GZ (64ull << 20)
#define MAX_INDEX_TEXT (64u << 20)
#define MAX_INDEX_RECORDS 500000
#define MAX_DB_RECORDS 100000
#define MAX_PKG_FILE (1ull << 30)
#define MAX_CHOSEN 2000

typedef struct chosen {
	const char *name;
	const dd_apk_rec *old;      /* installed record or NULL */
	const dd_apk_rec *rec;      /* index record */
	size_t repo;
	bool dependency;
} chosen;

typedef struct planner {
	const dd_fix_ctx *ctx;
	dd_apk_state *st;
	dd_strv repos;
	char arch[64];
	chosen *ch;
	size_t n_ch;
} planner;

void dd_apk_state_free(void *state)
{
	dd_apk_state *st = state;
	if (!st)
		return;
	dd_apk_records_free(&st->db);
	for (size_t i = 0; i < st->n_indexes; i++)
		dd_apk_records_free(&st->indexes[i]);
	free(st->indexes);
	for (size_t i = 0; i < st->n; i++)
		dd_apk_package_free(&st->pkgs[i]);
	free(st->pkgs);
	free(st->changes);
	free(st);
}

static int vercmp(const char *a, const char *b)
{
	int c = 0;
	if (dd_vercmp(ECO, a, b, &c) < 0)
		return strcmp(a, b) < 0 ? -1 : strcmp(a, b) > 0;
	return c;
}

static const char *oci_to_apk_arch(const char *a)
{
	static const char *const map[][2] = { { "amd64", "x86_64" }, { "arm64", "aarch64" }, { "386", "x86" },
		{ "arm", "armv7" }, { "ppc64le", "ppc64le" }, { "s390x", "s390x" }, { "riscv64", "riscv64" } };
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (!strcmp(a, map[i][0]))
			return map[i][1];
	return a;
}

static int read_repos(planner *p)
{
	const dd_fix_file *f = dd_fix_files_get(p->ctx->files, "etc/apk/repositories");
	const char *text = p->ctx->sources ? p->ctx->sources : f && f->data ? (const char *)f->data : NULL;
	const char *what = p->ctx->sources ? p->ctx->sources_path : "/etc/apk/repositories";
	if (!text)
		return dd_error_set(DD_EINVAL, "the image has no /etc/apk/repositories; give the package sources with --sources");
	for (const char *l = text; *l;) {
		size_t n = strcspn(l, "\n");
		char line[2048];
		snprintf(line, sizeof(line), "%.*s", (int)(n < sizeof(line) ? n : sizeof(line) - 1), l);
		l += n + (l[n] == '\n');
		char *t = dd_trim(line);
		if (!*t || *t == '#')
			continue;
		if (*t == '@') {
			/* a tagged repository serves only packages pinned to it in
			 * /etc/apk/world, as apk does */
			continue;
		}
		size_t tl = strlen(t);
		while (tl && t[tl - 1] == '/')
			t[--tl] = '\0';
		if (p->repos.count >= MAX_REPOS)
			return dd_error_set(DD_ELIMIT, "%s: more than %d repositories", what, MAX_REPOS);
		if (dd_strv_push(&p->repos, t) < 0)
			return dd_error_oom();
	}
	if (!p->repos.count)
		return dd_error_set(DD_EINVAL, "%s names no repository", what);
	return 0;
}

static int load_index(planner *p, size_t i)
{
	char *url = dd_asprintf("%s/%s/APKINDEX.tar.gz", p->repos.items[i], p->arch);
	char *dest = dd_asprintf("%s/APKINDEX-%zu.tar.gz", p->ctx->work_dir, i);
	char *sig = NULL, *tarb = NULL, *text = NULL;
	size_t sig_len = 0, tar_len = 0, text_len = 0;
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	int fd = -1, rc = url && dest ? 0 : dd_error_oom();
	if (rc == 0)
		rc = dd_fix_fetch(p->ctx, url, dest, MAX_INDEX_GZ, p->ctx->sources != NULL);
	if (rc < 0)
		goto cleanup;
	struct stat st;
	if ((fd = open(dest, O_RDONLY | O_CLOEXEC)) < 0 || fstat(fd, &st) != 0) {
		rc = dd_error_set(DD_EIO, "%s: cannot open", dest);
		goto cleanup;
	}
	uint64_t end1 = 0, end2 = 0;
	if ((rc = dd_apk_gz_member(fd, 0, (uint64_t)st.st_size, 64u << 10, url, &end1, &sig, &sig_len)) < 0 ||
		(rc = dd_apk_verify(p->ctx->files, sig, sig_len, fd, end1, (uint64_t)st.st_size, url)) < 0 ||
		(rc = dd_apk_gz_member(fd, end1, (uint64_t)st.st_size, MAX_INDEX_TEXT, url, &end2, &tarb, &tar_len)) < 0)
		goto cleanup;
	if ((rc = dd_reader_from_memory(&in, tarb, tar_len)) < 0 || (rc = dd_tar_open(&t, in, NULL, url)) < 0)
		goto cleanup;
	const dd_tar_entry *e;
	while ((rc = dd_tar_next(t, &e)) == 0)
		if (e->type == DD_TAR_FILE && !strcmp(e->path, "APKINDEX")) {
			rc = dd_reader_read_all(dd_tar_content(t), MAX_INDEX_TEXT, &text, &text_len);
			break;
		}
	if (rc == DD_ITEROVER)
		rc = text ? 0 : dd_error_set(DD_EFORMAT, "%s has no APKINDEX member", url);
	if (rc == 0) {
		rc = dd_apk_records_parse(&p->st->indexes[i], text, text_len, MAX_INDEX_RECORDS, url);
		p->st->indexes[i].orig = NULL;   /* text is freed below: only the fields are kept */
	}
cleanup:
	if (fd >= 0)
		close(fd);
	dd_tar_free(t);
	dd_reader_close(in);
	if (dest)
		unlink(dest);
	free(url);
	free(dest);
	free(sig);
	free(tarb);
	free(text);
	return rc;
}

/* ---- candidates ---- */

static bool arch_ok(const planner *p, const dd_apk_rec *r)
{
	const char *a = dd_apk_get(r, 'A');
	return !a || !strcmp(a, p->arch) || !strcmp(a, "noarch");
}

static const dd_apk_rec *best(const planner *p, const char *name, size_t *repo)
{
	const dd_apk_rec *b = NULL;
	for (size_t i = 0; i < p->st->n_indexes; i++)
		for (size_t k = 0; k < p->st->indexes[i].n; k++) {
			const dd_apk_rec *r = &p->st->indexes[i].v[k];
			const char *P = dd_apk_get(r, 'P'), *V = dd_apk_get(r, 'V');
			if (!P || !V || strcmp(P, name) || !arch_ok(p, r))
				continue;
			if (!b || vercmp(V, dd_apk_get(b, 'V')) > 0) {
				b = r;
				*repo = i;
			}
		}
	return b;
}

/* The version a record offers for dependency name: its own version when it
 * is the package, a provides entry's ("so:x=1"), "" for an unversioned
 * provides; NULL when it does not provide name. */
static const char *offers(const dd_apk_rec *r, const char *name, char *buf, size_t cap)
{
	const char *P = dd_apk_get(r, 'P');
	if (P && !strcmp(P, name))
		return dd_apk_get(r, 'V');
	const char *pv = dd_apk_get(r, 'p');
	size_t nl = strlen(name);
	for (const char *t = pv; t && *t;) {
		while (*t == ' ')
			t++;
		size_t n = strcspn(t, " ");
		if (n >= nl && !strncmp(t, name, nl) && (n == nl || t[nl] == '=')) {
			size_t vl = n == nl ? 0 : n - nl - 1;
			snprintf(buf, cap, "%.*s", (int)(vl < cap ? vl : cap - 1), t + nl + 1);
			return n == nl ? "" : buf;
		}
		t += n;
	}
	return NULL;
}

typedef struct dep {
	char name[256];
	char op[3];
	char ver[128];
	bool conflict;
} dep;

static void parse_dep(const char *tok, size_t n, dep *d)
{
	*d = (dep){ 0 };
	if (n && *tok == '!') {
		d->conflict = true;
		tok++, n--;
	}
	size_t nn = strcspn(tok, "<>=~");
	if (nn > n)
		nn = n;
	snprintf(d->name, sizeof(d->name), "%.*s", (int)nn, tok);
	size_t ol = 0;
	while (nn + ol < n && ol < 2 && strchr("<>=~", tok[nn + ol]))
		ol++;
	snprintf(d->op, sizeof(d->op), "%.*s", (int)ol, tok + nn);
	snprintf(d->ver, sizeof(d->ver), "%.*s", (int)(n - nn - ol), tok + nn + ol);
}

static bool version_ok(const char *have, const dep *d)
{
	if (!*d->op)
		return true;
	if (!have || !*have)
		return false;
	if (!strcmp(d->op, "~") || !strcmp(d->op, "=~"))
		return !strncmp(have, d->ver, strlen(d->ver));
	int c = vercmp(have, d->ver);
	if (!strcmp(d->op, "="))
		return c == 0;
	if (!strcmp(d->op, ">="))
		return c >= 0;
	if (!strcmp(d->op, "<="))
		return c <= 0;
	if (!strcmp(d->op, ">"))
		return c > 0;
	if (!strcmp(d->op, "<"))
		return c < 0;
	return false;
}

static chosen *chosen_of(planner *p, const char *name)
{
	for (size_t i = 0; i < p->n_ch; i++)
		if (!strcmp(p->ch[i].name, name))
			return &p->ch[i];
	return NULL;
}

static const dd_apk_rec *installed(const planner *p, const char *name)
{
	for (size_t i = 0; i < p->st->db.n; i++) {
		const char *P = dd_apk_get(&p->st->db.v[i], 'P');
		if (P && !strcmp(P, name))
			return &p->st->db.v[i];
	}
	return NULL;
}

/* Whether the packages as they will be satisfy d. */
static bool satisfied(planner *p, const dep *d)
{
	char buf[128];
	for (size_t i = 0; i < p->n_ch; i++) {
		const char *v = offers(p->ch[i].rec, d->name, buf, sizeof(buf));
		if (v && version_ok(v, d))
			return true;
	}
	for (size_t i = 0; i < p->st->db.n; i++) {
		const dd_apk_rec *r = &p->st->db.v[i];
		if (chosen_of(p, dd_apk_get(r, 'P') ? dd_apk_get(r, 'P') : ""))
			continue;
		const char *v = offers(r, d->name, buf, sizeof(buf));
		if (v && version_ok(v, d))
			return true;
	}
	return false;
}

static int choose(planner *p, const char *name, const dd_apk_rec *rec, size_t repo, bool dependency)
{
	if (p->n_ch >= MAX_CHOSEN)
		return dd_error_set(DD_ELIMIT, "more than %d packages to upgrade", MAX_CHOSEN);
	chosen *v = realloc(p->ch, (p->n_ch + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	p->ch = v;
	v[p->n_ch++] = (chosen){ .name = dd_apk_get(rec, 'P'), .old = installed(p, name), .rec = rec, .repo = repo,
		.dependency = dependency };
	return 0;
}

/* The index package to bring in for d: the installed provider's upgrade
 * first, else the package of that name, else any provider, highest version. */
static const dd_apk_rec *provider(planner *p, const dep *d, size_t *repo)
{
	char buf[128];
	for (size_t i = 0; i < p->st->db.n; i++) {
		const dd_apk_rec *r = &p->st->db.v[i];
		const char *P = dd_apk_get(r, 'P');
		if (!P || chosen_of(p, P) || !offers(r, d->name, buf, sizeof(buf)))
			continue;
		const dd_apk_rec *b = best(p, P, repo);
		const char *v = b ? offers(b, d->name, buf, sizeof(buf)) : NULL;
		if (v && version_ok(v, d))
			return b;
	}
	const dd_apk_rec *b = best(p, d->name, repo);
	if (b && version_ok(dd_apk_get(b, 'V'), d))
		return b;
	const dd_apk_rec *found = NULL;
	for (size_t i = 0; i < p->st->n_indexes; i++)
		for (size_t k = 0; k < p->st->indexes[i].n; k++) {
			const dd_apk_rec *r = &p->st->indexes[i].v[k];
			const char *v = arch_ok(p, r) ? offers(r, d->name, buf, sizeof(buf)) : NULL;
			if (v && version_ok(v, d) && (!found || vercmp(dd_apk_get(r, 'V'), dd_apk_get(found, 'V')) > 0)) {
				found = r;
				*repo = i;
			}
		}
	return found;
}

/* Checks the D: of rec; brings in what is missing. *progress when it did. */
static int close_deps(planner *p, const dd_apk_rec *rec, const char *who, dd_fix_plan *plan, bool *progress)
{
	const char *D = dd_apk_get(rec, 'D');
	for (const char *t = D; t && *t;) {
		while (*t == ' ')
			t++;
		size_t n = strcspn(t, " ");
		if (!n)
			break;
		dep d;
		parse_dep(t, n, &d);
		t += n;
		if (d.conflict || satisfied(p, &d))
			continue;
		size_t repo = 0;
		const dd_apk_rec *b = provider(p, &d, &repo);
		if (!b || chosen_of(p, dd_apk_get(b, 'P')))
			return dd_fix_plan_add_not_fixable(plan, who, "%s %s needs %s%s%s, which the configured sources do "
				"not provide", dd_apk_get(rec, 'P'), dd_apk_get(rec, 'V'), d.name, d.op, d.ver) < 0 ?
				DD_ENOMEM : 1;
		int rc = choose(p, dd_apk_get(b, 'P'), b, repo, true);
		if (rc < 0)
			return rc;
		*progress = true;
	}
	return 0;
}

/* Whether every dependency of rec holds with the packages as they will be. */
static bool deps_hold(planner *p, const dd_apk_rec *rec)
{
	const char *D = dd_apk_get(rec, 'D');
	for (const char *t = D; t && *t;) {
		while (*t == ' ')
			t++;
		size_t n = strcspn(t, " ");
		if (!n)
			break;
		dep d;
		parse_dep(t, n, &d);
		t += n;
		if (!d.conflict && !satisfied(p, &d))
			return false;
	}
	return true;
}

/* An installed package that held before and that the upgrades break (it
 * pins an old version: busybox-binsh's busybox=VERSION) is upgraded too. */
static int follow_installed(planner *p, const bool *held, dd_fix_plan *plan, bool *progress)
{
	for (size_t i = 0; i < p->st->db.n; i++) {
		const dd_apk_rec *r = &p->st->db.v[i];
		const char *P = dd_apk_get(r, 'P');
		if (!P || !held[i] || chosen_of(p, P) || deps_hold(p, r))
			continue;
		size_t repo = 0;
		const dd_apk_rec *b = best(p, P, &repo);
		if (!b || vercmp(dd_apk_get(b, 'V'), dd_apk_get(r, 'V')) <= 0)
			return dd_fix_plan_add_not_fixable(plan, P, "the upgrades break %s %s's dependencies and the "
				"configured sources have no newer %s", P, dd_apk_get(r, 'V'), P) < 0 ? DD_ENOMEM : 1;
		int rc = choose(p, P, b, repo, true);
		if (rc < 0)
			return rc;
		*progress = true;
	}
	return 0;
}

static int fetch_packages(planner *p)
{
	dd_apk_state *st = p->st;
	st->pkgs = calloc(p->n_ch ? p->n_ch : 1, sizeof(*st->pkgs));
	st->changes = calloc(p->n_ch ? p->n_ch : 1, sizeof(*st->changes));
	if (!st->pkgs || !st->changes)
		return dd_error_oom();
	for (size_t i = 0; i < p->n_ch; i++) {
		const chosen *c = &p->ch[i];
		dd_apk_pkg *pkg = &st->pkgs[st->n];
		pkg->rec = c->rec;
		st->changes[st->n] = (dd_apk_change){ .old = c->old, .pkg = pkg };
		st->n++;
		char fname[512];
		snprintf(fname, sizeof(fname), "%s-%s.apk", dd_apk_get(c->rec, 'P'), dd_apk_get(c->rec, 'V'));
		if (strchr(fname, '/'))
			return dd_error_set(DD_EFORMAT, "index record %s has a '/' in its name or version", fname);
		struct stat sb;
		char *local = p->ctx->package_dir ? dd_asprintf("%s/%s", p->ctx->package_dir, fname) : NULL;
		int rc;
		if (local && stat(local, &sb) == 0 && S_ISREG(sb.st_mode)) {
			pkg->file = local;
			rc = 0;
		} else {
			free(local);
			char *url = dd_asprintf("%s/%s/%s", p->repos.items[c->repo], p->arch, fname);
			pkg->file = dd_asprintf("%s/%s", p->ctx->work_dir, fname);
			rc = url && pkg->file ? dd_fix_fetch(p->ctx, url, pkg->file, MAX_PKG_FILE, p->ctx->sources != NULL) :
				dd_error_oom();
			free(url);
		}
		if (rc == 0)
			rc = dd_apk_package_load(pkg, p->ctx->files);
		if (rc < 0)
			return rc;
		if (pkg->n_scripts && !p->ctx->opts->run_scripts) {
			dd_buf b = DD_BUF_INIT(1024);
			for (size_t s = 0; s < pkg->n_scripts; s++)
				dd_buf_printf(&b, "%s%s", s ? ", " : "", pkg->scripts[s].name);
			char *note = dd_asprintf("%s %s: maintainer scripts not run (%s); the patch layer holds the package's "
				"files and DB entry as apk installs them", c->name, dd_apk_get(c->rec, 'V'), b.ptr ? b.ptr : "");
			dd_buf_free(&b);
			if (!note || dd_strv_push_owned(p->ctx->notes, note) < 0)
				return dd_error_oom();
		}
	}
	return 0;
}

int dd_apk_plan(const dd_fix_ctx *ctx, const dd_fix_want *wants, size_t n_wants, dd_fix_plan *plan)
{
	planner p = { .ctx = ctx };
	bool *held = NULL;
	int rc = 0;
	if (!(p.st = calloc(1, sizeof(*p.st))))
		return dd_error_oom();
	plan->state = p.st;
	const dd_fix_file *db = dd_fix_files_get(ctx->files, "lib/apk/db/installed");
	if ((rc = dd_apk_records_parse(&p.st->db, (const char *)db->data, db->len, MAX_DB_RECORDS,
		"/lib/apk/db/installed")) < 0)
		goto cleanup;
	const dd_fix_file *af = dd_fix_files_get(ctx->files, "etc/apk/arch");
	if (af && af->data && af->len && af->len < sizeof(p.arch))
		snprintf(p.arch, sizeof(p.arch), "%.*s", (int)strcspn((const char *)af->data, " \n"), (const char *)af->data);
	else
		snprintf(p.arch, sizeof(p.arch), "%s", oci_to_apk_arch(ctx->arch));
	if ((rc = read_repos(&p)) < 0)
		goto cleanup;
	if (!(p.st->indexes = calloc(p.repos.count, sizeof(*p.st->indexes)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	p.st->n_indexes = p.repos.count;
	for (size_t i = 0; i < p.repos.count && rc == 0; i++)
		rc = load_index(&p, i);
	if (rc < 0)
		goto cleanup;
	/* which installed packages' dependencies hold now (a broken image's
	 * others are not ours to repair) */
	if (!(held = calloc(p.st->db.n ? p.st->db.n : 1, sizeof(*held)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (size_t i = 0; i < p.st->db.n; i++)
		held[i] = deps_hold(&p, &p.st->db.v[i]);
	/* the wanted packages' candidates */
	for (size_t i = 0; i < n_wants && rc == 0; i++) {
		const dd_apk_rec *old = installed(&p, wants[i].name);
		size_t repo = 0;
		const dd_apk_rec *b = best(&p, wants[i].name, &repo);
		if (!old)
			rc = dd_fix_plan_add_not_fixable(plan, wants[i].name, "%s is not in /lib/apk/db/installed",
				wants[i].name);
		else if (!b)
			rc = dd_fix_plan_add_not_fixable(plan, wants[i].name, "%s is not in the configured sources",
				wants[i].name);
		else if (vercmp(dd_apk_get(b, 'V'), dd_apk_get(old, 'V')) <= 0)
			rc = dd_fix_plan_add_not_fixable(plan, wants[i].name, "fixed version %s of %s is not in the configured "
				"sources (they carry %s, installed %s)", wants[i].fixed ? wants[i].fixed : "?", wants[i].name,
				dd_apk_get(b, 'V'), dd_apk_get(old, 'V'));
		else if (!chosen_of(&p, wants[i].name))
			rc = choose(&p, wants[i].name, b, repo, false);
	}
	/* the closure, to a fixed point: new packages' dependencies, then the
	 * installed packages the upgrades would break */
	for (bool progress = true; progress && rc == 0;) {
		progress = false;
		for (size_t i = 0; i < p.n_ch && rc == 0; i++)
			rc = close_deps(&p, p.ch[i].rec, p.ch[i].name, plan, &progress);
		if (rc == 0)
			rc = follow_installed(&p, held, plan, &progress);
	}
	if (rc > 0)
		rc = 0;   /* a dependency the sources lack: recorded as not fixable */
	if (rc < 0)
		goto cleanup;
	if (plan->n_not_fixable == 0)
		rc = fetch_packages(&p);
	for (size_t i = 0; i < p.n_ch && rc == 0; i++)
		rc = dd_fix_plan_add_upgrade(plan, p.ch[i].name, p.ch[i].old ? dd_apk_get(p.ch[i].old, 'V') : "",
			dd_apk_get(p.ch[i].rec, 'V'), p.ch[i].dependency, p.st->n > i && p.st->pkgs[i].n_scripts > 0);
cleanup:
	dd_strv_free(&p.repos);
	free(p.ch);
	free(held);
	return rc;
}
