/*
 * Fuzzes the cargo-auditable probe past zlib: the input is compressed into
 * the .dep-v0 section of a minimal ELF (section table at the end, as
 * linkers place it), so it reaches the JSON handling and the section
 * verification.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "app_fuzz.h"

static void put(uint8_t *p, uint64_t v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char names[] = "\0.dep-v0\0.shstrtab\0";
	if (size > (1u << 20))
		return 0;
	uLongf zn = compressBound(size);
	size_t dep = 0x1000, len = dep + zn + sizeof(names) + 3 * 64 + 64;
	uint8_t *f = calloc(1, len);
	if (!f)
		return 0;
	if (compress2(f + dep, &zn, data, size, 6) != Z_OK) {
		free(f);
		return 0;
	}
	size_t str = dep + zn, tab = (str + sizeof(names) + 7) & ~(size_t)7;
	len = tab + 3 * 64;
	memcpy(f, "\x7f" "ELF\x02\x01\x01", 7);
	put(f + 16, 3, 2);
	put(f + 18, 62, 2);
	put(f + 0x28, tab, 8);       /* e_shoff */
	put(f + 0x3a, 64, 2);
	put(f + 0x3c, 3, 2);
	put(f + 0x3e, 2, 2);         /* .shstrtab is section 2 */
	memcpy(f + str, names, sizeof(names));
	uint64_t sh[3][4] = { { 0, 0, 0, 0 }, { 1, 1, dep, zn }, { 9, 3, str, sizeof(names) } };
	for (int i = 0; i < 3; i++) {
		put(f + tab + 64 * i, sh[i][0], 4);
		put(f + tab + 64 * i + 4, sh[i][1], 4);
		put(f + tab + 64 * i + 24, sh[i][2], 8);
		put(f + tab + 64 * i + 32, sh[i][3], 8);
	}
	dd_fuzz_analyzer("executable", "usr/bin/app", 0100755, f, len);
	free(f);
	return 0;
}
