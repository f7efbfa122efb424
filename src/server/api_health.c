/*
 * /healthz (the process answers), /readyz (the store answers and the
 * advisory DB opens: a service without a DB would report every image
 * clean of vulnerabilities it cannot know) and /metrics. No token: load
 * balancers and Prometheus call them.
 */
#include <stdlib.h>
#include <string.h>

#include "server/api.h"

static void healthz(const dd_api_request *req, dd_api_response *resp)
{
	dd_api_json(resp, 200, json_pack("{s:s}", "status", "ok"));
}

static void readyz(const dd_api_request *req, dd_api_response *resp)
{
	dd_srv *srv = req->srv;
	int rc = srv->store->be->ping(srv->store);
	if (rc) {
		dd_api_error(resp, 503, "store_unavailable", "the store does not answer: %s", dd_error_last());
		return;
	}
	int64_t age = -1;
	char *built = NULL;
	rc = dd_db_age(srv->db_path, &age, &built);
	if (rc) {
		dd_api_error(resp, 503, "no_advisory_db", "the advisory DB %s does not open: %s (run drydock db update)",
			srv->db_path, dd_error_last());
		return;
	}
	dd_api_json(resp, 200, json_pack("{s:s,s:s,s:s?,s:I}", "status", "ready", "advisory_db", srv->db_path,
		"db_built_at", built, "db_age_seconds", (json_int_t)age));
	free(built);
}

static void metrics(const dd_api_request *req, dd_api_response *resp)
{
	dd_srv *srv = req->srv;
	int64_t queued = -1, running = -1, stored = -1;
	srv->store->be->queue_depth(srv->store, &queued, &running);
	srv->store->be->scan_count(srv->store, &stored);
	char *text = dd_srv_metrics_text(&srv->metrics, queued, running, stored);
	if (!text) {
		dd_api_error(resp, 500, "internal", "out of memory");
		return;
	}
	resp->body = text;
	resp->len = strlen(text);
	resp->status = 200;
	resp->content_type = "text/plain; version=0.0.4";
}

const dd_api_route dd_api_health_routes[] = {
	{ "GET", "/healthz", DD_ROLE_NONE, healthz },
	{ "GET", "/readyz", DD_ROLE_NONE, readyz },
	{ "GET", "/metrics", DD_ROLE_NONE, metrics },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
