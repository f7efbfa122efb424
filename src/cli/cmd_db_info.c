/* drydock db info: where the advisory DB is, when it was built, what it holds. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "cmd_db.h"

static const char usage[] = "usage: drydock db info [--db FILE] [--format table|json]\n";

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static int write_json(const dd_db_summary *s)
{
	json_t *o = json_object(), *counts = json_array(), *sources = json_object(), *ecos = json_object(),
	       *feeds = json_array();
	int64_t age = -1;
	if (!o || !counts || !sources || !ecos || !feeds) {
		json_decref(o), json_decref(counts), json_decref(sources), json_decref(ecos), json_decref(feeds);
		return DD_EXIT_INCOMPLETE;
	}
	dd_db_age(s->path, &age, NULL);
	json_object_set_new(o, "path", json_string(s->path));
	json_object_set_new(o, "schema_version", json_integer(s->schema_version));
	json_object_set_new(o, "built_at", str_or_null(s->built_at));
	json_object_set_new(o, "age_seconds", age >= 0 ? json_integer(age) : json_null());
	json_object_set_new(o, "created_at", str_or_null(s->created_at));
	json_object_set_new(o, "file_size", json_integer((json_int_t)s->file_size));
	json_object_set_new(o, "records", json_integer((json_int_t)s->records));
	json_object_set_new(o, "affected_packages", json_integer((json_int_t)s->affected));
	json_object_set_new(o, "bytes_per_record", json_integer(s->records ? (json_int_t)(s->file_size / s->records) : 0));
	json_object_set_new(o, "kev_entries", json_integer((json_int_t)s->kev));
	for (size_t i = 0; i < s->n_counts; i++) {
		const dd_db_count *c = &s->counts[i];
		json_t *e = json_object();
		json_object_set_new(e, "ecosystem", *c->ecosystem ? json_string(c->ecosystem) : json_null());
		json_object_set_new(e, "source", json_string(c->source));
		json_object_set_new(e, "records", json_integer((json_int_t)c->records));
		json_array_append_new(counts, e);
		json_int_t prev = json_integer_value(json_object_get(sources, c->source));
		json_object_set_new(sources, c->source, json_integer(prev + (json_int_t)c->records));
		if (*c->ecosystem) {
			prev = json_integer_value(json_object_get(ecos, c->ecosystem));
			json_object_set_new(ecos, c->ecosystem, json_integer(prev + (json_int_t)c->records));
		}
	}
	json_object_set_new(o, "counts", counts);
	json_object_set_new(o, "sources", sources);
	json_object_set_new(o, "ecosystems", ecos);
	for (size_t i = 0; i < s->n_feeds; i++) {
		const dd_db_feed *f = &s->feeds[i];
		json_t *e = json_object();
		json_object_set_new(e, "url", json_string(f->url));
		json_object_set_new(e, "etag", str_or_null(f->etag));
		json_object_set_new(e, "last_modified", str_or_null(f->last_modified));
		json_object_set_new(e, "fetched_at", str_or_null(f->fetched_at));
		json_object_set_new(e, "bytes", json_integer((json_int_t)f->bytes));
		json_object_set_new(e, "records", json_integer((json_int_t)f->records));
		json_array_append_new(feeds, e);
	}
	json_object_set_new(o, "feeds", feeds);
	int rc = json_dumpf(o, stdout, JSON_INDENT(2) | JSON_SORT_KEYS);
	fputc('\n', stdout);
	json_decref(o);
	return rc ? DD_EXIT_INCOMPLETE : DD_EXIT_OK;
}

static void write_table(const dd_db_summary *s)
{
	char size[32], age[48] = "";
	int64_t secs = -1;
	dd_db_age(s->path, &secs, NULL);
	dd_cli_human_bytes(size, sizeof(size), s->file_size);
	if (secs >= 0) {
		char h[32];
		dd_cli_human_age(h, sizeof(h), secs);
		snprintf(age, sizeof(age), " (%s ago)", h);
	}
	printf("path:       %s\n", s->path);
	printf("schema:     %d\n", s->schema_version);
	printf("built:      %s%s\n", s->built_at ? s->built_at : "never (import did not finish)", age);
	printf("size:       %s, %llu bytes per record\n", size,
		s->records ? (unsigned long long)(s->file_size / s->records) : 0ull);
	printf("records:    %llu (%llu affected packages), %llu KEV entries\n", (unsigned long long)s->records,
		(unsigned long long)s->affected, (unsigned long long)s->kev);
	printf("\n%-28s %-20s %10s\n", "ECOSYSTEM", "SOURCE", "RECORDS");
	for (size_t i = 0; i < s->n_counts; i++)
		printf("%-28s %-20s %10llu\n", *s->counts[i].ecosystem ? s->counts[i].ecosystem : "(no package)",
			s->counts[i].source, (unsigned long long)s->counts[i].records);
	if (s->n_feeds) {
		printf("\n%-60s %-20s %10s\n", "FEED", "FETCHED", "RECORDS");
		for (size_t i = 0; i < s->n_feeds; i++)
			printf("%-60s %-20s %10llu\n", s->feeds[i].url, s->feeds[i].fetched_at ? s->feeds[i].fetched_at : "-",
				(unsigned long long)s->feeds[i].records);
	}
}

int dd_cmd_db_info(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *db = NULL;
	bool json = false;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'f':
			if (!strcmp(optarg, "json"))
				json = true;
			else if (strcmp(optarg, "table")) {
				fprintf(stderr, "drydock db info: unknown format '%s' (table or json)\n", optarg);
				return DD_EXIT_USAGE;
			}
			break;
		case 'h': fputs(usage, stdout); return DD_EXIT_OK;
		default:
			fprintf(stderr, "drydock db info: unknown option '%s'\n", argv[optind - 1]);
			return dd_cli_usage(usage);
		}
	}
	if (optind < argc)
		return dd_cli_usage(usage);
	dd_db_summary *s = NULL;
	int rc = dd_db_info(&s, db);
	if (rc)
		return dd_cli_fail(rc);
	if (json)
		rc = write_json(s);
	else
		write_table(s);
	dd_db_summary_free(s);
	return rc;
}
