/*
 * What both webhook parsers share: loading a bounded body, the registry
 * grammar checks, and the event list that drops an id it already holds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/webhook.h"
#include "util/error.h"

static bool lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* One path component: [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)* */
static const char *component(const char *p)
{
	if (!lower_alnum(*p))
		return NULL;
	while (*p) {
		while (lower_alnum(*p))
			p++;
		if (*p == '.' || *p == '_' || *p == '-') {
			if (*p == '.')
				p++;
			else if (*p == '_')
				p += p[1] == '_' ? 2 : 1;
			else
				while (*p == '-')
					p++;
			if (!lower_alnum(*p))
				return NULL; /* a separator ends a component or follows another */
			continue;
		}
		break;
	}
	return p;
}

bool dd_webhook_valid_repository(const char *s)
{
	if (!s || !*s || strlen(s) > 255)
		return false;
	for (const char *p = s;;) {
		if (!(p = component(p)))
			return false;
		if (!*p)
			return true;
		if (*p != '/')
			return false;
		p++;
	}
}

bool dd_webhook_valid_tag(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > 128)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
		if (!word && (i == 0 || (c != '.' && c != '-')))
			return false;
	}
	return true;
}

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

json_t *dd_webhook__load(const char *what, const char *body, size_t len, int *rc)
{
	json_error_t err;
	json_t *root;
	*rc = 0;
	if (len > DD_WEBHOOK_MAX_BODY) {
		*rc = dd_error_set(DD_ELIMIT, "%s webhook: body of %zu bytes, more than the %u accepted", what, len,
			DD_WEBHOOK_MAX_BODY);
		return NULL;
	}
	/* duplicate keys would let two readers of the same body see two events */
	if (!(root = json_loadb(body, len, JSON_REJECT_DUPLICATES, &err))) {
		*rc = dd_error_set(DD_EFORMAT, "%s webhook: not JSON (%.100s at byte %d)", what, err.text, err.position);
		return NULL;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		*rc = dd_error_set(DD_EFORMAT, "%s webhook: the body must be a JSON object", what);
		return NULL;
	}
	return root;
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
			return dd_error_oom();
		ev->items = n;
	} else if (!ev->items && !(ev->items = malloc(4 * sizeof(*ev->items))))
		return dd_error_oom();
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
