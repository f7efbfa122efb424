/*
 * drydock convert: re-renders a stored JSON report (`scan --format json`) in
 * another format, applies a newer whitelist or VEX file and gates on it,
 * without reading the image again (Trivy's `convert`). Exit codes as for scan.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "scan_options.h"

static const char usage[] =
	"usage: drydock convert [OPTIONS] REPORT.json\n"
	"\n"
	"  --format FMT         table|json|sarif|cyclonedx|spdx-json|html (default: table)\n"
	"  -o, --output FILE    write the report to FILE\n"
	"  --severity LIST      report only these severities\n"
	"  --ignore-unfixed     drop vulnerabilities without a fixed version (also --only-fixed)\n"
	"  --fail-on SEVERITY   exit 1 when a finding at or above SEVERITY remains\n"
	"  --ignore-file FILE   whitelist (YAML)\n"
	"  --vex FILE           OpenVEX or CycloneDX VEX statements\n"
	"  --quiet\n";

enum { OPT_FORMAT = 1000, OPT_SEVERITY, OPT_FAIL_ON, OPT_IGNORE, OPT_VEX, OPT_QUIET, OPT_HELP, OPT_IGNORE_UNFIXED };

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
	const char *ignore = NULL, *vex = NULL;
	dd_finding_filter filter = { 0, false };
	memset(&a, 0, sizeof(a));
	a.fail_on = -1;
	a.format = DD_FORMAT_TABLE;
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "o:q", opts, NULL)) != -1) {
		switch (c) {
		case OPT_FORMAT:
			if (dd_format_parse(optarg, &a.format) != 0)
				return bad("unknown format '%s'", optarg);
			break;
		case 'o': a.output = optarg; break;
		case OPT_SEVERITY:
			if (dd_cli_parse_severities(optarg, &filter.severities))
				return bad("unknown severity in '%s' (known: critical,high,medium,low,unknown)", optarg);
			break;
		case OPT_FAIL_ON:
			if ((a.fail_on = dd_severity_parse(optarg)) < 0)
				return bad("unknown severity '%s' for --fail-on", optarg);
			break;
		case OPT_IGNORE: ignore = optarg; break;
		case OPT_VEX: vex = optarg; break;
		case OPT_IGNORE_UNFIXED: filter.ignore_unfixed = true; break;
		case 'q':
		case OPT_QUIET: a.quiet = true; break;
		case OPT_HELP: fputs(usage, stdout); return DD_EXIT_OK;
		default: return bad("unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return bad("%s", "expected exactly one JSON report");
	a.ref = argv[optind];
	dd_cli_catch_interrupts();
	dd_report *r = NULL;
	int rc = dd_report_read_json(&r, a.ref);
	if (rc)
		return dd_cli_fail(rc);
	if ((rc = dd_report_apply_policy(r, ignore, vex, &filter)) != 0) {
		dd_report_free(r);
		return dd_cli_fail(rc);
	}
	return dd_cli_finish_report(&a, r);
}
