/* drydock db update: download the configured advisory sources and swap in a
 * new DB (the old one stays in use until the new one is complete). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "cmd_db.h"

#define MAX_SOURCES 256

static const char usage[] =
	"usage: drydock db update [--db FILE] [--source URL]... [--sources-file FILE] [--mirror URL] [--cacert FILE]\n"
	"                         [--nvd-api-key KEY] [--force]\n"
	"\n"
	"  --source URL         download this source (repeatable); default: the sources file, else the\n"
	"                       sources of the last update, else osv.dev's per-ecosystem zips, CISA KEV,\n"
	"                       the NVD CVE API and cvelistV5's daily export (CVE severities)\n"
	"  --sources-file FILE  one URL per line, '#' comments (default $XDG_CONFIG_HOME/drydock/db-sources)\n"
	"  --mirror URL         fetch the built-in sources from a mirror of them: URL/<ECOSYSTEM>/all.zip\n"
	"                       (osv.dev's layout), URL/known_exploited_vulnerabilities.json,\n"
	"                       URL/rest/json/cves/2.0 (an NVD CVE API) and URL/cvelistV5/all_CVEs_at_midnight.zip.zip\n"
	"  --nvd-api-key KEY    NVD API key (default $DRYDOCK_NVD_API_KEY): 50 requests per 30 s instead of 5\n"
	"  --cacert FILE        extra CA bundle (PEM) for HTTPS\n"
	"  --force              download everything, ignoring ETag / Last-Modified (NVD: a full sync)\n"
	"  --list-sources       print the sources an update would use, and exit\n"
	"  --quiet\n";


/* Draws (when stderr is a terminal) and is where SIGINT/SIGTERM stop the
 * update: the download or import is abandoned, the old DB stays. */
static int show_progress(const char *url, uint64_t done, uint64_t total, void *payload)
{
	const bool *draw = payload;
	if (dd_cli_interrupted())
		return 1;
	if (!*draw)
		return 0;
	if (total)
		fprintf(stderr, "\r\033[Kdrydock: %s %.1f/%.1f MB", url, done / 1048576.0, total / 1048576.0);
	else
		fprintf(stderr, "\r\033[Kdrydock: %s %.1f MB", url, done / 1048576.0);
	fflush(stderr);
	return 0;
}

int dd_cmd_db_update(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "source", required_argument, NULL, 's' },
		{ "sources-file", required_argument, NULL, 'c' },
		{ "cacert", required_argument, NULL, 'a' },
		{ "mirror", required_argument, NULL, 'm' },
		{ "force", no_argument, NULL, 'f' },
		{ "nvd-api-key", required_argument, NULL, 'k' },
		{ "list-sources", no_argument, NULL, 'l' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	dd_db_update_options uo = DD_DB_UPDATE_OPTIONS_INIT;
	const char *sources[MAX_SOURCES];
	size_t n = 0;
	bool quiet = false, list = false;
	int c;
	dd_cli_env_db_update(&uo);
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "qh", opts, NULL)) != -1) {
		switch (c) {
		case 'd': uo.db_path = optarg; break;
		case 's':
			if (n >= MAX_SOURCES) {
				fprintf(stderr, "drydock db update: more than %d sources\n", MAX_SOURCES);
				return DD_EXIT_USAGE;
			}
			sources[n++] = optarg;
			break;
		case 'c': uo.config_file = optarg; break;
		case 'a': uo.ca_file = optarg; break;
		case 'm': uo.mirror = optarg; break;
		case 'f': uo.force = true; break;
		case 'k': uo.nvd_api_key = optarg; break;
		case 'l': list = true; break;
		case 'q': quiet = true; break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock db update: unknown option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind < argc)
		return dd_cli_usage(usage);
	char *def = NULL;
	if (!uo.db_path && !(uo.db_path = def = dd_db_default_path()))
		return dd_cli_fail(dd_error_last_code());
	if (list) {
		char **v = NULL;
		size_t nv = 0;
		int rc = n ? 0 : dd_db_sources(&v, &nv, uo.db_path, uo.config_file, uo.mirror);
		if (rc) {
			free(def);
			return dd_cli_fail(rc);
		}
		for (size_t i = 0; i < n; i++)
			puts(sources[i]);
		for (size_t i = 0; i < nv; i++)
			puts(v[i]);
		dd_db_sources_free(v, nv);
		free(def);
		return DD_EXIT_OK;
	}
	uo.sources = n ? sources : NULL;
	uo.n_sources = n;
	bool draw = !quiet && isatty(STDERR_FILENO);
	uo.progress = show_progress;
	uo.progress_payload = &draw;
	dd_cli_catch_interrupts();
	dd_db_update_result res;
	int rc = dd_db_update(&uo, &res);
	if (draw)
		fprintf(stderr, "\r\033[K");
	if (rc == DD_ECANCELED && dd_cli_interrupted()) {
		fprintf(stderr, "drydock: %s\n", dd_error_last());
		rc = dd_cli_interrupt_exit("the update was abandoned; the advisory DB was not changed");
		free(def);
		return rc;
	}
	if (rc) {
		fprintf(stderr, "drydock: %s\n", dd_error_last());
		fprintf(stderr, "drydock: update failed; the advisory DB %s was not changed\n", uo.db_path);
		free(def);
		return dd_cli_exit_for_error(rc) == DD_EXIT_USAGE && rc == DD_EINVAL ? DD_EXIT_USAGE : DD_EXIT_INCOMPLETE;
	}
	if (!quiet) {
		if (!res.swapped) {
			printf("advisory DB %s is up to date (%zu sources, none changed)\n", uo.db_path, res.sources);
		} else {
			printf("updated advisory DB %s: %zu of %zu sources had new data\n", uo.db_path, res.downloaded, res.sources);
			dd_cli_print_import_stats(stdout, &res.stats, "imported");
		}
	}
	free(def);
	return DD_EXIT_OK;
}
