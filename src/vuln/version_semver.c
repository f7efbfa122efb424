/*
 * SemVer 2.0 order as node-semver implements it (npm) and as crates.io
 * uses it: MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]. The one idea: build
 * metadata never matters, a pre-release sorts before its release, and
 * pre-release identifiers compare numerically when both are numbers,
 * numbers before words otherwise.
 *
 * compare() accepts node-semver's loose syntax (leading "v", "=" and
 * spaces, leading zeros, a pre-release without '-') because package.json
 * files in the wild use it; valid() is the strict grammar.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

typedef dd_vparts semver;

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool parse(const char *s, bool loose, semver *v)
{
	size_t len = strlen(s);
	const char *p = s, *e = s + len;
	/* not the whole struct: the pre-release slots are read only up to n_pre */
	memset(v->num, 0, sizeof(v->num));
	v->n_pre = 0;
	if (len > DD_VERSION_MAX)
		return false;
	while (p < e && is_space(*p))
		p++;
	while (e > p && is_space(e[-1]))
		e--;
	if (loose) {
		while (p < e && (*p == 'v' || *p == '=' || is_space(*p)))
			p++;
	} else if (p < e && *p == 'v') {
		p++;
	}
	for (int i = 0; i < 3; i++) {
		size_t n = dd_vspan_digits(p, (size_t)(e - p));
		if (n == 0 || (!loose && n > 1 && *p == '0') || n > 16)
			return false;
		v->num[i] = (dd_vspan){ p, n };
		p += n;
		if (i < 2) {
			if (p >= e || *p != '.')
				return false;
			p++;
		}
	}
	const char *plus = memchr(p, '+', (size_t)(e - p));
	const char *pre_end = plus ? plus : e;
	if (plus && !dd_vparse_ids(plus + 1, e, true, NULL, 0, NULL))
		return false;
	if (p < pre_end) {
		if (*p == '-')
			p++;
		else if (!loose)
			return false;
		if (!dd_vparse_ids(p, pre_end, loose, v->pre, DD_VMAX_IDS, &v->n_pre))
			return false;
	}
	return true;
}

static int compare(const char *as, const char *bs, int *out)
{
	semver a, b;
	if (!parse(as, true, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid semantic version", as);
	if (!parse(bs, true, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid semantic version", bs);
	*out = dd_vparts_cmp(&a, &b);
	return 0;
}

static bool valid(const char *s)
{
	semver v;
	return parse(s, false, &v);
}

const dd_version_scheme dd_version_semver = { "semver", compare, valid };
