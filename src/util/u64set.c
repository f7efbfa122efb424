/* Open-addressing u64 set (see u64set.h). */
#include <stdlib.h>

#include "util/error.h"
#include "util/u64set.h"

static size_t slot_of(uint64_t key, size_t cap)
{
	/* keys are already hashes; mix once more so low bits vary */
	key ^= key >> 33;
	key *= 0xff51afd7ed558ccdULL;
	key ^= key >> 33;
	return (size_t)key & (cap - 1);
}

static void put(uint64_t *slots, size_t cap, uint64_t key)
{
	size_t i = slot_of(key, cap);
	while (slots[i] && slots[i] != key)
		i = (i + 1) & (cap - 1);
	slots[i] = key;
}

int dd_u64set_add(dd_u64set *s, uint64_t key)
{
	if (key == 0) {
		s->has_zero = true;
		return 0;
	}
	if ((s->count + 1) * 2 > s->cap) {
		size_t ncap = s->cap ? s->cap * 2 : 1024;
		uint64_t *n = calloc(ncap, sizeof(uint64_t));
		if (!n)
			return dd_error_oom();
		for (size_t i = 0; i < s->cap; i++)
			if (s->slots[i])
				put(n, ncap, s->slots[i]);
		free(s->slots);
		s->slots = n;
		s->cap = ncap;
	}
	if (!dd_u64set_has(s, key)) {
		put(s->slots, s->cap, key);
		s->count++;
	}
	return 0;
}

bool dd_u64set_has(const dd_u64set *s, uint64_t key)
{
	if (key == 0)
		return s->has_zero;
	if (!s->cap)
		return false;
	size_t i = slot_of(key, s->cap);
	while (s->slots[i]) {
		if (s->slots[i] == key)
			return true;
		i = (i + 1) & (s->cap - 1);
	}
	return false;
}

void dd_u64set_free(dd_u64set *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->count = 0;
	s->has_zero = false;
}
