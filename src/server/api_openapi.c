/*
 * GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API
 * (docs/openapi.json, compiled in by cmake/embed_file.py). tests/server/
 * openapi.sh holds it to the router both ways: every route is documented
 * and every documented path answers, and the service tests' answers
 * validate against its schemas.
 */
#include <stddef.h>

#include "server/api.h"

extern const char dd_srv_openapi_doc[];
extern const size_t dd_srv_openapi_doc_len;

static void openapi(const dd_api_request *req, dd_api_response *resp)
{
	dd_api_text(resp, 200, "application/json", dd_srv_openapi_doc, dd_srv_openapi_doc_len);
}

const dd_api_route dd_api_openapi_routes[] = {
	{ "GET", "/api/v1/openapi.json", DD_ROLE_READ, openapi },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
