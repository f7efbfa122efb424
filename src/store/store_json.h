/*
 * What both backends share about records as JSON: reading the fields of a
 * record the API hands in, and the column names whose values take another
 * JSON shape in a row read back (a JSON array or object kept as text, a
 * boolean kept as 0/1), so that a row is the same object from either
 * backend.
 */
#ifndef DD_STORE_JSON_H
#define DD_STORE_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "store/store.h"

static inline const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static inline int64_t jint(json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

static inline int64_t jbool(json_t *o, const char *k)
{
	return json_is_true(json_object_get(o, k));
}

/* a field as compact JSON text (malloc'ed; NULL when absent or null) */
static inline char *jdump(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return v && !json_is_null(v) ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
}

/* columns that hold JSON text; scanners_list is served as "scanners" */
static inline bool dd_store_json_column(const char *n)
{
	return !strcmp(n, "scanners_list") || !strcmp(n, "notifiers") || !strcmp(n, "repositories") || !strcmp(n, "summary");
}

/* columns that hold a boolean as 0/1 */
static inline bool dd_store_bool_column(const char *n)
{
	return !strcmp(n, "plain_http") || !strcmp(n, "on_push") || !strcmp(n, "complete");
}

/* image_get's answer: the image's row (NULL: none) with its latest item's
 * fields (NULL: none) merged in; takes both; DD_ENOTFOUND when neither */
static inline int dd_store_image_merge(json_t *img, json_t *item, const char *registry, const char *repository,
	const char *tag, json_t **out)
{
	if (!img && !item)
		return dd_store_error(DD_ENOTFOUND, "image %s/%s:%s is unknown here", registry, repository, tag);
	if (!img)
		img = json_object();
	if (item)
		json_object_update(img, item);
	json_decref(item);
	*out = img;
	return 0;
}

#endif
