/* Resolution inside the root (see resolve.h). The components still to walk
 * sit right-aligned in one buffer, so a followed link is put in front of
 * them without moving the rest. */
#include <string.h>

#include "scan/layer_result.h"
#include "scan/names.h"
#include "scan/resolve.h"
#include "util/error.h"

#define PENDING_MAX (2 * DD_RESOLVE_PATH_MAX)

/* True when some component that must be followed is a symlink. */
static bool needs_work(dd_link_lookup lookup, void *ctx, const char *path, bool follow_last)
{
	uint64_t h = DD_PATH_HASH_INIT;
	size_t k = 0;
	for (; path[k]; k++) {
		if (path[k] == '/') {
			if (!k || path[k - 1] == '/' || lookup(ctx, h, path, k))
				return true;
		} else if (path[k] == '.' && (!k || path[k - 1] == '/') &&
			   (!path[k + 1] || path[k + 1] == '/' || (path[k + 1] == '.' && (!path[k + 2] || path[k + 2] == '/')))) {
			return true; /* "." or ".." parts are walked, not looked up */
		}
		h = dd_path_hash_step(h, (unsigned char)path[k]);
	}
	return (k && path[k - 1] == '/') || (follow_last && k && lookup(ctx, h, path, k));
}

int dd_resolve(dd_link_lookup lookup, void *ctx, const char *path, bool follow_last, char *out, size_t outcap)
{
	if (!needs_work(lookup, ctx, path, follow_last))
		return 0;
	char pend[PENDING_MAX];
	size_t plen = strlen(path);
	if (plen >= sizeof(pend) || outcap < 2)
		return dd_error_set(DD_ELIMIT, "path '%.100s...' is longer than %d bytes", path, DD_RESOLVE_PATH_MAX);
	size_t start = sizeof(pend) - plen;
	memcpy(pend + start, path, plen);
	size_t olen = 0;
	int links = 0;
	out[0] = '\0';
	while (start < sizeof(pend)) {
		while (start < sizeof(pend) && pend[start] == '/')
			start++;
		if (start == sizeof(pend))
			break;
		const char *c = pend + start;
		size_t clen = 0;
		while (start + clen < sizeof(pend) && c[clen] != '/')
			clen++;
		start += clen;
		if (clen == 1 && c[0] == '.')
			continue;
		if (clen == 2 && c[0] == '.' && c[1] == '.') {
			/* ".." at the root stays at the root */
			while (olen && out[olen - 1] != '/')
				olen--;
			if (olen)
				olen--;
			out[olen] = '\0';
			continue;
		}
		bool last = true;
		for (size_t k = start; k < sizeof(pend); k++)
			if (pend[k] != '/') {
				last = false;
				break;
			}
		size_t before = olen;
		if (olen + (olen ? 1 : 0) + clen + 1 > outcap || olen + 1 + clen >= DD_RESOLVE_PATH_MAX)
			return dd_error_set(DD_ELIMIT, "path '%.100s...' resolves past %d bytes", path, DD_RESOLVE_PATH_MAX);
		if (olen)
			out[olen++] = '/';
		memcpy(out + olen, c, clen);
		olen += clen;
		out[olen] = '\0';
		if (last && !follow_last)
			break;
		const char *target = lookup(ctx, dd_path_hash_n(out, olen), out, olen);
		if (!target)
			continue;
		if (++links > DD_RESOLVE_MAX_LINKS)
			return dd_error_set(DD_ELIMIT, "'%.200s': more than %d symlinks to follow (a loop?)", path, DD_RESOLVE_MAX_LINKS);
		size_t tlen = strlen(target);
		if (!tlen)
			return dd_error_set(DD_ENOTFOUND, "'%.200s': symlink '%.200s' has an empty target", path, out);
		if (tlen + 1 > start)
			return dd_error_set(DD_ELIMIT, "path '%.100s...' resolves past %d bytes", path, DD_RESOLVE_PATH_MAX);
		/* the link's own name goes; its target is walked from its parent */
		olen = before;
		out[olen] = '\0';
		if (target[0] == '/')
			olen = 0, out[0] = '\0';
		pend[--start] = '/';
		start -= tlen;
		memcpy(pend + start, target, tlen);
	}
	return 1;
}
