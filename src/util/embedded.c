/* Lookup in the generated table of bundled rule files (see embedded.h). */
#include <string.h>

#include "util/embedded.h"

const dd_embedded_file *dd_embedded_get(const char *name)
{
	for (const dd_embedded_file *f = dd_embedded_files; f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}
