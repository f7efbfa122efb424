/* Fuzzes the pull JSON reader: walks any document with skip, keys and elements. */
#include <stdint.h>

#include "util/jsonpull.h"

static void walk(dd_jp *p, int depth)
{
	dd_jp_str s;
	dd_jp_type t = dd_jp_peek(p);
	if (depth > 64 || (t != DD_JP_OBJECT && t != DD_JP_ARRAY)) {
		if (t == DD_JP_STRING)
			dd_jp_string(p, &s);
		else
			dd_jp_skip(p);
		return;
	}
	if (!dd_jp_enter(p, t))
		return;
	if (t == DD_JP_OBJECT)
		while (dd_jp_key(p, &s))
			walk(p, depth + 1);
	else
		while (dd_jp_elem(p))
			walk(p, depth + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_jp p;
	dd_jp_init(&p, (const char *)data, size, 0);
	walk(&p, 0);
	dd_jp_finish(&p);
	dd_jp_free(&p);
	return 0;
}
