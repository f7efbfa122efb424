/*
 * Debian version order (deb-version(7)): [EPOCH:]UPSTREAM[-REVISION].
 * The one idea: UPSTREAM and REVISION are compared as alternating runs of
 * non-digits and digits; in non-digit runs '~' sorts before everything, even
 * the end of the string, then letters, then other characters, so
 * "1.0~rc1" < "1.0" < "1.0+b1".
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

typedef struct dpkg_version {
	const char *epoch;      size_t epoch_len;
	const char *upstream;   size_t upstream_len;
	const char *revision;   size_t revision_len;
} dpkg_version;

static bool allowed_upstream(char c)
{
	return dd_visalnum(c) || strchr(".+~-:", c) != NULL;
}

static int parse(const char *s, dpkg_version *v)
{
	size_t n = strlen(s);
	memset(v, 0, sizeof(*v));
	if (n == 0 || n > DD_VERSION_MAX)
		return -1;
	const char *colon = memchr(s, ':', n);
	if (colon) {
		v->epoch = s;
		v->epoch_len = (size_t)(colon - s);
		if (v->epoch_len == 0 || dd_vspan_digits(s, v->epoch_len) != v->epoch_len)
			return -1;
		s = colon + 1;
		n -= v->epoch_len + 1;
	}
	const char *dash = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '-')
			dash = s + i;
	v->upstream = s;
	v->upstream_len = dash ? (size_t)(dash - s) : n;
	if (dash) {
		v->revision = dash + 1;
		v->revision_len = n - v->upstream_len - 1;
		if (v->revision_len == 0)
			return -1;
		for (size_t i = 0; i < v->revision_len; i++)
			if (!dd_visalnum(v->revision[i]) && !strchr(".+~", v->revision[i]))
				return -1;
	}
	if (v->upstream_len == 0 || !dd_visdigit(v->upstream[0]))
		return -1;
	for (size_t i = 0; i < v->upstream_len; i++)
		if (!allowed_upstream(v->upstream[i]))
			return -1;
	return 0;
}

/* Weight of a character in a non-digit run; 0 is the end of the run. */
static int order(const char *p, const char *end)
{
	if (p >= end || dd_visdigit(*p))
		return 0;
	if (*p == '~')
		return -1;
	if (dd_visalpha(*p))
		return (unsigned char)*p;
	return (unsigned char)*p + 256;
}

static int verrevcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	/* a version without a revision has none (NULL): NULL + 0 is undefined */
	if (!a)
		a = "";
	if (!b)
		b = "";
	const char *ae = a + alen, *be = b + blen;
	while (a < ae || b < be) {
		while ((a < ae && !dd_visdigit(*a)) || (b < be && !dd_visdigit(*b))) {
			int oa = order(a, ae), ob = order(b, be);
			if (oa != ob)
				return oa < ob ? -1 : 1;
			if (a < ae && !dd_visdigit(*a))
				a++;
			if (b < be && !dd_visdigit(*b))
				b++;
		}
		size_t da = dd_vspan_digits(a, (size_t)(ae - a)), db = dd_vspan_digits(b, (size_t)(be - b));
		int c = dd_vcmp_digits(a, da, b, db);
		if (c)
			return c;
		a += da;
		b += db;
	}
	return 0;
}

static int compare(const char *as, const char *bs, int *out)
{
	dpkg_version a, b;
	if (parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Debian version", as);
	if (parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Debian version", bs);
	int c = dd_vcmp_digits(a.epoch, a.epoch_len, b.epoch, b.epoch_len);
	if (!c)
		c = verrevcmp(a.upstream, a.upstream_len, b.upstream, b.upstream_len);
	if (!c)
		c = verrevcmp(a.revision, a.revision_len, b.revision, b.revision_len);
	*out = c;
	return 0;
}

static bool valid(const char *s)
{
	dpkg_version v;
	return parse(s, &v) == 0;
}

const dd_version_scheme dd_version_dpkg = { "dpkg", compare, valid };
