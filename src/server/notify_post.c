/*
 * The one HTTP request every notifier makes: a JSON POST through libcurl
 * (loaded at first use, util/curl_lib.h), bounded in time and in the
 * answer it reads, certificate verification always on, no redirects (a
 * receiver that moved is an error to fix in the notifier, not a place to
 * send signed events to). And the HMAC-SHA256 both signatures use.
 */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */

#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

#include "server/notify.h"
#include "util/buf.h"
#include "util/curl_global.h"

#define CONNECT_TIMEOUT_S 5L
#define TOTAL_TIMEOUT_S 15L

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	dd_buf *b = ud;
	return dd_buf_put(b, p, size * n) == 0 ? size * n : 0;   /* over the cap: curl stops with a write error */
}

static int on_progress(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
	(void)dt, (void)dn, (void)ut, (void)un;
	const atomic_bool *abort = ud;
	return abort && atomic_load(abort) ? 1 : 0;
}

int dd_notify_post(const dd_notify_msg *m, const char *url, const char *const *headers, const char *body, size_t len,
	long *status, char **answer, char *err, size_t cap)
{
	dd_buf got = DD_BUF_INIT(DD_NOTIFY_ANSWER_MAX);
	struct curl_slist *hl = NULL;
	char curl_err[CURL_ERROR_SIZE] = "";
	int rc = dd_curl_global_setup();
	*status = 0;
	*answer = NULL;
	if (rc) {
		snprintf(err, cap, "%s", dd_error_last());
		return rc;
	}
	CURL *e = curl_easy_init();
	if (!e) {
		snprintf(err, cap, "libcurl could not start a request");
		return dd_error_set_str(DD_ENOMEM, err);
	}
	hl = curl_slist_append(hl, "Content-Type: application/json");
	hl = curl_slist_append(hl, "Expect:");   /* no 100-continue round trip */
	for (size_t i = 0; headers && headers[i]; i++)
		hl = curl_slist_append(hl, headers[i]);
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "drydock-notify");
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, CONNECT_TIMEOUT_S);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, TOTAL_TIMEOUT_S);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (m->ca_file && m->ca_file[0])
		curl_easy_setopt(e, CURLOPT_CAINFO, m->ca_file);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, hl);
	curl_easy_setopt(e, CURLOPT_POST, 1L);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &got);
	curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(e, CURLOPT_XFERINFODATA, (void *)m->abort);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, curl_err);
	CURLcode cc = hl ? curl_easy_perform(e) : CURLE_OUT_OF_MEMORY;
	if (cc == CURLE_OK) {
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
		*answer = dd_buf_detach(&got);
		if (!*answer)
			*answer = strdup("");
		rc = *answer ? 0 : dd_error_set_str(DD_ENOMEM, "out of memory");
	} else {
		const char *why = curl_err[0] ? curl_err : curl_easy_strerror(cc);
		if (cc == CURLE_WRITE_ERROR)
			snprintf(err, cap, "the receiver's answer is over %d bytes", DD_NOTIFY_ANSWER_MAX);
		else if (cc == CURLE_ABORTED_BY_CALLBACK)
			snprintf(err, cap, "stopped: the service is shutting down");
		else if (cc == CURLE_PEER_FAILED_VERIFICATION || cc == CURLE_SSL_CACERT_BADFILE || cc == CURLE_SSL_CONNECT_ERROR)
			snprintf(err, cap, "TLS: %s (set ca_file to the CA that signed the receiver's certificate)", why);
		else if (cc == CURLE_OPERATION_TIMEDOUT)
			snprintf(err, cap, "timed out: %s", why);
		else
			snprintf(err, cap, "%s", why);
		rc = dd_error_set_str(cc == CURLE_OPERATION_TIMEDOUT ? DD_ETIMEOUT : DD_ENET, err);
	}
	curl_slist_free_all(hl);
	curl_easy_cleanup(e);
	dd_buf_free(&got);
	return rc;
}

void dd_notify_hmac(const char *key, const void *data, size_t len, unsigned char out[32])
{
	unsigned int n = 32;
	if (!HMAC(EVP_sha256(), key, (int)strlen(key), data, len, out, &n))
		memset(out, 0, 32);
}

void dd_notify_hmac_hex(const char *key, const void *data, size_t len, char out[65])
{
	unsigned char mac[32];
	dd_notify_hmac(key, data, len, mac);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", mac[i]);
}
