/*
 * The Harbor Pluggable Scanner API v1.2 adapter (goharbor/pluggable-scanner-spec;
 * v1.0/v1.1 clients too): the ScanRequest parser (pure and bounded, fuzzed),
 * the report writers (a stored drydock report -> Harbor's vulnerability
 * report, or its SBOM report), and the media types. docs/server.md "Harbor".
 */
#ifndef DD_SERVER_HARBOR_H
#define DD_SERVER_HARBOR_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "drydock/report.h"

#define DD_HARBOR_MT_METADATA_11 "application/vnd.scanner.adapter.metadata+json; version=1.1"
#define DD_HARBOR_MT_METADATA_10 "application/vnd.scanner.adapter.metadata+json; version=1.0"
#define DD_HARBOR_MT_SCAN_RESPONSE "application/vnd.scanner.adapter.scan.response+json; version=1.0"
#define DD_HARBOR_MT_ERROR "application/vnd.scanner.adapter.error+json; version=1.0"
#define DD_HARBOR_MT_VULN_11 "application/vnd.security.vulnerability.report; version=1.1"
#define DD_HARBOR_MT_VULN_10 "application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0"
#define DD_HARBOR_MT_SBOM "application/vnd.security.sbom.report+json; version=1.0"
#define DD_HARBOR_MT_OCI_MANIFEST "application/vnd.oci.image.manifest.v1+json"
#define DD_HARBOR_MT_DOCKER_MANIFEST "application/vnd.docker.distribution.manifest.v2+json"
#define DD_HARBOR_SBOM_SPDX "application/spdx+json"
#define DD_HARBOR_SBOM_CYCLONEDX "application/vnd.cyclonedx+json"

/* The request body at most this big (a real one is well under 4 KiB). */
#define DD_HARBOR_REQUEST_MAX 65536

typedef struct dd_harbor_request {
	char url[513];              /* registry base URL: http(s)://HOST[:PORT] (a path is cut) */
	char authorization[4097];   /* "Basic ...", "Bearer ..." or "" */
	char username[256];         /* Basic decoded; the password goes to password */
	char password[4097];        /* Basic: the password; Bearer: the token */
	bool bearer;                /* password is a registry bearer token, used as given */
	char repository[256];
	char digest[80];
	char tag[129];              /* "" when Harbor sent none */
	char mime_type[128];
	bool want_vuln, want_sbom;  /* enabled_capabilities (absent: both) */
} dd_harbor_request;

/*
 * Parses a ScanRequest. 0, or the HTTP status the spec gives the problem:
 * 400 (not JSON, wrong JSON types), 422 (a bad field: URL, repository,
 * digest, tag, authorization), 501 (an artifact or capability drydock
 * does not scan); err names the field.
 */
int dd_harbor_request_parse(dd_harbor_request *out, const char *body, size_t len, char *err, size_t cap);

/* Severity in Harbor's words: Unknown, Low, Medium, High, Critical. */
const char *dd_harbor_severity(dd_severity s);

/* Harbor's vulnerability report of r (vulnerability findings only;
 * suppressed ones left out). artifact is {repository, digest, tag, mime_type}
 * (referenced); NULL on out-of-memory. */
json_t *dd_harbor_vuln_report(const dd_report *r, json_t *artifact);

/* {scanner {name, vendor, version}} */
json_t *dd_harbor_scanner(void);

#endif
