/*
 * PHP webshells (webshell.h): superglobals, php://input and the request
 * header functions reaching eval/assert/create_function, preg_replace /e,
 * callbacks (call_user_func, array_map, usort ...), the shell functions
 * and backticks, include/require, or file writes. PHP function names are
 * case-insensitive, so the folded names below match every spelling.
 */
#include "analyzers/webshell.h"

static const ws_sink php_sinks[] = {
	{ "eval", WS_SINK_CODE, 0 }, { "assert", WS_SINK_CODE, WS_F_ARG0 }, { "create_function", WS_SINK_CODE, 0 },
	{ "preg_replace", WS_SINK_CODE, WS_F_PREG }, { "mb_ereg_replace", WS_SINK_CODE, WS_F_PREG },
	{ "preg_filter", WS_SINK_CODE, WS_F_PREG },
	{ "call_user_func", WS_SINK_CALLABLE, WS_F_CALLBACK }, { "call_user_func_array", WS_SINK_CALLABLE, WS_F_CALLBACK },
	{ "array_map", WS_SINK_CALLABLE, WS_F_CALLBACK }, { "register_shutdown_function", WS_SINK_CALLABLE, WS_F_CALLBACK },
	{ "register_tick_function", WS_SINK_CALLABLE, WS_F_CALLBACK }, { "forward_static_call", WS_SINK_CALLABLE, WS_F_CALLBACK },
	{ "forward_static_call_array", WS_SINK_CALLABLE, WS_F_CALLBACK }, { "set_error_handler", WS_SINK_CALLABLE, WS_F_CALLBACK },
	{ "array_filter", WS_SINK_CALLABLE, WS_F_CALLBACK2 }, { "array_walk", WS_SINK_CALLABLE, WS_F_CALLBACK2 },
	{ "array_walk_recursive", WS_SINK_CALLABLE, WS_F_CALLBACK2 }, { "array_reduce", WS_SINK_CALLABLE, WS_F_CALLBACK2 },
	{ "usort", WS_SINK_CALLABLE, WS_F_CALLBACK2 }, { "uasort", WS_SINK_CALLABLE, WS_F_CALLBACK2 },
	{ "uksort", WS_SINK_CALLABLE, WS_F_CALLBACK2 }, { "iterator_apply", WS_SINK_CALLABLE, WS_F_CALLBACK2 },
	{ "system", WS_SINK_COMMAND, WS_F_ARG0 }, { "exec", WS_SINK_COMMAND, WS_F_ARG0 }, { "passthru", WS_SINK_COMMAND, WS_F_ARG0 },
	{ "shell_exec", WS_SINK_COMMAND, WS_F_ARG0 }, { "popen", WS_SINK_COMMAND, WS_F_ARG0 }, { "proc_open", WS_SINK_COMMAND, WS_F_ARG0 },
	{ "pcntl_exec", WS_SINK_COMMAND, WS_F_ARG0 }, { "expect_popen", WS_SINK_COMMAND, WS_F_ARG0 },
	{ "include", WS_SINK_INCLUDE, WS_F_ARG0 }, { "include_once", WS_SINK_INCLUDE, WS_F_ARG0 },
	{ "require", WS_SINK_INCLUDE, WS_F_ARG0 }, { "require_once", WS_SINK_INCLUDE, WS_F_ARG0 },
	{ "file_put_contents", WS_SINK_FILE, WS_F_TWO }, { "move_uploaded_file", WS_SINK_FILE, WS_F_TWO },
	{ "copy", WS_SINK_FILE, WS_F_TWO },
	{ NULL, 0, 0 },
};

static const ws_transform php_transforms[] = {
	{ "strrev", WS_X_STRREV }, { "str_rot13", WS_X_ROT13 }, { "str_replace", WS_X_REPLACE }, { "str_ireplace", WS_X_REPLACE },
	{ "base64_decode", WS_X_B64 }, { "gzinflate", WS_X_INFLATE }, { "gzuncompress", WS_X_UNCOMPRESS },
	{ "gzdecode", WS_X_UNCOMPRESS }, { "chr", WS_X_CHR }, { "strtolower", WS_X_LOWER }, { "strtoupper", WS_X_UPPER },
	{ "hex2bin", WS_X_HEX2BIN }, { "urldecode", WS_X_URLDECODE }, { "rawurldecode", WS_X_URLDECODE }, { "trim", WS_X_TRIM },
	{ "stripslashes", WS_X_IDENTITY }, { "strval", WS_X_IDENTITY }, { "substr", WS_X_SUBSTR }, { "ucfirst", WS_X_IDENTITY },
	{ NULL, WS_X_NONE },
};

static const char *const php_sanitizers[] = { "escapeshellarg", "escapeshellcmd", "intval", "floatval", "basename",
	"is_numeric", "isset", "empty", "count", "strlen", "md5", "sha1", "crc32", "hash", "htmlspecialchars", "htmlentities",
	"in_array", "array_key_exists", "preg_match", "strpos", "stripos", "is_array", "is_string", "filter_var", "urlencode",
	"rawurlencode", "json_encode", "addslashes", "preg_quote", "sprintf", "is_file", "file_exists", "is_dir", NULL };

static const char *const php_sources[] = { "getallheaders", "apache_request_headers", NULL };

static const ws_lang ws_lang_php = {
	.name = "php", .title = "PHP", .syntax = WS_PHP, .sinks = php_sinks, .transforms = php_transforms,
	.sanitizers = php_sanitizers, .sources = php_sources,
};

static const char *const php_exts[] = { "php", "php3", "php4", "php5", "php7", "php8", "phtml", "pht", "phps", "inc", NULL };

WS_ANALYZER(php, php_exts);
