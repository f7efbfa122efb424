/*
 * Webshell detection by data flow, shared by the per-language analyzers
 * (webshell_php.c, webshell_jsp.c, webshell_asp.c, webshell_aspx.c).
 *
 * The one idea: obfuscation only hides *names*, never the flow. The lexer
 * (webshell_lex.c) turns server code into tokens with comments, white space
 * and markup gone, string literals decoded (escapes, PHP interpolation
 * spelled out as concatenation) and identifiers case-folded. The evaluator
 * (webshell_eval.c) then walks the tokens once, folding constant strings
 * through concatenation, variables and the simple transforms webshells use
 * (strrev, str_rot13, str_replace, base64, gzinflate, chr chains), and
 * tracking which values come from the request. A finding is request input
 * reaching a code, command, include, class-loading or file-write sink, or
 * input choosing the function that is called. Code that a constant decodes
 * to and then evaluates is analysed again, a few levels deep.
 *
 * Each language supplies tables (ws_lang): its syntax family, sources,
 * sinks, transforms and sanitizers.
 */
#ifndef DD_ANALYZERS_WEBSHELL_H
#define DD_ANALYZERS_WEBSHELL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzers/analyzer.h"

typedef enum ws_syntax {
	WS_PHP,     /* <?php ... ?>, $vars, '.' concatenation, # comments */
	WS_CLIKE,   /* JSP (Java), ASPX (C#, JScript.NET): <% %>, '+' concatenation */
	WS_VB,      /* ASP (VBScript), VB.NET: ' comments, '&' concatenation, newline ends a statement */
} ws_syntax;

typedef enum ws_sink_kind {
	WS_SINK_CODE,        /* eval, assert, Execute, ScriptEngine.eval */
	WS_SINK_COMMAND,     /* system, Runtime.exec, Process.Start, WScript.Shell */
	WS_SINK_INCLUDE,     /* include/require of a request-chosen file */
	WS_SINK_CLASSLOAD,   /* defineClass, Assembly.Load */
	WS_SINK_FILE,        /* request data written to a request-chosen path */
	WS_SINK_CALLABLE,    /* the request names the function that is called */
	WS_SINK_DECODED,     /* a page function decodes a long constant and the result runs as code */
	WS_SINK_KINDS
} ws_sink_kind;

/* Sink flags */
#define WS_F_ARG0 1u         /* only the first argument counts */
#define WS_F_CALLBACK 2u     /* first argument is a callable (call_user_func) */
#define WS_F_CALLBACK2 4u    /* second argument is the callable (array_filter, usort) */
#define WS_F_PREG 8u         /* preg_replace: a /e pattern makes the replacement code */
#define WS_F_TWO 16u         /* needs two tainted arguments (path and data) */
#define WS_F_METHOD 32u      /* only as a method call (x.exec()), not a bare function */
#define WS_F_ANYPART 64u     /* input anywhere in the argument counts, after a fixed directory too */
#define WS_F_BARE 128u       /* only as a bare function (VBScript Execute), not a method (ADO conn.Execute runs SQL) */

typedef struct ws_sink {
	const char *name;        /* folded: "system", "exec", "processbuilder" */
	ws_sink_kind kind;
	unsigned flags;
} ws_sink;

typedef enum ws_xform {
	WS_X_NONE, WS_X_STRREV, WS_X_ROT13, WS_X_REPLACE, WS_X_B64, WS_X_INFLATE, WS_X_UNCOMPRESS,
	WS_X_CHR, WS_X_LOWER, WS_X_UPPER, WS_X_HEX2BIN, WS_X_URLDECODE, WS_X_TRIM, WS_X_IDENTITY,
	WS_X_IMPLODE, WS_X_SUBSTR,
} ws_xform;

typedef struct ws_transform {
	const char *name;        /* folded */
	ws_xform op;
} ws_transform;

typedef struct ws_lang {
	const char *name;        /* "php": in ids and titles */
	const char *title;       /* "PHP" */
	ws_syntax syntax;
	const ws_sink *sinks;             /* name NULL ends */
	const ws_transform *transforms;   /* name NULL ends */
	const char *const *sanitizers;    /* functions whose result is not input: escapeshellarg, intval */
	/* source names: PHP superglobals without '$' ("_get"), Java/.NET
	 * request getters ("getparameter"), ASP request members ("form") */
	const char *const *sources;
	/* another language whose pages this one's code writes out (an ASP.NET
	 * handler dropping a classic ASP page): a server page held in a
	 * constant is analysed under it too; NULL: none */
	const struct ws_lang *dropped;
} ws_lang;

/* Classic ASP's tables (webshell_asp.c), the language ASP.NET droppers write. */
extern const struct ws_lang ws_lang_asp;

/* ---- lexer ---- */

typedef enum ws_tok_kind { WS_T_EOF, WS_T_IDENT, WS_T_VAR, WS_T_STR, WS_T_NUM, WS_T_OP, WS_T_NL } ws_tok_kind;

typedef struct ws_tok {
	uint8_t kind;
	char op[3];              /* WS_T_OP: "(", "->", "::", ".=" ... */
	uint32_t line;
	uint32_t off, len;       /* WS_T_IDENT/VAR/STR/NUM: text in the lexer's arena */
} ws_tok;

typedef struct ws_lex {
	ws_tok *toks;
	size_t n, cap;
	char *arena;
	size_t arena_len, arena_cap;
	bool truncated;          /* a cap was hit: the tail was not tokenized */
} ws_lex;

#define WS_MAX_TOKENS (1u << 20)
#define WS_MAX_ARENA (16u << 20)

/*
 * Tokenizes `src` (a whole server page, or bare code when `code_only`, as
 * for code a constant decoded to). Returns 0 or a negative error (OOM);
 * hitting a cap sets lx->truncated. Free with ws_lex_free().
 */
int ws_lex_run(ws_lex *lx, const ws_lang *lang, const char *src, size_t len, bool code_only, uint32_t first_line);
void ws_lex_free(ws_lex *lx);
static inline const char *ws_tok_text(const ws_lex *lx, const ws_tok *t) { return lx->arena + t->off; }

/* ---- evaluator ---- */

typedef struct ws_hit {
	ws_sink_kind kind;
	char sink[48];           /* "eval()", "Runtime.exec()" */
	char input[64];          /* "$_POST", "request.getParameter" */
	char via[48];            /* helper function, or "" */
	unsigned line;
	int depth;               /* > 0: inside code a constant decoded to */
} ws_hit;

#define WS_MAX_HITS 8

typedef struct ws_result {
	ws_hit hits[WS_MAX_HITS];
	size_t n;
	bool truncated;          /* a cap was hit somewhere: the file was not fully analysed */
	char why[128];
	unsigned reanalyses;     /* decoded or embedded code analysed again */
	size_t reanalysed;       /* bytes of it */
	unsigned encoded_blocks; /* Script Encoder (VBScript.Encode) blocks decoded first */
} ws_result;

/* Analyses one file; fills *res. Returns 0 or a negative error (OOM). */
int ws_analyze_source(ws_result *res, const ws_lang *lang, const char *src, size_t len);

/* The analyzer body every language uses: runs ws_analyze_source and turns
 * its hits into findings (class malware), a cap into a note. */
int ws_analyze_file(dd_analysis *a, const ws_lang *lang, const uint8_t *data, size_t len);

/* wants() helper: regular file with one of the extensions (folded, no dot). */
bool ws_wants_ext(const char *path, uint32_t mode, uint64_t size, const char *const *exts);

#define WS_FILE_MAX (4u << 20)

/* The analyzer of language `lang` (ws_lang_<lang>) for files ending in one
 * of exts: dd_analyzer_webshell_<lang>. Files over WS_FILE_MAX are a note. */
#define WS_ANALYZER(lang, exts) \
	static bool wants_##lang(const char *path, uint32_t mode, uint64_t size) \
	{ \
		return ws_wants_ext(path, mode, size, exts); \
	} \
	static int analyze_##lang(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len) \
	{ \
		(void)f; \
		return ws_analyze_file(a, &ws_lang_##lang, data, len); \
	} \
	const dd_analyzer dd_analyzer_webshell_##lang = { \
		.name = "webshell_" #lang, .version = 1, .scanners = DD_SCANNER_MALWARE, \
		.max_size = WS_FILE_MAX, .note_oversize = true, .wants = wants_##lang, .analyze = analyze_##lang, \
	}

#endif
