/*
 * The `dingtalk` notifier: a DingTalk custom robot ("自定义机器人") markdown
 * message made from the stored event, signed as the robot documentation
 * says for the "加签" (signature) security setting: the url gets
 * `timestamp` (milliseconds) and `sign` = urlencode(base64(HMAC-SHA256(
 * key = secret, "timestamp\nsecret"))). The robot answers HTTP 200 even
 * when it refuses: errcode in the body is what counts (0 = sent). It takes
 * 20 messages a minute (per_minute below; notify.c keeps to it).
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/notify.h"
#include "util/buf.h"

#define TEXT_MAX 16384      /* DingTalk caps a message at 20,000 bytes */
#define FIELD_MAX 200       /* one name or id from an image: hostile, so short */

/* s without control characters (a newline from an image must not start a
 * markdown block of its own), at most FIELD_MAX bytes */
static void put_field(dd_buf *b, const char *s)
{
	size_t n = 0;
	for (; s && *s && n < FIELD_MAX; s++, n++)
		dd_buf_putc(b, (unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
}

static const char *str(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static const char *title_of(const char *event)
{
	static const char *const names[][2] = {
		{ "scan_completed", "scan completed" }, { "image_blocked", "image BLOCKED" },
		{ "fix_completed", "fix completed" }, { "new_vulnerabilities", "new vulnerabilities" },
	};
	for (size_t i = 0; event && i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(event, names[i][0]))
			return names[i][1];
	return event && !strcmp(event, "test") ? "test message" : "event";
}

/* "critical 1, high 2, ..." of an object of counts */
static void put_counts(dd_buf *b, const char *label, json_t *counts)
{
	const char *k;
	json_t *v;
	bool first = true;
	if (!json_is_object(counts))
		return;
	dd_buf_printf(b, "**%s:** ", label);
	json_object_foreach(counts, k, v) {
		dd_buf_puts(b, first ? "" : ", ");
		put_field(b, k);
		dd_buf_printf(b, " %lld", (long long)json_integer_value(v));
		first = false;
	}
	dd_buf_puts(b, "\n\n");
}

static void put_ids(dd_buf *b, const char *label, json_t *list)
{
	size_t i;
	json_t *v;
	if (!json_array_size(list))
		return;
	dd_buf_printf(b, "**%s (%zu):** ", label, json_array_size(list));
	json_array_foreach(list, i, v) {
		if (i == 20) {
			dd_buf_puts(b, ", ...");
			break;
		}
		dd_buf_puts(b, i ? ", " : "");
		put_field(b, json_is_string(v) ? json_string_value(v) : str(v, "id"));
	}
	dd_buf_puts(b, "\n\n");
}

/* The markdown of an event (SERVICE.md body): image, digest, counts by
 * severity and by class, top findings, blocked or not, the report link. */
static char *markdown(json_t *doc, char *title, size_t tcap)
{
	dd_buf b = DD_BUF_INIT(TEXT_MAX);
	json_t *img = json_object_get(doc, "image"), *top = json_object_get(doc, "top_findings"), *f;
	char image[600];
	snprintf(image, sizeof(image), "%s/%s:%s", str(img, "registry") ?: "", str(img, "repository") ?: "",
		str(img, "tag") ?: "");
	snprintf(title, tcap, "drydock: %s %.200s", title_of(str(doc, "event")), image);
	dd_buf_printf(&b, "### drydock: %s\n\n**Image:** ", title_of(str(doc, "event")));
	put_field(&b, image);
	dd_buf_puts(&b, "\n\n**Digest:** ");
	put_field(&b, str(img, "digest") ?: "unknown");
	dd_buf_puts(&b, "\n\n");
	put_counts(&b, "Severity", json_object_get(doc, "summary"));
	put_counts(&b, "Classes", json_object_get(doc, "classes"));
	if (json_array_size(top)) {
		size_t i;
		dd_buf_puts(&b, "**Top findings:**\n\n");
		json_array_foreach(top, i, f) {
			dd_buf_puts(&b, "- ");
			put_field(&b, str(f, "severity"));
			dd_buf_puts(&b, " ");
			put_field(&b, str(f, "id"));
			if (str(f, "package")) {
				dd_buf_puts(&b, " in ");
				put_field(&b, str(f, "package"));
				dd_buf_puts(&b, " ");
				put_field(&b, str(f, "version"));
			} else if (str(f, "path")) {
				dd_buf_puts(&b, " at ");
				put_field(&b, str(f, "path"));
			}
			if (str(f, "fixed_version")) {
				dd_buf_puts(&b, " (fixed in ");
				put_field(&b, str(f, "fixed_version"));
				dd_buf_puts(&b, ")");
			}
			dd_buf_puts(&b, "\n");
		}
		dd_buf_puts(&b, "\n");
	}
	put_ids(&b, "Added", json_object_get(doc, "added"));
	put_ids(&b, "Removed", json_object_get(doc, "removed"));
	if (str(doc, "fixed_tag")) {
		dd_buf_puts(&b, "**Fixed image:** ");
		put_field(&b, str(doc, "fixed_tag"));
		dd_buf_puts(&b, "\n\n");
	}
	dd_buf_printf(&b, "**Blocked:** %s\n\n", json_is_true(json_object_get(doc, "blocked")) ? "YES" : "no");
	if (str(doc, "report_url")) {
		dd_buf_puts(&b, "[Report](");
		put_field(&b, str(doc, "report_url"));
		dd_buf_puts(&b, ")\n");
	}
	return dd_buf_detach(&b);   /* NULL only when out of memory; a cut text is still sent */
}

/* the signed url: url + timestamp + sign (RFC 3986 percent-encoding of the base64) */
static int signed_url(const char *url, const char *secret, char *out, size_t cap)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	long long ms = (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	char to_sign[1100], b64[64], sign[200];   /* secrets are at most 1 KiB (notify.c) */
	unsigned char mac[32];
	snprintf(to_sign, sizeof(to_sign), "%lld\n%s", ms, secret);
	dd_notify_hmac(secret, to_sign, strlen(to_sign), mac);
	EVP_EncodeBlock((unsigned char *)b64, mac, 32);
	size_t n = 0;
	for (const char *p = b64; *p && n + 4 < sizeof(sign); p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			sign[n++] = *p;
		else
			n += (size_t)snprintf(sign + n, 4, "%%%02X", (unsigned char)*p);
	}
	sign[n] = '\0';
	int w = snprintf(out, cap, "%s%ctimestamp=%lld&sign=%s", url, strchr(url, '?') ? '&' : '?', ms, sign);
	return w < 0 || (size_t)w >= cap ? dd_error_set_str(DD_EINVAL, "the notifier's url is too long") : 0;
}

static int deliver(const dd_notify_msg *m, char *err, size_t cap)
{
	char title[300], url[4096], key[200];
	char *text = markdown(m->doc, title, sizeof(title)), *body = NULL, *answer = NULL;
	const char *headers[2] = { key, NULL };
	long status = 0;
	int rc = 0;
	snprintf(key, sizeof(key), "Idempotency-Key: %.128s", m->event_id);
	json_t *msg = text ? json_pack("{s:s,s:{s:s,s:s}}", "msgtype", "markdown", "markdown", "title", title, "text", text)
		: NULL;
	if (!msg || !(body = json_dumps(msg, JSON_COMPACT))) {
		snprintf(err, cap, "out of memory");
		rc = dd_error_set_str(DD_ENOMEM, err);
		goto cleanup;
	}
	if (m->secret[0])
		rc = signed_url(m->url, m->secret, url, sizeof(url));
	else
		snprintf(url, sizeof(url), "%s", m->url);
	if (rc) {
		snprintf(err, cap, "%s", dd_error_last());
		goto cleanup;
	}
	if ((rc = dd_notify_post(m, url, headers, body, strlen(body), &status, &answer, err, cap)) != 0)
		goto cleanup;
	json_t *ans = json_loads(answer, 0, NULL);
	json_t *code = json_object_get(ans, "errcode");
	if (status != 200 || !json_is_integer(code) || json_integer_value(code) != 0) {
		if (status != 200)
			snprintf(err, cap, "the DingTalk robot answered HTTP %ld", status);
		else if (!json_is_integer(code))
			snprintf(err, cap, "the DingTalk robot's answer has no errcode (is the url a robot webhook?)");
		else
			snprintf(err, cap, "the DingTalk robot refused the message: errcode %lld: %.200s%s",
				(long long)json_integer_value(code), str(ans, "errmsg") ?: "",
				json_integer_value(code) == 310000 ? " (check the notifier's secret: the robot's 加签 key)" : "");
		rc = dd_error_set_str(DD_ENET, err);
	}
	json_decref(ans);
cleanup:
	free(answer);
	free(body);
	free(text);
	json_decref(msg);
	return rc;
}

const dd_notify_backend dd_notify_dingtalk = {
	.type = "dingtalk",
	.scheme = "https://",
	.per_minute = 20,
	.deliver = deliver,
};
