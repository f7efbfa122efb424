/*
 * apt sources parser (apt_sources.h). Formats as sources.list(5) has them:
 *   deb [ option=value ... ] URI SUITE [COMPONENT...]
 * and deb822 stanzas with Types, URIs, Suites, Components, Signed-By,
 * Enabled. A suite ending in '/' is a flat repository and has no
 * components; any other suite needs at least one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/apt_sources.h"
#include "fix/deb822.h"
#include "util/error.h"
#include "util/str.h"

#define FIELD_MAX 4096

static char *dup_trimmed_uri(dd_span u)
{
	while (u.n > 1 && u.p[u.n - 1] == '/')
		u.n--;
	return dd_span_dup(u);
}

static int check_word(dd_span w, const char *what, const char *field)
{
	if (w.n > FIELD_MAX || memchr(w.p, '\0', w.n))
		return dd_error_set(DD_EFORMAT, "%s: %s is over %d bytes or binary", what, field, FIELD_MAX);
	return 0;
}

/* One entry: uri, suite, components (a space separated span). */
static int add(dd_apt_sources *s, dd_span uri, dd_span suite, dd_span comps, dd_span signed_by, const char *where)
{
	int rc;
	if (s->n == DD_APT_SOURCES_MAX)
		return dd_error_set(DD_ELIMIT, "%s: more than %d package sources", where, DD_APT_SOURCES_MAX);
	if ((rc = check_word(uri, where, "the URI")) || (rc = check_word(suite, where, "the suite")))
		return rc;
	if (!dd_span_has_prefix(uri, "http://") && !dd_span_has_prefix(uri, "https://") &&
	    !dd_span_has_prefix(uri, "file:/"))
		return dd_error_set(DD_EUNSUPPORTED, "%s: URI '%.*s': drydock fetches http://, https:// and file: sources only",
			where, (int)(uri.n > 200 ? 200 : uri.n), uri.p);
	dd_apt_source *v = realloc(s->v, (s->n + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	s->v = v;
	dd_apt_source *e = &v[s->n];
	memset(e, 0, sizeof(*e));
	s->n++;
	e->uri = dup_trimmed_uri(uri);
	e->suite = dd_span_dup(suite);
	e->where = strdup(where);
	if (signed_by.p && signed_by.n)
		e->signed_by = dd_span_dup(signed_by);
	if (!e->uri || !e->suite || !e->where || (signed_by.p && signed_by.n && !e->signed_by))
		return dd_error_oom();
	dd_span w;
	while (dd_deb822_word(&comps, &w)) {
		if (e->n_components == DD_APT_COMPONENTS_MAX)
			return dd_error_set(DD_ELIMIT, "%s: more than %d components", where, DD_APT_COMPONENTS_MAX);
		if ((rc = check_word(w, where, "a component")))
			return rc;
		if (!(e->components[e->n_components] = dd_span_dup(w)))
			return dd_error_oom();
		e->n_components++;
	}
	bool flat = suite.n && suite.p[suite.n - 1] == '/';
	if (flat && e->n_components)
		return dd_error_set(DD_EFORMAT, "%s: a flat repository suite ('%s') takes no components", where, e->suite);
	if (!flat && !e->n_components)
		return dd_error_set(DD_EFORMAT, "%s: suite '%s' has no component", where, e->suite);
	return 0;
}

/* "[ a=b c=d ]" options of a one-line entry; *rest starts after '['. */
static int one_line_options(dd_span *rest, dd_span *signed_by, const char *where)
{
	const char *close = memchr(rest->p, ']', rest->n);
	if (!close)
		return dd_error_set(DD_EFORMAT, "%s: '[' options without ']'", where);
	dd_span opts = { rest->p, (size_t)(close - rest->p) };
	rest->n -= (size_t)(close + 1 - rest->p);
	rest->p = close + 1;
	dd_span w;
	while (dd_deb822_word(&opts, &w)) {
		const char *eq = memchr(w.p, '=', w.n);
		if (!eq)
			return dd_error_set(DD_EFORMAT, "%s: option '%.*s' is not name=value", where, (int)w.n, w.p);
		dd_span name = { w.p, (size_t)(eq - w.p) }, value = { eq + 1, (size_t)(w.p + w.n - eq - 1) };
		if (dd_span_ieq(name, "signed-by"))
			*signed_by = value;
		else if (dd_span_ieq(name, "trusted") && dd_span_ieq(value, "yes"))
			return dd_error_set(DD_EUNSUPPORTED,
				"%s: trusted=yes turns off signature checks; drydock installs only verified packages (remove the option)",
				where);
		/* arch=, lang=, target=... do not change what a binary upgrade needs */
	}
	return 0;
}

static int parse_one_line(dd_apt_sources *s, const char *text, size_t len, const char *what)
{
	dd_lines it;
	dd_span line;
	char where[512];
	dd_lines_init(&it, text, len);
	while (dd_lines_next(&it, &line)) {
		const char *hash = memchr(line.p, '#', line.n);
		if (hash)
			line.n = (size_t)(hash - line.p);
		dd_span rest = dd_span_trim(line), type, uri, suite, signed_by = { NULL, 0 };
		if (!rest.n)
			continue;
		snprintf(where, sizeof(where), "%s line %u", what, it.lineno);
		if (!dd_deb822_word(&rest, &type))
			continue;
		if (dd_span_eq(type, "deb-src"))
			continue;
		if (!dd_span_eq(type, "deb"))
			return dd_error_set(DD_EFORMAT, "%s: expected 'deb' or 'deb-src', found '%.*s'", where,
				(int)(type.n > 40 ? 40 : type.n), type.p);
		rest = dd_span_trim(rest);
		if (rest.n && rest.p[0] == '[') {
			rest.p++;
			rest.n--;
			int rc = one_line_options(&rest, &signed_by, where);
			if (rc)
				return rc;
		}
		if (!dd_deb822_word(&rest, &uri) || !dd_deb822_word(&rest, &suite))
			return dd_error_set(DD_EFORMAT, "%s: expected 'deb URI SUITE [COMPONENT...]'", where);
		int rc = add(s, uri, suite, rest, signed_by, where);
		if (rc)
			return rc;
	}
	return 0;
}

static bool has_word(dd_span list, const char *word)
{
	dd_span w;
	while (dd_deb822_word(&list, &w))
		if (dd_span_eq(w, word))
			return true;
	return false;
}

static int parse_deb822(dd_apt_sources *s, const char *text, size_t len, const char *what)
{
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	char where[512];
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, text, len, true, what);
	while ((rc = dd_deb822_next(&it, st)) == 1) {
		snprintf(where, sizeof(where), "%s stanza at line %u", what, st->lineno);
		dd_span types = dd_deb822_get(st, "Types"), uris = dd_deb822_get(st, "URIs");
		dd_span suites = dd_deb822_get(st, "Suites"), comps = dd_deb822_get(st, "Components");
		dd_span enabled = dd_deb822_get(st, "Enabled"), trusted = dd_deb822_get(st, "Trusted");
		dd_span signed_by = dd_deb822_get(st, "Signed-By");
		if (!types.p || !uris.p || !suites.p) {
			rc = dd_error_set(DD_EFORMAT, "%s: a source needs Types, URIs and Suites", where);
			break;
		}
		if (!has_word(types, "deb") || (enabled.p && dd_span_ieq(enabled, "no")))
			continue;
		if (trusted.p && dd_span_ieq(trusted, "yes")) {
			rc = dd_error_set(DD_EUNSUPPORTED,
				"%s: Trusted: yes turns off signature checks; drydock installs only verified packages (remove it)",
				where);
			break;
		}
		dd_span u, su;
		rc = 0;
		while (!rc && dd_deb822_word(&uris, &u)) {
			dd_span sl = suites;
			while (!rc && dd_deb822_word(&sl, &su))
				rc = add(s, u, su, comps.p ? comps : (dd_span){ "", 0 }, signed_by, where);
		}
		if (rc)
			break;
	}
	free(st);
	return rc < 0 ? rc : 0;
}

int dd_apt_sources_parse(dd_apt_sources *s, const char *text, size_t len, bool deb822, const char *what)
{
	return deb822 ? parse_deb822(s, text, len, what) : parse_one_line(s, text, len, what);
}

bool dd_apt_sources_path(const char *path, bool *deb822)
{
	if (strcmp(path, "etc/apt/sources.list") == 0) {
		*deb822 = false;
		return true;
	}
	if (!dd_starts_with(path, "etc/apt/sources.list.d/") || strchr(path + strlen("etc/apt/sources.list.d/"), '/'))
		return false;
	if (dd_ends_with(path, ".list")) {
		*deb822 = false;
		return true;
	}
	if (dd_ends_with(path, ".sources")) {
		*deb822 = true;
		return true;
	}
	return false;
}

void dd_apt_sources_free(dd_apt_sources *s)
{
	for (size_t i = 0; i < s->n; i++) {
		dd_apt_source *e = &s->v[i];
		free(e->uri);
		free(e->suite);
		free(e->signed_by);
		free(e->where);
		for (size_t j = 0; j < e->n_components; j++)
			free(e->components[j]);
	}
	free(s->v);
	s->v = NULL;
	s->n = 0;
}
