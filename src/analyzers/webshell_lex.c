/*
 * The webshell lexer: server code to a flat token list that the evaluator
 * can read without caring how the author hid things.
 *
 * Only code is tokenized (PHP between <?php and ?>, JSP/ASP/ASPX between
 * <% and %> or in <script runat=server>; markup is skipped), comments and
 * white space disappear, identifiers are folded to lower case (PHP function
 * names, VBScript and the .NET request object are case-insensitive, and a
 * folded Java name still names the same sink), string literals arrive
 * decoded (escapes, \x and \u, octal, VB's doubled quotes, C#'s @"..."),
 * and PHP's "...$x..." interpolation and backticks come out as the
 * concatenation and shell_exec() call they mean. VBScript keeps its
 * newlines as WS_T_NL tokens, since they end statements there.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/webshell.h"
#include "util/buf.h"
#include "util/error.h"

typedef struct lexer {
	ws_lex *lx;
	const ws_lang *lang;
	const char *s, *end;
	uint32_t line;
} lexer;

static int arena_put(ws_lex *lx, const char *p, size_t n, uint32_t *off)
{
	if (lx->arena_len + n + 1 > WS_MAX_ARENA) {
		lx->truncated = true;
		return 1;
	}
	if (lx->arena_len + n + 1 > lx->arena_cap) {
		size_t nc = lx->arena_cap ? lx->arena_cap * 2 : 4096;
		while (nc < lx->arena_len + n + 1)
			nc *= 2;
		char *na = realloc(lx->arena, nc);
		if (!na)
			return dd_error_oom();
		lx->arena = na;
		lx->arena_cap = nc;
	}
	*off = (uint32_t)lx->arena_len;
	if (n)
		memcpy(lx->arena + lx->arena_len, p, n);
	lx->arena[lx->arena_len + n] = 0;
	lx->arena_len += n + 1;
	return 0;
}

/* Appends a token; >0 when a cap was hit (lx->truncated), <0 on OOM. */
static int emit(lexer *L, ws_tok_kind k, const char *text, size_t n, uint32_t line)
{
	ws_lex *lx = L->lx;
	if (lx->n + 1 >= WS_MAX_TOKENS) {
		lx->truncated = true;
		return 1;
	}
	if (lx->n == lx->cap) {
		size_t nc = lx->cap ? lx->cap * 2 : 1024;
		ws_tok *nt = realloc(lx->toks, nc * sizeof(*nt));
		if (!nt)
			return dd_error_oom();
		lx->toks = nt;
		lx->cap = nc;
	}
	ws_tok *t = &lx->toks[lx->n];
	memset(t, 0, sizeof(*t));
	t->kind = (uint8_t)k;
	t->line = line;
	if (k == WS_T_OP) {
		memcpy(t->op, text, n < 2 ? n : 2);
	} else {
		int rc = arena_put(lx, text, n, &t->off);
		if (rc)
			return rc;
		t->len = (uint32_t)n;
	}
	lx->n++;
	return 0;
}

static int emit_op(lexer *L, const char *op)
{
	return emit(L, WS_T_OP, op, strlen(op), L->line);
}

static bool ident_start(int c) { return isalpha(c) || c == '_' || c >= 0x80; }
static bool ident_char(int c) { return isalnum(c) || c == '_' || c >= 0x80; }

static bool starts_ci(const char *s, const char *end, const char *w)
{
	size_t n = strlen(w);
	return (size_t)(end - s) >= n && !strncasecmp(s, w, n);
}

static int hexv(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Literal bytes gather in a bounded dd_buf; its cap is the arena's, and
 * hitting it truncates the file's analysis (>0) rather than failing. */
typedef dd_buf sbuf;

static int sb_rc(int rc)
{
	return rc == DD_ELIMIT ? 1 : rc;
}

static int sb_put(sbuf *b, const char *p, size_t n) { return sb_rc(dd_buf_put(b, p, n)); }
static int sb_putc(sbuf *b, int c) { return sb_rc(dd_buf_putc(b, (char)c)); }
static int sb_utf8(sbuf *b, unsigned long cp) { return sb_rc(dd_buf_put_utf8(b, cp)); }

/* One backslash escape of a double-quoted PHP, Java, C# or JScript string
 * at *pp (just after the backslash). */
static int escape(sbuf *b, const char **pp, const char *end, bool php)
{
	const char *p = *pp;
	int rc;
	if (p >= end)
		return 0;
	char c = *p++;
	switch (c) {
	case 'n': rc = sb_putc(b, '\n'); break;
	case 't': rc = sb_putc(b, '\t'); break;
	case 'r': rc = sb_putc(b, '\r'); break;
	case 'v': rc = sb_putc(b, '\v'); break;
	case 'f': rc = sb_putc(b, '\f'); break;
	case 'b': rc = php ? sb_put(b, "\\b", 2) : sb_putc(b, '\b'); break;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
		int v = c - '0';
		for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; i++)
			v = v * 8 + (*p++ - '0');
		rc = sb_putc(b, v & 0xff);
		break;
	}
	case 'x': {
		int v = 0, k = 0;
		while (k < 2 && p < end && hexv((unsigned char)*p) >= 0)
			v = v * 16 + hexv((unsigned char)*p++), k++;
		rc = k ? sb_putc(b, v) : sb_put(b, "\\x", 2);
		break;
	}
	case 'u': {
		unsigned long v = 0;
		int k = 0;
		if (php && p < end && *p == '{') {
			p++;
			while (p < end && *p != '}' && k < 6 && hexv((unsigned char)*p) >= 0)
				v = v * 16 + (unsigned long)hexv((unsigned char)*p++), k++;
			if (p < end && *p == '}')
				p++;
		} else {
			while (p < end && *p == 'u')
				p++;
			while (k < 4 && p < end && hexv((unsigned char)*p) >= 0)
				v = v * 16 + (unsigned long)hexv((unsigned char)*p++), k++;
		}
		rc = k ? sb_utf8(b, v > 0x10ffff ? 0xfffd : v) : sb_put(b, "\\u", 2);
		break;
	}
	case '\\': case '"': case '\'': case '$': case '`':
		rc = sb_putc(b, c);
		break;
	default:
		rc = php ? sb_put(b, p - 2, 2) : sb_putc(b, c);
		break;
	}
	*pp = p;
	return rc;
}

static int lex_code(lexer *L, const char *stop_at, bool stop_on_brace);

/* Emits the name starting at q (folded, at most 63 bytes kept) as a token
 * of kind k; *endp is set after it. */
static int emit_name(lexer *L, ws_tok_kind k, const char *q, const char **endp)
{
	const char *e = q;
	while (e < L->end && ident_char((unsigned char)*e))
		e++;
	char nm[64];
	size_t n = (size_t)(e - q) < sizeof(nm) - 1 ? (size_t)(e - q) : sizeof(nm) - 1;
	for (size_t i = 0; i < n; i++)
		nm[i] = (char)tolower((unsigned char)q[i]);
	*endp = e;
	return emit(L, k, nm, n, L->line);
}

/* Emits the literal gathered so far as a piece of an interpolated string. */
static int flush_piece(lexer *L, sbuf *b, int *pieces, uint32_t line)
{
	int rc = 0;
	if (*pieces && (rc = emit_op(L, ".")) != 0)
		return rc;
	rc = emit(L, WS_T_STR, b->ptr ? b->ptr : "", b->len, line);
	b->len = 0;
	(*pieces)++;
	return rc;
}

/*
 * PHP "..." / heredoc / backtick bodies from *pp up to the terminator
 * (`term` char, or heredoc label): a literal, or for interpolation
 * ( "lit" . $var [ key ] . "lit" ... ). Backticks wrap it in shell_exec().
 */
static int lex_php_dq(lexer *L, const char **pp, char term, const char *label, size_t label_len)
{
	const char *p = *pp, *end = L->end;
	sbuf b = DD_BUF_INIT(WS_MAX_ARENA);
	uint32_t line0 = L->line;
	int pieces = 0, rc = 0;
	size_t tok_start = L->lx->n;
	if (term == '`') {
		if ((rc = emit(L, WS_T_IDENT, "shell_exec", 10, line0)) || (rc = emit_op(L, "(")))
			goto out;
	}
	if ((rc = emit_op(L, "(")))
		goto out;
	tok_start = L->lx->n;
	while (p < end) {
		if (label) {
			/* heredoc ends at a line holding the label (maybe indented) */
			if (p == *pp || p[-1] == '\n') {
				const char *q = p;
				while (q < end && (*q == ' ' || *q == '\t'))
					q++;
				if ((size_t)(end - q) >= label_len && !memcmp(q, label, label_len) && !ident_char((unsigned char)(q + label_len < end ? q[label_len] : ' '))) {
					p = q + label_len;
					break;
				}
			}
		} else if (*p == term) {
			p++;
			break;
		}
		if (*p == '\n')
			L->line++;
		if (*p == '\\' && p + 1 < end) {
			p++;
			if ((rc = escape(&b, &p, end, true)))
				goto out;
			continue;
		}
		if (*p == '$' && p + 1 < end && (ident_start((unsigned char)p[1]) || p[1] == '{')) {
			if ((rc = flush_piece(L, &b, &pieces, line0)))
				goto out;
			if ((rc = emit_op(L, ".")))
				goto out;
			if (p[1] == '{') {   /* ${name} */
				const char *e;
				if ((rc = emit_name(L, WS_T_VAR, p + 2, &e)))
					goto out;
				while (e < end && *e != '}' && *e != term)
					e++;
				p = e < end && *e == '}' ? e + 1 : e;
			} else {
				if ((rc = emit_name(L, WS_T_VAR, p + 1, &p)))
					goto out;
				if (p < end && *p == '[') {   /* $a[key], $a[0], $a[$k] */
					const char *k = p + 1, *ke = k;
					while (ke < end && *ke != ']' && *ke != term && ke - k < 64)
						ke++;
					if (ke < end && *ke == ']') {
						if ((rc = emit_op(L, "[")))
							goto out;
						const char *ks = k, *kend = ke;
						if (*ks == '\'' && kend > ks + 1 && kend[-1] == '\'')
							ks++, kend--;
						if (*ks == '$') {
							const char *ignored;
							rc = emit_name(L, WS_T_VAR, ks + 1, &ignored);
						} else {
							rc = emit(L, WS_T_STR, ks, (size_t)(kend - ks), L->line);
						}
						if (rc || (rc = emit_op(L, "]")))
							goto out;
						p = ke + 1;
					}
				}
			}
			pieces++;
			continue;
		}
		if (*p == '{' && p + 1 < end && p[1] == '$') {   /* {$expr} */
			if ((rc = flush_piece(L, &b, &pieces, line0)))
				goto out;
			if ((rc = emit_op(L, ".")) || (rc = emit_op(L, "(")))
				goto out;
			L->s = p + 1;
			if ((rc = lex_code(L, NULL, true)))
				goto out;
			p = L->s;
			if ((rc = emit_op(L, ")")))
				goto out;
			pieces++;
			continue;
		}
		if ((rc = sb_putc(&b, *p++)))
			goto out;
	}
	if (b.len || !pieces)
		rc = flush_piece(L, &b, &pieces, line0);
	if (!rc && pieces == 1 && L->lx->n == tok_start + 1) {
		/* a plain literal: drop the parenthesis */
		L->lx->toks[tok_start - 1] = L->lx->toks[tok_start];
		L->lx->n--;
	} else if (!rc) {
		rc = emit_op(L, ")");
	}
	if (!rc && term == '`')
		rc = emit_op(L, ")");
out:
	dd_buf_free(&b);
	*pp = p;
	return rc;
}

/* A simple quoted literal: PHP '...', Java/C# "..." (escapes), C# @"...",
 * VB "..." (doubled quotes). */
static int lex_plain_string(lexer *L, const char **pp, char q, int mode)
{
	const char *p = *pp, *end = L->end;
	sbuf b = DD_BUF_INIT(WS_MAX_ARENA);
	uint32_t line0 = L->line;
	int rc = 0;
	while (p < end) {
		if (*p == q) {
			if ((mode == 1 || mode == 2) && p + 1 < end && p[1] == q) {   /* VB "", C# @"" */
				rc = sb_putc(&b, q);
				p += 2;
				if (rc)
					break;
				continue;
			}
			p++;
			break;
		}
		if (*p == '\n') {
			L->line++;
			if (mode == 1)   /* VB strings do not span lines */
				break;
		}
		if (*p == '\\' && mode == 0 && p + 1 < end) {   /* escapes (PHP '...' only \\ and \') */
			p++;
			if (L->lang->syntax == WS_PHP) {
				if (*p == '\\' || *p == '\'')
					rc = sb_putc(&b, *p++);
				else
					rc = sb_putc(&b, '\\');
			} else {
				rc = escape(&b, &p, end, false);
			}
			if (rc)
				break;
			continue;
		}
		if ((rc = sb_putc(&b, *p++)))
			break;
	}
	if (!rc)
		rc = emit(L, WS_T_STR, b.ptr ? b.ptr : "", b.len, line0);
	dd_buf_free(&b);
	*pp = p;
	return rc;
}

static const char *const ops3[] = { "===", "!==", "<=>", "**=", "...", "?\?=", "<<=", ">>=", "?->", NULL };
static const char *const ops2[] = { "->", "::", "=>", "==", "!=", "<>", ".=", "+=", "-=", "*=", "/=", "&=", "|=", "^=",
	"&&", "||", "<=", ">=", "++", "--", "??", "<<", ">>", "%=", NULL };

/*
 * Tokenizes code from L->s until `stop_at` (the region's closing tag:
 * "?>" or "%>"), the end, or, with stop_on_brace, the '}' that closes a
 * PHP {$...} interpolation. Leaves L->s after the stop.
 */
static int lex_code(lexer *L, const char *stop_at, bool stop_on_brace)
{
	const char *p = L->s, *end = L->end;
	size_t stop_len = stop_at ? strlen(stop_at) : 0;
	ws_syntax syn = L->lang->syntax;
	int depth = 0, rc = 0;
	bool stmt_start = true;
	while (p < end && !L->lx->truncated) {
		unsigned char c = (unsigned char)*p;
		if (stop_at && (size_t)(end - p) >= stop_len && !strncasecmp(p, stop_at, stop_len)) {
			p += stop_len;
			break;
		}
		if (c == '\n') {
			L->line++;
			p++;
			if (syn == WS_VB) {
				/* " _" continues the line */
				if (!(L->lx->n && L->lx->toks[L->lx->n - 1].kind == WS_T_IDENT &&
				      !strcmp(ws_tok_text(L->lx, &L->lx->toks[L->lx->n - 1]), "_"))) {
					if ((rc = emit(L, WS_T_NL, "", 0, L->line - 1)))
						break;
				} else {
					L->lx->n--;
				}
				stmt_start = true;
			}
			continue;
		}
		if (isspace(c) || c == 0) {
			/* a NUL is no operator: as one it took no bytes and the loop
			 * emitted empty tokens up to the cap (fuzz/webshell_source) */
			p++;
			continue;
		}
		/* comments */
		if (syn != WS_VB && c == '/' && p + 1 < end && p[1] == '/') {
			while (p < end && *p != '\n' && !(stop_at && (size_t)(end - p) >= stop_len && !strncmp(p, stop_at, stop_len)))
				p++;
			continue;
		}
		if (syn == WS_PHP && c == '#') {
			while (p < end && *p != '\n' && !(stop_at && (size_t)(end - p) >= stop_len && !strncmp(p, stop_at, stop_len)))
				p++;
			continue;
		}
		if (syn != WS_VB && c == '/' && p + 1 < end && p[1] == '*') {
			p += 2;
			while (p + 1 < end && !(p[0] == '*' && p[1] == '/')) {
				if (*p == '\n')
					L->line++;
				p++;
			}
			p = p + 2 <= end ? p + 2 : end;
			continue;
		}
		if (syn == WS_VB && (c == '\'' || (stmt_start && starts_ci(p, end, "rem") && p + 3 < end && isspace((unsigned char)p[3])))) {
			while (p < end && *p != '\n' && !(stop_at && (size_t)(end - p) >= stop_len && !strncmp(p, stop_at, stop_len)))
				p++;
			continue;
		}
		stmt_start = false;
		/* strings */
		if (syn == WS_PHP && c == '"') {
			p++;
			if ((rc = lex_php_dq(L, &p, '"', NULL, 0)))
				break;
			continue;
		}
		if (syn == WS_PHP && c == '`') {
			p++;
			if ((rc = lex_php_dq(L, &p, '`', NULL, 0)))
				break;
			continue;
		}
		if (syn == WS_PHP && c == '<' && (size_t)(end - p) > 3 && !strncmp(p, "<<<", 3)) {
			const char *q = p + 3;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			bool nowdoc = q < end && *q == '\'';
			bool quoted = q < end && (*q == '\'' || *q == '"');
			if (quoted)
				q++;
			const char *l0 = q;
			while (q < end && ident_char((unsigned char)*q))
				q++;
			size_t ll = (size_t)(q - l0);
			if (ll && ll < 64) {
				char label[64];
				memcpy(label, l0, ll);
				if (quoted && q < end)
					q++;
				while (q < end && *q != '\n')
					q++;
				if (q < end) {
					q++;
					L->line++;
				}
				if (nowdoc) {
					const char *e = q;
					while (e < end) {
						const char *ls = e;
						while (ls < end && (*ls == ' ' || *ls == '\t'))
							ls++;
						if ((e == q || e[-1] == '\n') && (size_t)(end - ls) >= ll && !memcmp(ls, label, ll))
							break;
						if (*e == '\n')
							L->line++;
						e++;
					}
					size_t n = (size_t)(e - q);
					if (n && q[n - 1] == '\n')
						n--;
					if ((rc = emit(L, WS_T_STR, q, n, L->line)))
						break;
					p = e;
					while (p < end && (*p == ' ' || *p == '\t'))
						p++;
					p = (size_t)(end - p) >= ll ? p + ll : end;
				} else {
					p = q;
					if ((rc = lex_php_dq(L, &p, 0, label, ll)))
						break;
				}
				continue;
			}
		}
		if (c == '"' || (c == '\'' && syn != WS_VB) || (c == '@' && syn == WS_CLIKE && p + 1 < end && p[1] == '"')) {
			int mode = syn == WS_VB ? 1 : 0;
			if (c == '@') {
				p++;
				mode = 2;
			}
			p++;
			if ((rc = lex_plain_string(L, &p, (char)(mode == 2 ? '"' : c), mode)))
				break;
			continue;
		}
		if (syn == WS_VB && c == '"') {
			p++;
			if ((rc = lex_plain_string(L, &p, '"', 1)))
				break;
			continue;
		}
		/* numbers */
		if (isdigit(c)) {
			char num[32];
			unsigned long long v = 0;
			if (c == '0' && p + 1 < end && (p[1] == 'x' || p[1] == 'X')) {
				p += 2;
				while (p < end && hexv((unsigned char)*p) >= 0)
					v = v * 16 + (unsigned)hexv((unsigned char)*p++), v &= 0xffffffffull;
			} else {
				while (p < end && isdigit((unsigned char)*p))
					v = v * 10 + (unsigned)(*p++ - '0'), v &= 0xffffffffull;
				while (p < end && (isalnum((unsigned char)*p) || *p == '.'))
					p++;   /* fractions, suffixes: not needed for chr() */
			}
			int n = snprintf(num, sizeof(num), "%llu", v);
			if ((rc = emit(L, WS_T_NUM, num, (size_t)n, L->line)))
				break;
			continue;
		}
		if (syn == WS_VB && c == '&' && p + 1 < end && (p[1] == 'h' || p[1] == 'H')) {   /* &H41 */
			p += 2;
			unsigned long long v = 0;
			while (p < end && hexv((unsigned char)*p) >= 0)
				v = v * 16 + (unsigned)hexv((unsigned char)*p++), v &= 0xffffffffull;
			char num[32];
			int n = snprintf(num, sizeof(num), "%llu", v);
			if ((rc = emit(L, WS_T_NUM, num, (size_t)n, L->line)))
				break;
			continue;
		}
		/* identifiers and PHP variables */
		if (ident_start(c) || (syn == WS_PHP && c == '$' && p + 1 < end && ident_start((unsigned char)p[1]))) {
			bool var = c == '$';
			if ((rc = emit_name(L, var ? WS_T_VAR : WS_T_IDENT, var ? p + 1 : p, &p)))
				break;
			continue;
		}
		if (syn == WS_PHP && c == '\\' && p + 1 < end && ident_start((unsigned char)p[1])) {
			p++;   /* \strrev(): global namespace prefix */
			continue;
		}
		if (stop_on_brace) {
			if (c == '{')
				depth++;
			else if (c == '}' && depth-- == 0) {
				p++;
				break;
			}
		}
		/* operators */
		const char *op = NULL;
		char one[2] = { (char)c, 0 };
		for (size_t i = 0; ops3[i] && !op; i++)
			if ((size_t)(end - p) >= 3 && !memcmp(p, ops3[i], 3))
				op = ops3[i];
		for (size_t i = 0; ops2[i] && !op; i++)
			if ((size_t)(end - p) >= 2 && !memcmp(p, ops2[i], 2))
				op = ops2[i];
		if (!op)
			op = one;
		size_t ol = strlen(op);
		p += ol;
		if (syn == WS_VB && c == ':' && ol == 1) {   /* statement separator */
			if ((rc = emit(L, WS_T_NL, "", 0, L->line)))
				break;
			stmt_start = true;
			continue;
		}
		/* fold the three-character forms into their two-character meaning */
		const char *emitop = !strcmp(op, "===") ? "==" : !strcmp(op, "!==") ? "!=" : !strcmp(op, "?->") ? "->" : op;
		if (strlen(emitop) > 2)
			emitop = "?";
		if ((rc = emit_op(L, emitop)))
			break;
		if (syn == WS_PHP && c == ';')
			stmt_start = true;
	}
	L->s = p;
	return rc < 0 ? rc : 0;
}

/* Finds needle (case-insensitive) in [s, end). */
static const char *find_ci(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; s + n <= end; s++)
		if (!strncasecmp(s, needle, n))
			return s;
	return NULL;
}

static void count_lines(lexer *L, const char *from, const char *to)
{
	for (const char *q = from; q < to; q++)
		if (*q == '\n')
			L->line++;
}

static int lex_php_page(lexer *L)
{
	int rc = 0;
	while (L->s < L->end && !rc && !L->lx->truncated) {
		const char *o = find_ci(L->s, L->end, "<?");
		const char *sc = find_ci(L->s, o ? o : L->end, "<script language=\"php\">");
		if (!o && !sc)
			break;
		const char *code;
		const char *stop = "?>";
		if (sc) {
			code = sc + 23;
			stop = "</script>";
		} else if (starts_ci(o, L->end, "<?php"))
			code = o + 5;
		else if (starts_ci(o, L->end, "<?xml"))   /* XML declaration, not code */
			code = NULL;
		else
			code = o + 2 + (o + 2 < L->end && o[2] == '=');
		count_lines(L, L->s, code ? code : o + 2);
		if (!code) {
			L->s = o + 2;
			continue;
		}
		L->s = code;
		rc = lex_code(L, stop, false);
		if (!rc)
			rc = emit_op(L, ";");
	}
	return rc;
}

/* <% ... %> pages (JSP, ASP, ASPX) and <script runat="server"> blocks. */
static int lex_server_page(lexer *L)
{
	int rc = 0;
	while (L->s < L->end && !rc && !L->lx->truncated) {
		const char *o = find_ci(L->s, L->end, "<%");
		const char *sc = find_ci(L->s, o ? o : L->end, "<script");
		const char *js = find_ci(L->s, o ? o : L->end, "<jsp:");
		const char *start = o;
		if (sc && (!start || sc < start))
			start = sc;
		if (js && (!start || js < start))
			start = js;
		if (!start)
			break;
		count_lines(L, L->s, start);
		if (start == sc || start == js) {
			const char *gt = memchr(start, '>', (size_t)(L->end - start));
			if (!gt)
				break;
			bool server = start == sc ? find_ci(start, gt, "runat") != NULL :
				(starts_ci(start, L->end, "<jsp:scriptlet") || starts_ci(start, L->end, "<jsp:declaration") ||
				 starts_ci(start, L->end, "<jsp:expression"));
			count_lines(L, start, gt + 1);
			L->s = gt + 1;
			if (!server)
				continue;
			rc = lex_code(L, start == sc ? "</script" : "</jsp:", false);
			if (!rc)
				rc = emit(L, L->lang->syntax == WS_VB ? WS_T_NL : WS_T_OP, ";", L->lang->syntax == WS_VB ? 0 : 1, L->line);
			continue;
		}
		if (starts_ci(o, L->end, "<%--")) {
			const char *e = find_ci(o, L->end, "--%>");
			const char *stop = e ? e + 4 : L->end;
			count_lines(L, o, stop);
			L->s = stop;
			continue;
		}
		if (starts_ci(o, L->end, "<%@")) {
			const char *e = find_ci(o, L->end, "%>");
			const char *stop = e ? e + 2 : L->end;
			bool whole = find_ci(o, stop, "webhandler") || find_ci(o, stop, "webservice");
			count_lines(L, o, stop);
			L->s = stop;
			if (whole) {   /* .ashx/.asmx: the rest of the file is code */
				rc = lex_code(L, NULL, false);
				break;
			}
			continue;
		}
		L->s = o + 2;
		if (L->s < L->end && (*L->s == '=' || *L->s == '!' || *L->s == '#' || *L->s == ':'))
			L->s++;
		rc = lex_code(L, "%>", false);
		if (!rc)
			rc = emit(L, L->lang->syntax == WS_VB ? WS_T_NL : WS_T_OP, ";", L->lang->syntax == WS_VB ? 0 : 1, L->line);
	}
	return rc;
}

int ws_lex_run(ws_lex *lx, const ws_lang *lang, const char *src, size_t len, bool code_only, uint32_t first_line)
{
	memset(lx, 0, sizeof(*lx));
	lexer L = { lx, lang, src, src + len, first_line };
	int rc;
	if (code_only)
		rc = lex_code(&L, NULL, false);
	else if (lang->syntax == WS_PHP)
		rc = lex_php_page(&L);
	else
		rc = lex_server_page(&L);
	if (!rc)
		rc = emit(&L, WS_T_EOF, "", 0, L.line);
	/* a cap leaves the list without its EOF: readers treat the end as EOF */
	return rc > 0 ? 0 : rc;
}

void ws_lex_free(ws_lex *lx)
{
	free(lx->toks);
	free(lx->arena);
	memset(lx, 0, sizeof(*lx));
}
