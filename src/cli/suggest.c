/* Closest-match suggestions for mistyped options and commands (suggest.h). */
#include <stdbool.h>
#include <string.h>

#include "suggest.h"

#define WORD_MAX 64

/* Levenshtein distance with transpositions counted as one edit (the
 * commonest typo, "--sevreity"); words longer than WORD_MAX never match. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t row[3][WORD_MAX + 1];
	if (la > WORD_MAX || lb > WORD_MAX)
		return (size_t)-1;
	for (size_t j = 0; j <= lb; j++)
		row[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t *cur = row[i % 3], *prev = row[(i - 1) % 3], *prev2 = row[(i + 1) % 3];
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t best = prev[j - 1] + cost;
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
	}
	return row[la % 3][lb];
}

/* A third of the word's length, at least one and at most three edits:
 * "--sevirity" finds --severity, "--db" does not find --vex. */
static size_t allowed(size_t len)
{
	size_t d = len / 3;
	return d < 1 ? 1 : d > 3 ? 3 : d;
}

static const char *closest(const char *word, size_t len, const char *const *names, size_t n, size_t stride)
{
	const char *best = NULL;
	size_t best_d = allowed(len) + 1;
	for (size_t i = 0; i < n; i++) {
		const char *name = *(const char *const *)((const char *)names + i * stride);
		size_t d = distance(word, len, name, strlen(name));
		if (d == 0)
			return NULL;
		if (d < best_d) {
			best_d = d;
			best = name;
		}
	}
	return best;
}

const char *dd_cli_suggest_option(const char *arg, const struct option *opts)
{
	if (!arg || arg[0] != '-')
		return NULL;
	bool single = arg[1] != '-';
	arg += single ? 1 : 2;
	size_t len = strcspn(arg, "=");
	size_t n = 0;
	for (; opts[n].name; n++)
		if (single && len > 1 && strlen(opts[n].name) == len && !strncmp(opts[n].name, arg, len))
			return opts[n].name;   /* "-severity": one dash short */
	return closest(arg, len, &opts[0].name, n, sizeof(*opts));
}

const char *dd_cli_suggest_word(const char *word, const char *const *names, size_t n)
{
	return closest(word, strlen(word), names, n, sizeof(*names));
}
