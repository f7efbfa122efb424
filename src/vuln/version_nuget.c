/*
 * NuGet version order (NuGet.Versioning's NuGetVersion):
 * MAJOR.MINOR[.PATCH[.REVISION]][-PRERELEASE][+METADATA]. The one idea:
 * SemVer 2.0 with up to four numbers (missing ones are 0, so 1.0 ==
 * 1.0.0.0) and pre-release labels compared case-insensitively, as NuGet
 * treats 1.0.0-Beta and 1.0.0-beta as the same version.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

typedef struct nuver {
	dd_vparts parts;
	char buf[DD_VERSION_MAX + 1];   /* lower-cased copy the parts point into */
} nuver;

static bool parse(const char *s, nuver *v)
{
	size_t len = strlen(s);
	memset(v, 0, sizeof(*v));
	if (len == 0 || len > DD_VERSION_MAX)
		return false;
	for (size_t i = 0; i < len; i++)
		v->buf[i] = dd_vlower(s[i]);
	const char *p = v->buf, *e = v->buf + len;
	while (p < e && *p == ' ')
		p++;
	while (e > p && e[-1] == ' ')
		e--;
	if (p < e && *p == 'v')
		p++;
	int n = 0;
	for (;;) {
		size_t d = dd_vspan_digits(p, (size_t)(e - p));
		if (d == 0 || n == 4)
			return false;
		v->parts.num[n++] = (dd_vspan){ p, d };
		p += d;
		if (p >= e || *p != '.')
			break;
		p++;
	}
	const char *plus = p < e ? memchr(p, '+', (size_t)(e - p)) : NULL;
	const char *pre_end = plus ? plus : e;
	if (p < pre_end) {
		if (*p != '-' || !dd_vparse_ids(p + 1, pre_end, true, v->parts.pre, DD_VMAX_IDS, &v->parts.n_pre))
			return false;
	}
	if (plus && !dd_vparse_ids(plus + 1, e, true, NULL, 0, NULL))
		return false;
	return true;
}

static int compare(const char *as, const char *bs, int *out)
{
	static _Thread_local nuver a, b;
	if (!parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid NuGet version", as);
	if (!parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid NuGet version", bs);
	*out = dd_vparts_cmp(&a.parts, &b.parts);
	return 0;
}

static bool valid(const char *s)
{
	static _Thread_local nuver v;
	return parse(s, &v);
}

const dd_version_scheme dd_version_nuget = { "nuget", compare, valid };
