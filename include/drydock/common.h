/* Types shared by every public header. */
#ifndef DRYDOCK_COMMON_H
#define DRYDOCK_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A vector of owned, NUL-terminated strings; items[count] is NULL when
 * count > 0. Free with dd_strv_free() (util/str.h internally). */
typedef struct dd_strv {
	char **items;
	size_t count;
	size_t cap;
} dd_strv;

#endif
