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
#include <stdio.h>
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

/* text columns of a row read back that hold JSON (names NULL-terminated),
 * parsed in place; a column that does not parse stays text */
static inline void dd_store_json_fields(json_t *row, const char *const *names)
{
	for (size_t i = 0; names[i]; i++) {
		const char *t = jstr(row, names[i]);
		json_t *v = t ? json_loads(t, 0, NULL) : NULL;
		if (v)
			json_object_set_new(row, names[i], v);
	}
}

/* dd_store_json_fields on every row of an array */
static inline void dd_store_json_fields_rows(json_t *rows, const char *const *names)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
		dd_store_json_fields(row, names);
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

/* ---- delivery chains: the records both backends keep the same way ---- */

/* a chains row {doc, created_at, updated_at} -> the document with its
 * times (NULL when doc is not an object) */
static inline json_t *dd_store_chain_of(json_t *row)
{
	json_t *c = json_loads(jstr(row, "doc") ?: "", 0, NULL);
	if (c && json_is_object(c)) {
		json_object_set(c, "created_at", json_object_get(row, "created_at"));
		json_object_set(c, "updated_at", json_object_get(row, "updated_at"));
		return c;
	}
	json_decref(c);
	return NULL;
}

#define DD_STORE_RUN_STEPS_MAX 8

/* a chain run as chain_run_create takes it has every field it needs */
static inline int dd_store_chain_run_check(json_t *run)
{
	size_t n = json_array_size(json_object_get(run, "steps"));
	if (!jstr(run, "chain") || !jstr(run, "digest") || !jstr(run, "registry") || !jstr(run, "repository") ||
	    !jstr(run, "tag") || !jstr(run, "doc") || !jstr(run, "verdict") || jint(run, "item") <= 0 ||
	    jint(run, "scan_task") <= 0 || !n || n > DD_STORE_RUN_STEPS_MAX)
		return dd_store_error(DD_EINVAL, "store: a chain run needs chain, item, digest, scan_task, the image, doc, "
			"verdict and 1 to %d steps", DD_STORE_RUN_STEPS_MAX);
	return 0;
}

/* a checked run's task items (one per step, in order: the judged image
 * with its step) and the task's `image` ("registry/repository:tag@digest") */
static inline int dd_store_chain_run_items(json_t *run, json_t **items, char image[700])
{
	const char *registry = jstr(run, "registry"), *repository = jstr(run, "repository"), *tag = jstr(run, "tag");
	const char *digest = jstr(run, "digest");
	json_t *st;
	size_t i;
	if (!(*items = json_array()))
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	json_array_foreach(json_object_get(run, "steps"), i, st) {
		if (!json_is_string(st) || json_string_length(st) < 1 || json_string_length(st) > 15) {
			json_decref(*items);
			*items = NULL;
			return dd_store_error(DD_EINVAL, "store: chain run step %zu: a step name of 1 to 15 bytes", i);
		}
		json_array_append_new(*items, json_pack("{s:s,s:s,s:s,s:s,s:O}", "registry", registry, "repository",
			repository, "tag", tag, "digest", digest, "step", st));
	}
	snprintf(image, 700, "%s/%s:%s@%s", registry, repository, tag, digest);
	return 0;
}

#endif
