/* Optional libraries (see dlib.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "util/dlib.h"
#include "util/error.h"

/* The file each optional library is loaded from when the caller named one
 * (dd_optional_library_set), and whether it was loaded already: a library
 * is loaded once per process, so a later setting could not take effect. */
static struct {
	const char *which;
	char file[4096];
	bool opened;
} libs[] = { { "libcurl", "", false }, { "libclamav", "", false } };
static pthread_mutex_t libs_lock = PTHREAD_MUTEX_INITIALIZER;

int dd_optional_library_set(const char *which, const char *file)
{
	int rc = 1;   /* no such library */
	pthread_mutex_lock(&libs_lock);
	for (size_t i = 0; which && i < sizeof(libs) / sizeof(*libs); i++) {
		if (strcmp(libs[i].which, which))
			continue;
		if (libs[i].opened)
			rc = dd_error_set(DD_EINVAL, "%s is already loaded; name its file before the first scan", which);
		else if (file && strlen(file) >= sizeof(libs[i].file))
			rc = dd_error_set(DD_EINVAL, "%s: file name over %zu bytes", which, sizeof(libs[i].file) - 1);
		else {
			snprintf(libs[i].file, sizeof(libs[i].file), "%s", file ? file : "");
			rc = 0;
		}
	}
	pthread_mutex_unlock(&libs_lock);
	if (rc == 1)
		rc = dd_error_set(DD_EINVAL, "dd_optional_library_set: unknown library '%s' (libcurl or libclamav)",
			which ? which : "(null)");
	return rc;
}

void *dd_dlib_open(const char *which, const char *soname, const char *package, char *err, size_t errlen)
{
	char name[4096];
	snprintf(name, sizeof(name), "%s", soname);
	pthread_mutex_lock(&libs_lock);
	for (size_t i = 0; i < sizeof(libs) / sizeof(*libs); i++)
		if (!strcmp(libs[i].which, which)) {
			if (libs[i].file[0])
				snprintf(name, sizeof(name), "%s", libs[i].file);
			libs[i].opened = true;
		}
	pthread_mutex_unlock(&libs_lock);
	void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *why = dlerror();
		snprintf(err, errlen, "cannot load %s (install the Debian package %s): %s", name, package,
			why ? why : "unknown error");
	}
	return h;
}
