/* drydock fix: upgrades an image's fixable OS packages into a new image
 * (docs/fix.md, the contract in docs/CLI.md). Only the public API. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "scan_options.h"

static const char usage[] =
	"usage: drydock fix [OPTIONS] REF\n"
	"Upgrades the image's OS packages (apk, apt/dpkg) that have a fixed version into a new image:\n"
	"the original layers plus one patch layer, verified packages only, no daemon.\n"
	"\n"
	"  --ids ID,...         fix only these vulnerabilities (default: every fixable OS one)\n"
	"  --to REF2            write the fixed image here (default: REF's tag + \"_fixed\")\n"
	"  --overwrite          replace REF itself\n"
	"  --sources FILE       package sources in the image's own format (etc/apk/repositories,\n"
	"                       sources.list or a deb822 .sources file)\n"
	"  --package-dir DIR    look for package files here before downloading them\n"
	"  --dry-run            plan, download and verify; write nothing\n"
	"  --run-scripts        run maintainer scripts in a sandbox (bubblewrap) where allowed\n"
	"  --format FMT         table (default) or json (the drydock.fix/v1 document)\n"
	"  --db PATH            advisory DB (default: $DRYDOCK_DB or ~/.cache/drydock/drydock.db)\n"
	"  --cache-dir DIR      per-layer result cache of the scans\n"
	"  --username U --password P     registry credentials (or DRYDOCK_USERNAME/DRYDOCK_PASSWORD)\n"
	"  --authfile FILE      Docker config.json with registry credentials\n"
	"  --plain-http         allow http:// registries (loopback testing)\n"
	"  --timeout DURATION   give up after this long (5m, 90s)\n"
	"\n"
	"Exit status: 0 written (or nothing to fix), 2 bad input (unsupported OS, no package DB),\n"
	"3 could not complete (sources unreachable, a signature or checksum failed, a fixed\n"
	"version not in the sources, the push refused); nothing is written then.\n";

enum {
	OPT_IDS = 1000, OPT_TO, OPT_OVERWRITE, OPT_SOURCES, OPT_PKGDIR, OPT_DRY, OPT_SCRIPTS, OPT_FORMAT, OPT_DB,
	OPT_CACHE, OPT_USER, OPT_PASS, OPT_AUTHFILE, OPT_PLAIN, OPT_TIMEOUT, OPT_HELP
};

static const struct option longopts[] = {
	{ "ids", required_argument, NULL, OPT_IDS },
	{ "to", required_argument, NULL, OPT_TO },
	{ "overwrite", no_argument, NULL, OPT_OVERWRITE },
	{ "sources", required_argument, NULL, OPT_SOURCES },
	{ "package-dir", required_argument, NULL, OPT_PKGDIR },
	{ "dry-run", no_argument, NULL, OPT_DRY },
	{ "run-scripts", no_argument, NULL, OPT_SCRIPTS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "db", required_argument, NULL, OPT_DB },
	{ "cache-dir", required_argument, NULL, OPT_CACHE },
	{ "username", required_argument, NULL, OPT_USER },
	{ "password", required_argument, NULL, OPT_PASS },
	{ "authfile", required_argument, NULL, OPT_AUTHFILE },
	{ "plain-http", no_argument, NULL, OPT_PLAIN },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "help", no_argument, NULL, OPT_HELP },
	{ NULL, 0, NULL, 0 }
};

#define MAX_IDS 1024

static int bad(const char *fmt, const char *arg)
{
	fputs("drydock fix: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(drydock fix --help for the options)\n", stderr);
	return DD_EXIT_USAGE;
}

static int interrupted(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	(void)phase, (void)done, (void)total, (void)payload;
	return dd_cli_interrupted();
}

/* "a,b,c" into ids (pointers into the copy `list`), NULL-terminated. */
static int split_ids(char *list, const char **ids)
{
	size_t n = 0;
	for (char *save = NULL, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ')
			t++;
		if (!*t)
			continue;
		if (n >= MAX_IDS)
			return -1;
		ids[n++] = t;
	}
	ids[n] = NULL;
	return n ? 0 : -1;
}

int dd_cmd_fix(int argc, char **argv)
{
	dd_fix_options fo = DD_FIX_OPTIONS_INIT;
	dd_scan_options env = DD_SCAN_OPTIONS_INIT;
	dd_cli_env_scan(&env);
	fo.image = env.image;
	dd_format fmt = DD_FORMAT_TABLE;
	static const char *ids[MAX_IDS + 1];
	char *id_list = NULL;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_IDS:
			free(id_list);
			if (!(id_list = strdup(optarg)) || split_ids(id_list, ids) < 0) {
				free(id_list);
				return bad("--ids takes a comma-separated list of at most 1024 ids, not '%s'", optarg);
			}
			fo.ids = ids;
			break;
		case OPT_TO: fo.to = optarg; break;
		case OPT_OVERWRITE: fo.overwrite = true; break;
		case OPT_SOURCES: fo.sources_file = optarg; break;
		case OPT_PKGDIR: fo.package_dir = optarg; break;
		case OPT_DRY: fo.dry_run = true; break;
		case OPT_SCRIPTS: fo.run_scripts = true; break;
		case OPT_FORMAT:
			if (dd_format_parse(optarg, &fmt) != 0 || (fmt != DD_FORMAT_TABLE && fmt != DD_FORMAT_JSON)) {
				free(id_list);
				return bad("--format takes table or json, not '%s'", optarg);
			}
			break;
		case OPT_DB: fo.db_path = optarg; break;
		case OPT_CACHE: fo.cache_dir = optarg; break;
		case OPT_USER: fo.image.username = optarg; break;
		case OPT_PASS: fo.image.password = optarg; break;
		case OPT_AUTHFILE: fo.image.authfile = optarg; break;
		case OPT_PLAIN: fo.image.plain_http = true; break;
		case OPT_TIMEOUT:
			if (dd_cli_parse_duration(optarg, &fo.timeout_ms) < 0) {
				free(id_list);
				return bad("--timeout takes a duration such as 5m or 90s, not '%s'", optarg);
			}
			break;
		case 'h':
		case OPT_HELP:
			fputs(usage, stdout);
			free(id_list);
			return DD_EXIT_OK;
		default:
			free(id_list);
			return bad("unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind != argc - 1) {
		free(id_list);
		return dd_cli_usage(usage);
	}
	if (fo.to && fo.overwrite) {
		free(id_list);
		return bad("--to and --overwrite exclude each other%s", "");
	}
	int ec = dd_cli_env_process();
	if (ec) {
		free(id_list);
		return ec;
	}
	char *ref = NULL;
	bool ambiguous = false;
	int rc = dd_ref_from_path(&ref, argv[optind], &ambiguous);
	if (rc < 0) {
		free(id_list);
		return dd_cli_fail(rc);
	}
	dd_cli_catch_interrupts();
	fo.progress = interrupted;
	dd_fix_result *res = NULL;
	rc = dd_fix(&res, ref ? ref : argv[optind], &fo);
	char msg[1024];
	snprintf(msg, sizeof(msg), "%s", dd_error_last());
	/* the one partial outcome: asked to, but no sandbox could run the scripts */
	for (size_t i = 0; res && res->scripts_skipped && i < res->notes.count; i++)
		if (!strncmp(res->notes.items[i], "maintainer scripts were not run: ", 33))
			fprintf(stderr, "drydock fix: warning: %s\n", res->notes.items[i]);
	if (res && dd_fix_result_write(res, fmt, stdout, NULL) < 0)
		fprintf(stderr, "drydock fix: %s\n", dd_error_last());
	fflush(stdout);
	dd_fix_result_free(res);
	free(ref);
	free(id_list);
	if (dd_cli_interrupted())
		return dd_cli_interrupt_exit("nothing was written unless the result says so");
	if (rc == 0)
		return DD_EXIT_OK;
	fprintf(stderr, "drydock fix: %s\n", *msg ? msg : dd_error_name(rc));
	return rc == DD_EINVAL || rc == DD_EUNSUPPORTED ? DD_EXIT_USAGE : DD_EXIT_INCOMPLETE;
}
