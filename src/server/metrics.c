/*
 * /metrics in the Prometheus text format (version 0.0.4): counters kept
 * with atomics where they happen, gauges (queue depth, stored scans) read
 * from the store when scraped. Other parts of the service (webhooks,
 * notifications) count in named, labelled series through
 * dd_srv_counter_add without a change here.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/server.h"

static const double bucket_s[DD_SRV_DURATION_BUCKETS] = { 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900 };

#define SERIES_MAX 64
static struct series {
	char name[64];
	char labels[192];
	uint64_t value;
} series[SERIES_MAX];
static size_t n_series;
static pthread_mutex_t series_lock = PTHREAD_MUTEX_INITIALIZER;

void dd_srv_counter_add(const char *name, const char *labels, uint64_t n)
{
	if (!labels)
		labels = "";
	pthread_mutex_lock(&series_lock);
	size_t i = 0;
	while (i < n_series && (strcmp(series[i].name, name) || strcmp(series[i].labels, labels)))
		i++;
	if (i == n_series && n_series < SERIES_MAX && strlen(name) < sizeof(series[0].name) &&
	    strlen(labels) < sizeof(series[0].labels)) {
		snprintf(series[i].name, sizeof(series[i].name), "%s", name);
		snprintf(series[i].labels, sizeof(series[i].labels), "%s", labels);
		n_series++;
	}
	if (i < n_series)
		series[i].value += n;
	pthread_mutex_unlock(&series_lock);
}

void dd_srv_metrics_scan(dd_srv_metrics *m, const dd_report *r, int64_t ms, const char *result)
{
	if (!strcmp(result, "complete"))
		atomic_fetch_add(&m->scans_complete, 1);
	else if (!strcmp(result, "incomplete"))
		atomic_fetch_add(&m->scans_incomplete, 1);
	else if (!strcmp(result, "reused"))
		atomic_fetch_add(&m->scans_reused, 1);
	else if (!strcmp(result, "rematched"))
		atomic_fetch_add(&m->scans_rematched, 1);
	else
		atomic_fetch_add(&m->scans_failed, 1);
	if (ms >= 0 && (!strcmp(result, "complete") || !strcmp(result, "incomplete") || !strcmp(result, "failed"))) {
		size_t b = 0;
		while (b < DD_SRV_DURATION_BUCKETS && (double)ms / 1000.0 > bucket_s[b])
			b++;
		atomic_fetch_add(&m->duration_bucket[b], 1);
		atomic_fetch_add(&m->duration_ms_sum, (uint64_t)ms);
		atomic_fetch_add(&m->duration_count, 1);
	}
	for (size_t i = 0; r && i < r->n_layers; i++) {
		if (r->layers[i].from_cache)
			atomic_fetch_add(&m->layer_cache_hits, 1);
		else
			atomic_fetch_add(&m->bytes_pulled, r->layers[i].size);
	}
}

char *dd_srv_metrics_text(dd_srv_metrics *m, int64_t queued, int64_t running, int64_t scans_stored)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	if (!fp)
		return NULL;
	fprintf(fp, "# HELP drydock_scans_total Images scanned, by result (reused: a stored scan of the digest served; "
		"rematched: a stored inventory matched against a newer advisory DB).\n# TYPE drydock_scans_total counter\n");
	fprintf(fp, "drydock_scans_total{result=\"complete\"} %llu\n", (unsigned long long)atomic_load(&m->scans_complete));
	fprintf(fp, "drydock_scans_total{result=\"incomplete\"} %llu\n", (unsigned long long)atomic_load(&m->scans_incomplete));
	fprintf(fp, "drydock_scans_total{result=\"failed\"} %llu\n", (unsigned long long)atomic_load(&m->scans_failed));
	fprintf(fp, "drydock_scans_total{result=\"reused\"} %llu\n", (unsigned long long)atomic_load(&m->scans_reused));
	fprintf(fp, "drydock_scans_total{result=\"rematched\"} %llu\n", (unsigned long long)atomic_load(&m->scans_rematched));
	fprintf(fp, "# HELP drydock_scan_duration_seconds Time of the scans that read an image.\n"
		"# TYPE drydock_scan_duration_seconds histogram\n");
	uint64_t cum = 0;
	for (size_t b = 0; b < DD_SRV_DURATION_BUCKETS; b++) {
		cum += atomic_load(&m->duration_bucket[b]);
		fprintf(fp, "drydock_scan_duration_seconds_bucket{le=\"%g\"} %llu\n", bucket_s[b], (unsigned long long)cum);
	}
	cum += atomic_load(&m->duration_bucket[DD_SRV_DURATION_BUCKETS]);
	fprintf(fp, "drydock_scan_duration_seconds_bucket{le=\"+Inf\"} %llu\n", (unsigned long long)cum);
	fprintf(fp, "drydock_scan_duration_seconds_sum %.3f\n", (double)atomic_load(&m->duration_ms_sum) / 1000.0);
	fprintf(fp, "drydock_scan_duration_seconds_count %llu\n", (unsigned long long)atomic_load(&m->duration_count));
	fprintf(fp, "# HELP drydock_queue_items Task items waiting and being scanned.\n# TYPE drydock_queue_items gauge\n");
	fprintf(fp, "drydock_queue_items{state=\"queued\"} %lld\n", (long long)queued);
	fprintf(fp, "drydock_queue_items{state=\"running\"} %lld\n", (long long)running);
	fprintf(fp, "# HELP drydock_leader 1 while this process runs the scheduler (periodic runs, retention; one "
		"process of those sharing a store).\n# TYPE drydock_leader gauge\ndrydock_leader %d\n", atomic_load(&m->leader));
	fprintf(fp, "# HELP drydock_scans_stored Scan results in the store.\n# TYPE drydock_scans_stored gauge\n");
	fprintf(fp, "drydock_scans_stored %lld\n", (long long)scans_stored);
	fprintf(fp, "# HELP drydock_pulled_bytes_total Compressed layer bytes read from registries.\n"
		"# TYPE drydock_pulled_bytes_total counter\ndrydock_pulled_bytes_total %llu\n",
		(unsigned long long)atomic_load(&m->bytes_pulled));
	fprintf(fp, "# HELP drydock_layer_cache_hits_total Layers whose results came from the layer cache.\n"
		"# TYPE drydock_layer_cache_hits_total counter\ndrydock_layer_cache_hits_total %llu\n",
		(unsigned long long)atomic_load(&m->layer_cache_hits));
	fprintf(fp, "# HELP drydock_http_requests_total API requests by status class.\n"
		"# TYPE drydock_http_requests_total counter\n");
	for (int k = 1; k <= 5; k++)
		fprintf(fp, "drydock_http_requests_total{code=\"%dxx\"} %llu\n", k,
			(unsigned long long)atomic_load(&m->http_requests[k]));
	pthread_mutex_lock(&series_lock);
	for (size_t i = 0; i < n_series; i++) {
		bool first = true;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(series[j].name, series[i].name))
				first = false;
		if (first)
			fprintf(fp, "# TYPE %s counter\n", series[i].name);
		fprintf(fp, "%s%s%s%s %llu\n", series[i].name, series[i].labels[0] ? "{" : "", series[i].labels,
			series[i].labels[0] ? "}" : "", (unsigned long long)series[i].value);
	}
	pthread_mutex_unlock(&series_lock);
	fclose(fp);
	return buf;
}
