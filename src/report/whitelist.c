/*
 * The whitelist (--ignore-file, YAML per docs/CLI.md): vulnerability entries
 * (id or alias, packages, repositories, expires, reason) and at-risk file
 * entries (class, rule, paths, reason). Matching findings are marked
 * suppressed with the reason; they stay in the report.
 *
 * The one idea: a whitelist silences alarms, so it is read strictly. An
 * unknown key, a wrong type or a bad date is an error with its line number
 * (a misspelt `expires:` must not become a permanent exception), and an entry
 * past its expiry date stops applying and is reported as expired.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <yaml.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report/text.h"
#include "report/whitelist.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/reader.h"
#include "util/str.h"

#define MAX_FILE (16u << 20)
#define MAX_ENTRIES 100000
#define MAX_VALUES 10000

typedef struct entry {
	bool is_file;
	unsigned line;
	char *id;                 /* vulnerability id; file: rule (may be NULL) */
	int cls;                  /* file entries: class, -1 for any */
	dd_strv packages, repositories, paths;
	int expires;              /* yyyymmdd, 0 = never */
	int64_t expires_at;       /* unix seconds, 0 = never (dd_report_apply_whitelist) */
	char *expires_text;
	const char *label;        /* names the entry in messages instead of file:line (not owned) */
	char *reason;
	bool any_class;           /* .trivyignore: the id of a vulnerability or of a file finding's rule */
} entry;

typedef struct wl {
	const char *file;
	yaml_document_t *doc;
	entry *e;
	size_t n;
} wl;

static void entry_free(entry *e)
{
	free(e->id);
	dd_strv_free(&e->packages);
	dd_strv_free(&e->repositories);
	dd_strv_free(&e->paths);
	free(e->expires_text);
	free(e->reason);
}

static unsigned line_of(const yaml_node_t *n)
{
	return (unsigned)n->start_mark.line + 1;
}

static int bad(const wl *w, const yaml_node_t *n, const char *what)
{
	return dd_error_set(DD_EFORMAT, "ignore file %s line %u: %s", w->file, n ? line_of(n) : 0, what);
}

static int scalar(const wl *w, const yaml_node_t *n, const char *key, char **out)
{
	if (n->type != YAML_SCALAR_NODE) {
		char msg[96];
		snprintf(msg, sizeof(msg), "'%s' must be a single value", key);
		return bad(w, n, msg);
	}
	if (memchr(n->data.scalar.value, 0, n->data.scalar.length))
		return bad(w, n, "a value contains a NUL character");
	free(*out);
	if (!(*out = dd_strndup((const char *)n->data.scalar.value, n->data.scalar.length)))
		return dd_error_oom();
	return 0;
}

/* A list of strings; a single value is accepted as a list of one. */
static int str_list(const wl *w, yaml_node_t *n, const char *key, dd_strv *out)
{
	if (n->type == YAML_SCALAR_NODE) {
		char *s = NULL;
		int rc = scalar(w, n, key, &s);
		return rc ? rc : dd_strv_push_owned(out, s);
	}
	if (n->type != YAML_SEQUENCE_NODE) {
		char msg[96];
		snprintf(msg, sizeof(msg), "'%s' must be a list of strings", key);
		return bad(w, n, msg);
	}
	size_t count = 0;
	for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
		yaml_node_t *v = yaml_document_get_node(w->doc, *it);
		char *s = NULL;
		int rc;
		if (!v)
			continue;
		if (++count > MAX_VALUES)
			return bad(w, n, "too many values in one list");
		if ((rc = scalar(w, v, key, &s)) || (rc = dd_strv_push_owned(out, s)))
			return rc;
	}
	return 0;
}

/* "2027-06-30" (a YAML date) or an RFC 3339 time whose date part counts. */
static int parse_date(const char *s, int *out)
{
	int y, m, d;
	char tail;
	if (strlen(s) < 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) < 3)
		return -1;
	if (s[4] != '-' || s[7] != '-' || (s[10] && s[10] != 'T' && s[10] != 't' && s[10] != ' '))
		return -1;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return -1;
	*out = y * 10000 + m * 100 + d;
	return 0;
}

static int day_of(time_t t)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static int parse_entry(wl *w, yaml_node_t *n, bool is_file)
{
	if (n->type != YAML_MAPPING_NODE)
		return bad(w, n, is_file ? "each 'files' entry must be a mapping (class, rule, paths, reason)"
					 : "each 'vulnerabilities' entry must be a mapping (id, packages, repositories, expires, reason)");
	if (w->n >= MAX_ENTRIES)
		return bad(w, n, "too many entries");
	entry *e = &w->e[w->n];
	memset(e, 0, sizeof(*e));
	e->is_file = is_file;
	e->cls = -1;
	e->line = line_of(n);
	w->n++;
	char *cls = NULL;
	int rc = 0;
	for (yaml_node_pair_t *p = n->data.mapping.pairs.start; !rc && p < n->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(w->doc, p->key), *v = yaml_document_get_node(w->doc, p->value);
		if (!k || !v || k->type != YAML_SCALAR_NODE) {
			rc = bad(w, n, "keys must be plain names");
			break;
		}
		const char *key = (const char *)k->data.scalar.value;
		if (!strcmp(key, "reason"))
			rc = scalar(w, v, key, &e->reason);
		else if (!strcmp(key, "expires")) {
			if (!(rc = scalar(w, v, key, &e->expires_text)) && parse_date(e->expires_text, &e->expires))
				rc = bad(w, v, "'expires' must be a date like 2027-06-30");
		} else if (!strcmp(key, "repositories"))
			rc = str_list(w, v, key, &e->repositories);
		else if (!is_file && !strcmp(key, "id"))
			rc = scalar(w, v, key, &e->id);
		else if (!is_file && !strcmp(key, "packages"))
			rc = str_list(w, v, key, &e->packages);
		else if (is_file && !strcmp(key, "class"))
			rc = scalar(w, v, key, &cls);
		else if (is_file && !strcmp(key, "rule"))
			rc = scalar(w, v, key, &e->id);
		else if (is_file && !strcmp(key, "paths"))
			rc = str_list(w, v, key, &e->paths);
		else {
			char msg[160];
			snprintf(msg, sizeof(msg), "unknown key '%.40s' (%s)", key,
				is_file ? "known: class, rule, paths, repositories, expires, reason"
					: "known: id, packages, repositories, expires, reason");
			rc = bad(w, k, msg);
		}
	}
	if (!rc && !is_file && (!e->id || !*e->id))
		rc = bad(w, n, "a vulnerability entry needs an 'id'");
	if (!rc && is_file) {
		if (!cls)
			rc = bad(w, n, "a files entry needs a 'class' (secret, malware, baseline or build)");
		else if ((e->cls = dd_class_parse(cls)) < 0 || e->cls == DD_CLASS_OS_VULN || e->cls == DD_CLASS_APP_VULN)
			rc = bad(w, n, "'class' must be secret, malware, baseline or build");
	}
	free(cls);
	return rc;
}

static int parse_section(wl *w, yaml_node_t *list, bool is_file)
{
	if (list->type == YAML_SCALAR_NODE && list->data.scalar.length == 0)
		return 0; /* "vulnerabilities:" with nothing under it */
	if (list->type != YAML_SEQUENCE_NODE)
		return bad(w, list, is_file ? "'files' must be a list of entries" : "'vulnerabilities' must be a list of entries");
	size_t count = (size_t)(list->data.sequence.items.top - list->data.sequence.items.start);
	if (count > MAX_ENTRIES || w->n + count > MAX_ENTRIES)
		return bad(w, list, "too many entries");
	entry *ne = realloc(w->e, (w->n + count + 1) * sizeof(*ne));
	if (!ne)
		return dd_error_oom();
	w->e = ne;
	for (yaml_node_item_t *it = list->data.sequence.items.start; it < list->data.sequence.items.top; it++) {
		yaml_node_t *n = yaml_document_get_node(w->doc, *it);
		int rc;
		if (n && (rc = parse_entry(w, n, is_file)))
			return rc;
	}
	return 0;
}

static bool vuln_matches(const entry *e, const dd_report *r, const dd_finding *f)
{
	if (!dd_finding_is_vuln(f))
		return false;
	bool id_ok = f->id && !strcasecmp(e->id, f->id);
	for (size_t i = 0; !id_ok && i < f->aliases.count; i++)
		id_ok = !strcasecmp(e->id, f->aliases.items[i]);
	if (!id_ok)
		return false;
	if (e->packages.count) {
		bool ok = false;
		for (size_t i = 0; !ok && i < e->packages.count; i++) {
			const char *p = e->packages.items[i];
			ok = !strncmp(p, "pkg:", 4) ? dd_purl_matches(p, f->pkg_purl) : (f->pkg_name && dd_glob_match(p, f->pkg_name));
		}
		if (!ok)
			return false;
	}
	return true;
}

static bool file_matches(const entry *e, const dd_finding *f)
{
	if (e->cls >= 0 && (int)f->cls != e->cls)
		return false;
	if (e->id && (!f->id || strcmp(e->id, f->id)))
		return false;
	if (e->paths.count) {
		bool ok = false;
		for (size_t i = 0; !ok && i < e->paths.count; i++) {
			const char *p = e->paths.items[i];
			if (*p == '/')
				p++; /* report paths have no leading '/'; users often write one */
			ok = f->path && dd_glob_match(p, f->path);
		}
		if (!ok)
			return false;
	}
	return true;
}

static bool repo_matches(const entry *e, const dd_report *r)
{
	if (!e->repositories.count)
		return true;
	for (size_t i = 0; r->repository && i < e->repositories.count; i++)
		if (dd_glob_match(e->repositories.items[i], r->repository))
			return true;
	return false;
}

/* A .trivyignore id: a vulnerability (by id or alias) or the rule of a
 * secret, malware, baseline or build finding, as Trivy matches it. */
static bool any_matches(const entry *e, const dd_report *r, const dd_finding *f)
{
	return dd_finding_is_vuln(f) ? vuln_matches(e, r, f) : f->id && !strcmp(e->id, f->id);
}

/* `now`: unix seconds; date-only expiries end after their day (UTC) */
static int apply(wl *w, dd_report *r, time_t now)
{
	int today = day_of(now);
	for (size_t k = 0; k < w->n; k++) {
		entry *e = &w->e[k];
		if ((e->expires > 0 && today > e->expires) || (e->expires_at && (int64_t)now >= e->expires_at)) {
			/* "CVE-2011-3374" or "secret/generic-password" */
			char line[16] = "";
			if (!e->label)
				snprintf(line, sizeof(line), ":%u", e->line);
			char *msg = dd_asprintf("%s%s: %s%s%s (expired %s)%s%s", e->label ? e->label : w->file, line,
				e->is_file ? dd_class_name((dd_finding_class)e->cls) : e->id, e->is_file && e->id ? "/" : "",
				e->is_file && e->id ? e->id : "", e->expires_text, e->reason ? ": " : "", e->reason ? e->reason : "");
			if (dd_strv_push_owned(&r->expired_ignores, msg))
				return DD_ENOMEM;
			e->expires = -1; /* marks "skip" below */
		}
	}
	for (size_t i = 0; i < r->n_findings; i++) {
		dd_finding *f = &r->findings[i];
		if (f->suppressed)
			continue;
		for (size_t k = 0; k < w->n; k++) {
			const entry *e = &w->e[k];
			if (e->expires < 0 || !repo_matches(e, r))
				continue;
			if (e->any_class ? !any_matches(e, r, f) : e->is_file ? !file_matches(e, f) : !vuln_matches(e, r, f))
				continue;
			f->suppressed = true;
			free(f->suppressed_by);
			if (e->label)
				f->suppressed_by = e->reason && *e->reason ? dd_asprintf("%s: %s", e->label, e->reason)
									   : dd_strdup(e->label);
			else
				f->suppressed_by = e->reason && *e->reason ? dd_asprintf("ignore file: %s", e->reason)
									   : dd_asprintf("ignore file %s line %u", w->file, e->line);
			if (!f->suppressed_by)
				return dd_error_oom();
			break;
		}
	}
	return 0;
}

static int apply_text(void *r, const char *path, const char *text, size_t len)
{
	return dd_whitelist__apply_text(r, path, text, len);
}

int dd_whitelist_apply(dd_report *r, const char *ignore_file)
{
	return dd_file_parse("ignore file", ignore_file, MAX_FILE, apply_text, r);
}

/*
 * Trivy's .trivyignore: one id per line, '#' comments, and an optional
 * "exp:YYYY-MM-DD" after the id. Recognized by its name (.trivyignore,
 * app.trivyignore) or, whatever the name, by a first line that is neither a
 * comment nor a YAML key ("vulnerabilities:"): the YAML form always starts
 * with one of its two sections.
 */
static bool is_trivyignore(const char *name, const char *text, size_t len)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	size_t bl = strlen(base);
	if (bl >= 11 && !strcmp(base + bl - 11, "trivyignore"))
		return true;
	for (size_t i = 0; i < len;) {
		size_t eol = i;
		while (eol < len && text[eol] != '\n')
			eol++;
		size_t s = i;
		while (s < eol && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r'))
			s++;
		if (s < eol && text[s] != '#' && !(eol - s == 3 && !memcmp(text + s, "---", 3))) {
			/* the first content line: a YAML key has "name:" before any
			 * blank; a list, a flow collection or a directive is YAML too */
			if (text[s] == '-' || text[s] == '{' || text[s] == '[' || text[s] == '%')
				return false;
			size_t tok = s;
			while (tok < eol && text[tok] != ' ' && text[tok] != '\t' && text[tok] != ':' && text[tok] != '\r')
				tok++;
			return tok == eol || text[tok] != ':';
		}
		i = eol + 1;
	}
	return false;
}

static int trivy_line(wl *w, unsigned line, char *p)
{
	char *save = NULL, *id = strtok_r(p, " \t\r", &save), *opt;
	if (!id)
		return 0;
	if (w->n >= MAX_ENTRIES)
		return dd_error_set(DD_EFORMAT, "ignore file %s line %u: too many entries", w->file, line);
	entry *e = &w->e[w->n];
	memset(e, 0, sizeof(*e));
	e->any_class = true;
	e->cls = -1;
	e->line = line;
	w->n++;
	if (!(e->id = strdup(id)))
		return dd_error_oom();
	while ((opt = strtok_r(NULL, " \t\r", &save))) {
		if (!strncmp(opt, "exp:", 4) && !e->expires_text && !parse_date(opt + 4, &e->expires) && strlen(opt) == 14) {
			if (!(e->expires_text = strdup(opt + 4)))
				return dd_error_oom();
			continue;
		}
		/* anything else would be ignored by the reader and silence more
		 * (or less) than the user meant: refuse it, with the line */
		return dd_error_set(DD_EFORMAT, "ignore file %s line %u: '%.60s' after '%.80s' is neither a comment "
			"nor exp:YYYY-MM-DD (a .trivyignore line is one id)", w->file, line, opt, id);
	}
	return 0;
}

static int apply_trivyignore(dd_report *r, const char *ignore_file, const char *text, size_t len)
{
	wl w = { ignore_file, NULL, NULL, 0 };
	int rc = 0;
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	if (lines > MAX_ENTRIES)
		return dd_error_set(DD_EFORMAT, "ignore file %s: more than %d lines", ignore_file, MAX_ENTRIES);
	if (!(w.e = calloc(lines, sizeof(*w.e))))
		return dd_error_oom();
	unsigned line = 0;
	for (size_t i = 0; !rc && i < len; line++) {
		size_t eol = i;
		while (eol < len && text[eol] != '\n')
			eol++;
		char buf[512];
		size_t n = eol - i;
		if (memchr(text + i, '\0', n))
			rc = dd_error_set(DD_EFORMAT, "ignore file %s line %u: a NUL byte (not a text file)", ignore_file, line + 1);
		else if (n >= sizeof(buf))
			rc = dd_error_set(DD_EFORMAT, "ignore file %s line %u: longer than %zu bytes", ignore_file, line + 1, sizeof(buf) - 1);
		else {
			memcpy(buf, text + i, n);
			buf[n] = '\0';
			char *hash = strchr(buf, '#');
			if (hash)
				*hash = '\0';
			rc = trivy_line(&w, line + 1, buf);
		}
		i = eol + 1;
	}
	if (!rc)
		rc = apply(&w, r, time(NULL));
	for (size_t i = 0; i < w.n; i++)
		entry_free(&w.e[i]);
	free(w.e);
	return rc;
}

int dd_whitelist__apply_text(dd_report *r, const char *ignore_file, const char *text, size_t len)
{
	if (is_trivyignore(ignore_file, text, len))
		return apply_trivyignore(r, ignore_file, text, len);
	int rc = 0;
	yaml_parser_t parser;
	yaml_document_t doc;
	bool have_parser = false, have_doc = false;
	wl w = { ignore_file, &doc, NULL, 0 };

	if (!yaml_parser_initialize(&parser)) {
		rc = dd_error_oom();
		goto cleanup;
	}
	have_parser = true;
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = dd_error_set(DD_EFORMAT, "ignore file %s line %zu: %s", ignore_file, parser.problem_mark.line + 1,
			parser.problem ? parser.problem : "invalid YAML");
		goto cleanup;
	}
	have_doc = true;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (!root)
		goto cleanup; /* an empty file ignores nothing */
	if (root->type != YAML_MAPPING_NODE) {
		rc = bad(&w, root, "the top level must be a mapping with 'vulnerabilities' and/or 'files'");
		goto cleanup;
	}
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(&doc, p->key), *v = yaml_document_get_node(&doc, p->value);
		if (!k || !v || k->type != YAML_SCALAR_NODE) {
			rc = bad(&w, root, "top-level keys must be 'vulnerabilities' or 'files'");
			goto cleanup;
		}
		const char *key = (const char *)k->data.scalar.value;
		if (!strcmp(key, "vulnerabilities"))
			rc = parse_section(&w, v, false);
		else if (!strcmp(key, "files"))
			rc = parse_section(&w, v, true);
		else
			rc = bad(&w, k, "unknown top-level key (known: vulnerabilities, files)");
		if (rc)
			goto cleanup;
	}
	rc = apply(&w, r, time(NULL));
cleanup:
	for (size_t i = 0; i < w.n; i++)
		entry_free(&w.e[i]);
	free(w.e);
	if (have_doc)
		yaml_document_delete(&doc);
	if (have_parser)
		yaml_parser_delete(&parser);
	return rc;
}

/*
 * Rules kept outside a file (the service's /whitelists): the same matching
 * as the file's entries, so a rule means the same in `drydock scan
 * --ignore-file` and in a served report. "vuln" is a vulnerability entry
 * (id or alias, any package); the other classes are files entries by rule
 * id. The expiry is a moment, not a day.
 */
int dd_report_apply_whitelist(dd_report *r, const dd_whitelist_rule *rules, size_t n, int64_t now,
	const dd_finding_filter *filter)
{
	wl w = { "whitelist", NULL, NULL, 0 };
	int rc = 0;
	if (n > MAX_ENTRIES)
		return dd_error_set(DD_ELIMIT, "whitelist: %zu rules, more than %d", n, MAX_ENTRIES);
	if (n && !(w.e = calloc(n, sizeof(*w.e))))
		return dd_error_oom();
	for (size_t k = 0; k < n; k++) {
		const dd_whitelist_rule *u = &rules[k];
		entry *e = &w.e[w.n++];
		e->cls = -1;
		e->label = u->name ? u->name : "whitelist";
		if (!u->cls || !u->id || !*u->id) {
			rc = dd_error_set(DD_EINVAL, "%s: a rule needs a class and an id", e->label);
			goto cleanup;
		}
		if (strcmp(u->cls, "vuln")) {
			e->is_file = true;
			if ((e->cls = dd_class_parse(u->cls)) < 0 || e->cls == DD_CLASS_OS_VULN || e->cls == DD_CLASS_APP_VULN) {
				rc = dd_error_set(DD_EINVAL, "%s: class '%.40s' is not vuln, secret, malware, baseline or build",
					e->label, u->cls);
				goto cleanup;
			}
		}
		if (!(e->id = strdup(u->id)) || (u->note && !(e->reason = strdup(u->note)))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		for (size_t i = 0; i < u->n_repositories; i++)
			if ((rc = dd_strv_push(&e->repositories, u->repositories[i])))
				goto cleanup;
		if (u->expires > 0) {
			char text[32];
			time_t t = (time_t)u->expires;
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
			e->expires_at = u->expires;
			if (!(e->expires_text = strdup(text))) {
				rc = dd_error_oom();
				goto cleanup;
			}
		}
	}
	if (!(rc = apply(&w, r, (time_t)now)))
		dd_report_finalize(r, filter);
cleanup:
	for (size_t i = 0; i < w.n; i++)
		entry_free(&w.e[i]);
	free(w.e);
	return rc;
}
