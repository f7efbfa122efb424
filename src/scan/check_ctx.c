/*
 * The check context: the squashed kept files, the config and the report, as
 * checks/check.h promises. File lookups follow symlinks inside the image
 * (etc/os-release -> ../usr/lib/os-release) with a bounded depth, never out
 * of the image.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/tar.h"
#include "report/model.h"
#include "scan/check_ctx.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_SYMLINK_DEPTH 16

static const dd_final_kept *find_exact(dd_check_ctx *c, const char *path)
{
	size_t lo = 0, hi = c->n_files;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int cmp = strcmp(c->files[mid].kept->path, path);
		if (cmp == 0)
			return &c->files[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void fill(dd_kept_file *out, const dd_final_kept *fk)
{
	out->path = fk->kept->path;
	out->data = (const uint8_t *)(fk->kept->data ? fk->kept->data : "");
	out->len = fk->kept->len;
	out->mode = fk->kept->mode;
	out->uid = fk->kept->uid;
	out->gid = fk->kept->gid;
	out->layer = fk->layer;
}

const dd_kept_file *dd_check_file(dd_check_ctx *c, const char *path)
{
	char cur[4096];
	snprintf(cur, sizeof(cur), "%s", path);
	for (int depth = 0; depth < MAX_SYMLINK_DEPTH; depth++) {
		const dd_final_kept *fk = find_exact(c, cur);
		if (!fk || fk->kept->special_only)
			return NULL;
		if (!S_ISLNK(fk->kept->mode)) {
			fill(&c->scratch, fk);
			return &c->scratch;
		}
		/* resolve the link relative to its directory, inside the image */
		char next[4096];
		const char *target = fk->kept->data ? fk->kept->data : "";
		if (target[0] == '/')
			snprintf(next, sizeof(next), "%s", target + 1);
		else {
			const char *slash = strrchr(cur, '/');
			int dirlen = slash ? (int)(slash - cur) : 0;
			snprintf(next, sizeof(next), "%.*s%s%s", dirlen, cur, dirlen ? "/" : "", target);
		}
		if (dd_tar_normalize_path(next) != 0) {
			/* "../" beyond the root stays at the root, as the kernel does */
			const char *t = target;
			while (dd_starts_with(t, "../") || t[0] == '/')
				t += t[0] == '/' ? 1 : 3;
			snprintf(next, sizeof(next), "%s", t);
			if (dd_tar_normalize_path(next) != 0)
				return NULL;
		}
		snprintf(cur, sizeof(cur), "%s", next);
	}
	return NULL; /* symlink loop */
}

const dd_kept_file *dd_check_ctx_lookup(void *ctx, const char *path)
{
	return dd_check_file((dd_check_ctx *)ctx, path);
}

int dd_check_foreach_file(dd_check_ctx *c, const char *glob,
	int (*fn)(dd_check_ctx *c, const dd_kept_file *f, void *payload), void *payload)
{
	for (size_t i = 0; i < c->n_files; i++) {
		const dd_final_kept *fk = &c->files[i];
		if (fk->kept->special_only || S_ISLNK(fk->kept->mode) || !dd_glob_match(glob, fk->kept->path))
			continue;
		dd_kept_file f;
		fill(&f, fk);
		int rc = fn(c, &f, payload);
		if (rc)
			return rc;
	}
	return 0;
}

int dd_check_foreach_special(dd_check_ctx *c,
	int (*fn)(dd_check_ctx *c, const dd_kept_file *entry, void *payload), void *payload)
{
	for (size_t i = 0; i < c->n_files; i++) {
		const dd_final_kept *fk = &c->files[i];
		uint32_t m = fk->kept->mode;
		bool special = (S_ISREG(m) && ((m & (S_ISUID | S_ISGID)) || (m & S_IWOTH))) ||
			(S_ISDIR(m) && (m & S_IWOTH) && !(m & S_ISVTX));
		if (!special)
			continue;
		dd_kept_file f;
		fill(&f, fk);
		int rc = fn(c, &f, payload);
		if (rc)
			return rc;
	}
	return 0;
}

json_t *dd_check_config(dd_check_ctx *c)
{
	return c->config;
}

const dd_report *dd_check_report(dd_check_ctx *c)
{
	return c->report;
}

const dd_scan_options *dd_check_options(dd_check_ctx *c)
{
	return c->opts;
}

int dd_check_add_finding(dd_check_ctx *c, const dd_finding *f)
{
	return dd_report_add_finding(c->report, f);
}

void dd_check_note(dd_check_ctx *c, bool incomplete, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = dd_vasprintf(fmt, ap);
	va_end(ap);
	if (!msg)
		return;
	dd_report_note(c->report, incomplete, "%s: %s", c->current ? c->current->name : "check", msg);
	free(msg);
}

int dd_checks_run(dd_check_ctx *c, unsigned scanners)
{
	for (size_t i = 0; dd_checks[i]; i++) {
		const dd_check *chk = dd_checks[i];
		if (!(chk->scanners & scanners))
			continue;
		/* a check is short (the password check has its own budget): the
		 * scan stops between two of them */
		int rc = dd_cancel_check();
		if (rc)
			return rc;
		c->current = chk;
		rc = chk->run(c);
		if (rc == DD_ENOMEM)
			return rc;
		if (rc)
			dd_report_note(c->report, true, "%s: %s", chk->name, dd_error_last());
	}
	c->current = NULL;
	return 0;
}
