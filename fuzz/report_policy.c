/*
 * Fuzzes the report inputs a user hands drydock: a JSON report (convert), a
 * whitelist (YAML) and a VEX document (OpenVEX / CycloneDX). The first byte
 * picks the parser; whitelist and VEX are applied to a fixed report so the
 * matching code runs too, and every writer then renders the result.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "report/model.h"
#include "report_render.h"
#include "report/whitelist.h"

static dd_report *base(void)
{
	dd_report *r = calloc(1, sizeof(*r));
	r->complete = true;
	r->scanners = DD_SCANNER_ALL;
	r->repository = strdup("library/alpine");
	r->digest = strdup("sha256:3d2e482b82608d153a374df3357c0291589a61cc194ec4a9ca2381073a17f58e");
	dd_package p = { .type = "apk", .name = "musl", .version = "1.1.22-r4",
		.purl = "pkg:apk/alpine/musl@1.1.22-r4?arch=x86_64", .path = "lib/apk/db/installed" };
	dd_report_add_package(r, &p);
	dd_finding f;
	dd_finding_init(&f);
	f.cls = DD_CLASS_OS_VULN;
	f.id = "CVE-2020-28928";
	f.severity = DD_SEV_MEDIUM;
	f.pkg_name = "musl";
	f.pkg_version = "1.1.22-r4";
	f.pkg_purl = "pkg:apk/alpine/musl@1.1.22-r4?arch=x86_64";
	dd_report_add_finding(r, &f);
	dd_finding_init(&f);
	f.cls = DD_CLASS_SECRET;
	f.id = "generic-password";
	f.path = "app/test/x.env";
	dd_report_add_finding(r, &f);
	return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	dd_report *r = NULL;
	switch (data[0] % 3) {
	case 0:
		if (dd_report__read_json_text(&r, "fuzz.json", text, len) != 0)
			return 0;
		break;
	case 1:
		r = base();
		dd_whitelist__apply_text(r, "fuzz.yaml", text, len);
		break;
	default:
		r = base();
		dd_vex__apply_text(r, "fuzz.json", text, len);
		break;
	}
	fuzz_render(r);
	dd_report_free(r);
	return 0;
}
