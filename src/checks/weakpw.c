/* Weak-password verification (see weakpw.h). */
#include <crypt.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checks/check_util.h"
#include "checks/weakpw.h"
#include "util/embedded.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"

#define SHA_ROUNDS_MAX 100000u
#define BCRYPT_COST_MAX 12
#define YESCRYPT_MEM_LOG2_MAX 26     /* 64 MiB: Debian's default j9T uses 16 MiB */
#define NAME_GUESSES 12
#define WORD_MAX 127

uint64_t dd_monotonic_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int itoa64(char c)
{
	static const char a[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	const char *p = c ? strchr(a, c) : NULL;
	return p ? (int)(p - a) : -1;
}

static bool all_itoa64(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (itoa64(s[i]) < 0)
			return false;
	return true;
}

const char *dd_hash_kind_name(dd_hash_kind k)
{
	static const char *const names[] = { "empty", "locked", "yescrypt", "sha512crypt", "sha256crypt",
		"md5crypt", "bcrypt", "descrypt", "unsupported" };
	return (unsigned)k <= DD_HASH_UNSUPPORTED ? names[k] : "?";
}

static dd_hash_kind unsupported(char *why, size_t cap, const char *msg)
{
	if (why && cap)
		snprintf(why, cap, "%s", msg);
	return DD_HASH_UNSUPPORTED;
}

dd_hash_kind dd_hash_classify(const char *h, char *why, size_t cap)
{
	if (why && cap)
		why[0] = '\0';
	if (!h[0])
		return DD_HASH_EMPTY;
	if (h[0] == '!' || h[0] == '*' || !strcmp(h, "x"))
		return DD_HASH_LOCKED;
	if (strlen(h) > 255)
		return unsupported(why, cap, "hash longer than 255 characters");
	if (!strncmp(h, "$y$", 3)) {
		/* $y$<flavor><N_log2-1><r-1>$salt$hash with single-character
		 * parameters, as libxcrypt writes for every cost it offers */
		const char *p = h + 3, *d = strchr(p, '$');
		if (!d || d - p != 3 || p[0] != 'j')
			return unsupported(why, cap, "yescrypt parameters other than libxcrypt's defaults");
		int nlog = itoa64(p[1]) + 1, r = itoa64(p[2]) + 1;
		if (nlog <= 0 || r <= 0)
			return unsupported(why, cap, "malformed yescrypt parameters");
		int rlog = 0;
		while ((1 << rlog) < r)
			rlog++;
		if (7 + nlog + rlog > YESCRYPT_MEM_LOG2_MAX)
			return unsupported(why, cap, "yescrypt cost above 64 MiB per try");
		return DD_HASH_YESCRYPT;
	}
	if (!strncmp(h, "$6$", 3) || !strncmp(h, "$5$", 3)) {
		const char *p = h + 3;
		if (!strncmp(p, "rounds=", 7)) {
			unsigned long long rounds = 0;
			const char *d = strchr(p, '$');
			if (!d || !dd_span_uint((dd_span){ p + 7, (size_t)(d - p - 7) }, 999999999ull, &rounds))
				return unsupported(why, cap, "malformed rounds= parameter");
			if (rounds > SHA_ROUNDS_MAX)
				return unsupported(why, cap, "rounds= above 100000");
		}
		return h[1] == '6' ? DD_HASH_SHA512 : DD_HASH_SHA256;
	}
	if (!strncmp(h, "$1$", 3))
		return DD_HASH_MD5;
	if (!strncmp(h, "$2a$", 4) || !strncmp(h, "$2b$", 4) || !strncmp(h, "$2y$", 4)) {
		if (!isdigit((unsigned char)h[4]) || !isdigit((unsigned char)h[5]) || h[6] != '$')
			return unsupported(why, cap, "malformed bcrypt cost");
		int cost = (h[4] - '0') * 10 + (h[5] - '0');
		if (cost > BCRYPT_COST_MAX)
			return unsupported(why, cap, "bcrypt cost above 12");
		return DD_HASH_BCRYPT;
	}
	if (strlen(h) == 13 && all_itoa64(h, 13))
		return DD_HASH_DES;
	return unsupported(why, cap, h[0] == '$' ? "hash scheme not tried" : "not a crypt(3) hash");
}

int dd_weakpw_init(dd_weakpw *w, unsigned budget_ms, size_t max_candidates)
{
	memset(w, 0, sizeof(*w));
	w->max_candidates = max_candidates;
	w->deadline_ns = budget_ms ? dd_monotonic_ns() + (uint64_t)budget_ms * 1000000u : 0;
	if (!(w->crypt_data = calloc(1, sizeof(struct crypt_data))))
		return dd_error_oom();
	const dd_embedded_file *dict = dd_embedded_get("passwords.txt");
	if (!dict)
		return 0;
	dd_lines it;
	dd_span line;
	size_t cap = 0;
	dd_lines_init(&it, dict->data, dict->len);
	while (dd_lines_next(&it, &line)) {
		if (!line.n || line.p[0] == '#' || line.n > WORD_MAX)
			continue;
		if (w->n_words == cap) {
			size_t nc = cap ? cap * 2 : 256;
			char **nv = realloc(w->words, nc * sizeof(*nv));
			if (!nv)
				goto oom;
			w->words = nv;
			cap = nc;
		}
		if (!(w->words[w->n_words] = dd_strndup(line.p, line.n)))
			goto oom;
		w->n_words++;
	}
	return 0;
oom:
	dd_weakpw_free(w);
	return dd_error_oom();
}

void dd_weakpw_free(dd_weakpw *w)
{
	for (size_t i = 0; i < w->n_words; i++)
		free(w->words[i]);
	free(w->words);
	free(w->crypt_data);
	memset(w, 0, sizeof(*w));
}

/* Guesses people make from the account name: admin, admin123, Admin, nimda... */
static size_t name_guesses(const char *name, char out[NAME_GUESSES][WORD_MAX + 1])
{
	static const char *const suffixes[] = { "", "123", "1", "12", "1234", "@123", "!", "123456", "2024" };
	size_t n = 0, len = strlen(name);
	if (len == 0 || len > 60)
		return 0;
	for (size_t i = 0; i < sizeof(suffixes) / sizeof(*suffixes); i++)
		snprintf(out[n++], WORD_MAX + 1, "%s%s", name, suffixes[i]);
	snprintf(out[n], WORD_MAX + 1, "%s", name);
	out[n][0] = (char)toupper((unsigned char)out[n][0]);
	n++;
	snprintf(out[n++], WORD_MAX + 1, "%s%s", name, name);
	for (size_t i = 0; i < len; i++)
		out[n][i] = name[len - 1 - i];
	out[n++][len] = '\0';
	return n;
}

static bool in_guesses(char g[NAME_GUESSES][WORD_MAX + 1], size_t ng, const char *w)
{
	for (size_t i = 0; i < ng; i++)
		if (!strcmp(g[i], w))
			return true;
	return false;
}

typedef char guess_list[NAME_GUESSES][WORD_MAX + 1];

int dd_weakpw_run(dd_weakpw *w, dd_weakpw_target *t, size_t n)
{
	guess_list *g = calloc(n ? n : 1, sizeof(*g));
	size_t *ng = calloc(n ? n : 1, sizeof(*ng));
	if (!g || !ng) {
		free(g);
		free(ng);
		return dd_error_oom();
	}
	size_t longest = 0;
	for (size_t k = 0; k < n; k++) {
		memset(&t[k].res, 0, sizeof(t[k].res));
		ng[k] = name_guesses(t[k].account, g[k]);
		t[k].res.total = ng[k] + w->n_words;
		if (w->max_candidates && t[k].res.total > w->max_candidates)
			t[k].res.total = w->max_candidates;
		if (t[k].res.total > longest)
			longest = t[k].res.total;
	}
	struct crypt_data *cd = w->crypt_data;
	bool out_of_time = false;
	for (size_t i = 0; i < longest && !out_of_time; i++) {
		for (size_t k = 0; k < n; k++) {
			dd_weakpw_result *r = &t[k].res;
			if (r->found || i >= r->total)
				continue;
			const char *cand = i < ng[k] ? g[k][i] : w->words[i - ng[k]];
			if (i >= ng[k] && in_guesses(g[k], ng[k], cand)) {
				r->tried++;
				continue;
			}
			/* the scan's cancel and deadline too: one crypt() at most
			 * after them (the scan then reports the cancel, not this) */
			if ((w->deadline_ns && dd_monotonic_ns() >= w->deadline_ns) || dd_cancel_check() != 0) {
				out_of_time = true;
				break;
			}
			r->tried++;
			const char *res = crypt_rn(cand, t[k].hash, cd, (int)sizeof(*cd));
			if (res && res[0] != '*' && !strcmp(res, t[k].hash)) {
				r->found = true;
				r->from_name = i < ng[k];
				snprintf(r->password, sizeof(r->password), "%s", cand);
			}
		}
	}
	for (size_t k = 0; k < n; k++)
		t[k].res.out_of_time = out_of_time && !t[k].res.found && t[k].res.tried < t[k].res.total;
	free(g);
	free(ng);
	return 0;
}

bool dd_weakpw_is_candidate(const dd_weakpw *w, const char *account, const char *pw, bool *from_name)
{
	char guesses[NAME_GUESSES][WORD_MAX + 1];
	size_t ng = name_guesses(account, guesses);
	*from_name = in_guesses(guesses, ng, pw);
	if (*from_name)
		return true;
	for (size_t i = 0; i < w->n_words; i++)
		if (!strcmp(w->words[i], pw))
			return true;
	return false;
}
