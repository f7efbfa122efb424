/*
 * Composer version order (Packagist): Composer normalizes a version
 * ("v1.2" -> "1.2.0.0", "1.0-b2" -> "1.0.0.0-beta2", "1.0.0-stable" ->
 * "1.0.0.0") and orders the normal forms with PHP's version_compare(). The
 * one idea of version_compare: the string is cut into numbers and words at
 * every '.', '-', '_', '+' and digit/letter switch; numbers compare
 * numerically, words by their stability rank (dev < alpha = a < beta = b <
 * RC = rc < a number < pl = p = patch; unknown words below dev), and when one
 * side runs out, a number left over makes its side newer and a word is
 * compared against "a number" (so 1.0.0.0-RC1 < 1.0.0.0 < 1.0.0.0-patch1).
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

#define MAX_TOKENS 64

typedef struct ctoken {
	const char *p;
	size_t n;
	bool digits;
} ctoken;

typedef struct compver {
	ctoken tok[MAX_TOKENS];
	size_t n;
	char norm[2 * DD_VERSION_MAX + 16];
} compver;

static bool prefix_ci(const char *p, size_t n, const char *word)
{
	size_t w = strlen(word);
	if (n < w)
		return false;
	for (size_t i = 0; i < w; i++)
		if (dd_vlower(p[i]) != word[i])
			return false;
	return true;
}

/* Composer's normalize(): pads the numbers to four and spells the
 * stability suffix one way. Writes into v->norm; false when not a version. */
static bool normalize(const char *s, compver *v)
{
	size_t len = strlen(s), o = 0;
	if (len == 0 || len > DD_VERSION_MAX)
		return false;
	const char *p = s, *e = s + len;
	while (p < e && *p == ' ')
		p++;
	while (e > p && e[-1] == ' ')
		e--;
	if (p < e && (*p == 'v' || *p == 'V'))
		p++;
	if (p >= e || !dd_visdigit(*p))
		return false;
	int nums = 0;
	while (p < e && nums < 4) {
		size_t d = dd_vspan_digits(p, (size_t)(e - p));
		if (d == 0)
			break;
		if (nums)
			v->norm[o++] = '.';
		memcpy(v->norm + o, p, d);
		o += d;
		p += d;
		nums++;
		if (p + 1 < e && *p == '.' && dd_visdigit(p[1]))
			p++;
		else
			break;
	}
	for (; nums < 4; nums++) {
		memcpy(v->norm + o, ".0", 2);
		o += 2;
	}
	/* [._-]?(stable|beta|b|RC|rc|alpha|a|patch|pl|p)([.-]?\d+)*([.-]?dev)? */
	if (p < e && (*p == '.' || *p == '_' || *p == '-'))
		p++;
	static const struct { const char *in, *out; } stab[] = {
		{ "stable", "" }, { "beta", "beta" }, { "alpha", "alpha" }, { "patch", "patch" },
		{ "rc", "RC" }, { "pl", "patch" }, { "b", "beta" }, { "a", "alpha" }, { "p", "patch" },
	};
	for (size_t i = 0; p < e && i < sizeof(stab) / sizeof(*stab); i++) {
		if (!prefix_ci(p, (size_t)(e - p), stab[i].in))
			continue;
		p += strlen(stab[i].in);
		if (*stab[i].out) {
			v->norm[o++] = '-';
			memcpy(v->norm + o, stab[i].out, strlen(stab[i].out));
			o += strlen(stab[i].out);
		}
		while (p < e) {
			const char *q = p < e && (*p == '.' || *p == '-') ? p + 1 : p;
			size_t d = dd_vspan_digits(q, (size_t)(e - q));
			if (!d)
				break;
			if (q != p && o && dd_visdigit(v->norm[o - 1]))
				v->norm[o++] = '.';
			memcpy(v->norm + o, q, d);
			o += d;
			p = q + d;
		}
		break;
	}
	if (p < e) {
		const char *q = *p == '.' || *p == '-' ? p + 1 : p;
		if (prefix_ci(q, (size_t)(e - q), "dev") && (size_t)(e - q) == 3) {
			memcpy(v->norm + o, "-dev", 4);
			o += 4;
			p = e;
		}
	}
	if (p != e)
		return false;
	v->norm[o] = '\0';
	return true;
}

/* version_compare()'s canonical cut into tokens. */
static bool tokenize(compver *v)
{
	const char *p = v->norm;
	v->n = 0;
	while (*p) {
		if (!dd_visalnum(*p)) {
			p++;
			continue;
		}
		const char *st = p;
		bool d = dd_visdigit(*p);
		while (*p && dd_visalnum(*p) && dd_visdigit(*p) == d)
			p++;
		if (v->n == MAX_TOKENS)
			return false;
		v->tok[v->n++] = (ctoken){ st, (size_t)(p - st), d };
	}
	return true;
}

/* Rank of a word by its prefix, as PHP's compare_special_version_forms. */
static int special_rank(const char *p, size_t n)
{
	static const struct { const char *name; int rank; } forms[] = {
		{ "dev", 0 }, { "alpha", 1 }, { "a", 1 }, { "beta", 2 }, { "b", 2 },
		{ "RC", 3 }, { "rc", 3 }, { "#", 4 }, { "pl", 5 }, { "p", 5 },
	};
	for (size_t i = 0; i < sizeof(forms) / sizeof(*forms); i++) {
		size_t w = strlen(forms[i].name);
		if (n >= w && memcmp(p, forms[i].name, w) == 0)
			return forms[i].rank;
	}
	return -1;
}

static int cmp_tokens(const compver *a, const compver *b)
{
	size_t i = 0;
	for (; i < a->n && i < b->n; i++) {
		const ctoken *x = &a->tok[i], *y = &b->tok[i];
		int c;
		if (x->digits && y->digits)
			c = dd_vcmp_digits(x->p, x->n, y->p, y->n);
		else {
			int rx = x->digits ? 4 : special_rank(x->p, x->n);
			int ry = y->digits ? 4 : special_rank(y->p, y->n);
			c = rx < ry ? -1 : rx > ry;
		}
		if (c)
			return c;
	}
	if (i < a->n)
		return a->tok[i].digits ? 1 : (special_rank(a->tok[i].p, a->tok[i].n) < 4 ? -1 : 1);
	if (i < b->n)
		return b->tok[i].digits ? -1 : (special_rank(b->tok[i].p, b->tok[i].n) < 4 ? 1 : -1);
	return 0;
}

static bool parse(const char *s, compver *v)
{
	return normalize(s, v) && tokenize(v);
}

static int compare(const char *as, const char *bs, int *out)
{
	static _Thread_local compver a, b;
	if (!parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Composer version", as);
	if (!parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Composer version", bs);
	*out = cmp_tokens(&a, &b);
	return 0;
}

static bool valid(const char *s)
{
	static _Thread_local compver v;
	return parse(s, &v);
}

const dd_version_scheme dd_version_composer = { "composer", compare, valid };
