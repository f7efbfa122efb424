/*
 * What both webhook parsers share: loading a bounded body, the digest
 * check, and the event list that drops an id it already holds.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/webhook.h"

bool dd_webhook_valid_digest(const char *s)
{
	size_t hex;
	if (!s)
		return false;
	if (!strncmp(s, "sha256:", 7))
		hex = 64;
	else if (!strncmp(s, "sha512:", 7))
		hex = 128;
	else
		return false;
	const char *h = s + 7;
	if (strlen(h) != hex)
		return false;
	for (size_t i = 0; i < hex; i++)
		if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
			return false;
	return true;
}

const char *dd_webhook__str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s && *s ? s : NULL;
}

int dd_webhook__error(int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return dd_error_set_str(code, msg);
}

json_t *dd_webhook__load(const char *what, const char *body, size_t len, int *rc)
{
	json_error_t err;
	json_t *root;
	*rc = 0;
	if (len > DD_WEBHOOK_MAX_BODY) {
		*rc = dd_webhook__error(DD_ELIMIT, "%s webhook: body of %zu bytes, more than the %u accepted", what, len,
			DD_WEBHOOK_MAX_BODY);
		return NULL;
	}
	/* duplicate keys would let two readers of the same body see two events */
	if (!(root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &err))) {
		*rc = dd_webhook__error(DD_EFORMAT, "%s webhook: not JSON (%.100s at byte %d)", what, err.text, err.position);
		return NULL;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		*rc = dd_webhook__error(DD_EFORMAT, "%s webhook: the body must be a JSON object", what);
		return NULL;
	}
	return root;
}

int dd_webhook__list(const json_t *a, const char *source, const char *key)
{
	if (!json_is_array(a))
		return dd_webhook__error(DD_EFORMAT, "%s webhook: no \"%s\" list (is this a %s webhook?)", source, key, source);
	if (json_array_size(a) > DD_WEBHOOK_MAX_EVENTS)
		return dd_webhook__error(DD_ELIMIT, "%s webhook: %zu %s in one body, more than the %d accepted", source,
			json_array_size(a), key, DD_WEBHOOK_MAX_EVENTS);
	return 0;
}

bool dd_webhook__field(char *dst, size_t cap, const char *src)
{
	size_t n = src ? strlen(src) : 0;
	if (!src || n >= cap)
		return false;
	memcpy(dst, src, n + 1);
	return true;
}

void dd_webhook__invalid(dd_push_events *ev, const char *what, size_t index, const char *why)
{
	if (!ev->invalid++)
		snprintf(ev->first_invalid, sizeof(ev->first_invalid), "%s %zu: %s", what, index, why);
}

int dd_webhook__add(dd_push_events *ev, const dd_push_event *e)
{
	for (size_t i = 0; i < ev->count; i++)
		if (!strcmp(ev->items[i].id, e->id)) {
			ev->duplicates++;
			return 0;
		}
	/* the callers bound the count by DD_WEBHOOK_MAX_EVENTS before calling;
	 * capacity doubles from 4 (count is a power of two when full) */
	if (ev->count >= 4 && !(ev->count & (ev->count - 1)) ) {
		dd_push_event *n = realloc(ev->items, ev->count * 2 * sizeof(*n));
		if (!n)
			return dd_error_set_str(DD_ENOMEM, "out of memory");
		ev->items = n;
	} else if (!ev->items && !(ev->items = malloc(4 * sizeof(*ev->items))))
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	ev->items[ev->count++] = *e;
	return 0;
}

void dd_push_events_free(dd_push_events *ev)
{
	if (!ev)
		return;
	free(ev->items);
	memset(ev, 0, sizeof(*ev));
}
