/*
 * libclamav, loaded at first use: the malware analyzer's optional ClamAV
 * engine (--clamav-db) through dlopen() of the library's soname, so that a
 * drydock that is never asked for ClamAV never maps it. Linking it costs
 * every process (even `drydock version`) about 10 ms and 5 MB of start-up:
 * libclamav pulls in ICU, libxml2 and a dozen more libraries.
 *
 * The one idea: the few entry points the analyzer calls live in one table of
 * function pointers with clamav.h's own prototypes (the header is a build
 * dependency, the library a runtime one), filled once per process.
 */
#ifndef DD_ANALYZERS_CLAMAV_LIB_H
#define DD_ANALYZERS_CLAMAV_LIB_H

#ifdef DD_HAVE_CLAMAV
#include <clamav.h>

typedef struct dd_clamav_lib {
	__typeof__(cl_init) *init;
	__typeof__(cl_engine_new) *engine_new;
	__typeof__(cl_load) *load;
	__typeof__(cl_engine_compile) *engine_compile;
	__typeof__(cl_engine_free) *engine_free;
	__typeof__(cl_strerror) *strerror;
	__typeof__(cl_fmap_open_memory) *fmap_open_memory;
	__typeof__(cl_fmap_close) *fmap_close;
	__typeof__(cl_scanmap_callback) *scanmap_callback;
} dd_clamav_lib;

/*
 * Loads and initializes libclamav (cl_init) once per process; later calls
 * return the same table. DD_EUNSUPPORTED with a message naming the library
 * and the Debian package when it cannot be loaded. dd_optional_library_set()
 * names another file to load instead (tests: a missing library).
 */
int dd_clamav_lib_get(const dd_clamav_lib **out);
#endif

#endif
