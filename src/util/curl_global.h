/*
 * libcurl's process-wide setup (curl_global_init), once per process
 * whatever the number of engines, scans and DB updates: it is not
 * thread-safe, and curl_global_cleanup is never called (a library cannot
 * know that no other user of libcurl in the process still needs it).
 */
#ifndef DD_UTIL_CURL_GLOBAL_H
#define DD_UTIL_CURL_GLOBAL_H

/* Loads libcurl (curl_lib.h) and initializes it once; 0 or an error. */
int dd_curl_global_setup(void);

#endif
