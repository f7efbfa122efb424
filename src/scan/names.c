/* Name table of links and shadows (see names.h). */
#include <stdlib.h>
#include <string.h>

#include "scan/layer_result.h"
#include "scan/names.h"
#include "util/error.h"

uint64_t dd_path_hash_n(const char *path, size_t len)
{
	uint64_t h = DD_PATH_HASH_INIT;
	for (size_t i = 0; i < len; i++)
		h = dd_path_hash_step(h, (unsigned char)path[i]);
	return h;
}

static size_t *probe(const dd_names *t, uint64_t hash, const char *path, size_t len)
{
	size_t mask = t->cap_slots - 1;
	for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
		size_t *slot = &t->slots[i];
		if (!*slot)
			return slot;
		const dd_name *n = &t->items[*slot - 1];
		if (n->hash == hash && !strncmp(n->path, path, len) && !n->path[len])
			return slot;
	}
}

static int rehash(dd_names *t)
{
	size_t ncap = t->cap_slots ? t->cap_slots * 2 : 64;
	size_t *slots = calloc(ncap, sizeof(*slots));
	if (!slots)
		return dd_error_oom();
	free(t->slots);
	t->slots = slots;
	t->cap_slots = ncap;
	for (size_t i = 0; i < t->count; i++)
		*probe(t, t->items[i].hash, t->items[i].path, strlen(t->items[i].path)) = i + 1;
	return 0;
}

int dd_names_put(dd_names *t, const char *path, size_t len, dd_name_kind kind, const char *target)
{
	int rc;
	if ((t->count + 1) * 2 > t->cap_slots && (rc = rehash(t)) != 0)
		return rc;
	uint64_t hash = dd_path_hash_n(path, len);
	char *tcopy = target ? strdup(target) : NULL;
	if (target && !tcopy)
		return dd_error_oom();
	size_t *slot = probe(t, hash, path, len);
	if (*slot) {
		dd_name *n = &t->items[*slot - 1];
		free(n->target);
		n->target = tcopy;
		n->kind = kind;
		return 0;
	}
	if (t->count == t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 16;
		dd_name *p = realloc(t->items, ncap * sizeof(*p));
		if (!p) {
			free(tcopy);
			return dd_error_oom();
		}
		t->items = p;
		t->cap = ncap;
	}
	dd_name *n = &t->items[t->count];
	if (!(n->path = strndup(path, len))) {
		free(tcopy);
		return dd_error_oom();
	}
	n->target = tcopy;
	n->hash = hash;
	n->kind = kind;
	*slot = ++t->count;
	return 0;
}

const dd_name *dd_names_get(const dd_names *t, uint64_t hash, const char *path, size_t len)
{
	if (!t || !t->count)
		return NULL;
	size_t *slot = probe(t, hash, path, len);
	return *slot ? &t->items[*slot - 1] : NULL;
}

void dd_names_free(dd_names *t)
{
	for (size_t i = 0; i < t->count; i++) {
		free(t->items[i].path);
		free(t->items[i].target);
	}
	free(t->items);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}
