/*
 * libcurl, loaded at first use. drydock does not link libcurl: it and the
 * two dozen libraries it pulls in (GnuTLS for librtmp, Kerberos, LDAP, SSH,
 * nghttp2...) cost every process about 4 ms and 2.5 MB at start, and most
 * runs (local images, cached rescans, reports) never make a request.
 *
 * The one idea: util/curl_lib.c defines the curl_* functions drydock calls,
 * each forwarding to the real one found with dlsym(), so call sites keep
 * curl's own prototypes and its compile-time option type checks. Entry
 * points that are about to use curl call dd_curl_load() for a clear error
 * when the library is missing; a function reached without it loads it too.
 */
#ifndef DD_UTIL_CURL_LIB_H
#define DD_UTIL_CURL_LIB_H

/*
 * Loads libcurl (its soname, or $DRYDOCK_LIBCURL for tests) once per
 * process. DD_EUNSUPPORTED with a message naming the Debian package when it
 * cannot be loaded.
 */
int dd_curl_load(void);

#endif
