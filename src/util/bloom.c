/* Growing Bloom filter (see bloom.h). Level i holds 2^(14+i) keys; 10 bits
 * a key and 4 probes give about 1% false "maybe" per level. */
#include <stdlib.h>

#include "util/bloom.h"
#include "util/error.h"

#define FIRST_KEYS_LOG2 14
#define PROBES 4

static size_t level_keys(int i)
{
	return (size_t)1 << (FIRST_KEYS_LOG2 + i);
}

/* bits of level i: 10 a key, rounded to 64-bit words */
static size_t level_bits(int i)
{
	return level_keys(i) * 10 / 64 * 64;
}

static bool probe(uint64_t *bits, size_t nbits, uint64_t key, bool set)
{
	/* double hashing from the two halves of a well-mixed key */
	uint64_t x = key * 0x9e3779b97f4a7c15ULL;
	uint64_t h1 = x ^ (x >> 29), h2 = (key ^ (key >> 31)) | 1;
	for (int k = 0; k < PROBES; k++) {
		size_t bit = (size_t)((h1 + (uint64_t)k * h2) % nbits);
		if (set)
			bits[bit / 64] |= 1ULL << (bit % 64);
		else if (!(bits[bit / 64] & (1ULL << (bit % 64))))
			return false;
	}
	return true;
}

int dd_bloom_add(dd_bloom *b, uint64_t key)
{
	if (!b->levels || b->count >= level_keys(b->levels - 1)) {
		if (b->levels == DD_BLOOM_LEVELS)
			return dd_error_set(DD_ELIMIT, "bloom filter full");
		uint64_t *bits = calloc(level_bits(b->levels) / 64, sizeof(uint64_t));
		if (!bits)
			return dd_error_oom();
		b->bits[b->levels++] = bits;
		b->count = 0;
	}
	probe(b->bits[b->levels - 1], level_bits(b->levels - 1), key, true);
	b->count++;
	return 0;
}

bool dd_bloom_maybe(const dd_bloom *b, uint64_t key)
{
	for (int i = 0; i < b->levels; i++)
		if (probe(b->bits[i], level_bits(i), key, false))
			return true;
	return false;
}

void dd_bloom_free(dd_bloom *b)
{
	for (int i = 0; i < b->levels; i++)
		free(b->bits[i]);
	b->levels = 0;
	b->count = 0;
}
