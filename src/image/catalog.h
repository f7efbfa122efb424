/*
 * Internals of registry catalogs (include/drydock/catalog.h): one lister
 * per registry type, as a const table (curl's TLS backends). A lister only
 * enumerates; connecting, credentials and paging helpers are shared here.
 */
#ifndef DD_IMAGE_CATALOG_H
#define DD_IMAGE_CATALOG_H

#include <jansson.h>

#include "drydock/catalog.h"
#include "image/registry.h"

typedef struct dd_catalog_backend {
	unsigned version;       /* 1 */
	const char *name;       /* the registry `type` of the config */
	/* both append sorted or unsorted names to out (dd_catalog_* sorts);
	 * namespace_ may be NULL (all) and is a hint: the caller filters */
	int (*repositories)(dd_strv *out, const dd_catalog_options *opts, const char *namespace_);
	int (*tags)(dd_strv *out, const dd_catalog_options *opts, const char *repository);
} dd_catalog_backend;

extern const dd_catalog_backend dd_catalog_distribution;
extern const dd_catalog_backend dd_catalog_harbor;
extern const dd_catalog_backend dd_catalog_acr;
extern const dd_catalog_backend dd_catalog_quay;
extern const dd_catalog_backend dd_catalog_gitlab;

/* A registry client for the catalog's URL, about `repository` (the token
 * scope when the registry asks for none). */
int dd_catalog__client(dd_registry_client **out, const dd_catalog_options *opts, const char *repository);
/* GET path (the registry's JSON answer, at most max bytes) into *body. */
int dd_catalog__get_json(dd_registry_client *c, const char *path, const char *what, size_t max,
	char **body, size_t *len, char **link);
/* The path of a Link header's rel="next" target on the same registry
 * (malloc'ed into *next), NULL when there is none; DD_EFORMAT when it
 * points elsewhere. */
int dd_catalog__next_link(const char *link, const char *base, char **next);
/* The same for links under another API root ("/api/v2.0/") */
int dd_catalog__next_link_under(const char *link, const char *base, const char *prefix, char **next);
/* Takes one page's JSON: appends names to out (dd_catalog__push_name
 * counts them against max). */
typedef int (*dd_catalog_page_fn)(json_t *doc, dd_strv *out, size_t *listed, size_t max, const void *ctx,
	const char *what);
/* GETs `first` and the pages its Link rel="next" headers lead to (paths
 * under link_prefix), each answer through take; at most max_items names
 * and a page count derived from it (a registry that links in circles ends
 * as DD_ELIMIT). repository: the token scope (NULL: the catalog's). */
int dd_catalog__pages(dd_strv *out, const dd_catalog_options *opts, const char *repository, const char *first,
	const char *link_prefix, dd_catalog_page_fn take, const void *ctx, const char *what);
/* GET of `path` ("/api/v1/...", under opts->api_url or else the registry's
 * URL) from the registry product's own API, with opts->api_token as a
 * Bearer token: its JSON answer parsed into *doc. 401/403 are DD_EAUTH
 * (naming the token), 404 DD_ENOTFOUND, other failures DD_ENET; the body
 * is bounded like a catalog page. */
int dd_catalog__api_get(dd_registry_client *c, const dd_catalog_options *opts, const char *path, const char *what,
	json_t **doc);
/* s with every byte outside RFC 3986's unreserved set %-encoded (a path
 * segment or query value; "group/sub" -> "group%2Fsub"), malloc'ed */
char *dd_catalog__escape(const char *s);
/* Appends a listed name unless it is none a registry can have; DD_ELIMIT
 * past max. */
int dd_catalog__push_name(dd_strv *out, const char *s, size_t *listed, size_t max, const char *what);
/* The effective limits of opts. */
size_t dd_catalog__max_items(const dd_catalog_options *opts);
size_t dd_catalog__page_size(const dd_catalog_options *opts);

#endif
