/*
 * A pull reader for JSON held in memory, for the files too big to build a
 * tree of (package-lock.json can hold a million entries: a jansson tree of
 * it costs several times the file and most of the time in malloc/free).
 *
 * The one idea: the caller walks the document in order and asks only for
 * what it wants — enter an object, read its keys one by one, read a string,
 * skip whatever value it does not care about — so memory is the input plus
 * one scratch buffer for strings with escapes. Strings without escapes are
 * returned as slices of the input (valid as long as the input); escaped
 * ones are decoded into the scratch buffer (valid until the next call).
 * Nesting is capped; any syntax error stops the reader with DD_EFORMAT and
 * "line N: what" as the message, and every later call fails the same way.
 */
#ifndef DD_UTIL_JSONPULL_H
#define DD_UTIL_JSONPULL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef enum dd_jp_type {
	DD_JP_ERROR = 0,
	DD_JP_OBJECT,
	DD_JP_ARRAY,
	DD_JP_STRING,
	DD_JP_NUMBER,
	DD_JP_TRUE,
	DD_JP_FALSE,
	DD_JP_NULL,
} dd_jp_type;

typedef struct dd_jp_str {
	const char *p;
	size_t n;
} dd_jp_str;

typedef struct dd_jp {
	const char *s, *start, *end;
	int depth, max_depth;
	int rc;                 /* first error, sticky */
	bool need_comma;        /* inside a container after a member */
	dd_buf scratch;
} dd_jp;

#define DD_JP_MAX_DEPTH 4096

void dd_jp_init(dd_jp *p, const char *data, size_t len, int max_depth);
void dd_jp_free(dd_jp *p);

/* The type of the next value (DD_JP_ERROR on a syntax error or at the end). */
dd_jp_type dd_jp_peek(dd_jp *p);
/* Consumes '{' or '['; false (and p->rc set) when the next value is not one. */
bool dd_jp_enter(dd_jp *p, dd_jp_type type);
/* The next key of the current object; false at its closing '}' (consumed)
 * or on an error (p->rc). */
bool dd_jp_key(dd_jp *p, dd_jp_str *key);
/* True when the current array has another element (false at ']', consumed). */
bool dd_jp_elem(dd_jp *p);
/* Reads a string value. */
bool dd_jp_string(dd_jp *p, dd_jp_str *out);
/* Reads any value's boolean truth: true only for the literal true. */
bool dd_jp_bool(dd_jp *p);
/* Skips the next value, however deep (up to the depth cap). */
bool dd_jp_skip(dd_jp *p);
/* After the top-level value: only white space may follow. */
bool dd_jp_finish(dd_jp *p);

/* True when s equals the C string. */
bool dd_jp_eq(dd_jp_str s, const char *lit);

#endif
