/*
 * The webshell evaluator: one forgiving pass over the lexer's tokens that
 * computes, for every expression, what little matters here — its constant
 * string value when it has one, and whether it carries request input.
 *
 * It is not a parser of PHP, Java, C# or VBScript. It knows primaries
 * (literals, variables, calls, member access, indexing, array literals),
 * concatenation, assignment and function definitions, and skips whatever
 * else it meets. That is enough because webshells, however obfuscated, end
 * in a call: the sink's name may be built at run time (strrev('tressa'),
 * chr() chains, "as"."sert", $f = base64_decode(...)), so constant strings
 * are folded through variables and the transforms of ws_lang; the input may
 * pass through helpers, so every user function gets a summary first (which
 * parameters reach a sink, which flow to the return value); code that a
 * constant decodes to and then evaluates is lexed and evaluated again.
 *
 * Bounds: string values are capped (WS_STR_MAX), inflate output too,
 * variables and functions are counted, the expression recursion and the
 * total work are limited, and re-analysis of decoded code goes
 * WS_MAX_DEPTH levels deep. A cap sets res->truncated; the caller notes it.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "analyzers/webshell.h"
#include "analyzers/script_encoder.h"
#include "util/buf.h"
#include "util/error.h"

#define WS_STR_MAX (1u << 20)
#define WS_MAX_VARS 4096
#define WS_MAX_FUNCS 1024
#define WS_MAX_PARAMS 16
#define WS_MAX_GLOBAL_RUNS 64   /* page-level calls that re-run a body with `global` */
#define WS_MAX_ARGS 16
#define WS_MAX_RECURSION 200
#define WS_MAX_STEPS (16u << 20)
#define WS_MAX_DEPTH 64  /* packers wrap 10 to 54 layers (C99madShell, bloodsec, boffmax); WS_MAX_REANALYSES and WS_MAX_REANALYSED cap the work */
#define WS_NAME 64
#define WS_MAX_REANALYSES 64
#define WS_MAX_REANALYSED (8u << 20)
/* A constant this long, turned into code by a function of the page itself
 * and then executed, is a packed payload (a loader's cipher text): pages
 * that run code they build keep it short and readable. */
#define WS_BLOB_MIN 512

typedef struct val {
	char *s;                 /* constant value (heap, NUL-terminated) or NULL */
	size_t len;
	bool input;              /* carries request input */
	uint32_t pmask;          /* carries these parameters (function summaries) */
	bool request;            /* is the request object itself */
	bool server;             /* PHP $_SERVER: only some keys are input */
	bool num;                /* a number literal */
	bool weak;               /* the input only reaches here through unknown calls */
	bool head, tail;         /* the input sits after / before a fixed part ('dir/' . $x) */
	char src[48];            /* where the input came from */
	char ident[WS_NAME];     /* the identifier this value was read from */
	char method_ref[WS_NAME];/* reflection handle: getDeclaredMethod("defineClass") */
	bool page_file;          /* a file handle or path of a server page (x.asp, x.php) */
	bool req_path;           /* a file opened for writing at a request-chosen path */
	int lambda;              /* create_function() result whose parameters reach a sink: 1 + kind */
	uint32_t lambda_pmask;
	uint32_t blob;           /* the length of a long constant a page function turned into this value */
	bool self_path;          /* PHP __FILE__ itself (not carried by concatenation or calls) */
	bool self_data;          /* bytes read from the page's own file */
} val;

typedef struct var {
	char name[WS_NAME];
	val v;
} var;

typedef struct func {
	char name[WS_NAME];
	char params[WS_MAX_PARAMS][WS_NAME];
	int nparams;
	size_t body, body_end;   /* token range */
	bool webmethod;          /* ASMX [WebMethod]: parameters come from the request */
	bool globals;            /* PHP: the body declares `global $x` */
	uint32_t sink_pmask;     /* parameters that reach a sink */
	ws_sink_kind sink_kind;
	char sink[48];
	uint32_t ret_pmask;      /* parameters that flow to the result */
	bool ret_input;
	char ret_src[48];
} func;

typedef struct ev {
	const ws_lang *lang;
	ws_lex *lx;
	size_t i, end;
	var *vars;
	size_t nvars, capvars;
	func *funcs;
	size_t nfuncs;
	func *cur;               /* function being summarised (pre-pass) */
	ws_result *res;
	int depth;               /* decoded-code nesting */
	unsigned outer_line;     /* line of the eval() that decoded this code */
	int rec;
	size_t steps;
	int err;
	size_t scope;            /* first variable of the function being evaluated */
	int in_body;             /* main pass: inside a function body (its parameters are unset) */
	int global_runs;         /* main pass: bodies re-run at a page-level call (bounded) */
	bool includes;           /* the page includes other files: their variables are not the request's */
	bool keep_vars;          /* decoded code: starts with the caller's variables */
	size_t next_func;        /* main pass: the next function body in token order */
	char extract_src[48];    /* extract($_REQUEST) seen: unset variables are input */
	char rg_read[16][32];    /* page-level names read from the query string (register_globals) */
	size_t n_rg_read;
	const char *src;         /* the page, for its server controls (ASP.NET) */
	size_t srclen;
} ev;

static const ws_tok eof_tok = { WS_T_EOF, "", 0, 0, 0 };

static const ws_tok *tk(const ev *e, size_t k)
{
	size_t j = e->i + k;
	return j < e->end && j < e->lx->n ? &e->lx->toks[j] : &eof_tok;
}

static const char *txt(const ev *e, const ws_tok *t)
{
	return t == &eof_tok ? "" : ws_tok_text(e->lx, t);
}

static bool is_op(const ws_tok *t, const char *op)
{
	return t->kind == WS_T_OP && !strcmp(t->op, op);
}

static bool is_ident(const ev *e, const ws_tok *t, const char *name)
{
	return t->kind == WS_T_IDENT && !strcmp(txt(e, t), name);
}

static void truncated(ev *e, const char *why)
{
	if (!e->res->truncated)
		snprintf(e->res->why, sizeof(e->res->why), "%s", why);
	e->res->truncated = true;
}

static bool advance(ev *e)
{
	if (++e->steps > WS_MAX_STEPS) {
		truncated(e, "analysis step budget exhausted");
		e->i = e->end;
		return false;
	}
	e->i++;
	return true;
}

/* ---- values ---- */

static void val_free(val *v)
{
	free(v->s);
	memset(v, 0, sizeof(*v));
}

static void val_const(ev *e, val *v, const char *s, size_t n)
{
	memset(v, 0, sizeof(*v));
	if (n > WS_STR_MAX) {
		truncated(e, "string value over 1 MiB");
		return;
	}
	if (!(v->s = malloc(n + 1))) {
		e->err = dd_error_oom();
		return;
	}
	memcpy(v->s, s, n);
	v->s[n] = 0;
	v->len = n;
}

static bool tainted(const val *v);

static void taint_from(val *dst, const val *src)
{
	bool had = tainted(dst);
	if (tainted(src)) {
		dst->weak = had ? dst->weak && src->weak : src->weak;
		dst->head = had ? dst->head && src->head : src->head;
		dst->tail = had ? dst->tail && src->tail : src->tail;
	}
	if (src->input && !dst->input) {
		dst->input = true;
		memcpy(dst->src, src->src, sizeof(dst->src));
	}
	dst->pmask |= src->pmask;
	if (src->blob > dst->blob)
		dst->blob = src->blob;
	dst->self_data |= src->self_data;
}

static void val_copy(ev *e, val *dst, const val *src)
{
	*dst = *src;
	dst->s = NULL;
	if (src->s) {
		val tmp;
		val_const(e, &tmp, src->s, src->len);
		dst->s = tmp.s;
		dst->len = tmp.len;
	}
}

static void set_input(val *v, const char *src)
{
	v->input = true;
	snprintf(v->src, sizeof(v->src), "%s", src);
}

static bool tainted(const val *v) { return v->input || v->pmask; }

/* ---- variables ---- */

static var *var_find(ev *e, const char *name)
{
	for (size_t k = e->nvars; k-- > 0;)
		if (!strcmp(e->vars[k].name, name))
			return &e->vars[k];
	return NULL;
}

static void var_set(ev *e, const char *name, const val *v, bool append)
{
	/* inside a function, writes stay local; reads also see the globals */
	var *x = var_find(e, name);
	if (x && (size_t)(x - e->vars) < e->scope)
		x = NULL;
	if (!x) {
		if (e->nvars == WS_MAX_VARS) {
			truncated(e, "more than 4096 variables");
			return;
		}
		if (e->nvars == e->capvars) {
			size_t nc = e->capvars ? e->capvars * 2 : 64;
			var *nv = realloc(e->vars, nc * sizeof(*nv));
			if (!nv) {
				e->err = dd_error_oom();
				return;
			}
			e->vars = nv;
			e->capvars = nc;
		}
		x = &e->vars[e->nvars++];
		memset(x, 0, sizeof(*x));
		snprintf(x->name, sizeof(x->name), "%s", name);
		if (append && e->extract_src[0]) {
			/* $cmd .= " 2>&1" after extract($_POST): appended to the request's value */
			set_input(&x->v, e->extract_src);
			taint_from(&x->v, v);
			return;
		}
		append = false;
	}
	if (append) {
		/* $a .= "x": constant only while both sides are */
		if (x->v.s && v->s && x->v.len + v->len <= WS_STR_MAX) {
			char *ns = realloc(x->v.s, x->v.len + v->len + 1);
			if (!ns) {
				e->err = dd_error_oom();
				return;
			}
			memcpy(ns + x->v.len, v->s, v->len);
			x->v.len += v->len;
			ns[x->v.len] = 0;
			x->v.s = ns;
		} else {
			free(x->v.s);
			x->v.s = NULL;
			x->v.len = 0;
		}
		taint_from(&x->v, v);
		return;
	}
	/* the last assignment in token order wins: a variable reused for a
	 * number after holding request data is a number (branches are not
	 * merged; a ternary is) */
	val_free(&x->v);
	val_copy(e, &x->v, v);
	x->v.ident[0] = 0;
}

/* ---- tables ---- */

static const ws_sink *sink_find(const ev *e, const char *name, bool method)
{
	for (const ws_sink *s = e->lang->sinks; s->name; s++)
		if (!strcmp(s->name, name) && (method ? !(s->flags & WS_F_BARE) : !(s->flags & WS_F_METHOD)))
			return s;
	return NULL;
}

static bool in_list(const char *const *list, const char *name)
{
	for (size_t k = 0; list && list[k]; k++)
		if (!strcmp(list[k], name))
			return true;
	return false;
}

static ws_xform xform_find(const ev *e, const char *name)
{
	for (const ws_transform *t = e->lang->transforms; t && t->name; t++)
		if (!strcmp(t->name, name))
			return t->op;
	return WS_X_NONE;
}

static func *func_find(ev *e, const char *name)
{
	for (size_t k = 0; k < e->nfuncs; k++)
		if (!strcmp(e->funcs[k].name, name))
			return &e->funcs[k];
	return NULL;
}

/* The function a call of nargs arguments means. Java and C# overload by
 * arity and a page's classes reuse names (a page-level exec(out, cmd,
 * charset) beside a database class's exec(db, sql)): the one whose
 * parameter count matches, and none when no same-named one does (the
 * callee is then a library's). PHP and VBScript have one per name. */
static func *func_for_call(ev *e, const char *name, int nargs)
{
	func *first = func_find(e, name);
	if (!first || e->lang->syntax != WS_CLIKE || first->nparams == nargs)
		return first;
	for (size_t k = (size_t)(first - e->funcs) + 1; k < e->nfuncs; k++)
		if (!strcmp(e->funcs[k].name, name) && e->funcs[k].nparams == nargs)
			return &e->funcs[k];
	return NULL;
}

/* ---- hits ---- */

/* the finding id's tail: webshell-<lang>-<kind_id> */
static const char *const kind_id[WS_SINK_KINDS] = { "input-to-code", "input-to-command", "input-to-include",
	"input-to-classloader", "input-to-file", "input-to-callable", "runs-decoded-code" };

static void hit(ev *e, ws_sink_kind kind, const char *sink, const val *arg, const char *via, unsigned line)
{
	/* Real applications include and call by request-derived names too,
	 * but through their own lookups (a registry, a router) and under a
	 * fixed directory: those flows are not a backdoor's. */
	if ((kind == WS_SINK_INCLUDE || kind == WS_SINK_CALLABLE) && arg->weak)
		return;
	if ((kind == WS_SINK_INCLUDE || kind == WS_SINK_FILE) && arg->head)
		return;
	if (e->cur) {
		/* summarising a function: remember which parameters get here */
		if (arg->pmask && !e->cur->sink_pmask) {
			e->cur->sink_kind = kind;
			snprintf(e->cur->sink, sizeof(e->cur->sink), "%s", sink);
		}
		e->cur->sink_pmask |= arg->pmask;
		if (!(e->cur->webmethod && arg->pmask))
			return;
	} else if (!arg->input) {
		return;
	}
	ws_result *r = e->res;
	for (size_t k = 0; k < r->n; k++)
		if (r->hits[k].kind == kind)
			return;   /* one per kind and file: the first line */
	if (r->n == WS_MAX_HITS)
		return;
	ws_hit *h = &r->hits[r->n++];
	memset(h, 0, sizeof(*h));
	h->kind = kind;
	snprintf(h->sink, sizeof(h->sink), "%s", sink);
	snprintf(h->input, sizeof(h->input), "%s", arg->input ? arg->src : "web method parameter");
	snprintf(h->via, sizeof(h->via), "%s", via ? via : "");
	h->line = e->depth ? e->outer_line : line;
	h->depth = e->depth;
}

/* A packed payload runs: what `what` (a long constant, the page's own
 * file) becomes reaches a code sink. */
static void decoded_hit(ev *e, const char *sink, const char *what, const char *via, unsigned line)
{
	val packed;
	memset(&packed, 0, sizeof(packed));
	snprintf(packed.src, sizeof(packed.src), "%s", what);
	packed.input = true;
	hit(e, WS_SINK_DECODED, sink, &packed, via, line);
}

static void decoded_const_hit(ev *e, const char *sink, size_t len, const char *via, unsigned line)
{
	char what[48];
	snprintf(what, sizeof(what), "a %zu-character constant", len);
	decoded_hit(e, sink, what, via, line);
}

/* A long constant with next to no white space: base64, hex or cipher
 * text, not a template or a page (those are read as code directly). */
static bool packed_const(const val *v)
{
	if (!v->s || v->len < WS_BLOB_MIN)
		return false;
	size_t ws = 0;
	for (size_t k = 0; k < v->len; k++)
		ws += v->s[k] == ' ' || v->s[k] == '\n' || v->s[k] == '\r' || v->s[k] == '\t';
	return ws * 50 < v->len;
}

/* ---- transforms on constants ---- */

static int b64v(int c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '+' || c == '-') return 62;
	if (c == '/' || c == '_') return 63;
	return -1;
}

static void x_b64(ev *e, val *out, const char *s, size_t n)
{
	char *o = malloc(n / 4 * 3 + 4);
	if (!o) {
		e->err = dd_error_oom();
		return;
	}
	size_t k = 0;
	unsigned acc = 0;
	int bits = 0;
	for (size_t j = 0; j < n; j++) {
		int v = b64v((unsigned char)s[j]);
		if (v < 0)
			continue;   /* PHP's base64_decode skips what is not base64 */
		acc = acc << 6 | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			o[k++] = (char)(acc >> bits & 0xff);
		}
	}
	val_const(e, out, o, k);
	free(o);
}

static void x_inflate(ev *e, val *out, const char *s, size_t n, int wbits)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, wbits) != Z_OK) {
		e->err = dd_error_oom();
		return;
	}
	size_t cap = n * 4 + 256 < WS_STR_MAX ? n * 4 + 256 : WS_STR_MAX;
	char *o = malloc(cap + 1);
	if (!o) {
		inflateEnd(&z);
		e->err = dd_error_oom();
		return;
	}
	z.next_in = (Bytef *)(uintptr_t)s;
	z.avail_in = (uInt)n;
	size_t k = 0;
	int zr = Z_OK;
	while (zr == Z_OK) {
		if (k == cap) {
			if (cap >= WS_STR_MAX) {
				truncated(e, "inflated constant over 1 MiB");
				break;
			}
			size_t nc = cap * 2 < WS_STR_MAX ? cap * 2 : WS_STR_MAX;
			char *no = realloc(o, nc + 1);
			if (!no) {
				e->err = dd_error_oom();
				break;
			}
			o = no;
			cap = nc;
		}
		z.next_out = (Bytef *)o + k;
		z.avail_out = (uInt)(cap - k);
		zr = inflate(&z, Z_NO_FLUSH);
		k = cap - z.avail_out;
	}
	inflateEnd(&z);
	if (zr == Z_STREAM_END || (zr == Z_OK && k))
		val_const(e, out, o, k);
	free(o);
}

static void x_replace(ev *e, val *out, const val *subj, const val *find, const val *repl)
{
	if (!find->len) {
		val_copy(e, out, subj);
		return;
	}
	dd_buf o = DD_BUF_INIT(WS_STR_MAX);
	int rc = 0;
	for (size_t j = 0; j < subj->len && !rc;) {
		if (j + find->len <= subj->len && !memcmp(subj->s + j, find->s, find->len)) {
			rc = dd_buf_put(&o, repl->s, repl->len);
			j += find->len;
		} else {
			rc = dd_buf_putc(&o, subj->s[j++]);
		}
	}
	if (rc == DD_ELIMIT)
		truncated(e, "replaced constant over 1 MiB");
	else if (rc)
		e->err = rc;
	else
		val_const(e, out, o.ptr ? o.ptr : "", o.len);
	dd_buf_free(&o);
}

/*
 * Applies transform op; `subj` is the string operated on (the first
 * argument, or the receiver of a method) and `args` the rest. Sets *out
 * to the constant result, or leaves it unknown.
 */
static void apply_xform(ev *e, ws_xform op, val *out, const val *subj, const val *args, int nargs)
{
	memset(out, 0, sizeof(*out));
	if (!subj || !subj->s)
		return;
	const char *s = subj->s;
	size_t n = subj->len;
	switch (op) {
	case WS_X_STRREV:
		val_const(e, out, s, n);
		for (size_t a = 0, b = n; out->s && b-- > a + 1; a++) {
			char t = out->s[a];
			out->s[a] = out->s[b];
			out->s[b] = t;
		}
		break;
	case WS_X_ROT13:
		val_const(e, out, s, n);
		for (size_t j = 0; out->s && j < n; j++) {
			char c = out->s[j];
			if (c >= 'a' && c <= 'z')
				out->s[j] = (char)('a' + (c - 'a' + 13) % 26);
			else if (c >= 'A' && c <= 'Z')
				out->s[j] = (char)('A' + (c - 'A' + 13) % 26);
		}
		break;
	case WS_X_LOWER: case WS_X_UPPER:
		val_const(e, out, s, n);
		for (size_t j = 0; out->s && j < n; j++)
			out->s[j] = (char)(op == WS_X_LOWER ? tolower((unsigned char)out->s[j]) : toupper((unsigned char)out->s[j]));
		break;
	case WS_X_TRIM: {
		size_t a = 0, b = n;
		while (a < b && isspace((unsigned char)s[a]))
			a++;
		while (b > a && isspace((unsigned char)s[b - 1]))
			b--;
		val_const(e, out, s + a, b - a);
		break;
	}
	case WS_X_IDENTITY:
		val_const(e, out, s, n);
		break;
	case WS_X_B64:
		x_b64(e, out, s, n);
		break;
	case WS_X_INFLATE:
		x_inflate(e, out, s, n, -15);
		break;
	case WS_X_UNCOMPRESS:
		x_inflate(e, out, s, n, 15 + 32);   /* zlib or gzip */
		break;
	case WS_X_CHR: {
		char c = (char)(strtoul(s, NULL, 10) & 0xff);
		val_const(e, out, &c, 1);
		break;
	}
	case WS_X_HEX2BIN: {
		char *o = malloc(n / 2 + 1);
		if (!o) {
			e->err = dd_error_oom();
			break;
		}
		size_t k = 0;
		for (size_t j = 0; j + 1 < n; j += 2) {
			int hi = isxdigit((unsigned char)s[j]) ? (isdigit((unsigned char)s[j]) ? s[j] - '0' : tolower((unsigned char)s[j]) - 'a' + 10) : -1;
			int lo = isxdigit((unsigned char)s[j + 1]) ? (isdigit((unsigned char)s[j + 1]) ? s[j + 1] - '0' : tolower((unsigned char)s[j + 1]) - 'a' + 10) : -1;
			if (hi < 0 || lo < 0)
				break;
			o[k++] = (char)(hi << 4 | lo);
		}
		val_const(e, out, o, k);
		free(o);
		break;
	}
	case WS_X_URLDECODE: {
		char *o = malloc(n + 1);
		if (!o) {
			e->err = dd_error_oom();
			break;
		}
		size_t k = 0;
		for (size_t j = 0; j < n; j++) {
			if (s[j] == '%' && j + 2 < n && isxdigit((unsigned char)s[j + 1]) && isxdigit((unsigned char)s[j + 2])) {
				char h[3] = { s[j + 1], s[j + 2], 0 };
				o[k++] = (char)strtoul(h, NULL, 16);
				j += 2;
			} else {
				o[k++] = s[j] == '+' ? ' ' : s[j];
			}
		}
		val_const(e, out, o, k);
		free(o);
		break;
	}
	case WS_X_REPLACE:
		/* PHP str_replace(search, replace, subject): subj is search here */
		if (nargs >= 2 && args[0].s && args[1].s)
			x_replace(e, out, &args[1], subj, &args[0]);
		break;
	case WS_X_SUBSTR: {
		if (nargs < 1 || !args[0].s)
			break;
		long st = strtol(args[0].s, NULL, 10);
		long ln = nargs >= 2 && args[1].s ? strtol(args[1].s, NULL, 10) : (long)n;
		if (st < 0)
			st = (long)n + st < 0 ? 0 : (long)n + st;
		if ((size_t)st > n)
			st = (long)n;
		if (ln < 0)
			ln = (long)n - st + ln < 0 ? 0 : (long)n - st + ln;
		if ((size_t)(st + ln) > n)
			ln = (long)n - st;
		val_const(e, out, s + st, (size_t)ln);
		break;
	}
	default:
		break;
	}
}

/* ---- the expression walker ---- */

static void expr(ev *e, val *out);
static bool page_name(const val *v);
static void call(ev *e, const char *name, val *recv, val *args, int nargs, unsigned line, bool method, val *out);
static void run_body(ev *e, const func *f);

/* Comma-separated arguments up to `close` (")" or "]"); the opening
 * token is already consumed. */
static int args_until(ev *e, const char *close, val *args)
{
	int n = 0;
	while (!e->err && tk(e, 0)->kind != WS_T_EOF && !is_op(tk(e, 0), close)) {
		size_t before = e->i;
		val v;
		memset(&v, 0, sizeof(v));
		if (e->lang->syntax == WS_PHP && tk(e, 0)->kind == WS_T_VAR && is_op(tk(e, 1), "=>"))
			advance(e), advance(e);   /* named / keyed: 'k' => v */
		expr(e, &v);
		if (e->lang->syntax == WS_PHP && is_ident(e, tk(e, 0), "as")) {
			/* foreach ($src as $k => $v): the loop variables carry $src */
			advance(e);
			while (tk(e, 0)->kind == WS_T_VAR || is_op(tk(e, 0), "=>") || is_op(tk(e, 0), "&")) {
				if (tk(e, 0)->kind == WS_T_VAR) {
					val lv;
					memset(&lv, 0, sizeof(lv));
					taint_from(&lv, &v);
					var_set(e, txt(e, tk(e, 0)), &lv, false);
				}
				advance(e);
			}
		}
		if (is_op(tk(e, 0), "=>")) {   /* array('k' => v): the value matters */
			advance(e);
			val_free(&v);
			expr(e, &v);
		}
		if (n < WS_MAX_ARGS)
			args[n++] = v;
		else {
			/* fold extra arguments' taint into the last one */
			taint_from(&args[WS_MAX_ARGS - 1], &v);
			val_free(&v);
		}
		if (is_op(tk(e, 0), ","))
			advance(e);
		else if (e->i == before)
			advance(e);
		if (tk(e, 0)->kind == WS_T_NL && e->lang->syntax == WS_VB && strcmp(close, ")"))
			break;
	}
	if (is_op(tk(e, 0), close))
		advance(e);
	return n;
}

static void args_free(val *args, int n)
{
	for (int k = 0; k < n; k++)
		val_free(&args[k]);
}

/* Union of the arguments' taint (and the receiver's). */
static void propagate(val *out, const val *recv, const val *args, int nargs)
{
	if (recv)
		taint_from(out, recv);
	for (int k = 0; k < nargs; k++)
		taint_from(out, &args[k]);
}

static bool superglobal_input(const char *name)
{
	static const char *const sg[] = { "_get", "_post", "_request", "_cookie", "_files", "http_get_vars", "http_post_vars",
		"http_cookie_vars", "http_post_files", "http_raw_post_data", NULL };
	return in_list(sg, name);
}

/* $_SERVER keys a client sets. */
static bool server_key_input(const char *k)
{
	char f[64];
	size_t n = strlen(k) < sizeof(f) - 1 ? strlen(k) : sizeof(f) - 1;
	for (size_t j = 0; j < n; j++)
		f[j] = (char)tolower((unsigned char)k[j]);
	f[n] = 0;
	return !strncmp(f, "http_", 5) || !strcmp(f, "query_string") || !strcmp(f, "request_uri") || !strcmp(f, "path_info") ||
		!strcmp(f, "argv") || !strcmp(f, "php_auth_user") || !strcmp(f, "php_auth_pw");
}

static bool func_param(const ev *e, const char *name);

/* Variables PHP itself sets in a page's scope: not the request's. */
static bool register_global(const char *name)
{
	static const char *const own[] = { "this", "php_errormsg", "http_response_header", "argv", "argc", NULL };
	return name[0] && !in_list(own, name);
}

static void php_var(ev *e, const char *name, val *out)
{
	memset(out, 0, sizeof(*out));
	if (superglobal_input(name)) {
		char src[48];
		snprintf(src, sizeof(src), "$%s", name[0] == '_' ? name : name);
		for (char *p = src + 1; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		set_input(out, src);
		return;
	}
	if (!strcmp(name, "_server") || !strcmp(name, "http_server_vars")) {
		out->server = true;
		return;
	}
	if (!strcmp(name, "globals")) {
		snprintf(out->ident, sizeof(out->ident), "globals");
		return;
	}
	var *x = var_find(e, name);
	if (x) {
		val_copy(e, out, &x->v);
	} else if (e->extract_src[0] && strcmp(name, "this")) {
		set_input(out, e->extract_src);
	} else if (!e->cur && !e->in_body && !e->depth && !e->includes && e->lang->syntax == WS_PHP && register_global(name) &&
		   !func_param(e, name)) {
		/* register_globals: a page-level variable read before the page
		 * ever sets it comes from the query string (PHP < 5.4). Weak, so
		 * it never drives an include or a callback on its own, which is
		 * how templates read their includer's variables. */
		char src[48];
		snprintf(src, sizeof(src), "$%.24s (register_globals)", name);
		set_input(out, src);
		out->weak = true;
		if (e->n_rg_read < sizeof(e->rg_read) / sizeof(e->rg_read[0]) && strlen(name) < sizeof(e->rg_read[0]))
			snprintf(e->rg_read[e->n_rg_read++], sizeof(e->rg_read[0]), "%s", name);
	}
	snprintf(out->ident, sizeof(out->ident), "%s", name);
}

/* Request members that are client data (ASP/ASPX: Request.Form...). */
static bool request_member(const ev *e, const char *m)
{
	return in_list(e->lang->sources, m);
}

static bool stmt_end(const ev *e, const ws_tok *t)
{
	return t->kind == WS_T_EOF || t->kind == WS_T_NL || is_op(t, ";") || is_op(t, "}") || is_op(t, ")") ||
		(e->lang->syntax == WS_VB && is_op(t, ","));
}

/* VBScript calls without parentheses: Execute Request("x"), obj.Run cmd. */
static bool vb_bare_args(const ev *e)
{
	if (e->lang->syntax != WS_VB)
		return false;
	const ws_tok *t = tk(e, 0);
	if (t->kind == WS_T_STR || t->kind == WS_T_VAR || t->kind == WS_T_NUM)
		return true;
	if (t->kind == WS_T_IDENT) {
		const char *w = txt(e, t);
		return strcmp(w, "then") && strcmp(w, "to") && strcmp(w, "and") && strcmp(w, "or") && strcmp(w, "xor") &&
			strcmp(w, "mod") && strcmp(w, "is") && strcmp(w, "step") && strcmp(w, "else");
	}
	return false;
}

static int vb_stmt_args(ev *e, val *args)
{
	int n = 0;
	while (!e->err && !stmt_end(e, tk(e, 0))) {
		size_t before = e->i;
		val v;
		memset(&v, 0, sizeof(v));
		expr(e, &v);
		if (n < WS_MAX_ARGS)
			args[n++] = v;
		else
			val_free(&v);
		if (is_op(tk(e, 0), ","))
			advance(e);
		else if (e->i == before)
			break;
	}
	return n;
}

static void primary(ev *e, val *out, char *lvalue);

/* Member access, indexing and calls after a primary. */
static void postfix(ev *e, val *v, char *lvalue)
{
	while (!e->err) {
		const ws_tok *t = tk(e, 0);
		unsigned line = t->line;
		if (is_op(t, "[") || (e->lang->syntax == WS_PHP && is_op(t, "{") && (v->input || v->s || v->server))) {
			const char *close = is_op(t, "[") ? "]" : "}";
			advance(e);
			val idx;
			memset(&idx, 0, sizeof(idx));
			if (!is_op(tk(e, 0), close))
				expr(e, &idx);
			if (is_op(tk(e, 0), close))
				advance(e);
			val r;
			memset(&r, 0, sizeof(r));
			if (v->server && idx.s && server_key_input(idx.s)) {
				char src[48];
				snprintf(src, sizeof(src), "$_SERVER[%.30s]", idx.s);
				set_input(&r, src);
			} else if (!strcmp(v->ident, "globals") && idx.s) {
				char nm[WS_NAME];
				snprintf(nm, sizeof(nm), "%s", idx.s);
				for (char *p = nm; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				php_var(e, nm, &r);
			} else if (v->request) {
				set_input(&r, e->lang->syntax == WS_PHP ? "request" : "Request[...]");
			} else if (v->s && idx.s && idx.num) {
				size_t k = strtoul(idx.s, NULL, 10);
				if (k < v->len)
					val_const(e, &r, v->s + k, 1);
			}
			taint_from(&r, v);
			if (lvalue && v->ident[0] && !v->request)
				snprintf(lvalue, WS_NAME, "[%.60s", v->ident);   /* $a['k'] = ... adds to $a */
			val_free(&idx);
			val_free(v);
			*v = r;
			continue;
		}
		if (is_op(t, "(")) {
			/* calling a value: $f(...), $_GET['a'](...), m.invoke */
			advance(e);
			val args[WS_MAX_ARGS];
			int n = args_until(e, ")", args);
			val r;
			memset(&r, 0, sizeof(r));
			if (tainted(v)) {
				val who = *v;
				hit(e, WS_SINK_CALLABLE, "a function named by the request", &who, NULL, line);
			}
			for (int k = 0; v->lambda && k < n && k < 32; k++) {
				if ((v->lambda_pmask >> k & 1) && tainted(&args[k]))
					hit(e, (ws_sink_kind)(v->lambda - 1), "code made by create_function()", &args[k], NULL, line);
				/* a loader: create_function('$x', 'eval(...$x...)') called on a blob */
				if ((v->lambda_pmask >> k & 1) && v->lambda - 1 == WS_SINK_CODE && !e->cur && packed_const(&args[k]))
					decoded_const_hit(e, "code made by create_function()", args[k].len, NULL, line);
			}
			if (v->s && v->len < WS_NAME) {
				char nm[WS_NAME];
				snprintf(nm, sizeof(nm), "%s", v->s);
				for (char *p = nm; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				call(e, nm, NULL, args, n, line, false, &r);
			} else {
				propagate(&r, v, args, n);
			}
			args_free(args, n);
			val_free(v);
			*v = r;
			if (lvalue)
				lvalue[0] = 0;
			continue;
		}
		bool member = is_op(t, "->") || is_op(t, "::") || (e->lang->syntax != WS_PHP && is_op(t, "."));
		if (member && tk(e, 1)->kind == WS_T_IDENT) {
			char name[WS_NAME];
			snprintf(name, sizeof(name), "%s", txt(e, tk(e, 1)));
			advance(e);
			advance(e);
			val r;
			memset(&r, 0, sizeof(r));
			if (is_op(tk(e, 0), "(") || vb_bare_args(e)) {
				val args[WS_MAX_ARGS];
				int n;
				if (is_op(tk(e, 0), "(")) {
					advance(e);
					n = args_until(e, ")", args);
				} else {
					n = vb_stmt_args(e, args);
				}
				call(e, name, v, args, n, line, true, &r);
				args_free(args, n);
				if (lvalue)
					lvalue[0] = 0;
			} else {
				/* property: Request.Form, HttpContext.Current.Request */
				if (!strcmp(name, "request"))
					r.request = true;
				else if (v->request && request_member(e, name)) {
					char src[48];
					snprintf(src, sizeof(src), "Request.%.30s", name);
					set_input(&r, src);
				} else if (v->request && (!strcmp(name, "servervariables") || !strcmp(name, "headers"))) {
					r.server = true;   /* only HTTP_* keys */
				} else {
					taint_from(&r, v);
				}
				snprintf(r.ident, sizeof(r.ident), "%s", name);
				if (lvalue)
					snprintf(lvalue, WS_NAME, ".%.60s", name);   /* psi.Arguments = ... */
			}
			val_free(v);
			*v = r;
			continue;
		}
		break;
	}
}

/* What the function being summarised returns carries v's parameters and input. */
static void returns(ev *e, const val *v)
{
	if (!e->cur)
		return;
	e->cur->ret_pmask |= v->pmask;
	if (v->input && !e->cur->ret_input) {
		e->cur->ret_input = true;
		memcpy(e->cur->ret_src, v->src, sizeof(e->cur->ret_src));
	}
}

static bool php_cast(const char *w)
{
	static const char *const c[] = { "string", "int", "integer", "array", "object", "bool", "boolean", "float", "double", "binary", NULL };
	return in_list(c, w);
}

/* Skips a balanced group starting at an opening token. */
static void skip_group(ev *e, const char *open, const char *close)
{
	int d = 0;
	while (tk(e, 0)->kind != WS_T_EOF) {
		if (is_op(tk(e, 0), open))
			d++;
		else if (is_op(tk(e, 0), close) && --d <= 0) {
			advance(e);
			return;
		}
		if (!advance(e))
			return;
	}
}

static const char *const skip_words_vb[] = { "dim", "set", "call", "private", "public", "const", "redim", "preserve",
	"byval", "byref", "then", "else", "elseif", "end", "if", "function", "sub", "next", "wend", "loop", "do", "while",
	"for", "each", "in", "to", "step", "select", "case", "with", "option", "explicit", "on", "error", "resume", "exit",
	"new", "let", "get", "property", "class", "until", "not", NULL };

static void primary(ev *e, val *out, char *lvalue)
{
	memset(out, 0, sizeof(*out));
	const ws_tok *t = tk(e, 0);
	unsigned line = t->line;
	if (lvalue)
		lvalue[0] = 0;
	switch (t->kind) {
	case WS_T_STR:
		val_const(e, out, txt(e, t), t->len);
		advance(e);
		break;
	case WS_T_NUM:
		val_const(e, out, txt(e, t), t->len);
		out->num = true;
		advance(e);
		break;
	case WS_T_VAR: {
		char name[WS_NAME];
		snprintf(name, sizeof(name), "%s", txt(e, t));
		advance(e);
		php_var(e, name, out);
		if (lvalue)
			snprintf(lvalue, WS_NAME, "%s", name);
		break;
	}
	case WS_T_IDENT: {
		char w[WS_NAME];
		snprintf(w, sizeof(w), "%s", txt(e, t));
		advance(e);
		if (e->lang->syntax == WS_VB && in_list(skip_words_vb, w) && strcmp(w, "new")) {
			if (!strcmp(w, "end") || !strcmp(w, "exit"))
				advance(e);   /* End Function, Exit Sub */
			return;
		}
		if (!strcmp(w, "new")) {
			/* new a.b.C(args) / New-less: constructor named by its last part */
			char cls[WS_NAME] = "";
			val dyn;
			memset(&dyn, 0, sizeof(dyn));
			if (tk(e, 0)->kind == WS_T_VAR)
				primary(e, &dyn, NULL);
			while (tk(e, 0)->kind == WS_T_IDENT) {
				snprintf(cls, sizeof(cls), "%s", txt(e, tk(e, 0)));
				advance(e);
				if (!is_op(tk(e, 0), ".") && !is_op(tk(e, 0), "::"))
					break;
				advance(e);
			}
			if (is_op(tk(e, 0), "<"))
				skip_group(e, "<", ">");
			val args[WS_MAX_ARGS];
			int n = 0;
			if (is_op(tk(e, 0), "(")) {
				advance(e);
				n = args_until(e, ")", args);
			}
			val_free(&dyn);   /* a request-named class is not code running */
			if (cls[0])
				call(e, cls, NULL, args, n, line, false, out);
			args_free(args, n);
			break;
		}
		if (e->lang->syntax == WS_PHP && (!strcmp(w, "function") || !strcmp(w, "fn"))) {
			/* definitions were summarised up front; the body runs as code */
			if (tk(e, 0)->kind == WS_T_IDENT)
				advance(e);
			if (is_op(tk(e, 0), "("))
				skip_group(e, "(", ")");
			if (is_ident(e, tk(e, 0), "use"))
				advance(e), skip_group(e, "(", ")");
			return;
		}
		if (e->lang->syntax == WS_PHP && (!strcmp(w, "array") || !strcmp(w, "list")) && is_op(tk(e, 0), "(")) {
			advance(e);
			size_t first = e->i;
			val args[WS_MAX_ARGS];
			int n = args_until(e, ")", args);
			if (!strcmp(w, "list") && is_op(tk(e, 0), "=")) {
				/* list($k, $v) = each($_COOKIE): every name gets the value's taint */
				size_t last = e->i;
				advance(e);
				val rhs;
				expr(e, &rhs);
				for (size_t k = first; k < last && k < e->lx->n; k++)
					if (e->lx->toks[k].kind == WS_T_VAR) {
						val lv;
						memset(&lv, 0, sizeof(lv));
						taint_from(&lv, &rhs);
						var_set(e, txt(e, &e->lx->toks[k]), &lv, false);
					}
				args_free(args, n);
				val_free(out);
				*out = rhs;
				break;
			}
			propagate(out, NULL, args, n);
			if (n == 1 && args[0].s)   /* array('assert') used as a callable */
				val_copy(e, out, &args[0]), taint_from(out, &args[0]);
			args_free(args, n);
			break;
		}
		if (!strcmp(w, "request") || (e->lang->syntax == WS_CLIKE && !strcmp(w, "req"))) {
			out->request = true;
			snprintf(out->ident, sizeof(out->ident), "%s", w);
			if (is_op(tk(e, 0), "(") || (e->lang->syntax == WS_VB && tk(e, 0)->kind == WS_T_STR)) {
				/* ASP Request("x") */
				val args[WS_MAX_ARGS];
				int n = 0;
				if (is_op(tk(e, 0), "(")) {
					advance(e);
					n = args_until(e, ")", args);
				} else {
					n = vb_stmt_args(e, args);
				}
				args_free(args, n);
				memset(out, 0, sizeof(*out));
				set_input(out, "Request(...)");
			}
			break;
		}
		bool php_construct = e->lang->syntax == WS_PHP &&
			(!strcmp(w, "include") || !strcmp(w, "include_once") || !strcmp(w, "require") || !strcmp(w, "require_once") ||
			 !strcmp(w, "print") || !strcmp(w, "echo") || !strcmp(w, "return") || !strcmp(w, "eval"));
		if (is_op(tk(e, 0), "(") && !(php_construct && strcmp(w, "eval") && strcmp(w, "print"))) {
			advance(e);
			val args[WS_MAX_ARGS];
			int n = args_until(e, ")", args);
			if (e->lang->syntax == WS_VB && (!strcmp(w, "session") || !strcmp(w, "application")) && n == 1 &&
			    args[0].s && args[0].len < WS_NAME - 16) {
				/* Session("k") and Application("k") hold values across
				 * statements like variables (loaders park decoded code
				 * there before they Execute it) */
				char nm[WS_NAME];
				snprintf(nm, sizeof(nm), "%.12s(%.40s)", w, args[0].s);
				for (char *p = nm; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				args_free(args, n);
				var *x = var_find(e, nm);
				if (x)
					val_copy(e, out, &x->v);
				if (lvalue)
					snprintf(lvalue, WS_NAME, "%s", nm);
				break;
			}
			if (!strcmp(w, "return") && n)
				returns(e, &args[0]);
			call(e, w, NULL, args, n, line, false, out);
			args_free(args, n);
			break;
		}
		if (php_construct || (e->lang->syntax != WS_VB && !strcmp(w, "return")) ||
		    (e->lang->syntax == WS_VB && vb_bare_args(e) && !var_find(e, w))) {
			/* include $x; return $x; Execute Request("x") */
			val args[WS_MAX_ARGS];
			int n;
			if (e->lang->syntax == WS_VB) {
				n = vb_stmt_args(e, args);
			} else {
				n = 1;
				memset(&args[0], 0, sizeof(args[0]));
				expr(e, &args[0]);
			}
			if (!strcmp(w, "return") && n) {
				returns(e, &args[0]);
				args_free(args, n);
				return;
			}
			call(e, w, NULL, args, n, line, false, out);
			args_free(args, n);
			break;
		}
		/* a name: variable (Java, C#, VB) or constant (PHP define) */
		if (e->lang->syntax == WS_PHP && !strcmp(w, "__file__")) {
			out->self_path = true;   /* the page's own path */
			break;
		}
		var *x = var_find(e, w);
		if (x)
			val_copy(e, out, &x->v);
		else if (e->lang->syntax == WS_PHP && sink_find(e, w, false))
			val_const(e, out, w, strlen(w));   /* $f = passthru;: an undefined constant is its own name */
		snprintf(out->ident, sizeof(out->ident), "%s", w);
		if (lvalue)
			snprintf(lvalue, WS_NAME, "%s", w);
		break;
	}
	case WS_T_OP:
		if (is_op(t, "(")) {
			advance(e);
			if (e->lang->syntax == WS_PHP && tk(e, 0)->kind == WS_T_IDENT && php_cast(txt(e, tk(e, 0))) && is_op(tk(e, 1), ")")) {
				bool numeric = strcmp(txt(e, tk(e, 0)), "string") && strcmp(txt(e, tk(e, 0)), "array") &&
					strcmp(txt(e, tk(e, 0)), "object") && strcmp(txt(e, tk(e, 0)), "binary");
				advance(e), advance(e);   /* (string) $x */
				primary(e, out, NULL);
				postfix(e, out, NULL);
				if (numeric) {   /* (int) $_GET['n'] is a number, not code */
					val_free(out);
				}
				return;
			}
			if (e->lang->syntax == WS_CLIKE && tk(e, 0)->kind == WS_T_IDENT) {
				/* a cast: (String) request.getParameter("c"), (byte[]) o,
				 * (java.lang.String) x; the value is the operand's */
				size_t k = 1;
				while (is_op(tk(e, k), ".") && tk(e, k + 1)->kind == WS_T_IDENT)
					k += 2;
				while (is_op(tk(e, k), "[") && is_op(tk(e, k + 1), "]"))
					k += 2;
				const ws_tok *after = tk(e, k + 1);
				if (is_op(tk(e, k), ")") && (after->kind == WS_T_IDENT || after->kind == WS_T_VAR || after->kind == WS_T_STR ||
							    after->kind == WS_T_NUM || is_op(after, "("))) {
					static const char *const numeric[] = { "int", "long", "short", "byte", "double", "float", "boolean",
									       "char", NULL };
					bool num = k == 1 && in_list(numeric, txt(e, tk(e, 0)));
					for (size_t j = 0; j <= k; j++)
						advance(e);
					primary(e, out, NULL);
					postfix(e, out, NULL);
					if (num)   /* (int) request.getParameter("n") is a number, not code */
						val_free(out);
					return;
				}
			}
			expr(e, out);
			/* (a, b): keep the taint of all of them */
			while (is_op(tk(e, 0), ",")) {
				advance(e);
				val more;
				expr(e, &more);
				taint_from(out, &more);
				val_free(&more);
			}
			if (is_op(tk(e, 0), ")"))
				advance(e);
			break;
		}
		if (is_op(t, "[") || (is_op(t, "{") && e->lang->syntax == WS_CLIKE && e->i > 0 &&
				     e->lx->toks[e->i - 1].kind == WS_T_OP && (is_op(&e->lx->toks[e->i - 1], "=") || is_op(&e->lx->toks[e->i - 1], "]")))) {
			/* [a, b] (PHP), {a, b} (Java/C# array initializer) */
			bool brace = is_op(t, "{");
			advance(e);
			val args[WS_MAX_ARGS];
			int n = args_until(e, brace ? "}" : "]", args);
			propagate(out, NULL, args, n);
			args_free(args, n);
			break;
		}
		if (is_op(t, "$") && e->lang->syntax == WS_PHP) {
			/* variable variables: ${"_PO"."ST"}, $$name */
			advance(e);
			val nm;
			memset(&nm, 0, sizeof(nm));
			if (is_op(tk(e, 0), "{")) {
				advance(e);
				expr(e, &nm);
				if (is_op(tk(e, 0), "}"))
					advance(e);
			} else {
				primary(e, &nm, NULL);
			}
			if (nm.s && nm.len < WS_NAME) {
				char name[WS_NAME];
				snprintf(name, sizeof(name), "%s", nm.s);
				for (char *p = name; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				php_var(e, name, out);
				if (lvalue)
					snprintf(lvalue, WS_NAME, "%s", name);
			} else {
				taint_from(out, &nm);
			}
			val_free(&nm);
			break;
		}
		if (is_op(t, "@") || is_op(t, "!") || is_op(t, "-") || is_op(t, "+") || is_op(t, "~") || is_op(t, "&") || is_op(t, "*")) {
			bool keep = is_op(t, "@") || is_op(t, "&") || is_op(t, "+");
			advance(e);
			if (e->rec < WS_MAX_RECURSION) {
				e->rec++;
				primary(e, out, lvalue);
				postfix(e, out, lvalue);
				e->rec--;
			}
			if (!keep) {
				free(out->s);
				out->s = NULL;
				out->len = 0;
			}
			break;
		}
		break;
	default:
		break;
	}
}

static bool concat_op(const ev *e, const ws_tok *t)
{
	switch (e->lang->syntax) {
	case WS_PHP: return is_op(t, ".");
	case WS_CLIKE: return is_op(t, "+");
	case WS_VB: return is_op(t, "&") || is_op(t, "+");
	}
	return false;
}

static bool binary_op(const ev *e, const ws_tok *t)
{
	static const char *const ops[] = { "+", "-", "*", "/", "%", "|", "^", "&", "&&", "||", "==", "!=", "<>", "<", ">", "<=",
		">=", "??", "<<", ">>", "?", ":", "=>", "instanceof", NULL };
	if (t->kind == WS_T_OP)
		return in_list(ops, t->op) && !(e->lang->syntax == WS_VB && !strcmp(t->op, ":"));
	if (t->kind == WS_T_IDENT) {
		static const char *const words[] = { "and", "or", "xor", "mod", "is", "instanceof", "andalso", "orelse", NULL };
		return in_list(words, txt(e, t));
	}
	return false;
}

static bool compare_op(const ws_tok *t)
{
	return t->kind == WS_T_OP && (!strcmp(t->op, "==") || !strcmp(t->op, "!=") || !strcmp(t->op, "<>") ||
		!strcmp(t->op, "<") || !strcmp(t->op, ">") || !strcmp(t->op, "<=") || !strcmp(t->op, ">=") ||
		!strcmp(t->op, "&&") || !strcmp(t->op, "||"));
}

static void assign(ev *e, const char *lvalue, const val *v, bool append, unsigned line)
{
	if (lvalue[0] == '.') {
		/* member assignment: psi.Arguments = request data */
		const ws_sink *s = sink_find(e, lvalue, true);
		if (s)
			hit(e, s->kind, lvalue + 1, v, NULL, line);
		return;
	}
	if (lvalue[0] == '[') {
		var_set(e, lvalue + 1, v, true);
		return;
	}
	var_set(e, lvalue, v, append);
	/* VB functions return by assigning their own name */
	if (e->cur && !strcmp(lvalue, e->cur->name))
		returns(e, v);
}

/* PHP: the statement starting at token `start` only runs under a
 * condition (`if (...) $x = ...;`, `else $x = ...;`). */
static bool stmt_guarded(const ev *e, size_t start)
{
	if (e->lang->syntax != WS_PHP || start == 0 || start > e->lx->n)
		return false;
	const ws_tok *t = &e->lx->toks[start - 1];
	if (t->kind == WS_T_IDENT && !strcmp(ws_tok_text(e->lx, t), "else"))
		return true;
	if (!is_op(t, ")"))
		return false;
	int depth = 0;
	for (size_t k = start; k-- > 0;) {
		const ws_tok *q = &e->lx->toks[k];
		if (is_op(q, ")"))
			depth++;
		else if (is_op(q, "(") && --depth == 0) {
			if (k == 0 || e->lx->toks[k - 1].kind != WS_T_IDENT)
				return false;
			const char *w = ws_tok_text(e->lx, &e->lx->toks[k - 1]);
			return !strcmp(w, "if") || !strcmp(w, "elseif");
		}
	}
	return false;
}

/* PHP: the statement starting at `start` stands in a braced block that
 * runs under a condition (`if (...) { ... }`, `else { ... }`). */
static bool block_guarded(const ev *e, size_t start)
{
	if (e->lang->syntax != WS_PHP || start > e->lx->n)
		return false;
	int depth = 0;
	for (size_t k = start; k-- > 0;) {
		const ws_tok *q = &e->lx->toks[k];
		if (is_op(q, "}"))
			depth++;
		else if (is_op(q, "{") && depth-- == 0)
			return stmt_guarded(e, k);
	}
	return false;
}

/* The page read `name` from the query string (register_globals) before. */
static bool rg_was_read(const ev *e, const char *name)
{
	for (size_t k = 0; k < e->n_rg_read; k++)
		if (!strcmp(e->rg_read[k], name))
			return true;
	return false;
}

static void expr(ev *e, val *out)
{
	size_t start = e->i;
	memset(out, 0, sizeof(*out));
	if (e->rec >= WS_MAX_RECURSION) {
		truncated(e, "expression nesting over 200");
		advance(e);
		return;
	}
	e->rec++;
	char lvalue[WS_NAME];
	size_t rg_before = e->n_rg_read;
	primary(e, out, lvalue);
	postfix(e, out, lvalue);
	const ws_tok *t = tk(e, 0);
	if (t->kind == WS_T_OP && (!strcmp(t->op, "=") || !strcmp(t->op, ".=") || !strcmp(t->op, "+=") || !strcmp(t->op, "&="))) {
		bool append = strcmp(t->op, "=") != 0;
		if (!append)   /* the target of `=` was parsed as a read: it is not one */
			e->n_rg_read = rg_before;
		unsigned line = t->line;
		advance(e);
		val rhs;
		expr(e, &rhs);
		/* branches are not merged, but a value set only under a condition
		 * does not wash out request input the variable held before */
		var *old = lvalue[0] && lvalue[0] != '.' && lvalue[0] != '[' && !append && !tainted(&rhs) ? var_find(e, lvalue) : NULL;
		bool keep = old && tainted(&old->v) && (size_t)(old - e->vars) >= e->scope && stmt_guarded(e, start);
		/* a page-level variable the page read from the query string
		 * (register_globals) and then sets to a constant only in a branch
		 * (`if (...) { $command = ""; }`) is still the request's on
		 * every other path: later reads keep inferring it */
		if (!keep && !old && lvalue[0] && lvalue[0] != '.' && lvalue[0] != '[' && !append && !tainted(&rhs) &&
			!e->cur && !e->in_body && rg_was_read(e, lvalue) && (stmt_guarded(e, start) || block_guarded(e, start)))
			keep = true;
		if (lvalue[0] && !keep)
			assign(e, lvalue, &rhs, append, line);
		val_free(out);
		*out = rhs;
		e->rec--;
		return;
	}
	while (!e->err && (concat_op(e, tk(e, 0)) || binary_op(e, tk(e, 0)))) {
		bool cat = concat_op(e, tk(e, 0));
		bool cmp = compare_op(tk(e, 0));
		bool plus_nums = is_op(tk(e, 0), "+");
		advance(e);
		val rhs;
		memset(&rhs, 0, sizeof(rhs));
		char lv2[WS_NAME];
		primary(e, &rhs, lv2);
		postfix(e, &rhs, lv2);
		/* "" . $x (an interpolated "$x/..." starts so) fixes nothing before $x */
		bool empty_left = !tainted(out) && out->s && !out->len;
		if (cat && plus_nums && out->num && rhs.num && out->s && rhs.s) {
			/* 100+1 inside chr() */
			char num[32];
			int n = snprintf(num, sizeof(num), "%lu", strtoul(out->s, NULL, 10) + strtoul(rhs.s, NULL, 10));
			val_free(out);
			val_const(e, out, num, (size_t)n);
			out->num = true;
		} else if (cat && out->s && rhs.s && out->len + rhs.len <= WS_STR_MAX) {
			char *ns = realloc(out->s, out->len + rhs.len + 1);
			if (!ns) {
				e->err = dd_error_oom();
			} else {
				memcpy(ns + out->len, rhs.s, rhs.len);
				out->len += rhs.len;
				ns[out->len] = 0;
				out->s = ns;
				out->num = false;
			}
		} else {
			free(out->s);
			out->s = NULL;
			out->len = 0;
			out->num = false;
		}
		if (cmp) {
			out->input = false;
			out->pmask = 0;
		} else if (cat) {
			/* 'dir/' . $x: the input no longer starts the string; $x . '.php': no longer ends it */
			bool lt = tainted(out), rt = tainted(&rhs);
			bool head = lt ? out->head : empty_left ? rhs.head : rt, tail = rt ? rhs.tail : lt;
			bool weak = lt && rt ? out->weak && rhs.weak : lt ? out->weak : rhs.weak;
			taint_from(out, &rhs);
			out->head = head;
			out->tail = tail;
			out->weak = weak;
		} else {
			taint_from(out, &rhs);
		}
		out->request = out->server = false;
		out->ident[0] = 0;
		if (cat)   /* dirname(__FILE__) . '/x.php' still names a page */
			out->page_file = rhs.s ? page_name(&rhs) : rhs.page_file;
		val_free(&rhs);
	}
	e->rec--;
}

/* ---- calls: transforms, sources, sinks, user functions ---- */

/* A constant naming a server page: what is written there runs. */
static bool page_name(const val *v)
{
	static const char *const exts[] = { ".php", ".phtml", ".php5", ".asp", ".aspx", ".asa", ".cer", ".ashx", ".asmx", ".jsp",
		".jspx", NULL };
	if (!v->s)
		return false;
	const char *dot = strrchr(v->s, '.');
	for (size_t k = 0; dot && exts[k]; k++)
		if (!strcasecmp(dot, exts[k]))
			return true;
	return false;
}

static const char *const write_methods[] = { "write", "writeline", "println", "print", "fwrite", "fputs", "writetext", NULL };


static bool php_input_stream(const val *args, int n)
{
	return n > 0 && args[0].s && !strncasecmp(args[0].s, "php://input", 11);
}

static void analyze_code(ev *e, const ws_lang *lang, const char *code, size_t len, unsigned line, bool page);
static void lambda_summary(ev *e, val *out, const val *params, const val *body);

/* A constant holding a server page (a dropper writing its payload): the
 * page it holds is analysed like the file itself. */
static void embedded_pages(ev *e, const val *args, int nargs, unsigned line)
{
	for (int k = 0; k < nargs && !e->cur; k++) {
		const char *s = args[k].s;
		if (!s || args[k].len < 12)
			continue;
		bool asp_tags = memmem(s, args[k].len, "<%", 2) != NULL;
		if (asp_tags || (e->lang->syntax == WS_PHP && memmem(s, args[k].len, "<?php", 5)))
			analyze_code(e, e->lang, s, args[k].len, line, true);
		/* an ASP.NET handler writing out a classic ASP page: that page
		 * runs as VBScript, so read it as such too */
		if (asp_tags && e->lang->dropped)
			analyze_code(e, e->lang->dropped, s, args[k].len, line, true);
	}
}

static void sink_call(ev *e, const ws_sink *s, const char *name, val *recv, val *args, int nargs, unsigned line)
{
	char label[48];
	snprintf(label, sizeof(label), "%s()", name);
	if (s->flags & (WS_F_CALLBACK | WS_F_CALLBACK2)) {
		int ci = s->flags & WS_F_CALLBACK ? 0 : 1;
		if (ci >= nargs)
			return;
		val *cb = &args[ci];
		if (tainted(cb))
			hit(e, WS_SINK_CALLABLE, label, cb, NULL, line);
		if (cb->s && cb->len < WS_NAME) {
			/* call_user_func('assert', $x): the named sink with the rest */
			char nm[WS_NAME];
			snprintf(nm, sizeof(nm), "%s", cb->s);
			for (char *p = nm; *p; p++)
				*p = (char)tolower((unsigned char)*p);
			const ws_sink *inner = sink_find(e, nm, false);
			if (inner && !(inner->flags & (WS_F_CALLBACK | WS_F_CALLBACK2))) {
				val rest[WS_MAX_ARGS];
				int m = 0;
				for (int k = 0; k < nargs; k++)
					if (k != ci)
						rest[m++] = args[k];
				char l2[64];
				snprintf(l2, sizeof(l2), "%.20s() via %.20s()", nm, name);
				for (int k = 0; k < m; k++)
					if (tainted(&rest[k]))
						hit(e, inner->kind, l2, &rest[k], NULL, line);
			}
			func *f = func_find(e, nm);
			if (f)
				for (int k = 0, m = 0; k < nargs && m < f->nparams; k++)
					if (k != ci && (f->sink_pmask >> m++ & 1) && tainted(&args[k]))
						hit(e, f->sink_kind, f->sink, &args[k], f->name, line);
		}
		return;
	}
	if (s->flags & WS_F_PREG) {
		if (nargs < 2)
			return;
		if (tainted(&args[0]) && !args[0].tail) {
			/* the request picks the modifiers, /e included */
			hit(e, WS_SINK_CODE, "preg_replace() with a request-chosen pattern", &args[0], NULL, line);
			return;
		}
		if (args[0].s) {
			const char *p = args[0].s;
			char delim = p[0] == '(' ? ')' : p[0] == '{' ? '}' : p[0] == '[' ? ']' : p[0];
			const char *last = strrchr(p + 1, delim);
			if (last && strchr(last + 1, 'e')) {
				for (int k = 1; k < nargs; k++)
					if (tainted(&args[k]))
						hit(e, WS_SINK_CODE, "preg_replace() with /e", &args[k], NULL, line);
				/* a constant replacement is code the call runs, as eval's
				 * argument is: preg_replace("/.*\/e", "eval(gzinflate(...))", "") */
				if (!e->cur && args[1].s && args[1].len > 4)
					analyze_code(e, e->lang, args[1].s, args[1].len, line, false);
			}
		}
		return;
	}
	if (s->flags & WS_F_TWO) {
		if (nargs >= 2 && tainted(&args[0]) && tainted(&args[1])) {
			val both = args[0];
			hit(e, s->kind, label, args[0].input ? &args[0] : &args[1], NULL, line);
			(void)both;
		}
		return;
	}
	int lim = s->flags & WS_F_ARG0 ? (nargs > 0 ? 1 : 0) : nargs;
	for (int k = 0; k < lim; k++)
		if (tainted(&args[k])) {
			val a = args[k];
			if (s->flags & WS_F_ANYPART)
				a.head = false;   /* a fixed directory in front does not make it an application's */
			hit(e, s->kind, label, &a, NULL, line);
		}
	/* fil.CreateText() on a FileInfo of a request path */
	if (recv && (s->kind == WS_SINK_CLASSLOAD || s->kind == WS_SINK_FILE) && tainted(recv))
		hit(e, s->kind, label, recv, NULL, line);
	/* code sinks with a constant: the code it decodes to runs */
	if (s->kind == WS_SINK_CODE && !e->cur)
		for (int k = 0; k < lim; k++)
			if (args[k].s && args[k].len > 4)
				analyze_code(e, e->lang, args[k].s, args[k].len, line, false);
	/* ... and with what a page function made of a long constant that the
	 * evaluator could not fold (a cipher loop): a packed payload runs */
	if (s->kind == WS_SINK_CODE && !e->cur)
		for (int k = 0; k < lim; k++) {
			if (!args[k].s && !tainted(&args[k]) && args[k].blob >= WS_BLOB_MIN)
				decoded_const_hit(e, label, args[k].blob, NULL, line);
			else if (!tainted(&args[k]) && args[k].self_data)
				decoded_hit(e, label, "the page's own file (__FILE__)", NULL, line);
		}
}

static void call(ev *e, const char *name, val *recv, val *args, int nargs, unsigned line, bool method, val *out)
{
	memset(out, 0, sizeof(*out));
	if (e->err)
		return;
	/* Java reflection: m = X.getDeclaredMethod("defineClass"); m.invoke(o, b) */
	if (method && recv && recv->method_ref[0] && !strcmp(name, "invoke")) {
		const ws_sink *s = sink_find(e, recv->method_ref, true);
		if (s)
			sink_call(e, s, recv->method_ref, NULL, nargs > 1 ? args + 1 : args, nargs > 1 ? nargs - 1 : 0, line);
		propagate(out, NULL, args, nargs);
		return;
	}
	if (method && (!strcmp(name, "getdeclaredmethod") || !strcmp(name, "getmethod")) && nargs && args[0].s) {
		char nm[WS_NAME];
		snprintf(nm, sizeof(nm), "%s", args[0].s);
		for (char *p = nm; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		if (sink_find(e, nm, true))
			snprintf(out->method_ref, sizeof(out->method_ref), "%s", nm);
		return;
	}
	/* sources */
	if (recv && recv->request && request_member(e, name)) {
		char src[48];
		snprintf(src, sizeof(src), "%.20s.%.24s", e->lang->syntax == WS_VB ? "Request" : recv->ident[0] ? recv->ident : "request", name);
		set_input(out, src);
		return;
	}
	if (recv && recv->server && nargs && args[0].s && server_key_input(args[0].s)) {
		set_input(out, "HTTP header");
		return;
	}
	if (!method && in_list(e->lang->sources, name) && e->lang->syntax == WS_PHP) {
		set_input(out, name);   /* getallheaders() */
		return;
	}
	if (e->lang->syntax == WS_PHP && !strcmp(name, "getenv") && nargs && args[0].s && server_key_input(args[0].s)) {
		set_input(out, "getenv(HTTP_*)");
		return;
	}
	if (e->lang->syntax == WS_PHP && (!strcmp(name, "extract") || !strcmp(name, "import_request_variables") ||
					   (!strcmp(name, "parse_str") && nargs == 1)) && nargs && tainted(&args[0]) && !args[0].weak && !e->cur) {
		/* every variable the page did not set may now come from the request */
		snprintf(e->extract_src, sizeof(e->extract_src), "%s(%.30s)", name, args[0].src);
		return;
	}
	if (e->lang->syntax == WS_PHP && (!strcmp(name, "file_get_contents") || !strcmp(name, "fopen") || !strcmp(name, "file") ||
					   !strcmp(name, "stream_get_contents")) && php_input_stream(args, nargs)) {
		set_input(out, "php://input");
		return;
	}
	if (e->lang->syntax == WS_PHP && !strcmp(name, "define") && nargs >= 2 && args[0].s && args[0].len < WS_NAME) {
		char nm[WS_NAME];
		snprintf(nm, sizeof(nm), "%s", args[0].s);
		for (char *p = nm; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		var_set(e, nm, &args[1], false);
		return;
	}
	/* the page's own bytes: fopen(__FILE__) / file_get_contents(__FILE__)
	 * (encoders keep the payload after the code and decode it at run
	 * time); what is read through the handle carries self_data along */
	if (e->lang->syntax == WS_PHP && nargs && args[0].self_path &&
	    (!strcmp(name, "fopen") || !strcmp(name, "file_get_contents") || !strcmp(name, "file")))
		out->self_data = true;
	embedded_pages(e, args, nargs, line);
	/* request data written into a server page: x = CreateTextFile("a.asp"); x.Write(Request("t")) */
	bool to_page = false;
	for (int k = 0; k < nargs; k++)
		to_page |= page_name(&args[k]) || args[k].page_file;
	if (in_list(write_methods, name) || !strcmp(name, "file_put_contents")) {
		bool handle = (method && recv && recv->page_file) || (!method && nargs && (args[0].page_file || page_name(&args[0])));
		if (!handle && !method && nargs >= 2 && args[0].req_path) {
			/* $h = fopen($_POST['path'], 'w'); fwrite($h, $_POST['text']): the request writes any file */
			for (int k = 1; k < nargs; k++)
				if (tainted(&args[k])) {
					char l[64];
					snprintf(l, sizeof(l), "%.30s() to a request-chosen path", name);
					hit(e, WS_SINK_FILE, l, &args[k], NULL, line);
				}
		}
		for (int k = handle && !method ? 1 : 0; handle && k < nargs; k++)
			if (tainted(&args[k])) {
				char l[64];
				snprintf(l, sizeof(l), "%.40s() into a server page", name);
				hit(e, WS_SINK_FILE, l, &args[k], NULL, line);
			}
	}
	/* an upload saved under a fixed script name drops a new page:
	 * move_uploaded_file($f, "x.php") (the upload is the client's file
	 * even when register_globals named it), copy($_FILES.., "x.php") */
	if (e->lang->syntax == WS_PHP && !e->cur && nargs >= 2 && page_name(&args[1]) &&
	    (!strcmp(name, "move_uploaded_file") || (!strcmp(name, "copy") && tainted(&args[0])))) {
		val up;
		memset(&up, 0, sizeof(up));
		set_input(&up, args[0].input ? args[0].src : "an uploaded file");
		char l[64];
		snprintf(l, sizeof(l), "%.30s() into a server page", name);
		hit(e, WS_SINK_FILE, l, &up, NULL, line);
	}
	if (e->lang->syntax == WS_PHP && !strcmp(name, "create_function") && nargs >= 2 && args[0].s && args[1].s)
		lambda_summary(e, out, &args[0], &args[1]);
	/* user functions (and methods of the page's own classes) */
	func *f = func_for_call(e, name, nargs);
	/* sinks: "receiver.name" first (process.start), then the bare name;
	 * not for a call of the page's own function (this.exec(db, sql) of a
	 * page's database class is no Runtime.exec) */
	const ws_sink *s = NULL;
	bool own = f && f != e->cur && e->lang->syntax == WS_CLIKE && (!method || (recv && !strcmp(recv->ident, "this")));
	char qual[2 * WS_NAME + 2];
	if (!own && method && recv && recv->ident[0]) {
		snprintf(qual, sizeof(qual), "%s.%s", recv->ident, name);
		s = sink_find(e, qual, true);
	}
	if (!s && !own)
		s = sink_find(e, name, method);
	if (s)
		sink_call(e, s, s->name[0] && strchr(s->name, '.') ? s->name : name, recv, args, nargs, line);
	if (f && f != e->cur) {
		if (f->globals && !e->cur && !e->in_body && !e->scope && e->global_runs < WS_MAX_GLOBAL_RUNS) {
			/* its `global $x` reads what the page holds now, which page
			 * code may have set after the definition: run the body again */
			e->global_runs++;
			run_body(e, f);
		}
		for (int k = 0; k < nargs && k < f->nparams; k++) {
			if ((f->sink_pmask >> k & 1) && tainted(&args[k]))
				hit(e, f->sink_kind, f->sink, &args[k], f->name, line);
			/* a loader: function run($x) { eval(gzinflate(base64_decode($x))); } run('...blob...') */
			if ((f->sink_pmask >> k & 1) && f->sink_kind == WS_SINK_CODE && !e->cur && packed_const(&args[k]))
				decoded_const_hit(e, f->sink, args[k].len, f->name, line);
			if (f->ret_pmask >> k & 1)
				taint_from(out, &args[k]);
		}
		if (f->ret_input && !out->input)
			set_input(out, f->ret_src);
		for (int k = 0; k < nargs; k++) {
			uint32_t b = args[k].s && args[k].len > args[k].blob ? (uint32_t)args[k].len : args[k].blob;
			if (b >= WS_BLOB_MIN && b > out->blob)
				out->blob = b;
		}
		return;
	}
	if (in_list(e->lang->sanitizers, name))
		return;
	/* transforms on constants */
	ws_xform op = xform_find(e, name);
	if (op != WS_X_NONE) {
		const val *subj = nargs ? &args[0] : recv;
		const val *rest = nargs ? args + 1 : args;
		int nrest = nargs ? nargs - 1 : 0;
		if (method && recv && recv->s && (op == WS_X_STRREV || op == WS_X_LOWER || op == WS_X_UPPER || op == WS_X_TRIM ||
						  op == WS_X_SUBSTR || op == WS_X_IDENTITY)) {
			subj = recv;
			rest = args;
			nrest = nargs;
		}
		if (op == WS_X_REPLACE && method && recv && recv->s) {
			/* s.replace(find, repl) / VB Replace(s, find, repl) */
			if (nargs >= 2 && args[0].s && args[1].s)
				x_replace(e, out, recv, &args[0], &args[1]);
		} else if (op == WS_X_REPLACE && e->lang->syntax != WS_PHP) {
			if (nargs >= 3 && args[0].s && args[1].s && args[2].s)
				x_replace(e, out, &args[0], &args[1], &args[2]);
		} else {
			apply_xform(e, op, out, subj, rest, nrest);
		}
		propagate(out, method ? recv : NULL, args, nargs);
		out->head = out->tail = false;
		return;
	}
	propagate(out, method ? recv : NULL, args, nargs);
	out->weak = true;   /* what an unknown function returns is only maybe the input */
	out->head = out->tail = false;
	out->page_file = to_page || (method && recv && recv->page_file);
	out->req_path = e->lang->syntax == WS_PHP && !method && !strcmp(name, "fopen") && nargs >= 2 && tainted(&args[0]) &&
		!args[0].head && args[1].s && strpbrk(args[1].s, "wax");
}

/* ---- function summaries ---- */

static bool clike_keyword(const char *w)
{
	static const char *const k[] = { "if", "for", "while", "switch", "catch", "synchronized", "return", "new", "else",
		"foreach", "using", "lock", "do", "try", "throw", "typeof", "sizeof", "fixed", "unchecked", "checked", NULL };
	return in_list(k, w);
}

/* Index of the token closing the group opened at `open_idx`. */
static size_t match_close(const ev *e, size_t open_idx, const char *open, const char *close)
{
	int d = 0;
	for (size_t k = open_idx; k < e->lx->n; k++) {
		const ws_tok *t = &e->lx->toks[k];
		if (is_op(t, open))
			d++;
		else if (is_op(t, close) && --d == 0)
			return k;
	}
	return e->lx->n;
}

static void add_func(ev *e, const char *name, size_t popen, size_t pclose, size_t body, size_t body_end, bool webmethod)
{
	if (e->nfuncs == WS_MAX_FUNCS) {
		truncated(e, "more than 1024 functions");
		return;
	}
	func *f = &e->funcs[e->nfuncs++];
	memset(f, 0, sizeof(*f));
	snprintf(f->name, sizeof(f->name), "%s", name);
	f->body = body;
	f->body_end = body_end;
	f->webmethod = webmethod;
	for (size_t k = body; e->lang->syntax == WS_PHP && k < body_end && k < e->lx->n && !f->globals; k++)
		f->globals = e->lx->toks[k].kind == WS_T_IDENT && !strcmp(ws_tok_text(e->lx, &e->lx->toks[k]), "global");
	/* a parameter's name is the last name before each ',' or ')' */
	int d = 0;
	const char *last = NULL;
	for (size_t k = popen + 1; k <= pclose && k < e->lx->n; k++) {
		const ws_tok *t = &e->lx->toks[k];
		if (is_op(t, "(") || is_op(t, "[") || is_op(t, "<"))
			d++;
		else if ((is_op(t, ")") || is_op(t, "]") || is_op(t, ">")) && d > 0)
			d--;
		else if (d == 0 && (t->kind == WS_T_VAR || t->kind == WS_T_IDENT) && !last)
			last = ws_tok_text(e->lx, t);
		else if (d == 0 && (t->kind == WS_T_VAR || t->kind == WS_T_IDENT) && e->lang->syntax != WS_PHP && !is_op(&e->lx->toks[k - 1], "="))
			last = ws_tok_text(e->lx, t);
		if (d == 0 && (is_op(t, ",") || k == pclose)) {
			if (last && f->nparams < WS_MAX_PARAMS)
				snprintf(f->params[f->nparams++], WS_NAME, "%s", last);
			last = NULL;
		}
		if (e->lang->syntax == WS_PHP && t->kind == WS_T_VAR)
			last = ws_tok_text(e->lx, t);
		if (e->lang->syntax == WS_VB && t->kind == WS_T_IDENT && (!strcmp(ws_tok_text(e->lx, t), "byval") || !strcmp(ws_tok_text(e->lx, t), "byref") || !strcmp(ws_tok_text(e->lx, t), "optional")))
			last = NULL;
		if (e->lang->syntax == WS_VB && t->kind == WS_T_IDENT && !strcmp(ws_tok_text(e->lx, t), "as"))
			k++;   /* p As String: the type is not the name */
	}
}

static void find_funcs(ev *e)
{
	ws_lex *lx = e->lx;
	for (size_t k = 0; k + 2 < lx->n && !e->err; k++) {
		const ws_tok *t = &lx->toks[k];
		if (e->lang->syntax == WS_PHP && t->kind == WS_T_IDENT && !strcmp(ws_tok_text(lx, t), "function") &&
		    lx->toks[k + 1].kind == WS_T_IDENT && is_op(&lx->toks[k + 2], "(")) {
			size_t pc = match_close(e, k + 2, "(", ")");
			size_t b = pc + 1;
			while (b < lx->n && !is_op(&lx->toks[b], "{") && !is_op(&lx->toks[b], ";"))
				b++;
			if (b < lx->n && is_op(&lx->toks[b], "{"))
				add_func(e, ws_tok_text(lx, &lx->toks[k + 1]), k + 2, pc, b + 1, match_close(e, b, "{", "}"), false);
		} else if (e->lang->syntax == WS_VB && t->kind == WS_T_IDENT &&
			   (!strcmp(ws_tok_text(lx, t), "function") || !strcmp(ws_tok_text(lx, t), "sub")) &&
			   (k == 0 || strcmp(ws_tok_text(lx, &lx->toks[k - 1]), "end")) && lx->toks[k + 1].kind == WS_T_IDENT) {
			const char *kw = ws_tok_text(lx, t);
			size_t po = k + 2, pc = po;
			if (po < lx->n && is_op(&lx->toks[po], "("))
				pc = match_close(e, po, "(", ")");
			else
				po = pc = k + 1;
			size_t b = pc + 1, be = b;
			while (be + 1 < lx->n && !(lx->toks[be].kind == WS_T_IDENT && !strcmp(ws_tok_text(lx, &lx->toks[be]), "end") &&
						   lx->toks[be + 1].kind == WS_T_IDENT && !strcmp(ws_tok_text(lx, &lx->toks[be + 1]), kw)))
				be++;
			add_func(e, ws_tok_text(lx, &lx->toks[k + 1]), po, pc, b, be, false);
		} else if (e->lang->syntax == WS_CLIKE && t->kind == WS_T_IDENT && (k > 0) &&
			   (lx->toks[k - 1].kind == WS_T_IDENT || is_op(&lx->toks[k - 1], "]") || is_op(&lx->toks[k - 1], ">")) &&
			   is_op(&lx->toks[k + 1], "(") && !clike_keyword(ws_tok_text(lx, t)) &&
			   !(lx->toks[k - 1].kind == WS_T_IDENT && clike_keyword(ws_tok_text(lx, &lx->toks[k - 1])))) {
			size_t pc = match_close(e, k + 1, "(", ")");
			size_t b = pc + 1;
			/* throws X, Y */
			while (b < lx->n && lx->toks[b].kind == WS_T_IDENT)
				b++, b += b < lx->n && (is_op(&lx->toks[b], ",") || is_op(&lx->toks[b], ".")) ? 1 : 0;
			if (b < lx->n && is_op(&lx->toks[b], "{")) {
				bool wm = false;
				for (size_t q = k > 8 ? k - 8 : 0; q < k; q++)
					if (lx->toks[q].kind == WS_T_IDENT && !strcmp(ws_tok_text(lx, &lx->toks[q]), "webmethod"))
						wm = true;
				add_func(e, ws_tok_text(lx, t), k + 1, pc, b + 1, match_close(e, b, "{", "}"), wm);
			}
		}
	}
}

static void run_range(ev *e, size_t from, size_t to)
{
	size_t save_i = e->i, save_end = e->end;
	e->i = from;
	e->end = to < e->lx->n ? to : e->lx->n;
	while (e->i < e->end && !e->err && tk(e, 0)->kind != WS_T_EOF) {
		size_t before = e->i;
		/* main pass: a function body runs in its own scope */
		while (!e->cur && e->next_func < e->nfuncs && e->funcs[e->next_func].body < e->i)
			e->next_func++;
		if (!e->cur && e->next_func < e->nfuncs && e->funcs[e->next_func].body == e->i && e->scope == 0) {
			func *f = &e->funcs[e->next_func++];
			run_body(e, f);
			e->i = f->body_end > e->i ? f->body_end : e->i + 1;
			continue;
		}
		val v;
		expr(e, &v);
		val_free(&v);
		if (e->i == before && !advance(e))
			break;
	}
	e->i = save_i;
	e->end = save_end;
}

/* Main pass: a page-level function body in its own scope (parameters
 * unset; reads still see the page's variables). */
static void run_body(ev *e, const func *f)
{
	size_t save_n = e->nvars;
	e->scope = save_n;
	e->in_body++;
	run_range(e, f->body, f->body_end);
	e->in_body--;
	while (e->nvars > save_n)
		val_free(&e->vars[--e->nvars].v);
	e->scope = 0;
}

static void summarise(ev *e)
{
	/* twice: a helper calling a helper gets the callee's summary */
	for (int pass = 0; pass < 2 && !e->err; pass++) {
		for (size_t k = 0; k < e->nfuncs && !e->err; k++) {
			func *f = &e->funcs[k];
			size_t save_vars = e->nvars;
			e->scope = save_vars;
			for (int p = 0; p < f->nparams; p++) {
				val pv;
				memset(&pv, 0, sizeof(pv));
				pv.pmask = 1u << p;
				var_set(e, f->params[p], &pv, false);   /* local: shadows a global of its name */
			}
			e->cur = f;
			run_range(e, f->body, f->body_end);
			e->cur = NULL;
			e->scope = 0;
			while (e->nvars > save_vars)
				val_free(&e->vars[--e->nvars].v);
			for (size_t v = 0; v < e->nvars; v++)
				e->vars[v].v.pmask = 0;
		}
	}
}

static void seed_server_controls(ev *e, const char *src, size_t len);

/* register_globals inference is off for pages that include others (a
 * template or maintenance script reads what its includer or include
 * set) and for the names of any function's parameters. */
static void scan_includes(ev *e)
{
	static const char *const inc[] = { "include", "include_once", "require", "require_once", NULL };
	for (size_t k = 0; k < e->lx->n && !e->includes; k++)
		if (e->lx->toks[k].kind == WS_T_IDENT && in_list(inc, ws_tok_text(e->lx, &e->lx->toks[k])))
			e->includes = true;
}

static bool func_param(const ev *e, const char *name)
{
	for (size_t k = 0; k < e->nfuncs; k++)
		for (int p = 0; p < e->funcs[k].nparams; p++)
			if (!strcmp(e->funcs[k].params[p], name))
				return true;
	return false;
}

static void eval_tokens(ev *e)
{
	find_funcs(e);
	summarise(e);
	scan_includes(e);
	/* the main pass starts from a clean slate (summaries ran with
	 * parameters standing in for values), or from the caller's variables */
	if (!e->keep_vars) {
		for (size_t k = 0; k < e->nvars; k++)
			val_free(&e->vars[k].v);
		e->nvars = 0;
		e->n_rg_read = 0;
	}
	if (e->src)
		seed_server_controls(e, e->src, e->srclen);
	run_range(e, 0, e->lx->n);
}

static void ev_free(ev *e)
{
	for (size_t k = 0; k < e->nvars; k++)
		val_free(&e->vars[k].v);
	free(e->vars);
	free(e->funcs);
}

/* Code a constant decoded to, passed to eval(): analyse it as code of
 * `lang` (the file's own language, or the one of a page it drops). */
static void analyze_code(ev *e, const ws_lang *lang, const char *code, size_t len, unsigned line, bool page)
{
	if (e->depth >= WS_MAX_DEPTH) {
		truncated(e, "decoded code nested more than 64 levels");
		return;
	}
	if (++e->res->reanalyses > WS_MAX_REANALYSES || (e->res->reanalysed += len) > WS_MAX_REANALYSED) {
		truncated(e, "more decoded code than the budget (64 pieces, 8 MiB)");
		return;
	}
	ws_lex lx;
	bool code_only = !page && !(lang->syntax == WS_PHP && memmem(code, len, "<?", 2));
	int rc = ws_lex_run(&lx, lang, code, len, code_only, 1);
	if (rc) {
		e->err = rc;
		ws_lex_free(&lx);
		return;
	}
	if (lx.truncated)
		truncated(e, "decoded code over the token cap");
	ev sub;
	memset(&sub, 0, sizeof(sub));
	sub.lang = lang;
	sub.lx = &lx;
	sub.end = lx.n;
	sub.res = e->res;
	sub.depth = e->depth + 1;
	sub.outer_line = e->depth ? e->outer_line : line;
	sub.steps = e->steps;
	if (!(sub.funcs = calloc(WS_MAX_FUNCS, sizeof(func)))) {
		e->err = dd_error_oom();
		ws_lex_free(&lx);
		return;
	}
	/* eval() runs in the caller's scope: the decoded code sees its variables */
	for (size_t k = 0; k < e->nvars && !sub.err; k++)
		var_set(&sub, e->vars[k].name, &e->vars[k].v, false);
	sub.keep_vars = true;
	eval_tokens(&sub);
	e->steps = sub.steps;
	if (sub.err)
		e->err = sub.err;
	ev_free(&sub);
	ws_lex_free(&lx);
}

/*
 * ASP.NET server controls: <asp:TextBox id="T1" runat="server"> is a form
 * field, so T1.Text is request input. Their ids live in the markup the
 * lexer skips; find them here.
 */
static void seed_server_controls(ev *e, const char *src, size_t len)
{
	static const char *const tags[] = { "<asp:textbox", "<asp:hiddenfield", "<input", "<textarea", NULL };
	const char *end = src + len;
	for (size_t t = 0; tags[t]; t++) {
		size_t tl = strlen(tags[t]);
		for (const char *p = src; p + tl < end; p++) {
			if (strncasecmp(p, tags[t], tl))
				continue;
			const char *gt = memchr(p, '>', (size_t)(end - p));
			if (!gt)
				break;
			bool server = false;
			const char *id = NULL;
			for (const char *q = p; q + 5 < gt; q++) {
				if (!strncasecmp(q, "runat", 5))
					server = true;
				if (!id && !strncasecmp(q, " id=", 4))
					id = q + 4;
			}
			if (server && id) {
				if (*id == '"' || *id == '\'')
					id++;
				char nm[WS_NAME];
				size_t n = 0;
				while (id + n < gt && n < sizeof(nm) - 1 && (isalnum((unsigned char)id[n]) || id[n] == '_'))
					n++;
				for (size_t k = 0; k < n; k++)
					nm[k] = (char)tolower((unsigned char)id[k]);
				nm[n] = 0;
				if (n) {
					val v;
					memset(&v, 0, sizeof(v));
					char src2[48];
					snprintf(src2, sizeof(src2), "form field %.30s", nm);
					set_input(&v, src2);
					var_set(e, nm, &v, false);
				}
			}
			p = gt;
		}
	}
}

/*
 * create_function('$x', 'eval($x);'): summarise the body as a function of
 * those parameters, so calling the result with request data is a hit.
 */
static void lambda_summary(ev *e, val *out, const val *params, const val *body)
{
	if (e->depth >= WS_MAX_DEPTH || params->len > 256 || body->len > WS_STR_MAX / 4)
		return;
	char *src = malloc(params->len + body->len + 32);
	if (!src) {
		e->err = dd_error_oom();
		return;
	}
	int n = sprintf(src, "function l(%s) {", params->s);
	memcpy(src + n, body->s, body->len);
	strcpy(src + n + body->len, "\n}");
	ws_lex lx;
	int rc = ws_lex_run(&lx, e->lang, src, strlen(src), true, 1);
	free(src);
	ev sub;
	memset(&sub, 0, sizeof(sub));
	if (!rc && !(sub.funcs = calloc(WS_MAX_FUNCS, sizeof(func))))
		rc = dd_error_oom();
	if (rc) {
		e->err = rc;
		ws_lex_free(&lx);
		return;
	}
	ws_result scratch;
	memset(&scratch, 0, sizeof(scratch));
	sub.lang = e->lang;
	sub.lx = &lx;
	sub.end = lx.n;
	sub.res = &scratch;
	sub.depth = e->depth + 1;
	sub.steps = e->steps;
	find_funcs(&sub);
	summarise(&sub);
	e->steps = sub.steps;
	if (sub.err)
		e->err = sub.err;
	if (sub.nfuncs && sub.funcs[0].sink_pmask) {
		out->lambda = 1 + (int)sub.funcs[0].sink_kind;
		out->lambda_pmask = sub.funcs[0].sink_pmask;
	}
	ev_free(&sub);
	ws_lex_free(&lx);
}

int ws_analyze_source(ws_result *res, const ws_lang *lang, const char *src, size_t len)
{
	memset(res, 0, sizeof(*res));
	/* an encoded page is read as the server runs it: decoded */
	char *decoded = NULL;
	size_t decoded_len = 0;
	dd_screnc_stats enc;
	int rc = dd_screnc_decode(src, len, &decoded, &decoded_len, &enc);
	if (rc)
		return rc;
	if (decoded) {
		res->encoded_blocks = (unsigned)enc.blocks;
		src = decoded;
		len = decoded_len;
	}
	ws_lex lx;
	rc = ws_lex_run(&lx, lang, src, len, false, 1);
	if (rc) {
		ws_lex_free(&lx);
		free(decoded);
		return rc;
	}
	if (lx.truncated) {
		res->truncated = true;
		snprintf(res->why, sizeof(res->why), "over %u tokens", WS_MAX_TOKENS);
	}
	ev e;
	memset(&e, 0, sizeof(e));
	e.lang = lang;
	e.lx = &lx;
	e.end = lx.n;
	e.res = res;
	if (!(e.funcs = calloc(WS_MAX_FUNCS, sizeof(func)))) {
		ws_lex_free(&lx);
		free(decoded);
		return dd_error_oom();
	}
	if (lang->syntax != WS_PHP) {
		e.src = src;
		e.srclen = len;
	}
	eval_tokens(&e);
	rc = e.err;
	ev_free(&e);
	ws_lex_free(&lx);
	free(decoded);
	return rc;
}

/* ---- the analyzer body ---- */

static const char *const kind_title[WS_SINK_KINDS] = {
	"request input evaluated as code", "request input run as a system command", "request input chooses a file to include",
	"request input loaded as a class or assembly", "request input written to a request-chosen file",
	"the request chooses the function that is called",
	"code a page function decodes from a long constant is executed",
};

static const int kind_score[WS_SINK_KINDS] = { 95, 95, 85, 95, 70, 90, 85 };

int ws_analyze_file(dd_analysis *a, const ws_lang *lang, const uint8_t *data, size_t len)
{
	ws_result r;
	int rc = ws_analyze_source(&r, lang, (const char *)data, len);
	if (rc)
		return rc;
	if (r.truncated)
		dd_analysis_note(a, true, "%s webshell analysis stopped early (%s); the rest of the file was not analysed", lang->title, r.why);
	for (size_t k = 0; k < r.n; k++) {
		const ws_hit *h = &r.hits[k];
		char id[64], title[256], desc[512];
		snprintf(id, sizeof(id), "webshell-%s-%s", lang->name, kind_id[h->kind]);
		snprintf(title, sizeof(title), "%s webshell: %s (%s reaches %s%s%s, line %u)", lang->title, kind_title[h->kind],
			 h->input, h->sink, h->via[0] ? " through " : "", h->via[0] ? h->via : "", h->line);
		int score = kind_score[h->kind] - (h->via[0] ? 5 : 0);
		snprintf(desc, sizeof(desc), "score %d/100: %s flows to %s%s%s%s%s in the same file; %s", score, h->input, h->sink,
			 h->via[0] ? " inside helper " : "", h->via, h->depth ? " (in code the file decodes and evaluates)" : "",
			 r.encoded_blocks ? " (in the page's Script Encoder (VBScript.Encode) blocks, decoded; lines are the "
					    "decoded page's)" : "",
			 h->kind == WS_SINK_DECODED ? "a page that unpacks a long cipher text with its own code and runs the "
			 "result hides what it runs: a packed backdoor's loader." : "a page that runs what the client sends is a "
			 "backdoor, however it is spelled.");
		dd_finding f;
		memset(&f, 0, sizeof(f));
		f.cls = DD_CLASS_MALWARE;
		f.id = id;
		f.severity = h->kind == WS_SINK_FILE ? DD_SEV_HIGH : DD_SEV_CRITICAL;
		f.severity_source = (char *)"rule";
		f.title = title;
		f.description = desc;
		f.remediation = (char *)"Remove the file, find the layer and build step that added it, rebuild from a trusted "
			"base, and treat credentials the image held as exposed.";
		f.line = h->line;
		f.history_index = -1;
		if ((rc = dd_analysis_add_finding(a, &f)) != 0)
			return rc;
	}
	return 0;
}

bool ws_wants_ext(const char *path, uint32_t mode, uint64_t size, const char *const *exts)
{
	if (!S_ISREG(mode) || size == 0)
		return false;
	const char *base = dd_path_basename(path);
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return false;
	for (size_t k = 0; exts[k]; k++)
		if (!strcasecmp(dot + 1, exts[k]))
			return true;
	return false;
}
