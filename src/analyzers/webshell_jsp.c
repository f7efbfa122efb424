/*
 * JSP webshells (webshell.h): request.getParameter / getInputStream /
 * getReader / getHeader reaching Runtime.exec, ProcessBuilder, a class
 * loader's defineClass (directly or by reflection: the Behinder and
 * Godzilla loaders), ScriptEngine.eval, or a file written under a
 * request-chosen name (a logging FileHandler's log file included). Java is case-sensitive; the names are folded
 * anyway, which only merges spellings Java would reject.
 */
#include "analyzers/webshell.h"

static const ws_sink jsp_sinks[] = {
	{ "exec", WS_SINK_COMMAND, WS_F_METHOD }, { "processbuilder", WS_SINK_COMMAND, 0 },
	{ "command", WS_SINK_COMMAND, WS_F_METHOD },
	{ "defineclass", WS_SINK_CLASSLOAD, 0 }, { "defineanonymousclass", WS_SINK_CLASSLOAD, 0 },
	{ "urlclassloader", WS_SINK_CLASSLOAD, 0 }, { "forname", WS_SINK_CLASSLOAD, WS_F_METHOD | WS_F_ARG0 },
	{ "loadclass", WS_SINK_CLASSLOAD, WS_F_METHOD | WS_F_ARG0 },
	{ "eval", WS_SINK_CODE, 0 },
	{ "fileoutputstream", WS_SINK_FILE, WS_F_ARG0 }, { "filewriter", WS_SINK_FILE, WS_F_ARG0 },
	{ "randomaccessfile", WS_SINK_FILE, WS_F_ARG0 }, { "printwriter", WS_SINK_FILE, WS_F_ARG0 },
	/* a java.util.logging log file: what the page logs lands in it.
	 * Applications name their logs in configuration, never by request,
	 * so a request-chosen part counts even under a fixed directory
	 * (getRealPath("/") + name: a page of the client's naming) */
	{ "filehandler", WS_SINK_FILE, WS_F_ARG0 | WS_F_ANYPART },
	{ NULL, 0, 0 },
};

static const ws_transform jsp_transforms[] = {
	{ "decodebuffer", WS_X_B64 }, { "decode", WS_X_B64 }, { "parsebase64binary", WS_X_B64 }, { "string", WS_X_IDENTITY },
	{ "stringbuilder", WS_X_IDENTITY }, { "stringbuffer", WS_X_IDENTITY }, { "tostring", WS_X_IDENTITY },
	{ "reverse", WS_X_STRREV }, { "replace", WS_X_REPLACE }, { "tolowercase", WS_X_LOWER }, { "touppercase", WS_X_UPPER },
	{ "trim", WS_X_TRIM }, { "substring", WS_X_SUBSTR }, { "valueof", WS_X_IDENTITY },
	{ NULL, WS_X_NONE },
};

static const char *const jsp_sanitizers[] = { "equals", "equalsignorecase", "length", "size", "isempty", "hashcode",
	"parseint", "parselong", "contains", "startswith", "endswith", "indexof", "encode", "escapehtml", NULL };

/* request getters whose answer the client chooses */
static const char *const jsp_sources[] = { "getparameter", "getparametervalues", "getparametermap", "getparameternames",
	"getinputstream", "getreader", "getheader", "getheaders", "getquerystring", "getcookies", "getpart", "getparts",
	"getrequesturi", "getpathinfo", NULL };

static const ws_lang ws_lang_jsp = {
	.name = "jsp", .title = "JSP", .syntax = WS_CLIKE, .sinks = jsp_sinks, .transforms = jsp_transforms,
	.sanitizers = jsp_sanitizers, .sources = jsp_sources,
};

static const char *const jsp_exts[] = { "jsp", "jspx", "jspf", "jsw", "jsv", NULL };

WS_ANALYZER(jsp, jsp_exts);
