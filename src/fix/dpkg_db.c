/*
 * dpkg status reading and rewriting (dpkg_db.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/deb822.h"
#include "fix/dpkg_db.h"
#include "util/error.h"

static bool files_present(dd_span status)
{
	dd_span s = dd_span_trim(status), w, last = { NULL, 0 };
	while (dd_deb822_word(&s, &w))
		last = w;
	return last.n && !dd_span_eq(last, "not-installed") && !dd_span_eq(last, "config-files");
}

int dd_dpkg_db_parse(dd_dpkg_db *db, const char *text, size_t len, const char *what)
{
	memset(db, 0, sizeof(*db));
	if (len > DD_DPKG_STATUS_MAX)
		return dd_error_set(DD_ELIMIT, "%s is %zu bytes, over the %u MiB a fix reads (not a real dpkg database?)", what,
			len, DD_DPKG_STATUS_MAX >> 20);
	db->text = text;
	db->len = len;
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	size_t cap = 0;
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, text, len, false, what);
	while ((rc = dd_deb822_next(&it, st)) == 1) {
		dd_dpkg_pkg p = { 0 };
		p.name = dd_deb822_get(st, "Package");
		p.version = dd_deb822_get(st, "Version");
		if (!p.name.n)
			continue;
		p.arch = dd_deb822_get(st, "Architecture");
		p.status = dd_deb822_get(st, "Status");
		p.source = dd_deb822_get(st, "Source");
		p.depends = dd_deb822_get(st, "Depends");
		p.pre_depends = dd_deb822_get(st, "Pre-Depends");
		p.provides = dd_deb822_get(st, "Provides");
		p.breaks = dd_deb822_get(st, "Breaks");
		p.multi_arch = dd_deb822_get(st, "Multi-Arch");
		p.conffiles = dd_deb822_get(st, "Conffiles");
		p.stanza = st->raw;
		p.installed = p.version.n && files_present(p.status);
		if (db->n == cap) {
			if (db->n >= DD_DPKG_MAX_PACKAGES) {
				rc = dd_error_set(DD_ELIMIT, "%s: more than %d packages", what, DD_DPKG_MAX_PACKAGES);
				break;
			}
			cap = cap ? cap * 2 : 256;
			dd_dpkg_pkg *v = realloc(db->v, cap * sizeof(*v));
			if (!v) {
				rc = dd_error_oom();
				break;
			}
			db->v = v;
		}
		db->v[db->n++] = p;
	}
	free(st);
	if (rc < 0) {
		dd_dpkg_db_free(db);
		return rc;
	}
	return 0;
}

const dd_dpkg_pkg *dd_dpkg_db_find(const dd_dpkg_db *db, dd_span name, dd_span arch)
{
	for (size_t i = 0; i < db->n; i++) {
		const dd_dpkg_pkg *p = &db->v[i];
		if (!p->installed || p->name.n != name.n || memcmp(p->name.p, name.p, name.n))
			continue;
		if (arch.n && !dd_span_eq(arch, "all") && !dd_span_eq(p->arch, "all") &&
		    (p->arch.n != arch.n || memcmp(p->arch.p, arch.p, arch.n)))
			continue;
		return p;
	}
	return NULL;
}

void dd_dpkg_info_stem(dd_span name, dd_span arch, dd_span multi_arch, bool multiarch_db, char *out, size_t cap)
{
	if (multiarch_db && dd_span_eq(multi_arch, "same") && arch.n && !dd_span_eq(arch, "all"))
		snprintf(out, cap, "%.*s:%.*s", (int)name.n, name.p, (int)arch.n, arch.p);
	else
		snprintf(out, cap, "%.*s", (int)name.n, name.p);
}

dd_span dd_dpkg_conffile_md5(const dd_dpkg_pkg *p, const char *path)
{
	dd_span rest = p->conffiles, line, f, md5;
	while (dd_deb822_value_lines(&rest, &line)) {
		if (!dd_deb822_word(&line, &f) || !dd_deb822_word(&line, &md5))
			continue;
		if (dd_span_eq(f, path))
			return md5;
	}
	return (dd_span){ NULL, 0 };
}

int dd_dpkg_status_rewrite(const dd_dpkg_db *db, const dd_dpkg_stanza_repl *r, size_t n, dd_buf *out)
{
	const char *pos = db->text, *end = db->text + db->len;
	int rc = 0;
	/* stanzas are in text order in db->v; replacements are found per stanza */
	for (size_t i = 0; i < db->n && !rc; i++) {
		const dd_dpkg_pkg *p = &db->v[i];
		const dd_dpkg_stanza_repl *hit = NULL;
		for (size_t k = 0; k < n && !hit; k++)
			if (r[k].old == p)
				hit = &r[k];
		if (!hit)
			continue;
		if ((rc = dd_buf_put(out, pos, (size_t)(p->stanza.p - pos))) == 0)
			rc = dd_buf_put(out, hit->text, hit->len);
		pos = p->stanza.p + p->stanza.n;
	}
	if (!rc)
		rc = dd_buf_put(out, pos, (size_t)(end - pos));
	for (size_t k = 0; k < n && !rc; k++) {
		if (r[k].old)
			continue;
		if (out->len && out->ptr[out->len - 1] != '\n')
			rc = dd_buf_putc(out, '\n');
		if (!rc && out->len)
			rc = dd_buf_putc(out, '\n');
		if (!rc)
			rc = dd_buf_put(out, r[k].text, r[k].len);
		if (!rc)
			rc = dd_buf_putc(out, '\n');
	}
	return rc;
}

static int put_field(dd_buf *out, const dd_deb822_field *f)
{
	int rc = dd_buf_put(out, f->name.p, f->name.n);
	if (!rc)
		rc = dd_buf_puts(out, ": ");
	/* a multi-line value keeps its continuation lines as written */
	if (!rc)
		rc = dd_buf_put(out, f->value.p, f->value.n);
	if (!rc)
		rc = dd_buf_putc(out, '\n');
	return rc;
}

/* "Conffiles:" and one " /etc/x md5" line per line of conffiles. */
static int put_conffiles(dd_buf *out, const char *conffiles)
{
	int rc = dd_buf_puts(out, "Conffiles:\n");
	for (const char *l = conffiles; !rc && *l;) {
		const char *nl = strchr(l, '\n');
		size_t k = nl ? (size_t)(nl - l) : strlen(l);
		if (k)
			rc = dd_buf_printf(out, " %.*s\n", (int)k, l);
		l += nl ? k + 1 : k;
	}
	return rc;
}

int dd_dpkg_stanza_from_control(const char *control, size_t len, const char *conffiles, dd_buf *out)
{
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, control, len, false, "control");
	rc = dd_deb822_next(&it, st);
	if (rc <= 0) {
		if (!rc)
			rc = dd_error_set(DD_EFORMAT, "control: empty");
		goto cleanup;
	}
	const dd_deb822_field *pkg = NULL;
	for (size_t i = 0; i < st->n; i++)
		if (dd_span_ieq(st->fields[i].name, "Package"))
			pkg = &st->fields[i];
	if (!pkg) {
		rc = dd_error_set(DD_EFORMAT, "control: no Package field");
		goto cleanup;
	}
	bool conf_done = !conffiles || !*conffiles;
	if ((rc = put_field(out, pkg)) || (rc = dd_buf_puts(out, "Status: install ok installed\n")))
		goto cleanup;
	for (size_t i = 0; i < st->n && !rc; i++) {
		const dd_deb822_field *f = &st->fields[i];
		if (f == pkg || dd_span_ieq(f->name, "Status") || dd_span_ieq(f->name, "Conffiles"))
			continue;
		if (!conf_done && dd_span_ieq(f->name, "Description")) {
			rc = put_conffiles(out, conffiles);
			conf_done = true;
		}
		if (!rc)
			rc = put_field(out, f);
	}
	if (!rc && !conf_done) {
		rc = put_conffiles(out, conffiles);
	}
	/* no trailing newline's blank line: the caller separates stanzas */
	if (!rc && out->len && out->ptr[out->len - 1] == '\n')
		out->ptr[--out->len] = '\0';
cleanup:
	free(st);
	return rc;
}

void dd_dpkg_db_free(dd_dpkg_db *db)
{
	free(db->v);
	memset(db, 0, sizeof(*db));
}
