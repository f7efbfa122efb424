/*
 * rpm version order: [EPOCH:]VERSION[-RELEASE], each part compared with
 * rpmvercmp. The one idea: a version is cut into runs of digits and runs of
 * letters, everything else only separates runs; a digit run beats a letter
 * run, '~' sorts before anything (even the end: 1.0~rc1 < 1.0) and '^'
 * after the end but before anything else (1.0 < 1.0^git1 < 1.0.1).
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

static int rpmvercmp(const char *a, size_t alen, const char *b, size_t blen)
{
	const char *ae = a + alen, *be = b + blen;
	if (alen == blen && memcmp(a, b, alen) == 0)
		return 0;
	for (;;) {
		while (a < ae && !dd_visalnum(*a) && *a != '~' && *a != '^')
			a++;
		while (b < be && !dd_visalnum(*b) && *b != '~' && *b != '^')
			b++;
		bool at = a < ae, bt = b < be;
		if ((at && *a == '~') || (bt && *b == '~')) {
			if (!(at && *a == '~'))
				return 1;
			if (!(bt && *b == '~'))
				return -1;
			a++;
			b++;
			continue;
		}
		if ((at && *a == '^') || (bt && *b == '^')) {
			if (!at)
				return -1;
			if (!bt)
				return 1;
			if (*a != '^')
				return 1;
			if (*b != '^')
				return -1;
			a++;
			b++;
			continue;
		}
		if (!at || !bt)
			break;
		bool num = dd_visdigit(*a);
		const char *sa = a, *sb = b;
		if (num) {
			while (a < ae && dd_visdigit(*a))
				a++;
			while (b < be && dd_visdigit(*b))
				b++;
		} else {
			while (a < ae && dd_visalpha(*a))
				a++;
			while (b < be && dd_visalpha(*b))
				b++;
		}
		/* runs of different kinds: the number is newer */
		if (b == sb)
			return num ? 1 : -1;
		int c;
		if (num) {
			c = dd_vcmp_digits(sa, (size_t)(a - sa), sb, (size_t)(b - sb));
		} else {
			size_t la = (size_t)(a - sa), lb = (size_t)(b - sb);
			c = memcmp(sa, sb, la < lb ? la : lb);
			c = c ? dd_vsign(c) : (la < lb ? -1 : la > lb);
		}
		if (c)
			return c;
	}
	if (a >= ae && b >= be)
		return 0;
	return a >= ae ? -1 : 1;
}

typedef struct evr {
	const char *e, *v, *r;
	size_t el, vl, rl;
} evr;

static int parse(const char *s, evr *out)
{
	size_t n = strlen(s);
	memset(out, 0, sizeof(*out));
	if (n == 0 || n > DD_VERSION_MAX)
		return -1;
	const char *colon = strchr(s, ':');
	if (colon) {
		out->e = s;
		out->el = (size_t)(colon - s);
		if (dd_vspan_digits(s, out->el) != out->el)
			return -1;
		n -= out->el + 1;
		s = colon + 1;
	}
	const char *dash = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '-')
			dash = s + i;
	out->v = s;
	out->vl = dash ? (size_t)(dash - s) : n;
	if (dash) {
		out->r = dash + 1;
		out->rl = n - out->vl - 1;
	}
	return out->vl ? 0 : -1;
}

static int compare(const char *as, const char *bs, int *out)
{
	evr a, b;
	if (parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid rpm version", as);
	if (parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid rpm version", bs);
	int c = dd_vcmp_digits(a.e, a.el, b.e, b.el);
	if (!c)
		c = rpmvercmp(a.v, a.vl, b.v, b.vl);
	/* a missing release matches any release, as rpm and dnf treat "1.0" */
	if (!c && a.r && b.r)
		c = rpmvercmp(a.r, a.rl, b.r, b.rl);
	*out = c;
	return 0;
}

static bool valid(const char *s)
{
	evr v;
	return parse(s, &v) == 0;
}

const dd_version_scheme dd_version_rpm = { "rpm", compare, valid };
