/*
 * ASP.NET webshells (.aspx, .ashx, .asmx; C# or JScript.NET; webshell.h):
 * Request.Form/Item/QueryString/BinaryRead/InputStream and [WebMethod]
 * parameters reaching JScript eval, Assembly.Load (the loader of the
 * China Chopper family's .NET payloads), Process.Start or a
 * ProcessStartInfo's Arguments, or a file written under a request-chosen
 * name, or a classic ASP page it writes out doing any of that. VB.NET
 * pages are read with the C-like lexer: their request and
 * sink calls look the same once names are folded.
 */
#include "analyzers/webshell.h"

static const ws_sink aspx_sinks[] = {
	{ "eval", WS_SINK_CODE, 0 }, { "execute", WS_SINK_CODE, 0 },
	{ "assembly.load", WS_SINK_CLASSLOAD, WS_F_METHOD }, { "appdomain.load", WS_SINK_CLASSLOAD, WS_F_METHOD },
	{ "loadfrom", WS_SINK_CLASSLOAD, WS_F_METHOD }, { "loadfile", WS_SINK_CLASSLOAD, WS_F_METHOD },
	{ "process.start", WS_SINK_COMMAND, WS_F_METHOD }, { "processstartinfo", WS_SINK_COMMAND, 0 },
	{ ".arguments", WS_SINK_COMMAND, WS_F_METHOD }, { ".filename", WS_SINK_COMMAND, WS_F_METHOD },
	{ "streamwriter", WS_SINK_FILE, WS_F_ARG0 }, { "filestream", WS_SINK_FILE, WS_F_ARG0 },
	{ "writealltext", WS_SINK_FILE, WS_F_METHOD | WS_F_TWO }, { "writeallbytes", WS_SINK_FILE, WS_F_METHOD | WS_F_TWO },
	{ "saveas", WS_SINK_FILE, WS_F_METHOD | WS_F_ARG0 }, { "createtext", WS_SINK_FILE, WS_F_METHOD },
	{ NULL, 0, 0 },
};

static const ws_transform aspx_transforms[] = {
	{ "frombase64string", WS_X_B64 }, { "getstring", WS_X_IDENTITY }, { "tostring", WS_X_IDENTITY },
	{ "replace", WS_X_REPLACE }, { "tolower", WS_X_LOWER }, { "toupper", WS_X_UPPER }, { "trim", WS_X_TRIM },
	{ "substring", WS_X_SUBSTR }, { "reverse", WS_X_STRREV }, { "strreverse", WS_X_STRREV },
	{ NULL, WS_X_NONE },
};

static const char *const aspx_sanitizers[] = { "equals", "length", "isnullorempty", "parse", "htmlencode", "urlencode",
	"contains", "startswith", "endswith", "indexof", "compare", NULL };

static const char *const aspx_sources[] = { "form", "querystring", "item", "params", "cookies", "binaryread", "inputstream",
	"files", "getbufferedinputstream", NULL };

static const ws_lang ws_lang_aspx = {
	.name = "aspx", .title = "ASPX", .syntax = WS_CLIKE, .sinks = aspx_sinks, .transforms = aspx_transforms,
	.sanitizers = aspx_sanitizers, .sources = aspx_sources, .dropped = &ws_lang_asp,
};

static const char *const aspx_exts[] = { "aspx", "ashx", "asmx", "ascx", "asax", "svc", "master", NULL };

WS_ANALYZER(aspx, aspx_exts);
