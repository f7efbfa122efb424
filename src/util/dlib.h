/*
 * Optional libraries loaded at first use (libcurl, libclamav): what a
 * process that never needs them does not pay for at start. The one idea:
 * RTLD_LOCAL, so their symbols and those of the libraries they pull in stay
 * out of the global namespace. The caller can name another file with
 * dd_optional_library_set() (the CLI's DRYDOCK_LIBCURL / DRYDOCK_LIBCLAMAV;
 * tests: a missing library).
 */
#ifndef DD_UTIL_DLIB_H
#define DD_UTIL_DLIB_H

#include <stddef.h>

/* dlopen() of the file set for `which` ("libcurl", "libclamav") or else
 * soname; NULL with a message naming the Debian package in err. */
void *dd_dlib_open(const char *which, const char *soname, const char *package, char *err, size_t errlen);

#endif
