/*
 * CVSS v4.0 base (and threat/environmental) score from a vector, per the
 * FIRST CVSS v4.0 specification, section 8. The one idea: v4 has no
 * formula. The metrics fall into six "equivalence sets" (EQ1..EQ6) whose
 * levels name a MacroVector; FIRST publishes a score for each MacroVector
 * (the table below). A vector scores its MacroVector's value minus the
 * mean, over the EQs, of how far the vector sits below that MacroVector's
 * most severe vectors, as a share of the distance to the next lower
 * MacroVector.
 */
#include <math.h>
#include <string.h>

#include "util/error.h"
#include "vuln/cvss.h"
#include "vuln/cvss_internal.h"

/* Score x10 per MacroVector, indexed by eq1(3) eq2(2) eq3(3) eq4(3) eq5(3)
 * eq6(2); -1 where the combination does not exist. Data: FIRST CVSS v4.0
 * MacroVector lookup table. */
static const signed char macro_score[324] = {
	100, 99, 98, 95, 95, 92, 100, 96, 93, 87, 91, 81, 93, 90, 89, 80, 81, 68,
	98, 95, 95, 92, 90, 84, 93, 92, 89, 81, 81, 65, 88, 80, 78, 70, 69, 48,
	-1, 92, -1, 82, -1, 72, -1, 79, -1, 69, -1, 50, -1, 69, -1, 55, -1, 27,
	99, 97, 95, 92, 92, 85, 95, 91, 90, 83, 84, 71, 92, 81, 82, 71, 72, 53,
	95, 93, 92, 85, 85, 73, 92, 82, 80, 72, 70, 59, 84, 70, 71, 52, 50, 30,
	-1, 86, -1, 75, -1, 52, -1, 71, -1, 52, -1, 29, -1, 63, -1, 29, -1, 17,
	98, 95, 94, 87, 91, 81, 94, 89, 86, 74, 77, 64, 87, 75, 74, 63, 63, 49,
	94, 89, 88, 77, 76, 67, 86, 76, 74, 58, 59, 50, 72, 57, 57, 52, 52, 25,
	-1, 83, -1, 70, -1, 54, -1, 65, -1, 58, -1, 26, -1, 53, -1, 21, -1, 13,
	95, 90, 88, 76, 76, 70, 90, 77, 75, 62, 61, 53, 77, 66, 68, 59, 52, 30,
	89, 78, 76, 67, 62, 58, 74, 59, 57, 57, 47, 23, 61, 52, 57, 29, 24, 16,
	-1, 71, -1, 59, -1, 30, -1, 58, -1, 26, -1, 15, -1, 23, -1, 13, -1, 6,
	93, 87, 86, 72, 75, 58, 86, 74, 74, 61, 56, 34, 70, 54, 52, 40, 40, 22,
	85, 75, 74, 55, 62, 51, 72, 57, 55, 41, 46, 19, 53, 36, 34, 19, 19, 8,
	-1, 64, -1, 51, -1, 20, -1, 47, -1, 21, -1, 11, -1, 24, -1, 9, -1, 4,
	88, 75, 73, 53, 60, 50, 73, 55, 59, 40, 41, 20, 54, 43, 45, 22, 20, 11,
	75, 55, 58, 45, 40, 21, 61, 51, 48, 18, 20, 9, 46, 18, 17, 7, 8, 2,
	-1, 53, -1, 24, -1, 14, -1, 24, -1, 12, -1, 5, -1, 10, -1, 3, -1, 1
};

enum {
	AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA,            /* base */
	E,                                                    /* threat */
	CR, IR, AR, MAV, MAC, MAT, MPR, MUI, MVC, MVI, MVA, MSC, MSI, MSA, /* environmental */
	S, AU, R, V, RE, U,                                   /* supplemental: no effect on the score */
	N_METRICS
};

static const struct {
	const char *name;
	const char *values;    /* one letter each; U takes words */
	bool required;
} metrics[N_METRICS] = {
	[AV] = { "AV", "NALP", true }, [AC] = { "AC", "LH", true }, [AT] = { "AT", "NP", true },
	[PR] = { "PR", "NLH", true }, [UI] = { "UI", "NPA", true }, [VC] = { "VC", "HLN", true },
	[VI] = { "VI", "HLN", true }, [VA] = { "VA", "HLN", true }, [SC] = { "SC", "HLN", true },
	[SI] = { "SI", "HLN", true }, [SA] = { "SA", "HLN", true },
	[E] = { "E", "XAPU", false },
	[CR] = { "CR", "XHML", false }, [IR] = { "IR", "XHML", false }, [AR] = { "AR", "XHML", false },
	[MAV] = { "MAV", "XNALP", false }, [MAC] = { "MAC", "XLH", false }, [MAT] = { "MAT", "XNP", false },
	[MPR] = { "MPR", "XNLH", false }, [MUI] = { "MUI", "XNPA", false }, [MVC] = { "MVC", "XHLN", false },
	[MVI] = { "MVI", "XHLN", false }, [MVA] = { "MVA", "XHLN", false }, [MSC] = { "MSC", "XHLN", false },
	[MSI] = { "MSI", "XSHLN", false }, [MSA] = { "MSA", "XSHLN", false },
	[S] = { "S", "XNP", false }, [AU] = { "AU", "XNY", false }, [R] = { "R", "XAUI", false },
	[V] = { "V", "XDC", false }, [RE] = { "RE", "XLMH", false }, [U] = { "U", NULL, false },
};

typedef struct vec4 {
	char v[N_METRICS];      /* 0 when absent */
} vec4;

static int parse(const char *s, vec4 *out)
{
	memset(out, 0, sizeof(*out));
	if (strncmp(s, "CVSS:4.0/", 9) != 0)
		return -1;
	const char *p = s + 9;
	while (*p) {
		const char *colon = strchr(p, ':'), *slash = strchr(p, '/');
		if (!colon || (slash && slash < colon))
			return -1;
		size_t nlen = (size_t)(colon - p);
		const char *val = colon + 1;
		size_t vlen = slash ? (size_t)(slash - val) : strlen(val);
		int m = -1;
		for (int i = 0; i < N_METRICS; i++)
			if (strlen(metrics[i].name) == nlen && memcmp(metrics[i].name, p, nlen) == 0)
				m = i;
		if (m < 0 || out->v[m] || vlen == 0)
			return -1;
		if (m == U) {
			static const char *const words[] = { "X", "Clear", "Green", "Amber", "Red" };
			bool ok = false;
			for (size_t w = 0; w < sizeof(words) / sizeof(*words); w++)
				ok |= strlen(words[w]) == vlen && memcmp(words[w], val, vlen) == 0;
			if (!ok)
				return -1;
			out->v[m] = val[0];
		} else {
			if (vlen != 1 || !strchr(metrics[m].values, val[0]))
				return -1;
			out->v[m] = val[0];
		}
		p = slash ? slash + 1 : val + vlen;
		if (slash && !*p)
			return -1;
	}
	for (int i = 0; i < N_METRICS; i++)
		if (metrics[i].required && !out->v[i])
			return -1;
	return 0;
}

/* The value a metric takes in scoring: the modified (M*) one when set, the
 * worst case for unset threat and requirement metrics. */
static char eff(const vec4 *x, int m)
{
	char c = x->v[m];
	if (m == E)
		return c && c != 'X' ? c : 'A';
	if (m == CR || m == IR || m == AR)
		return c && c != 'X' ? c : 'H';
	if (m <= SA) {
		char mod = x->v[MAV + m];
		if (mod && mod != 'X')
			return mod;
	}
	return c;
}

static void macro_vector(const vec4 *x, int eq[6])
{
	char av = eff(x, AV), pr = eff(x, PR), ui = eff(x, UI);
	char vc = eff(x, VC), vi = eff(x, VI), va = eff(x, VA);
	bool nnn = av == 'N' && pr == 'N' && ui == 'N', any_n = av == 'N' || pr == 'N' || ui == 'N';
	eq[0] = nnn ? 0 : (any_n && av != 'P') ? 1 : 2;
	eq[1] = eff(x, AC) == 'L' && eff(x, AT) == 'N' ? 0 : 1;
	eq[2] = vc == 'H' && vi == 'H' ? 0 : (vc == 'H' || vi == 'H' || va == 'H') ? 1 : 2;
	bool safety = x->v[MSI] == 'S' || x->v[MSA] == 'S';
	eq[3] = safety ? 0 : (eff(x, SC) == 'H' || eff(x, SI) == 'H' || eff(x, SA) == 'H') ? 1 : 2;
	char e = eff(x, E);
	eq[4] = e == 'A' ? 0 : e == 'P' ? 1 : 2;
	eq[5] = (eff(x, CR) == 'H' && vc == 'H') || (eff(x, IR) == 'H' && vi == 'H') || (eff(x, AR) == 'H' && va == 'H') ? 0 : 1;
}

/* MacroVector score x10, or -1 when that MacroVector does not exist. */
static int lookup(const int eq[6])
{
	if (eq[0] > 2 || eq[1] > 1 || eq[2] > 2 || eq[3] > 2 || eq[4] > 2 || eq[5] > 1)
		return -1;
	return macro_score[((((eq[0] * 2 + eq[1]) * 3 + eq[2]) * 3 + eq[3]) * 3 + eq[4]) * 2 + eq[5]];
}

/* Severity level (in tenths) of a metric value: 0 is the most severe. */
static int level(int m, char c)
{
	static const struct { int metric; const char *order; int first; } levels[] = {
		{ AV, "NALP", 0 }, { PR, "NLH", 0 }, { UI, "NPA", 0 }, { AC, "LH", 0 }, { AT, "NP", 0 },
		{ VC, "HLN", 0 }, { VI, "HLN", 0 }, { VA, "HLN", 0 }, { SC, "HLN", 1 }, { SI, "SHLN", 0 },
		{ SA, "SHLN", 0 }, { CR, "HML", 0 }, { IR, "HML", 0 }, { AR, "HML", 0 },
	};
	for (size_t i = 0; i < sizeof(levels) / sizeof(*levels); i++)
		if (levels[i].metric == m) {
			const char *p = strchr(levels[i].order, c);
			return p ? levels[i].first + (int)(p - levels[i].order) : 0;
		}
	return 0;
}

/*
 * The most severe vectors of each EQ level (FIRST's "max composed"
 * vectors), as metric values. For EQ3 they depend on EQ6 too.
 */
typedef struct maxpart {
	const char *vals;       /* values for the EQ's metrics, in the order below */
} maxpart;

static const int eq1_metrics[] = { AV, PR, UI };
static const int eq2_metrics[] = { AC, AT };
static const int eq36_metrics[] = { VC, VI, VA, CR, IR, AR };
static const int eq4_metrics[] = { SC, SI, SA };

static const char *const eq1_max[3][3] = { { "NNN" }, { "ANN", "NLN", "NNP" }, { "PNN", "ALP" } };
static const char *const eq2_max[2][2] = { { "LN" }, { "HN", "LP" } };
static const char *const eq36_max[3][2][5] = {
	{ { "HHHHHH" }, { "HHLMMH", "HHHMMM" } },
	{ { "LHHHHH", "HLHHHH" }, { "LHLHMH", "LHHHMM", "HLHMHM", "HLLMHH", "LLHHHM" } },
	{ { NULL }, { "LLLHHH" } },
};
static const char *const eq4_max[3][1] = { { "HSS" }, { "HHH" }, { "LLL" } };

/* Max severity depth (+1) of each EQ level, in tenths. */
static const int eq1_depth[3] = { 1, 4, 5 }, eq2_depth[2] = { 1, 2 }, eq4_depth[3] = { 6, 5, 4 };
static const int eq36_depth[3][2] = { { 7, 6 }, { 8, 8 }, { 0, 10 } };

static int distance(const vec4 *x, const int *ms, size_t n, const char *vals)
{
	int d = 0;
	for (size_t i = 0; i < n; i++) {
		int delta = level(ms[i], eff(x, ms[i])) - level(ms[i], vals[i]);
		if (delta < 0)
			return -1;
		d += delta;
	}
	return d;
}

/* Finds, per EQ, the first max vector the vector does not exceed; the
 * combination must work for all EQs at once, as FIRST's search does. */
static bool find_max(const vec4 *x, const int eq[6], int dist[4])
{
	const char *const *m1 = eq1_max[eq[0]], *const *m2 = eq2_max[eq[1]];
	const char *const *m36 = eq36_max[eq[2]][eq[5]], *const *m4 = eq4_max[eq[3]];
	for (int a = 0; a < 3 && m1[a]; a++)
		for (int b = 0; b < 2 && m2[b]; b++)
			for (int c = 0; c < 5 && m36[c]; c++)
				for (int d = 0; d < 1 && m4[d]; d++) {
					int d1 = distance(x, eq1_metrics, 3, m1[a]), d2 = distance(x, eq2_metrics, 2, m2[b]);
					int d3 = distance(x, eq36_metrics, 6, m36[c]), d4 = distance(x, eq4_metrics, 3, m4[d]);
					if (d1 < 0 || d2 < 0 || d3 < 0 || d4 < 0)
						continue;
					dist[0] = d1, dist[1] = d2, dist[2] = d3, dist[3] = d4;
					return true;
				}
	return false;
}

int dd_cvss4_score(const char *vector, double *score)
{
	vec4 x;
	if (parse(vector, &x))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid CVSS v4.0 vector", vector);
	static const int impact[] = { VC, VI, VA, SC, SI, SA };
	bool none = true;
	for (size_t i = 0; i < 6; i++)
		none &= eff(&x, impact[i]) == 'N';
	if (none) {
		*score = 0.0;
		return 0;
	}
	int eq[6];
	macro_vector(&x, eq);
	int value10 = lookup(eq);
	if (value10 < 0)
		return dd_error_set(DD_EINVAL, "'%s': no CVSS v4.0 MacroVector for it", vector);
	double value = value10 / 10.0;

	/* score of the next lower MacroVector per EQ (EQ3 and EQ6 move together) */
	int lower[5];
	int t[6];
	for (int k = 0; k < 5; k++) {
		memcpy(t, eq, sizeof(t));
		if (k == 2) {
			if (eq[2] == 0 && eq[5] == 0) {
				int l, r;
				t[5] = 1;
				l = lookup(t);
				t[5] = 0;
				t[2] = 1;
				r = lookup(t);
				lower[k] = l > r ? l : r;
				continue;
			}
			if (eq[2] == 1 && eq[5] == 0)
				t[5]++;
			else if (eq[5] == 1 && eq[2] <= 1)
				t[2]++;
			else {
				t[2]++;
				t[5]++;
			}
		} else {
			t[k]++;
		}
		lower[k] = lookup(t);
	}
	int dist[4] = { 0, 0, 0, 0 };
	if (!find_max(&x, eq, dist))
		return dd_error_set(DD_EINVAL, "'%s': no CVSS v4.0 maximal vector bounds it", vector);
	const double depth[4] = { eq1_depth[eq[0]] * 0.1, eq2_depth[eq[1]] * 0.1, eq36_depth[eq[2]][eq[5]] * 0.1,
		eq4_depth[eq[3]] * 0.1 };
	double sum = 0.0;
	int n = 0;
	for (int k = 0; k < 5; k++) {
		if (lower[k] < 0)
			continue;
		n++;
		/* EQ5 (threat) has a depth of one level: no proportional part */
		if (k < 4)
			sum += (value - lower[k] / 10.0) * (dist[k] * 0.1 / depth[k]);
	}
	if (n)
		value -= sum / n;
	if (value < 0)
		value = 0;
	if (value > 10)
		value = 10;
	*score = floor((value + 1e-6) * 10 + 0.5) / 10;
	return 0;
}
