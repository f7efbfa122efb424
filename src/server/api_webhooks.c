/*
 * POST /webhooks/distribution and /webhooks/harbor (role webhook): a
 * registry's notification, parsed (webhook_distribution.c,
 * webhook_harbor.c) and acted on once (webhook_push.c). 202 with what was
 * done ({accepted, replays, ignored, invalid, unknown_registry, tasks});
 * 400 for a body that is not the product's format, 413 beyond the cap,
 * 422 for ?registry= naming no registry. A registry resends what it got no
 * 2xx for: events that are not pushes or do not check out are counted, not
 * refused, so that one bad event does not block the queue behind it.
 */
#include <string.h>

#include "server/api.h"
#include "server/webhook.h"

static void receive(const dd_api_request *req, dd_api_response *resp, const char *source,
	int (*parse)(dd_push_events *, const char *, size_t))
{
	dd_push_events ev;
	json_t *summary = NULL, *reg = NULL;
	const char *hint = req->query(req, "registry");
	if (hint && dd_srv_registry_find(req->srv, hint, &reg, NULL) != 0) {
		dd_api_error(resp, 422, "invalid", "registry '%.64s' (the webhook URL's ?registry=) is not configured", hint);
		return;
	}
	json_decref(reg);
	int rc = parse(&ev, req->body, req->body_len);
	if (rc) {
		char labels[64];
		snprintf(labels, sizeof(labels), "source=\"%s\",result=\"rejected\"", source);
		dd_srv_counter_add("drydock_webhook_events_total", labels, 1);
		dd_api_error(resp, rc == DD_ELIMIT ? 413 : 400, rc == DD_ELIMIT ? "too_large" : "bad_request", "%s",
			dd_error_last());
		return;
	}
	rc = dd_srv_push_accept(req->srv, source, hint, &ev, &summary);
	dd_push_events_free(&ev);
	if (rc)
		dd_api_fail(resp, rc, "webhook");
	else
		dd_api_json(resp, 202, summary);
}

static void distribution(const dd_api_request *req, dd_api_response *resp)
{
	receive(req, resp, "distribution", dd_webhook_parse_distribution);
}

static void harbor(const dd_api_request *req, dd_api_response *resp)
{
	receive(req, resp, "harbor", dd_webhook_parse_harbor);
}

const dd_api_route dd_api_webhooks_routes[] = {
	{ "POST", "/api/v1/webhooks/distribution", DD_ROLE_WEBHOOK, distribution },
	{ "POST", "/api/v1/webhooks/harbor", DD_ROLE_WEBHOOK, harbor },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
