/*
 * The secret rule engine (see secrets_engine.h): hyperscan finds candidate
 * windows, PCRE2 confirms them and extracts the secret part, then keywords,
 * path filters, allow-lists, exclude blocks, entropy and overrides decide
 * what is a hit.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <hs/hs.h>
#include <limits.h>
#include <math.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/secrets_engine.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/str.h"

/* How far back from a hyperscan hit an unbounded pattern's match may start,
 * and how far forward a match may run past a hit by default. */
#define UNBOUNDED_BACK 8192u
#define BOUNDED_SLACK 64u
#define UNBOUNDED_FWD 4096u
#define PCRE_MATCH_LIMIT 1000000u
#define SCRATCH_POOL_MAX 64

typedef struct callow {
	const dd_secret_allow *a;
	pcre2_code *path, *regex, *secret;
	bool on;
} callow;

typedef struct crule {
	dd_secret_rule *r;
	pcre2_code *re;
	int group;               /* capture group number; 0: whole match; -1: by name (dupnames) */
	callow *allows;
	size_t n_allows;
	unsigned back, fwd;
	bool fullscan;           /* hyperscan cannot take it: PCRE2 over the whole file */
	uint32_t *kw, *req;      /* literal ids */
	size_t n_kw, n_req;
	size_t *overrides;       /* indices of overridden rules */
	size_t n_overrides;
	pcre2_code **blocks;     /* the rule's own exclude blocks */
	size_t n_blocks;
} crule;

typedef struct region {
	uint32_t rule;
	size_t start, end;
} region;

typedef struct scratch {
	hs_scratch_t *hs[2];
	pcre2_match_data *md, *md1;
	region *regions;
	size_t n_regions, cap_regions;
	int32_t *last;           /* per rule: its last region, or -1 */
	uint8_t *lit_seen;       /* per literal */
	size_t len;
	bool truncated;
	const dd_secret_engine *e;
} scratch;

struct dd_secret_engine {
	dd_secret_ruleset rs;    /* owns the rule data */
	crule *rules;
	size_t n_rules;
	callow *gallows;
	size_t n_gallows;
	pcre2_code **blocks;
	size_t n_blocks;
	char **literals;
	size_t n_literals;
	/* [0]: rules for every file, plus keywords; [1]: rules with `paths`,
	 * scanned only for files that one of them applies to, so the words
	 * those rules key on ("password") cost nothing elsewhere */
	hs_database_t *db[2];
	hs_scratch_t *proto[2];
	pcre2_match_context *mctx;
	uint32_t max_groups;
	pthread_mutex_t lock;
	scratch *pool[SCRATCH_POOL_MAX];
	size_t n_pool;
};

/* ---- small helpers ---- */

double dd_secret_entropy(const uint8_t *s, size_t len)
{
	if (!len)
		return 0;
	size_t cnt[256] = { 0 };
	for (size_t i = 0; i < len; i++)
		cnt[s[i]]++;
	double h = 0;
	for (int i = 0; i < 256; i++)
		if (cnt[i]) {
			double p = (double)cnt[i] / (double)len;
			h -= p * log2(p);
		}
	return h;
}

static pcre2_code *re_compile(const char *src, uint32_t opts, char *err, size_t errlen)
{
	int code;
	PCRE2_SIZE off;
	pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
	if (!cc) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	/* '$' in multi-line mode also before "\r\n": files come from Windows too */
	pcre2_set_newline(cc, PCRE2_NEWLINE_ANYCRLF);
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, opts, &code, &off, cc);
	pcre2_compile_context_free(cc);
	if (!re) {
		PCRE2_UCHAR msg[200];
		pcre2_get_error_message(code, msg, sizeof(msg));
		snprintf(err, errlen, "%s at offset %zu", (const char *)msg, (size_t)off);
		return NULL;
	}
	/* JIT is an accelerator: without it (no exec memory) the interpreter runs */
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

static bool re_search(const dd_secret_engine *e, scratch *s, pcre2_code *re, const uint8_t *subj, size_t len)
{
	return pcre2_match(re, subj, len, 0, 0, s->md1, e->mctx) >= 0;
}

static int compile_allow(callow *ca, const dd_secret_allow *a, const char *rule)
{
	char err[256];
	ca->a = a;
	ca->on = true;
	if (a->path && !(ca->path = re_compile(a->path, 0, err, sizeof(err))))
		return dd_error_set(DD_EFORMAT, "secret rule '%s': allow path regex '%.100s': %s", rule ? rule : "(global)", a->path, err);
	if (a->regex && !(ca->regex = re_compile(a->regex, 0, err, sizeof(err))))
		return dd_error_set(DD_EFORMAT, "secret rule '%s': allow regex '%.100s': %s", rule ? rule : "(global)", a->regex, err);
	if (a->secret && !(ca->secret = re_compile(a->secret, 0, err, sizeof(err))))
		return dd_error_set(DD_EFORMAT, "secret rule '%s': allow secret regex '%.100s': %s", rule ? rule : "(global)", a->secret, err);
	return 0;
}

static void free_allows(callow *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		pcre2_code_free(a[i].path);
		pcre2_code_free(a[i].regex);
		pcre2_code_free(a[i].secret);
	}
	free(a);
}

/* Index of a caseless literal, added when new. */
static int literal_id(dd_secret_engine *e, const char *lit, uint32_t *out)
{
	for (size_t i = 0; i < e->n_literals; i++)
		if (!strcasecmp(e->literals[i], lit)) {
			*out = (uint32_t)i;
			return 0;
		}
	char **nl = realloc(e->literals, (e->n_literals + 1) * sizeof(*nl));
	if (!nl)
		return dd_error_oom();
	e->literals = nl;
	if (!(nl[e->n_literals] = strdup(lit)))
		return dd_error_oom();
	*out = (uint32_t)e->n_literals++;
	return 0;
}

/* A literal as a hyperscan expression: every byte hex-escaped. */
static char *literal_expr(const char *lit)
{
	size_t n = strlen(lit);
	char *out = malloc(n * 4 + 1);
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		snprintf(out + i * 4, 5, "\\x%02x", (unsigned char)lit[i]);
	out[n * 4] = '\0';
	return out;
}

static int compile_rule(dd_secret_engine *e, crule *cr, dd_secret_rule *r)
{
	char err[256];
	int rc;
	cr->r = r;
	uint32_t opts = r->dupnames ? PCRE2_DUPNAMES : 0;
	if (!(cr->re = re_compile(r->regex, opts, err, sizeof(err))))
		return dd_error_set(DD_EFORMAT, "secret rule '%s': regex: %s", r->id, err);
	uint32_t groups = 0;
	pcre2_pattern_info(cr->re, PCRE2_INFO_CAPTURECOUNT, &groups);
	if (groups + 1 > e->max_groups)
		e->max_groups = groups + 1;
	cr->group = 0;
	if (r->secret_group) {
		char *end;
		long g = strtol(r->secret_group, &end, 10);
		if (!*end && end != r->secret_group) {
			if (g < 0 || (uint32_t)g > groups)
				return dd_error_set(DD_EFORMAT, "secret rule '%s': secret-group %ld does not exist", r->id, g);
			cr->group = (int)g;
		} else if (r->dupnames) {
			PCRE2_SPTR first, last;
			if (pcre2_substring_nametable_scan(cr->re, (PCRE2_SPTR)r->secret_group, &first, &last) < 0)
				return dd_error_set(DD_EFORMAT, "secret rule '%s': secret-group '%s' does not exist", r->id, r->secret_group);
			cr->group = -1;
		} else {
			int n = pcre2_substring_number_from_name(cr->re, (PCRE2_SPTR)r->secret_group);
			if (n < 0)
				return dd_error_set(DD_EFORMAT, "secret rule '%s': secret-group '%s' does not exist", r->id, r->secret_group);
			cr->group = n;
		}
	}
	if (r->n_allows && !(cr->allows = calloc(r->n_allows, sizeof(callow))))
		return dd_error_oom();
	for (size_t i = 0; i < r->n_allows; i++, cr->n_allows++)
		if ((rc = compile_allow(&cr->allows[i], &r->allows[i], r->id)) != 0)
			return rc;

	/* hyperscan side: window sizes from the prefilter's width */
	const char *pf = r->prefilter ? r->prefilter : r->regex;
	hs_expr_info_t *info = NULL;
	hs_compile_error_t *cerr = NULL;
	if (hs_expression_info(pf, HS_FLAG_PREFILTER, &info, &cerr) != HS_SUCCESS) {
		if (r->prefilter) {
			rc = dd_error_set(DD_EFORMAT, "secret rule '%s': prefilter: %s", r->id, cerr ? cerr->message : "invalid");
			hs_free_compile_error(cerr);
			return rc;
		}
		/* a user regex hyperscan cannot parse still works, slowly */
		hs_free_compile_error(cerr);
		cr->fullscan = true;
	} else {
		if (info->min_width == 0) {
			free(info);
			return dd_error_set(DD_EFORMAT, "secret rule '%s': the pattern can match an empty string", r->id);
		}
		bool bounded = info->max_width != UINT_MAX && info->max_width <= (1u << 20);
		cr->back = (bounded ? info->max_width + 8 : UNBOUNDED_BACK) + r->lookback;
		cr->fwd = r->window ? r->window : bounded ? BOUNDED_SLACK : UNBOUNDED_FWD;
		if (cr->fwd < BOUNDED_SLACK)
			cr->fwd = BOUNDED_SLACK;
		free(info);
	}
	if (r->exclude_blocks.count && !(cr->blocks = calloc(r->exclude_blocks.count, sizeof(pcre2_code *))))
		return dd_error_oom();
	for (size_t i = 0; i < r->exclude_blocks.count; i++, cr->n_blocks++)
		if (!(cr->blocks[i] = re_compile(r->exclude_blocks.items[i], 0, err, sizeof(err))))
			return dd_error_set(DD_EFORMAT, "secret rule '%s': exclude block '%.100s': %s", r->id, r->exclude_blocks.items[i], err);
	if (r->keywords.count && !(cr->kw = calloc(r->keywords.count, sizeof(uint32_t))))
		return dd_error_oom();
	for (size_t i = 0; i < r->keywords.count; i++, cr->n_kw++)
		if ((rc = literal_id(e, r->keywords.items[i], &cr->kw[i])) != 0)
			return rc;
	if (r->require.count && !(cr->req = calloc(r->require.count, sizeof(uint32_t))))
		return dd_error_oom();
	for (size_t i = 0; i < r->require.count; i++, cr->n_req++)
		if ((rc = literal_id(e, r->require.items[i], &cr->req[i])) != 0)
			return rc;
	return 0;
}

static void scratch_free(scratch *s)
{
	if (!s)
		return;
	hs_free_scratch(s->hs[0]);
	hs_free_scratch(s->hs[1]);
	pcre2_match_data_free(s->md);
	pcre2_match_data_free(s->md1);
	free(s->regions);
	free(s->last);
	free(s->lit_seen);
	free(s);
}

void dd_secret_engine_free(dd_secret_engine *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_rules; i++) {
		crule *cr = &e->rules[i];
		pcre2_code_free(cr->re);
		free_allows(cr->allows, cr->n_allows);
		free(cr->kw);
		free(cr->req);
		free(cr->overrides);
		for (size_t k = 0; k < cr->n_blocks; k++)
			pcre2_code_free(cr->blocks[k]);
		free(cr->blocks);
	}
	free(e->rules);
	free_allows(e->gallows, e->n_gallows);
	for (size_t i = 0; i < e->n_blocks; i++)
		pcre2_code_free(e->blocks[i]);
	free(e->blocks);
	for (size_t i = 0; i < e->n_literals; i++)
		free(e->literals[i]);
	free(e->literals);
	for (int k = 0; k < 2; k++) {
		hs_free_database(e->db[k]);
		hs_free_scratch(e->proto[k]);
	}
	pcre2_match_context_free(e->mctx);
	for (size_t i = 0; i < e->n_pool; i++)
		scratch_free(e->pool[i]);
	pthread_mutex_destroy(&e->lock);
	dd_secret_ruleset_clear(&e->rs);
	free(e);
}

static int build_database(dd_secret_engine *e, int scoped)
{
	size_t n = e->n_rules + e->n_literals;
	int rc = 0;
	const char **exprs = calloc(n ? n : 1, sizeof(*exprs));
	char **owned = calloc(n ? n : 1, sizeof(*owned));
	unsigned *flags = calloc(n ? n : 1, sizeof(*flags)), *ids = calloc(n ? n : 1, sizeof(*ids));
	size_t m = 0;
	if (!exprs || !owned || !flags || !ids) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (size_t i = 0; i < e->n_rules; i++) {
		crule *cr = &e->rules[i];
		if (cr->fullscan || (cr->r->paths.count > 0) != scoped)
			continue;
		exprs[m] = cr->r->prefilter ? cr->r->prefilter : cr->r->regex;
		flags[m] = HS_FLAG_PREFILTER;
		ids[m++] = (unsigned)i;
	}
	for (size_t i = 0; i < e->n_literals && !scoped; i++) {
		if (!(owned[i] = literal_expr(e->literals[i]))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		exprs[m] = owned[i];
		flags[m] = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH;
		ids[m++] = (unsigned)(e->n_rules + i);
	}
	if (m == 0)
		goto cleanup; /* nothing to match: every scan is empty */
	hs_compile_error_t *cerr = NULL;
	if (hs_compile_multi(exprs, flags, ids, (unsigned)m, HS_MODE_BLOCK, NULL, &e->db[scoped], &cerr) != HS_SUCCESS) {
		int bad = cerr ? cerr->expression : -1;
		const char *who = bad >= 0 && (size_t)bad < m && ids[bad] < e->n_rules ? e->rules[ids[bad]].r->id : "(keywords)";
		rc = dd_error_set(DD_EFORMAT, "secret rule '%s': hyperscan: %s", who, cerr ? cerr->message : "compile failed");
		hs_free_compile_error(cerr);
		goto cleanup;
	}
	if (hs_alloc_scratch(e->db[scoped], &e->proto[scoped]) != HS_SUCCESS)
		rc = dd_error_oom();
cleanup:
	for (size_t i = 0; i < e->n_literals && owned; i++)
		free(owned[i]);
	free(owned);
	free(exprs);
	free(flags);
	free(ids);
	return rc;
}

int dd_secret_engine_new(dd_secret_engine **out, dd_secret_ruleset *rs)
{
	int rc = 0;
	char err[256];
	*out = NULL;
	dd_secret_engine *e = calloc(1, sizeof(*e));
	if (!e)
		return dd_error_oom();
	pthread_mutex_init(&e->lock, NULL);
	e->rs = *rs;
	memset(rs, 0, sizeof(*rs));
	e->max_groups = 1;
	if (!(e->mctx = pcre2_match_context_create(NULL))) {
		rc = dd_error_oom();
		goto fail;
	}
	/* a hostile file must not make one regex run for minutes */
	pcre2_set_match_limit(e->mctx, PCRE_MATCH_LIMIT);
	pcre2_set_depth_limit(e->mctx, 10000);

	size_t active = 0;
	for (size_t i = 0; i < e->rs.n_rules; i++)
		active += !e->rs.rules[i].disabled;
	if (active && !(e->rules = calloc(active, sizeof(crule)))) {
		rc = dd_error_oom();
		goto fail;
	}
	for (size_t i = 0; i < e->rs.n_rules; i++) {
		if (e->rs.rules[i].disabled)
			continue;
		if ((rc = compile_rule(e, &e->rules[e->n_rules++], &e->rs.rules[i])) != 0)
			goto fail;
	}
	for (size_t i = 0; i < e->n_rules; i++) {
		crule *cr = &e->rules[i];
		const dd_strv *ov = &cr->r->overrides;
		if (ov->count && !(cr->overrides = calloc(ov->count, sizeof(size_t)))) {
			rc = dd_error_oom();
			goto fail;
		}
		for (size_t k = 0; k < ov->count; k++)
			for (size_t j = 0; j < e->n_rules; j++)
				if (j != i && !strcmp(e->rules[j].r->id, ov->items[k]))
					cr->overrides[cr->n_overrides++] = j;
	}
	if (e->rs.n_allows && !(e->gallows = calloc(e->rs.n_allows, sizeof(callow)))) {
		rc = dd_error_oom();
		goto fail;
	}
	for (size_t i = 0; i < e->rs.n_allows; i++, e->n_gallows++) {
		if ((rc = compile_allow(&e->gallows[i], &e->rs.allows[i], NULL)) != 0)
			goto fail;
		const char *id = e->rs.allows[i].id;
		e->gallows[i].on = !(id && dd_strv_contains(&e->rs.disabled_allows, id));
	}
	if (e->rs.exclude_blocks.count &&
	    !(e->blocks = calloc(e->rs.exclude_blocks.count, sizeof(pcre2_code *)))) {
		rc = dd_error_oom();
		goto fail;
	}
	for (size_t i = 0; i < e->rs.exclude_blocks.count; i++, e->n_blocks++)
		if (!(e->blocks[i] = re_compile(e->rs.exclude_blocks.items[i], 0, err, sizeof(err)))) {
			rc = dd_error_set(DD_EFORMAT, "secret rules: exclude block '%.100s': %s", e->rs.exclude_blocks.items[i], err);
			goto fail;
		}
	if ((rc = build_database(e, 0)) != 0 || (rc = build_database(e, 1)) != 0)
		goto fail;
	*out = e;
	return 0;
fail:
	dd_secret_engine_free(e);
	return rc;
}

int dd_secret_engine_new_default(dd_secret_engine **out, const char *user_name, const char *user_yaml, size_t user_len)
{
	dd_secret_ruleset rs;
	memset(&rs, 0, sizeof(rs));
	const dd_embedded_file *builtin = dd_embedded_get("secrets/builtin.yaml");
	if (!builtin)
		return dd_error_set(DD_ERROR, "this build has no built-in secret rules (rules/secrets/builtin.yaml)");
	int rc = dd_secret_ruleset_parse(&rs, "(built-in)", (const char *)builtin->data, builtin->len, true);
	if (!rc && user_yaml)
		rc = dd_secret_ruleset_parse(&rs, user_name ? user_name : "(user)", user_yaml, user_len, false);
	if (!rc)
		rc = dd_secret_engine_new(out, &rs);
	dd_secret_ruleset_clear(&rs);
	return rc;
}

size_t dd_secret_engine_rule_count(const dd_secret_engine *e)
{
	return e->n_rules;
}

const dd_secret_rule *dd_secret_engine_rule(const dd_secret_engine *e, size_t i)
{
	return i < e->n_rules ? e->rules[i].r : NULL;
}

bool dd_secret_engine_rule_is_slow(const dd_secret_engine *e, size_t i)
{
	return i < e->n_rules && e->rules[i].fullscan;
}

const dd_secret_rule *dd_secret_engine_find(const dd_secret_engine *e, const char *id)
{
	for (size_t i = 0; i < e->n_rules; i++)
		if (!strcmp(e->rules[i].r->id, id))
			return e->rules[i].r;
	return NULL;
}

static bool path_glob_ok(const dd_strv *globs, const char *path, const char *base);

/* ---- scratch pool: one per concurrent scan, reused ---- */

static scratch *scratch_get(const dd_secret_engine *ce)
{
	dd_secret_engine *e = (dd_secret_engine *)ce; /* the pool is the only mutable part */
	scratch *s = NULL;
	pthread_mutex_lock(&e->lock);
	if (e->n_pool)
		s = e->pool[--e->n_pool];
	pthread_mutex_unlock(&e->lock);
	if (s)
		return s;
	if (!(s = calloc(1, sizeof(*s))))
		return NULL;
	s->e = e;
	if ((e->proto[0] && hs_clone_scratch(e->proto[0], &s->hs[0]) != HS_SUCCESS) ||
	    (e->proto[1] && hs_clone_scratch(e->proto[1], &s->hs[1]) != HS_SUCCESS) ||
	    !(s->md = pcre2_match_data_create(e->max_groups, NULL)) ||
	    !(s->md1 = pcre2_match_data_create(1, NULL)) ||
	    !(s->last = malloc((e->n_rules ? e->n_rules : 1) * sizeof(int32_t))) ||
	    !(s->lit_seen = calloc(e->n_literals ? e->n_literals : 1, 1))) {
		scratch_free(s);
		return NULL;
	}
	return s;
}

static void scratch_put(const dd_secret_engine *ce, scratch *s)
{
	dd_secret_engine *e = (dd_secret_engine *)ce;
	pthread_mutex_lock(&e->lock);
	if (e->n_pool < SCRATCH_POOL_MAX) {
		e->pool[e->n_pool++] = s;
		s = NULL;
	}
	pthread_mutex_unlock(&e->lock);
	scratch_free(s);
}

static int push_region(scratch *s, uint32_t rule, size_t start, size_t end)
{
	if (s->n_regions >= DD_SECRET_MAX_REGIONS) {
		s->truncated = true;
		return 1;
	}
	if (s->n_regions == s->cap_regions) {
		size_t ncap = s->cap_regions ? s->cap_regions * 2 : 64;
		region *nr = realloc(s->regions, ncap * sizeof(*nr));
		if (!nr) {
			s->truncated = true;
			return 1;
		}
		s->regions = nr;
		s->cap_regions = ncap;
	}
	s->last[rule] = (int32_t)s->n_regions;
	s->regions[s->n_regions++] = (region){ rule, start, end };
	return 0;
}

static int on_hs_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void *ctx)
{
	(void)from;
	(void)flags;
	scratch *s = ctx;
	const dd_secret_engine *e = s->e;
	if (id >= e->n_rules) {
		s->lit_seen[id - e->n_rules] = 1;
		return 0;
	}
	const crule *cr = &e->rules[id];
	size_t start = to > cr->back ? (size_t)to - cr->back : 0;
	size_t end = (size_t)to + cr->fwd;
	if (end > s->len)
		end = s->len;
	int32_t li = s->last[id];
	if (li >= 0 && s->regions[li].end >= start) {
		if (end > s->regions[li].end)
			s->regions[li].end = end;
		return 0;
	}
	return push_region(s, id, start, end);
}

static int cmp_region(const void *a, const void *b)
{
	const region *x = a, *y = b;
	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* ---- confirmation ---- */

typedef struct blockset {
	size_t (*r)[2];
	size_t n;
	bool done;
} blockset;

typedef struct file_ctx {
	const dd_secret_engine *e;
	scratch *s;
	const char *path;
	const uint8_t *data;
	size_t len;
	int global_path_allowed;       /* -1 unknown, 0, 1 */
	blockset blocks;               /* global exclude blocks */
	blockset rule_blocks;          /* the exclude blocks of rule_blocks_of */
	const struct crule *rule_blocks_of;
	dd_secret_result *res;
	const char *basename;
} file_ctx;

static bool path_glob_ok(const dd_strv *globs, const char *path, const char *base)
{
	if (!globs->count)
		return true;
	for (size_t i = 0; i < globs->count; i++) {
		const char *g = globs->items[i];
		const char *subject = strchr(g, '/') ? path : base;
		/* runs for every file: a literal first character rejects most */
		if (g[0] != '*' && g[0] != '?' && g[0] != '[' && g[0] != subject[0])
			continue;
		if (dd_glob_match(g, subject))
			return true;
	}
	return false;
}

/* An allow entry applies when each of its regexes matches. Path-only
 * entries are decided once per file (path_only), the others per hit. */
static bool allow_applies(file_ctx *fc, const callow *a, size_t ms, size_t me, size_t ss, size_t se, bool path_only)
{
	if (!a->on)
		return false;
	bool per_hit = a->regex || a->secret;
	if (path_only == per_hit)
		return false;
	if (a->path && !re_search(fc->e, fc->s, a->path, (const uint8_t *)fc->path, strlen(fc->path)))
		return false;
	if (a->regex && !re_search(fc->e, fc->s, a->regex, fc->data + ms, me - ms))
		return false;
	if (a->secret && !re_search(fc->e, fc->s, a->secret, fc->data + ss, se - ss))
		return false;
	return true;
}

/* Ranges of the file that a list of block regexes cover, found once per
 * file (global blocks) or per rule, and only when a hit needs them. */
static void compute_blocks(file_ctx *fc, blockset *bs, pcre2_code *const *codes, size_t n_codes)
{
	bs->done = true;
	bs->n = 0;
	const dd_secret_engine *e = fc->e;
	for (size_t b = 0; b < n_codes; b++) {
		size_t off = 0;
		while (off < fc->len && bs->n < 10000) {
			if (pcre2_match(codes[b], fc->data, fc->len, off, 0, fc->s->md1, e->mctx) < 0)
				break;
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(fc->s->md1);
			size_t (*nb)[2] = realloc(bs->r, (bs->n + 1) * sizeof(*nb));
			if (!nb)
				return;
			bs->r = nb;
			bs->r[bs->n][0] = ov[0];
			bs->r[bs->n][1] = ov[1];
			bs->n++;
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
	}
}

static bool in_blockset(const blockset *bs, size_t ms, size_t me)
{
	for (size_t i = 0; i < bs->n; i++)
		if (ms >= bs->r[i][0] && me <= bs->r[i][1])
			return true;
	return false;
}

static bool in_block(file_ctx *fc, const crule *cr, size_t ms, size_t me)
{
	if (cr->n_blocks) {
		if (fc->rule_blocks_of != cr) {
			compute_blocks(fc, &fc->rule_blocks, cr->blocks, cr->n_blocks);
			fc->rule_blocks_of = cr;
		}
		if (in_blockset(&fc->rule_blocks, ms, me))
			return true;
	}
	if (!fc->e->n_blocks)
		return false;
	if (!fc->blocks.done)
		compute_blocks(fc, &fc->blocks, fc->e->blocks, fc->e->n_blocks);
	return in_blockset(&fc->blocks, ms, me);
}

static int add_hit(file_ctx *fc, const crule *cr, size_t ms, size_t me, size_t ss, size_t se)
{
	const dd_secret_rule *r = cr->r;
	size_t n = se - ss;
	if (n == 0 || n < r->min_length)
		return 0;
	if (r->entropy > 0 && dd_secret_entropy(fc->data + ss, n) < r->entropy)
		return 0;
	for (size_t i = 0; i < cr->n_allows; i++)
		if (allow_applies(fc, &cr->allows[i], ms, me, ss, se, false))
			return 0;
	for (size_t i = 0; i < fc->e->n_gallows; i++)
		if (allow_applies(fc, &fc->e->gallows[i], ms, me, ss, se, false))
			return 0;
	if (in_block(fc, cr, ms, me))
		return 0;
	bool example = false;
	for (size_t i = 0; i < r->examples.count && !example; i++)
		example = strlen(r->examples.items[i]) == n && !memcmp(r->examples.items[i], fc->data + ss, n);
	dd_secret_result *res = fc->res;
	if (res->n_hits >= DD_SECRET_MAX_HITS) {
		res->truncated = true;
		return 0;
	}
	dd_secret_hit *nh = realloc(res->hits, (res->n_hits + 1) * sizeof(*nh));
	if (!nh)
		return dd_error_oom();
	res->hits = nh;
	res->hits[res->n_hits++] = (dd_secret_hit){ .rule = r, .start = ss, .end = se, .example = example };
	return 0;
}

static int emit_match(file_ctx *fc, const crule *cr, pcre2_match_data *md)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	uint32_t pairs = pcre2_get_ovector_count(md);
	size_t ms = ov[0], me = ov[1];
	if (cr->group == 0)
		return add_hit(fc, cr, ms, me, ms, me);
	if (cr->group > 0) {
		if ((uint32_t)cr->group >= pairs || ov[2 * cr->group] == PCRE2_UNSET)
			return 0;
		return add_hit(fc, cr, ms, me, ov[2 * cr->group], ov[2 * cr->group + 1]);
	}
	/* several groups share the name: each one set is a secret */
	PCRE2_SPTR first, last;
	int size = pcre2_substring_nametable_scan(cr->re, (PCRE2_SPTR)cr->r->secret_group, &first, &last);
	if (size < 0)
		return 0;
	for (PCRE2_SPTR ent = first; ent <= last; ent += size) {
		uint32_t g = ((uint32_t)ent[0] << 8) | ent[1];
		if (g >= pairs || ov[2 * g] == PCRE2_UNSET)
			continue;
		int rc = add_hit(fc, cr, ms, me, ov[2 * g], ov[2 * g + 1]);
		if (rc)
			return rc;
	}
	return 0;
}

static int confirm_region(file_ctx *fc, const crule *cr, size_t start, size_t end)
{
	scratch *s = fc->s;
	size_t off = start;
	while (off < end) {
		int rc = pcre2_match(cr->re, fc->data, end, off, 0, s->md, fc->e->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			/* match limit: a hostile window; say so rather than guess */
			fc->res->truncated = true;
			break;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
		if ((rc = emit_match(fc, cr, s->md)) != 0)
			return rc;
		off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
	return 0;
}

static bool gate(file_ctx *fc, const crule *cr)
{
	const scratch *s = fc->s;
	if (cr->n_kw) {
		bool any = false;
		for (size_t i = 0; i < cr->n_kw && !any; i++)
			any = s->lit_seen[cr->kw[i]];
		if (!any)
			return false;
	}
	for (size_t i = 0; i < cr->n_req; i++)
		if (!s->lit_seen[cr->req[i]])
			return false;
	if (!path_glob_ok(&cr->r->paths, fc->path, fc->basename))
		return false;
	for (size_t i = 0; i < cr->n_allows; i++)
		if (allow_applies(fc, &cr->allows[i], 0, 0, 0, 0, true))
			return false;
	if (fc->global_path_allowed < 0) {
		fc->global_path_allowed = 0;
		for (size_t i = 0; i < fc->e->n_gallows && !fc->global_path_allowed; i++)
			fc->global_path_allowed = allow_applies(fc, &fc->e->gallows[i], 0, 0, 0, 0, true);
	}
	return !fc->global_path_allowed;
}

static int cmp_hit(const void *a, const void *b)
{
	const dd_secret_hit *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return strcmp(x->rule->id, y->rule->id);
}

static const crule *crule_of(const dd_secret_engine *e, const dd_secret_rule *r)
{
	for (size_t i = 0; i < e->n_rules; i++)
		if (e->rules[i].r == r)
			return &e->rules[i];
	return NULL;
}

/* Drops hits of rules that an overlapping (or same-line) hit overrides,
 * and generic rules' hits next to a specific rule's: one secret, one
 * finding, under its most precise name. */
static void apply_overrides(const dd_secret_engine *e, dd_secret_result *res)
{
	size_t m = 0;
	for (size_t i = 0; i < res->n_hits; i++) {
		const dd_secret_hit *h = &res->hits[i];
		bool drop = false;
		for (size_t j = 0; j < res->n_hits && !drop; j++) {
			const dd_secret_hit *o = &res->hits[j];
			if (i == j || o->rule == h->rule)
				continue;
			bool near = o->line == h->line || (o->start < h->end && h->start < o->end);
			if (!near)
				continue;
			if (h->rule->generic && !o->rule->generic) {
				drop = true;
				break;
			}
			const crule *oc = crule_of(e, o->rule);
			for (size_t k = 0; oc && k < oc->n_overrides && !drop; k++)
				drop = e->rules[oc->overrides[k]].r == h->rule;
		}
		if (!drop)
			res->hits[m++] = *h;
	}
	res->n_hits = m;
}

int dd_secret_scan(const dd_secret_engine *e, const char *path, const uint8_t *data, size_t len, dd_secret_result *res)
{
	int rc = 0;
	memset(res, 0, sizeof(*res));
	if (!e->n_rules)
		return 0;
	scratch *s = scratch_get(e);
	if (!s)
		return dd_error_oom();
	s->n_regions = 0;
	s->len = len;
	s->truncated = false;
	for (size_t i = 0; i < e->n_rules; i++)
		s->last[i] = -1;
	if (e->n_literals)
		memset(s->lit_seen, 0, e->n_literals);
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	for (int k = 0; k < 2 && len; k++) {
		if (!e->db[k])
			continue;
		if (k == 1) {
			bool any = false;
			for (size_t i = 0; i < e->n_rules && !any; i++)
				any = e->rules[i].r->paths.count && path_glob_ok(&e->rules[i].r->paths, path, base);
			if (!any)
				break;
		}
		/* hyperscan takes an unsigned int length; callers cap file sizes
		 * far below that */
		unsigned int n = len > UINT_MAX ? UINT_MAX : (unsigned int)len;
		hs_error_t he = hs_scan(e->db[k], (const char *)data, n, 0, s->hs[k], on_hs_match, s);
		if (he != HS_SUCCESS && he != HS_SCAN_TERMINATED) {
			scratch_put(e, s);
			return dd_error_set(DD_ERROR, "secret scan of %s failed (hyperscan error %d)", path, (int)he);
		}
	}
	file_ctx fc = { .e = e, .s = s, .path = path, .data = data, .len = len, .global_path_allowed = -1, .res = res,
		.basename = base };
	for (size_t i = 0; i < e->n_rules; i++)
		if (e->rules[i].fullscan && len)
			push_region(s, (uint32_t)i, 0, len);
	if (s->n_regions > 1)
		qsort(s->regions, s->n_regions, sizeof(region), cmp_region);
	for (size_t i = 0; i < s->n_regions && !rc;) {
		uint32_t rule = s->regions[i].rule;
		size_t j = i;
		while (j < s->n_regions && s->regions[j].rule == rule)
			j++;
		const crule *cr = &e->rules[rule];
		if (gate(&fc, cr))
			for (size_t k = i; k < j && !rc; k++)
				rc = confirm_region(&fc, cr, s->regions[k].start, s->regions[k].end);
		i = j;
	}
	if (s->truncated)
		res->truncated = true;
	free(fc.blocks.r);
	free(fc.rule_blocks.r);
	scratch_put(e, s);
	if (rc) {
		dd_secret_result_clear(res);
		return rc;
	}
	if (res->n_hits > 1)
		qsort(res->hits, res->n_hits, sizeof(dd_secret_hit), cmp_hit);
	/* lines: one forward walk over the newlines */
	size_t pos = 0;
	unsigned line = 1;
	for (size_t i = 0; i < res->n_hits; i++) {
		while (pos < res->hits[i].start) {
			const uint8_t *nl = memchr(data + pos, '\n', res->hits[i].start - pos);
			if (!nl) {
				pos = res->hits[i].start;
				break;
			}
			line++;
			pos = (size_t)(nl - data) + 1;
		}
		res->hits[i].line = line;
	}
	apply_overrides(e, res);
	return 0;
}

void dd_secret_result_clear(dd_secret_result *res)
{
	free(res->hits);
	memset(res, 0, sizeof(*res));
}
