/* An open-addressing set of 64-bit keys (path hashes), growing by doubling.
 * Key 0 is stored out of band so it can mark empty slots. */
#ifndef DD_UTIL_U64SET_H
#define DD_UTIL_U64SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct dd_u64set {
	uint64_t *slots;
	size_t cap, count;
	bool has_zero;
} dd_u64set;

int dd_u64set_add(dd_u64set *s, uint64_t key);
bool dd_u64set_has(const dd_u64set *s, uint64_t key);
void dd_u64set_free(dd_u64set *s);

#endif
