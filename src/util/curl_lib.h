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
 *
 * The forwarders must not be curl's own symbols: a program that links
 * drydock and libcurl (the service's notifier) would have its own curl
 * calls land in them. Each name below is, to the linker, dd_curl_*; in the
 * source it stays curl_*. Include this header instead of <curl/curl.h> (it
 * must come first: the renaming applies to the declarations that follow).
 * tests/util/curl_symbols.sh fails when a curl_* symbol is defined again.
 */
#ifndef DD_UTIL_CURL_LIB_H
#define DD_UTIL_CURL_LIB_H

#pragma redefine_extname curl_global_init dd_curl_global_init
#pragma redefine_extname curl_easy_init dd_curl_easy_init
#pragma redefine_extname curl_easy_perform dd_curl_easy_perform
#pragma redefine_extname curl_easy_pause dd_curl_easy_pause
#pragma redefine_extname curl_easy_strerror dd_curl_easy_strerror
#pragma redefine_extname curl_easy_escape dd_curl_easy_escape
#pragma redefine_extname curl_getdate dd_curl_getdate
#pragma redefine_extname curl_slist_append dd_curl_slist_append
#pragma redefine_extname curl_multi_init dd_curl_multi_init
#pragma redefine_extname curl_multi_add_handle dd_curl_multi_add_handle
#pragma redefine_extname curl_multi_remove_handle dd_curl_multi_remove_handle
#pragma redefine_extname curl_multi_perform dd_curl_multi_perform
#pragma redefine_extname curl_multi_poll dd_curl_multi_poll
#pragma redefine_extname curl_multi_info_read dd_curl_multi_info_read
#pragma redefine_extname curl_multi_cleanup dd_curl_multi_cleanup
#pragma redefine_extname curl_share_init dd_curl_share_init
#pragma redefine_extname curl_share_cleanup dd_curl_share_cleanup
#pragma redefine_extname curl_url dd_curl_url
#pragma redefine_extname curl_url_get dd_curl_url_get
#pragma redefine_extname curl_url_set dd_curl_url_set
#pragma redefine_extname curl_easy_cleanup dd_curl_easy_cleanup
#pragma redefine_extname curl_easy_reset dd_curl_easy_reset
#pragma redefine_extname curl_free dd_curl_free
#pragma redefine_extname curl_slist_free_all dd_curl_slist_free_all
#pragma redefine_extname curl_url_cleanup dd_curl_url_cleanup
#pragma redefine_extname curl_easy_setopt dd_curl_easy_setopt
#pragma redefine_extname curl_easy_getinfo dd_curl_easy_getinfo
#pragma redefine_extname curl_share_setopt dd_curl_share_setopt

#include <curl/curl.h>

/*
 * Loads libcurl (its soname, or the file dd_optional_library_set named) once per
 * process. DD_EUNSUPPORTED with a message naming the Debian package when it
 * cannot be loaded.
 */
int dd_curl_load(void);

#endif
