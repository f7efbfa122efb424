/* Optional libraries (see dlib.h). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/dlib.h"

void *dd_dlib_open(const char *env, const char *soname, const char *package, char *err, size_t errlen)
{
	const char *name = getenv(env);
	if (!name || !*name)
		name = soname;
	void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *why = dlerror();
		snprintf(err, errlen, "cannot load %s (install the Debian package %s): %s", name, package,
			why ? why : "unknown error");
	}
	return h;
}
