/*
 * Optional libraries loaded at first use (libcurl, libclamav): what a
 * process that never needs them does not pay for at start. The one idea:
 * RTLD_LOCAL, so their symbols and those of the libraries they pull in stay
 * out of the global namespace, and an environment variable can name another
 * file (tests: a missing library).
 */
#ifndef DD_UTIL_DLIB_H
#define DD_UTIL_DLIB_H

#include <stddef.h>

/* dlopen() of $env or else soname; NULL with a message naming the Debian
 * package in err. */
void *dd_dlib_open(const char *env, const char *soname, const char *package, char *err, size_t errlen);

#endif
