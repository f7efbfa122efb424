/* Option parsing and the run loop shared by `scan` and `sbom`. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "cmd_db.h"
#include "scan_options.h"
#include "suggest.h"


static const char scan_usage[] =
	"usage: drydock scan [OPTIONS] REF\n"
	"\n"
	"REF: docker://HOST/NAME[:TAG|@DIGEST], HOST/NAME:TAG, oci:DIR[:TAG], oci-archive:FILE[:TAG],\n"
	"     docker-archive:FILE[:NAME:TAG], dir:PATH, sbom:FILE (CycloneDX/SPDX JSON: vulnerabilities only),\n"
	"     or a plain path (/..., ./..., ../..., or a name that exists here): the kind is detected\n"
	"\n"
	"  --scanners LIST      vuln,secret,baseline,malware,history (default: all)\n"
	"  -f, --format FMT     table|json|sarif|cyclonedx|spdx-json|html (default: table)\n"
	"  -o, --output FILE    write the report to FILE ('-': standard output)\n"
	"  --severity LIST      report only these severities (critical,high,medium,low,unknown)\n"
	"  --ignore-unfixed     drop vulnerabilities without a fixed version (also --only-fixed)\n"
	"  --pkg-types LIST     os,library: which packages are listed and matched (default both)\n"
	"  --skip-dirs LIST     do not scan these directories (globs on the image path: usr/share/doc,**/testdata)\n"
	"  --skip-files LIST    do not scan these files (globs: **/*.pem,opt/app/fixtures/*)\n"
	"  --fail-on SEVERITY   exit 1 when a finding at or above SEVERITY remains (none: never)\n"
	"  --ignore-file FILE   whitelist (YAML) or Trivy .trivyignore (one id per line)\n"
	"  --vex FILE           OpenVEX or CycloneDX VEX statements\n"
	"  --db FILE            advisory DB (default $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db)\n"
	"  --db-max-age AGE     warn when the DB is older (default 7d; 12h, 30d; 0: never)\n"
	"  --db-require-fresh   refuse (exit 3) a DB older than --db-max-age instead of warning\n"
	"  --cache-dir DIR      per-layer result cache ('': none)\n"
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
	"usage: drydock sbom [-f|--format cyclonedx|spdx-json|json] [-o FILE] [--timeout DURATION] [image options] REF\n"
	"(image options as for 'drydock scan --help')\n";

enum {
	OPT_SCANNERS = 1000, OPT_FORMAT, OPT_SEVERITY, OPT_FAIL_ON, OPT_IGNORE, OPT_VEX, OPT_DB, OPT_CACHE,
	OPT_RULES, OPT_CLAMAV, OPT_PLATFORM, OPT_USER, OPT_PASS, OPT_AUTHFILE, OPT_PLAIN, OPT_TLS, OPT_CACERT,
	OPT_THREADS, OPT_QUIET, OPT_NOPROGRESS, OPT_HELP,
	OPT_SECRET_CONFIG, OPT_IGNORE_UNFIXED, OPT_SKIP_DIRS, OPT_SKIP_FILES, OPT_PKG_TYPES, OPT_DB_MAX_AGE,
	OPT_DB_FRESH, OPT_TIMEOUT
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
	{ "db-max-age", required_argument, NULL, OPT_DB_MAX_AGE },
	{ "db-require-fresh", no_argument, NULL, OPT_DB_FRESH },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ NULL, 0, NULL, 0 }
};

int dd_cli_parse_fail_on(const char *s, int *out)
{
	/* "none" is a severity word elsewhere (CVSS), but as a gate it means
	 * what it says: never fail (Grype's and Trivy's users write it) */
	if (!strcasecmp(s, "none") || !strcasecmp(s, "never")) {
		*out = -1;
		return 0;
	}
	return (*out = dd_severity_parse(s)) < 0 ? -1 : 0;
}

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

/* "7d", "12h", "90m", "3600s", "2w" -> seconds; "0" -> 0 (no limit); -1 when invalid */
static long long parse_age(const char *s)
{
	char *end;
	errno = 0;
	long long n = strtoll(s, &end, 10);
	if (errno || end == s || n < 0 || n > 100000)
		return -1;
	if (!*end)
		return n == 0 ? 0 : -1;   /* a number needs its unit: 7 what? */
	if (end[1])
		return -1;
	switch (*end) {
	case 's': return n;
	case 'm': return n * 60;
	case 'h': return n * 3600;
	case 'd': return n * 86400;
	case 'w': return n * 7 * 86400;
	default: return -1;
	}
}

/* A file the user names for TLS is checked now, before any connection: a
 * typo must not look like a TLS failure of the registry. */
static int check_readable_file(const char *opt, const char *path, bool sbom)
{
	struct stat st;
	char msg[256];
	if (stat(path, &st) != 0) {
		snprintf(msg, sizeof(msg), "%s %%s: %s", opt, errno == ENOENT ? "no such file" : strerror(errno));
		return bad(msg, path, sbom);
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(msg, sizeof(msg), "%s %%s is not a regular file", opt);
		return bad(msg, path, sbom);
	}
	if (access(path, R_OK) != 0) {
		snprintf(msg, sizeof(msg), "%s %%s: %s", opt, strerror(errno));
		return bad(msg, path, sbom);
	}
	return 0;
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
	dd_cli_env_scan(&a->scan);
	a->db_max_age = 7 * 86400;
	optind = 1;
	opterr = 0;
	int c, rc;
	int li = -1, at = optind;
	/* `at`: where this option started; inside "-abc" optind has not moved yet */
	for (; (c = getopt_long(argc, argv, "o:qhf:", long_opts, &li)) != -1; at = optind) {
		/* options about findings mean nothing to an inventory: refused,
		 * rather than silently ignored (an sbom never trips --fail-on) */
		if (sbom && (c == OPT_SCANNERS || c == OPT_SEVERITY || c == OPT_FAIL_ON || c == OPT_IGNORE || c == OPT_VEX ||
			     c == OPT_DB || c == OPT_RULES || c == OPT_SECRET_CONFIG || c == OPT_CLAMAV || c == OPT_IGNORE_UNFIXED ||
			     c == OPT_DB_MAX_AGE || c == OPT_DB_FRESH) && li >= 0) {
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
		case 'f':
		case OPT_FORMAT:
			if (dd_format_parse(optarg, &a->format) != 0)
				return bad("unknown format '%s'", optarg, sbom);
			if (sbom && a->format != DD_FORMAT_CYCLONEDX && a->format != DD_FORMAT_SPDX_JSON && a->format != DD_FORMAT_JSON)
				return bad("sbom formats are cyclonedx, spdx-json and json, not '%s'", optarg, sbom);
			break;
		case 'o':
			/* '-' is standard output, as for most tools; a file named
			 * '-' is still reachable as ./- */
			a->output = strcmp(optarg, "-") ? optarg : NULL;
			break;
		case OPT_SEVERITY:
			if (dd_cli_parse_severities(optarg, &a->scan.severities))
				return bad("unknown severity in '%s' (known: critical,high,medium,low,unknown)", optarg, sbom);
			break;
		case OPT_FAIL_ON:
			if (dd_cli_parse_fail_on(optarg, &a->fail_on))
				return bad("unknown severity '%s' for --fail-on (critical,high,medium,low,unknown, or none)",
					optarg, sbom);
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
		case OPT_DB_MAX_AGE:
			if ((a->db_max_age = parse_age(optarg)) < 0)
				return bad("--db-max-age takes an age like 7d, 12h or 2w (0: never warn), not '%s'", optarg, sbom);
			break;
		case OPT_DB_FRESH: a->db_require_fresh = true; break;
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
		case OPT_CACERT:
			if ((rc = check_readable_file("--cacert", optarg, sbom)) != 0)
				return rc;
			a->scan.image.ca_file = optarg;
			break;
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
		case 'h':
		case OPT_HELP:
			fputs(sbom ? sbom_usage : scan_usage, stdout);
			return -1;
		case '?':
		default: {
			const char *typed = argv[optind > at ? optind - 1 : optind];
			const char *near = dd_cli_suggest_option(typed, long_opts);
			if (near) {
				char msg[160];
				snprintf(msg, sizeof(msg), "unknown option '%%s' (did you mean --%s?)", near);
				return bad(msg, typed, sbom);
			}
			return bad("unknown or incomplete option '%s'", typed, sbom);
		}
		}
	}
	if (a->db_require_fresh && !a->db_max_age)
		return bad("%s", "--db-require-fresh needs a --db-max-age other than 0", sbom);
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
	dd_gate_result gate;
	/* before writing: the gate may add a note about what it cannot judge */
	dd_report_gate(r, r->complete ? a->fail_on : -1, &gate);
	if (a->output && !a->out.fp && dd_cli_out_open(&a->out, a->output) != 0) {
		dd_report_free(r);
		return DD_EXIT_INCOMPLETE;
	}
	if (a->out.fp)
		fp = a->out.fp;
	dd_write_options wo = DD_WRITE_OPTIONS_INIT;
	dd_cli_env_write(&wo, !a->output && isatty(STDOUT_FILENO));
	rc = dd_report_write_ext(r, a->format, fp, &wo);
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
		/* even with --quiet: the notes are the reason for exit 3 */
		for (size_t i = 0; i < r->notes.count; i++)
			warn("warning: ", r->notes.items[i]);
		warn("INCOMPLETE scan, not a clean result (see the notes above): ", r->ref ? r->ref : a->ref);
		exit_code = DD_EXIT_INCOMPLETE;
	} else {
		if (gate.unrated)
			fprintf(stderr, "drydock: warning: %zu unrated finding%s (severity unknown) not gated by --fail-on %s\n",
				gate.unrated, gate.unrated == 1 ? "" : "s", dd_severity_name((dd_severity)a->fail_on));
		if (gate.tripped) {
			if (!a->quiet)
				fprintf(stderr, "drydock: %zu finding%s at or above %s (--fail-on): exit 1\n", gate.tripped,
					gate.tripped == 1 ? "" : "s", dd_severity_name((dd_severity)a->fail_on));
			exit_code = DD_EXIT_GATE;
		}
	}
	if (!a->quiet && r->hidden_by_severity)
		fprintf(stderr, "drydock: %zu finding%s hidden by --severity\n", r->hidden_by_severity,
			r->hidden_by_severity == 1 ? "" : "s");
	/* the process ends now: freeing a big report's ~100,000 strings one by
	 * one took 5 ms of a 45 ms cached rescan, and the kernel takes the
	 * pages back at once. Kept reachable, so leak checkers stay quiet. */
	static dd_report *kept_until_exit;
	dd_report_free(kept_until_exit);
	kept_until_exit = r;
	return exit_code;
}

static int run_scan(dd_cli_scan_args *a);

/* An advisory DB older than --db-max-age: a warning (Trivy's habit), or with
 * --db-require-fresh a refusal before the image is read. Returns 0 or an
 * exit code. A DB that cannot be opened is left to the scan, which says so. */
static int check_db_age(const dd_cli_scan_args *a)
{
	unsigned scanners = a->scan.scanners ? a->scan.scanners : DD_SCANNER_ALL;
	if (a->scan.inventory_only || !(scanners & DD_SCANNER_VULN) || !a->db_max_age)
		return 0;
	int64_t age = -1;
	char *built = NULL, *path = a->scan.db_path ? NULL : dd_db_default_path();
	const char *db = a->scan.db_path ? a->scan.db_path : path;
	int rc = 0;
	if (!db || dd_db_age(db, &age, &built) != 0)
		goto out;
	char limit[32], old[32];
	dd_cli_human_age(limit, sizeof(limit), a->db_max_age);
	dd_cli_human_age(old, sizeof(old), age);
	if (age < 0 && a->db_require_fresh) {
		fprintf(stderr, "drydock: advisory DB %s records no build time (imported, never updated), so it cannot be "
			"shown to be fresher than %s (--db-require-fresh): run 'drydock db update'\n", db, limit);
		rc = DD_EXIT_INCOMPLETE;
	} else if (age > a->db_max_age && a->db_require_fresh) {
		fprintf(stderr, "drydock: advisory DB %s was built %s, %s ago, older than %s (--db-require-fresh): "
			"run 'drydock db update'\n", db, built ? built : "?", old, limit);
		rc = DD_EXIT_INCOMPLETE;
	} else if (age > a->db_max_age && !a->quiet) {
		fprintf(stderr, "drydock: warning: advisory DB %s was built %s, %s ago (older than %s): vulnerabilities "
			"published since are missed; run 'drydock db update'\n", db, built ? built : "?", old, limit);
	}
out:
	free(built);
	free(path);
	return rc;
}

/* Before anything is read: a plain path gets its transport, the DB its age
 * check. Returns 0 or an exit code; *owned holds a detected reference. */
static int prepare_scan(dd_cli_scan_args *a, char **owned)
{
	bool ambiguous = false;
	int rc = dd_ref_from_path(owned, a->ref, &ambiguous);
	if (rc)
		return dd_cli_fail(rc);
	if (*owned) {
		/* said even with --quiet: which image was scanned is never noise */
		if (ambiguous)
			fprintf(stderr, "drydock: '%s' exists here: scanning it as %s (for the registry image write "
				"docker://%s)\n", a->ref, *owned, a->ref);
		a->ref = *owned;
	}
	/* Trivy applies ./.trivyignore unasked; drydock does not (an ignore
	 * file silences a gate, and one lying in the working directory may
	 * be for another image), but it says the file is there */
	if (!a->scan.inventory_only && !a->scan.ignore_file && !a->quiet && access(".trivyignore", F_OK) == 0)
		fprintf(stderr, "drydock: note: ./.trivyignore is not applied unless named: --ignore-file .trivyignore\n");
	return check_db_age(a);
}

int dd_cli_run_scan(dd_cli_scan_args *a)
{
	char *owned = NULL;
	int rc = prepare_scan(a, &owned);
	if (!rc)
		rc = run_scan(a);
	a->ref = NULL;
	free(owned);
	return rc;
}

static int run_scan(dd_cli_scan_args *a)
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
