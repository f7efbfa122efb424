/* libclamav through dlopen (see clamav_lib.h). */
#ifdef DD_HAVE_CLAMAV
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "analyzers/clamav_lib.h"
#include "util/dlib.h"
#include "util/error.h"

#ifndef DD_CLAMAV_SONAME
#define DD_CLAMAV_SONAME "libclamav.so.12"
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static dd_clamav_lib lib;
static int load_rc;
static char load_err[512];

static void *sym(void *h, const char *name, int *missing)
{
	void *p = dlsym(h, name);
	if (!p && !*missing) {
		*missing = 1;
		snprintf(load_err, sizeof(load_err), "%s has no symbol %s (another libclamav version?)", DD_CLAMAV_SONAME, name);
	}
	return p;
}

static void load(void)
{
	void *h = dd_dlib_open("libclamav", DD_CLAMAV_SONAME, "libclamav12", load_err, sizeof(load_err));
	if (!h) {
		load_rc = DD_EUNSUPPORTED;
		return;
	}
	int missing = 0;
	*(void **)&lib.init = sym(h, "cl_init", &missing);
	*(void **)&lib.engine_new = sym(h, "cl_engine_new", &missing);
	*(void **)&lib.load = sym(h, "cl_load", &missing);
	*(void **)&lib.engine_compile = sym(h, "cl_engine_compile", &missing);
	*(void **)&lib.engine_free = sym(h, "cl_engine_free", &missing);
	*(void **)&lib.strerror = sym(h, "cl_strerror", &missing);
	*(void **)&lib.fmap_open_memory = sym(h, "cl_fmap_open_memory", &missing);
	*(void **)&lib.fmap_close = sym(h, "cl_fmap_close", &missing);
	*(void **)&lib.scanmap_callback = sym(h, "cl_scanmap_callback", &missing);
	if (missing) {
		load_rc = DD_EUNSUPPORTED;
		return;   /* the handle stays open: the process ends without ClamAV */
	}
	cl_error_t r = lib.init(CL_INIT_DEFAULT);
	if (r != CL_SUCCESS) {
		snprintf(load_err, sizeof(load_err), "ClamAV could not be initialized: %s", lib.strerror(r));
		load_rc = DD_ERROR;
	}
}

int dd_clamav_lib_get(const dd_clamav_lib **out)
{
	pthread_once(&once, load);
	if (load_rc)
		return dd_error_set(load_rc, "%s", load_err);
	*out = &lib;
	return 0;
}
#else
typedef int dd_clamav_lib_none; /* ISO C: a translation unit is not empty */
#endif
