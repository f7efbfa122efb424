/*
 * RubyGems analyzer: the installed-gem specifications RubyGems writes to
 * GEM_HOME/specifications/NAME-VERSION.gemspec (and specifications/default/
 * for the gems that ship with Ruby itself, such as openssl or json).
 *
 * The one idea: these files are Ruby, but generated Ruby: RubyGems writes
 * `Gem::Specification.new do |s|` and then one `s.attr = literal` per line,
 * so reading the block variable's name, version and license(s) assignments
 * as literals ("x", 'x', "x".freeze, %q{x}, ["a".freeze, "b"]) is exact for
 * them; nothing is evaluated. A file without a name and version in that
 * form is not an installed spec we understand and is reported as such.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "analyzers/textdb.h"
#include "util/error.h"
#include "util/str.h"

#define LITERAL_MAX 1024

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode) || !dd_ends_with(path, ".gemspec"))
		return false;
	const char *base = dd_path_basename(path);
	if (base == path)
		return false;
	/* the parent is "specifications", or "specifications/default" */
	const char *s;
	size_t n = dd_path_component_before(path, base - 1, &s);
	if (n == 14 && !memcmp(s, "specifications", 14))
		return true;
	if (n != 7 || memcmp(s, "default", 7) || s == path)
		return false;
	n = dd_path_component_before(path, s - 1, &s);
	return n == 14 && !memcmp(s, "specifications", 14);
}

/* A Ruby string literal at *p: "..." '...' %q{...} %Q(...), then .freeze.
 * Writes the unescaped text to out (at most cap-1 bytes). */
static bool literal(dd_slice *p, char *out, size_t cap, size_t *outlen)
{
	const char *s = p->p, *e = p->p + p->n;
	char close;
	bool escapes;
	if (s < e && (*s == '"' || *s == '\'')) {
		close = *s;
		escapes = true;
		s++;
	} else if (e - s >= 3 && s[0] == '%' && (s[1] == 'q' || s[1] == 'Q') && strchr("{([<|", s[2])) {
		const char *open = "{([<|", *closes = "})]>|";
		close = closes[strchr(open, s[2]) - open];
		escapes = true;
		s += 3;
	} else {
		return false;
	}
	size_t n = 0;
	for (; s < e && *s != close; s++) {
		if (escapes && *s == '\\' && s + 1 < e)
			s++;
		if (n + 1 >= cap)
			return false;
		out[n++] = *s;
	}
	if (s >= e)
		return false;
	s++;
	if (e - s >= 7 && !memcmp(s, ".freeze", 7))
		s += 7;
	out[n] = '\0';
	*outlen = n;
	p->n = (size_t)(e - s);
	p->p = s;
	return true;
}

static void skip_spaces(dd_slice *s)
{
	while (s->n && (*s->p == ' ' || *s->p == '\t')) {
		s->p++;
		s->n--;
	}
}

/* "VAR.attr = " at the start of a trimmed line: returns the rest. */
static bool assignment(dd_slice line, dd_slice var, const char *attr, dd_slice *rest)
{
	size_t an = strlen(attr);
	if (line.n < var.n + 1 + an || memcmp(line.p, var.p, var.n) || line.p[var.n] != '.' ||
	    memcmp(line.p + var.n + 1, attr, an))
		return false;
	dd_slice r = { line.p + var.n + 1 + an, line.n - var.n - 1 - an };
	skip_spaces(&r);
	if (!r.n || r.p[0] != '=' || (r.n > 1 && r.p[1] == '='))
		return false;
	r.p++;
	r.n--;
	skip_spaces(&r);
	*rest = r;
	return true;
}

/* The block variable of "Gem::Specification.new do |s|". */
static bool block_var(dd_slice line, dd_slice *var)
{
	const char *m = memmem(line.p, line.n, "Gem::Specification.new", 22);
	if (!m)
		return false;
	const char *bar = memchr(m, '|', (size_t)(line.p + line.n - m));
	if (!bar)
		return false;
	const char *v = bar + 1, *e = line.p + line.n;
	while (v < e && *v == ' ')
		v++;
	const char *ve = v;
	while (ve < e && (((*ve | 0x20) >= 'a' && (*ve | 0x20) <= 'z') || (*ve >= '0' && *ve <= '9') || *ve == '_'))
		ve++;
	if (ve == v)
		return false;
	*var = (dd_slice){ v, (size_t)(ve - v) };
	return true;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	const char *pos = (const char *)data, *end = pos + len;
	dd_slice line, var = { 0 };
	char name[LITERAL_MAX] = "", version[LITERAL_MAX] = "", tmp[LITERAL_MAX];
	size_t nlen = 0, vlen = 0, tlen;
	dd_buf lic = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1);
	int rc = 0;
	while (dd_textdb_next_line(&pos, end, &line)) {
		line = dd_textdb_trim(line);
		if (!line.n || line.p[0] == '#')
			continue;
		if (!var.n) {
			block_var(line, &var);
			continue;
		}
		dd_slice rest;
		if (!nlen && assignment(line, var, "name", &rest))
			literal(&rest, name, sizeof(name), &nlen);
		else if (!vlen && assignment(line, var, "version", &rest))
			literal(&rest, version, sizeof(version), &vlen);
		else if (assignment(line, var, "license", &rest) && literal(&rest, tmp, sizeof(tmp), &tlen))
			dd_app_license_add(&lic, tmp, tlen, ", ");
		else if (assignment(line, var, "licenses", &rest)) {
			/* RubyGems writes an array; a bare string is accepted too */
			if (rest.n && rest.p[0] == '[') {
				rest.p++;
				rest.n--;
			}
			for (;;) {
				skip_spaces(&rest);
				if (!literal(&rest, tmp, sizeof(tmp), &tlen))
					break;
				dd_app_license_add(&lic, tmp, tlen, ", ");
				skip_spaces(&rest);
				if (!rest.n || rest.p[0] != ',')
					break;
				rest.p++;
				rest.n--;
			}
		}
	}
	if (!nlen || !vlen) {
		rc = dd_error_set(DD_EFORMAT, "gemspec without a literal name and version assignment");
		goto out;
	}
	dd_app_ctx c = dd_app_ctx_make(a);
	rc = dd_app_addn(&c, "gem", name, nlen, version, vlen, lic.len ? lic.ptr : NULL, false);
out:
	dd_buf_free(&lic);
	return rc;
}

const dd_analyzer dd_analyzer_gemspec = {
	.name = "gemspec",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 4u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};
