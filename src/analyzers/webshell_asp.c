/*
 * Classic ASP (VBScript) webshells (webshell.h): Request(...),
 * Request.Form/QueryString/Cookies/BinaryRead reaching Execute,
 * ExecuteGlobal or Eval, WScript.Shell's Run/Exec, or a file written
 * under a request-chosen name. VBScript is case-insensitive and calls
 * without parentheses (Execute Request("x")); the evaluator knows both.
 */
#include "analyzers/webshell.h"

static const ws_sink asp_sinks[] = {
	/* bare: VBScript's own; conn.Execute (ADO) runs SQL and re.Execute (RegExp) matches */
	{ "execute", WS_SINK_CODE, WS_F_BARE }, { "executeglobal", WS_SINK_CODE, WS_F_BARE }, { "eval", WS_SINK_CODE, WS_F_BARE },
	{ "exec", WS_SINK_COMMAND, WS_F_METHOD }, { "run", WS_SINK_COMMAND, WS_F_METHOD | WS_F_ARG0 },
	{ "shellexecute", WS_SINK_COMMAND, WS_F_METHOD },
	{ "createtextfile", WS_SINK_FILE, WS_F_METHOD | WS_F_ARG0 }, { "savetofile", WS_SINK_FILE, WS_F_METHOD | WS_F_ARG0 },
	{ "opentextfile", WS_SINK_FILE, WS_F_METHOD | WS_F_ARG0 },
	{ NULL, 0, 0 },
};

static const ws_transform asp_transforms[] = {
	{ "strreverse", WS_X_STRREV }, { "replace", WS_X_REPLACE }, { "chr", WS_X_CHR }, { "chrw", WS_X_CHR },
	{ "chrb", WS_X_CHR }, { "lcase", WS_X_LOWER }, { "ucase", WS_X_UPPER }, { "trim", WS_X_TRIM }, { "cstr", WS_X_IDENTITY },
	{ NULL, WS_X_NONE },
};

static const char *const asp_sanitizers[] = { "len", "isempty", "isnull", "cint", "clng", "isnumeric", "server.htmlencode",
	"htmlencode", "urlencode", NULL };

static const char *const asp_sources[] = { "form", "querystring", "cookies", "binaryread", "item", "params", NULL };

const ws_lang ws_lang_asp = {
	.name = "asp", .title = "ASP", .syntax = WS_VB, .sinks = asp_sinks, .transforms = asp_transforms,
	.sanitizers = asp_sanitizers, .sources = asp_sources,
};

static const char *const asp_exts[] = { "asp", "asa", "cer", "cdx", NULL };

WS_ANALYZER(asp, asp_exts);
