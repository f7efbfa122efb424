/*
 * Go module version order (golang.org/x/mod/semver): vMAJOR[.MINOR[.PATCH]]
 * [-PRERELEASE][+BUILD]. The one idea: Go's semver is strict SemVer with a
 * required "v", shorthands "v1" and "v1.2" for v1.0.0 and v1.2.0, and build
 * metadata ignored — so "+incompatible" never changes order and
 * pseudo-versions (v0.0.0-20210101000000-abcdef123456) are ordinary
 * pre-releases. OSV's Go ecosystem writes versions without the "v"
 * ("1.21.5"); both spellings are accepted.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

/* num[i].n == 0 is the shorthand's implicit 0 */
typedef dd_vparts gover;

static bool parse_number(const char **pp, const char *e, dd_vspan *out)
{
	const char *p = *pp;
	size_t n = dd_vspan_digits(p, (size_t)(e - p));
	if (n == 0 || (n > 1 && *p == '0'))
		return false;
	*out = (dd_vspan){ p, n };
	*pp = p + n;
	return true;
}

static bool parse(const char *s, gover *v)
{
	size_t len = strlen(s);
	const char *p = s, *e = s + len;
	/* not the whole struct: the pre-release slots are read only up to n_pre */
	memset(v->num, 0, sizeof(v->num));
	v->n_pre = 0;
	if (len == 0 || len > DD_VERSION_MAX)
		return false;
	if (*p == 'v')
		p++;
	if (!parse_number(&p, e, &v->num[0]))
		return false;
	bool shorthand = false;
	for (int i = 1; i < 3; i++) {
		if (p >= e || *p != '.') {
			shorthand = true;
			break;
		}
		p++;
		if (!parse_number(&p, e, &v->num[i]))
			return false;
	}
	if (p < e && *p == '-') {
		/* "v1.2-pre" is not a version: a pre-release needs all three numbers */
		if (shorthand)
			return false;
		const char *end = memchr(p, '+', (size_t)(e - p));
		if (!end)
			end = e;
		if (!dd_vparse_ids(p + 1, end, false, v->pre, DD_VMAX_IDS, &v->n_pre))
			return false;
		p = end;
	}
	if (p < e && *p == '+') {
		if (shorthand || !dd_vparse_ids(p + 1, e, true, NULL, 0, NULL))
			return false;
		p = e;
	}
	return p == e;
}

static int compare(const char *as, const char *bs, int *out)
{
	gover a, b;
	if (!parse(as, &a))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Go module version", as);
	if (!parse(bs, &b))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Go module version", bs);
	*out = dd_vparts_cmp(&a, &b);
	return 0;
}

static bool valid(const char *s)
{
	gover v;
	return parse(s, &v);
}

const dd_version_scheme dd_version_go = { "go", compare, valid };
