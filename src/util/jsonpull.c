/* Pull reader for in-memory JSON (see jsonpull.h). */
#include <string.h>

#include "util/error.h"
#include "util/jsonpull.h"

#define SCRATCH_MAX (16u << 20)

void dd_jp_init(dd_jp *p, const char *data, size_t len, int max_depth)
{
	memset(p, 0, sizeof(*p));
	p->s = p->start = data;
	p->end = data + len;
	p->max_depth = max_depth > 0 ? max_depth : DD_JP_MAX_DEPTH;
	dd_buf_init(&p->scratch, SCRATCH_MAX);
	/* a UTF-8 byte order mark (files written on Windows) */
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		p->s += 3;
}

void dd_jp_free(dd_jp *p)
{
	dd_buf_free(&p->scratch);
}

static bool fail(dd_jp *p, const char *what)
{
	if (!p->rc) {
		unsigned line = 1;
		for (const char *c = p->start; c < p->s && c < p->end; c++)
			line += *c == '\n';
		p->rc = dd_error_set(DD_EFORMAT, "line %u: %s", line, what);
	}
	p->s = p->end;
	return false;
}

static void ws(dd_jp *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
		p->s++;
}

dd_jp_type dd_jp_peek(dd_jp *p)
{
	if (p->rc)
		return DD_JP_ERROR;
	ws(p);
	if (p->s >= p->end)
		return DD_JP_ERROR;
	switch (*p->s) {
	case '{': return DD_JP_OBJECT;
	case '[': return DD_JP_ARRAY;
	case '"': return DD_JP_STRING;
	case 't': return DD_JP_TRUE;
	case 'f': return DD_JP_FALSE;
	case 'n': return DD_JP_NULL;
	default:
		return (*p->s == '-' || (*p->s >= '0' && *p->s <= '9')) ? DD_JP_NUMBER : DD_JP_ERROR;
	}
}

bool dd_jp_enter(dd_jp *p, dd_jp_type type)
{
	if (dd_jp_peek(p) != type || (type != DD_JP_OBJECT && type != DD_JP_ARRAY))
		return fail(p, type == DD_JP_OBJECT ? "expected an object" : "expected an array");
	if (p->depth >= p->max_depth)
		return fail(p, "nested too deep");
	p->s++;
	p->depth++;
	p->need_comma = false;
	return true;
}

/* The close of the current container or, after a member, its comma. */
static bool next_member(dd_jp *p, char close)
{
	if (p->rc)
		return false;
	ws(p);
	if (p->s < p->end && *p->s == close) {
		p->s++;
		p->depth--;
		p->need_comma = true;
		return false;
	}
	if (p->need_comma) {
		if (p->s >= p->end || *p->s != ',')
			return fail(p, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
		p->s++;
		ws(p);
	}
	p->need_comma = false;
	return true;
}

static int hex4(const char *s)
{
	int v = 0;
	for (int i = 0; i < 4; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* A string at p->s (the opening quote). */
static bool read_string(dd_jp *p, dd_jp_str *out)
{
	const char *s = p->s + 1, *e = p->end;
	const char *q = s;
	while (q < e && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20)
		q++;
	if (q < e && *q == '"') {
		out->p = s;
		out->n = (size_t)(q - s);
		p->s = q + 1;
		return true;
	}
	/* escapes: decode into the scratch buffer */
	dd_buf *b = &p->scratch;
	dd_buf_clear(b);
	if (dd_buf_put(b, s, (size_t)(q - s)))
		return fail(p, "string too long");
	while (q < e) {
		char c = *q;
		if (c == '"') {
			out->p = b->ptr ? b->ptr : "";
			out->n = b->len;
			p->s = q + 1;
			return true;
		}
		if ((unsigned char)c < 0x20)
			return fail(p, "control character in a string");
		if (c != '\\') {
			const char *r = q;
			while (r < e && *r != '"' && *r != '\\' && (unsigned char)*r >= 0x20)
				r++;
			if (dd_buf_put(b, q, (size_t)(r - q)))
				return fail(p, "string too long");
			q = r;
			continue;
		}
		if (e - q < 2)
			break;
		char x = q[1];
		const char *simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
		const char *m = strchr(simple, x);
		int rc;
		if (x && m && ((m - simple) % 2) == 0) {
			rc = dd_buf_putc(b, m[1]);
			q += 2;
		} else if (x == 'u') {
			if (e - q < 6)
				break;
			int cp = hex4(q + 2);
			if (cp < 0)
				return fail(p, "bad \\u escape");
			q += 6;
			if (cp >= 0xd800 && cp <= 0xdbff && e - q >= 6 && q[0] == '\\' && q[1] == 'u') {
				int lo = hex4(q + 2);
				if (lo >= 0xdc00 && lo <= 0xdfff) {
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
					q += 6;
				}
			}
			if (cp >= 0xd800 && cp <= 0xdfff)
				cp = 0xfffd;   /* a lone surrogate */
			rc = dd_buf_put_utf8(b, (unsigned)cp);
		} else {
			return fail(p, "bad escape in a string");
		}
		if (rc)
			return fail(p, "string too long");
	}
	return fail(p, "unterminated string");
}

bool dd_jp_key(dd_jp *p, dd_jp_str *key)
{
	if (!next_member(p, '}'))
		return false;
	if (p->s >= p->end || *p->s != '"')
		return fail(p, "expected a key");
	if (!read_string(p, key))
		return false;
	ws(p);
	if (p->s >= p->end || *p->s != ':')
		return fail(p, "expected ':'");
	p->s++;
	return true;
}

bool dd_jp_elem(dd_jp *p)
{
	return next_member(p, ']');
}

bool dd_jp_string(dd_jp *p, dd_jp_str *out)
{
	if (dd_jp_peek(p) != DD_JP_STRING)
		return fail(p, "expected a string");
	if (!read_string(p, out))
		return false;
	p->need_comma = true;
	return true;
}

static bool literal(dd_jp *p, const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(p->end - p->s) < n || memcmp(p->s, lit, n))
		return fail(p, "bad literal");
	p->s += n;
	return true;
}

static bool number(dd_jp *p)
{
	const char *s = p->s;
	if (s < p->end && *s == '-')
		s++;
	const char *d = s;
	while (s < p->end && ((*s >= '0' && *s <= '9') || *s == '.' || *s == 'e' || *s == 'E' || *s == '+' || *s == '-'))
		s++;
	if (s == d)
		return fail(p, "bad number");
	p->s = s;
	return true;
}

/* One scalar value. */
static bool scalar(dd_jp *p, dd_jp_type t)
{
	dd_jp_str tmp;
	switch (t) {
	case DD_JP_STRING: return read_string(p, &tmp);
	case DD_JP_TRUE: return literal(p, "true");
	case DD_JP_FALSE: return literal(p, "false");
	case DD_JP_NULL: return literal(p, "null");
	case DD_JP_NUMBER: return number(p);
	default: return fail(p, "expected a value");
	}
}

bool dd_jp_bool(dd_jp *p)
{
	dd_jp_type t = dd_jp_peek(p);
	if (t == DD_JP_TRUE) {
		bool ok = literal(p, "true");
		p->need_comma = true;
		return ok;
	}
	dd_jp_skip(p);
	return false;
}

bool dd_jp_skip(dd_jp *p)
{
	dd_jp_type t = dd_jp_peek(p);
	if (t != DD_JP_OBJECT && t != DD_JP_ARRAY) {
		bool ok = scalar(p, t);
		p->need_comma = true;
		return ok;
	}
	/* containers: iterate with our own stack of what is open */
	char stack[DD_JP_MAX_DEPTH];
	int top = 0;
	if (!dd_jp_enter(p, t))
		return false;
	stack[top++] = t == DD_JP_OBJECT ? '}' : ']';
	while (top > 0) {
		char close = stack[top - 1];
		dd_jp_str k;
		bool more = close == '}' ? dd_jp_key(p, &k) : dd_jp_elem(p);
		if (p->rc)
			return false;
		if (!more) {
			top--;
			continue;
		}
		dd_jp_type v = dd_jp_peek(p);
		if (v == DD_JP_OBJECT || v == DD_JP_ARRAY) {
			if (top == DD_JP_MAX_DEPTH || !dd_jp_enter(p, v))
				return fail(p, "nested too deep");
			stack[top++] = v == DD_JP_OBJECT ? '}' : ']';
		} else {
			if (!scalar(p, v))
				return false;
			p->need_comma = true;
		}
	}
	p->need_comma = true;
	return true;
}

bool dd_jp_finish(dd_jp *p)
{
	if (p->rc)
		return false;
	ws(p);
	if (p->s != p->end)
		return fail(p, "text after the JSON value");
	return true;
}

bool dd_jp_eq(dd_jp_str s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n == n && !memcmp(s.p, lit, n);
}
