/*
 * TEMPORARY stand-in for the lead's version comparators (version.h
 * interface), so that matching can be built and tested before they land on
 * main. Delete this file when main provides dd_version_scheme_for.
 * dpkg, apk, rpm, semver/Go, and rough PEP 440 and Maven orders.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"

static int sgn(long v) { return v < 0 ? -1 : v > 0; }

static int numcmp(const char *a, size_t al, const char *b, size_t bl)
{
	while (al > 1 && *a == '0') a++, al--;
	while (bl > 1 && *b == '0') b++, bl--;
	if (al != bl)
		return al < bl ? -1 : 1;
	return sgn(memcmp(a, b, al));
}

/* ---- dpkg ---- */
static int dpkg_order(int c)
{
	if (isdigit(c)) return 0;
	if (isalpha(c)) return c;
	if (c == '~') return -1;
	if (c) return c + 256;
	return 0;
}

static int verrevcmp(const char *a, const char *ae, const char *b, const char *be)
{
	while (a < ae || b < be) {
		int first_diff = 0;
		while ((a < ae && !isdigit((unsigned char)*a)) || (b < be && !isdigit((unsigned char)*b))) {
			int ac = a < ae ? dpkg_order((unsigned char)*a) : 0;
			int bc = b < be ? dpkg_order((unsigned char)*b) : 0;
			if (ac != bc)
				return ac < bc ? -1 : 1;
			a++, b++;
		}
		while (a < ae && *a == '0') a++;
		while (b < be && *b == '0') b++;
		while (a < ae && isdigit((unsigned char)*a) && b < be && isdigit((unsigned char)*b)) {
			if (!first_diff)
				first_diff = *a - *b;
			a++, b++;
		}
		if (a < ae && isdigit((unsigned char)*a)) return 1;
		if (b < be && isdigit((unsigned char)*b)) return -1;
		if (first_diff) return first_diff < 0 ? -1 : 1;
	}
	return 0;
}

static void dpkg_split(const char *v, long *epoch, const char **us, const char **ue, const char **rs, const char **re)
{
	const char *colon = strchr(v, ':');
	*epoch = 0;
	if (colon) {
		*epoch = strtol(v, NULL, 10);
		v = colon + 1;
	}
	const char *dash = strrchr(v, '-');
	*us = v;
	*ue = dash ? dash : v + strlen(v);
	*rs = dash ? dash + 1 : *ue;
	*re = dash ? v + strlen(v) : *ue;
}

static bool dpkg_valid(const char *v)
{
	if (!v || !*v) return false;
	const char *c = strchr(v, ':');
	if (c) {
		for (const char *p = v; p < c; p++) if (!isdigit((unsigned char)*p)) return false;
		v = c + 1;
	}
	if (!isdigit((unsigned char)*v)) return false;
	for (const char *p = v; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr(".+-~:", *p)) return false;
	return true;
}

static int dpkg_compare(const char *a, const char *b, int *out)
{
	if (!dpkg_valid(a) || !dpkg_valid(b))
		return dd_error_set(DD_EINVAL, "invalid dpkg version '%.64s'", dpkg_valid(a) ? b : a);
	long ea, eb;
	const char *aus, *aue, *ars, *are, *bus, *bue, *brs, *bre;
	dpkg_split(a, &ea, &aus, &aue, &ars, &are);
	dpkg_split(b, &eb, &bus, &bue, &brs, &bre);
	int r = ea != eb ? (ea < eb ? -1 : 1) : verrevcmp(aus, aue, bus, bue);
	if (!r) r = verrevcmp(ars, are, brs, bre);
	*out = r;
	return 0;
}

/* ---- rpm ---- */
static int rpmvercmp(const char *a, const char *b)
{
	if (!strcmp(a, b)) return 0;
	const char *one = a, *two = b;
	while (*one || *two) {
		while (*one && !isalnum((unsigned char)*one) && *one != '~' && *one != '^') one++;
		while (*two && !isalnum((unsigned char)*two) && *two != '~' && *two != '^') two++;
		if (*one == '~' || *two == '~') {
			if (*one != '~') return 1;
			if (*two != '~') return -1;
			one++, two++;
			continue;
		}
		if (*one == '^' || *two == '^') {
			if (!*one) return -1;
			if (!*two) return 1;
			if (*one != '^') return 1;
			if (*two != '^') return -1;
			one++, two++;
			continue;
		}
		if (!(*one && *two)) break;
		const char *s1 = one, *s2 = two;
		bool isnum = isdigit((unsigned char)*s1);
		if (isnum) {
			while (isdigit((unsigned char)*one)) one++;
			while (isdigit((unsigned char)*two)) two++;
		} else {
			while (isalpha((unsigned char)*one)) one++;
			while (isalpha((unsigned char)*two)) two++;
		}
		if (one == s1) return -1;
		if (two == s2) return isnum ? 1 : -1;
		int r;
		if (isnum)
			r = numcmp(s1, (size_t)(one - s1), s2, (size_t)(two - s2));
		else {
			size_t l1 = (size_t)(one - s1), l2 = (size_t)(two - s2);
			r = memcmp(s1, s2, l1 < l2 ? l1 : l2);
			r = r ? sgn(r) : (l1 < l2 ? -1 : l1 > l2);
		}
		if (r) return r;
	}
	if (!*one && !*two) return 0;
	return *one ? 1 : -1;
}

static bool rpm_valid(const char *v) { return v && *v && strlen(v) < 512; }

static int rpm_compare(const char *a, const char *b, int *out)
{
	char ba[512], bb[512];
	if (!rpm_valid(a) || !rpm_valid(b))
		return dd_error_set(DD_EINVAL, "invalid rpm version");
	snprintf(ba, sizeof(ba), "%s", a);
	snprintf(bb, sizeof(bb), "%s", b);
	char *pa = ba, *pb = bb;
	long ea = 0, eb = 0;
	char *c;
	if ((c = strchr(pa, ':'))) { *c = 0; ea = atol(pa); pa = c + 1; }
	if ((c = strchr(pb, ':'))) { *c = 0; eb = atol(pb); pb = c + 1; }
	if (ea != eb) { *out = ea < eb ? -1 : 1; return 0; }
	char *ra = strrchr(pa, '-'), *rb = strrchr(pb, '-');
	if (ra) *ra++ = 0;
	if (rb) *rb++ = 0;
	int r = rpmvercmp(pa, pb);
	if (!r && ra && rb) r = rpmvercmp(ra, rb);
	*out = r;
	return 0;
}

/* ---- apk ---- */
enum { T_DIGIT_OR_ZERO, T_DIGIT, T_LETTER, T_SUFFIX, T_SUFFIX_NO, T_REVISION_NO, T_END, T_INVALID };
static const char *const pre_suffixes[] = { "alpha", "beta", "pre", "rc" };
static const char *const post_suffixes[] = { "cvs", "svn", "git", "hg", "p" };

static int suffix_rank(const char *s, size_t n)
{
	for (int i = 0; i < 4; i++) if (strlen(pre_suffixes[i]) == n && !strncmp(s, pre_suffixes[i], n)) return i - 4;
	for (int i = 0; i < 5; i++) if (strlen(post_suffixes[i]) == n && !strncmp(s, post_suffixes[i], n)) return i + 1;
	return 100;
}

static int apk_next(int t, const char **p)
{
	const char *s = *p;
	if (!*s) return T_END;
	if ((t == T_DIGIT || t == T_DIGIT_OR_ZERO) && islower((unsigned char)*s)) return T_LETTER;
	if (t == T_LETTER && isdigit((unsigned char)*s)) return T_INVALID;
	if (t == T_SUFFIX && isdigit((unsigned char)*s)) return T_SUFFIX_NO;
	if (*s == '.') { *p = s + 1; return isdigit((unsigned char)s[1]) ? T_DIGIT_OR_ZERO : T_INVALID; }
	if (*s == '_') { *p = s + 1; return T_SUFFIX; }
	if (s[0] == '-' && s[1] == 'r') { *p = s + 2; return isdigit((unsigned char)s[2]) ? T_REVISION_NO : T_INVALID; }
	return T_INVALID;
}

static int apk_value(int t, const char **p, const char **vs, size_t *vn)
{
	const char *s = *p;
	*vs = s;
	switch (t) {
	case T_DIGIT: case T_DIGIT_OR_ZERO: case T_SUFFIX_NO: case T_REVISION_NO:
		while (isdigit((unsigned char)*s)) s++;
		break;
	case T_LETTER:
		s++;
		break;
	case T_SUFFIX:
		while (islower((unsigned char)*s)) s++;
		if (suffix_rank(*vs, (size_t)(s - *vs)) == 100) return -1;
		break;
	default:
		return -1;
	}
	if (s == *vs) return -1;
	*vn = (size_t)(s - *vs);
	*p = s;
	return 0;
}

static int apk_cmp_impl(const char *a, const char *b, int *out)
{
	int at = T_DIGIT, bt = T_DIGIT;
	while (at == bt && at != T_END) {
		const char *av, *bv;
		size_t an, bn;
		if (apk_value(at, &a, &av, &an) || apk_value(bt, &b, &bv, &bn))
			return -1;
		int r = 0;
		if (at == T_DIGIT_OR_ZERO && (*av == '0' || *bv == '0')) {
			size_t m = an < bn ? an : bn;
			r = memcmp(av, bv, m);
			r = r ? sgn(r) : (an < bn ? -1 : an > bn);
		} else if (at == T_SUFFIX) {
			r = sgn(suffix_rank(av, an) - suffix_rank(bv, bn));
		} else if (at == T_LETTER) {
			r = sgn(*av - *bv);
		} else {
			r = numcmp(av, an, bv, bn);
		}
		if (r) { *out = r; return 0; }
		at = apk_next(at, &a);
		bt = apk_next(bt, &b);
		if (at == T_INVALID || bt == T_INVALID) return -1;
	}
	if (at == bt) { *out = 0; return 0; }
	if (at == T_SUFFIX) {
		const char *s = a;
		while (islower((unsigned char)*s)) s++;
		if (suffix_rank(a, (size_t)(s - a)) < 0) { *out = -1; return 0; }
	}
	if (bt == T_SUFFIX) {
		const char *s = b;
		while (islower((unsigned char)*s)) s++;
		if (suffix_rank(b, (size_t)(s - b)) < 0) { *out = 1; return 0; }
	}
	*out = at > bt ? -1 : 1;
	return 0;
}

static bool apk_valid(const char *v)
{
	int r;
	return v && isdigit((unsigned char)*v) && apk_cmp_impl(v, v, &r) == 0;
}

static int apk_compare(const char *a, const char *b, int *out)
{
	if (!apk_valid(a) || !apk_valid(b) || apk_cmp_impl(a, b, out))
		return dd_error_set(DD_EINVAL, "invalid apk version");
	return 0;
}

/* ---- semver (and Go) ---- */
static int semver_parse(const char *v, const char *nums[3], size_t nl[3], const char **pre, size_t *pl)
{
	if (*v == 'v') v++;
	for (int i = 0; i < 3; i++) {
		nums[i] = v; nl[i] = 0;
		while (isdigit((unsigned char)v[nl[i]])) nl[i]++;
		if (!nl[i]) { if (i == 0) return -1; nums[i] = "0"; nl[i] = 1; continue; }
		v += nl[i];
		if (i < 2) { if (*v == '.') v++; else { for (int k = i + 1; k < 3; k++) { nums[k] = "0"; nl[k] = 1; } break; } }
	}
	*pre = NULL; *pl = 0;
	if (*v == '-') {
		*pre = ++v;
		while (*v && *v != '+') v++;
		*pl = (size_t)(v - *pre);
	}
	if (*v && *v != '+') return -1;
	return 0;
}

static int semver_compare(const char *a, const char *b, int *out)
{
	const char *an[3], *bn[3], *ap, *bp;
	size_t al[3], bl[3], apl, bpl;
	if (!a || !b || semver_parse(a, an, al, &ap, &apl) || semver_parse(b, bn, bl, &bp, &bpl))
		return dd_error_set(DD_EINVAL, "invalid semantic version");
	for (int i = 0; i < 3; i++) {
		int r = numcmp(an[i], al[i], bn[i], bl[i]);
		if (r) { *out = r; return 0; }
	}
	if (!ap || !bp) { *out = !ap && !bp ? 0 : ap ? -1 : 1; return 0; }
	const char *pa = ap, *pb = bp, *ea = ap + apl, *eb = bp + bpl;
	while (pa < ea && pb < eb) {
		const char *xa = memchr(pa, '.', (size_t)(ea - pa)), *xb = memchr(pb, '.', (size_t)(eb - pb));
		if (!xa) xa = ea;
		if (!xb) xb = eb;
		size_t la = (size_t)(xa - pa), lb = (size_t)(xb - pb);
		bool na = true, nb = true;
		for (size_t i = 0; i < la; i++) if (!isdigit((unsigned char)pa[i])) na = false;
		for (size_t i = 0; i < lb; i++) if (!isdigit((unsigned char)pb[i])) nb = false;
		int r;
		if (na && nb) r = numcmp(pa, la, pb, lb);
		else if (na != nb) r = na ? -1 : 1;
		else { r = memcmp(pa, pb, la < lb ? la : lb); r = r ? sgn(r) : (la < lb ? -1 : la > lb); }
		if (r) { *out = r; return 0; }
		pa = xa + 1; pb = xb + 1;
	}
	*out = pa < ea ? 1 : pb < eb ? -1 : 0;
	return 0;
}

static bool semver_valid(const char *v)
{
	int r;
	return v && semver_compare(v, v, &r) == 0;
}

/* ---- rough PEP 440 / Maven: dotted numbers, then a qualifier rank ---- */
static int qual_rank(const char *s, size_t n)
{
	static const struct { const char *w; int r; } q[] = {
		{ "dev", -5 }, { "snapshot", -1 }, { "alpha", -4 }, { "a", -4 }, { "beta", -3 }, { "b", -3 },
		{ "milestone", -3 }, { "m", -3 }, { "rc", -2 }, { "c", -2 }, { "cr", -2 }, { "ga", 0 },
		{ "final", 0 }, { "release", 0 }, { "post", 1 }, { "sp", 1 },
	};
	for (size_t i = 0; i < sizeof(q) / sizeof(*q); i++)
		if (strlen(q[i].w) == n && !strncasecmp(s, q[i].w, n)) return q[i].r;
	return 2;
}

static int loose_compare(const char *a, const char *b, int *out)
{
	if (!a || !b || !*a || !*b) return dd_error_set(DD_EINVAL, "invalid version");
	for (;;) {
		while (*a && !isalnum((unsigned char)*a)) a++;
		while (*b && !isalnum((unsigned char)*b)) b++;
		if (!*a && !*b) { *out = 0; return 0; }
		const char *sa = a, *sb = b;
		bool da = isdigit((unsigned char)*a), db = isdigit((unsigned char)*b);
		if (da) while (isdigit((unsigned char)*a)) a++; else while (isalpha((unsigned char)*a)) a++;
		if (db) while (isdigit((unsigned char)*b)) b++; else while (isalpha((unsigned char)*b)) b++;
		int r;
		if (!*sa) r = db ? (numcmp("0", 1, sb, (size_t)(b - sb)) ? -1 : 0) : -sgn(qual_rank(sb, (size_t)(b - sb)));
		else if (!*sb) r = da ? (numcmp(sa, (size_t)(a - sa), "0", 1) ? 1 : 0) : sgn(qual_rank(sa, (size_t)(a - sa)));
		else if (da && db) r = numcmp(sa, (size_t)(a - sa), sb, (size_t)(b - sb));
		else if (da) r = 1;
		else if (db) r = -1;
		else r = sgn(qual_rank(sa, (size_t)(a - sa)) - qual_rank(sb, (size_t)(b - sb)));
		if (r) { *out = r; return 0; }
	}
}

static bool loose_valid(const char *v) { return v && isalnum((unsigned char)*v); }

static const dd_version_scheme s_dpkg = { "dpkg", dpkg_compare, dpkg_valid };
static const dd_version_scheme s_apk = { "apk", apk_compare, apk_valid };
static const dd_version_scheme s_rpm = { "rpm", rpm_compare, rpm_valid };
static const dd_version_scheme s_semver = { "semver", semver_compare, semver_valid };
static const dd_version_scheme s_go = { "go", semver_compare, semver_valid };
static const dd_version_scheme s_pep440 = { "pep440", loose_compare, loose_valid };
static const dd_version_scheme s_maven = { "maven", loose_compare, loose_valid };

const dd_version_scheme *dd_version_scheme_for(const char *eco)
{
	static const struct { const char *name; const dd_version_scheme *s; } map[] = {
		{ "Debian", &s_dpkg }, { "Ubuntu", &s_dpkg }, { "Alpine", &s_apk }, { "AlmaLinux", &s_rpm },
		{ "Rocky Linux", &s_rpm }, { "Red Hat", &s_rpm }, { "npm", &s_semver }, { "crates.io", &s_semver },
		{ "Go", &s_go }, { "PyPI", &s_pep440 }, { "Maven", &s_maven }, { "NuGet", &s_semver },
		{ "RubyGems", &s_maven }, { "Packagist", &s_maven },
	};
	if (!eco) return NULL;
	size_t n = strcspn(eco, ":");
	for (size_t i = 0; i < sizeof(map) / sizeof(*map); i++)
		if (strlen(map[i].name) == n && !strncmp(eco, map[i].name, n)) return map[i].s;
	return NULL;
}

const dd_version_scheme *dd_version_scheme_for_purl_type(const char *type)
{
	static const struct { const char *t; const char *eco; } map[] = {
		{ "deb", "Debian" }, { "apk", "Alpine" }, { "rpm", "AlmaLinux" }, { "npm", "npm" }, { "golang", "Go" },
		{ "maven", "Maven" }, { "pypi", "PyPI" }, { "cargo", "crates.io" }, { "gem", "RubyGems" },
		{ "composer", "Packagist" }, { "nuget", "NuGet" },
	};
	for (size_t i = 0; type && i < sizeof(map) / sizeof(*map); i++)
		if (!strcmp(type, map[i].t)) return dd_version_scheme_for(map[i].eco);
	return NULL;
}
