/* Links after the squash (see links.h). */
#include <stdlib.h>
#include <string.h>

#include "scan/links.h"
#include "scan/resolve.h"
#include "scan/squash.h"
#include "util/error.h"

static bool has_dir(const dd_layer_result *r, uint64_t key)
{
	return r->n_dirs && bsearch(&key, r->dir_hashes, r->n_dirs, sizeof(uint64_t), dd_u64_cmp) != NULL;
}

/* Symlink s of layer j still stands when layer `upto` is applied: no
 * layer between deleted or replaced it (a directory entry replaces it too). */
static bool link_stands(dd_layer_result **layers, size_t upto, size_t j, const dd_symlink *s)
{
	if (!dd_squash_alive(layers, upto, j, s->path))
		return false;
	uint64_t key = DD_DIR_KEY(s->hash, true);
	for (size_t k = j + 1; k < upto; k++)
		if (has_dir(layers[k], key))
			return false;
	return true;
}

/* The symlinks standing below layer `upto` (all layers: upto == n). */
static int model_below(dd_layer_result **layers, size_t upto, dd_names *out)
{
	int rc;
	for (size_t j = 0; j < upto; j++)
		for (size_t k = 0; k < layers[j]->n_symlinks; k++) {
			const dd_symlink *s = &layers[j]->symlinks[k];
			if (link_stands(layers, upto, j, s) &&
			    (rc = dd_names_put(out, s->path, strlen(s->path), DD_NAME_SYMLINK, s->target)) != 0)
				return rc;
		}
	return 0;
}

/* Layer i writes under a symlinked directory of a lower layer. */
static bool under_lower_link(dd_layer_result **layers, size_t i)
{
	if (!layers[i]->n_dirs)
		return false;
	for (size_t j = 0; j < i; j++)
		for (size_t k = 0; k < layers[j]->n_symlinks; k++) {
			const dd_symlink *s = &layers[j]->symlinks[k];
			if (has_dir(layers[i], DD_DIR_KEY(s->hash, false)) && link_stands(layers, i, j, s))
				return true;
		}
	return false;
}

static int cmp_alias(const void *a, const void *b)
{
	const dd_alias *x = a, *y = b;
	return x->target_hash < y->target_hash ? -1 : x->target_hash > y->target_hash;
}

static void free_aliases(dd_alias *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].path);
	free(v);
}

/* One read of layer i (result r) that analyzes the aliases' targets under their names. */
static int fetch(dd_layer_result *r, size_t i, dd_alias *aliases, size_t n_aliases, const dd_names *lower,
	const dd_links_io *io)
{
	qsort(aliases, n_aliases, sizeof(dd_alias), cmp_alias);
	dd_walk_config cfg = *io->walk;
	cfg.lower = lower;
	cfg.aliases = aliases;
	cfg.n_aliases = n_aliases;
	cfg.aliases_only = true;
	/* the read's own records are the first read's again: thrown away */
	dd_layer_result *scratch = dd_layer_result_new(r->digest, r->diff_id);
	if (!scratch)
		return dd_error_oom();
	int rc = io->reread(io->ctx, i, &cfg, scratch);
	dd_layer_result_free(scratch);
	r->rereads++;
	return rc;
}

int dd_links_fetch_own(dd_layer_result *r, size_t i, const dd_links_io *io)
{
	if (!r->n_aliases)
		return 0;
	dd_alias *v = r->aliases;
	size_t n = r->n_aliases;
	r->aliases = NULL;
	r->n_aliases = r->cap_aliases = 0;
	int rc = fetch(r, i, v, n, NULL, io);
	free_aliases(v, n);
	return rc;
}

/* Re-walks layer i through the lower layers' links. */
static int rewalk(dd_layer_result **layers, size_t i, const dd_links_io *io)
{
	dd_names lower = { 0 };
	dd_layer_result *res = NULL;
	int rc = model_below(layers, i, &lower);
	if (rc)
		goto out;
	dd_walk_config cfg = *io->walk;
	cfg.lower = &lower;
	if (!(res = dd_layer_result_new(layers[i]->digest, layers[i]->diff_id))) {
		rc = dd_error_oom();
		goto out;
	}
	if ((rc = io->reread(io->ctx, i, &cfg, res)) != 0)
		goto out;
	dd_layer_result_sort_paths(res);
	res->rereads = layers[i]->rereads + 1;
	/* its own claimed hardlinks, read through the same links */
	if (res->n_aliases) {
		dd_alias *v = res->aliases;
		size_t n = res->n_aliases;
		res->aliases = NULL;
		res->n_aliases = res->cap_aliases = 0;
		rc = fetch(res, i, v, n, &lower, io);
		free_aliases(v, n);
		if (rc)
			goto out;
	}
	dd_layer_result_free(layers[i]);
	layers[i] = res;
	res = NULL;
out:
	dd_layer_result_free(res);
	dd_names_free(&lower);
	return rc;
}

static const char *model_lookup(void *ctx, uint64_t hash, const char *path, size_t len)
{
	const dd_name *n = dd_names_get(ctx, hash, path, len);
	return n && n->kind == DD_NAME_SYMLINK ? n->target : NULL;
}

static int cmp_hardlink(const void *key, const void *item)
{
	uint64_t h = *(const uint64_t *)key, p = ((const dd_hardlink *)item)->path_hash;
	return h < p ? -1 : h > p;
}

typedef struct alias_list {
	dd_alias *v;
	size_t n, cap;
} alias_list;

static int alias_push(alias_list *l, const char *path, uint64_t target_hash, dd_layer_result *into)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 8;
		dd_alias *p = realloc(l->v, ncap * sizeof(*p));
		if (!p)
			return dd_error_oom();
		l->v = p;
		l->cap = ncap;
	}
	if (!(l->v[l->n].path = strdup(path)))
		return dd_error_oom();
	l->v[l->n].target_hash = target_hash;
	l->v[l->n].into = into;
	l->n++;
	return 0;
}

/* `path` is a claimed name that a symlink of layer i, standing in the final
 * view, makes point elsewhere (the link itself, or a directory link on the
 * way): find the layer whose content the resolved target is, and queue an
 * alias there. */
static int alias_path(dd_layer_result **layers, size_t n, size_t i, const char *path, const dd_names *final,
	alias_list *per_layer, const dd_walk_config *cfg)
{
	if (!dd_walk_claims(cfg, path, NULL))
		return 0;
	char target[DD_RESOLVE_PATH_MAX];
	int r = dd_resolve(model_lookup, (void *)final, path, true, target, sizeof(target));
	if (r < 0) {
		dd_layer_result_note(layers[i], true, "%s: %s; not analyzed", path, dd_error_last());
		return r == DD_ENOMEM ? r : 0;
	}
	if (r == 0 || !*target || !dd_walk_claims(cfg, path, target))
		return 0;
	uint64_t th = dd_path_hash(target);
	for (size_t j = n; j-- > 0;) {
		dd_layer_result *l = layers[j];
		if (!l->n_hashes || !bsearch(&th, l->path_hashes, l->n_hashes, sizeof(uint64_t), dd_u64_cmp))
			continue;
		if (!dd_squash_alive(layers, n, j, target))
			return 0;
		/* a hardlink there: the content is its target's, in the same layer */
		const dd_hardlink *hl = l->n_hardlinks ? bsearch(&th, l->hardlinks, l->n_hardlinks, sizeof(dd_hardlink),
			cmp_hardlink) : NULL;
		return alias_push(&per_layer[j], path, hl ? hl->target_hash : th, layers[i]);
	}
	return 0; /* dangling: the container finds nothing there either */
}

typedef struct below_ctx {
	dd_layer_result **layers;
	size_t n, i;
	const dd_names *final;
	alias_list *per_layer;
	const dd_walk_config *cfg;
} below_ctx;

static int alias_below(void *ctx, const char *path)
{
	below_ctx *b = ctx;
	return alias_path(b->layers, b->n, b->i, path, b->final, b->per_layer, b->cfg);
}

/* Symlink s names a claimed path, or a directory on the way to one. */
static int alias_symlink(dd_layer_result **layers, size_t n, size_t i, const dd_symlink *s, const dd_names *final,
	alias_list *per_layer, const dd_walk_config *cfg)
{
	int rc = alias_path(layers, n, i, s->path, final, per_layer, cfg);
	if (rc)
		return rc;
	below_ctx b = { layers, n, i, final, per_layer, cfg };
	return dd_walk_claimed_below(cfg, s->path, alias_below, &b);
}

int dd_links_settle(dd_layer_result **layers, size_t n, const dd_links_io *io)
{
	int rc = 0;
	dd_names final = { 0 };
	alias_list *per_layer = NULL;
	for (size_t i = 1; i < n; i++)
		if (under_lower_link(layers, i) && (rc = rewalk(layers, i, io)) != 0)
			goto out;
	bool any = false;
	for (size_t i = 0; i < n && !any; i++)
		any = layers[i]->n_symlinks != 0;
	if (!any)
		goto out;
	if ((rc = model_below(layers, n, &final)) != 0)
		goto out;
	if (!(per_layer = calloc(n, sizeof(*per_layer)))) {
		rc = dd_error_oom();
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < layers[i]->n_symlinks; k++) {
			const dd_symlink *s = &layers[i]->symlinks[k];
			if (link_stands(layers, n, i, s) &&
			    (rc = alias_symlink(layers, n, i, s, &final, per_layer, io->walk)) != 0)
				goto out;
		}
	for (size_t j = 0; j < n; j++) {
		if (!per_layer[j].n)
			continue;
		dd_names lower = { 0 };
		rc = model_below(layers, j, &lower);
		if (!rc)
			rc = fetch(layers[j], j, per_layer[j].v, per_layer[j].n, lower.count ? &lower : NULL, io);
		dd_names_free(&lower);
		if (rc)
			goto out;
	}
out:
	if (per_layer) {
		for (size_t j = 0; j < n; j++)
			free_aliases(per_layer[j].v, per_layer[j].n);
		free(per_layer);
	}
	dd_names_free(&final);
	return rc;
}
