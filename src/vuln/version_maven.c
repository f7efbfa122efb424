/*
 * Maven version order (maven-artifact's ComparableVersion, the order Maven
 * resolves ranges with). The one idea: a version is parsed into a tree —
 * '.' separates items of one list, '-' and every switch between digits and
 * letters open a nested sub-list — then trailing "null" items (0, "", "ga",
 * "final", "release") are dropped from each list, and trees compare item by
 * item: numbers > lists > qualifiers, and qualifiers in the order
 * alpha < beta < milestone < rc = cr < snapshot < "" (release) < sp < any
 * other word (alphabetically). So 1.0 == 1 == 1-ga, 1-alpha < 1-SNAPSHOT < 1
 * < 1-sp < 1-xyz < 1.1, and "1a1" reads as 1-alpha-1.
 */
#include <string.h>

#include "util/error.h"
#include "vuln/version.h"
#include "vuln/version_util.h"

#define MAX_ITEMS (DD_VERSION_MAX + 2)

enum kind { K_INT, K_STR, K_LIST };

typedef struct item {
	enum kind kind;
	const char *p;       /* K_INT: digits without leading zeros; K_STR: qualifier text */
	size_t n;
	int rank;            /* K_STR: index among the known qualifiers, or N_QUALIFIERS */
	int first, next;     /* K_LIST: first child; every item: next sibling (-1: none) */
	int last;            /* K_LIST: last child */
} item;

typedef struct tree {
	item items[MAX_ITEMS];
	int n;
	char lower[DD_VERSION_MAX + 1];
} tree;

static const char *const qualifiers[] = { "alpha", "beta", "milestone", "rc", "snapshot", "", "sp" };
#define N_QUALIFIERS 7
#define RELEASE_RANK 5

static int new_item(tree *t, enum kind k)
{
	if (t->n >= MAX_ITEMS)
		return -1;
	item *it = &t->items[t->n];
	memset(it, 0, sizeof(*it));
	it->kind = k;
	it->first = it->next = it->last = -1;
	return t->n++;
}

static void append(tree *t, int list, int child)
{
	item *l = &t->items[list];
	if (l->last < 0)
		l->first = child;
	else
		t->items[l->last].next = child;
	l->last = child;
}

static bool eq(const char *p, size_t n, const char *s)
{
	return strlen(s) == n && memcmp(p, s, n) == 0;
}

/* Adds the text [p, p+n) to list as a number or a qualifier. */
static int add_token(tree *t, int list, const char *p, size_t n, bool digits, bool followed_by_digit)
{
	int i = new_item(t, digits ? K_INT : K_STR);
	if (i < 0)
		return -1;
	item *it = &t->items[i];
	if (digits) {
		while (n && *p == '0') {
			p++;
			n--;
		}
	} else {
		if (followed_by_digit && n == 1) {
			/* "1a1" is 1-alpha-1: single letters before a number are abbreviations */
			if (*p == 'a')
				p = "alpha", n = 5;
			else if (*p == 'b')
				p = "beta", n = 4;
			else if (*p == 'm')
				p = "milestone", n = 9;
		}
		if (eq(p, n, "ga") || eq(p, n, "final") || eq(p, n, "release"))
			p = "", n = 0;
		else if (eq(p, n, "cr"))
			p = "rc", n = 2;
		it->rank = N_QUALIFIERS;
		for (int q = 0; q < N_QUALIFIERS; q++)
			if (eq(p, n, qualifiers[q]))
				it->rank = q;
	}
	it->p = p;
	it->n = n;
	append(t, list, i);
	return 0;
}

static bool is_null(const tree *t, int i)
{
	const item *it = &t->items[i];
	switch (it->kind) {
	case K_INT: return it->n == 0;
	case K_STR: return it->rank == RELEASE_RANK;
	default: return it->first < 0;
	}
}

/* Drops trailing null items, looking past non-null sub-lists as Maven does
 * (so 1.0-1 == 1-1). */
static void normalize(tree *t, int list)
{
	for (;;) {
		/* children of a list are a singly linked chain: find the last
		 * removable one scanning from the end by index order */
		int kids[MAX_ITEMS], nk = 0;
		for (int c = t->items[list].first; c >= 0; c = t->items[c].next)
			kids[nk++] = c;
		int remove = -1;
		for (int k = nk - 1; k >= 0; k--) {
			if (is_null(t, kids[k])) {
				remove = k;
				break;
			}
			if (t->items[kids[k]].kind != K_LIST)
				break;
		}
		if (remove < 0)
			return;
		if (remove == 0)
			t->items[list].first = remove + 1 < nk ? kids[remove + 1] : -1;
		else
			t->items[kids[remove - 1]].next = remove + 1 < nk ? kids[remove + 1] : -1;
		if (remove == nk - 1)
			t->items[list].last = remove > 0 ? kids[remove - 1] : -1;
	}
}

/* Appends a new sub-list to list; returns it (-1 when out of items). */
static int open_sublist(tree *t, int list)
{
	int sub = new_item(t, K_LIST);
	if (sub >= 0)
		append(t, list, sub);
	return sub;
}

static int parse(tree *t, const char *s)
{
	size_t len = strlen(s);
	int stack[MAX_ITEMS], depth = 0;
	if (len == 0 || len > DD_VERSION_MAX)
		return -1;
	for (size_t i = 0; i < len; i++)
		t->lower[i] = dd_vlower(s[i]);
	t->lower[len] = '\0';
	t->n = 0;
	int list = new_item(t, K_LIST);
	stack[depth++] = list;
	const char *v = t->lower;
	size_t start = 0;
	bool digit = false;
	for (size_t i = 0; i < len; i++) {
		char c = v[i];
		if (c == '.' || c == '-') {
			if (i == start) {
				if (add_token(t, list, "0", 1, true, false))
					return -1;
			} else if (add_token(t, list, v + start, i - start, digit, false)) {
				return -1;
			}
			start = i + 1;
			if (c == '-') {
				if ((list = open_sublist(t, list)) < 0)
					return -1;
				stack[depth++] = list;
			}
		} else if (dd_visdigit(c) != digit) {
			/* a switch between letters and digits ends a token and opens a sub-list */
			if (i > start) {
				if (add_token(t, list, v + start, i - start, digit, !digit))
					return -1;
				start = i;
				if ((list = open_sublist(t, list)) < 0)
					return -1;
				stack[depth++] = list;
			}
			digit = !digit;
		}
	}
	if (len > start && add_token(t, list, v + start, len - start, digit, false))
		return -1;
	while (depth > 0)
		normalize(t, stack[--depth]);
	return 0;
}

static int cmp_qualifier(int ra, const char *pa, size_t na, int rb, const char *pb, size_t nb)
{
	if (ra != rb)
		return ra < rb ? -1 : 1;
	if (ra < N_QUALIFIERS)
		return 0;
	int c = memcmp(pa, pb, na < nb ? na : nb);
	return c ? dd_vsign(c) : (na < nb ? -1 : na > nb);
}

static int cmp_item(const tree *ta, int a, const tree *tb, int b);

/* An item against nothing (the shorter list ran out). */
static int cmp_null(const tree *t, int a)
{
	const item *it = &t->items[a];
	switch (it->kind) {
	case K_INT:
		return it->n ? 1 : 0;
	case K_STR:
		return cmp_qualifier(it->rank, it->p, it->n, RELEASE_RANK, "", 0);
	default:
		return it->first < 0 ? 0 : cmp_null(t, it->first);
	}
}

static int cmp_list(const tree *ta, int a, const tree *tb, int b)
{
	int x = ta->items[a].first, y = tb->items[b].first;
	while (x >= 0 || y >= 0) {
		int c = x < 0 ? -cmp_null(tb, y) : y < 0 ? cmp_null(ta, x) : cmp_item(ta, x, tb, y);
		if (c)
			return c;
		if (x >= 0)
			x = ta->items[x].next;
		if (y >= 0)
			y = tb->items[y].next;
	}
	return 0;
}

static int cmp_item(const tree *ta, int a, const tree *tb, int b)
{
	const item *x = &ta->items[a], *y = &tb->items[b];
	if (x->kind != y->kind) {
		/* numbers > lists > qualifiers */
		static const int weight[] = { [K_INT] = 2, [K_LIST] = 1, [K_STR] = 0 };
		return weight[x->kind] > weight[y->kind] ? 1 : -1;
	}
	switch (x->kind) {
	case K_INT:
		return dd_vcmp_digits(x->p, x->n, y->p, y->n);
	case K_STR:
		return cmp_qualifier(x->rank, x->p, x->n, y->rank, y->p, y->n);
	default:
		return cmp_list(ta, a, tb, b);
	}
}

static int compare(const char *as, const char *bs, int *out)
{
	static _Thread_local tree a, b;
	if (parse(&a, as))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Maven version", as);
	if (parse(&b, bs))
		return dd_error_set(DD_EINVAL, "'%s' is not a valid Maven version", bs);
	*out = cmp_list(&a, 0, &b, 0);
	return 0;
}

static bool valid(const char *s)
{
	/* Maven orders any string; an empty or huge one is not a version */
	size_t n = strlen(s);
	return n > 0 && n <= DD_VERSION_MAX;
}

const dd_version_scheme dd_version_maven = { "maven", compare, valid };
