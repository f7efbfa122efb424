/*
 * Shared by the webhook parser targets: parse, then check what every push
 * that comes out promises (a valid repository and digest, a valid or empty
 * tag, no id twice), so a parser that lets a bad field through fails here
 * and not only when it crashes.
 */
#ifndef DD_FUZZ_WEBHOOK_FUZZ_H
#define DD_FUZZ_WEBHOOK_FUZZ_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "server/server.h"
#include "server/webhook.h"

static inline int fuzz_webhook(const uint8_t *data, size_t size, int (*parse)(dd_push_events *, const char *, size_t))
{
	dd_push_events ev;
	if (parse(&ev, (const char *)data, size))
		return 0;
	for (size_t i = 0; i < ev.count; i++) {
		const dd_push_event *e = &ev.items[i];
		if (!dd_srv_repository_ok(e->repository) || !dd_webhook_valid_digest(e->digest) ||
		    (*e->tag && !dd_srv_tag_ok(e->tag)) || !*e->id)
			abort();
		for (size_t j = 0; j < i; j++)
			if (!strcmp(ev.items[j].id, e->id))
				abort();
	}
	dd_push_events_free(&ev);
	return 0;
}

#endif
