/*
 * drydock convert: re-renders a stored JSON report (`scan --format json`) in
 * another format, applies a newer whitelist or VEX file and gates on it,
 * without reading the image again (Trivy's `convert`). With --rematch the
 * report's packages are first matched against an advisory DB (--db, else the
 * default) in place of the findings of the DB the scan used
 * (dd_report_rematch). Exit codes as for scan.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "scan_options.h"
#include "suggest.h"

static const char usage[] =
	"usage: drydock convert [OPTIONS] REPORT.json\n"
	"\n"
	"  -f, --format FMT     table|json|sarif|cyclonedx|spdx-json|html (default: table)\n"
	"  -o, --output FILE    write the report to FILE ('-': standard output)\n"
	"  --severity LIST      report only these severities\n"
	"  --ignore-unfixed     drop vulnerabilities without a fixed version (also --only-fixed)\n"
	"  --fail-on SEVERITY   exit 1 when a finding at or above SEVERITY remains (none: never)\n"
	"  --ignore-file FILE   whitelist (YAML) or Trivy .trivyignore (one id per line)\n"
	"  --vex FILE           OpenVEX or CycloneDX VEX statements\n"
	"  --rematch            match the report's packages against the advisory DB again\n"
	"                       (the newest advisories without reading the image)\n"
	"  --db PATH            advisory DB for --rematch (default: $DRYDOCK_DB or the cache)\n"
	"  --quiet\n";

enum { OPT_FORMAT = 1000, OPT_SEVERITY, OPT_FAIL_ON, OPT_IGNORE, OPT_VEX, OPT_QUIET, OPT_HELP, OPT_IGNORE_UNFIXED, OPT_REMATCH, OPT_DB };

static const struct option opts[] = {
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "output", required_argument, NULL, 'o' },
	{ "severity", required_argument, NULL, OPT_SEVERITY },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "ignore-file", required_argument, NULL, OPT_IGNORE },
	{ "vex", required_argument, NULL, OPT_VEX },
	{ "ignore-unfixed", no_argument, NULL, OPT_IGNORE_UNFIXED },
	{ "only-fixed", no_argument, NULL, OPT_IGNORE_UNFIXED },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ "rematch", no_argument, NULL, OPT_REMATCH },
	{ "db", required_argument, NULL, OPT_DB },
	{ "help", no_argument, NULL, OPT_HELP },
	{ NULL, 0, NULL, 0 }
};

static int bad(const char *fmt, const char *arg)
{
	fputs("drydock convert: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nRun 'drydock convert --help' for usage.\n", stderr);
	return DD_EXIT_USAGE;
}

int dd_cmd_convert(int argc, char **argv)
{
	dd_cli_scan_args a;
	const char *ignore = NULL, *vex = NULL, *db = NULL;
	bool rematch = false;
	dd_finding_filter filter = { 0, false };
	memset(&a, 0, sizeof(a));
	a.fail_on = -1;
	a.format = DD_FORMAT_TABLE;
	optind = 1;
	opterr = 0;
	int c, at = optind;
	/* `at`: where this option started; inside "-abc" optind has not moved yet */
	for (; (c = getopt_long(argc, argv, "o:qhf:", opts, NULL)) != -1; at = optind) {
		switch (c) {
		case 'f':
		case OPT_FORMAT:
			if (dd_format_parse(optarg, &a.format) != 0)
				return bad("unknown format '%s'", optarg);
			break;
		case 'o': a.output = strcmp(optarg, "-") ? optarg : NULL; break;
		case OPT_SEVERITY:
			if (dd_cli_parse_severities(optarg, &filter.severities))
				return bad("unknown severity in '%s' (known: critical,high,medium,low,unknown)", optarg);
			break;
		case OPT_FAIL_ON:
			if (dd_cli_parse_fail_on(optarg, &a.fail_on))
				return bad("unknown severity '%s' for --fail-on (critical,high,medium,low,unknown, or none)", optarg);
			break;
		case OPT_IGNORE: ignore = optarg; break;
		case OPT_VEX: vex = optarg; break;
		case OPT_IGNORE_UNFIXED: filter.ignore_unfixed = true; break;
		case OPT_REMATCH: rematch = true; break;
		case OPT_DB: db = optarg; break;
		case 'q':
		case OPT_QUIET: a.quiet = true; break;
		case 'h':
		case OPT_HELP: fputs(usage, stdout); return DD_EXIT_OK;
		default: {
			const char *typed = argv[optind > at ? optind - 1 : optind];
			const char *near = dd_cli_suggest_option(typed, opts);
			if (!near)
				return bad("unknown or incomplete option '%s'", typed);
			char msg[160];
			snprintf(msg, sizeof(msg), "unknown option '%%s' (did you mean --%s?)", near);
			return bad(msg, typed);
		}
		}
	}
	if (optind != argc - 1)
		return bad("%s", "expected exactly one JSON report");
	if (db && !rematch)
		return bad("%s", "--db applies to --rematch only");
	a.ref = argv[optind];
	dd_cli_catch_interrupts();
	dd_report *r = NULL;
	int rc = dd_report_read_json(&r, a.ref);
	if (rc)
		return dd_cli_fail(rc);
	if (rematch) {
		dd_report *stored = r;
		rc = dd_report_rematch(&r, stored, db);
		dd_report_free(stored);
		if (rc)
			return dd_cli_fail(rc);
	}
	if ((rc = dd_report_apply_policy(r, ignore, vex, &filter)) != 0) {
		dd_report_free(r);
		return dd_cli_fail(rc);
	}
	return dd_cli_finish_report(&a, r);
}
