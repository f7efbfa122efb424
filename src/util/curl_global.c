/* libcurl's global init, once (curl_global.h). */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */
#include <pthread.h>

#include "util/curl_global.h"
#include "util/error.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static CURLcode init_rc;

static void init(void)
{
	init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int dd_curl_global_setup(void)
{
	int rc = dd_curl_load();
	if (rc)
		return rc;
	pthread_once(&once, init);
	if (init_rc != CURLE_OK)
		return dd_error_set(DD_ERROR, "libcurl failed to initialize (%s)", curl_easy_strerror(init_rc));
	return 0;
}
