/*
 * Secret rule file parser (see secrets_rules.h). libyaml builds the document
 * tree; we walk it by schema with fixed depth, so aliases can never make the
 * walk recurse, and every list has a cap. Unknown fields are errors: a typo
 * in a rule must not silently turn the rule into something else.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "analyzers/secrets_rules.h"
#include "util/error.h"
#include "util/str.h"

typedef struct ctx {
	yaml_document_t *doc;
	const char *name;
	dd_secret_ruleset *rs;
	bool builtin;
} ctx;

static const char *scalar(ctx *c, yaml_node_t *n)
{
	(void)c;
	if (!n || n->type != YAML_SCALAR_NODE)
		return NULL;
	/* a NUL inside a scalar would silently cut the value */
	if (strlen((const char *)n->data.scalar.value) != n->data.scalar.length)
		return NULL;
	return (const char *)n->data.scalar.value;
}

static int bad(ctx *c, const char *rule, const char *field, const char *what)
{
	if (rule)
		return dd_error_set(DD_EFORMAT, "secret rules %s: rule '%.100s': field '%.60s': %s", c->name, rule, field, what);
	return dd_error_set(DD_EFORMAT, "secret rules %s: '%.60s': %s", c->name, field, what);
}

static int get_string(ctx *c, const char *rule, const char *field, yaml_node_t *v, size_t max, char **out)
{
	const char *s = scalar(c, v);
	if (!s)
		return bad(c, rule, field, "expected a string");
	if (strlen(s) > max)
		return dd_error_set(DD_ELIMIT, "secret rules %s: rule '%.100s': field '%.60s' is longer than %zu bytes", c->name,
			rule ? rule : "-", field, max);
	char *d = strdup(s);
	if (!d)
		return dd_error_oom();
	free(*out);
	*out = d;
	return 0;
}

/* A list of strings; a single scalar counts as a one-item list. */
static int get_list(ctx *c, const char *rule, const char *field, yaml_node_t *v, dd_strv *out)
{
	if (v && v->type == YAML_SCALAR_NODE) {
		const char *s = scalar(c, v);
		if (!s)
			return bad(c, rule, field, "expected a string");
		return dd_strv_push(out, s) ? dd_error_oom() : 0;
	}
	if (!v || v->type != YAML_SEQUENCE_NODE)
		return bad(c, rule, field, "expected a list of strings");
	for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
		const char *s = scalar(c, yaml_document_get_node(c->doc, *it));
		if (!s)
			return bad(c, rule, field, "expected a list of strings");
		if (out->count >= DD_SECRET_MAX_LIST)
			return dd_error_set(DD_ELIMIT, "secret rules %s: '%.60s' has more than %d entries", c->name, field, DD_SECRET_MAX_LIST);
		if (strlen(s) > DD_SECRET_MAX_REGEX)
			return dd_error_set(DD_ELIMIT, "secret rules %s: an entry of '%.60s' is longer than %d bytes", c->name, field, DD_SECRET_MAX_REGEX);
		if (dd_strv_push(out, s))
			return dd_error_oom();
	}
	return 0;
}

static int get_number(ctx *c, const char *rule, const char *field, yaml_node_t *v, double lo, double hi, double *out)
{
	const char *s = scalar(c, v);
	char *end = NULL;
	if (!s || !*s)
		return bad(c, rule, field, "expected a number");
	errno = 0;
	double d = strtod(s, &end);
	if (errno || *end || !(d >= lo && d <= hi))
		return bad(c, rule, field, "number out of range");
	*out = d;
	return 0;
}

static int get_bool(ctx *c, const char *rule, const char *field, yaml_node_t *v, bool *out)
{
	const char *s = scalar(c, v);
	if (s && (!strcmp(s, "true") || !strcmp(s, "yes")))
		*out = true;
	else if (s && (!strcmp(s, "false") || !strcmp(s, "no")))
		*out = false;
	else
		return bad(c, rule, field, "expected true or false");
	return 0;
}

static void allow_clear(dd_secret_allow *a)
{
	free(a->id);
	free(a->description);
	free(a->path);
	free(a->regex);
	free(a->secret);
	memset(a, 0, sizeof(*a));
}

static void rule_clear(dd_secret_rule *r)
{
	free(r->id);
	free(r->title);
	free(r->category);
	free(r->remediation);
	free(r->regex);
	free(r->prefilter);
	free(r->secret_group);
	dd_strv_free(&r->keywords);
	dd_strv_free(&r->require);
	dd_strv_free(&r->paths);
	dd_strv_free(&r->examples);
	dd_strv_free(&r->overrides);
	dd_strv_free(&r->exclude_blocks);
	for (size_t i = 0; i < r->n_allows; i++)
		allow_clear(&r->allows[i]);
	free(r->allows);
	memset(r, 0, sizeof(*r));
}

void dd_secret_ruleset_clear(dd_secret_ruleset *rs)
{
	for (size_t i = 0; i < rs->n_rules; i++)
		rule_clear(&rs->rules[i]);
	free(rs->rules);
	for (size_t i = 0; i < rs->n_allows; i++)
		allow_clear(&rs->allows[i]);
	free(rs->allows);
	dd_strv_free(&rs->exclude_blocks);
	dd_strv_free(&rs->disabled_allows);
	memset(rs, 0, sizeof(*rs));
}

/* Parses one allow entry (a mapping) into a. */
static int parse_allow(ctx *c, const char *rule, yaml_node_t *n, dd_secret_allow *a)
{
	int rc;
	if (!n || n->type != YAML_MAPPING_NODE)
		return bad(c, rule, "allow", "expected a list of mappings");
	for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
		const char *k = scalar(c, yaml_document_get_node(c->doc, p->key));
		yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
		if (!k)
			return bad(c, rule, "allow", "expected string keys");
		if (!strcmp(k, "id"))
			rc = get_string(c, rule, "allow.id", v, 200, &a->id);
		else if (!strcmp(k, "description"))
			rc = get_string(c, rule, "allow.description", v, 1000, &a->description);
		else if (!strcmp(k, "path"))
			rc = get_string(c, rule, "allow.path", v, DD_SECRET_MAX_REGEX, &a->path);
		else if (!strcmp(k, "regex"))
			rc = get_string(c, rule, "allow.regex", v, DD_SECRET_MAX_REGEX, &a->regex);
		else if (!strcmp(k, "secret"))
			rc = get_string(c, rule, "allow.secret", v, DD_SECRET_MAX_REGEX, &a->secret);
		else
			return bad(c, rule, k, "unknown field in an allow entry");
		if (rc)
			return rc;
	}
	if (!a->path && !a->regex && !a->secret)
		return bad(c, rule, "allow", "an allow entry needs a path, a regex or a secret regex");
	return 0;
}

static int parse_allows(ctx *c, const char *rule, yaml_node_t *v, dd_secret_allow **arr, size_t *n)
{
	if (!v || v->type != YAML_SEQUENCE_NODE)
		return bad(c, rule, "allow", "expected a list");
	for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
		if (*n >= DD_SECRET_MAX_LIST)
			return dd_error_set(DD_ELIMIT, "secret rules %s: more than %d allow entries", c->name, DD_SECRET_MAX_LIST);
		dd_secret_allow *na = realloc(*arr, (*n + 1) * sizeof(**arr));
		if (!na)
			return dd_error_oom();
		*arr = na;
		memset(&na[*n], 0, sizeof(na[*n]));
		int rc = parse_allow(c, rule, yaml_document_get_node(c->doc, *it), &na[*n]);
		(*n)++;
		if (rc)
			return rc;
	}
	return 0;
}

static int parse_severity(ctx *c, const char *rule, yaml_node_t *v, dd_severity *out)
{
	const char *s = scalar(c, v);
	if (!s)
		return bad(c, rule, "severity", "expected a string");
	char low[16];
	size_t i = 0;
	for (; s[i] && i < sizeof(low) - 1; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	low[i] = '\0';
	int sev = s[i] ? -1 : dd_severity_parse(low);
	/* like Trivy: an unknown word is "unknown", not an error, so one odd
	 * severity never disables a whole rule file */
	*out = sev < 0 ? DD_SEV_UNKNOWN : (dd_severity)sev;
	return 0;
}

static int parse_rule(ctx *c, yaml_node_t *n, dd_secret_rule *r)
{
	int rc = 0;
	if (!n || n->type != YAML_MAPPING_NODE)
		return bad(c, NULL, "rules", "each rule must be a mapping");
	/* the id first, so every later message can name the rule */
	for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
		const char *k = scalar(c, yaml_document_get_node(c->doc, p->key));
		if (k && !strcmp(k, "id") && (rc = get_string(c, "?", "id", yaml_document_get_node(c->doc, p->value), 200, &r->id)))
			return rc;
	}
	if (!r->id || !*r->id)
		return bad(c, NULL, "rules", "a rule has no id");
	for (const char *s = r->id; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			return bad(c, r->id, "id", "use letters, digits, '-', '_' and '.' only");
	const char *id = r->id;
	r->severity = DD_SEV_UNKNOWN;
	for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top && !rc; p++) {
		const char *k = scalar(c, yaml_document_get_node(c->doc, p->key));
		yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
		double d = 0;
		if (!k)
			return bad(c, id, "?", "expected string keys");
		if (!strcmp(k, "id"))
			continue;
		else if (!strcmp(k, "title"))
			rc = get_string(c, id, k, v, 500, &r->title);
		else if (!strcmp(k, "category"))
			rc = get_string(c, id, k, v, 200, &r->category);
		else if (!strcmp(k, "remediation"))
			rc = get_string(c, id, k, v, 2000, &r->remediation);
		else if (!strcmp(k, "severity"))
			rc = parse_severity(c, id, v, &r->severity);
		else if (!strcmp(k, "regex"))
			rc = get_string(c, id, k, v, DD_SECRET_MAX_REGEX, &r->regex);
		else if (!strcmp(k, "prefilter"))
			rc = get_string(c, id, k, v, DD_SECRET_MAX_REGEX, &r->prefilter);
		else if (!strcmp(k, "secret-group"))
			rc = get_string(c, id, k, v, 64, &r->secret_group);
		else if (!strcmp(k, "entropy")) {
			if (!(rc = get_number(c, id, k, v, 0, 8, &d)))
				r->entropy = d;
		} else if (!strcmp(k, "min-length")) {
			if (!(rc = get_number(c, id, k, v, 0, 4096, &d)))
				r->min_length = (unsigned)d;
		} else if (!strcmp(k, "window")) {
			if (!(rc = get_number(c, id, k, v, 0, 1 << 20, &d)))
				r->window = (unsigned)d;
		} else if (!strcmp(k, "lookback")) {
			if (!(rc = get_number(c, id, k, v, 0, 1 << 16, &d)))
				r->lookback = (unsigned)d;
		} else if (!strcmp(k, "dupnames"))
			rc = get_bool(c, id, k, v, &r->dupnames);
		else if (!strcmp(k, "generic"))
			rc = get_bool(c, id, k, v, &r->generic);
		else if (!strcmp(k, "keywords"))
			rc = get_list(c, id, k, v, &r->keywords);
		else if (!strcmp(k, "require"))
			rc = get_list(c, id, k, v, &r->require);
		else if (!strcmp(k, "paths"))
			rc = get_list(c, id, k, v, &r->paths);
		else if (!strcmp(k, "examples"))
			rc = get_list(c, id, k, v, &r->examples);
		else if (!strcmp(k, "overrides"))
			rc = get_list(c, id, k, v, &r->overrides);
		else if (!strcmp(k, "exclude-blocks"))
			rc = get_list(c, id, k, v, &r->exclude_blocks);
		else if (!strcmp(k, "allow"))
			rc = parse_allows(c, id, v, &r->allows, &r->n_allows);
		else
			return bad(c, id, k, "unknown field");
	}
	if (rc)
		return rc;
	if (!r->regex)
		return bad(c, id, "regex", "a rule needs a regex");
	r->builtin = c->builtin;
	return 0;
}

static dd_secret_rule *find_rule(dd_secret_ruleset *rs, const char *id)
{
	for (size_t i = 0; i < rs->n_rules; i++)
		if (!strcmp(rs->rules[i].id, id))
			return &rs->rules[i];
	return NULL;
}

static int parse_rules(ctx *c, yaml_node_t *v)
{
	dd_secret_ruleset *rs = c->rs;
	if (!v || v->type != YAML_SEQUENCE_NODE)
		return bad(c, NULL, "rules", "expected a list of rules");
	for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
		if (rs->n_rules >= DD_SECRET_MAX_RULES)
			return dd_error_set(DD_ELIMIT, "secret rules %s: more than %d rules", c->name, DD_SECRET_MAX_RULES);
		dd_secret_rule r;
		memset(&r, 0, sizeof(r));
		int rc = parse_rule(c, yaml_document_get_node(c->doc, *it), &r);
		if (rc) {
			rule_clear(&r);
			return rc;
		}
		dd_secret_rule *old = find_rule(rs, r.id);
		if (old) {
			rule_clear(old);
			*old = r;
			continue;
		}
		dd_secret_rule *nr = realloc(rs->rules, (rs->n_rules + 1) * sizeof(*nr));
		if (!nr) {
			rule_clear(&r);
			return dd_error_oom();
		}
		rs->rules = nr;
		rs->rules[rs->n_rules++] = r;
	}
	return 0;
}

static int apply_lists(ctx *c, const dd_strv *disable, const dd_strv *enable)
{
	dd_secret_ruleset *rs = c->rs;
	for (size_t i = 0; i < disable->count; i++) {
		dd_secret_rule *r = find_rule(rs, disable->items[i]);
		if (r)
			r->disabled = true;
	}
	if (enable->count)
		for (size_t i = 0; i < rs->n_rules; i++)
			if (rs->rules[i].builtin && !dd_strv_contains(enable, rs->rules[i].id))
				rs->rules[i].disabled = true;
	return 0;
}

static int parse_root(ctx *c, yaml_node_t *root)
{
	int rc = 0;
	dd_strv disable = DD_STRV_INIT, enable = DD_STRV_INIT;
	if (!root)
		return 0; /* an empty document changes nothing */
	if (root->type != YAML_MAPPING_NODE)
		return bad(c, NULL, "(top)", "expected a mapping");
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top && !rc; p++) {
		const char *k = scalar(c, yaml_document_get_node(c->doc, p->key));
		yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
		if (!k)
			rc = bad(c, NULL, "(top)", "expected string keys");
		else if (!strcmp(k, "format")) {
			const char *s = scalar(c, v);
			if (!s || strcmp(s, "1"))
				rc = bad(c, NULL, k, "only format 1 is known");
		} else if (!strcmp(k, "rules"))
			rc = parse_rules(c, v);
		else if (!strcmp(k, "allow"))
			rc = parse_allows(c, NULL, v, &c->rs->allows, &c->rs->n_allows);
		else if (!strcmp(k, "exclude-blocks"))
			rc = get_list(c, NULL, k, v, &c->rs->exclude_blocks);
		else if (!strcmp(k, "disable-rules"))
			rc = get_list(c, NULL, k, v, &disable);
		else if (!strcmp(k, "enable-rules"))
			rc = get_list(c, NULL, k, v, &enable);
		else if (!strcmp(k, "disable-allow"))
			rc = get_list(c, NULL, k, v, &c->rs->disabled_allows);
		else
			rc = bad(c, NULL, k, "unknown field");
	}
	if (!rc)
		rc = apply_lists(c, &disable, &enable);
	dd_strv_free(&disable);
	dd_strv_free(&enable);
	return rc;
}

int dd_secret_ruleset_parse(dd_secret_ruleset *rs, const char *name, const char *yaml, size_t len, bool builtin)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int rc;
	if (len > DD_SECRET_RULES_MAX_BYTES)
		return dd_error_set(DD_ELIMIT, "secret rules %s: larger than %u bytes", name, DD_SECRET_RULES_MAX_BYTES);
	if (!yaml_parser_initialize(&parser))
		return dd_error_oom();
	yaml_parser_set_input_string(&parser, (const unsigned char *)yaml, len);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = dd_error_set(DD_EFORMAT, "secret rules %s: line %zu: invalid YAML: %s", name, parser.problem_mark.line + 1,
			parser.problem ? parser.problem : "cannot parse");
		yaml_parser_delete(&parser);
		return rc;
	}
	ctx c = { .doc = &doc, .name = name, .rs = rs, .builtin = builtin };
	rc = parse_root(&c, yaml_document_get_root_node(&doc));
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return rc;
}
