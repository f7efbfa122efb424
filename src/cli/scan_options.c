/* Option parsing and the run loop shared by `scan` and `sbom`. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "scan_options.h"


static const char scan_usage[] =
	"usage: drydock scan [OPTIONS] REF\n"
	"\n"
	"REF: docker://HOST/NAME[:TAG|@DIGEST], HOST/NAME:TAG, oci:DIR[:TAG], oci-archive:FILE[:TAG],\n"
	"     docker-archive:FILE[:NAME:TAG], dir:PATH, sbom:FILE (CycloneDX/SPDX JSON: vulnerabilities only)\n"
	"\n"
	"  --scanners LIST      vuln,secret,baseline,malware,history (default: all)\n"
	"  --format FMT         table|json|sarif|cyclonedx|spdx-json|html (default: table)\n"
	"  -o, --output FILE    write the report to FILE\n"
	"  --severity LIST      report only these severities (critical,high,medium,low,unknown)\n"
	"  --ignore-unfixed     drop vulnerabilities without a fixed version (also --only-fixed)\n"
	"  --pkg-types LIST     os,library: which packages are listed and matched (default both)\n"
	"  --skip-dirs LIST     do not scan these directories (globs on the image path: usr/share/doc,**/testdata)\n"
	"  --skip-files LIST    do not scan these files (globs: **/*.pem,opt/app/fixtures/*)\n"
	"  --fail-on SEVERITY   exit 1 when a finding at or above SEVERITY remains\n"
	"  --ignore-file FILE   whitelist (YAML)\n"
	"  --vex FILE           OpenVEX or CycloneDX VEX statements\n"
	"  --db FILE            advisory DB (default $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db)\n"
	"  --cache-dir DIR      per-layer result cache\n"
	"  --rules DIR          extra YARA rules\n"
	"  --secret-config FILE extra secret rules, allow-lists, disabled rules (YAML, docs/secrets.md)\n"
	"  --clamav-db DIR      ClamAV signatures (optional)\n"
	"  --platform OS/ARCH[/VARIANT]  image of a multi-platform index (default linux/amd64)\n"
	"  --username U --password P     registry credentials (or DRYDOCK_USERNAME/DRYDOCK_PASSWORD)\n"
	"  --authfile FILE      Docker config.json with registry credentials\n"
	"  --plain-http         allow http:// registries (loopback testing)\n"
	"  --tls-verify=false   do not verify registry TLS certificates\n"
	"  --cacert FILE        extra CA bundle for registry TLS\n"
	"  --threads N          layers read in parallel (default: CPUs)\n"
	"  --timeout DURATION   give up after DURATION (5m, 90s, 1h30m): exit 3 (default: no limit)\n"
	"  --quiet, --no-progress\n";

static const char sbom_usage[] =
	"usage: drydock sbom [--format cyclonedx|spdx-json|json] [-o FILE] [--timeout DURATION] [image options] REF\n"
	"(image options as for 'drydock scan --help')\n";

enum {
	OPT_SCANNERS = 1000, OPT_FORMAT, OPT_SEVERITY, OPT_FAIL_ON, OPT_IGNORE, OPT_VEX, OPT_DB, OPT_CACHE,
	OPT_RULES, OPT_CLAMAV, OPT_PLATFORM, OPT_USER, OPT_PASS, OPT_AUTHFILE, OPT_PLAIN, OPT_TLS, OPT_CACERT,
	OPT_THREADS, OPT_QUIET, OPT_NOPROGRESS, OPT_HELP,
	OPT_SECRET_CONFIG, OPT_IGNORE_UNFIXED, OPT_SKIP_DIRS, OPT_SKIP_FILES, OPT_PKG_TYPES, OPT_TIMEOUT
};

static const struct option long_opts[] = {
	{ "scanners", required_argument, NULL, OPT_SCANNERS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "output", required_argument, NULL, 'o' },
	{ "severity", required_argument, NULL, OPT_SEVERITY },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "ignore-file", required_argument, NULL, OPT_IGNORE },
	{ "vex", required_argument, NULL, OPT_VEX },
	{ "db", required_argument, NULL, OPT_DB },
	{ "cache-dir", required_argument, NULL, OPT_CACHE },
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "clamav-db", required_argument, NULL, OPT_CLAMAV },
	{ "platform", required_argument, NULL, OPT_PLATFORM },
	{ "username", required_argument, NULL, OPT_USER },
	{ "password", required_argument, NULL, OPT_PASS },
	{ "authfile", required_argument, NULL, OPT_AUTHFILE },
	{ "plain-http", no_argument, NULL, OPT_PLAIN },
	{ "tls-verify", required_argument, NULL, OPT_TLS },
	{ "cacert", required_argument, NULL, OPT_CACERT },
	{ "threads", required_argument, NULL, OPT_THREADS },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ "no-progress", no_argument, NULL, OPT_NOPROGRESS },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "secret-config", required_argument, NULL, OPT_SECRET_CONFIG },
	{ "ignore-unfixed", no_argument, NULL, OPT_IGNORE_UNFIXED },
	{ "only-fixed", no_argument, NULL, OPT_IGNORE_UNFIXED },
	{ "skip-dirs", required_argument, NULL, OPT_SKIP_DIRS },
	{ "skip-files", required_argument, NULL, OPT_SKIP_FILES },
	{ "pkg-types", required_argument, NULL, OPT_PKG_TYPES },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ NULL, 0, NULL, 0 }
};

int dd_cli_parse_severities(const char *list, unsigned *out)
{
	char *copy = strdup(list), *save = NULL;
	int rc = 0;
	if (!copy)
		return -1;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int s = dd_severity_parse(tok);
		if (s < 0) {
			rc = -1;
			break;
		}
		*out |= 1u << s;
	}
	free(copy);
	return rc;
}

int dd_cli_parse_duration(const char *s, int64_t *ms)
{
	static const struct { const char *unit; int64_t ms; } units[] = {
		{ "ms", 1 }, { "h", 3600000 }, { "m", 60000 }, { "s", 1000 },
	};
	int64_t total = 0;
	if (!*s)
		return -1;
	while (*s) {
		char *end;
		errno = 0;
		double v = strtod(s, &end);
		if (end == s || errno || v < 0 || *s == '-' || *s == '+' || !strchr("0123456789.", *s))
			return -1;
		size_t u = 0;
		while (u < sizeof(units) / sizeof(*units) && strncmp(end, units[u].unit, strlen(units[u].unit)))
			u++;
		if (u == sizeof(units) / sizeof(*units))
			return -1; /* a unit is required, as in Go and Trivy: "300" is ambiguous */
		double add = v * (double)units[u].ms;
		if (add > 1e12)
			return -1;
		total += (int64_t)(add + 0.5);
		s = end + strlen(units[u].unit);
	}
	if (total <= 0)
		return -1;
	*ms = total;
	return 0;
}

static int bad(const char *fmt, const char *arg, bool sbom)
{
	fprintf(stderr, "drydock %s: ", sbom ? "sbom" : "scan");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nRun 'drydock %s --help' for usage.\n", sbom ? "sbom" : "scan");
	return DD_EXIT_USAGE;
}

/* "os,library" -> DD_PKG_* bits; -1 on an unknown kind */
static int parse_pkg_types(const char *list, unsigned *out)
{
	*out = 0;
	const char *p = list;
	while (*p) {
		size_t n = strcspn(p, ",");
		if (n == 2 && !strncmp(p, "os", 2))
			*out |= DD_PKG_OS;
		else if (n == 7 && !strncmp(p, "library", 7))
			*out |= DD_PKG_LIBRARY;
		else
			return -1;
		p += n;
		if (*p == ',')
			p++;
	}
	return *out ? 0 : -1;
}

/* "a,b" (repeatable) into a NULL-terminated list; splits optarg in place.
 * -1 when the list is full or a pattern is empty. */
static int add_patterns(const char **list, char *arg)
{
	size_t n = 0;
	while (list[n])
		n++;
	for (char *save = NULL, *p = strtok_r(arg, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		while (*p == ' ')
			p++;
		if (!*p || n >= DD_CLI_SKIP_MAX)
			return -1;
		list[n++] = p;
	}
	list[n] = NULL;
	return n ? 0 : -1;
}

int dd_cli_parse_scan_args(dd_cli_scan_args *a, int argc, char **argv, bool sbom)
{
	dd_scan_options init = DD_SCAN_OPTIONS_INIT;
	memset(a, 0, sizeof(*a));
	a->scan = init;
	a->fail_on = -1;
	a->format = sbom ? DD_FORMAT_CYCLONEDX : DD_FORMAT_TABLE;
	a->scan.inventory_only = sbom;
	a->scan.image.username = getenv("DRYDOCK_USERNAME");
	a->scan.image.password = getenv("DRYDOCK_PASSWORD");
	optind = 1;
	opterr = 0;
	int c;
	int li = -1;
	while ((c = getopt_long(argc, argv, "o:q", long_opts, &li)) != -1) {
		/* options about findings mean nothing to an inventory: refused,
		 * rather than silently ignored (an sbom never trips --fail-on) */
		if (sbom && (c == OPT_SCANNERS || c == OPT_SEVERITY || c == OPT_FAIL_ON || c == OPT_IGNORE || c == OPT_VEX ||
			     c == OPT_DB || c == OPT_RULES || c == OPT_SECRET_CONFIG || c == OPT_CLAMAV || c == OPT_IGNORE_UNFIXED) && li >= 0) {
			char opt[64];
			snprintf(opt, sizeof(opt), "--%s", long_opts[li].name);
			return bad("%s is a scan option; sbom lists packages only", opt, sbom);
		}
		li = -1;
		switch (c) {
		case OPT_SCANNERS:
			if (dd_scanners_parse(optarg, &a->scan.scanners) != 0 || !a->scan.scanners)
				return bad("unknown scanner in '%s' (known: vuln,secret,baseline,malware,history)", optarg, sbom);
			break;
		case OPT_FORMAT:
			if (dd_format_parse(optarg, &a->format) != 0)
				return bad("unknown format '%s'", optarg, sbom);
			if (sbom && a->format != DD_FORMAT_CYCLONEDX && a->format != DD_FORMAT_SPDX_JSON && a->format != DD_FORMAT_JSON)
				return bad("sbom formats are cyclonedx, spdx-json and json, not '%s'", optarg, sbom);
			break;
		case 'o':
			a->output = optarg;
			break;
		case OPT_SEVERITY:
			if (dd_cli_parse_severities(optarg, &a->scan.severities))
				return bad("unknown severity in '%s' (known: critical,high,medium,low,unknown)", optarg, sbom);
			break;
		case OPT_FAIL_ON:
			if ((a->fail_on = dd_severity_parse(optarg)) < 0)
				return bad("unknown severity '%s' for --fail-on", optarg, sbom);
			break;
		case OPT_IGNORE: a->scan.ignore_file = optarg; break;
		case OPT_VEX: a->scan.vex_file = optarg; break;
		case OPT_IGNORE_UNFIXED: a->scan.ignore_unfixed = true; break;
		case OPT_PKG_TYPES:
			if (parse_pkg_types(optarg, &a->scan.pkg_types))
				return bad("unknown package kind in '%s' (known: os,library)", optarg, sbom);
			break;
		case OPT_SKIP_DIRS:
			if (add_patterns(a->skip_dirs, optarg))
				return bad("--skip-dirs takes comma-separated globs, at most %s in all", "64", sbom);
			a->scan.skip_dirs = a->skip_dirs;
			break;
		case OPT_SKIP_FILES:
			if (add_patterns(a->skip_files, optarg))
				return bad("--skip-files takes comma-separated globs, at most %s in all", "64", sbom);
			a->scan.skip_files = a->skip_files;
			break;
		case OPT_DB: a->scan.db_path = optarg; break;
		case OPT_CACHE: a->scan.cache_dir = optarg; break;
		case OPT_RULES: a->scan.rules_dir = optarg; break;
		case OPT_SECRET_CONFIG: a->scan.secret_config = optarg; break;
		case OPT_CLAMAV: a->scan.clamav_db = optarg; break;
		case OPT_PLATFORM: a->scan.image.platform = optarg; break;
		case OPT_USER: a->scan.image.username = optarg; break;
		case OPT_PASS: a->scan.image.password = optarg; break;
		case OPT_AUTHFILE: a->scan.image.authfile = optarg; break;
		case OPT_PLAIN: a->scan.image.plain_http = true; break;
		case OPT_TLS:
			if (!strcmp(optarg, "false"))
				a->scan.image.tls_verify = false;
			else if (!strcmp(optarg, "true"))
				a->scan.image.tls_verify = true;
			else
				return bad("--tls-verify takes true or false, not '%s'", optarg, sbom);
			break;
		case OPT_CACERT: a->scan.image.ca_file = optarg; break;
		case OPT_THREADS: {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > 64)
				return bad("--threads takes 1..64, not '%s'", optarg, sbom);
			a->scan.threads = (int)n;
			break;
		}
		case OPT_TIMEOUT:
			if (dd_cli_parse_duration(optarg, &a->timeout_ms))
				return bad("--timeout takes a duration such as 5m, 90s or 1h30m, not '%s'", optarg, sbom);
			a->timeout_arg = optarg;
			a->scan.timeout_ms = a->timeout_ms;
			break;
		case 'q':
		case OPT_QUIET: a->quiet = true; a->no_progress = true; break;
		case OPT_NOPROGRESS: a->no_progress = true; break;
		case OPT_HELP:
			fputs(sbom ? sbom_usage : scan_usage, stdout);
			return -1;
		case '?':
		default:
			return bad("unknown or incomplete option '%s'", argv[optind - 1], sbom);
		}
	}
	if (optind != argc - 1)
		return bad("%s", optind >= argc ? "expected one image reference" : "expected exactly one image reference", sbom);
	a->ref = argv[optind];
	return 0;
}

/*
 * The progress line: one line on stderr, redrawn in place ("\r" + erase to
 * end of line), at most ten times a second and on every phase change, never
 * wider than the terminal (a wrapped line cannot be erased), and erased when
 * the scan ends so that the report starts on a clean screen.
 */
typedef struct progress_state {
	struct timespec start, last;
	uint64_t bytes;
	uint64_t layers_done, layers_total;
	const char *phase;
	bool draw;       /* stderr is a terminal and progress was not turned off */
	bool drawn;
	int width;
} progress_state;

static double since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void human_bytes(char *out, size_t n, double v)
{
	static const char *const units[] = { "B", "KB", "MB", "GB", "TB" };
	int u = 0;
	while (v >= 1024 && u < 4) {
		v /= 1024;
		u++;
	}
	snprintf(out, n, u ? "%.1f %s" : "%.0f %s", v, units[u]);
}

/* Also the scan's cancel point: a caught SIGINT/SIGTERM stops it. */
static int progress_line(const char *phase, uint64_t done, uint64_t total, void *payload)
{
	progress_state *p = payload;
	bool changed = false;
	if (dd_cli_interrupted())
		return 1;
	if (!p->draw)
		return 0;
	if (!strcmp(phase, "bytes"))
		p->bytes = done;
	else if (!strcmp(phase, "layers")) {
		/* a finished layer always shows; byte counts are throttled */
		changed = done != p->layers_done;
		p->layers_done = done;
		p->layers_total = total;
		changed = changed || !p->phase || strcmp(p->phase, "reading layers");
		p->phase = "reading layers";
	} else {
		changed = !p->phase || strcmp(p->phase, phase);
		const char *shown = !strcmp(phase, "matching") ? "matching vulnerabilities"
				  : !strcmp(phase, "checks")   ? "running image checks"
				  : !strcmp(phase, "opening")  ? "opening image"
							       : phase;
		changed = !p->phase || strcmp(p->phase, shown);
		p->phase = shown;
	}
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (p->drawn && !changed && since(&p->last, &now) < 0.1)
		return 0;
	p->last = now;
	double secs = since(&p->start, &now);
	char read[32], rate[32], line[256];
	human_bytes(read, sizeof(read), (double)p->bytes);
	human_bytes(rate, sizeof(rate), secs > 0.05 ? (double)p->bytes / secs : 0);
	int n = snprintf(line, sizeof(line), "drydock: %s | layers %llu/%llu | %s read | %s/s | %.1fs",
		p->phase ? p->phase : "starting", (unsigned long long)p->layers_done,
		(unsigned long long)p->layers_total, read, rate, secs);
	if (n < 0)
		return 0;
	if (p->width > 1 && n >= p->width)
		line[p->width - 1] = '\0';
	fprintf(stderr, "\r\033[K%s", line);
	fflush(stderr);
	p->drawn = true;
	return 0;
}

static int stderr_width(void)
{
	struct winsize ws;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* Notes and ignore entries may quote image content: never hand a terminal
 * raw control bytes (escape sequences) from it. */
static void warn(const char *prefix, const char *msg)
{
	/* one write per line: stderr is unbuffered, and a byte at a time was a
	 * system call per character of every note */
	char line[2048];
	int n = snprintf(line, sizeof(line), "drydock: %s", prefix);
	size_t o = n > 0 && (size_t)n < sizeof(line) ? (size_t)n : 0;
	for (const unsigned char *p = (const unsigned char *)msg; *p; p++) {
		if (o == sizeof(line) - 1) {
			fwrite(line, 1, o, stderr);
			o = 0;
		}
		line[o++] = *p < 0x20 || *p == 0x7f ? '?' : (char)*p;
	}
	line[o++] = '\n';
	fwrite(line, 1, o, stderr);
}

int dd_cli_finish_report(dd_cli_scan_args *a, dd_report *r)
{
	FILE *fp = stdout;
	int rc;
	if (a->output && !a->out.fp && dd_cli_out_open(&a->out, a->output) != 0) {
		dd_report_free(r);
		return DD_EXIT_INCOMPLETE;
	}
	if (a->out.fp)
		fp = a->out.fp;
	/* no-color.org: NO_COLOR set to anything but "" turns color off */
	const char *no_color = getenv("NO_COLOR");
	bool color = !a->output && isatty(STDOUT_FILENO) && !(no_color && *no_color);
	rc = dd_report_write(r, a->format, fp, color);
	if (fp == stdout)
		fflush(stdout);
	if (rc || dd_cli_interrupted()) {
		/* the old file, if any, stays: a half-written report never
		 * replaces it */
		dd_cli_out_abort(&a->out);
		dd_report_free(r);
		if (dd_cli_interrupted())
			return dd_cli_interrupt_exit(a->output ? "the report was not written; any existing output file is unchanged" : NULL);
		return dd_cli_fail(rc);
	}
	if (a->out.path && dd_cli_out_commit(&a->out) != 0) {
		dd_report_free(r);
		return DD_EXIT_INCOMPLETE;
	}
	if (!a->quiet)
		for (size_t i = 0; i < r->expired_ignores.count; i++)
			warn("warning: expired ignore entry no longer applies: ", r->expired_ignores.items[i]);
	int exit_code = DD_EXIT_OK;
	if (!r->complete) {
		/* an incomplete scan never passes a gate and never looks clean */
		if (!a->quiet)
			for (size_t i = 0; i < r->notes.count; i++)
				warn("warning: ", r->notes.items[i]);
		warn("INCOMPLETE scan, not a clean result (see the notes above): ", r->ref ? r->ref : a->ref);
		exit_code = DD_EXIT_INCOMPLETE;
	} else if (a->fail_on >= 0 && dd_report_max_severity(r) >= a->fail_on) {
		size_t n = 0;
		for (int s = a->fail_on; s < DD_SEV_COUNT; s++)
			n += r->summary[s];
		if (!a->quiet)
			fprintf(stderr, "drydock: %zu finding%s at or above %s (--fail-on): exit 1\n", n, n == 1 ? "" : "s",
				dd_severity_name((dd_severity)a->fail_on));
		exit_code = DD_EXIT_GATE;
	}
	/* the process ends now: freeing a big report's ~100,000 strings one by
	 * one took 5 ms of a 45 ms cached rescan, and the kernel takes the
	 * pages back at once. Kept reachable, so leak checkers stay quiet. */
	static dd_report *kept_until_exit;
	dd_report_free(kept_until_exit);
	kept_until_exit = r;
	return exit_code;
}

int dd_cli_run_scan(dd_cli_scan_args *a)
{
	dd_report *r = NULL;
	dd_engine *engine = NULL;
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	dd_cli_catch_interrupts();
	/* an output that cannot be written fails now, not after the scan; an
	 * existing one is replaced only by a complete report */
	if (a->output && dd_cli_out_open(&a->out, a->output) != 0)
		return DD_EXIT_INCOMPLETE;
	progress_state ps;
	memset(&ps, 0, sizeof(ps));
	ps.draw = !a->no_progress && isatty(STDERR_FILENO);
	if (ps.draw) {
		clock_gettime(CLOCK_MONOTONIC, &ps.start);
		ps.width = stderr_width();
	}
	/* always set: it is where a caught signal stops the scan */
	a->scan.progress = progress_line;
	a->scan.progress_payload = &ps;
	/* one scan per process: the engine builds rules only if a layer must be
	 * read (a fully cached rescan compiles nothing) */
	eo.db_path = a->scan.db_path;
	eo.rules_dir = a->scan.rules_dir;
	eo.clamav_db = a->scan.clamav_db;
	eo.secret_config = a->scan.secret_config;
	eo.lazy = true;
	int rc = dd_engine_new(&engine, &eo);
	if (!rc)
		rc = dd_engine_scan(engine, &r, a->ref, &a->scan);
	if (ps.drawn) {
		fprintf(stderr, "\r\033[K");
		fflush(stderr);
	}
	if (rc) {
		/* a failed scan leaves no report behind, and never spoils an old one */
		dd_cli_out_abort(&a->out);
		dd_engine_free(engine);
		if (rc == DD_ECANCELED && dd_cli_interrupted())
			return dd_cli_interrupt_exit(a->output ? "the scan was cancelled; any existing output file is unchanged"
				: "the scan was cancelled");
		if (rc == DD_ETIMEOUT) {
			fprintf(stderr, "drydock: %s\n", dd_error_last());
			fprintf(stderr, "drydock: the scan did not finish within --timeout %s: not a result (exit 3); raise "
				"--timeout or check the registry's speed\n", a->timeout_arg ? a->timeout_arg : "");
			return DD_EXIT_INCOMPLETE;
		}
		return dd_cli_fail(rc);
	}
	rc = dd_cli_finish_report(a, r);
	dd_engine_free(engine);
	return rc;
}
