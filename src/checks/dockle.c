/*
 * Dockle's verdicts (see dockle.h). The one idea: Dockle does not parse
 * shell; it splits created_by on "&&", each part on single spaces, and asks
 * whether enough of a few exact words are present ("apt-get" and "update";
 * three of "rm", "-rf", "/var/lib/apt/lists", ...). Reproducing that
 * literally is what makes an alias mean what Dockle means. Credential names
 * are found in shell-quoted words (Go's google/shlex rules: whitespace
 * separates, backslash escapes, '"' quotes with escapes, '\'' without;
 * every '#' removed first, as Dockle does).
 *
 * Two deliberate differences, where Dockle's words misread a command:
 * DKL-DI-0003 needs the word "dist-upgrade" itself (Dockle's "two of
 * apt-get, apt, dist-upgrade" also fires on "apt-get install apt"), and a
 * value that is only a variable reference ($DB_PASS, ${TOKEN}) is no
 * credential for CIS-DI-0010 (mysql --password="$DB_PASS" leaks nothing).
 */
#include <string.h>
#include <strings.h>

#include "checks/dockle.h"

#define WORD_MAX 4096

const char *dd_dockle_id(unsigned bit)
{
	switch (bit) {
	case DD_DOCKLE_SUDO: return "DKL-DI-0001";
	case DD_DOCKLE_UPDATE_ALONE: return "CIS-DI-0007";
	case DD_DOCKLE_DIST_UPGRADE: return "DKL-DI-0003";
	case DD_DOCKLE_APK_CACHE: return "DKL-DI-0004";
	case DD_DOCKLE_APT_LISTS: return "DKL-DI-0005";
	case DD_DOCKLE_ADD: return "CIS-DI-0009";
	case DD_DOCKLE_CREDENTIAL: return "CIS-DI-0010";
	default: return NULL;
	}
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* How many distinct words of `needles` the segment [s, e) holds as whole
 * space-separated (then trimmed) tokens: Dockle's containsThreshold. */
static unsigned seg_count(const char *s, const char *e, const char *const *needles)
{
	unsigned seen = 0, count = 0;
	while (s < e) {
		const char *sp = memchr(s, ' ', (size_t)(e - s));
		const char *te = sp ? sp : e, *ts = s;
		s = sp ? sp + 1 : e;
		while (ts < te && is_space(*ts))
			ts++;
		while (te > ts && is_space(te[-1]))
			te--;
		size_t n = (size_t)(te - ts);
		if (!n)
			continue;
		for (unsigned k = 0; needles[k]; k++)
			if (!(seen & (1u << k)) && strlen(needles[k]) == n && !memcmp(ts, needles[k], n)) {
				seen |= 1u << k;
				count++;
			}
	}
	return count;
}

static bool seg_has(const char *s, const char *e, const char *word)
{
	const char *const one[] = { word, NULL };
	return seg_count(s, e, one) == 1;
}

static bool seg_apt(const char *s, const char *e, const char *verb)
{
	const char *const n[] = { "apt-get", "apt", verb, NULL };
	return seg_count(s, e, n) >= 2;
}

bool dd_dockle_credential_name(const char *name, size_t n)
{
	if ((n == 7 && !memcmp(name, "GPG_KEY", 7)) || (n == 8 && !memcmp(name, "GPG_KEYS", 8)))
		return false;
	static const char *const words[] = { "PASS", "SECRET", "KEY", "ACCESS", "TOKEN", NULL };
	for (size_t w = 0; words[w]; w++) {
		size_t m = strlen(words[w]);
		for (size_t i = 0; i + m <= n; i++)
			if (!strncasecmp(name + i, words[w], m))
				return true;
	}
	return false;
}

/* The first NAME=value word with a credential name and a non-empty value;
 * the shlex word rules of the file comment. */
static bool credential_var(const char *s, size_t n, const char **var, size_t *var_len)
{
	char word[WORD_MAX];
	size_t i = 0;
	while (i < n) {
		while (i < n && (is_space(s[i]) || s[i] == '#'))
			i++;
		if (i >= n)
			break;
		size_t start = i, wl = 0;
		bool raw = true;   /* no quote or escape before the '=' */
		enum { W, ESC, DQ, DQ_ESC, SQ } st = W;
		for (; i < n; i++) {
			char c = s[i];
			if (c == '#')
				continue;
			bool lit = false;
			switch (st) {
			case W:
				if (is_space(c))
					goto end;
				if (c == '\\') st = ESC;
				else if (c == '"') st = DQ;
				else if (c == '\'') st = SQ;
				else lit = true;
				break;
			case ESC: st = W; lit = true; break;
			case DQ:
				if (c == '"') st = W;
				else if (c == '\\') st = DQ_ESC;
				else lit = true;
				break;
			case DQ_ESC: st = DQ; lit = true; break;
			case SQ:
				if (c == '\'') st = W;
				else lit = true;
				break;
			}
			if (!lit) {
				if (!memchr(word, '=', wl))
					raw = false;
				continue;
			}
			if (wl < sizeof(word))
				word[wl++] = c;
		}
end:;
		const char *eq = memchr(word, '=', wl);
		if (!eq)
			continue;
		size_t nl = (size_t)(eq - word);
		const char *val = eq + 1, *ve = memchr(val, '=', wl - nl - 1);
		size_t vl = ve ? (size_t)(ve - val) : wl - nl - 1;
		if (memchr(word, ' ', nl) || !vl || val[0] == '$' || !dd_dockle_credential_name(word, nl))
			continue;
		if (var) {
			*var = raw && !memchr(s + start, '#', nl) ? s + start : NULL;
			*var_len = nl;
		}
		return true;
	}
	return false;
}

unsigned dd_dockle_history(const char *cb, size_t n, const char **var, size_t *var_len)
{
	unsigned v = 0;
	bool update = false, update_used = false, lists = false, lists_cleaned = false;
	static const char *const rm_lists[] = { "rm", "-rf", "-fr", "-r", "-fR", "/var/lib/apt/lists",
		"/var/lib/apt/lists/*", "/var/lib/apt/lists/*;", NULL };
	static const char *const apk_add[] = { "apk", "add", NULL };
	static const char *const add_in[] = { "ADD", "in", NULL };
	static const char *const add_bk[] = { "ADD", "buildkit", NULL };
	const char *s = cb, *end = cb + n;
	for (;;) {
		const char *amp = NULL;
		for (const char *p = s; p + 1 < end; p++)
			if (p[0] == '&' && p[1] == '&') {
				amp = p;
				break;
			}
		const char *e = amp ? amp : end;
		if (seg_has(s, e, "sudo"))
			v |= DD_DOCKLE_SUDO;
		if (seg_has(s, e, "dist-upgrade") && seg_apt(s, e, "dist-upgrade"))
			v |= DD_DOCKLE_DIST_UPGRADE;
		if (seg_count(s, e, apk_add) == 2 && !seg_has(s, e, "--no-cache"))
			v |= DD_DOCKLE_APK_CACHE;
		if (seg_count(s, e, add_in) == 2 || seg_count(s, e, add_bk) == 2)
			v |= DD_DOCKLE_ADD;
		/* CIS-DI-0007: an update, and no install/upgrade from there on */
		if (!update && seg_apt(s, e, "update"))
			update = true;
		if (update && (seg_apt(s, e, "install") || seg_apt(s, e, "upgrade")))
			update_used = true;
		/* DKL-DI-0005: the lists changed, and removed from there on */
		if (!lists && (seg_apt(s, e, "update") || seg_apt(s, e, "install")))
			lists = true;
		if (lists && seg_count(s, e, rm_lists) >= 3)
			lists_cleaned = true;
		if (!amp)
			break;
		s = amp + 2;
	}
	if (update && !update_used)
		v |= DD_DOCKLE_UPDATE_ALONE;
	if (lists && !lists_cleaned)
		v |= DD_DOCKLE_APT_LISTS;
	if (memchr(cb, '=', n) && credential_var(cb, n, var, var_len))
		v |= DD_DOCKLE_CREDENTIAL;
	return v;
}

bool dd_dockle_root_user(const char *user)
{
	return !user || !*user || !strcmp(user, "root");
}

bool dd_dockle_sensitive_volume(const char *path)
{
	return !strcmp(path, "/sys") || !strcmp(path, "/dev") || !strcmp(path, "/proc");
}
