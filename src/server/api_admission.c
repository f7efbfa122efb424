/*
 * POST /admission/validate: a Kubernetes ValidatingAdmissionWebhook. Each
 * image of the Pod (or of a workload's pod template) is looked up in the
 * store: its registry by the reference's host, a tag resolved to the digest
 * the store recorded, then the digest's block (image_blocks.c) and its scan.
 * Blocked: denied, the message naming the image, the reason and its worst
 * findings. Never scanned: the `admission.unscanned` option (allow, deny, or
 * scan: queue one and deny until it is done). A store that does not answer
 * or an object that cannot be read: `admission.failure` (open allows,
 * closed denies). Whatever happens, a review with a uid gets a well-formed
 * review back with that uid; a body that is no review at all gets a 400.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/admission.h"
#include "server/api.h"
#include "server/whitelist.h"

#define MSG_MAX 3000

typedef struct verdict {
	bool deny;
	char msg[MSG_MAX];          /* "; "-joined reasons */
	json_t *warnings;           /* images allowed unscanned */
} verdict;

static void add(char *msg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(char *msg, const char *fmt, ...)
{
	size_t n = strlen(msg);
	if (n + 8 >= MSG_MAX)
		return;
	if (n)
		n += (size_t)snprintf(msg + n, MSG_MAX - n, "; ");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg + n, MSG_MAX - n, fmt, ap);
	va_end(ap);
}

static const char *option(dd_srv *srv, const char *key, const char *dflt)
{
	const char *v = json_string_value(json_object_get(json_object_get(srv->cfg.doc, "admission"), key));
	return v ? v : dflt;
}

/* The name of the registry (config, then store) at host; "" when none. */
static int registry_of(dd_srv *srv, const char *host, char *name, size_t cap)
{
	size_t i;
	json_t *r, *list = NULL;
	name[0] = '\0';
	json_array_foreach(srv->cfg.registries, i, r) {
		if (dd_admission_host_matches(json_string_value(json_object_get(r, "url")), host)) {
			snprintf(name, cap, "%s", json_string_value(json_object_get(r, "name")));
			return 0;
		}
	}
	int rc = srv->store->be->registry_list(srv->store, &list);
	if (rc)
		return rc;
	json_array_foreach(list, i, r) {
		const char *url = json_string_value(json_object_get(r, "url"));
		if (url && dd_admission_host_matches(url, host)) {
			snprintf(name, cap, "%s", json_string_value(json_object_get(r, "name")));
			break;
		}
	}
	json_decref(list);
	return 0;
}

/* "CVE-x (critical, pkg 1.0, fixed in 1.1)" appended to out (", " between) */
static size_t append_finding(char *out, size_t n, size_t cap, const dd_finding *f)
{
	if (n >= cap)
		return n;
	n += (size_t)snprintf(out + n, cap - n, "%s%s (%s", n ? ", " : "", f->id ? f->id : "?", dd_severity_name(f->severity));
	if (f->pkg_name && n < cap)
		n += (size_t)snprintf(out + n, cap - n, ", %s %s", f->pkg_name, f->pkg_version ? f->pkg_version : "");
	if (f->fixed_version && n < cap)
		n += (size_t)snprintf(out + n, cap - n, ", fixed in %s", f->fixed_version);
	if (n < cap)
		n += (size_t)snprintf(out + n, cap - n, ")");
	return n;
}

/* The stored scan's three worst unsuppressed findings, worst severity
 * first (report order within one severity), into out ("" when none). */
static void worst_findings(dd_srv *srv, int64_t scan_id, const char *repo, char *out, size_t cap)
{
	dd_store_scan sc;
	dd_report *r = NULL;
	out[0] = '\0';
	if (scan_id <= 0 || srv->store->be->scan_get(srv->store, scan_id, &sc) != 0)
		return;
	if (dd_report_read_json_buffer(&r, sc.report, sc.report_len, "stored scan") == 0 &&
	    dd_srv_whitelist_apply(srv, r, repo) == 0) {
		size_t shown = 0, n = 0;
		for (int sev = DD_SEV_COUNT - 1; sev >= 0 && shown < 3; sev--) {
			for (size_t i = 0; i < r->n_findings && shown < 3; i++) {
				if (r->findings[i].suppressed || (int)r->findings[i].severity != sev)
					continue;
				n = append_finding(out, n, cap, &r->findings[i]);
				shown++;
			}
		}
	}
	dd_report_free(r);
	dd_store_scan_clear(&sc);
}

/* Judges one image into v; a store failure returns its code. */
static int judge(dd_srv *srv, const char *image, verdict *v)
{
	dd_store *st = srv->store;
	dd_image_ref_parts p;
	char reg[128], digest[80] = "";
	json_t *img = NULL, *block = NULL;
	int64_t scan_id = 0;
	int rc;
	if (!dd_admission_image_split(image, &p)) {
		v->deny = true;
		add(v->msg, "image '%.200s' is not an image reference drydock can check", image);
		return 0;
	}
	if ((rc = registry_of(srv, p.host, reg, sizeof(reg))) != 0)
		return rc;
	const char *state = NULL;
	if (reg[0] && p.tag[0]) {
		rc = st->be->image_get(st, reg, p.repository, p.tag, &img);
		if (rc && rc != DD_ENOTFOUND)
			return rc;
		const char *d = json_string_value(json_object_get(img, "digest"));
		state = json_string_value(json_object_get(img, "item_state"));
		/* the tag's digest as the store knows it; a digest in the reference wins */
		if (d && !p.digest[0])
			snprintf(digest, sizeof(digest), "%s", d);
		if (d && (!p.digest[0] || !strcmp(d, p.digest)))
			scan_id = json_integer_value(json_object_get(img, "scan"));
	}
	if (p.digest[0])
		snprintf(digest, sizeof(digest), "%s", p.digest);
	if (reg[0] && p.digest[0] && scan_id <= 0) {
		/* by digest: any tag of the repository with that digest and a scan */
		json_t *list = NULL;
		size_t i;
		json_t *row;
		if ((rc = st->be->image_list(st, reg, p.repository, 0, 1000, &list)) != 0) {
			json_decref(img);
			return rc;
		}
		json_array_foreach(list, i, row) {
			const char *d = json_string_value(json_object_get(row, "digest"));
			if (d && !strcmp(d, p.digest) && json_object_get(row, "scanned_at")) {
				json_t *one = NULL;
				if (st->be->image_get(st, reg, p.repository, json_string_value(json_object_get(row, "tag")), &one) == 0)
					scan_id = json_integer_value(json_object_get(one, "scan"));
				json_decref(one);
				if (scan_id > 0)
					break;
			}
		}
		json_decref(list);
	}
	if (digest[0]) {
		rc = st->be->image_block_get(st, digest, &block);
		if (rc && rc != DD_ENOTFOUND) {
			json_decref(img);
			return rc;
		}
	}
	if (block) {
		char worst[1200];
		worst_findings(srv, scan_id, p.repository, worst, sizeof(worst));
		v->deny = true;
		add(v->msg, "image %.300s (%.20s) is blocked by drydock: %.300s%s%s", image, digest,
			json_string_value(json_object_get(block, "reason")), worst[0] ? "; worst findings: " : "", worst);
	} else if (scan_id <= 0) {
		const char *opt = option(srv, "unscanned", "deny");
		if (!strcmp(opt, "allow")) {
			char w[400];
			snprintf(w, sizeof(w), "image %.300s has not been scanned by drydock", image);
			json_array_append_new(v->warnings, json_string(w));
		} else if (!strcmp(opt, "scan") && reg[0]) {
			v->deny = true;
			if (state && (!strcmp(state, DD_STATE_QUEUED) || !strcmp(state, DD_STATE_RUNNING))) {
				add(v->msg, "image %.300s is being scanned by drydock (%s); retry when it is done", image, state);
			} else {
				int64_t task = 0;
				json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", reg, "repository", p.repository, "tag",
					p.tag[0] ? p.tag : "untagged");
				if (items && p.digest[0])
					json_object_set_new(json_array_get(items, 0), "digest", json_string(p.digest));
				rc = items ? dd_srv_task_submit(srv, "scan", 0, srv->cfg.scanners, items, &task) : DD_ENOMEM;
				json_decref(items);
				if (rc) {
					json_decref(img);
					return rc;
				}
				add(v->msg, "image %.300s has not been scanned: drydock queued a scan (task %lld); retry when it is done",
					image, (long long)task);
			}
		} else {
			v->deny = true;
			add(v->msg, "image %.300s has not been scanned by drydock%s", image,
				reg[0] ? "" : " (no configured registry serves its host)");
		}
	}
	json_decref(img);
	json_decref(block);
	return 0;
}

static void answer(dd_api_response *resp, const char *uid, bool allowed, const char *msg, json_t *warnings)
{
	json_t *r = json_pack("{s:s,s:b}", "uid", uid, "allowed", allowed);
	if (r && !allowed)
		json_object_set_new(r, "status", json_pack("{s:i,s:s,s:s}", "code", 403, "reason", "Forbidden", "message", msg));
	if (r && warnings && json_array_size(warnings))
		json_object_set(r, "warnings", warnings);
	dd_api_json(resp, 200, json_pack("{s:s,s:s,s:o}", "apiVersion", "admission.k8s.io/v1", "kind", "AdmissionReview",
		"response", r));
}

static void validate(const dd_api_request *req, dd_api_response *resp)
{
	dd_srv *srv = req->srv;
	char err[512];
	dd_admission_review *rv = malloc(sizeof(*rv));
	verdict v = { 0 };
	if (!rv) {
		dd_api_error(resp, 500, "internal", "out of memory");
		return;
	}
	bool fail_open = !strcmp(option(srv, "failure", "closed"), "open");
	int rc = dd_admission_parse(rv, req->body, req->body_len, err, sizeof(err));
	if (rc < 0) {
		dd_api_error(resp, 400, "bad_request", "%s", err);
		free(rv);
		return;
	}
	if (rc > 0) {
		dd_srv_counter_add("drydock_admission_reviews_total", "result=\"malformed\"", 1);
		char m[700];
		snprintf(m, sizeof(m), "drydock could not read the review (%s); failure policy: %s", err,
			fail_open ? "open" : "closed");
		answer(resp, rv->uid, fail_open, m, NULL);
		free(rv);
		return;
	}
	v.warnings = json_array();
	for (size_t i = 0; i < rv->n_images; i++) {
		if ((rc = judge(srv, rv->images[i], &v)) != 0) {
			char m[700];
			snprintf(m, sizeof(m), "drydock could not check image %.200s (%.300s); failure policy: %s", rv->images[i],
				dd_error_last(), fail_open ? "open" : "closed");
			dd_srv_log("warn", "admission check failed", "image", rv->images[i], "detail", dd_error_last(), NULL);
			dd_srv_counter_add("drydock_admission_reviews_total", "result=\"error\"", 1);
			if (fail_open)
				json_array_append_new(v.warnings, json_string(m));
			answer(resp, rv->uid, fail_open, m, v.warnings);
			goto out;
		}
	}
	if (v.deny)
		dd_srv_log("info", "admission denied", "kind", rv->kind, "name", rv->name, "namespace", rv->namespace_, "detail",
			v.msg, NULL);
	dd_srv_counter_add("drydock_admission_reviews_total", v.deny ? "result=\"denied\"" : "result=\"allowed\"", 1);
	answer(resp, rv->uid, !v.deny, v.msg, v.warnings);
out:
	json_decref(v.warnings);
	free(rv);
}

const dd_api_route dd_api_admission_routes[] = {
	{ "POST", "/admission/validate", DD_ROLE_WEBHOOK, validate },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};
