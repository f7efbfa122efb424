/*
 * The Harbor Pluggable Scanner API (v1.2; v1.0/v1.1 clients too) under
 * /harbor: Harbor registers http(s)://drydock/harbor and appends
 * /api/v1/metadata, /api/v1/scan, /api/v1/scan/{id}/report. Harbor sends the
 * token configured on the registration as `Authorization: Bearer TOKEN`: a
 * drydock token of role webhook (or admin).
 *
 * The one idea: a ScanRequest becomes an ordinary task of one item, so it is
 * as durable as any scan (kill -9, restart) and shares the dedup and the
 * layer cache. Its registry is named "harbor:ID"; registries.c finds that
 * name's URL and (sealed) credentials in the stored request (a Basic robot
 * account's password, or a Bearer registry token used as given), so the runner
 * needs nothing Harbor-specific, and the item's image row is how the report
 * is found again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>

#include "server/api.h"
#include "server/harbor.h"

/* Seconds Harbor waits before asking for a report again. */
#define REFRESH_AFTER "5"

static void harbor_error(dd_api_response *resp, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void harbor_error(dd_api_response *resp, int status, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* the spec's ErrorResponse ({error: {message}}) with drydock's code beside it */
	const char *code = status == 400 ? "bad_request" : status == 404 ? "not_found" : status == 422 ? "invalid"
		: status == 501 ? "not_implemented" : "internal";
	dd_api_error(resp, status, code, "%s", msg);
	resp->content_type = DD_HARBOR_MT_ERROR;
}

static void metadata(const dd_api_request *req, dd_api_response *resp)
{
	static const char *const consumes[] = { DD_HARBOR_MT_OCI_MANIFEST, DD_HARBOR_MT_DOCKER_MANIFEST, NULL };
	json_t *in = json_array(), *in2 = json_array();
	for (size_t i = 0; consumes[i]; i++) {
		json_array_append_new(in, json_string(consumes[i]));
		json_array_append_new(in2, json_string(consumes[i]));
	}
	json_t *caps = json_pack("[{s:s,s:o,s:[s,s]},{s:s,s:o,s:[s],s:{s:[s,s]}}]",
		"type", "vulnerability", "consumes_mime_types", in, "produces_mime_types", DD_HARBOR_MT_VULN_11, DD_HARBOR_MT_VULN_10,
		"type", "sbom", "consumes_mime_types", in2, "produces_mime_types", DD_HARBOR_MT_SBOM,
		"additional_attributes", "sbom_media_types", DD_HARBOR_SBOM_SPDX, DD_HARBOR_SBOM_CYCLONEDX);
	json_t *props = json_pack("{s:s}", "harbor.scanner-adapter/scanner-type", "os-package-vulnerability");
	int64_t age;
	char *built = NULL;
	if (dd_db_age(req->srv->db_path, &age, &built) == 0 && built)
		json_object_set_new(props, "harbor.scanner-adapter/vulnerability-database-updated-at", json_string(built));
	free(built);
	json_object_set_new(props, "env.SCANNER_SEVERITIES", json_string("Unknown,Low,Medium,High,Critical"));
	dd_api_json(resp, 200, json_pack("{s:o,s:o,s:o}", "scanner", dd_harbor_scanner(), "capabilities", caps,
		"properties", props));
	/* Harbor 1.x asks for the 1.0 document: the same content */
	const char *accept = req->header(req, "Accept");
	resp->content_type = accept && strstr(accept, DD_HARBOR_MT_METADATA_10) && !strstr(accept, DD_HARBOR_MT_METADATA_11)
		? DD_HARBOR_MT_METADATA_10 : DD_HARBOR_MT_METADATA_11;
}

/* A random version 4 UUID: the scan request id Harbor polls with. */
static int new_id(char out[37])
{
	unsigned char b[16];
	if (getrandom(b, sizeof(b), 0) != (ssize_t)sizeof(b))
		return dd_error_set_str(DD_EIO, "no random bytes from the kernel");
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3],
		b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
	return 0;
}

/* The item's tag: Harbor may scan by digest alone. */
static const char *item_tag(const char *tag)
{
	return tag && *tag ? tag : "untagged";
}

static void scan(const dd_api_request *req, dd_api_response *resp)
{
	dd_srv *srv = req->srv;
	dd_harbor_request hr;
	char err[512], id[37], name[64];
	char *sealed = NULL;
	json_t *stored = NULL, *items = NULL;
	int status = dd_harbor_request_parse(&hr, req->body, req->body_len, err, sizeof(err));
	if (status) {
		harbor_error(resp, status, "%s", err);
		return;
	}
	int rc = new_id(id);
	if (!rc && hr.password[0])
		rc = dd_srv_secret_seal(srv, hr.password, &sealed);
	if (rc) {
		harbor_error(resp, 500, "scan request: %s", dd_error_last());
		goto out;
	}
	snprintf(name, sizeof(name), "harbor:%s", id);
	stored = json_pack("{s:s,s:s,s:s,s:s,s:s,s:b,s:b}", "url", hr.url, "repository", hr.repository, "digest", hr.digest,
		"tag", hr.tag, "mime_type", hr.mime_type[0] ? hr.mime_type : DD_HARBOR_MT_DOCKER_MANIFEST,
		"want_vuln", hr.want_vuln, "want_sbom", hr.want_sbom);
	if (stored && hr.username[0])
		json_object_set_new(stored, "username", json_string(hr.username));
	if (stored && sealed)
		json_object_set_new(stored, "secret", json_string(sealed));
	if (stored && hr.bearer)
		json_object_set_new(stored, "bearer", json_true());   /* the secret is a registry token */
	items = json_pack("[{s:s,s:s,s:s,s:s}]", "registry", name, "repository", hr.repository, "tag", item_tag(hr.tag),
		"digest", hr.digest);
	int64_t task = 0;
	if (!stored || !items) {
		harbor_error(resp, 500, "scan request: out of memory");
	} else if ((rc = srv->store->be->harbor_scan_put(srv->store, id, stored)) != 0 ||
		   (rc = dd_srv_task_submit(srv, "scan", 0, srv->cfg.scanners, items, &task)) != 0) {
		harbor_error(resp, 500, "scan request for %s@%s: %s", hr.repository, hr.digest, dd_error_last());
	} else {
		char t[24];
		snprintf(t, sizeof(t), "%lld", (long long)task);
		dd_srv_log("info", "harbor scan request accepted", "scan_request_id", id, "task", t, "repository", hr.repository,
			"digest", hr.digest, NULL);
		dd_api_json(resp, 202, json_pack("{s:s}", "id", id));
		resp->content_type = DD_HARBOR_MT_SCAN_RESPONSE;
	}
out:
	if (sealed) {
		explicit_bzero(sealed, strlen(sealed));
		free(sealed);
	}
	explicit_bzero(hr.password, sizeof(hr.password));
	explicit_bzero(hr.authorization, sizeof(hr.authorization));
	json_decref(stored);
	json_decref(items);
}

/* Which report the Accept header asks for (absent or * / *: the 1.1
 * vulnerability report, what Harbor 2 asks for); NULL: none drydock makes. */
static const char *wanted(const char *accept)
{
	if (!accept || !*accept || strstr(accept, "*/*"))
		return DD_HARBOR_MT_VULN_11;
	if (strstr(accept, "application/vnd.security.sbom.report+json"))
		return DD_HARBOR_MT_SBOM;
	if (strstr(accept, "application/vnd.security.vulnerability.report"))
		return DD_HARBOR_MT_VULN_11;
	if (strstr(accept, "application/vnd.scanner.adapter.vuln.report.harbor+json"))
		return DD_HARBOR_MT_VULN_10;
	return NULL;
}

static bool id_ok(const char *id)
{
	size_t n = strlen(id);
	if (n != 36)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f') || id[i] == '-'))
			return false;
	return true;
}

/* the stored report as a CycloneDX or SPDX document */
static json_t *sbom_of(const dd_report *r, dd_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = dd_srv_report_text(r, fmt, NULL, &buf, &len);
	json_t *doc = rc ? NULL : json_loadb(buf, len, 0, NULL);
	free(buf);
	return doc;
}

static void report(const dd_api_request *req, dd_api_response *resp)
{
	dd_srv *srv = req->srv;
	const char *id = req->params[0];
	const char *mt = wanted(req->header(req, "Accept"));
	const char *sbom_q = req->query(req, "sbom_media_type");
	/* an unencoded '+' in the query arrives as a space: take it back */
	char sbom_buf[64] = "";
	if (sbom_q && strlen(sbom_q) < sizeof(sbom_buf))
		for (size_t i = 0; sbom_q[i]; i++)
			sbom_buf[i] = sbom_q[i] == ' ' ? '+' : sbom_q[i];
	const char *sbom_mt = sbom_q ? sbom_buf : NULL;
	json_t *hs = NULL, *img = NULL, *artifact = NULL;
	dd_store_scan sc;
	dd_report *r = NULL;
	char name[64];
	memset(&sc, 0, sizeof(sc));
	if (!mt) {
		harbor_error(resp, 501, "drydock writes " DD_HARBOR_MT_VULN_11 ", " DD_HARBOR_MT_VULN_10 " and " DD_HARBOR_MT_SBOM
			"; the Accept header asks for none of them");
		return;
	}
	if (!strcmp(mt, DD_HARBOR_MT_SBOM) && (!sbom_mt || (strcmp(sbom_mt, DD_HARBOR_SBOM_SPDX) &&
		strcmp(sbom_mt, DD_HARBOR_SBOM_CYCLONEDX)))) {
		harbor_error(resp, 400, "an SBOM report needs ?sbom_media_type=" DD_HARBOR_SBOM_SPDX " or " DD_HARBOR_SBOM_CYCLONEDX);
		return;
	}
	int rc = id_ok(id) ? srv->store->be->harbor_scan_get(srv->store, id, &hs) : DD_ENOTFOUND;
	if (rc == DD_ENOTFOUND) {
		harbor_error(resp, 404, "no scan request %.64s here (ids come from POST /scan)", id);
		return;
	}
	if (rc) {
		harbor_error(resp, 500, "scan request %s: %s", id, dd_error_last());
		return;
	}
	json_t *hr = json_object_get(hs, "request");
	const char *repo = json_string_value(json_object_get(hr, "repository"));
	const char *tag = json_string_value(json_object_get(hr, "tag"));
	bool want = !strcmp(mt, DD_HARBOR_MT_SBOM) ? json_is_true(json_object_get(hr, "want_sbom"))
						     : json_is_true(json_object_get(hr, "want_vuln"));
	if (!want) {
		harbor_error(resp, 400, "scan request %s did not enable the %s capability", id,
			!strcmp(mt, DD_HARBOR_MT_SBOM) ? "sbom" : "vulnerability");
		goto out;
	}
	snprintf(name, sizeof(name), "harbor:%s", id);
	rc = srv->store->be->image_get(srv->store, name, repo ? repo : "", item_tag(tag), &img);
	const char *state = img ? json_string_value(json_object_get(img, "item_state")) : NULL;
	if (rc == DD_ENOTFOUND || (state && (!strcmp(state, DD_STATE_QUEUED) || !strcmp(state, DD_STATE_RUNNING)))) {
		resp->extra_name = "Refresh-After";
		snprintf(resp->extra_value, sizeof(resp->extra_value), REFRESH_AFTER);
		dd_api_text(resp, 302, "text/plain; charset=utf-8", "", 0);
		goto out;
	}
	int64_t scan_id = json_integer_value(json_object_get(img, "scan"));
	if (rc || scan_id <= 0) {
		const char *e = img ? json_string_value(json_object_get(img, "item_error")) : NULL;
		harbor_error(resp, 500, "the scan of %s@%s ended %s: %s", repo ? repo : "?",
			json_string_value(json_object_get(hr, "digest")), state ? state : "failed",
			rc ? dd_error_last() : e ? e : "no result stored (see the task log)");
		goto out;
	}
	if ((rc = srv->store->be->scan_get(srv->store, scan_id, &sc)) != 0 ||
	    (rc = dd_report_read_json_buffer(&r, sc.report, sc.report_len, "stored scan")) != 0) {
		harbor_error(resp, 500, "the stored scan of %s: %s", repo ? repo : "?", dd_error_last());
		goto out;
	}
	artifact = json_pack("{s:s,s:O,s:O}", "repository", repo ? repo : "", "digest", json_object_get(hr, "digest"),
		"mime_type", json_object_get(hr, "mime_type"));
	if (artifact && tag && *tag)
		json_object_set_new(artifact, "tag", json_string(tag));
	json_t *doc = NULL;
	if (!strcmp(mt, DD_HARBOR_MT_SBOM)) {
		bool spdx = !strcmp(sbom_mt, DD_HARBOR_SBOM_SPDX);
		json_t *sbom = sbom_of(r, spdx ? DD_FORMAT_SPDX_JSON : DD_FORMAT_CYCLONEDX);
		char now[32];
		dd_store_time(0, now);
		if (sbom)
			doc = json_pack("{s:s,s:O,s:o,s:{s:b},s:s,s:o}", "generated_at", now, "artifact", artifact, "scanner",
				dd_harbor_scanner(), "vendor_attributes", "complete", r->complete, "media_type", sbom_mt, "sbom", sbom);
	} else {
		doc = dd_harbor_vuln_report(r, artifact);
	}
	if (!doc) {
		harbor_error(resp, 500, "writing the report of %s failed", repo ? repo : "?");
		goto out;
	}
	dd_api_json(resp, 200, doc);
	resp->content_type = mt;
out:
	dd_report_free(r);
	dd_store_scan_clear(&sc);
	json_decref(artifact);
	json_decref(img);
	json_decref(hs);
}

const dd_api_route dd_api_harbor_routes[] = {
	{ "GET", "/harbor/api/v1/metadata", DD_ROLE_WEBHOOK, metadata },
	{ "POST", "/harbor/api/v1/scan", DD_ROLE_WEBHOOK, scan },
	{ "GET", "/harbor/api/v1/scan/{scan_request_id}/report", DD_ROLE_WEBHOOK, report },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
