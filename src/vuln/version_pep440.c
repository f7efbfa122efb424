/*
 * Python version order (PEP 440): [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local].
 * The one idea: after the epoch and the release numbers (trailing zeros do
 * not count: 1.0 == 1.0.0), a version's place is decided by three keys in
 * turn — pre-release (none sorts after any, except that a bare .devN sorts
 * before every pre-release of its release), post-release (none first) and
 * dev-release (none last) — and finally the local label. The spellings PEP
 * 440 normalizes ("1.0-alpha.1", "1.0c1", "1.0-1", "v1.0", "1.0.POST") are
 * accepted.
 */
#include <stdio.h>
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

#define MAX_PARTS 32

typedef struct pyver {
	dd_vspan epoch;
	dd_vspan release[MAX_PARTS];
	size_t n_release;
	int pre_kind;            /* -1 none, 0 a, 1 b, 2 rc */
	dd_vspan pre_num;
	bool has_post, has_dev;
	dd_vspan post_num, dev_num;
	dd_vspan local[MAX_PARTS];
	size_t n_local;
	char buf[DD_VERSION_MAX + 1];   /* lower-cased copy the spans point into */
} pyver;

static bool sep(char c)
{
	return c == '.' || c == '-' || c == '_';
}

/* Matches one of the words at p (longest first in the list); returns its length. */
static size_t word(const char *p, const char *e, const char *const *words, size_t n_words, size_t *which)
{
	for (size_t i = 0; i < n_words; i++) {
		size_t n = strlen(words[i]);
		if ((size_t)(e - p) >= n && memcmp(p, words[i], n) == 0) {
			*which = i;
			return n;
		}
	}
	return 0;
}

static dd_vspan digits(const char **pp, const char *e)
{
	dd_vspan s = { *pp, dd_vspan_digits(*pp, (size_t)(e - *pp)) };
	*pp += s.n;
	return s;
}

static bool parse(const char *s, pyver *v)
{
	static const char *const pre_words[] = { "preview", "alpha", "beta", "pre", "rc", "a", "b", "c" };
	static const int pre_kinds[] = { 2, 0, 1, 2, 2, 0, 1, 2 };
	static const char *const post_words[] = { "post", "rev", "r" };
	size_t len = strlen(s), which;
	/* only what is read regardless of the counts (the spans and the 1.4 KB
	 * of the struct are filled as parsed: a memset of it all was a third
	 * of the parse) */
	v->epoch = v->pre_num = v->post_num = v->dev_num = (dd_vspan){ NULL, 0 };
	v->n_release = v->n_local = 0;
	v->has_post = v->has_dev = false;
	v->pre_kind = -1;
	if (len > DD_VERSION_MAX)
		return false;
	for (size_t i = 0; i < len; i++)
		v->buf[i] = dd_vlower(s[i]);
	const char *p = v->buf, *e = v->buf + len;
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		e--;
	if (p < e && *p == 'v')
		p++;
	dd_vspan first = digits(&p, e);
	if (!first.n)
		return false;
	if (p < e && *p == '!') {
		v->epoch = first;
		p++;
		first = digits(&p, e);
		if (!first.n)
			return false;
	}
	v->release[v->n_release++] = first;
	while (p + 1 < e && *p == '.' && dd_visdigit(p[1])) {
		if (v->n_release == MAX_PARTS)
			return false;
		p++;
		v->release[v->n_release++] = digits(&p, e);
	}
	/* pre-release: [sep]{a|b|rc|alpha|beta|c|pre|preview}[sep][N] */
	const char *q = p < e && sep(*p) ? p + 1 : p;
	size_t wn = word(q, e, pre_words, sizeof(pre_words) / sizeof(*pre_words), &which);
	if (wn) {
		v->pre_kind = pre_kinds[which];
		p = q + wn;
		q = p < e && sep(*p) && p + 1 < e && dd_visdigit(p[1]) ? p + 1 : p;
		v->pre_num = digits(&q, e);
		p = q;
	}
	/* post-release: -N, or [sep]{post|rev|r}[sep][N] */
	if (p + 1 < e && *p == '-' && dd_visdigit(p[1])) {
		p++;
		v->has_post = true;
		v->post_num = digits(&p, e);
	} else {
		q = p < e && sep(*p) ? p + 1 : p;
		wn = word(q, e, post_words, sizeof(post_words) / sizeof(*post_words), &which);
		if (wn) {
			v->has_post = true;
			p = q + wn;
			q = p < e && sep(*p) && p + 1 < e && dd_visdigit(p[1]) ? p + 1 : p;
			v->post_num = digits(&q, e);
			p = q;
		}
	}
	/* dev-release: [sep]dev[N] */
	q = p < e && sep(*p) ? p + 1 : p;
	if ((size_t)(e - q) >= 3 && memcmp(q, "dev", 3) == 0) {
		v->has_dev = true;
		p = q + 3;
		q = p < e && sep(*p) && p + 1 < e && dd_visdigit(p[1]) ? p + 1 : p;
		v->dev_num = digits(&q, e);
		p = q;
	}
	/* local label: +alnum([-_.]alnum)* */
	if (p < e && *p == '+') {
		p++;
		while (p < e) {
			const char *st = p;
			while (p < e && dd_visalnum(*p))
				p++;
			if (p == st || v->n_local == MAX_PARTS)
				return false;
			v->local[v->n_local++] = (dd_vspan){ st, (size_t)(p - st) };
			if (p < e) {
				if (!sep(*p) || p + 1 == e)
					return false;
				p++;
			}
		}
	}
	return p == e;
}

static int cmp_release(const pyver *a, const pyver *b)
{
	size_t n = a->n_release > b->n_release ? a->n_release : b->n_release;
	for (size_t i = 0; i < n; i++) {
		dd_vspan x = i < a->n_release ? a->release[i] : (dd_vspan){ "0", 1 };
		dd_vspan y = i < b->n_release ? b->release[i] : (dd_vspan){ "0", 1 };
		int c = dd_vcmp_digits(x.p, x.n, y.p, y.n);
		if (c)
			return c;
	}
	return 0;
}

/* Pre-release key: a bare dev release sorts below all pre-releases, no
 * pre-release above all. Returns -1/0/1. */
static int cmp_pre(const pyver *a, const pyver *b)
{
	int ka = a->pre_kind >= 0 ? 1 : (!a->has_post && a->has_dev ? 0 : 2);
	int kb = b->pre_kind >= 0 ? 1 : (!b->has_post && b->has_dev ? 0 : 2);
	if (ka != kb)
		return ka < kb ? -1 : 1;
	if (ka != 1)
		return 0;
	if (a->pre_kind != b->pre_kind)
		return a->pre_kind < b->pre_kind ? -1 : 1;
	return dd_vcmp_digits(a->pre_num.p, a->pre_num.n, b->pre_num.p, b->pre_num.n);
}

static int cmp_local(const pyver *a, const pyver *b)
{
	for (size_t i = 0; i < a->n_local && i < b->n_local; i++) {
		dd_vspan x = a->local[i], y = b->local[i];
		bool nx = dd_vspan_is_number(x), ny = dd_vspan_is_number(y);
		int c;
		if (nx && ny)
			c = dd_vcmp_digits(x.p, x.n, y.p, y.n);
		else if (nx != ny)
			c = nx ? 1 : -1;   /* numbers sort after words in local labels */
		else {
			c = memcmp(x.p, y.p, x.n < y.n ? x.n : y.n);
			c = c ? dd_vsign(c) : (x.n < y.n ? -1 : x.n > y.n);
		}
		if (c)
			return c;
	}
	return a->n_local == b->n_local ? 0 : (a->n_local < b->n_local ? -1 : 1);
}

static int py_cmp(const pyver *a, const pyver *b)
{
	int c = dd_vcmp_digits(a->epoch.p, a->epoch.n, b->epoch.p, b->epoch.n);
	if (!c)
		c = cmp_release(a, b);
	if (!c)
		c = cmp_pre(a, b);
	if (!c && a->has_post != b->has_post)
		c = a->has_post ? 1 : -1;
	if (!c && a->has_post)
		c = dd_vcmp_digits(a->post_num.p, a->post_num.n, b->post_num.p, b->post_num.n);
	if (!c && a->has_dev != b->has_dev)
		c = a->has_dev ? -1 : 1;
	if (!c && a->has_dev)
		c = dd_vcmp_digits(a->dev_num.p, a->dev_num.n, b->dev_num.p, b->dev_num.n);
	if (!c)
		c = cmp_local(a, b);
	return c;
}

/*
 * Versions from before PEP 440 ("0.4m4", "0.7.4.svn.r2010") are still on
 * PyPI and in its advisories. They sort as setuptools and packaging's
 * LegacyVersion sorted them: before every PEP 440 version, and among
 * themselves by a key of parts (digit runs zero-padded to 8, letter runs
 * and other characters as "*word"; pre/preview/rc read as "c", dev as "@",
 * "-" as "*final-"; a closing "*final"; trailing zero parts and "*final-"
 * before a pre-release word dropped), compared part by part as strings.
 */
#define LEGACY_PARTS 64
#define LEGACY_PART_MAX 40

typedef struct legacy {
	char part[LEGACY_PARTS][LEGACY_PART_MAX];
	size_t n;
} legacy;

static bool legacy_push(legacy *k, const char *p)
{
	if (*p == '*') {
		if (strcmp(p, "*final") < 0)
			while (k->n && !strcmp(k->part[k->n - 1], "*final-"))
				k->n--;
		while (k->n && !strcmp(k->part[k->n - 1], "00000000"))
			k->n--;
	}
	if (k->n == LEGACY_PARTS)
		return false;
	snprintf(k->part[k->n++], LEGACY_PART_MAX, "%s", p);
	return true;
}

static bool legacy_key(const char *s, legacy *k)
{
	k->n = 0;
	size_t n = strlen(s);
	if (!n || n > DD_VERSION_MAX)
		return false;
	for (size_t i = 0; i < n;) {
		char c = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]), word[24];
		size_t j = i;
		if (dd_visdigit(c)) {
			while (j < n && dd_visdigit(s[j]))
				j++;
		} else if (c >= 'a' && c <= 'z') {
			while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
				j++;
		} else if (c == '.' || c == '-') {
			j++;
		} else {
			while (j < n && !dd_visdigit(s[j]) && !((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z') && s[j] != '.' && s[j] != '-')
				j++;
		}
		size_t len = j - i;
		if (len >= sizeof(word) - 1)
			return false;
		for (size_t q = 0; q < len; q++)
			word[q] = (char)(s[i + q] >= 'A' && s[i + q] <= 'Z' ? s[i + q] + 32 : s[i + q]);
		word[len] = '\0';
		i = j;
		char part[LEGACY_PART_MAX];
		if (!strcmp(word, "."))
			continue;
		if (dd_visdigit(word[0]))   /* zero-padded to 8, so that strings order numbers */
			snprintf(part, sizeof(part), "%.*s%s", len < 8 ? (int)(8 - len) : 0, "00000000", word);
		else if (!strcmp(word, "pre") || !strcmp(word, "preview") || !strcmp(word, "rc"))
			snprintf(part, sizeof(part), "*c");
		else if (!strcmp(word, "dev"))
			snprintf(part, sizeof(part), "*@");
		else if (!strcmp(word, "-"))
			snprintf(part, sizeof(part), "*final-");
		else
			snprintf(part, sizeof(part), "*%s", word);
		if (!legacy_push(k, part))
			return false;
	}
	return legacy_push(k, "*final");
}

static int legacy_cmp(const legacy *a, const legacy *b)
{
	for (size_t i = 0; i < a->n && i < b->n; i++) {
		int c = strcmp(a->part[i], b->part[i]);
		if (c)
			return dd_vsign(c);
	}
	return a->n < b->n ? -1 : a->n > b->n;
}

static int compare(const char *as, const char *bs, int *out)
{
	static _Thread_local pyver a, b;
	static _Thread_local legacy la, lb;
	bool pa = parse(as, &a), pb = parse(bs, &b);
	if (pa && pb) {
		*out = py_cmp(&a, &b);
		return 0;
	}
	if (!pa && !legacy_key(as, &la))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid PEP 440 version", as);
	if (!pb && !legacy_key(bs, &lb))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid PEP 440 version", bs);
	/* a legacy version sorts before every PEP 440 version */
	*out = pa ? 1 : pb ? -1 : legacy_cmp(&la, &lb);
	return 0;
}

static bool valid(const char *s)
{
	static _Thread_local pyver v;
	return parse(s, &v);
}

const dd_version_scheme dd_version_pep440 = { "pep440", compare, valid };
