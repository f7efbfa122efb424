/*
 * Secret rule sets: the data behind the secret scanner, parsed from YAML
 * (rules/secrets/builtin.yaml, bundled by util/embedded.h; a user file given
 * with --secret-config is merged on top). This module only parses and
 * merges; secrets_engine.c compiles a rule set into one matcher.
 *
 * The one idea: a rule is plain data (id, title, severity, regex, which group
 * is the secret, keywords, entropy floor, allow-list, remediation), so adding
 * a token format is a YAML edit, never code. The file format is documented
 * in docs/secrets.md.
 */
#ifndef DD_ANALYZERS_SECRETS_RULES_H
#define DD_ANALYZERS_SECRETS_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "drydock/drydock.h"

/* Caps: a rule file is configuration, never megabytes of data. */
#define DD_SECRET_RULES_MAX_BYTES (1u << 20)
#define DD_SECRET_MAX_RULES 1024
#define DD_SECRET_MAX_LIST 256        /* keywords, paths, examples, allows per rule */
#define DD_SECRET_MAX_REGEX 4096      /* bytes of one regex */

/* An allow entry: a hit is dropped when every regex the entry has matches:
 * `path` the image path, `regex` the whole matched text, `secret` the secret
 * part. An entry with only `path` skips the file for the rule. */
typedef struct dd_secret_allow {
	char *id;
	char *description;
	char *path;           /* PCRE2 regex on the image path */
	char *regex;          /* PCRE2 regex on the whole matched text */
	char *secret;         /* PCRE2 regex on the secret part alone */
} dd_secret_allow;

typedef struct dd_secret_rule {
	char *id;
	char *title;
	char *category;
	char *remediation;
	dd_severity severity;
	char *regex;          /* PCRE2 */
	char *prefilter;      /* optional hyperscan expression; default: regex */
	char *secret_group;   /* group name or number; NULL: the whole match */
	double entropy;       /* minimum Shannon entropy (bits/byte) of the secret; 0: none */
	unsigned min_length;  /* of the secret part */
	unsigned window;      /* bytes a match may run past the end of a prefilter hit */
	unsigned lookback;    /* bytes a match may start before the prefilter's own match */
	bool dupnames;        /* several groups share the secret group name */
	bool generic;         /* a catch-all (".env SECRET=", config passwords): yields to
	                       * any specific rule's hit on the same line or span */
	dd_strv keywords;     /* any one must occur in the file (case-insensitive) */
	dd_strv require;      /* all must occur in the file (case-insensitive) */
	dd_strv paths;        /* globs; the rule applies only to these files */
	dd_strv examples;     /* documented example values: noted, not reported */
	dd_strv overrides;    /* rule ids whose overlapping hits this rule replaces */
	dd_strv exclude_blocks; /* regexes: this rule's hits inside these blocks are dropped */
	dd_secret_allow *allows;
	size_t n_allows;
	bool disabled;
	bool builtin;
} dd_secret_rule;

typedef struct dd_secret_ruleset {
	dd_secret_rule *rules;
	size_t n_rules;
	dd_secret_allow *allows;      /* global allow-list */
	size_t n_allows;
	dd_strv exclude_blocks;       /* regexes: hits inside these blocks are dropped */
	dd_strv disabled_allows;      /* ids of global allow entries switched off */
} dd_secret_ruleset;

/*
 * Parses one rule document and merges it into rs: rules are added (a rule
 * with an existing id replaces it), `disable-rules` switch rules off,
 * `enable-rules` keeps only the listed built-in rules (and the file's own),
 * `allow`/`exclude-blocks` add to the global lists, `disable-allow` switches
 * global allow entries off. `name` names the document in error messages.
 * Returns 0 or DD_EFORMAT/DD_ELIMIT/DD_ENOMEM with a message naming the
 * rule and field. On error rs holds what was merged before the bad entry;
 * free it with dd_secret_ruleset_clear() either way.
 */
int dd_secret_ruleset_parse(dd_secret_ruleset *rs, const char *name, const char *yaml, size_t len, bool builtin);
void dd_secret_ruleset_clear(dd_secret_ruleset *rs);

#endif
