/* libcurl through dlopen (see curl_lib.h): forwarding definitions. */
#define CURL_DISABLE_TYPECHECK 1   /* these are the definitions the checks call */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/dlib.h"
#include "util/error.h"

#ifndef DD_CURL_SONAME
#define DD_CURL_SONAME "libcurl.so.4"
#endif

/* X(name, return type, (parameters), (arguments), value when not loaded) */
#define DD_CURL_FUNCS(X) \
	X(curl_global_init, CURLcode, (long flags), (flags), CURLE_FAILED_INIT) \
	X(curl_easy_init, CURL *, (void), (), NULL) \
	X(curl_easy_perform, CURLcode, (CURL *h), (h), CURLE_FAILED_INIT) \
	X(curl_easy_pause, CURLcode, (CURL *h, int bits), (h, bits), CURLE_FAILED_INIT) \
	X(curl_easy_strerror, const char *, (CURLcode c), (c), "libcurl is not available") \
	X(curl_easy_escape, char *, (CURL *h, const char *s, int n), (h, s, n), NULL) \
	X(curl_getdate, time_t, (const char *p, const time_t *unused), (p, unused), (time_t)-1) \
	X(curl_slist_append, struct curl_slist *, (struct curl_slist *l, const char *s), (l, s), NULL) \
	X(curl_multi_init, CURLM *, (void), (), NULL) \
	X(curl_multi_add_handle, CURLMcode, (CURLM *m, CURL *h), (m, h), CURLM_INTERNAL_ERROR) \
	X(curl_multi_remove_handle, CURLMcode, (CURLM *m, CURL *h), (m, h), CURLM_INTERNAL_ERROR) \
	X(curl_multi_perform, CURLMcode, (CURLM *m, int *running), (m, running), CURLM_INTERNAL_ERROR) \
	X(curl_multi_poll, CURLMcode, (CURLM *m, struct curl_waitfd fds[], unsigned int n, int ms, int *ret), \
		(m, fds, n, ms, ret), CURLM_INTERNAL_ERROR) \
	X(curl_multi_info_read, CURLMsg *, (CURLM *m, int *left), (m, left), NULL) \
	X(curl_multi_cleanup, CURLMcode, (CURLM *m), (m), CURLM_INTERNAL_ERROR) \
	X(curl_share_init, CURLSH *, (void), (), NULL) \
	X(curl_share_cleanup, CURLSHcode, (CURLSH *s), (s), CURLSHE_NOT_BUILT_IN) \
	X(curl_url, CURLU *, (void), (), NULL) \
	X(curl_url_get, CURLUcode, (CURLU *u, CURLUPart what, char **part, unsigned int flags), \
		(u, what, part, flags), CURLUE_OUT_OF_MEMORY) \
	X(curl_url_set, CURLUcode, (CURLU *u, CURLUPart what, const char *part, unsigned int flags), \
		(u, what, part, flags), CURLUE_OUT_OF_MEMORY)

/* the same for functions without a result */
#define DD_CURL_VOID_FUNCS(X) \
	X(curl_easy_cleanup, (CURL *h), (h)) \
	X(curl_easy_reset, (CURL *h), (h)) \
	X(curl_free, (void *p), (p)) \
	X(curl_slist_free_all, (struct curl_slist *l), (l)) \
	X(curl_url_cleanup, (CURLU *u), (u))

static struct {
#define FIELD(name, ret, params, args, fallback) ret(*name) params;
	DD_CURL_FUNCS(FIELD)
#undef FIELD
#define VFIELD(name, params, args) void(*name) params;
	DD_CURL_VOID_FUNCS(VFIELD)
#undef VFIELD
	CURLcode (*curl_easy_setopt)(CURL *, CURLoption, ...);
	CURLcode (*curl_easy_getinfo)(CURL *, CURLINFO, ...);
	CURLSHcode (*curl_share_setopt)(CURLSH *, CURLSHoption, ...);
} real;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int load_rc;
static char load_err[512];

static void load(void)
{
	void *h = dd_dlib_open("libcurl", DD_CURL_SONAME, "libcurl4", load_err, sizeof(load_err));
	if (!h) {
		load_rc = DD_EUNSUPPORTED;
		return;
	}
	const char *missing = NULL;
#define LOOKUP(name, ret, params, args, fallback) \
	if (!(*(void **)&real.name = dlsym(h, #name)) && !missing) \
		missing = #name;
	DD_CURL_FUNCS(LOOKUP)
#define VLOOKUP(name, params, args) LOOKUP(name, , , , )
	DD_CURL_VOID_FUNCS(VLOOKUP)
#undef VLOOKUP
	LOOKUP(curl_easy_setopt, , , , )
	LOOKUP(curl_easy_getinfo, , , , )
	LOOKUP(curl_share_setopt, , , , )
#undef LOOKUP
	if (missing) {
		snprintf(load_err, sizeof(load_err), "%s has no symbol %s (libcurl older than 7.66?)", DD_CURL_SONAME, missing);
		load_rc = DD_EUNSUPPORTED;
	}
}

int dd_curl_load(void)
{
	pthread_once(&once, load);
	if (load_rc)
		return dd_error_set(load_rc, "%s", load_err);
	return 0;
}

static int ready(void)
{
	pthread_once(&once, load);
	return load_rc == 0;
}

/* hidden as well: were drydock ever a shared library, it would not export them */
#pragma GCC visibility push(hidden)

#define DEFINE(name, ret, params, args, fallback) \
	ret name params \
	{ \
		if (!ready()) \
			return fallback; \
		return real.name args; \
	}
DD_CURL_FUNCS(DEFINE)
#undef DEFINE

#define VDEFINE(name, params, args) \
	void name params \
	{ \
		if (ready()) \
			real.name args; \
	}
DD_CURL_VOID_FUNCS(VDEFINE)
#undef VDEFINE

/* The variadic three take one argument whose type the option's number
 * says, as curl's own implementations read it. */
CURLcode curl_easy_setopt(CURL *h, CURLoption opt, ...)
{
	if (!ready())
		return CURLE_FAILED_INIT;
	va_list ap;
	va_start(ap, opt);
	CURLcode rc;
	if (opt < CURLOPTTYPE_OBJECTPOINT)
		rc = real.curl_easy_setopt(h, opt, va_arg(ap, long));
	else if (opt < CURLOPTTYPE_FUNCTIONPOINT)
		rc = real.curl_easy_setopt(h, opt, va_arg(ap, void *));
	else if (opt < CURLOPTTYPE_OFF_T)
		rc = real.curl_easy_setopt(h, opt, va_arg(ap, void (*)(void)));
	else if (opt < CURLOPTTYPE_BLOB)
		rc = real.curl_easy_setopt(h, opt, va_arg(ap, curl_off_t));
	else
		rc = real.curl_easy_setopt(h, opt, va_arg(ap, struct curl_blob *));
	va_end(ap);
	return rc;
}

CURLcode curl_easy_getinfo(CURL *h, CURLINFO info, ...)
{
	if (!ready())
		return CURLE_FAILED_INIT;
	va_list ap;
	va_start(ap, info);
	CURLcode rc = real.curl_easy_getinfo(h, info, va_arg(ap, void *));   /* always a pointer to the result */
	va_end(ap);
	return rc;
}

CURLSHcode curl_share_setopt(CURLSH *s, CURLSHoption opt, ...)
{
	if (!ready())
		return CURLSHE_NOT_BUILT_IN;
	va_list ap;
	va_start(ap, opt);
	CURLSHcode rc;
	switch (opt) {
	case CURLSHOPT_SHARE:
	case CURLSHOPT_UNSHARE:
		rc = real.curl_share_setopt(s, opt, va_arg(ap, int));
		break;
	case CURLSHOPT_LOCKFUNC:
		rc = real.curl_share_setopt(s, opt, va_arg(ap, curl_lock_function));
		break;
	case CURLSHOPT_UNLOCKFUNC:
		rc = real.curl_share_setopt(s, opt, va_arg(ap, curl_unlock_function));
		break;
	default:
		rc = real.curl_share_setopt(s, opt, va_arg(ap, void *));
	}
	va_end(ap);
	return rc;
}

#pragma GCC visibility pop
