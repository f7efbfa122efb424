/* GET /api/v1/quota: distinct digests ever scanned, and the limit. */
#include "server/api.h"

static void quota_get(const dd_api_request *req, dd_api_response *resp)
{
	int64_t used = 0;
	int rc = req->srv->store->be->quota_used(req->srv->store, &used);
	if (rc) {
		dd_api_fail(resp, rc, "quota");
		return;
	}
	dd_api_json(resp, 200, json_pack("{s:I,s:I}", "used", (json_int_t)used, "limit", (json_int_t)req->srv->cfg.quota));
}

const dd_api_route dd_api_quota_routes[] = {
	{ "GET", "/api/v1/quota", DD_ROLE_READ, quota_get },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
