/*
 * TEMPORARY stand-in for the lead's src/vuln/cvss.c (cvss.h interface), so
 * that the advisory DB and matcher can be built and tested before it lands
 * on main. Delete this file when main provides dd_cvss_score.
 * v3.x and v2 base scores only; v4.0 is rejected.
 */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"
#include "vuln/cvss.h"

static double roundup31(double x)
{
	long i = lround(x * 100000.0);
	if (i % 10000 == 0)
		return i / 100000.0;
	return (floor(i / 10000.0) + 1) / 10.0;
}

static const char *metric(const char *v, const char *key)
{
	size_t kl = strlen(key);
	for (const char *p = v; p && *p;) {
		if (!strncmp(p, key, kl) && p[kl] == ':')
			return p + kl + 1;
		p = strchr(p, '/');
		if (p)
			p++;
	}
	return NULL;
}

int dd_cvss_score(const char *vector, double *score, dd_cvss_version *version)
{
	const char *av, *ac, *pr, *ui, *s, *c, *i, *a;
	if (!vector)
		return dd_error_set(DD_EINVAL, "empty CVSS vector");
	if (!strncmp(vector, "CVSS:3.0/", 9) || !strncmp(vector, "CVSS:3.1/", 9)) {
		av = metric(vector, "AV"), ac = metric(vector, "AC"), pr = metric(vector, "PR"),
		ui = metric(vector, "UI"), s = metric(vector, "S"), c = metric(vector, "C"),
		i = metric(vector, "I"), a = metric(vector, "A");
		if (!av || !ac || !pr || !ui || !s || !c || !i || !a)
			return dd_error_set(DD_EINVAL, "incomplete CVSS vector '%.80s'", vector);
		bool changed = *s == 'C';
		double vav = *av == 'N' ? 0.85 : *av == 'A' ? 0.62 : *av == 'L' ? 0.55 : *av == 'P' ? 0.2 : -1;
		double vac = *ac == 'L' ? 0.77 : *ac == 'H' ? 0.44 : -1;
		double vpr = *pr == 'N' ? 0.85 : *pr == 'L' ? (changed ? 0.68 : 0.62) : *pr == 'H' ? (changed ? 0.5 : 0.27) : -1;
		double vui = *ui == 'N' ? 0.85 : *ui == 'R' ? 0.62 : -1;
		double cia[3];
		const char *m[3] = { c, i, a };
		for (int k = 0; k < 3; k++)
			cia[k] = *m[k] == 'H' ? 0.56 : *m[k] == 'L' ? 0.22 : *m[k] == 'N' ? 0 : -1;
		if (vav < 0 || vac < 0 || vpr < 0 || vui < 0 || cia[0] < 0 || cia[1] < 0 || cia[2] < 0)
			return dd_error_set(DD_EINVAL, "bad CVSS vector '%.80s'", vector);
		double iss = 1 - (1 - cia[0]) * (1 - cia[1]) * (1 - cia[2]);
		double imp = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss;
		double ex = 8.22 * vav * vac * vpr * vui;
		double b = imp <= 0 ? 0 : changed ? roundup31(fmin(1.08 * (imp + ex), 10)) : roundup31(fmin(imp + ex, 10));
		*score = b;
		if (version)
			*version = vector[7] == '0' ? DD_CVSS_V30 : DD_CVSS_V31;
		return 0;
	}
	if (!strncmp(vector, "CVSS:4.0/", 9))
		return dd_error_set(DD_EINVAL, "CVSS v4.0 is not supported by this stub");
	av = metric(vector, "AV"), ac = metric(vector, "AC");
	const char *au = metric(vector, "Au");
	c = metric(vector, "C"), i = metric(vector, "I"), a = metric(vector, "A");
	if (!av || !ac || !au || !c || !i || !a)
		return dd_error_set(DD_EINVAL, "bad CVSS vector '%.80s'", vector);
	double vav = *av == 'L' ? 0.395 : *av == 'A' ? 0.646 : *av == 'N' ? 1.0 : -1;
	double vac = *ac == 'H' ? 0.35 : *ac == 'M' ? 0.61 : *ac == 'L' ? 0.71 : -1;
	double vau = *au == 'M' ? 0.45 : *au == 'S' ? 0.56 : *au == 'N' ? 0.704 : -1;
	double cia[3];
	const char *m[3] = { c, i, a };
	for (int k = 0; k < 3; k++)
		cia[k] = *m[k] == 'N' ? 0 : *m[k] == 'P' ? 0.275 : *m[k] == 'C' ? 0.66 : -1;
	if (vav < 0 || vac < 0 || vau < 0 || cia[0] < 0 || cia[1] < 0 || cia[2] < 0)
		return dd_error_set(DD_EINVAL, "bad CVSS vector '%.80s'", vector);
	double imp = 10.41 * (1 - (1 - cia[0]) * (1 - cia[1]) * (1 - cia[2]));
	double ex = 20 * vav * vac * vau;
	double b = ((0.6 * imp) + (0.4 * ex) - 1.5) * (imp == 0 ? 0 : 1.176);
	*score = round(b * 10) / 10;
	if (version)
		*version = DD_CVSS_V2;
	return 0;
}

dd_severity dd_cvss_severity(double score, dd_cvss_version version)
{
	if (score <= 0)
		return DD_SEV_UNKNOWN;
	if (version == DD_CVSS_V2)
		return score >= 7 ? DD_SEV_HIGH : score >= 4 ? DD_SEV_MEDIUM : DD_SEV_LOW;
	return score >= 9 ? DD_SEV_CRITICAL : score >= 7 ? DD_SEV_HIGH : score >= 4 ? DD_SEV_MEDIUM : DD_SEV_LOW;
}

int dd_severity_from_vendor(const char *word)
{
	static const struct { const char *w; int s; } map[] = {
		{ "unimportant", DD_SEV_LOW }, { "negligible", DD_SEV_LOW }, { "low", DD_SEV_LOW },
		{ "medium", DD_SEV_MEDIUM }, { "moderate", DD_SEV_MEDIUM }, { "high", DD_SEV_HIGH },
		{ "important", DD_SEV_HIGH }, { "critical", DD_SEV_CRITICAL },
		{ "not yet assigned", DD_SEV_UNKNOWN }, { "unknown", DD_SEV_UNKNOWN },
	};
	char w[64];
	size_t n = 0;
	if (!word)
		return -1;
	for (; word[n] && n < sizeof(w) - 1; n++)
		w[n] = word[n];
	w[n] = 0;
	while (n && (w[n - 1] == '*' || isspace((unsigned char)w[n - 1])))
		w[--n] = 0;
	for (size_t k = 0; k < sizeof(map) / sizeof(*map); k++)
		if (!strcasecmp(w, map[k].w))
			return map[k].s;
	return -1;
}
