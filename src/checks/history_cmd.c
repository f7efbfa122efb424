/* created_by parsing and shell splitting (see history_cmd.h). */
#include <ctype.h>
#include <string.h>

#include "checks/history_cmd.h"

static bool starts(const char *s, size_t n, const char *lit)
{
	size_t m = strlen(lit);
	return n >= m && memcmp(s, lit, m) == 0;
}

static void skip_ws(const char **p, size_t *n)
{
	while (*n && (**p == ' ' || **p == '\t')) {
		(*p)++;
		(*n)--;
	}
}

/* "|N K=V ..." build-argument prefix of classic RUN lines. */
static void build_args(const char **p, size_t *n, dd_history_cmd *out)
{
	if (!*n || **p != '|')
		return;
	const char *s = *p + 1;
	size_t m = *n - 1;
	unsigned count = 0;
	while (m && isdigit((unsigned char)*s) && count < 1000) {
		count = count * 10 + (unsigned)(*s - '0');
		s++;
		m--;
	}
	if (!m || *s != ' ')
		return;
	for (unsigned i = 0; i < count && m; i++) {
		skip_ws(&s, &m);
		const char *w = s;
		while (m && *s != ' ' && *s != '\t') {
			s++;
			m--;
		}
		if (out->n_build_args < DD_HIST_MAX_BUILD_ARGS && s > w) {
			out->build_args[out->n_build_args].p = w;
			out->build_args[out->n_build_args].n = (size_t)(s - w);
			out->n_build_args++;
		}
	}
	*p = s;
	*n = m;
	skip_ws(p, n);
}

/* "/bin/sh -c ", "/bin/bash -c ", "sh -c " ... */
static bool shell_prefix(const char **p, size_t *n)
{
	static const char *const shells[] = { "/bin/sh -c ", "/bin/bash -c ", "/bin/ash -c ", "/bin/dash -c ",
		"/usr/bin/env sh -c ", "sh -c ", "bash -c ", "/bin/sh -o pipefail -c ", "/bin/bash -o pipefail -c ",
		"/bin/bash -eo pipefail -c ", "/bin/sh -ex -c ", "/bin/bash -ex -c ", "/bin/sh -eux -c ", NULL };
	for (size_t i = 0; shells[i]; i++)
		if (starts(*p, *n, shells[i])) {
			size_t k = strlen(shells[i]);
			*p += k;
			*n -= k;
			return true;
		}
	return false;
}

static void take_instr(const char **p, size_t *n, dd_history_cmd *out)
{
	size_t k = 0;
	while (k < *n && k < sizeof(out->instr) - 1 && isupper((unsigned char)(*p)[k]))
		k++;
	if (k >= 2 && (k == *n || (*p)[k] == ' ' || (*p)[k] == '\t')) {
		memcpy(out->instr, *p, k);
		out->instr[k] = '\0';
		*p += k;
		*n -= k;
		skip_ws(p, n);
	}
}

void dd_history_parse(const char *s, size_t n, dd_history_cmd *out)
{
	memset(out, 0, sizeof(*out));
	if (n > DD_HIST_TEXT_MAX)
		n = DD_HIST_TEXT_MAX;
	/* BuildKit appends " # buildkit" and starts with the instruction */
	const char *suffix = " # buildkit";
	size_t sl = strlen(suffix);
	if (n >= sl && !memcmp(s + n - sl, suffix, sl)) {
		out->buildkit = true;
		n -= sl;
	}
	skip_ws(&s, &n);
	if (out->buildkit) {
		take_instr(&s, &n, out);
		if (!strcmp(out->instr, "RUN")) {
			build_args(&s, &n, out);
			shell_prefix(&s, &n);
		}
	} else {
		build_args(&s, &n, out);
		if (shell_prefix(&s, &n)) {
			skip_ws(&s, &n);
			if (starts(s, n, "#(nop)")) {
				out->nop = true;
				s += 6;
				n -= 6;
				skip_ws(&s, &n);
				take_instr(&s, &n, out);
			} else {
				strcpy(out->instr, "RUN");
			}
		} else {
			/* some builders (buildah config, crane, apko) write free text; a
			 * leading instruction word is still recognised */
			take_instr(&s, &n, out);
			if (!strcmp(out->instr, "RUN"))
				shell_prefix(&s, &n);
		}
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	out->args = s;
	out->args_len = n;
}

/* ---- shell splitting ---- */

static void end_cmd(dd_sh *sh, bool *in_cmd, bool pipe_out)
{
	if (!*in_cmd)
		return;
	dd_sh_cmd *c = &sh->cmds[sh->n_cmds - 1];
	c->pipe_out = pipe_out;
	*in_cmd = false;
}

void dd_shell_split(dd_sh *sh, const char *s, size_t len)
{
	sh->used = 0;
	sh->n_words = 0;
	sh->n_cmds = 0;
	sh->truncated = false;
	bool in_cmd = false, in_word = false, next_pipe_in = false;
	char q = 0;
	const size_t max_words = sizeof(sh->words) / sizeof(*sh->words);
	for (size_t i = 0; i <= len; i++) {
		char ch = i < len ? s[i] : '\0';
		bool sep = false, pipe = false;
		if (!q && i < len) {
			if (ch == ';' || ch == '\n' || ch == '&' || ch == '|') {
				sep = true;
				if (ch == '|' && i + 1 < len && s[i + 1] == '|')
					i++;
				else if (ch == '&' && i + 1 < len && s[i + 1] == '&')
					i++;
				else if (ch == '|')
					pipe = true;
				else if (ch == '&' && i + 1 < len && s[i + 1] == '>')
					sep = false;    /* &> redirection */
				else if (ch == '&' && i > 0 && s[i - 1] == '>')
					sep = false;    /* >& redirection */
			}
		}
		bool blank = !q && (ch == ' ' || ch == '\t' || ch == '\r');
		if (i == len || sep || blank) {
			if (in_word) {
				if (sh->used < DD_HIST_TEXT_MAX)
					sh->text[sh->used++] = '\0';
				in_word = false;
			}
			if (i == len || sep) {
				end_cmd(sh, &in_cmd, pipe);
				next_pipe_in = pipe;
			}
			if (sep || blank || i == len)
				continue;
		}
		if (!q && ch == '\\' && i + 1 < len) {
			ch = s[++i];
			if (ch == '\n')
				continue;   /* line continuation */
		} else if (!q && (ch == '\'' || ch == '"')) {
			q = ch;
			ch = 0;
		} else if (q && ch == q) {
			q = 0;
			ch = 0;
		} else if (q == '"' && ch == '\\' && i + 1 < len && strchr("\"\\$`", s[i + 1])) {
			ch = s[++i];
		}
		if (!in_cmd) {
			if (sh->n_cmds >= DD_SH_MAX_CMDS) {
				sh->truncated = true;
				return;
			}
			dd_sh_cmd *c = &sh->cmds[sh->n_cmds++];
			c->first = sh->n_words;
			c->n = 0;
			c->pipe_in = next_pipe_in;
			c->pipe_out = false;
			in_cmd = true;
		}
		if (!in_word) {
			dd_sh_cmd *c = &sh->cmds[sh->n_cmds - 1];
			if (sh->n_words >= max_words || c->n >= DD_SH_MAX_WORDS || sh->used >= DD_HIST_TEXT_MAX) {
				sh->truncated = true;
				/* keep scanning for separators but drop the word */
				while (i + 1 < len && s[i + 1] != ' ' && s[i + 1] != ';' && s[i + 1] != '|' && s[i + 1] != '&')
					i++;
				continue;
			}
			sh->words[sh->n_words++] = &sh->text[sh->used];
			c->n++;
			in_word = true;
		}
		if (ch && sh->used < DD_HIST_TEXT_MAX)
			sh->text[sh->used++] = ch;
	}
	if (sh->used <= DD_HIST_TEXT_MAX)
		sh->text[sh->used < DD_HIST_TEXT_MAX ? sh->used : DD_HIST_TEXT_MAX] = '\0';
}

const char *dd_sh_program(const dd_sh *sh, const dd_sh_cmd *c, unsigned *word_at, bool *via_sudo)
{
	static const char *const wrappers[] = { "sudo", "env", "exec", "nohup", "time", "command", "xargs", "nice", NULL };
	if (via_sudo)
		*via_sudo = false;
	for (unsigned k = 0; k < c->n; k++) {
		const char *w = sh->words[c->first + k];
		const char *eq = strchr(w, '=');
		if (eq && eq > w && w[0] != '-') {
			bool name = true;
			for (const char *p = w; p < eq; p++)
				if (!isalnum((unsigned char)*p) && *p != '_')
					name = false;
			if (name)
				continue;   /* VAR=value prefix */
		}
		if (w[0] == '-' && k > 0)
			continue;       /* a wrapper's options: sudo -E, env -i */
		const char *base = strrchr(w, '/');
		base = base ? base + 1 : w;
		bool wrapper = false;
		for (size_t i = 0; wrappers[i]; i++)
			if (!strcmp(base, wrappers[i]))
				wrapper = true;
		if (wrapper) {
			if (!strcmp(base, "sudo") && via_sudo)
				*via_sudo = true;
			continue;
		}
		if (word_at)
			*word_at = k;
		return base;
	}
	return NULL;
}
