/*
 * Fuzzes the Go build info probe: the input follows "\xff Go buildinf:" at
 * the start of the one writable segment of a minimal ELF, so every input
 * is a header (pointer size, flags, pointers or inline strings) to decode.
 */
#include <stdlib.h>
#include <string.h>

#include "app_fuzz.h"

#define BASE 0x400000u
#define HDR 0x100u

static void put(uint8_t *p, uint64_t v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > (1u << 20))
		return 0;
	size_t len = HDR + 14 + size + 1024;   /* room past the input for inline lengths */
	uint8_t *f = calloc(1, len);
	if (!f)
		return 0;
	memcpy(f, "\x7f" "ELF\x02\x01\x01", 7);
	put(f + 16, 2, 2);
	put(f + 18, 62, 2);
	put(f + 0x20, 64, 8);        /* e_phoff */
	put(f + 0x36, 56, 2);
	put(f + 0x38, 1, 2);         /* one PT_LOAD, RW, the whole file */
	put(f + 64, 1, 4);
	put(f + 68, 6, 4);
	put(f + 72, 0, 8);
	put(f + 80, BASE, 8);
	put(f + 96, len, 8);
	put(f + 104, len, 8);
	memcpy(f + HDR, "\xff Go buildinf:", 14);
	memcpy(f + HDR + 14, data, size);
	dd_fuzz_analyzer("executable", "usr/bin/app", 0100755, f, len);
	free(f);
	return 0;
}
