/*
 * The `http` and `https` notifiers: the event body as SERVICE.md gives
 * it, POSTed as stored (so a retry carries the same bytes), with
 * Idempotency-Key = the event id and, with a secret,
 * X-Drydock-Signature: sha256=HEX (HMAC-SHA256 of the body). A receiver
 * accepts with any 2xx. The two types differ only in the scheme their
 * url must have: `https` is the one to use off the host.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/notify.h"

static int deliver(const dd_notify_msg *m, char *err, size_t cap)
{
	char key[200], sig[100], hex[65];
	const char *headers[3] = { key, NULL, NULL };
	snprintf(key, sizeof(key), "Idempotency-Key: %.128s", m->event_id);
	if (m->secret[0]) {
		dd_notify_hmac_hex(m->secret, m->body, m->body_len, hex);
		snprintf(sig, sizeof(sig), "X-Drydock-Signature: sha256=%s", hex);
		headers[1] = sig;
	}
	long status = 0;
	char *answer = NULL;
	int rc = dd_notify_post(m, m->url, headers, m->body, m->body_len, &status, &answer, err, cap);
	if (rc)
		return rc;
	if (status < 200 || status > 299) {
		/* the receiver's own words help; keep them short and printable */
		char said[201];
		size_t n = 0;
		for (const char *p = answer; *p && n < sizeof(said) - 1; p++)
			said[n++] = (*p >= 0x20 && *p < 0x7f) ? *p : ' ';
		said[n] = '\0';
		snprintf(err, cap, "the receiver answered HTTP %ld%s%s", status, n ? ": " : "", said);
		rc = dd_error_set_str(DD_ENET, err);
	}
	free(answer);
	return rc;
}

const dd_notify_backend dd_notify_http = {
	.type = "http",
	.scheme = "http://",
	.per_minute = 0,
	.deliver = deliver,
};

const dd_notify_backend dd_notify_https = {
	.type = "https",
	.scheme = "https://",
	.per_minute = 0,
	.deliver = deliver,
};
