/*
 * Reading members of jansson objects the way every reader of user and
 * image JSON here wants them.
 */
#ifndef DD_UTIL_JSON_GET_H
#define DD_UTIL_JSON_GET_H

#include <jansson.h>

/* Member key of o as a non-empty string; NULL when o is not an object, the
 * member is absent, not a string, or "". */
const char *dd_json_str(const json_t *o, const char *key);

#endif
