/*
 * RubyGems version order (Gem::Version). The one idea: a version is a list
 * of segments, numbers and words (each run of digits or letters; "-" means
 * ".pre."), and any word makes it a pre-release: words sort before numbers,
 * so 1.0.a < 1.0 < 1.0.1. Trailing zero segments do not count (1.0 == 1),
 * separately for the numeric part and the part from the first word on.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

#define MAX_SEGMENTS 64

typedef struct segment {
	const char *p;
	size_t n;
	bool word;
} segment;

typedef struct gemver {
	segment seg[MAX_SEGMENTS];
	size_t n;
} gemver;

static bool is_zero(const segment *s)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->p[i] != '0')
			return false;
	return !s->word;
}

static bool parse(const char *s, gemver *v)
{
	size_t len = strlen(s);
	const char *p = s, *e = s + len;
	v->n = 0;
	if (len > DD_VERSION_MAX)
		return false;
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
		e--;
	/* an empty version is "0", as Gem::Version.new("") */
	if (p == e) {
		v->seg[v->n++] = (segment){ "0", 1, false };
		return true;
	}
	/* Gem::Version::ANCHORED_VERSION_PATTERN: [0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)? */
	if (!dd_visdigit(*p))
		return false;
	bool in_pre = false;
	while (p < e) {
		if (*p == '.' || *p == '-') {
			if (*p == '-') {
				in_pre = true;
				/* "-" stands for ".pre." */
				if (v->n == MAX_SEGMENTS)
					return false;
				v->seg[v->n++] = (segment){ "pre", 3, true };
			}
			p++;
			if (p >= e || (!dd_visalnum(*p) && !(in_pre && *p == '-')))
				return false;
			continue;
		}
		if (!dd_visalnum(*p))
			return false;
		const char *st = p;
		bool word = dd_visalpha(*p);
		while (p < e && (word ? dd_visalpha(*p) : dd_visdigit(*p)))
			p++;
		if (v->n == MAX_SEGMENTS)
			return false;
		v->seg[v->n++] = (segment){ st, (size_t)(p - st), word };
	}
	/* canonical segments: drop trailing zeros of the numeric part and of
	 * the part that starts with the first word */
	size_t first_word = v->n;
	for (size_t i = 0; i < v->n; i++)
		if (v->seg[i].word) {
			first_word = i;
			break;
		}
	segment out[MAX_SEGMENTS];
	size_t m = 0, end_num = first_word;
	while (end_num > 0 && is_zero(&v->seg[end_num - 1]))
		end_num--;
	for (size_t i = 0; i < end_num; i++)
		out[m++] = v->seg[i];
	size_t end_str = v->n;
	while (end_str > first_word && is_zero(&v->seg[end_str - 1]))
		end_str--;
	for (size_t i = first_word; i < end_str; i++)
		out[m++] = v->seg[i];
	memcpy(v->seg, out, m * sizeof(*out));
	v->n = m;
	return true;
}

static int gem_cmp(const gemver *a, const gemver *b)
{
	static const segment zero = { "0", 1, false };
	size_t n = a->n > b->n ? a->n : b->n;
	for (size_t i = 0; i < n; i++) {
		const segment *x = i < a->n ? &a->seg[i] : &zero, *y = i < b->n ? &b->seg[i] : &zero;
		if (x->word != y->word)
			return x->word ? -1 : 1;
		int c;
		if (x->word) {
			c = memcmp(x->p, y->p, x->n < y->n ? x->n : y->n);
			c = c ? dd_vsign(c) : (x->n < y->n ? -1 : x->n > y->n);
		} else {
			c = dd_vcmp_digits(x->p, x->n, y->p, y->n);
		}
		if (c)
			return c;
	}
	return 0;
}

static int compare(const char *as, const char *bs, int *out)
{
	gemver a, b;
	if (!parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid RubyGems version", as);
	if (!parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid RubyGems version", bs);
	*out = gem_cmp(&a, &b);
	return 0;
}

static bool valid(const char *s)
{
	gemver v;
	return parse(s, &v);
}

const dd_version_scheme dd_version_rubygems = { "rubygems", compare, valid };
