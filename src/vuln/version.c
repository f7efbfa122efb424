/*
 * The comparator table keyed by OSV ecosystem and purl type, and
 * dd_vercmp(). The one idea: an ecosystem name may carry a release suffix
 * ("Debian:12", "Alpine:v3.19", "Ubuntu:22.04:LTS"); only the part before
 * the first ':' picks the comparator.
 */
#include <string.h>
#include <strings.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

extern const dd_version_scheme dd_version_dpkg, dd_version_apk, dd_version_rpm, dd_version_semver,
	dd_version_go, dd_version_maven, dd_version_pep440, dd_version_rubygems, dd_version_nuget,
	dd_version_composer;

static const struct {
	const char *name;
	const dd_version_scheme *scheme;
} ecosystems[] = {
	{ "Debian", &dd_version_dpkg },
	{ "Ubuntu", &dd_version_dpkg },
	{ "Alpine", &dd_version_apk },
	{ "Wolfi", &dd_version_apk },
	{ "Chainguard", &dd_version_apk },
	{ "AlmaLinux", &dd_version_rpm },
	{ "Rocky Linux", &dd_version_rpm },
	{ "Red Hat", &dd_version_rpm },
	{ "openSUSE", &dd_version_rpm },
	{ "SUSE", &dd_version_rpm },
	{ "Mageia", &dd_version_rpm },
	{ "Photon OS", &dd_version_rpm },
	{ "Azure Linux", &dd_version_rpm },
	{ "npm", &dd_version_semver },
	{ "crates.io", &dd_version_semver },
	{ "Go", &dd_version_go },
	{ "Maven", &dd_version_maven },
	{ "PyPI", &dd_version_pep440 },
	{ "RubyGems", &dd_version_rubygems },
	{ "NuGet", &dd_version_nuget },
	{ "Packagist", &dd_version_composer },
};

int dd_vcmp_digits(const char *a, size_t alen, const char *b, size_t blen)
{
	while (alen && *a == '0') {
		a++;
		alen--;
	}
	while (blen && *b == '0') {
		b++;
		blen--;
	}
	if (alen != blen)
		return alen < blen ? -1 : 1;
	if (!alen)
		return 0; /* both all zeros: memcmp must not see a NULL empty part */
	return dd_vsign(memcmp(a, b, alen));
}

size_t dd_vspan_digits(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && dd_visdigit(s[i]))
		i++;
	return i;
}

bool dd_vspan_is_number(dd_vspan s)
{
	return s.n && dd_vspan_digits(s.p, s.n) == s.n;
}

bool dd_vparse_ids(const char *p, const char *e, bool zeros_ok, dd_vspan *ids, size_t max, size_t *n_out)
{
	size_t n = 0;
	for (;;) {
		const char *s = p;
		while (p < e && (dd_visalnum(*p) || *p == '-'))
			p++;
		dd_vspan id = { s, (size_t)(p - s) };
		if (id.n == 0 || (p < e && *p != '.'))
			return false;
		if (!zeros_ok && id.n > 1 && id.p[0] == '0' && dd_vspan_is_number(id))
			return false;
		if (ids) {
			if (n == max)
				return false;
			ids[n] = id;
		}
		n++;
		if (p >= e)
			break;
		p++;
	}
	if (n_out)
		*n_out = n;
	return true;
}

int dd_vcmp_ident(dd_vspan a, dd_vspan b)
{
	bool da = dd_vspan_is_number(a), db = dd_vspan_is_number(b);
	if (da && db)
		return dd_vcmp_digits(a.p, a.n, b.p, b.n);
	if (da != db)
		return da ? -1 : 1;
	int c = memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);
	return c ? dd_vsign(c) : (a.n < b.n ? -1 : a.n > b.n);
}

int dd_vcmp_prerelease(const dd_vspan *a, size_t na, const dd_vspan *b, size_t nb)
{
	if (!na || !nb)
		return na == nb ? 0 : (na ? -1 : 1);
	for (size_t i = 0; i < na && i < nb; i++) {
		int c = dd_vcmp_ident(a[i], b[i]);
		if (c)
			return c;
	}
	return na == nb ? 0 : (na < nb ? -1 : 1);
}

int dd_vparts_cmp(const dd_vparts *a, const dd_vparts *b)
{
	for (int i = 0; i < 4; i++) {
		int c = dd_vcmp_digits(a->num[i].p, a->num[i].n, b->num[i].p, b->num[i].n);
		if (c)
			return c;
	}
	return dd_vcmp_prerelease(a->pre, a->n_pre, b->pre, b->n_pre);
}

const dd_version_scheme *dd_version_scheme_for(const char *ecosystem)
{
	if (!ecosystem)
		return NULL;
	const char *colon = strchr(ecosystem, ':');
	size_t n = colon ? (size_t)(colon - ecosystem) : strlen(ecosystem);
	for (size_t i = 0; i < sizeof(ecosystems) / sizeof(*ecosystems); i++)
		if (strlen(ecosystems[i].name) == n && strncasecmp(ecosystems[i].name, ecosystem, n) == 0)
			return ecosystems[i].scheme;
	/* the comparator's own name works too ("dpkg", "semver") */
	for (size_t i = 0; i < sizeof(ecosystems) / sizeof(*ecosystems); i++)
		if (strlen(ecosystems[i].scheme->name) == n &&
		    strncasecmp(ecosystems[i].scheme->name, ecosystem, n) == 0)
			return ecosystems[i].scheme;
	return NULL;
}

int dd_vercmp(const char *ecosystem, const char *a, const char *b, int *out)
{
	const dd_version_scheme *s = dd_version_scheme_for(ecosystem);
	if (!s)
		return dd_error_set(DD_EINVAL, "unknown ecosystem '%s' (known: Debian, Ubuntu, Alpine, AlmaLinux, "
			"Rocky Linux, npm, crates.io, Go, Maven, PyPI, RubyGems, NuGet, Packagist)", ecosystem ? ecosystem : "");
	if (!a || !b)
		return dd_error_set(DD_EINVAL, "two versions are needed");
	return s->compare(a, b, out);
}

int dd_version_valid(const char *ecosystem, const char *v)
{
	const dd_version_scheme *s = dd_version_scheme_for(ecosystem);
	if (!s)
		return dd_error_set(DD_EINVAL, "unknown ecosystem '%s'", ecosystem ? ecosystem : "");
	return v && s->valid(v) ? 1 : 0;
}
