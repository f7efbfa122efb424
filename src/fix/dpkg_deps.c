/*
 * Relation parsing (dpkg_deps.h). The version order is the repository's
 * dpkg comparator (src/vuln/version_dpkg.c), the one matching already uses.
 */
#include <string.h>

#include "fix/dpkg_deps.h"
#include "util/error.h"
#include "vuln/version.h"

#define VERSION_MAX 256

bool dd_dep_next_clause(dd_span *rest, dd_span *clause)
{
	while (rest->n) {
		const char *comma = memchr(rest->p, ',', rest->n);
		size_t k = comma ? (size_t)(comma - rest->p) : rest->n;
		*clause = dd_span_trim((dd_span){ rest->p, k });
		rest->p += comma ? k + 1 : k;
		rest->n -= comma ? k + 1 : k;
		if (clause->n)
			return true;
	}
	return false;
}

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
		c == '.';
}

int dd_dep_next_alt(dd_span *clause, dd_dep_atom *atom)
{
	if (!clause->n)
		return 0;
	const char *bar = memchr(clause->p, '|', clause->n);
	size_t k = bar ? (size_t)(bar - clause->p) : clause->n;
	dd_span a = dd_span_trim((dd_span){ clause->p, k });
	clause->p += bar ? k + 1 : k;
	clause->n -= bar ? k + 1 : k;
	memset(atom, 0, sizeof(*atom));
	size_t i = 0;
	while (i < a.n && name_char(a.p[i]))
		i++;
	if (!i)
		return dd_error_set(DD_EFORMAT, "relation '%.*s': no package name", (int)(a.n > 80 ? 80 : a.n), a.p);
	atom->name = (dd_span){ a.p, i };
	if (i < a.n && a.p[i] == ':') {
		size_t j = ++i;
		while (i < a.n && name_char(a.p[i]))
			i++;
		atom->archqual = (dd_span){ a.p + j, i - j };
	}
	while (i < a.n && (a.p[i] == ' ' || a.p[i] == '\t' || a.p[i] == '\n'))
		i++;
	if (i < a.n && a.p[i] == '(') {
		const char *close = memchr(a.p + i, ')', a.n - i);
		if (!close)
			return dd_error_set(DD_EFORMAT, "relation '%.*s': '(' without ')'", (int)(a.n > 80 ? 80 : a.n), a.p);
		dd_span in = dd_span_trim((dd_span){ a.p + i + 1, (size_t)(close - a.p - i - 1) });
		static const struct { const char *s; dd_dep_op op; } ops[] = {
			{ "<<", DD_DEP_LT }, { "<=", DD_DEP_LE }, { ">=", DD_DEP_GE }, { ">>", DD_DEP_GT },
			{ "=", DD_DEP_EQ }, { "<", DD_DEP_LE }, { ">", DD_DEP_GE }, /* obsolete forms mean <= and >= */
		};
		size_t o;
		for (o = 0; o < sizeof(ops) / sizeof(ops[0]); o++)
			if (dd_span_has_prefix(in, ops[o].s))
				break;
		if (o == sizeof(ops) / sizeof(ops[0]))
			return dd_error_set(DD_EFORMAT, "relation '%.*s': unknown operator", (int)(a.n > 80 ? 80 : a.n), a.p);
		atom->op = ops[o].op;
		size_t l = strlen(ops[o].s);
		atom->version = dd_span_trim((dd_span){ in.p + l, in.n - l });
		if (!atom->version.n)
			return dd_error_set(DD_EFORMAT, "relation '%.*s': no version", (int)(a.n > 80 ? 80 : a.n), a.p);
	}
	/* "[arch]" and "<profile>" restrictions occur only in source packages */
	return 1;
}

int dd_dpkg_compare(dd_span a, dd_span b, int *out)
{
	char x[VERSION_MAX + 1], y[VERSION_MAX + 1];
	if (a.n > VERSION_MAX || b.n > VERSION_MAX)
		return dd_error_set(DD_EINVAL, "a version over %d bytes", VERSION_MAX);
	dd_span_cpy(x, sizeof(x), a);
	dd_span_cpy(y, sizeof(y), b);
	return dd_version_scheme_for("Debian")->compare(x, y, out);
}

int dd_dep_version_ok(dd_span have, dd_dep_op op, dd_span want, bool *ok)
{
	if (op == DD_DEP_ANY) {
		*ok = true;
		return 0;
	}
	int c, rc = dd_dpkg_compare(have, want, &c);
	if (rc)
		return rc;
	switch (op) {
	case DD_DEP_LT: *ok = c < 0; break;
	case DD_DEP_LE: *ok = c <= 0; break;
	case DD_DEP_EQ: *ok = c == 0; break;
	case DD_DEP_GE: *ok = c >= 0; break;
	case DD_DEP_GT: *ok = c > 0; break;
	default: *ok = true; break;
	}
	return 0;
}
