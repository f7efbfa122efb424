/*
 * "did you mean --severity?": the closest known option to a mistyped one,
 * by edit distance, so that a typo costs one glance instead of a trip to
 * --help. Only close matches are offered; a wild guess would mislead.
 */
#ifndef DD_CLI_SUGGEST_H
#define DD_CLI_SUGGEST_H

#include <getopt.h>
#include <stdio.h>

/* The long option of opts closest to what the user typed in arg ("--severty",
 * "--severty=high", "-severity"), or NULL when none is close or arg names an
 * option exactly (the problem is then its argument, not its name). */
const char *dd_cli_suggest_option(const char *arg, const struct option *opts);

/* The command closest to word among names[0..n), or NULL. */
const char *dd_cli_suggest_word(const char *word, const char *const *names, size_t n);

#endif
