/*
 * CVSS v2 and v3.x base scores (FIRST specifications), the dispatch on the
 * vector's version prefix, and severity words. The one idea of v3: the
 * base score is min(10, impact + exploitability) (times 1.08 when the scope
 * changes), rounded *up* to one decimal — and v3.1 defines "up" on an
 * integer scale so that 4.000000001 does not become 4.1.
 */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"
#include "vuln/cvss.h"
#include "vuln/cvss_internal.h"

typedef struct metric_def {
	const char *name;
	const char *values;      /* allowed one-letter values */
	bool required;
} metric_def;

/* Splits "K:V/K:V..." (after any prefix) into one value per known metric;
 * unknown metrics, repeats and bad values are errors. Unlisted optional
 * metrics (temporal, environmental) are accepted when `extra` lists them. */
static int parse_metrics(const char *p, const metric_def *defs, size_t n, const metric_def *extra, size_t n_extra,
	char *vals)
{
	char seen_extra[32] = { 0 };
	memset(vals, 0, n);
	while (*p) {
		const char *colon = strchr(p, ':'), *slash = strchr(p, '/');
		if (!colon || (slash && slash < colon))
			return -1;
		size_t klen = (size_t)(colon - p);
		const char *v = colon + 1;
		size_t vlen = slash ? (size_t)(slash - v) : strlen(v);
		if (vlen == 0)
			return -1;
		bool found = false;
		for (size_t i = 0; i < n && !found; i++)
			if (strlen(defs[i].name) == klen && !memcmp(defs[i].name, p, klen)) {
				if (vals[i] || vlen != 1 || !strchr(defs[i].values, *v))
					return -1;
				vals[i] = *v;
				found = true;
			}
		for (size_t i = 0; i < n_extra && !found && i < sizeof(seen_extra); i++)
			if (strlen(extra[i].name) == klen && !memcmp(extra[i].name, p, klen)) {
				/* v2 temporal values are words ("ND", "POC"...) */
				if (seen_extra[i] || vlen > 3 || !strchr(extra[i].values, *v))
					return -1;
				seen_extra[i] = 1;
				found = true;
			}
		if (!found)
			return -1;
		if (!slash)
			break;
		p = slash + 1;
		if (!*p)
			return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (defs[i].required && !vals[i])
			return -1;
	return 0;
}

static double roundup31(double x)
{
	long long i = llround(x * 100000.0);
	if (i % 10000 == 0)
		return (double)i / 100000.0;
	return (floor((double)i / 10000.0) + 1) / 10.0;
}

static double roundup30(double x)
{
	return ceil(x * 10.0 - 1e-9) / 10.0;
}

static int cvss3_score(const char *vector, bool v31, double *score)
{
	static const metric_def base[] = {
		{ "AV", "NALP", true }, { "AC", "LH", true }, { "PR", "NLH", true }, { "UI", "NR", true },
		{ "S", "UC", true }, { "C", "HLN", true }, { "I", "HLN", true }, { "A", "HLN", true },
	};
	static const metric_def extra[] = {
		{ "E", "XUPFH", false }, { "RL", "XOTWU", false }, { "RC", "XURC", false }, { "CR", "XLMH", false }, { "IR", "XLMH", false },
		{ "AR", "XLMH", false }, { "MAV", "XNALP", false }, { "MAC", "XLH", false }, { "MPR", "XNLH", false }, { "MUI", "XNR", false },
		{ "MS", "XUC", false }, { "MC", "XNLH", false }, { "MI", "XNLH", false }, { "MA", "XNLH", false },
	};
	char m[8];
	if (parse_metrics(vector + 9, base, 8, extra, sizeof(extra) / sizeof(*extra), m))
		return -1;
	bool changed = m[4] == 'C';
	double av = m[0] == 'N' ? 0.85 : m[0] == 'A' ? 0.62 : m[0] == 'L' ? 0.55 : 0.2;
	double ac = m[1] == 'L' ? 0.77 : 0.44;
	double pr = m[2] == 'N' ? 0.85 : m[2] == 'L' ? (changed ? 0.68 : 0.62) : (changed ? 0.5 : 0.27);
	double ui = m[3] == 'N' ? 0.85 : 0.62;
	double cia[3];
	for (int i = 0; i < 3; i++)
		cia[i] = m[5 + i] == 'H' ? 0.56 : m[5 + i] == 'L' ? 0.22 : 0.0;
	double iss = 1.0 - (1.0 - cia[0]) * (1.0 - cia[1]) * (1.0 - cia[2]);
	double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss;
	double exploit = 8.22 * av * ac * pr * ui;
	if (impact <= 0) {
		*score = 0.0;
		return 0;
	}
	double raw = changed ? fmin(1.08 * (impact + exploit), 10.0) : fmin(impact + exploit, 10.0);
	*score = v31 ? roundup31(raw) : roundup30(raw);
	return 0;
}

static int cvss2_score(const char *vector, double *score)
{
	static const metric_def base[] = {
		{ "AV", "LAN", true }, { "AC", "HML", true }, { "Au", "MSN", true },
		{ "C", "NPC", true }, { "I", "NPC", true }, { "A", "NPC", true },
	};
	static const metric_def extra[] = {
		{ "E", "UPFHN", false }, { "RL", "OTWUN", false }, { "RC", "UCN", false }, { "CDP", "NLMH", false }, { "TD", "NLMH", false },
		{ "CR", "LMHN", false }, { "IR", "LMHN", false }, { "AR", "LMHN", false },
	};
	char m[6];
	if (parse_metrics(vector, base, 6, extra, sizeof(extra) / sizeof(*extra), m))
		return -1;
	double av = m[0] == 'L' ? 0.395 : m[0] == 'A' ? 0.646 : 1.0;
	double ac = m[1] == 'H' ? 0.35 : m[1] == 'M' ? 0.61 : 0.71;
	double au = m[2] == 'M' ? 0.45 : m[2] == 'S' ? 0.56 : 0.704;
	double cia[3];
	for (int i = 0; i < 3; i++)
		cia[i] = m[3 + i] == 'N' ? 0.0 : m[3 + i] == 'P' ? 0.275 : 0.660;
	double impact = 10.41 * (1.0 - (1.0 - cia[0]) * (1.0 - cia[1]) * (1.0 - cia[2]));
	double exploit = 20.0 * av * ac * au;
	double f = impact == 0.0 ? 0.0 : 1.176;
	double raw = (0.6 * impact + 0.4 * exploit - 1.5) * f;
	*score = floor(raw * 10.0 + 0.5 + 1e-9) / 10.0;
	if (*score < 0)
		*score = 0;
	return 0;
}

int dd_cvss_score(const char *vector, double *score, dd_cvss_version *version)
{
	dd_cvss_version v;
	int rc;
	if (!vector || strlen(vector) > 512)
		return dd_error_set(DD_EINVAL, "not a CVSS vector");
	if (!strncmp(vector, "CVSS:3.1/", 9)) {
		v = DD_CVSS_V31;
		rc = cvss3_score(vector, true, score);
	} else if (!strncmp(vector, "CVSS:3.0/", 9)) {
		v = DD_CVSS_V30;
		rc = cvss3_score(vector, false, score);
	} else if (!strncmp(vector, "CVSS:4.0/", 9)) {
		v = DD_CVSS_V40;
		if ((rc = dd_cvss4_score(vector, score)) != 0)
			return rc;
	} else {
		/* v2 vectors have no prefix; some tools wrap them in parentheses
		 * or prefix "CVSS:2.0/" */
		char buf[520];
		const char *p = vector;
		if (!strncmp(p, "CVSS:2.0/", 9))
			p += 9;
		size_t n = strlen(p);
		if (n >= 2 && p[0] == '(' && p[n - 1] == ')') {
			memcpy(buf, p + 1, n - 2);
			buf[n - 2] = '\0';
			p = buf;
		}
		v = DD_CVSS_V2;
		rc = cvss2_score(p, score);
	}
	if (rc)
		return dd_error_set(DD_EINVAL, "'%s' is not a valid CVSS vector", vector);
	if (version)
		*version = v;
	return 0;
}

dd_severity dd_cvss_severity(double score, dd_cvss_version version)
{
	if (score <= 0.0)
		return DD_SEV_UNKNOWN;
	if (version == DD_CVSS_V2)
		return score >= 7.0 ? DD_SEV_HIGH : score >= 4.0 ? DD_SEV_MEDIUM : DD_SEV_LOW;
	if (score >= 9.0)
		return DD_SEV_CRITICAL;
	if (score >= 7.0)
		return DD_SEV_HIGH;
	if (score >= 4.0)
		return DD_SEV_MEDIUM;
	return DD_SEV_LOW;
}

int dd_severity_from_vendor(const char *word)
{
	static const struct {
		const char *word;
		dd_severity sev;
	} words[] = {
		{ "critical", DD_SEV_CRITICAL }, { "important", DD_SEV_HIGH }, { "high", DD_SEV_HIGH },
		{ "moderate", DD_SEV_MEDIUM }, { "medium", DD_SEV_MEDIUM }, { "low", DD_SEV_LOW },
		{ "unimportant", DD_SEV_LOW }, { "negligible", DD_SEV_LOW }, { "minor", DD_SEV_LOW },
		{ "none", DD_SEV_UNKNOWN }, { "unknown", DD_SEV_UNKNOWN }, { "not yet assigned", DD_SEV_UNKNOWN },
		{ "unassigned", DD_SEV_UNKNOWN }, { "untriaged", DD_SEV_UNKNOWN }, { "end-of-life", DD_SEV_UNKNOWN },
	};
	if (!word)
		return -1;
	char buf[64];
	size_t n = strlen(word);
	while (n && (word[n - 1] == '*' || word[n - 1] == ' '))
		n--;   /* Debian marks urgencies inferred from others with * or ** */
	while (n && *word == ' ') {
		word++;
		n--;
	}
	if (n == 0 || n >= sizeof(buf))
		return -1;
	memcpy(buf, word, n);
	buf[n] = '\0';
	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (!strcasecmp(buf, words[i].word))
			return (int)words[i].sev;
	return -1;
}
