/*
 * Alpine apk version order (apk-tools): NUM(.NUM)*[letter](_SUFFIX[NUM])*[~HASH][-rNUM].
 * The one idea: a version is a sequence of typed tokens (number, fraction
 * after '.', letter, suffix, suffix number, commit hash, revision). Two
 * versions are walked in step while their tokens have the same type and
 * value; at the first difference the values decide, and when one version
 * runs out of tokens first the token types decide: a pre-release suffix
 * (_alpha, _beta, _pre, _rc) makes a version older, anything else newer.
 * A fraction with leading zeros ("1.02") compares like a decimal fraction.
 *
 * Comparison is lenient like apk's own (it walks up to the first token it
 * cannot read, and reads digits after a letter as a number, as apk-tools 2
 * did when it installed libretls 3.3.3p1-r3 on Alpine 3.14); valid() is the
 * strict grammar of apk-tools 3, which refuses that version.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

/* Token types, in the order that decides when one version is longer. */
enum tok_type { T_FRACTION, T_NUMBER, T_LETTER, T_SUFFIX, T_SUFFIX_NO, T_HASH, T_REVISION, T_END, T_INVALID };

static const char *const pre_suffixes[] = { "alpha", "beta", "pre", "rc" };
static const char *const post_suffixes[] = { "cvs", "svn", "git", "hg", "p" };
#define N_PRE (sizeof(pre_suffixes) / sizeof(*pre_suffixes))
#define N_POST (sizeof(post_suffixes) / sizeof(*post_suffixes))

typedef struct token {
	enum tok_type type;
	const char *p;      /* digits, letter or hash text */
	size_t n;
	int zeros;          /* leading zeros of a fraction */
	int suffix;         /* <0 pre-release, >=0 post-release */
} token;

typedef struct lexer {
	const char *s, *end;
	enum tok_type next;  /* type of the token s points at */
} lexer;

/* Decides what kind of token starts at l->s, given the one just read. */
static void classify(lexer *l, enum tok_type prev)
{
	const char *s = l->s;
	if (s >= l->end) {
		l->next = T_END;
	} else if ((prev == T_NUMBER || prev == T_FRACTION) && *s >= 'a' && *s <= 'z') {
		l->next = T_LETTER;
	} else if (prev == T_SUFFIX && dd_visdigit(*s)) {
		l->next = T_SUFFIX_NO;
	} else if (prev == T_LETTER && dd_visdigit(*s)) {
		l->next = T_NUMBER;
	} else if (*s == '.' && (prev == T_NUMBER || prev == T_FRACTION)) {
		l->s++;
		l->next = T_FRACTION;
	} else if (*s == '_' && prev != T_HASH && prev != T_REVISION) {
		l->s++;
		l->next = T_SUFFIX;
	} else if (*s == '~' && prev != T_HASH && prev != T_REVISION) {
		l->s++;
		l->next = T_HASH;
	} else if (*s == '-' && s + 1 < l->end && s[1] == 'r' && prev != T_REVISION) {
		l->s += 2;
		l->next = T_REVISION;
	} else {
		l->next = T_INVALID;
	}
}

/* Reads the token of type l->next; returns false when it is malformed. */
static bool lex(lexer *l, token *t)
{
	const char *s = l->s;
	size_t left = (size_t)(l->end - s), n;
	memset(t, 0, sizeof(*t));
	t->type = l->next;
	switch (l->next) {
	case T_FRACTION:
		while (left && *s == '0') {
			t->zeros++;
			s++;
			left--;
		}
		/* fall through */
	case T_NUMBER:
	case T_SUFFIX_NO:
	case T_REVISION:
		n = dd_vspan_digits(s, left);
		if (n == 0 && t->zeros == 0)
			return false;
		t->p = s;
		t->n = n;
		l->s = s + n;
		break;
	case T_LETTER:
		t->p = s;
		t->n = 1;
		l->s = s + 1;
		break;
	case T_SUFFIX:
		for (size_t i = 0; i < N_PRE + N_POST && !t->p; i++) {
			const char *name = i < N_PRE ? pre_suffixes[i] : post_suffixes[i - N_PRE];
			size_t len = strlen(name);
			if (left >= len && memcmp(s, name, len) == 0) {
				t->suffix = i < N_PRE ? (int)i - (int)N_PRE : (int)(i - N_PRE);
				t->p = s;
				t->n = len;
			}
		}
		if (!t->p)
			return false;
		l->s = s + t->n;
		break;
	case T_HASH:
		n = 0;
		while (n < left && ((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			n++;
		if (n == 0)
			return false;
		t->p = s;
		t->n = n;
		l->s = s + n;
		break;
	default:
		return false;
	}
	classify(l, t->type);
	return true;
}

static int token_cmp(const token *a, const token *b)
{
	switch (a->type) {
	case T_FRACTION:
		/* a component with a leading zero is a decimal fraction, compared
		 * digit by digit: 1.0 < 1.001 < 1.0015 < 1.002 < 1.02 < 1.2 */
		if (a->zeros || b->zeros) {
			const char *x = a->p - a->zeros, *y = b->p - b->zeros;
			size_t nx = a->n + (size_t)a->zeros, ny = b->n + (size_t)b->zeros;
			int c = memcmp(x, y, nx < ny ? nx : ny);
			return c ? dd_vsign(c) : (nx < ny ? -1 : nx > ny);
		}
		return dd_vcmp_digits(a->p, a->n, b->p, b->n);
	case T_SUFFIX:
		return a->suffix < b->suffix ? -1 : a->suffix > b->suffix;
	case T_LETTER:
	case T_HASH: {
		size_t n = a->n < b->n ? a->n : b->n;
		int c = memcmp(a->p, b->p, n);
		return c ? dd_vsign(c) : (a->n < b->n ? -1 : a->n > b->n);
	}
	default:
		return dd_vcmp_digits(a->p, a->n, b->p, b->n);
	}
}

static int apk_compare(const char *as, const char *bs)
{
	lexer la = { as, as + strlen(as), T_NUMBER }, lb = { bs, bs + strlen(bs), T_NUMBER };
	if (la.s == la.end)
		la.next = T_END;
	if (lb.s == lb.end)
		lb.next = T_END;
	while (la.next == lb.next && la.next != T_END && la.next != T_INVALID) {
		token ta, tb;
		bool oka = lex(&la, &ta), okb = lex(&lb, &tb);
		if (!oka || !okb) {
			la.next = oka ? la.next : T_INVALID;
			lb.next = okb ? lb.next : T_INVALID;
			break;
		}
		int c = token_cmp(&ta, &tb);
		if (c)
			return c;
	}
	if (la.next == lb.next)
		return 0;
	/* one ran out first, or they diverge in kind: a pre-release suffix
	 * makes its side older; otherwise the side that goes on is newer */
	token t;
	lexer tmp = la;
	if (la.next == T_SUFFIX && lex(&tmp, &t) && t.suffix < 0)
		return -1;
	tmp = lb;
	if (lb.next == T_SUFFIX && lex(&tmp, &t) && t.suffix < 0)
		return 1;
	return la.next > lb.next ? -1 : 1;
}

static bool valid(const char *s)
{
	size_t len = strlen(s);
	if (len == 0 || len > DD_VERSION_MAX)
		return false;
	lexer l = { s, s + len, T_NUMBER };
	enum tok_type prev = T_NUMBER;
	bool first = true;
	while (l.next != T_END) {
		token t;
		if (l.next == T_INVALID || !lex(&l, &t))
			return false;
		/* grammar: numbers, then [letter], then suffixes, then [~hash], then [-rN] */
		switch (t.type) {
		case T_FRACTION:
			if (t.n == 0 && t.zeros == 0)
				return false;
			/* fall through */
		case T_NUMBER:
			if (!first && prev != T_NUMBER && prev != T_FRACTION)
				return false;
			break;
		case T_LETTER:
			if (prev != T_NUMBER && prev != T_FRACTION)
				return false;
			break;
		case T_SUFFIX:
			if (prev == T_HASH || prev == T_REVISION)
				return false;
			break;
		case T_SUFFIX_NO:
			break;
		case T_HASH:
			if (prev == T_REVISION)
				return false;
			break;
		case T_REVISION:
			break;
		default:
			return false;
		}
		/* after a letter only a suffix, hash or revision may follow */
		if (t.type == T_LETTER && l.next != T_END && l.next != T_SUFFIX && l.next != T_HASH && l.next != T_REVISION)
			return false;
		prev = t.type;
		first = false;
	}
	return true;
}

static int compare(const char *a, const char *b, int *out)
{
	/* apk compares anything that starts like a version (its own tests
	 * expect "1.0 < 1.0bc"); nothing to compare is an error */
	if (!dd_visdigit(a[0]) || strlen(a) > DD_VERSION_MAX)
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Alpine version", a);
	if (!dd_visdigit(b[0]) || strlen(b) > DD_VERSION_MAX)
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Alpine version", b);
	*out = apk_compare(a, b);
	return 0;
}

const dd_version_scheme dd_version_apk = { "apk", compare, valid };
