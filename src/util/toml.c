/* Bounded event reader for lock-file TOML (see toml.h). */
#include <string.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/toml.h"

#define KEY_STORE_MAX (64u << 10)

typedef struct keypath {
	dd_buf store;
	size_t off[DD_TOML_MAX_KEY_PARTS], len[DD_TOML_MAX_KEY_PARTS];
	dd_toml_str parts[DD_TOML_MAX_KEY_PARTS];
	size_t n;
} keypath;

typedef struct parser {
	const char *s, *end;
	unsigned line;
	dd_toml_cb cb;
	void *ctx;
	keypath table, key;
	bool array_table;
	bool limit_said;        /* a DD_ELIMIT came with its own message */
	dd_buf val;
} parser;

static int limit(parser *p, const char *what, int n)
{
	p->limit_said = true;
	return dd_error_set(DD_ELIMIT, "line %u: %s %d", p->line, what, n);
}

static int fail(parser *p, const char *what)
{
	return dd_error_set(DD_EFORMAT, "line %u: %s", p->line, what);
}

static void skip_ws(parser *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t'))
		p->s++;
}

static void skip_comment(parser *p)
{
	if (p->s < p->end && *p->s == '#') {
		const char *nl = memchr(p->s, '\n', (size_t)(p->end - p->s));
		p->s = nl ? nl : p->end;
	}
}

/* Whitespace, newlines and comments (inside arrays). */
static void skip_all(parser *p)
{
	for (;;) {
		skip_ws(p);
		skip_comment(p);
		if (p->s < p->end && *p->s == '\r' && p->s + 1 < p->end && p->s[1] == '\n')
			p->s++;
		if (p->s < p->end && *p->s == '\n') {
			p->s++;
			p->line++;
			continue;
		}
		return;
	}
}

static void finish_path(keypath *k)
{
	for (size_t i = 0; i < k->n; i++)
		k->parts[i] = (dd_toml_str){ k->store.ptr + k->off[i], k->len[i] };
}

static int escape(parser *p, dd_buf *out)
{
	/* p->s is just past the backslash */
	if (p->s >= p->end)
		return fail(p, "unterminated string");
	char c = *p->s++;
	const char *simple = "b\bt\tn\nf\fr\r\"\"\\\\e\x1b";
	for (const char *m = simple; *m; m += 2)
		if (c == m[0])
			return dd_buf_putc(out, m[1]);
	int digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
	if (!digits)
		return fail(p, "unknown escape in a string");
	if (p->end - p->s < digits)
		return fail(p, "truncated \\u escape");
	unsigned long cp = 0;
	for (int i = 0; i < digits; i++) {
		char h = *p->s++;
		int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
		if (v < 0)
			return fail(p, "bad hex digit in a \\u escape");
		cp = cp * 16 + (unsigned long)v;
	}
	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return fail(p, "\\u escape is not a Unicode scalar value");
	return dd_buf_put_utf8(out, cp);
}

static bool at3(parser *p, char q)
{
	return p->end - p->s >= 3 && p->s[0] == q && p->s[1] == q && p->s[2] == q;
}

/* One string in any of the four forms; p->s at the opening quote. */
static int parse_string(parser *p, dd_buf *out, bool allow_multiline)
{
	char q = *p->s;
	bool basic = q == '"';
	int rc;
	dd_buf_clear(out);
	if (at3(p, q)) {
		if (!allow_multiline)
			return fail(p, "multi-line string used as a key");
		p->s += 3;
		/* a newline right after the opening delimiter is not content */
		if (p->s < p->end && *p->s == '\r' && p->s + 1 < p->end && p->s[1] == '\n')
			p->s++;
		if (p->s < p->end && *p->s == '\n') {
			p->s++;
			p->line++;
		}
		for (;;) {
			if (p->s >= p->end)
				return fail(p, "unterminated multi-line string");
			if (at3(p, q)) {
				/* up to two more quotes belong to the content */
				size_t extra = 0;
				while (extra < 2 && p->s + 3 + extra < p->end && p->s[3 + extra] == q)
					extra++;
				if ((rc = dd_buf_put(out, p->s, extra)) != 0)
					return rc;
				p->s += 3 + extra;
				return 0;
			}
			char c = *p->s;
			if (c == '\n')
				p->line++;
			if (basic && c == '\\') {
				/* a backslash ending a line trims the line break and the
				 * white space after it */
				const char *t = p->s + 1;
				while (t < p->end && (*t == ' ' || *t == '\t'))
					t++;
				if (t < p->end && (*t == '\n' || *t == '\r')) {
					p->s = t;
					while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')) {
						if (*p->s == '\n')
							p->line++;
						p->s++;
					}
					continue;
				}
				p->s++;
				if ((rc = escape(p, out)) != 0)
					return rc;
				continue;
			}
			if ((rc = dd_buf_putc(out, c)) != 0)
				return rc;
			p->s++;
		}
	}
	p->s++;
	for (;;) {
		if (p->s >= p->end || *p->s == '\n' || *p->s == '\r')
			return fail(p, "unterminated string");
		char c = *p->s;
		if (c == q) {
			p->s++;
			return 0;
		}
		if (basic && c == '\\') {
			p->s++;
			if ((rc = escape(p, out)) != 0)
				return rc;
			continue;
		}
		if ((rc = dd_buf_putc(out, c)) != 0)
			return rc;
		p->s++;
	}
}

static bool bare_key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* A dotted key into k (appending parts). */
static int parse_key(parser *p, keypath *k)
{
	int rc;
	for (;;) {
		skip_ws(p);
		if (k->n == DD_TOML_MAX_KEY_PARTS)
			return limit(p, "key parts beyond the limit of", DD_TOML_MAX_KEY_PARTS);
		size_t off = k->store.len;
		if (p->s < p->end && (*p->s == '"' || *p->s == '\'')) {
			if ((rc = parse_string(p, &p->val, false)) != 0)
				return rc;
			if ((rc = dd_buf_put(&k->store, p->val.ptr ? p->val.ptr : "", p->val.len)) != 0)
				return rc;
		} else {
			const char *st = p->s;
			while (p->s < p->end && bare_key_char(*p->s))
				p->s++;
			if (p->s == st)
				return fail(p, "expected a key");
			if ((rc = dd_buf_put(&k->store, st, (size_t)(p->s - st))) != 0)
				return rc;
		}
		k->off[k->n] = off;
		k->len[k->n] = k->store.len - off;
		k->n++;
		skip_ws(p);
		if (p->s < p->end && *p->s == '.') {
			p->s++;
			continue;
		}
		finish_path(k);
		return 0;
	}
}

static void reset_path(keypath *k)
{
	dd_buf_clear(&k->store);
	k->n = 0;
}

static int emit(parser *p, dd_toml_kind kind, const char *v, size_t n, int index)
{
	dd_toml_event ev = {
		.kind = kind, .table = p->table.parts, .table_n = p->table.n, .array_table = p->array_table,
		.key = p->key.parts, .key_n = kind == DD_TOML_HEADER ? 0 : p->key.n,
		.value = v, .value_len = n, .array_index = index, .line = p->line,
	};
	return p->cb(p->ctx, &ev);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A number, boolean or date: the text up to a delimiter. */
static int parse_bare(parser *p, bool report, int index)
{
	const char *st = p->s;
	while (p->s < p->end && !strchr(" \t\r\n,]}#", *p->s)) {
		char c = *p->s;
		if (!bare_key_char(c) && c != '+' && c != '.' && c != ':')
			return fail(p, "unexpected character in a value");
		p->s++;
	}
	size_t n = (size_t)(p->s - st);
	if (!n)
		return fail(p, "expected a value");
	/* "1979-05-27 07:32:00": a space may separate date and time */
	if (n == 10 && st[4] == '-' && st[7] == '-' && p->end - p->s >= 4 && p->s[0] == ' ' &&
	    is_digit(p->s[1]) && is_digit(p->s[2]) && p->s[3] == ':') {
		p->s++;
		while (p->s < p->end && !strchr(" \t\r\n,]}#", *p->s))
			p->s++;
		n = (size_t)(p->s - st);
	}
	dd_toml_kind kind;
	if ((n == 4 && !memcmp(st, "true", 4)) || (n == 5 && !memcmp(st, "false", 5)))
		kind = DD_TOML_BOOL;
	else if (memchr(st, ':', n) || (n >= 10 && st[4] == '-' && st[7] == '-'))
		kind = DD_TOML_DATETIME;
	else if (is_digit(st[0]) || st[0] == '+' || st[0] == '-' || !memcmp(st, "inf", n < 3 ? n : 3) ||
		 !memcmp(st, "nan", n < 3 ? n : 3))
		kind = (n > 1 && st[0] == '0' && (st[1] == 'x' || st[1] == 'o' || st[1] == 'b')) ? DD_TOML_INTEGER :
			(memchr(st, '.', n) || memchr(st, 'e', n) || memchr(st, 'E', n) || memchr(st, 'i', n) ||
			 memchr(st, 'n', n)) ? DD_TOML_FLOAT : DD_TOML_INTEGER;
	else
		return fail(p, "unknown value");
	return report ? emit(p, kind, st, n, index) : 0;
}

static int parse_value(parser *p, int depth, bool report, int index);

static int parse_array(parser *p, int depth, bool report)
{
	int rc, i = 0;
	p->s++;
	for (;;) {
		skip_all(p);
		if (p->s >= p->end)
			return fail(p, "unterminated array");
		if (*p->s == ']') {
			p->s++;
			return report ? emit(p, DD_TOML_ARRAY_END, NULL, 0, i) : 0;
		}
		/* only a key's own array reports its elements */
		if ((rc = parse_value(p, depth + 1, report, i)) != 0)
			return rc;
		if (i < 1 << 30)
			i++;
		skip_all(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		skip_all(p);
		if (p->s >= p->end || *p->s != ']')
			return fail(p, "expected ',' or ']' in an array");
	}
}

static int parse_inline_table(parser *p, int depth)
{
	int rc;
	/* the inline table's own keys are parsed into a scratch path */
	keypath k = { .store = DD_BUF_INIT(KEY_STORE_MAX) };
	p->s++;
	skip_all(p);
	if (p->s < p->end && *p->s == '}') {
		p->s++;
		return 0;
	}
	for (;;) {
		reset_path(&k);
		if ((rc = parse_key(p, &k)) != 0)
			goto out;
		skip_ws(p);
		if (p->s >= p->end || *p->s != '=') {
			rc = fail(p, "expected '=' in an inline table");
			goto out;
		}
		p->s++;
		skip_ws(p);
		if ((rc = parse_value(p, depth + 1, false, -1)) != 0)
			goto out;
		skip_all(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			skip_all(p);
			continue;
		}
		if (p->s < p->end && *p->s == '}') {
			p->s++;
			break;
		}
		rc = fail(p, "expected ',' or '}' in an inline table");
		goto out;
	}
out:
	dd_buf_free(&k.store);
	return rc;
}

static int parse_value(parser *p, int depth, bool report, int index)
{
	if (depth > DD_TOML_MAX_DEPTH)
		return limit(p, "values nested beyond the depth limit of", DD_TOML_MAX_DEPTH);
	if (p->s >= p->end)
		return fail(p, "expected a value");
	int rc;
	switch (*p->s) {
	case '"':
	case '\'':
		if ((rc = parse_string(p, &p->val, true)) != 0)
			return rc;
		return report ? emit(p, DD_TOML_STRING, p->val.ptr ? p->val.ptr : "", p->val.len, index) : 0;
	case '[':
		/* elements of nested arrays are not reported */
		return parse_array(p, depth, report && index < 0);
	case '{':
		return parse_inline_table(p, depth);
	default:
		return parse_bare(p, report, index);
	}
}

static int end_of_line(parser *p)
{
	skip_ws(p);
	skip_comment(p);
	if (p->s >= p->end)
		return 0;
	if (*p->s == '\r' && p->s + 1 < p->end && p->s[1] == '\n')
		p->s++;
	if (*p->s != '\n')
		return fail(p, "expected the end of the line");
	p->s++;
	p->line++;
	return 0;
}

static int header(parser *p)
{
	bool arr = p->end - p->s >= 2 && p->s[1] == '[';
	int rc;
	p->s += arr ? 2 : 1;
	reset_path(&p->table);
	if ((rc = parse_key(p, &p->table)) != 0)
		return rc;
	if (p->s >= p->end || *p->s != ']' || (arr && (p->end - p->s < 2 || p->s[1] != ']')))
		return fail(p, "unterminated table header");
	p->s += arr ? 2 : 1;
	p->array_table = arr;
	reset_path(&p->key);
	if ((rc = emit(p, DD_TOML_HEADER, NULL, 0, -1)) != 0)
		return rc;
	return end_of_line(p);
}

int dd_toml_parse(const char *data, size_t len, dd_toml_cb cb, void *ctx)
{
	parser p = {
		.s = data, .end = data + len, .line = 1, .cb = cb, .ctx = ctx,
		.table = { .store = DD_BUF_INIT(KEY_STORE_MAX) },
		.key = { .store = DD_BUF_INIT(KEY_STORE_MAX) },
		.val = DD_BUF_INIT(DD_TOML_MAX_STRING),
	};
	int rc = 0;
	/* a UTF-8 byte order mark is allowed before the first line */
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		p.s += 3;
	for (;;) {
		skip_all(&p);
		if (p.s >= p.end)
			break;
		if (*p.s == '[') {
			if ((rc = header(&p)) != 0)
				break;
			continue;
		}
		reset_path(&p.key);
		if ((rc = parse_key(&p, &p.key)) != 0)
			break;
		if (p.s >= p.end || *p.s != '=') {
			rc = fail(&p, "expected '=' after a key");
			break;
		}
		p.s++;
		skip_ws(&p);
		if ((rc = parse_value(&p, 0, true, -1)) != 0 || (rc = end_of_line(&p)) != 0)
			break;
	}
	if (rc == DD_ELIMIT && !p.limit_said)
		dd_error_set(DD_ELIMIT, "line %u: a string or key longer than the reader allows", p.line);
	dd_buf_free(&p.table.store);
	dd_buf_free(&p.key.store);
	dd_buf_free(&p.val);
	return rc;
}

bool dd_toml_table_is(const dd_toml_event *ev, const char *const *parts, size_t n)
{
	if (ev->table_n != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (ev->table[i].n != strlen(parts[i]) || memcmp(ev->table[i].p, parts[i], ev->table[i].n))
			return false;
	return true;
}

bool dd_toml_key_is(const dd_toml_event *ev, const char *name)
{
	return ev->key_n == 1 && ev->key[0].n == strlen(name) && !memcmp(ev->key[0].p, name, ev->key[0].n);
}
