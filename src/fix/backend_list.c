/*
 * The backend table from backend_list.h, and the choice of a backend by the
 * OS family the scan detected.
 */
#include <string.h>

#include "fix/backend.h"

#define DD_FIX_BACKEND(n) extern const dd_fix_backend dd_fix_backend_##n;
#include "fix/backend_list.h"
#undef DD_FIX_BACKEND

const dd_fix_backend *const dd_fix_backends[] = {
#define DD_FIX_BACKEND(n) &dd_fix_backend_##n,
#include "fix/backend_list.h"
#undef DD_FIX_BACKEND
	NULL
};

const dd_fix_backend *dd_fix_backend_for(const char *os_family)
{
	if (!os_family)
		return NULL;
	for (size_t i = 0; dd_fix_backends[i]; i++)
		for (const char *const *f = dd_fix_backends[i]->os_families; f && *f; f++)
			if (!strcmp(*f, os_family))
				return dd_fix_backends[i];
	return NULL;
}
