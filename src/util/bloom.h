/*
 * A growing Bloom filter of 64-bit keys (path hashes): "surely not added" or
 * "maybe added" in about 10 bits a key, where an exact set costs 128. Levels
 * double in size as keys arrive, so a small layer touches little memory.
 */
#ifndef DD_UTIL_BLOOM_H
#define DD_UTIL_BLOOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DD_BLOOM_LEVELS 24

typedef struct dd_bloom {
	uint64_t *bits[DD_BLOOM_LEVELS];
	size_t count;          /* keys in the newest level */
	int levels;
} dd_bloom;

int dd_bloom_add(dd_bloom *b, uint64_t key);
bool dd_bloom_maybe(const dd_bloom *b, uint64_t key);
void dd_bloom_free(dd_bloom *b);

#endif
