/*
 * The service's life: config checked, store opened and recovered (items a
 * killed process left running go back to the queue), one engine for every
 * scan, the workers, the listener; then the calling thread waits for
 * SIGTERM/SIGINT and shuts down in order: no new work, running items get
 * shutdown_grace, the rest are requeued, exit 0.
 *
 * Several processes may share a PostgreSQL store (issue 17): each runs
 * the same parts, plus the lease keeper that keeps its items' leases
 * alive; only the leader schedules; a --worker process has no API (its
 * listener, when it has one, serves /healthz and /metrics).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "server/notify.h"
#include "server/server.h"

static int load_secret_key(dd_srv *srv)
{
	const char *path = srv->cfg.secret_key_file;
	unsigned char raw[129];
	char m[512];
	if (!path[0])
		return 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, raw, sizeof(raw) - 1) : -1;
	if (fd >= 0)
		close(fd);
	if (n < 0) {
		snprintf(m, sizeof(m), "config: secret_key_file: cannot read %.300s: %s", path, strerror(errno));
		return dd_error_set_str(DD_EINVAL, m);
	}
	while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r'))
		n--;
	raw[n] = '\0';
	if (n == 64) {   /* hex */
		for (int i = 0; i < 32; i++) {
			unsigned v;
			if (sscanf((char *)raw + 2 * i, "%2x", &v) != 1)
				n = -1;
			srv->secret_key[i] = (unsigned char)v;
		}
	} else if (n == 32) {
		memcpy(srv->secret_key, raw, 32);
	} else {
		n = -1;
	}
	if (n < 0) {
		snprintf(m, sizeof(m), "config: secret_key_file: %.300s must hold 32 bytes or 64 hex digits "
			"(e.g. openssl rand -hex 32 > FILE)", path);
		return dd_error_set_str(DD_EINVAL, m);
	}
	srv->have_secret_key = true;
	return 0;
}

/* Same name in the config and in the store: which one is meant is
 * unknowable, so the service refuses to start. */
static int check_registry_names(dd_srv *srv)
{
	json_t *stored = NULL, *r;
	size_t i;
	int rc = srv->store->be->registry_list(srv->store, &stored);
	if (rc)
		return rc;
	json_array_foreach(stored, i, r) {
		const char *name = json_string_value(json_object_get(r, "name"));
		size_t j;
		json_t *c;
		json_array_foreach(srv->cfg.registries, j, c) {
			if (!strcmp(name, json_string_value(json_object_get(c, "name")))) {
				char m[256];
				snprintf(m, sizeof(m), "config: registries[%zu].name: '%s' was also created through the API "
					"(in the store): rename one, or DELETE /api/v1/registries/%s", j, name, name);
				json_decref(stored);
				return dd_error_set_str(DD_EINVAL, m);
			}
		}
	}
	json_decref(stored);
	return 0;
}

/* Keys of the later issues' parts, checked before anything starts. */
static int check_later_keys(dd_srv *srv)
{
	char err[256];
	int64_t poll;
	if (dd_srv_fix_sources_check(&srv->cfg, err, sizeof(err)) != 0 ||
	    dd_srv_rescan_poll(&srv->cfg, &poll, err, sizeof(err)) != 0)
		return dd_error_set_str(DD_EINVAL, err);
	return 0;
}

int dd_server_run(const dd_server_options *opts)
{
	dd_srv *srv = NULL;
	dd_srv_http *http = NULL;
	sigset_t set;
	int rc = 0, port = 0;
	if (!opts || opts->version < 1 || opts->version > DD_SERVER_OPTIONS_VERSION)
		return dd_error_set_str(DD_EINVAL, "dd_server_run: unknown dd_server_options version");
	if (!opts->config_path)
		return dd_error_set_str(DD_EINVAL, "dd_server_run: no config");
	dd_srv_log_init(opts->log_format);
	/* every thread started from here on inherits the mask: the signals
	 * arrive only at sigwait below */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (!(srv = calloc(1, sizeof(*srv))))
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	if ((rc = dd_srv_config_load(&srv->cfg, opts->config_path)) != 0 || (rc = load_secret_key(srv)) != 0 ||
	    (rc = check_later_keys(srv)) != 0 || (rc = dd_srv_clock_init(srv)) != 0)
		goto cleanup;
	bool listen = true;
	if (opts->version >= 2) {
		srv->worker = opts->worker;
		/* a worker listens only when asked to: several of them on one
		 * machine must not fight over the API's port */
		listen = !opts->worker || opts->listen || json_object_get(srv->cfg.doc, "listen");
		if (opts->listen && strlen(opts->listen) >= sizeof(srv->cfg.listen)) {
			rc = dd_error_set_str(DD_EINVAL, "--listen: the address is too long (HOST:PORT)");
			goto cleanup;
		}
		if (opts->listen)
			snprintf(srv->cfg.listen, sizeof(srv->cfg.listen), "%s", opts->listen);
	}
	if (srv->worker && dd_store_sqlite.handles(srv->cfg.store)) {
		rc = dd_error_set_str(DD_EINVAL, "--worker: the config's store is SQLite, a file one process owns; a worker "
			"takes work from a store it shares with the API process: set store: postgres://... (docs/server.md, Scale-out)");
		goto cleanup;
	}
	if (srv->cfg.advisory_db[0]) {
		snprintf(srv->db_path, sizeof(srv->db_path), "%s", srv->cfg.advisory_db);
	} else {
		char *d = dd_db_default_path();
		snprintf(srv->db_path, sizeof(srv->db_path), "%s", d ? d : "drydock.db");
		free(d);
	}
	if (mkdir(srv->cfg.data_dir, 0700) && errno != EEXIST) {
		char m[2200];
		snprintf(m, sizeof(m), "config: data_dir: cannot create %.2000s: %s", srv->cfg.data_dir, strerror(errno));
		rc = dd_error_set_str(DD_EIO, m);
		goto cleanup;
	}
	mkdir(srv->cfg.cache_dir, 0700);
	if ((rc = dd_store_open(&srv->store, srv->cfg.store, srv->cfg.data_dir)) != 0 ||
	    (rc = check_registry_names(srv)) != 0)
		goto cleanup;
	srv->shared = srv->store->be != &dd_store_sqlite;
	size_t requeued = 0;
	/* SQLite's recover requeues every running item: this process was the
	 * only one. On a shared store the others' items run on: only expired
	 * leases (processes that died) are taken back. */
	if ((rc = srv->shared ? srv->store->be->lease_expire(srv->store, &requeued) :
	                        srv->store->be->recover(srv->store, &requeued)) != 0)
		goto cleanup;
	if (requeued) {
		char n[32];
		snprintf(n, sizeof(n), "%zu", requeued);
		dd_srv_log("info", "items left running by the last process are queued again", "items", n, NULL);
	}
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	eo.db_path = srv->db_path;
	/* rules compiled at the first scan that needs them: an idle service
	 * stays small, and the first scan pays once */
	eo.lazy = true;
	if ((rc = dd_engine_new(&srv->engine, &eo)) != 0)
		goto cleanup;
	/* before the workers: a scan that completes at once finds the delivery thread */
	if ((rc = dd_srv_notify_start(srv, &srv->notify)) != 0)
		goto cleanup;
	/* the leader known before the advisory DB watcher's first look (only
	 * the leader queues a rescan) */
	dd_srv_leader_check(srv);
	if ((rc = srv->shared ? dd_srv_lease_start(srv, &srv->lease) : 0) != 0 ||
	    (rc = dd_srv_runner_start(srv, &srv->runner)) != 0 || (rc = dd_srv_rescan_start(srv, &srv->rescan)) != 0 ||
	    (rc = dd_srv_scheduler_start(srv, &srv->scheduler)) != 0)
		goto cleanup;
	if (listen && (rc = dd_srv_http_start(srv, &http, &port)) != 0)
		goto cleanup;
	char ps[16], wk[16];
	snprintf(ps, sizeof(ps), "%d", port);
	atomic_store(&srv->http_port, port);   /* links in notifications when "listen: HOST:0" */
	snprintf(wk, sizeof(wk), "%d", srv->cfg.workers);
	const char *role = srv->worker ? "worker" : "api";
	if (listen)
		dd_srv_log("info", "listening", "listen", srv->cfg.listen, "port", ps, "tls", srv->cfg.tls_cert[0] ? "on" : "off",
			"workers", wk, "data_dir", srv->cfg.data_dir, "advisory_db", srv->db_path, "role", role, "store",
			srv->store->be->name, NULL);
	else
		dd_srv_log("info", "working (no listener)", "workers", wk, "data_dir", srv->cfg.data_dir, "advisory_db",
			srv->db_path, "role", role, "store", srv->store->be->name, NULL);
	int sig = 0;
	while (sigwait(&set, &sig) != 0)
		;
	dd_srv_log("info", "stopping: no new work; running items get shutdown_grace", "signal",
		sig == SIGTERM ? "SIGTERM" : "SIGINT", NULL);
cleanup:
	dd_srv_scheduler_stop(srv->scheduler);   /* first: no new periodic task while the workers stop */
	srv->scheduler = NULL;
	dd_srv_rescan_stop(srv->rescan);
	if (srv->runner) {
		dd_srv_runner_stop(srv->runner, srv->cfg.shutdown_grace);
		srv->runner = NULL;
	}
	dd_srv_lease_stop(srv->lease);   /* after the runner: leases held through shutdown_grace */
	srv->lease = NULL;
	dd_srv_http_stop(http);
	dd_srv_notify_stop(srv->notify);
	dd_engine_free(srv->engine);
	dd_store_close(srv->store);
	dd_srv_config_clear(&srv->cfg);
	if (!rc)
		dd_srv_log("info", "stopped", NULL);
	free(srv);
	return rc;
}
